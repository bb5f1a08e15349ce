//! Capitalised words that say where, not who, and titles that are no part of a name.

use super::*;

/// A state's abbreviation after a town or in a party label is where someone is from.
#[test]
fn state_abbreviations_are_not_people() {
    let a = actors(
        "Ann Lee spoke at a rally in Green Bay, Wis., on Monday. Sen. Tom Hale \
         (R-Ore.) agreed with her.",
    );
    assert_eq!(names_of(&a, ActorType::Person), ["Ann Lee", "Tom Hale"]);
}

/// "the town of X": a place, not a person.
#[test]
fn a_town_of_a_name_is_a_place() {
    let a = actors("In the small town of Marburg in central Germany, officials met.");
    assert!(names_of(&a, ActorType::Person).is_empty());
    assert!(names_of(&a, ActorType::Place).contains(&"Marburg"));
}

/// "Majority Whip" is an office before a name, not the name's first words.
#[test]
fn a_whip_is_a_title() {
    let a = actors("Senate Majority Whip Tom Pike responded on the floor.");
    assert_eq!(names_of(&a, ActorType::Person), ["Tom Pike"]);
}

/// A bare name is weak only until a mention of it is marked as a person's ("Lopez said").
#[test]
fn a_name_a_speech_verb_marks_is_not_weak() {
    let a = actors("Lopez waved at the crowd. Later, Lopez said the corn was good.");
    let lopez = a.resolve("Lopez").expect("Lopez");
    assert!(!a.entities[lopez as usize].weak);
}

/// A pronoun or a word run together with a verb ("She’ll", "I’ve", "Won’t") is no part of a
/// name, in a Title Case headline or after a name with no comma between.
#[test]
fn a_contraction_is_no_part_of_a_name() {
    let a = actors(
        "Voter Spotted At Rally Wearing Shirt She’ll Hate\n\n\
         Tom Hale spoke on Monday. “Other than Ann Lee I’ve met more voters than anyone,” \
         Hale said. O’Neill agreed, said Dan O’Neill. “Apart from Sam Roe I'm done,” \
         Hale said. “Jo Fry Won't Go,” read the sign.",
    );
    let people = names_of(&a, ActorType::Person);
    assert!(
        people
            .iter()
            .all(|p| !p.contains(['’', '\'']) || p.contains("O’Neill")),
        "{people:?}"
    );
    assert!(people.contains(&"Ann Lee"), "{people:?}");
    assert!(people.contains(&"Sam Roe"), "{people:?}");
    assert!(people.contains(&"Dan O’Neill"), "{people:?}");
}

/// A noun for unnamed people opening a sentence ("Aides said …", "Strategists worry …") is
/// capitalised by its place, not a name; a person named so keeps theirs.
#[test]
fn a_noun_for_people_opening_a_sentence_is_no_name() {
    let a = actors(
        "Tom Hale lost the vote. Aides said he would run again. Strategists worry about \
         the map. Investors fled on Monday, Hale said.",
    );
    assert_eq!(names_of(&a, ActorType::Person), ["Tom Hale"]);
}

/// A word no rule placed, capitalised only where it opens a sentence and written in lower
/// case elsewhere in the article, is a common word ("Containment failed", "Borrowers
/// …"); a name the article also writes inside a sentence stays one.
#[test]
fn a_word_capitalised_only_by_its_place_is_no_name() {
    let a = actors(
        "Borrowers face higher rates. Many borrowers cannot pay. Containment failed, and \
         containment was the plan. Tomlin said the rates would rise. Rates rose, Tomlin \
         said, and tomlin is no word.",
    );
    assert_eq!(names_of(&a, ActorType::Person), ["Tomlin"]);
}

/// A single name after an organisation and a comma is listed with it only while nothing
/// marks it as a person: one that speaks elsewhere stays a person.
#[test]
fn a_name_after_an_organisation_and_a_comma_that_speaks_is_a_person() {
    let a = actors(
        "In an interview with reporters from Reuters, Bob provided new details about the \
         night. Bob said he took one call.",
    );
    assert!(
        names_of(&a, ActorType::Person).contains(&"Bob"),
        "{:?}",
        a.entities
    );
}

