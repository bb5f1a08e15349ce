//! Cues read off PolNeAR train misses whose words were in no cue list (session 37): each
//! kept at a train precision well above the lists' 2 in 5.

use super::*;

#[test]
fn reaffirming_reports_what_is_reaffirmed() {
    for (body, cue) in [
        (
            "The council reaffirmed its support for the ferry plan on Monday.",
            "reaffirmed",
        ),
        (
            "Ortiz reaffirms her opposition to the new toll.",
            "reaffirms",
        ),
        (
            "Ortiz is reaffirming that the audit was fair.",
            "reaffirming",
        ),
    ] {
        let c = clauses_of(body);
        assert!(c.iter().any(|c| c.0 == cue), "{body}: {c:?}");
    }
}

#[test]
fn laid_out_reports_its_object_and_bare_laid_does_not() {
    let c = clauses_of("Mayor Ana Lopez laid out a plan to cut fares for students.");
    assert!(
        c.iter().any(|c| c.0 == "laid out"
            && c.1 == "Mayor Ana Lopez"
            && c.2.starts_with("a plan to cut fares")),
        "{c:?}"
    );
    for body in [
        "The storm laid bare the weakness of the harbour wall.",
        "Ortiz laid the groundwork for a run at the council.",
        "The ferry plans laid out by the board are costly.",
        "The new terminal is well laid out and easy to use.",
    ] {
        assert!(
            clauses_of(body).is_empty(),
            "{body}: {:?}",
            clauses_of(body)
        );
    }
}
