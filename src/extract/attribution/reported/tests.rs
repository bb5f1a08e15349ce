use super::as_written::{before_participle, past_adverbial};
use super::group_of_someone;

/// The indirect quotes of `para` (after a headline) as (text, speaker) pairs; the speaker
/// as text, empty when there is none.
pub(super) fn indirect_quotes(para: &str) -> Vec<(String, String)> {
    use crate::extract::LocalSpeaker;
    let body = format!("Headline\n\n{para}\n");
    let paragraphs = crate::extract::test_paragraphs(&body);
    let out = crate::extract::extract_article(&body, &paragraphs);
    out.quotes
        .iter()
        .filter(|q| q.kind == crate::model::QuoteKind::Indirect)
        .map(|q| {
            let speaker = match &q.speaker {
                LocalSpeaker::Entity(e) => out.entities[*e as usize].name.clone(),
                LocalSpeaker::Unnamed(d) => d.clone(),
                LocalSpeaker::None => String::new(),
            };
            let text = body[q.span.start as usize..q.span.end as usize].to_string();
            (text, speaker)
        })
        .collect()
}

/// The texts of the indirect quotes of `para`.
fn indirect_of(para: &str) -> Vec<String> {
    indirect_quotes(para).into_iter().map(|(t, _)| t).collect()
}

/// The speakers of the indirect quotes of `para`, as text.
fn speakers_of(para: &str) -> Vec<String> {
    indirect_quotes(para).into_iter().map(|(_, s)| s).collect()
}

#[test]
fn reported_speech_inside_another_content_is_left_out() {
    let q = indirect_of("The mayor said the harbour board wants a new levy on ferries.");
    assert_eq!(q, vec!["the harbour board wants a new levy on ferries"]);
    // Two contents side by side both stay.
    let q = indirect_of("The mayor said the levy would pass. The treasurer said it would fail.");
    assert_eq!(q, vec!["the levy would pass", "it would fail"]);
}

#[test]
fn someones_group_is_kept_as_written() {
    for s in [
        "Okafor's campaign",
        "the Lindqvist campaign",
        "Lindqvist’ aides",
        "some Okafor backers",
        "one Okafor supporter",
        "Mrs Okafor's campaign strategists",
    ] {
        assert!(group_of_someone(s), "{s}");
    }
    for s in [
        "the campaign",
        "Ann Okafor",
        "Ann Okafor, a Lindqvist supporter,",
        "the mayor",
    ] {
        assert!(!group_of_someone(s), "{s}");
    }
}

#[test]
fn someones_thing_or_circle_is_kept_as_written() {
    for s in [
        "Okafor's inner circle",
        "Okafor’s campaign manager",
        "Okafor's letter",
        "Lindqvist's public defense counsel",
        "Okafor's new HMO form",
    ] {
        assert!(group_of_someone(s), "{s}");
    }
    for s in [
        "Okafor's Son",
        "Ann Okafor's",
        "He's a puppet",
        "the harbour board's four most senior elected members",
    ] {
        assert!(!group_of_someone(s), "{s}");
    }
    let q =
        speakers_of("Ann Okafor runs the fund. Okafor's inner circle believes the levy will pass.");
    assert_eq!(q, vec!["Okafor's inner circle"]);
}

#[test]
fn a_source_before_an_apposition_is_the_phrase_before_it() {
    use super::as_written::before_apposition;
    for (text, head) in [
        (
            "The Harbour Trust, a body that keeps records on every ship,",
            "The Harbour Trust",
        ),
        ("Two harbour pilots (both retired)", "Two harbour pilots"),
        (
            "the harbour guild - half of its members -",
            "the harbour guild",
        ),
        ("Only a dozen pilots, of 40 in all,", "Only a dozen pilots"),
        ("Lindqvist, 53,", "Lindqvist"),
        (
            "The port authority, a body that keeps records,",
            "The port authority",
        ),
    ] {
        assert_eq!(before_apposition(text), head, "{text}");
    }
    // No apposition, or no noun phrase before the comma.
    for text in [
        "so far, only two pilots",
        "Earlier this week, two pilots",
        "the vote appears closer in Oslo, with some polls",
        "more than 20 years, evidence of",
    ] {
        assert_eq!(before_apposition(text), text, "{text}");
    }
    assert_eq!(
        before_apposition("The 125,000 pilots"),
        "The 125,000 pilots"
    );
    let q = speakers_of(
        "The NHA, a major harbour regulator which keeps data on ships, declined to comment.",
    );
    assert_eq!(q, vec!["The NHA"]);
}

