//! Tests of reading a speech verb's subject.

use super::{in_relative_clause, past_leading, read_subject, Scope};
use crate::extract::{actors, quotes, test_paragraphs};
use proptest::prelude::*;

/// `resolve_in` keys its memo by `before` only up to the subject's end: a subject read
/// with its quote after it reads the same wherever the quote is.
#[test]
fn a_subject_reads_the_same_with_its_quote_anywhere_after_it() {
    let body = "Ann Lee met Tom Ray on the pier. She said the ferry was late. He said it \
                was not. The mayor and they said: “We will win.” Officials said so.";
    let paragraphs = test_paragraphs(body);
    let spans = quotes::find(body, &paragraphs);
    let found = actors::find(body, &paragraphs, &spans);
    let scope = super::super::scope(&found, &[]);
    for subject in ["She", "He", "The mayor and they", "Officials", "Ann Lee"] {
        let start = body.find(subject).expect("subject");
        let range = (start, start + subject.len());
        for first_person in [false, true] {
            let at_end = read_subject(body, &scope, range, range.1, first_person);
            for before in [range.1 + 1, range.1 + 9, body.len()] {
                assert_eq!(
                    read_subject(body, &scope, range, before, first_person),
                    at_end,
                    "{subject} {before}"
                );
            }
        }
    }
}

#[test]
fn opening_conjunctions_and_their_spaces_are_skipped() {
    assert_eq!(past_leading("But Ann Lee"), "Ann Lee");
    assert_eq!(past_leading("but  and   Ann Lee"), "Ann Lee");
    assert_eq!(past_leading("Ann Lee"), "Ann Lee");
    assert!(super::LEADING.iter().all(|w| w.len() <= 9));
}

proptest! {
    /// The comma-first search finds the clause the four searches from the end found.
    #[test]
    fn relative_clauses_are_found_as_by_searching_each_opening(
        text in "(, who |, whose |, which |, where |,|, | |who|said|é|x){0,24}",
        cut in 0usize..200,
    ) {
        let mut at = cut.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        let head = &text[..at];
        let reference = [", who ", ", whose ", ", which ", ", where "]
            .iter()
            .filter_map(|p| head.rfind(p))
            .max()
            .is_some_and(|open| !text[open + 2..at].contains(','));
        prop_assert_eq!(in_relative_clause(&text, at), reference);
    }
}

/// Each entity's gender is worked out once an article (`Scope::genders`): the same answer
/// as working it out at each question (no cache), and asked twice.
#[test]
fn a_remembered_gender_fits_as_one_worked_out_each_time() {
    let body = "Mrs Ann Lee met Tom Ray and Sir Kim Bell. Jo Park, a widow, said little. \
                Officials said so.";
    let paragraphs = test_paragraphs(body);
    let spans = quotes::find(body, &paragraphs);
    let found = actors::find(body, &paragraphs, &spans);
    assert!(found.entities.len() >= 3);
    // The article's scope remembers genders; with its store emptied it works them out
    // at each question.
    let cached = super::super::scope(&found, &[]);
    let mut each_time = super::super::scope(&found, &[]);
    each_time.genders.clear();
    let fits = |s: &Scope, e: usize, she: bool| super::super::gender::gender_fits(s, e as u32, she);
    let mut some_rule_out = false;
    for _ in 0..2 {
        for e in 0..found.entities.len() {
            for she in [false, true] {
                assert_eq!(fits(&cached, e, she), fits(&each_time, e, she), "{e} {she}");
                some_rule_out |= !fits(&each_time, e, she);
            }
        }
    }
    assert!(some_rule_out, "a title or name tells some gender");
}
