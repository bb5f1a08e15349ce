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

#[test]
fn a_month_beside_a_days_number_is_a_date_not_an_actor() {
    let a = actors(
        "Winger Tom Reyes is fit again. \"The match on 4 June will be my first,\" he said. \
         The 24-26 April festival sold out, and tickets for May 5 went on Monday.",
    );
    let names: Vec<&str> = a.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Tom Reyes"], "{:?}", a.entities);
}
