//! Cue shapes with words between the cue and its content, and speech in a relative
//! clause after a quotation's speaker.
use super::super::tests::clauses_of;

#[test]
fn a_that_past_a_long_phrase_of_occasion_opens_the_content() {
    for (body, content) in [
        (
            "Tom Hale noted in a guest column in Sunday's Daily Ledger that voter anger was rising.",
            "voter anger was rising",
        ),
        (
            "Ms Ortiz said Thursday during a taping of a radio town hall in Dayton, Ohio, that the levy was wrong.",
            "the levy was wrong",
        ),
    ] {
        let c = clauses_of(body);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].2, content, "{body}");
    }
}

#[test]
fn a_relative_that_far_from_the_cue_opens_no_content() {
    let c = clauses_of(
        "Tom Hale wrote in a long guest column in the Sunday edition of the Ledger that ran on page two.",
    );
    assert!(c.iter().all(|c| c.2 != "ran on page two"), "{c:?}");
    let c = clauses_of(
        "Ms Ortiz spoke at a stop during a tour of the harbour in Dayton, Ohio, that was cut short by rain.",
    );
    assert!(c.iter().all(|c| !c.2.starts_with("was cut")), "{c:?}");
    // A verb in "-s" after it goes on a relative clause.
    let c = clauses_of(
        "Ms Ortiz said at a meeting with the board of a small harbour group that calls itself the Guild.",
    );
    assert!(c.iter().all(|c| !c.2.starts_with("calls")), "{c:?}");
    // Nor after a topic or an infinitive.
    let c = clauses_of(
        "Ms Ortiz wrote about the long history of a small harbour group that the Guild runs.",
    );
    assert!(c.iter().all(|c| c.2 != "the Guild runs"), "{c:?}");
    let c = clauses_of(
        "Ms Ortiz called on the board to shut the old harbour pier at once that the Guild runs.",
    );
    assert!(c.iter().all(|c| c.2 != "the Guild runs"), "{c:?}");
}

#[test]
fn a_relative_cue_after_a_quotations_speaker_reports_the_clause_after_it() {
    let body =
        "\"The roads are bad,\" said Ann Roe, who said she would not vote for either candidate.";
    let c = clauses_of(body);
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[0].2, "The roads are bad,", "{c:?}");
    assert_eq!(c[1].2, "she would not vote for either candidate", "{c:?}");
    // The quotation's own cue still reports it.
    let c = clauses_of("\"The roads are bad,\" said Ann Roe, a farmer from Akron.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "The roads are bad,", "{c:?}");
}

#[test]
fn a_relative_cue_with_a_plain_object_after_a_quotations_speaker_reports_nothing() {
    for body in [
        "\"The roads are bad,\" said Ann Roe, who wrote the official history of the county.",
        "\"The roads are bad,\" said Ann Roe, who answered her door in a green apron.",
        "\"The roads are bad,\" said Ann Roe, who writes about the farm trade for a weekly.",
    ] {
        let c = clauses_of(body);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, "said", "{c:?}");
        assert_eq!(c[0].2, "The roads are bad,", "{c:?}");
    }
    // A clause after it is still reported.
    for (body, content) in [
        (
            "\"The roads are bad,\" said Ann Roe, who wrote that the county had no money.",
            "the county had no money",
        ),
        (
            "\"The roads are bad,\" said Ann Roe, who said Lee owes the county money.",
            "Lee owes the county money",
        ),
        (
            "\"The roads are bad,\" said Ann Roe, who asked whether the levy would pass.",
            "whether the levy would pass",
        ),
    ] {
        let c = clauses_of(body);
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[1].2, content, "{c:?}");
    }
}

#[test]
fn a_cue_after_who_after_a_quotations_hearer_reports_a_clause_only() {
    let c = clauses_of(
        "\"The roads are bad,\" Tom told Ann Roe, who answered her phone on Sunday night.",
    );
    assert!(c.iter().all(|c| c.0 != "answered"), "{c:?}");
    let c = clauses_of(
        "\"The roads are bad,\" said Tom Hale, who writes about farming for a weekly and often speaks at fairs.",
    );
    assert!(c.iter().all(|c| c.0 != "writes"), "{c:?}");
    // Away from a quotation the rule does not ask.
    let c = clauses_of("Ann Roe, who wrote that the county was broke, went home early.");
    assert!(c.iter().any(|c| c.0 == "wrote"), "{c:?}");
}

#[test]
fn a_that_after_an_aside_between_dashes_opens_the_content() {
    let c = clauses_of("The mayor said — on the radio, as it happens — that the pier would close.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "the pier would close", "{c:?}");
    // A dash that closes no aside before "that" opens nothing.
    let c = clauses_of("The mayor said — on the radio, as it happens — the pier was safe enough.");
    assert!(c.iter().all(|c| !c.2.starts_with("that")), "{c:?}");
}
