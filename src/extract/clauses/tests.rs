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

#[test]
fn a_cue_between_commas_reports_the_sentence_around_it() {
    let c = clauses_of(
        "Raising the toll too soon, a panel of economists says, would slow the recovery.",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "a panel of economists");
    assert_eq!(
        c[0].2,
        "Raising the toll too soon, a panel of economists says, would slow the recovery"
    );
    // A participle after the cue's comma leaves the content before it.
    let c =
        reported_of("The bridge will reopen, the engineer said, adding that repairs went well.");
    assert_eq!(c[0].1, "The bridge will reopen", "{c:?}");
}

#[test]
fn a_name_and_a_colon_open_a_reported_line() {
    let c = clauses_of("Mayor Ortiz: Harbour will reopen in May.");
    assert_eq!(
        c,
        vec![(
            ":".into(),
            "Mayor Ortiz".into(),
            "Harbour will reopen in May".into()
        )]
    );
    // A transcript's turn runs to the paragraph's end.
    let c = clauses_of("OKAFOR: We will not wait. Nobody should.");
    assert_eq!(c[0].2, "We will not wait. Nobody should", "{c:?}");
    // Labels and lower-case phrases name no source.
    assert!(clauses_of("The Latest: Harbour will reopen in May.").is_empty());
    assert!(clauses_of("Editor's note: Harbour will reopen in May.").is_empty());
    assert!(clauses_of("Still to come: the harbour vote and the budget.").is_empty());
    // The article's first line may name its source in a phrase with lower-case words,
    // before a capitalised content; a later line may not.
    let c = clauses_of("Ferry union at harbour meeting: Strike will go ahead.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "Ferry union at harbour meeting");
    assert_eq!(c[0].2, "Strike will go ahead");
    let c = clauses_of("Harbour news.\nFerry union at harbour meeting: Strike will go ahead.");
    assert!(c.is_empty(), "{c:?}");
    // Not a phrase with a verb, a conjunction or a comma.
    assert!(clauses_of("Spring is back: Ferries sail again.").is_empty());
    assert!(clauses_of("Lee and the union: A long quarrel.").is_empty());
    let c = clauses_of("Oh, harbour days: Ortiz resigns.");
    assert!(c.iter().all(|c| c.0 != ":"), "{c:?}");
}

#[test]
fn a_capitalised_cue_in_a_title_case_headline_is_a_cue() {
    let c = clauses_of("Harbour Master Says Ferry Will Resume In May");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "Says");
    assert_eq!(c[0].1, "Harbour Master");
    assert_eq!(c[0].2, "Ferry Will Resume In May");
    // In running text a capitalised cue word is a name.
    assert!(clauses_of("The harbour master met Claims Director Jo Reyes on Monday.").is_empty());
}

