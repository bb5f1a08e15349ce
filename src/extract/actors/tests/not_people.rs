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
