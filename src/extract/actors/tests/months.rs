//! Months and weekdays that are also given names.

use super::*;

#[test]
fn a_month_that_is_a_given_name_before_a_surname_is_a_person() {
    let a = actors(
        "Former governor Jan Hollis backs the plan. In June Congress voted on it, and Jan Talks \
         resume next week.",
    );
    assert_eq!(
        names_of(&a, ActorType::Person),
        ["Jan Hollis"],
        "{:?}",
        a.entities
    );
}