#[test]
fn members_hanging_a_participle_are_kept_as_written() {
    let q = speakers_of(
        "Democrats are drafting plans to win over harbour voters, saying the shift is key.",
    );
    assert_eq!(q, vec!["Democrats"]);
}

#[test]
fn a_long_source_ends_before_its_participle() {
    assert_eq!(
        before_participle("A new batch of harbour board minutes released this week"),
        "A new batch of harbour board minutes"
    );
    assert_eq!(
        before_participle("a county analysis of the newly filed harbour board reports"),
        "a county analysis"
    );
    assert_eq!(
        before_participle("Two harbour board lawsuits being considered in the county court"),
        "Two harbour board lawsuits"
    );
    // A short one stays whole.
    assert_eq!(
        before_participle("the letter released today"),
        "the letter released today"
    );
}

#[test]
fn an_adverbial_before_the_subject_is_left_out() {
    assert_eq!(
        past_adverbial("If the plan fails, economists"),
        "economists"
    );
    assert_eq!(
        past_adverbial("After the vote, two senators"),
        "two senators"
    );
    // An apposition is no adverbial.
    assert_eq!(past_adverbial("Mr Smith, a lawyer"), "Mr Smith, a lawyer");
}

/// A noun of speech after "with" or "in" is the sentence subject's ("opened the meeting
/// with sharp criticism of", "in their opposition to"), not whom "their" alone would
/// mean.
#[test]
fn a_noun_after_with_or_in_is_the_subjects() {
    let s = speakers_of("Ann Okafor opened the harbour meeting with sharp criticism of the levy.");
    assert_eq!(s, vec!["Ann Okafor"]);
    let s = speakers_of(
        "The Harbour Union said fares would rise. Local fishermen were blunt in their opposition to the new levy.",
    );
    assert_eq!(s, vec!["Harbour Union", "Local fishermen"]);
}

/// "They" in reported speech is the plural subject of its sentence or of one before it,
/// as written (a group in "-s", or two names joined by "and"), not the last source named.
#[test]
fn they_is_the_plural_subject_before_it() {
    let s = speakers_of(
        "Ann Okafor, a harbour expert, says the levy is a mistake. Yet ferry owners have \
         spent months on the fight, and they say the board has counted the votes wrongly.",
    );
    assert_eq!(s, vec!["Ann Okafor", "ferry owners"]);
    let s = speakers_of(
        "Ann Okafor, a harbour expert, says the levy is a mistake. Okafor and Lindqvist have \
         fought over the harbour for years, yet they agree that the levy must go.",
    );
    assert_eq!(s, vec!["Ann Okafor", "Okafor and Lindqvist"]);
    // "they've", or "they" after an opening phrase.
    let s = speakers_of(
        "Ann Okafor, a harbour expert, says the levy is a mistake. Yet ferry owners have \
         spent months on the fight. So far, they've argued that the board counted wrongly.",
    );
    assert_eq!(s, vec!["Ann Okafor", "ferry owners"]);
    // One person whose name ends in "s" is no group: "they" keeps its old reading.
    let s = speakers_of(
        "Bo Reynolds, a harbour expert, says the levy is a mistake. Reynolds walked out \
         early, and they say the board has counted the votes wrongly.",
    );
    assert_eq!(s, vec!["Bo Reynolds", "Bo Reynolds"]);
}

