//! Marked quotes no speech verb next to them gives a speaker: "as X put it" after or
//! before the quote, or the agent of a passive of naming; a later quote of a sentence whose
//! earlier quote has a speaker.

use super::{attributed, some};
use crate::model::QuoteKind;

#[test]
fn as_x_put_it_after_a_quote_names_its_speaker() {
    let body = "Senator Ann Lee spoke in Dayton on Monday.\n\n\
        The race is “a dead heat right now,” as Lee said on a radio show.\n\n\
        Voters want a “fresh start,” as the senator puts it.\n\n\
        The “rigged” system, as Lee calls it, will not last.";
    let q = attributed(body);
    assert_eq!(q[0].1, some("Ann Lee"));
    assert_eq!(q[0].2, QuoteKind::Partial);
    assert_eq!(q[1].1, some("Ann Lee"));
    assert_eq!(q[2].1, some("Ann Lee"));
    assert_eq!(q[2].2, QuoteKind::Partial);
}

#[test]
fn an_as_phrase_that_names_no_speaker_leaves_a_scare_quote() {
    // "as soon as", "as many as": no subject and verb of saying.
    let body = "Senator Ann Lee spoke in Dayton on Monday.\n\n\
        The so-called “reform” package passed as soon as the council met.\n\n\
        The “fresh” rules, as many as ten pages long, were read aloud.";
    let q = attributed(body);
    assert_eq!(q[0].1, None);
    assert_eq!(q[0].2, QuoteKind::Scare);
    assert_eq!(q[1].1, None);
}

#[test]
fn a_later_quote_of_a_sentence_takes_its_earlier_quotes_speaker() {
    let body = "Ann Lee, the mayor, spoke in Dayton on Monday.\n\n\
        Lee, who argues the budget reflected a “fair deal for towns” and gives “every county a stronger voice”, has said the vote could be held in spring.\n\n\
        “If you think of thieves, they do not plan,” said Ann Lee, “they just take what is there.”";
    let q = attributed(body);
    assert_eq!(q[0].1, some("Ann Lee"));
    assert_eq!(q[1].1, some("Ann Lee"));
    assert_eq!(q[1].2, QuoteKind::Partial);
    assert_eq!(q[3].1, some("Ann Lee"));
}

#[test]
fn a_title_later_in_the_sentence_keeps_no_speaker() {
    let body = "Ann Lee, the mayor, spoke in Dayton on Monday.\n\n\
        Lee unveiled a plan called “Build Back Dayton” to rebuild the town.\n\n\
        “Build Back Dayton” is, like Tom Ortiz’s “Dayton First” plan, a form of local pride.";
    let q = attributed(body);
    assert_eq!(q[1].1, some("Ann Lee"));
    assert_eq!(q[2].1, None);
    assert_eq!(q[2].2, QuoteKind::Scare);
}

#[test]
fn the_agent_of_a_passive_of_naming_speaks_the_quote() {
    let body = "Ann Lee, the mayor, spoke in Dayton on Monday. Tom Ortiz replied on Tuesday.\n\n\
        The plan has been called “a slow-motion disaster” by Ortiz.\n\n\
        The budget is “a work of fiction,” as described by Ortiz on Monday.\n\n\
        The levy was described as “fair” by a city spokesman.";
    let q = attributed(body);
    assert_eq!(q[0].1, some("Tom Ortiz"));
    assert_eq!(q[1].1, some("Tom Ortiz"));
    assert_eq!(q[2].1, some("a city spokesman"));
}

#[test]
fn as_x_put_it_before_a_quote_names_its_speaker() {
    let body = "Ann Lee, the mayor, spoke in Dayton on Monday. She said the budget was fine.\n\n\
        That is because, as she puts it, “the best thing we have going for us is the river.”\n\n\
        But at the time, as city planner Tom Ortiz put it, “apart from the river, there was nothing.”";
    let q = attributed(body);
    assert_eq!(q[0].1, some("Ann Lee"));
    assert_eq!(q[1].1, some("Tom Ortiz"));
}

#[test]
fn the_agent_before_as_speaks_the_quote() {
    let body = "Ann Lee, the mayor, spoke in Dayton on Monday.\n\n\
        Lee has been described by the Harbour Herald as a “born fixer” for the port.\n\n\
        The levy, described by Tom Ortiz as “a tax on bread,” was passed.\n\n\
        The plan was described by a city spokesman as “a fair deal”.";
    let q = attributed(body);
    assert_eq!(q[0].1, some("Harbour Herald"));
    assert_eq!(q[1].1, some("Tom Ortiz"));
    assert_eq!(q[2].1, some("a city spokesman"));
}
