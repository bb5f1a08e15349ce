//! Quoted words in the object of the sentence's verb, with no cue of their own: the
//! subject's. Sentences of our own.

use super::{attributed, some, speakers};
use crate::model::QuoteKind;

#[test]
fn a_fragment_after_a_verb_is_the_subjects() {
    let body = "Mayor Ann Cole opened the session. Senator Harry Vance spoke on Monday.\n\n\
        In recent weeks, Vance has gone after Cole as a “walking disaster” and a \
        “tired old man.”\n\n\
        Vance also referred to the budget as “a total mess” in an interview.";
    assert_eq!(
        speakers(body),
        [
            some("Harry Vance"),
            some("Harry Vance"),
            some("Harry Vance")
        ]
    );
    // Two words before "and" modify no noun: quoted words, not a scare quote.
    assert_eq!(attributed(body)[0].2, QuoteKind::Partial);
}

/// A state or party in brackets after the name ("Sen. X (Ohio)") is no part of it.
#[test]
fn a_bracketed_state_after_the_subject_is_not_the_speaker() {
    let body = "Sen. Mary Fallon (Ohio) joined the critics this week, publishing an essay \
        hammering the plan as “a fairy tale.”\n\n\
        Sen. Mary Fallon (D-Ohio) has gone after the plan as “a hoax.”";
    assert_eq!(speakers(body), [some("Mary Fallon"), some("Mary Fallon")]);
}

#[test]
fn a_title_or_another_clause_gives_no_speaker() {
    let body = "Senator Harry Vance spoke on Monday.\n\n\
        Harry Vance met the farmers, who grow the “best corn in the state” here.\n\n\
        Harry Vance later joined “The Morning Table” as a guest.";
    assert_eq!(speakers(body), [None, None]);
}

#[test]
fn a_relative_word_inside_an_earlier_quote_opens_no_clause() {
    // "who" is the first quote's word: the second quote is still the subject's.
    let body = "Senator Harry Vance spoke on Monday.\n\n\
        Harry Vance has compared the mayor to a “clerk who never reads” and later gave him \
        the name of “a stranger to the city.”";
    assert_eq!(speakers(body), [some("Harry Vance"), some("Harry Vance")]);
    // Outside the quotes it still does.
    let body = "Senator Harry Vance spoke on Monday.\n\n\
        Vance met the farmers, who grow the “best corn in the state” here.";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn a_participle_before_the_subject_is_an_adverbial() {
    let body = "Senator Harry Vance spoke on Monday.\n\n\
        Reading from a prepared text, Harry Vance put the budget down as “a total mess” twice.";
    assert_eq!(speakers(body), [some("Harry Vance")]);
}

#[test]
fn an_aside_between_commas_after_the_subject_is_passed() {
    // "in particular" is set off by commas between the subject and its verb.
    assert_eq!(
        speakers(
            "Tom Brandt, in particular, has been steadily pounding the mayor as a \
             \"loose cannon\" in speeches."
        ),
        [some("Tom Brandt")]
    );
    assert_eq!(
        speakers(
            "Senator Tom Brandt (R-Ohio), in particular, has been steadily pounding the \
             mayor as a \"loose cannon\" in speeches."
        ),
        [some("Tom Brandt")]
    );
}

#[test]
fn a_relative_clause_that_says_nothing_has_no_speaker_of_its_own() {
    // "who is" describes the coach.
    assert_eq!(
        speakers(
            "Martin Holloway, the director of debate at the University of Denver, compared \
             the candidate to a coach who is \"working the officials\" in hopes of a call."
        ),
        [some("Martin Holloway")]
    );
    // One after a comma has a subject of its own.
    assert_eq!(
        speakers(
            "Martin Holloway met the coaches, who are \"working the officials\" in hopes \
             of a call."
        ),
        [None]
    );
}

/// A clause whose source the rules cannot read (here the content of "said" after the
/// quote's own verb) leaves the quote to the sentence's subject.
#[test]
fn a_clause_with_no_speaker_leaves_the_quote_to_the_sentence_subject() {
    assert_eq!(
        speakers(
            "Senator Harry Vance spoke on Monday.\n\n\
             Vance further summed up the budget as “a total mess,” denounced its authors \
             and said they should resign."
        ),
        [some("Harry Vance")]
    );
}
