//! Reported speech as indirect quotes, and quoted fragments inside it, each with sentences of
//! our own.

use super::*;

#[test]
fn reported_speech_is_an_indirect_quote_with_its_cue() {
    assert_eq!(
        reported("Mayor Ann Ortiz said on Tuesday that the city would appeal the ruling."),
        [(
            "the city would appeal the ruling".to_string(),
            some("Ann Ortiz"),
            "said".to_string()
        )]
    );
    // The cue after its content: "…, the mayor said."
    let r = reported("Paul Reed spoke first. The city will appeal the ruling, Reed said.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "The city will appeal the ruling");
    assert_eq!(r[0].1, some("Paul Reed"));
    // "according to X" and a hearer after "told".
    let r = reported("The plant will close in March, according to a spokesman for Acme Corp.");
    assert_eq!(r[0].0, "The plant will close in March");
    assert_eq!(r[0].1, some("a spokesman for Acme Corp."));
    let r = reported("Senator Bo Lee told reporters the bill had enough votes to pass.");
    assert_eq!(r[0].0, "the bill had enough votes to pass");
    assert_eq!(r[0].2, "told");
}

#[test]
fn quoted_content_and_short_clauses_are_not_indirect() {
    // Content with quotation marks is a marked quote, not reported speech.
    assert!(reported("Mayor Ann Ortiz said the ruling was \"deeply flawed\" today.").is_empty());
    // Too short to be a clause.
    assert!(reported("Ann Ortiz said so.").is_empty());
    // Passives and infinitives are no cues: "was said to", "declined to say".
    assert!(reported("The house was said to be haunted by its owners.").is_empty());
    // ("declined" is a verb of stance: its infinitive is its content.)
    let r = reported("The minister declined to say whether the plan would go ahead.");
    assert!(r.iter().all(|r| r.2 != "say"), "{r:?}");
}

#[test]
fn a_quoted_fragment_in_reported_speech_takes_its_source() {
    let q = attributed("Cruz called Trump a \"pathological liar\" who is \"utterly amoral.\"");
    assert_eq!(q[0].1, some("Cruz"));
    assert_eq!(q[0].2, QuoteKind::Partial);
    let q = attributed(
        "Senate Majority Leader Mitch McConnell, R-Ky., said the bill would \"sow discord\" in the chamber.",
    );
    assert_eq!(q[0].1, some("Mitch McConnell"));
}

#[test]
fn a_question_put_by_nobody_named_is_reported_speech_without_a_speaker() {
    let r = reported("Asked whether the harbour would reopen, Mayor Ann Ortiz said it would.");
    let q = r
        .iter()
        .find(|r| r.2 == "Asked")
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(q.0, "whether the harbour would reopen");
    assert_eq!(q.1, None);
}

#[test]
fn a_persons_campaign_is_kept_as_written() {
    let r = reported(
        "Mayor Ann Ortiz spoke to voters on Monday.\n\
         Ortiz's campaign said it would appeal the ruling within a week.",
    );
    assert_eq!(r[0].0, "it would appeal the ruling within a week");
    assert_eq!(r[0].1, some("Ortiz's campaign"));
    // The person herself is still the person.
    let r = reported("Mayor Ann Ortiz said on Monday that she would appeal the ruling.");
    assert_eq!(r[0].1, some("Ann Ortiz"));
}

/// "But Republicans said …": a conjunction opening the sentence is no part of a source kept
/// as written.
#[test]
fn a_leading_conjunction_is_not_part_of_a_source_as_written() {
    let r = reported(
        "The mayor backed the plan on Monday. But Republicans said the new road would cut \
         the town in two.",
    );
    let road = r.iter().find(|r| r.0.contains("new road")).expect("{r:?}");
    assert_eq!(road.1, some("Republicans"), "{r:?}");
}

/// "…his rival, whom he called a fraud": the "he" ending a source is its subject, whom
/// the indirect quote's speaker is. (Not inside a content of "said": reported speech
/// inside another's content is left out.)
#[test]
fn a_source_ending_in_he_gives_his_indirect_quote() {
    let r = reported(
        "Peter Lund said on Friday that the town needs a new mayor. This week he has begun \
         to expose Carl Meyer, whom he called a fraud and a liar.",
    );
    let fraud = r
        .iter()
        .find(|r| r.0 == "a fraud and a liar")
        .expect("{r:?}");
    assert_eq!(fraud.1, some("Peter Lund"), "{r:?}");
}

/// The speaker of the indirect quote whose cue is `cue`.
fn spoken_by(body: &str, cue: &str) -> Option<String> {
    let r = reported(body);
    let q = r.iter().find(|r| r.2 == cue);
    q.unwrap_or_else(|| panic!("{r:?}")).1.clone()
}

#[test]
fn an_apposition_found_as_the_source_speaks_for_the_name_before_it() {
    let body = "The vote was close. Dana Whitlow, a former clerk of the county board, said the count was wrong.";
    assert_eq!(spoken_by(body, "said"), some("Dana Whitlow"));
}

#[test]
fn a_relative_clause_source_speaks_for_its_antecedent() {
    let body = "The vote was close. Dana Whitlow, a county clerk who is part of the recount drive, said the count was wrong.";
    assert_eq!(spoken_by(body, "said"), some("Dana Whitlow"));
}

#[test]
fn the_subject_after_an_adverbial_speaks() {
    let body = "Mayor Ann Ortiz spoke first. If the harbour floods again, local fishermen say the town will suffer.";
    assert_eq!(spoken_by(body, "say"), some("local fishermen"));
}

#[test]
fn a_time_after_the_cue_is_no_source() {
    let body = "The harbour was closed. The city's spokeswoman, Dana Whitlow, said on Tuesday that the harbour would reopen.";
    assert_eq!(spoken_by(body, "said"), some("Dana Whitlow"));
}

#[test]
fn a_group_named_after_someone_is_kept_as_written() {
    // A plural head of people after a name: the group, not the person it belongs to.
    let r = reported(
        "Senator Ann Okafor toured the harbour. Okafor's closest confidants in the county \
         insisted the levy would pass.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, some("Okafor's closest confidants in the county"));
    let r = reported(
        "Senator Ann Okafor toured the harbour. Some Okafor associates said the levy would \
         pass.",
    );
    assert_eq!(r[0].1, some("Some Okafor associates"));
    // The person herself stays herself.
    let r = reported("Senator Ann Okafor toured the harbour. Okafor said the levy would pass.");
    assert_eq!(r[0].1, some("Ann Okafor"));
}

#[test]
fn someones_group_after_according_to_is_kept_as_written() {
    let r = reported(
        "Senator Ann Okafor toured the harbour. The levy will pass in March, according to \
         Ms. Okafor's campaign.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, some("Ms. Okafor's campaign"));
}

#[test]
fn even_and_only_are_no_part_of_a_description() {
    let r = reported("Even the organiser of the harbour festival said the levy would pass.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, some("the organiser of the harbour festival"));
}

#[test]
fn an_aside_between_commas_before_the_cue_is_set_aside() {
    // An adverb, a preposition's phrase or a clause of "when" between the subject and
    // its cue is no part of the source.
    let r = reported("Mayor Ann Ortiz, meanwhile, said the harbour would reopen in May.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "the harbour would reopen in May");
    assert_eq!(r[0].1, some("Ann Ortiz"));
    let r = reported(
        "The Harbour Board, in a letter sent to every boat owner, said fees would double.",
    );
    assert_eq!(r[0].0, "fees would double");
    assert_eq!(r[0].1, some("Harbour Board"));
    let r = reported("Ortiz's office, when reached by the Gazette, said the mayor was away.");
    assert_eq!(r[0].1, some("Ortiz's office"));
    // An apposition still goes with the name.
    let r = reported("Paul Reed, a ferry captain, said the crossing was safe.");
    assert_eq!(r[0].1, some("Paul Reed"));
}

#[test]
fn the_words_after_a_verb_of_telling_are_its_hearer_not_its_source() {
    // Quotation marks of two apostrophes are no quote: the content before the source is
    // reported speech, and the subject with its long apposition is its source.
    let r = reported(
        "''We have no plan for the harbour,'' Paul Reed, the former harbour master and a \
         candidate for the council, told Channel 4.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].0, "We have no plan for the harbour");
    assert_eq!(r[0].1, some("Paul Reed"));
    // An adjunct after the cue ("wrote on Twitter") is no source either.
    let r = reported(
        "''The ferry will run on time every day,'' the board's spokesman, Tom Brandt, wrote \
         on Twitter.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, some("Tom Brandt"));
}

#[test]
fn a_phrase_of_time_between_subject_and_cue_is_no_source() {
    let r =
        reported("Rep. Ann Ortiz (D-Calif.) last month joked that the harbour would never reopen.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, some("Ann Ortiz"));
    let r = reported(
        "Sen. Paul Reed (I-Vt.) on Saturday criticized the accord adopted after two weeks of talks.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, some("Paul Reed"));
    let r = reported("Chairman Tom Brandt earlier in the day said the panel had made progress.");
    assert_eq!(r[0].1, some("Tom Brandt"));
}

#[test]
fn a_second_verb_shares_the_subject_of_the_outer_clause() {
    // The clause inside the first one's content ("Ortiz promised …") is not whose verb
    // "and said" or ", arguing" goes on.
    let r = reported(
        "Paul Reed says Ortiz promised to keep supporting the ferry and said she would stand \
         up to the attacks.",
    );
    let q = r
        .iter()
        .find(|r| r.2 == "said")
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(q.1, some("Paul Reed"));
    let r = reported(
        "Sen. Ann Ortiz (R-Ga.) said he didn't believe those attacks did Reed any harm, \
         arguing that divisions in the party were a bigger hurdle.",
    );
    let q = r
        .iter()
        .find(|r| r.2 == "arguing")
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(q.1, some("Ann Ortiz"));
}

#[test]
fn a_long_relative_clause_after_the_subject_is_set_aside() {
    let r = reported(
        "Mrs. Ortiz, who stayed in the primary contest against Paul Reed until June despite \
         his large lead and calls from the party for her to bow out, has said she will not \
         ask Reed to withdraw.",
    );
    let q = r
        .iter()
        .find(|r| r.2 == "said")
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(q.0, "she will not ask Reed to withdraw");
    assert_eq!(q.1, some("Ortiz"));
}

#[test]
fn a_relative_clause_ending_in_a_place_and_a_time_keeps_its_antecedent() {
    // The comma before "in June 2014" closes the relative clause: no aside, and no place
    // inside it speaks.
    let r = reported(
        "Ann Ortiz, who lost her farm near Marion, Ohio, in June 2014, said the levy would \
         ruin the valley.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, some("Ann Ortiz"));
    // An aside after the subject itself is still set aside.
    let r = reported("The harbour board, in a statement, said the ferry would run again.");
    assert_eq!(r[0].1, some("The harbour board"));
}

#[test]
fn a_party_and_state_after_a_name_belong_to_it() {
    let r =
        reported("Sen. Bo Lindqvist, R-Ohio, a former rancher, said the levy would hurt farmers.");
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, some("Bo Lindqvist"));
    let r = reported("Rep. Ann Ortiz, D-N.Y., a former teacher, said the budget was too small.");
    assert_eq!(r[0].1, some("Ann Ortiz"));
}

#[test]
fn a_source_kept_as_written_leaves_out_its_relative_clause_and_adverb() {
    let r = reported(
        "The Valley Tracking Poll, which tracks the race every week, showed that support \
         was falling.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, some("The Valley Tracking Poll"));
    let r = reported("Democrats, historically, have argued that the levy is unfair.");
    assert_eq!(r[0].1, some("Democrats"));
}

#[test]
fn a_long_apposition_holding_two_roles_keeps_its_name() {
    let r = reported(
        "Tom Reyes, a former trade minister and a deputy prime minister under Mr. Lund, said \
         the deal had collapsed.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, some("Tom Reyes"));
}

/// "…, but on Friday he announced he would …", "the only regret she admitted was …": a
/// source of more words ending in "he" or "she" that read as no noun phrase is the
/// pronoun's, as it is before a marked quote.
#[test]
fn a_source_ending_in_a_pronoun_after_other_words_is_the_pronouns() {
    let body = "Senator Tom Reyes voted for the levy in 2009. Reyes long defended his vote, but \
                on Friday he announced he would back a repeal of the levy.";
    assert_eq!(spoken_by(body, "announced"), some("Tom Reyes"));
    let body = "Mayor Ann Walker spoke in Dover on Monday. Although in May she said the ferry \
                plan was a mistake, the city kept it.";
    assert_eq!(spoken_by(body, "said"), some("Ann Walker"));
}

/// "… in Washington D.C. He recalled …": a dotted abbreviation's stop before a capitalised
/// pronoun ends the sentence, so the pronoun opens the next one and is its subject.
#[test]
fn a_pronoun_after_a_dotted_abbreviation_opens_a_sentence() {
    let body = "Senator Tom Reyes spoke at a breakfast for farmers in Washington D.C. He \
                recalled that the levy had begun in the valley.";
    assert_eq!(spoken_by(body, "recalled"), some("Tom Reyes"));
}

/// "Ann Ortiz of Ohio, a Reyes supporter, said": where the first person is from comes
/// before the apposition, and they are the subject, not the name inside it.
#[test]
fn a_name_and_where_they_are_from_before_an_apposition_is_the_subject() {
    let body = "Tom Reyes won the vote. Rep. Ann Ortiz of Ohio, a Reyes supporter, said it \
                will help the town.";
    assert_eq!(spoken_by(body, "said"), some("Ann Ortiz"));
}

/// "Name, the head of X, a group that has sued …, said": the "that" clause after the
/// apposition is set aside, and the name before the first apposition is the subject.
#[test]
fn a_that_clause_after_an_apposition_speaks_for_the_name_before_it() {
    let body = "The case went on. Tom Baker, the president of Harbour Watch, a civic group \
                that has sued to obtain records from Ms. Ortiz's time at the port, said that \
                the damage was done.";
    assert_eq!(spoken_by(body, "said"), some("Tom Baker"));
}