#[test]
fn a_phrase_in_straight_apostrophes_inside_a_content_is_reported_around() {
    let q = indirect_of(
        "The harbour master said the new levy was 'a heavy burden' for the ferry crews.",
    );
    assert_eq!(
        q,
        vec!["the new levy was 'a heavy burden' for the ferry crews"]
    );
    // The whole content in apostrophes is a quote of its own; double marks are one too.
    assert!(indirect_of("The harbour master said 'the levy must go.'").is_empty());
    assert!(indirect_of("The harbour master said the levy was \"a burden\" for crews.").is_empty());
}

#[test]
fn a_content_ending_in_a_phrase_in_straight_apostrophes_takes_its_closing_mark() {
    let q = indirect_of("The harbour master said the levy was 'a heavy burden.'");
    assert_eq!(q, vec!["the levy was 'a heavy burden.'"]);
    let q = indirect_of("The harbour master said the new levy was 'unfair'");
    assert_eq!(q, vec!["the new levy was 'unfair'"]);
}

#[test]
fn a_name_before_more_than_one_apposition_is_the_speaker() {
    let s = speakers_of(
        "Mara Lind, a Lopez backer from Dayton, Ohio, attending the Harbour Trust fair, \
         said she could not support the levy. Tomas Berg, the editor of the weekly paper, \
         The Westport Herald, said every mayor was political. Ana Ruiz, the head of \
         Harbour Watch, a group suing the port, said the damage was done.",
    );
    assert_eq!(s, vec!["Mara Lind", "Tomas Berg", "Ana Ruiz"]);
    // Two people with appositions, listed with "and", keep the old reading.
    let s =
        speakers_of("Tomas Berg, the editor, and Ana Ruiz, a lawyer, said the levy was unfair.");
    assert_eq!(s, vec!["Tomas Berg"]);
}

#[test]
fn a_long_document_after_according_to_is_the_source_as_written() {
    let s = speakers_of(
        "Port fees doubled in ten years, according to an interview with The Westport Herald \
         at the time. Dock wages fell by half, according to Harbour Board cables at the time \
         that were later released by the council.",
    );
    assert_eq!(
        s,
        vec![
            "an interview with The Westport Herald at the time",
            "Harbour Board cables at the time"
        ]
    );
}

#[test]
fn a_name_after_the_description_after_the_cue_is_the_speaker() {
    let s = speakers_of(
        "The pier is holding up, but it is under heavy pressure from storms, said the \
         port's chief engineer, Paul Kemp. The council meets on Friday.",
    );
    assert_eq!(s, vec!["Paul Kemp"]);
}

#[test]
fn a_cue_closing_the_sentence_reports_a_clause_with_a_cue_of_its_own() {
    // "added" reads as a cue whose content runs on through ", the Gazette reported"; the
    // cue closing the sentence reports the whole clause.
    let q = indirect_quotes(
        "In Denver, organizers added 60 guards along the route, up from 40 last year, the \
         Gazette reported.",
    );
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].0.starts_with("In Denver, organizers added"), "{q:?}");
    assert!(q[0].1.contains("Gazette"), "{q:?}");
    let q = speakers_of("He agreed to sell the boat to Mr. Dorn in 2011, records show.");
    assert_eq!(q, vec!["records"]);
    // Not past words after the cue, nor without the comma.
    let q =
        speakers_of("Lee said the fund would pay, a point Ruiz also acknowledged to the board.");
    assert_eq!(q[0], "Lee", "{q:?}");
    // Nor words that read as no noun phrase ("a bigger fall than expected"), nor past
    // a comma inside a number.
    let q = speakers_of(
        "The purchasing group said its index dropped to 61.2, a bigger fall than expected.",
    );
    assert_eq!(q, vec!["The purchasing group"]);
    let q = indirect_of("Fewer than half want a ban, the survey of 2,000 adults suggests.");
    assert!(q.iter().all(|t| !t.ends_with("survey of 2")), "{q:?}");
}