#[test]
fn a_question_put_by_nobody_named_has_no_source() {
    let c = clauses_of("Asked whether the harbour would reopen, the mayor said it would.");
    let asked = c
        .iter()
        .find(|c| c.0 == "Asked")
        .expect("a clause of 'Asked'");
    assert_eq!(asked.1, "", "{c:?}");
    assert_eq!(asked.2, "whether the harbour would reopen");
    let c = clauses_of("The mayor was asked about the harbour vote on Monday.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "about the harbour vote on Monday");
    // "asked" with its subject before it is a cue of that subject.
    let c = clauses_of("The mayor asked whether the harbour would reopen.");
    assert_eq!(c[0].1, "The mayor", "{c:?}");
}

#[test]
fn a_raising_verb_reports_its_subject_and_infinitive_with_no_source() {
    let c = clauses_of("The county board seemed to favour the new budget plan.");
    assert_eq!(
        c,
        vec![(
            "seemed".into(),
            String::new(),
            "The county board seemed to favour the new budget plan".into()
        )]
    );
    let c = clauses_of("The council is widely expected to approve the levy next week.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].0, "expected");
    assert_eq!(c[0].1, "");
    assert_eq!(
        c[0].2,
        "The council is widely expected to approve the levy next week"
    );
    let c = clauses_of("They set a date for the vote, which is expected to come in March.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "which is expected to come in March");
}

#[test]
fn a_cognition_verb_raises_only_in_the_passive() {
    // "she expected to win": her own expectation, a cognition cue with a source.
    let c = clauses_of("The mayor expected to win the runoff by a wide margin.");
    assert!(c.iter().all(|c| !c.1.is_empty()), "{c:?}");
    // "is likely to appear": an infinitive of its own, no raising.
    let c = clauses_of("The treasurer is likely to appear before the panel on Monday.");
    assert!(c.is_empty(), "{c:?}");
}

#[test]
fn a_phrase_of_time_before_an_inverted_cue_is_no_content() {
    let c = clauses_of("In late March, warned the harbour master, a storm would close the port.");
    assert!(c.iter().all(|c| c.2 != "In late March"), "{c:?}");
    let c = clauses_of("The port will close for a week, warned the harbour master.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "The port will close for a week");
}

#[test]
fn what_is_called_for_is_the_content() {
    let c = clauses_of("The union called for a pay rise for nurses.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "a pay rise for nurses");
}

/// The one clause of `body`: (cue, source, content).
fn only_clause(body: &str) -> (String, String, String) {
    let mut c = clauses_of(body);
    assert_eq!(c.len(), 1, "{c:?}");
    c.remove(0)
}

#[test]
fn fourth_round_cues_report_their_content() {
    // Stance: the object or infinitive.
    let c = only_clause("The harbour board favors a toll on late ferries.");
    assert_eq!(c.2, "a toll on late ferries");
    let c = only_clause("The growers threaten to pull out of the market fair.");
    assert_eq!(c.2, "to pull out of the market fair");
    // Cognition and report: the clause after the cue.
    let c = only_clause("Most rowers agree the new course is too short.");
    assert_eq!(
        (c.1.as_str(), c.2.as_str()),
        ("Most rowers", "the new course is too short")
    );
    let c = only_clause("The club treasurer emailed that the dues would rise in May.");
    assert_eq!(c.2, "the dues would rise in May");
}

#[test]
fn an_opening_quotation_before_the_subject_is_the_content() {
    // The words after the cue are the narrator's: where it was said.
    let c = only_clause(
        "''The ferry is late again, as usual,'' Mr. Hale said at the pier where the boats wait.",
    );
    assert_eq!(
        (c.1.as_str(), c.2.as_str()),
        ("Mr. Hale", "The ferry is late again, as usual")
    );
    // "that" opens a clause of its own after the cue.
    let c = only_clause("''We tried,'' Ms. Lund said on Friday that the fund had run dry.");
    assert_eq!(c.2, "the fund had run dry");
    // A quotation inside a phrase before the subject is not what the cue reports.
    let c = clauses_of("Mocking the \"grand plan,\" the mayor accused the board of wasting money.");
    assert!(c.iter().all(|c| c.2 != "grand plan"), "{c:?}");
}

#[test]
fn an_interrupted_quotation_is_not_cut_at_the_cue() {
    let c = clauses_of("“The ferry is late,” Mr. Hale said, “and the pier is shut.”");
    assert!(c.iter().all(|c| c.2 != "The ferry is late"), "{c:?}");
}

#[test]
fn a_gerund_phrase_is_no_source_of_a_stance_verb() {
    let c =
        clauses_of("Engineers said that building the new bridge would threaten the harbour wall.");
    assert!(c.iter().all(|c| c.0 != "threaten"), "{c:?}");
    assert!(c.iter().any(|c| c.0 == "said"), "{c:?}");
    // A name before the same verb is its source.
    let c = clauses_of("The harbour board would threaten to close the old wall.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "The harbour board");
}

#[test]
fn a_noun_of_speech_reports_the_phrase_after_its_opening_word() {
    let c = clauses_of("Their strong criticism of the levy has surprised the council.");
    assert_eq!(
        c,
        vec![("criticism of".into(), "Their".into(), "the levy".into())]
    );
    let c = clauses_of("Mayor Ann Lee's criticism of the budget has grown louder.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        (c[0].1.as_str(), c[0].2.as_str()),
        ("Mayor Ann Lee", "the budget")
    );
    // Nobody named before the noun: no source.
    let c = clauses_of("The belief that rents will fall is common among tenants.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        (c[0].1.as_str(), c[0].2.as_str()),
        ("", "rents will fall is common among tenants")
    );
    // A noun with another opening word is no cue.
    assert!(clauses_of("Their criticism in the press grew last week.").is_empty());
}

#[test]
fn the_subject_of_a_verb_of_saying_is_the_source_of_its_noun() {
    let c = clauses_of("The union has raised fresh criticism of the merger in a letter.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(
        (c[0].0.as_str(), c[0].1.as_str(), c[0].2.as_str()),
        ("criticism of", "The union", "the merger")
    );
    // A verb that says nothing of the subject's own words: no source.
    let c = clauses_of("The union faced fresh criticism of the merger in a letter.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "");
}

#[test]
fn only_words_that_open_a_clause_are_read_and_a_colon_line_still_is() {
    // No cue word: no clause, whatever else the paragraph holds.
    assert!(clauses_of("The ferry left the harbour at noon. Nobody was on board.").is_empty());
    assert!(clauses_of("The harbour, the ferry and the pier: all closed for the week.").is_empty());
    // A colon line has no cue word, and is still read.
    let c = clauses_of("Ortiz: The ferry will sail again next week.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "Ortiz");
    // Cue words among many others, in the second sentence, each found.
    let c = clauses_of(
        "The ferry left the harbour at noon. The captain said the crossing was calm, \
         according to the harbour master.",
    );
    assert_eq!(c.len(), 2, "{c:?}");
    assert_eq!(c[0].0, "said");
    assert_eq!(c[1].0, "according to");
}

#[test]
fn a_stance_verb_object_goes_on_through_with_and_over() {
    let c = reported_of("The council proposed a new berth levy with a cap for small boats.");
    assert_eq!(
        c[0].1, "a new berth levy with a cap for small boats",
        "{c:?}"
    );
    let c = reported_of("The union opposed the harbour plan over its cost.");
    assert_eq!(c[0].1, "the harbour plan over its cost", "{c:?}");
    // Other adjuncts still end it ("in a letter" goes on: `Words::on_topic`).
    let c = reported_of("The union endorsed the mayor at a rally on Monday.");
    assert_eq!(c[0].1, "the mayor", "{c:?}");
}

#[test]
fn a_hearer_and_a_day_after_told_leave_the_content_before() {
    for body in [
        "The ferry will resume in May, the harbour master told a council panel Wednesday.",
        "The ferry will resume in May, Dana Reyes told the Courier earlier this week.",
    ] {
        let c = clauses_of(body);
        assert_eq!(c.len(), 1, "{body}: {c:?}");
        assert_eq!(c[0].2, "The ferry will resume in May", "{body}");
    }
    // An object of telling is still its content.
    let c = clauses_of("The harbour master told a long story about the old pier.");
    assert_eq!(c[0].2, "a long story about the old pier", "{c:?}");
}

/// The one-space test between two words agrees with the gap's text.
#[test]
fn a_gap_of_one_space_is_told_as_the_text_says() {
    let body = "He said  it was; then , X\u{a0}Y \t Z’s “quoted” x-y went up. Done!";
    let toks = crate::extract::tokens::tokenize(body, 0, body.len());
    let words = Words::new(body, 0, &toks, &[], Buffers::default());
    let mut spaces = 0;
    for i in 1..toks.len() {
        assert_eq!(words.one_space_before(i), words.gap(i) == " ", "{i}");
        spaces += usize::from(words.gap(i) == " ");
    }
    assert!(spaces >= 3 && spaces + 3 < toks.len());
}
