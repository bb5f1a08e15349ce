use super::*;
use crate::extract::{quotes, test_paragraphs};

pub(super) fn clauses_of(body: &str) -> Vec<(String, String, String)> {
    let paragraphs = test_paragraphs(body);
    let spans = quotes::find(body, &paragraphs);
    find(body, &paragraphs, &ParagraphTokens::default(), &spans)
        .iter()
        .map(|c| {
            let t = |s: Span| body[s.start as usize..s.end as usize].to_string();
            (t(c.cue), t(c.source), t(c.content))
        })
        .collect()
}

#[test]
fn subject_before_cue_and_content_after_that() {
    let c = clauses_of("The mayor said on Tuesday that the city would appeal the ruling.");
    assert_eq!(
        c,
        vec![(
            "said".into(),
            "The mayor".into(),
            "the city would appeal the ruling".into()
        )]
    );
}

#[test]
fn a_capitalised_cue_word_is_a_name() {
    let c = clauses_of("Senator Jane Roe said the United States would take \"robust steps\" soon.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "Senator Jane Roe");
}

#[test]
fn a_quote_in_reported_speech_takes_the_clause_source() {
    let body =
        "Headline\n\nSenator Jane Roe said the city would take \"robust steps\" in response.\n";
    let paragraphs = test_paragraphs(body);
    let out = crate::extract::extract_article(body, &paragraphs);
    assert_eq!(out.quotes.len(), 1);
    assert_eq!(out.quotes[0].kind, crate::model::QuoteKind::Partial);
    let crate::extract::LocalSpeaker::Entity(e) = out.quotes[0].speaker else {
        panic!("no speaker: {:?}", out.quotes[0]);
    };
    assert_eq!(out.entities[e as usize].name, "Jane Roe");
}

#[test]
fn an_abbreviation_before_a_cue_does_not_end_the_sentence() {
    let c = clauses_of("Mitch McConnell, R-Ky., said the bill would pass the Senate easily.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "Mitch McConnell, R-Ky.,");
    assert_eq!(c[0].2, "the bill would pass the Senate easily");
}

#[test]
fn a_name_and_its_apposition_are_the_subject_of_a_verb_with_an_object() {
    // What follows the verb is its object, no source after it as in "…, said the mayor".
    let c = clauses_of("Dana Ortiz, a delegate from Ohio, criticized the state's voting rules.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "Dana Ortiz, a delegate from Ohio,");
    assert_eq!(c[0].2, "the state's voting rules");
    // A verb of stance, which takes no content before it, was left with no clause at all.
    let c = clauses_of("Dana Ortiz, a delegate from Ohio, endorsed the plan.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "Dana Ortiz, a delegate from Ohio,");
    assert_eq!(c[0].2, "the plan");
}

#[test]
fn a_stance_verb_after_a_relative_or_apposition_takes_the_name_after_it_as_object() {
    // A verb of stance has no source after it, so the name after it is its object
    // (no "…, said the mayor"), and the broken subject before it its source.
    let c = clauses_of("Tom Reyes, who runs the harbour guild, endorsed Ann Lee.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "Tom Reyes, who runs the harbour guild,");
    assert_eq!(c[0].2, "Ann Lee");
    let c = clauses_of("Ann Lee, who chairs the board, has rejected Harbour First.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "Harbour First");
    // With no relative or apposition the broken subject is not read.
    let c = clauses_of(
        "Bob Lane, the pilot who trained at the academy and is a member of the port \
         board, endorsed Ann Lee.",
    );
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn brackets_between_subject_and_cue_are_set_aside() {
    let c = clauses_of("Rep. Stephen Lynch (D-Mass.) said the law does not require it.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "Rep. Stephen Lynch");
    assert_eq!(c[0].2, "the law does not require it");
}

#[test]
fn a_relative_clause_apposition_may_be_long() {
    let c = clauses_of(
        "Aparna Mathur, who studies tax policy and labor issues at the American Enterprise \
         Institute, said the statement did not clarify the matter.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(c[0].1.starts_with("Aparna Mathur, who studies"), "{c:?}");
    assert_eq!(c[0].2, "the statement did not clarify the matter");
}

#[test]
fn a_second_verb_of_the_subject_is_a_cue_of_its_own() {
    let c = clauses_of(
        "Cruz greeted the delegates for their support and said he was standing on principle.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "said");
    assert!(c[0].1.starts_with("Cruz"), "{c:?}");
    assert_eq!(c[0].2, "he was standing on principle");
}

/// A sentence that opens with "And said" has no subject before its conjunction.
#[test]
fn a_conjunction_opening_the_sentence_is_no_second_verb() {
    for body in [
        "And said the plan would work.",
        "Rain fell. And said the plan would work.",
        "“Yes,” and said the plan would work.",
    ] {
        let c = clauses_of(body);
        assert!(c.iter().all(|c| !c.1.is_empty()), "{body}: {c:?}");
    }
}

/// (cue, reported part of the content) of each clause.
pub(super) fn reported_of(body: &str) -> Vec<(String, String)> {
    let paragraphs = test_paragraphs(body);
    let spans = quotes::find(body, &paragraphs);
    find(body, &paragraphs, &ParagraphTokens::default(), &spans)
        .iter()
        .map(|c| {
            let t = |s: Span| body[s.start as usize..s.end as usize].to_string();
            (t(c.cue), t(c.reported))
        })
        .collect()
}

#[test]
fn reported_speech_ends_where_the_narrator_goes_on() {
    let c = reported_of(
        "The minister said the harbour would reopen in May, although the unions disagree.",
    );
    assert_eq!(
        c,
        vec![("said".into(), "the harbour would reopen in May".into())]
    );
    let c = reported_of("Ms Okafor said the vote was fair but noted that turnout was low.");
    assert_eq!(c[0].1, "the vote was fair", "{c:?}");
}

#[test]
fn a_second_that_clause_after_a_conjunction_is_still_reported() {
    // Without "that", the narrator's clause ends the first one.
    for (body, reported) in [
        (
            "The engineer said that the bridge was safe, and that the repairs would end in May.",
            "the bridge was safe, and that the repairs would end in May",
        ),
        (
            "The engineer said that the bridge was safe, and the ferry stopped.",
            "the bridge was safe",
        ),
    ] {
        let c = reported_of(body);
        assert_eq!(c[0].1, reported, "{c:?}");
    }
}

#[test]
fn a_one_word_object_of_a_stance_verb_ends_at_an_adjunct() {
    let c = reported_of("The mayor thanked Okafor on Monday for the harbour plan.");
    assert_eq!(c[0], ("thanked".into(), "Okafor".into()), "{c:?}");
    let c = reported_of("The union backed her during the long strike vote.");
    assert_eq!(c[0], ("backed".into(), "her".into()), "{c:?}");
    // A common noun goes on: "plans in the north" is one phrase.
    let c = reported_of("The council opposed plans in the north of the city.");
    assert_eq!(c[0].1, "plans in the north of the city", "{c:?}");
}

#[test]
fn a_relative_that_after_an_object_is_not_the_content_start() {
    let c = clauses_of("The senator stressed her support for the treaty that ended the dispute.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "her support for the treaty that ended the dispute");
}

#[test]
fn an_adjunct_after_the_cue_is_no_content() {
    let c = clauses_of("The spokesman said at a briefing before the hearing in the capital.");
    assert!(c.is_empty(), "{c:?}");
    let c = clauses_of("The spokesman said on Monday the hearing would be delayed.");
    assert_eq!(c.len(), 1, "{c:?}");
}

#[test]
fn stance_verbs_take_their_object_or_infinitive() {
    let c = clauses_of("The governor refused to sign the budget bill.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "to sign the budget bill");
    // A preposition after a verb of saying opens no content.
    assert!(clauses_of("The governor said to the press corps.").is_empty());
    let c = clauses_of("The council rejected the proposal for a new stadium.");
    assert_eq!(c[0].2, "the proposal for a new stadium", "{c:?}");
}

#[test]
fn a_decimal_point_does_not_end_the_sentence() {
    let c = clauses_of("The registry office said that 98.3 percent of the forms were complete.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "98.3 percent of the forms were complete");
}

#[test]
fn according_to_in_the_middle_of_a_sentence() {
    // Parenthetical: the sentence around the phrase.
    let c =
        reported_of("The ferry service, according to the harbour master, will resume on Friday.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(
        c[0].1.starts_with("The ferry service") && c[0].1.ends_with("resume on Friday"),
        "{c:?}"
    );
    // After a short opener: what follows the phrase.
    let c = reported_of("In addition, according to the agency, fares will rise in June.");
    assert_eq!(c[0].1, "fares will rise in June", "{c:?}");
    // At the end without a comma: what precedes it.
    let c = reported_of("Turnout rose to 61 percent according to the election board.");
    assert_eq!(c[0].1, "Turnout rose to 61 percent", "{c:?}");
}

#[test]
fn a_participle_after_the_cue_leaves_the_content_before_it() {
    let c = reported_of(
        "The bridge will reopen next week, the engineer said, adding that repairs went well.",
    );
    assert_eq!(
        c[0],
        ("said".into(), "The bridge will reopen next week".into()),
        "{c:?}"
    );
}

#[test]
fn a_two_word_content_is_reported() {
    let c = clauses_of("She finished the race, just as she said she would.");
    assert!(
        c.iter().any(|c| c.0 == "said" && c.2 == "she would"),
        "{c:?}"
    );
}

#[test]
fn a_quote_in_two_apostrophes_interrupted_by_its_cue_is_one_content() {
    let c =
        reported_of("''The plan is sound,'' Ms. Roe said. ''It will pass. We have the votes.''");
    assert_eq!(c.len(), 1, "{c:?}");
    assert!(
        c[0].1.starts_with("The plan is sound") && c[0].1.ends_with("We have the votes"),
        "{c:?}"
    );
    // A long interruption: the longer part alone.
    let c = reported_of(
        "''No,'' said Ms. Roe, who has led the council of the northern district for a \
         decade. ''The plan is sound and it will pass the council next week.''",
    );
    assert_eq!(
        c[0].1, "The plan is sound and it will pass the council next week",
        "{c:?}"
    );
    // A title in two apostrophes after the cue is no second part.
    let c = reported_of("''The plan is sound,'' he said on ''Morning Report.''");
    assert_eq!(c[0].1, "The plan is sound", "{c:?}");
}

#[test]
fn a_question_in_two_apostrophes_before_its_cue_is_content() {
    let c = reported_of("''Who will pay for the bridge?'' the mayor asked.");
    assert_eq!(
        c,
        vec![("asked".into(), "Who will pay for the bridge".into())]
    );
}

#[test]
fn a_stance_verb_takes_no_content_before_it() {
    // The clause before "endorsed" is the narrator's, not the endorser's.
    let c = clauses_of("The race is tight in the north, and the union endorsed.");
    assert!(c.iter().all(|c| c.0 != "endorsed"), "{c:?}");
    let c = clauses_of("The union endorsed Cruz.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "Cruz");
    assert!(
        find_one("The union endorsed Cruz.").stance,
        "a stance verb's clause is marked"
    );
}

#[test]
fn a_stance_verb_object_ends_at_a_comma() {
    let c = reported_of("The governor, who endorsed Ms. Hale, was able to raise more money.");
    assert_eq!(c, vec![("endorsed".into(), "Ms. Hale".into())]);
}

#[test]
fn declined_takes_only_an_infinitive() {
    let c = clauses_of("The senator declined to comment on the inquiry.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "to comment on the inquiry");
    assert!(clauses_of("Sales declined sharply in the last quarter of the year.").is_empty());
}

#[test]
fn going_on_or_haste_before_to_reports_the_words() {
    // "went on to say", "was quick to say", "hastened to say": the words were said, by the
    // subject of the verb before "to".
    for (body, source) in [
        (
            "Mayor Ann Lee went on to say that the ferry would run in May.",
            "Mayor Ann Lee",
        ),
        (
            "The mayor was quick to say that the deal leaves out the harbour.",
            "The mayor",
        ),
        (
            "Tom Hale hastened to say that the plan was only a draft.",
            "Tom Hale",
        ),
    ] {
        let c = clauses_of(body);
        assert_eq!(c.len(), 1, "{body}: {c:?}");
        assert_eq!(c[0].1, source, "{body}");
        assert!(c[0].2.starts_with("the "), "{body}: {c:?}");
    }
    // A topic after the verb is no report of words; a refusal still takes its infinitive
    // as before.
    assert!(clauses_of("Mayor Ann Lee went on to discuss the ferry timetable.").is_empty());
}

#[test]
fn a_content_before_its_cue_is_not_cut() {
    let c = reported_of(
        "The bus was meant to stop at the school, but the driver took another road, a parent said.",
    );
    assert_eq!(
        c,
        vec![(
            "said".into(),
            "The bus was meant to stop at the school, but the driver took another road".into()
        )]
    );
}

#[test]
fn seems_takes_only_an_infinitive() {
    let c = clauses_of("The governor seems to favour a later start for the session.");
    assert_eq!(c.len(), 1, "{c:?}");
    // Raised: the subject with its infinitive, and no source.
    assert_eq!(
        c[0].2,
        "The governor seems to favour a later start for the session"
    );
    assert_eq!(c[0].1, "");
    assert!(clauses_of("The painter appears alongside her two brothers in the film.").is_empty());
}

#[test]
fn stance_verbs_of_the_second_round_are_cues() {
    let c = reported_of("The union backed a shorter week for its members.");
    assert_eq!(
        c,
        vec![("backed".into(), "a shorter week for its members".into())]
    );
    let c = clauses_of("The minister sees the new tax as a mistake for small firms.");
    assert_eq!(c.len(), 1, "{c:?}");
}

fn find_one(body: &str) -> Clause {
    let paragraphs = test_paragraphs(body);
    let spans = quotes::find(body, &paragraphs);
    find(body, &paragraphs, &ParagraphTokens::default(), &spans)[0]
}

mod asides;
mod fast;
mod shapes;
mod unlisted;

/// ", falsely suggesting …": an adverb between the comma and the participle leaves it on
/// the sentence's subject, not the last noun before the comma.
#[test]
fn a_participle_after_a_comma_and_an_adverb_hangs_on_the_sentence() {
    let c = clauses_of(
        "Ann Lee has raised doubts about the board and the levy, falsely suggesting that the mayor was paid.",
    );
    let p = c.iter().find(|c| c.0 == "suggesting").expect("suggesting");
    assert!(p.1.starts_with("Ann Lee"), "{c:?}");
    assert_eq!(p.2, "the mayor was paid");
}

#[test]
fn both_after_the_subject_is_no_part_of_it() {
    let c = clauses_of("Ann Lee and Tom Ortiz both said the pier was unsafe.");
    assert_eq!(c[0].1, "Ann Lee and Tom Ortiz");
    let c = clauses_of("The two trustees — rivals for a decade — both said the pier was unsafe.");
    assert_eq!(c[0].1, "The two trustees");
    // "Both" opening the clause is its subject.
    let c = clauses_of("The trustees met on Monday, and both said the pier was unsafe.");
    assert_eq!(c[0].1, "both");
}

#[test]
fn a_gerund_after_a_verb_of_starting_has_that_verbs_subject() {
    let c =
        clauses_of("Ann Lee, the port's former budget chief, began writing columns on the levy.");
    assert_eq!(c[0].1, "Ann Lee, the port's former budget chief,");
    let c = clauses_of("The harbour trustees kept saying the pier was safe.");
    assert_eq!(c[0].1, "The harbour trustees");
}

#[test]
fn a_verb_of_thought_takes_a_name_with_its_apposition() {
    let c = clauses_of("Bobby Lane, the head of the dock union, thinks the strike will end soon.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "Bobby Lane, the head of the dock union,");
    assert_eq!(c[0].2, "the strike will end soon");
    let c = clauses_of("Dock workers, who struck in May, believe the pier will reopen.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "the pier will reopen");
    // No apposition before the comma: no subject.
    assert!(clauses_of("The mayor really, really wants the pool to stay open.").is_empty());
}

#[test]
fn words_between_commas_before_a_closing_inverted_source_end_the_content() {
    // "…, at least for some, argues X.": the comma-set words before a verb of speech whose
    // source follows it and closes the sentence are the content's end, not an aside
    // between a subject and its verb.
    let c = clauses_of(
        "Ferries are becoming a central part of daily life in the city, at least for some, argues transport writer Ann Lee.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "transport writer Ann Lee");
    assert!(c[0].2.starts_with("Ferries are becoming"), "{c:?}");
    let c = clauses_of(
        "The use of the old pier is still low, at just two boats a week, said the harbour board.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "the harbour board");
}

#[test]
fn what_it_feels_like_is_nobodys_view() {
    let c = clauses_of("I remember the final, because it felt like a very long night for me.");
    assert!(c.iter().all(|(cue, _, _)| cue != "felt"), "{c:?}");
    // A person's feeling is still a view of theirs.
    let c = clauses_of("The captain felt the crew had done well.");
    assert!(c.iter().any(|(cue, _, _)| cue == "felt"), "{c:?}");
}