#[test]
fn a_cue_closing_the_sentence_speaks_for_a_raising_verb_before_it() {
    // "appears to" reports its subject with no source; the cue closing the sentence
    // names one.
    let q = speakers_of(
        "Her bid for mayor appears to be stalling, said Ann Holt, director of the Civic \
         Data Project.",
    );
    assert_eq!(q, vec!["Ann Holt"]);
    let q =
        speakers_of("The farmers in the valley seem fond of the mayor, according to the Gazette.");
    assert!(q.len() == 1 && q[0].contains("Gazette"), "{q:?}");
    // Alone, it names nobody.
    assert_eq!(
        speakers_of("Her bid for mayor appears to be stalling."),
        vec![""]
    );
}

/// "A county judge hearing the harbour board lawsuit over fees ordered …": a long
/// description is kept up to a present participle that takes an object after its noun;
/// one after a determiner or a possessive is an adjective and stays.
#[test]
fn a_long_source_is_cut_at_a_participle_with_an_object() {
    assert_eq!(
        before_participle("A county judge hearing the harbour board lawsuit over fees"),
        "A county judge"
    );
    assert_eq!(
        before_participle("one fishing group campaigning for the harbour to stay open all year"),
        "one fishing group"
    );
    assert_eq!(
        before_participle("members of the town's governing board for the harbour and ferries"),
        "members of the town's governing board for the harbour and ferries"
    );
    // A preposition in "-ing", or an "-ing" word after a preposition, is no participle.
    assert_eq!(
        before_participle("an award for the harbour pilots during a long season of storms"),
        "an award for the harbour pilots during a long season of storms"
    );
    assert_eq!(
        before_participle("all of the money which went toward keeping the ferry route open"),
        "all of the money which went toward keeping the ferry route open"
    );
    assert_eq!(
        speakers_of(
            "A county judge hearing the harbour board lawsuit over fees ordered the board \
             to publish its minutes."
        ),
        vec!["A county judge"]
    );
}

/// A participle or a second verb after a new clause hangs on that clause's subject, not on
/// an earlier clause's source in the same sentence.
#[test]
fn a_participle_after_a_new_clause_is_that_clauses_subject() {
    let s = speakers_of(
        "Protest groups say the fares are unfair, and the Harbour Riders Union has sued the \
         board over them, saying they break the charter.",
    );
    assert_eq!(s, vec!["Protest groups", "Harbour Riders Union"]);
    let s = speakers_of(
        "When Tom Reyes pointed out that the levy is a tax, Ann Lee seized upon the remark, \
         repeating her line that the levy would cut fares.",
    );
    assert_eq!(s, vec!["Tom Reyes", "Ann Lee"], "{s:?}");
    let s = speakers_of(
        "After years of delay, the harbour board endorsed the plan, and the Ferry Council \
         approved the budget and said it would open bids in May.",
    );
    assert_eq!(s.last().map(String::as_str), Some("Ferry Council"), "{s:?}");
    // No new clause: the participle stays with the cue's own subject.
    let s = speakers_of("Ann Lee said the levy was fair, adding that fares would fall.");
    assert_eq!(s, vec!["Ann Lee", "Ann Lee"], "{s:?}");
    // A content before its cue: the participle is the cue's subject's.
    let s = speakers_of(
        "“The levy is fair,” Ann Lee told the Harbour Council, adding that fares would fall.",
    );
    assert_eq!(s.last().map(String::as_str), Some("Ann Lee"), "{s:?}");
}

/// A finite verb after "and" shares the subject of the sentence's finite verb, not that of
/// a participle inside its clause; "according to" is no participle.
#[test]
fn a_verb_after_and_passes_over_a_participles_subject() {
    let s = speakers_of(
        "At a meeting Tuesday morning of the harbour board, some members vented about Reyes \
         vowing to fight on and said that they had lost their patience with him.",
    );
    assert_eq!(s.last().map(String::as_str), Some("some members"), "{s:?}");
    let s = speakers_of(
        "Ann Lee backed the levy, according to a trustee who attended and described the \
         meeting as calm.",
    );
    assert_eq!(s.last().map(String::as_str), Some("a trustee"), "{s:?}");
}
