//! Tests of clause shapes beyond a cue after its subject: cues between commas, colon lines,
//! raising verbs, nouns of speech, quotations around their cue, gaps between words.

use super::*;

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
fn a_described_name_after_an_inverted_cue_is_its_source() {
    // A lower-case description before the name: the name is the source, not the content.
    let c = only_clause("The fund for the fair is $2 million short, said former mayor Tom Reyes.");
    assert_eq!(c.1, "former mayor Tom Reyes");
    assert_eq!(c.2, "The fund for the fair is $2 million short");
    let c = only_clause("Even Canada has more reach through its films, says historian Ann Ortiz.");
    assert_eq!(c.1, "historian Ann Ortiz");
    // A quantifier opens an inverted source too.
    let c = only_clause("The ferry may not be such a bad idea, say several farmers in the valley.");
    assert_eq!(c.1, "several farmers in the valley");
    // A clause after the cue stays its content.
    let c = only_clause("Asked about it, Lee said many voters in Ohio were angry.");
    assert_eq!(c.2, "many voters in Ohio were angry");
}

#[test]
fn an_inverted_source_with_a_relative_clause_or_a_place() {
    // A relative clause after the source describes it: the content is before the cue.
    let c = only_clause(
        "Holding the river line is squarely within the mayor's reach, said a handful of farmers who point to his ties with the ferry crews.",
    );
    assert_eq!(c.1, "a handful of farmers");
    assert_eq!(
        c.2,
        "Holding the river line is squarely within the mayor's reach"
    );
    let c = only_clause("The levy will pass, said several farmers who lost their barns.");
    assert_eq!(c.1, "several farmers");
    // Not a relative clause set off by a comma, nor the hearer of a verb of telling.
    let c = clauses_of(
        "The board sacked Lee, said the clerk who replaced him and ran the vote, Ann Ortiz, should go.",
    );
    assert!(c.iter().all(|c| c.1 != "the clerk"), "{c:?}");
    let c = clauses_of("“We are friends,” Jim Lund told a voter who looked puzzled by the pair.");
    assert!(c.iter().all(|c| c.1 == "Jim Lund"), "{c:?}");
    // A described name with the place it is from.
    let c = only_clause(
        "Even Canada has more reach through its films, says historian Ann Ortiz in Madrid.",
    );
    assert_eq!(c.1, "historian Ann Ortiz in Madrid");
    assert_eq!(c.2, "Even Canada has more reach through its films");
}

