//! Headlines in Title Case, and prose that only looks like one.

use super::{actors, names_of};
use crate::extract::actors::ActorType;

#[test]
fn a_headline_run_becomes_the_person_the_story_names() {
    let a = actors(
        "Jane Roe Blasts Harbour Board Over Ferry Fares\n\n\
         Jane Roe spoke at the quay on Monday. “The fares are too high,” Roe said.",
    );
    let people = names_of(&a, ActorType::Person);
    assert!(people.contains(&"Jane Roe"), "{people:?}");
    assert!(
        people.iter().all(|p| !p.contains("Blasts")),
        "no run into the headline's verb: {people:?}"
    );
    let roe = &a.entities[a.resolve("Roe").unwrap() as usize];
    assert_eq!(roe.mentions, 3, "the headline mention is hers too");
}

#[test]
fn a_headline_of_two_sentences_splits_on_its_common_words() {
    let a = actors(
        "Jane Roe Just Named A New Harbour Master. It Is A First.\n\n\
         Jane Roe named Tom Reed on Monday. “He knows the port,” Roe said.",
    );
    let people = names_of(&a, ActorType::Person);
    assert!(people.contains(&"Jane Roe"), "{people:?}");
    assert!(
        people.iter().all(|p| !p.contains("Just")),
        "no run across the headline's words: {people:?}"
    );
}

#[test]
fn a_role_word_before_a_full_name_is_a_role() {
    let a = actors(
        "The port reopened on Monday.\n\n\
         Billionaire Tom Reed bought the ferry line, and Managing Editor Anna Holt \
         wrote about it. Later Reed and Holt met.",
    );
    let people = names_of(&a, ActorType::Person);
    assert_eq!(people, ["Tom Reed", "Anna Holt"]);
    let reed = &a.entities[a.resolve("Reed").unwrap() as usize];
    assert!(
        reed.roles.contains(&"Billionaire".to_string()),
        "{:?}",
        reed.roles
    );
}

#[test]
fn a_sentence_listing_people_is_prose_not_a_headline() {
    let a = actors(
        "The harbour board met on Monday.\n\n\
         Among the speakers were Tom Young, Anna Holt and Paul Green.\n\n\
         “We agree,” Young said.",
    );
    let people = names_of(&a, ActorType::Person);
    for name in ["Tom Young", "Anna Holt", "Paul Green"] {
        assert!(people.contains(&name), "{name} missing from {people:?}");
    }
}

#[test]
fn a_headline_name_sharing_a_surname_stays_its_own_person() {
    let a = actors(
        "Tom Reed: Anna ‘Better Qualified to Lead.’\n\n\
         On Tuesday, while on the trail for his wife, front-runner Anna Reed, former mayor \
         Tom Reed said his wife was qualified.",
    );
    let entity = |name: &str| {
        a.entities
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("{name} missing"))
    };
    assert_eq!(
        entity("Tom Reed").mentions,
        2,
        "the headline's Tom Reed is his"
    );
    assert!(
        !entity("Anna Reed").aliases.iter().any(|a| a == "Tom Reed"),
        "{:?}",
        entity("Anna Reed").aliases
    );
}
