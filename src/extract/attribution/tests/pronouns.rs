//! Whom "he" and "she" continue with (issue 18), each with sentences of our own.

use super::{reported, some, speakers};

#[test]
fn a_person_named_in_a_report_is_not_the_next_speaker() {
    // Lopez is the subject of a verb inside what Okafor said: "she" is still Okafor.
    assert_eq!(
        speakers(
            "Two voters, Tamsin Okafor and Bryan Dale, came to the rally.\n\
             Okafor said Maria Lopez doesn't show concern for farmers.\n\
             “It is not something she says often,” she said."
        ),
        [some("Tamsin Okafor")]
    );
}

#[test]
fn a_clause_after_a_comma_is_no_report_of_the_one_before() {
    // Ames's question is read up to the comma; Bell, who replies after it, speaks next.
    assert_eq!(
        speakers(
            "Host Peter Ames asked Maria Bell who would win the vote, and Maria Bell replied \
             at once.\nAfter Peter Ames asked about the count, Maria Bell said it was close.\n\
             “We are not there yet,” she said."
        ),
        [some("Maria Bell")]
    );
}

#[test]
fn a_source_no_name_was_found_at_is_whom_a_pronoun_continues_with() {
    // "Okafur" (spelt otherwise than the name found) says who spoke; the woman her report
    // names is no speaker.
    assert_eq!(
        speakers(
            "Tamsin Okafor and Bryan Dale came to the rally.\n\
             Okafur said Maria Lopez rarely visits the farms.\n\
             “It is not something she does often,” she said."
        ),
        [some("Okafur")]
    );
    // Someone named after it, outside the report, is whom the pronoun means.
    assert_eq!(
        speakers(
            "Tamsin Okafor and Bryan Dale came to the rally.\n\
             Okafur said the farms were quiet. Later Maria Lopez arrived at the hall.\n\
             “It is not something she does often,” she said."
        ),
        [some("Maria Lopez")]
    );
}

/// A pronoun right before the speech verb is its subject, not a name in the words before.
#[test]
fn a_pronoun_before_the_verb_is_the_subject() {
    let body = "Senator Harry Vance toured Norway last week.\n\n\
        In an interview with Norway’s public network NRK he blasted the press for being \
        “utterly dishonest.”";
    assert_eq!(speakers(body), [some("Harry Vance")]);
}

#[test]
fn a_possessive_before_a_noun_of_speech_is_its_speaker() {
    let body = "Headline\n\nSenator Bob Smith spoke in Ohio on Monday. His repeated calls for a \
                new hearing were ignored. Later Ann Lee's criticism of the budget has grown.\n";
    let r = reported(body);
    assert!(
        r.contains(&(
            "a new hearing".into(),
            some("Bob Smith"),
            "calls for".into()
        )),
        "{r:?}"
    );
    assert!(
        r.contains(&("the budget".into(), some("Ann Lee"), "criticism of".into())),
        "{r:?}"
    );
}

#[test]
fn a_name_between_doubled_apostrophes_is_quoted() {
    // `''…,'' she said`: the words between the pairs are hers; a capitalised word or a
    // name in them is no one "she" can mean.
    let r = reported(
        "Maria Okafor runs the harbour office in Porto.\n\nShe has little patience for the \
         new timetable. ''Swaps are tricky, and Paulo Mendes never answers his phone,'' she \
         said.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, some("Maria Okafor"));
}

#[test]
fn they_continues_with_the_source_before_it() {
    // "They" after a clause is its source, not a group named in what that source said.
    let r = reported(
        "Two economists studied the harbour for a decade. The researchers found that ferry \
         fares had doubled for working families. They argued the city should cap the fares.",
    );
    assert_eq!(r.len(), 2, "{r:?}");
    assert_eq!(r[1].0, "the city should cap the fares");
    assert_eq!(r[1].1, some("The researchers"));
}