#[test]
fn an_outlet_name_ending_in_news_or_press_is_a_subject() {
    let c = only_clause("The Harbour Press reported that the ferry had lost two boats.");
    assert_eq!(c.1, "The Harbour Press");
    assert_eq!(c.2, "the ferry had lost two boats");
    let c = only_clause("On Monday, Valley News said the mayor would resign in May.");
    assert_eq!(c.2, "the mayor would resign in May");
    // A lower-case "press" or "news" before a cue word still makes it a noun.
    let c = clauses_of("The press reports on the ferry were thin.");
    assert!(c.is_empty(), "{c:?}");
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
    // Only when it was said after the cue: no content there.
    assert!(clauses_of("The harbour office said this week.").is_empty());
    assert!(clauses_of("It was a ferry plan announced earlier this year.").is_empty());
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

#[test]
fn many_or_some_opening_a_clause_is_its_subject() {
    let c = clauses_of("Some said the ferry levy was unfair to islanders.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "Some");
    assert_eq!(c[0].2, "the ferry levy was unfair to islanders");
    let c = clauses_of("The port kept a toll that many believe hurts the fishing fleet.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "many");
    let c = reported_of("The levy on boats, many argue, is too high for the island.");
    assert_eq!(c.len(), 1, "{c:?}");
    // A noun after the quantity word stays a noun: "some claims", "many remarks".
    assert!(clauses_of("The mayor made some claims about the harbour toll.").is_empty());
    assert!(clauses_of("Lee made many remarks about the harbour toll.").is_empty());
}

#[test]
fn a_lone_yes_or_no_is_what_was_said() {
    let said = |body: &str| {
        clauses_of(body)
            .into_iter()
            .filter(|c| c.0 == "said")
            .map(|c| (c.1, c.2))
            .collect::<Vec<_>>()
    };
    let c = said("Most islanders said yes, but the crews did not.");
    assert_eq!(c, vec![("Most islanders".into(), "yes".into())]);
    let c = said("Asked whether she would run again, the mayor said no.");
    assert_eq!(c.last().map(|c| c.1.as_str()), Some("no"), "{c:?}");
    // "no" opening a longer content is no answer: "said no ferry would run".
    let c = reported_of("The harbour master said no ferry would run on Sunday.");
    assert_eq!(c[0].1, "no ferry would run on Sunday", "{c:?}");
}

#[test]
fn a_noun_form_after_a_possessive_with_its_own_verb_is_a_noun() {
    let no_verb = |body: &str| clauses_of(body).iter().all(|c| c.0 != "comments");
    assert!(no_verb(
        "Lee's comments came as the ferry crews went on strike."
    ));
    assert!(no_verb(
        "Lee’s comments were part of a long quarrel with the board."
    ));
    assert!(no_verb(
        "Lee's comments, which came at a harbour meeting, drew boos."
    ));
    // An irregular past as the noun's verb.
    assert!(no_verb("Lee's comments drew boos from the ferry crews."));
    // A name before the verb still speaks: "Lee comments that …".
    let c = clauses_of("Ortiz comments that the levy is unfair to islanders.");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].2, "the levy is unfair to islanders");
}

#[test]
fn sixth_round_stance_verbs_report_their_object() {
    let object = |body: &str, cue: &str| {
        clauses_of(body)
            .into_iter()
            .find(|c| c.0 == cue)
            .map(|c| c.2)
    };
    let c = object(
        "The ferry union challenged the harbour board's new levy.",
        "challenged",
    );
    assert_eq!(c.as_deref(), Some("the harbour board's new levy"));
    let c = object("Ortiz rejects the idea of a second ferry route.", "rejects");
    assert_eq!(c.as_deref(), Some("the idea of a second ferry route"));
    let c = object(
        "The mayor was blasting the board for its delays.",
        "blasting",
    );
    assert!(c.is_some_and(|c| c.starts_with("the board")));
}

#[test]
fn seventh_round_stance_verbs_report_their_object() {
    let object = |body: &str, cue: &str| {
        clauses_of(body)
            .into_iter()
            .find(|c| c.0 == cue)
            .map(|c| (c.1, c.2))
    };
    let c = object(
        "The mayor is thanking the volunteers for their work on the harbour.",
        "thanking",
    );
    assert_eq!(
        c,
        Some((
            "The mayor".into(),
            "the volunteers for their work on the harbour".into()
        ))
    );
    let c = object(
        "The union retweeted a post about the ferry strike.",
        "retweeted",
    );
    assert_eq!(
        c.map(|c| c.1).as_deref(),
        Some("a post about the ferry strike")
    );
}

#[test]
fn eighth_round_cues_report_their_content() {
    let content = |body: &str, cue: &str| {
        clauses_of(body)
            .into_iter()
            .find(|c| c.0 == cue)
            .map(|c| c.2)
    };
    let c = content(
        "Ortiz was alluding to the harbour board's long delays.",
        "alluding",
    );
    assert_eq!(c.as_deref(), Some("to the harbour board's long delays"));
    let c = content("Ortiz was adamant that the levy would stay.", "adamant");
    assert_eq!(c.as_deref(), Some("the levy would stay"));
}

#[test]
fn ninth_round_stance_verbs_report_their_object() {
    let c = clauses_of("Ortiz was trumpeting the new ferry schedule at every stop.");
    assert!(
        c.iter().any(|c| c.0 == "trumpeting"
            && c.1 == "Ortiz"
            && c.2.starts_with("the new ferry schedule")),
        "{c:?}"
    );
    let c = clauses_of("The council embraced the harbour plan on Monday.");
    assert!(
        c.iter().any(|c| c.0 == "embraced"
            && c.1 == "The council"
            && c.2.starts_with("the harbour plan")),
        "{c:?}"
    );
}

#[test]
fn tenth_round_stance_verbs_report_their_object() {
    let c = clauses_of("Ortiz pegs the cost of the new ferry at ten million.");
    assert!(
        c.iter().any(|c| c.0 == "pegs"
            && c.1 == "Ortiz"
            && c.2.starts_with("the cost of the new ferry")),
        "{c:?}"
    );
}

#[test]
fn a_heading_in_capitals_and_a_dash_before_a_colon_line_names_its_source() {
    let c = clauses_of(
        "HARBOUR VOTERS SWING LEFT - Ann Lee: “Our survey of harbour towns finds that twenty seats now lean left.”",
    );
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "Ann Lee");
    // A colon line whose content opens with a quotation mark.
    let c = clauses_of("Ortiz: “The ferry will sail again next week.”");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].1, "Ortiz");
}