/// After a title, a name before "of" and an organisation is a person and where they are
/// from, whether or not the given name is one the lexicon knows.
#[test]
fn a_titled_name_before_of_is_a_person_not_part_of_the_organisation() {
    let a = actors(
        "Dr. Tristan Wade of Ashby College said the pier was unsafe. Wade added that the \
         ferry should wait.",
    );
    let people = names_of(&a, ActorType::Person);
    assert!(people.contains(&"Tristan Wade"), "{:?}", a.entities);
    let orgs = names_of(&a, ActorType::Org);
    assert!(orgs.contains(&"Ashby College"), "{orgs:?}");
    assert!(!orgs.iter().any(|o| o.contains("Wade")), "{orgs:?}");
}

/// A run ending in a venue's word ("Odeon", "Arena", "Theatre", "Hotel") is where, and one
/// ending in a label's, studio's or charity's word ("Comics", "Films", "Pictures", "Aid",
/// "Relief") or in "Palace" (which speaks as its household) is an organisation: no person.
#[test]
fn venues_labels_and_charities_are_not_people() {
    let a = actors(
        "Tom Hale played the Brixton Odeon on Friday. Fans queued outside the Kendal Arena, \
         the Varley Theatre and the Onslow Hotel, near Ashcombe Palace. Marlow Comics said \
         sales rose, and Harbour Films and Tavistock Pictures agreed. Money went to Parish \
         Aid and Winter Relief.",
    );
    assert_eq!(
        names_of(&a, ActorType::Person),
        ["Tom Hale"],
        "{:?}",
        a.entities
    );
    let places = names_of(&a, ActorType::Place);
    for p in [
        "Brixton Odeon",
        "Kendal Arena",
        "Varley Theatre",
        "Onslow Hotel",
    ] {
        assert!(places.contains(&p), "{p}: {places:?}");
    }
    let orgs = names_of(&a, ActorType::Org);
    for o in [
        "Marlow Comics",
        "Harbour Films",
        "Tavistock Pictures",
        "Parish Aid",
        "Winter Relief",
        "Ashcombe Palace",
    ] {
        assert!(orgs.contains(&o), "{o}: {orgs:?}");
    }
}

/// A run ending in "Music" or "R&B" is a label or a band, not a person.
#[test]
fn a_label_ending_in_music_is_no_person() {
    let a = actors(
        "Tom Hale signed with Harbour Music last year. Kestrel R&B and Velvet Music \
         released his records, Hale said.",
    );
    assert_eq!(
        names_of(&a, ActorType::Person),
        ["Tom Hale"],
        "{:?}",
        a.entities
    );
    let orgs = names_of(&a, ActorType::Org);
    for o in ["Harbour Music", "Kestrel R&B", "Velvet Music"] {
        assert!(orgs.contains(&o), "{o}: {orgs:?}");
    }
}

/// A run ending in a word naming a people, a faith or a party's members is a group, not a
/// person: "Pacific Islander", "Roman Catholic", "Coastal Republicans", "Latinos".
#[test]
fn a_people_or_a_faith_is_no_person() {
    let a = actors(
        "Mara Quill spoke to Pacific Islander voters. As a Roman Catholic, she said, the \
         vote mattered. Coastal Republicans said they would wait. Latinos said the same, \
         and Hispanics agreed, Quill said.",
    );
    assert_eq!(
        names_of(&a, ActorType::Person),
        ["Mara Quill"],
        "{:?}",
        a.entities
    );
}

/// A news outlet the organisations' list knows ("Politico", "Der Spiegel") is no person,
/// even as the lone subject of a speech verb.
#[test]
fn a_known_outlet_is_no_person() {
    let a = actors(
        "Tom Hale spoke on Monday. Politico said the plan was dead. Der Spiegel reported \
         that he would stay, and Newsweek agreed. Le Figaro said so too, Hale said.",
    );
    assert_eq!(
        names_of(&a, ActorType::Person),
        ["Tom Hale"],
        "{:?}",
        a.entities
    );
    let orgs = names_of(&a, ActorType::Org);
    for o in ["Politico", "Der Spiegel", "Newsweek", "Le Figaro"] {
        assert!(orgs.contains(&o), "{o}: {orgs:?}");
    }
}
