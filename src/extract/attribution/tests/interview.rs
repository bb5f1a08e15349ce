//! "you" in an interviewer's question is the person interviewed.

use super::{reported, some, speakers};

const INTERVIEW: &str = "Maria Lopez, a former teacher, spoke to us about her campaign. Lopez joined the council in 2012.\n\
((WN)) In your launch speech you said “the city has been asleep for a decade.” What did you mean?\n\
((Maria Lopez)) The roads, the schools, the buses: nothing has moved.\n\
((WN)) You have also said that the budget must be cut. Where would you start?";

#[test]
fn you_in_the_interviewers_turn_is_the_interviewee() {
    assert_eq!(speakers(INTERVIEW), [some("Maria Lopez")]);
    let r = reported(INTERVIEW);
    let cut = r
        .iter()
        .find(|(content, _, _)| content == "the budget must be cut")
        .expect("the reported question is found");
    assert_eq!(cut.1.as_deref(), Some("Maria Lopez"));
}

#[test]
fn you_outside_an_interviewers_turn_names_nobody() {
    // The same words with no interviewer's label: the writer addresses the reader.
    let body = "Maria Lopez spoke on Monday. Lopez joined the council in 2012.\nIn your letters you said “the city has been asleep for a decade.”";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn a_q_label_is_an_interviewers_turn() {
    let body = "Maria Lopez spoke on Monday. Lopez joined the council in 2012.\nQ: In March you wrote “the buses come too late.” Why?";
    assert_eq!(speakers(body), [some("Maria Lopez")]);
}

#[test]
fn a_question_is_not_reported_speech() {
    let body = "Maria Lopez spoke on Monday. Lopez joined the council in 2012.\n((WN)) Can you tell us about the new budget? Why do you think the buses are late?";
    assert!(reported(body).is_empty(), "{:?}", reported(body));
    // The same cue in a statement reports speech.
    let body = "Maria Lopez spoke on Monday. Lopez joined the council in 2012.\nLopez told us the buses are late.";
    assert_eq!(reported(body).len(), 1);
}

#[test]
fn you_state_in_the_interviewers_turn_quotes_the_interviewee() {
    let body = "Maria Lopez spoke on Monday. Lopez joined the council in 2012.\n((WN)) In your manifesto you state “every bus will run on time by spring.” How?";
    assert_eq!(speakers(body), [some("Maria Lopez")]);
    // Elsewhere "state" is no cue: the quote stays a scare quote.
    let body = "Maria Lopez spoke on Monday. Lopez joined the council in 2012.\nWhatever you state “officially” is printed.";
    assert_eq!(speakers(body), [None]);
}

#[test]
fn what_you_mean_by_in_the_interviewers_turn_quotes_the_interviewee() {
    let body = "Maria Lopez spoke on Monday. Lopez joined the council in 2012.\n((WN)) Could you explain what you mean by a “fair and quick” reform of the buses?";
    assert_eq!(speakers(body), [some("Maria Lopez")]);
    // Outside an interviewer's turn "mean" is no cue.
    let body = "Maria Lopez spoke on Monday. Lopez joined the council in 2012.\nIt depends on what you mean by “fair” in the first place.";
    assert_eq!(speakers(body), [None]);
}
