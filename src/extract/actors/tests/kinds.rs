//! What makes a capitalised run a work or a place, and what does not.

use super::*;

/// "starring in" and "a role in" name a work; "the role of" names who plays the part, in
/// news mostly a person or a body whose part in something is discussed.
#[test]
fn the_role_of_a_person_is_no_work() {
    let a = actors(
        "The survey looked at the steady role of President Hal Ostrow's popularity in the \
         race. Ostrow's approval stands at 48 percent. Dee Marr, starring in Quiet Harbour \
         Nights, had a small role in Paper Moon.",
    );
    assert!(
        names_of(&a, ActorType::Person).contains(&"Hal Ostrow"),
        "{:?}",
        a.entities
    );
    let works = names_of(&a, ActorType::Work);
    assert!(!works.contains(&"Hal Ostrow"), "{works:?}");
    for w in ["Quiet Harbour Nights", "Paper Moon"] {
        assert!(works.contains(&w), "{w}: {works:?}");
    }
}

/// "in Watford" is where; "in Vane's home town" is not: the possessor is who, the town where.
#[test]
fn a_possessor_after_in_is_no_place() {
    let a = actors(
        "Governor Hal Vane opened the bridge. In Vane's home town of Ashby, the mood was \
         bright, and a hospital in Watford reopened.",
    );
    assert!(
        names_of(&a, ActorType::Person).contains(&"Hal Vane"),
        "{:?}",
        a.entities
    );
    let places = names_of(&a, ActorType::Place);
    assert!(!places.iter().any(|p| p.contains("Vane")), "{places:?}");
    assert!(places.contains(&"Watford"), "{places:?}");
}
