//! Whom "he" and "she" continue with (issue 18), each with sentences of our own.

use super::{reported, some, speakers};
use crate::extract::attribution::pronoun;
use crate::extract::tokens::Lower;
use crate::model::Span;

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
fn a_pronoun_before_an_adverb_and_the_verb_is_the_subject() {
    assert_eq!(
        speakers(
            "Tom Hale says that although he would replace Mayor Ann Lee, he actually thinks she \
             ran a \"tidy town.\""
        ),
        [some("Tom Hale")]
    );
}

/// A person named in an opening clause of time ("When Lee arrived, she said …") can be
/// whom the pronoun after it means; one named in a condition is part of the report.
#[test]
fn a_pronoun_after_an_opening_clause_of_time_can_mean_its_subject() {
    assert_eq!(
        speakers(
            "Ann Lee spoke first. When Maria Lopez arrived at the hall, she said the plan was \
             \"a disgrace.\""
        ),
        [some("Maria Lopez")]
    );
    assert_eq!(
        speakers("Ann Lee spoke first. If Maria Lopez wins, she said, the plan is \"dead.\""),
        [some("Ann Lee")]
    );
    // A main clause after the opening one is what the pronoun reports: not Lopez.
    let r = reported(
        "Headline\n\nAnn Lee spoke first. Since Maria Lopez took over the board, the harbour \
         fees have doubled, she said.\n",
    );
    let said = r.iter().find(|(_, _, cue)| cue == "said").unwrap();
    assert_eq!(said.1.as_deref(), Some("Ann Lee"));
    // Not when the pronoun is the subject of a clause of its own.
    let r = reported(
        "Headline\n\nAnn Lee spoke first. While Maria Lopez has praised the plan, and the \
         board, she has not endorsed the new levy.\n",
    );
    let endorsed = r.iter().find(|(_, _, cue)| cue == "endorsed").unwrap();
    assert_eq!(endorsed.1.as_deref(), Some("Maria Lopez"));
}

/// A colon opens a clause of its own: an opening clause of time after it can name whom
/// the pronoun means, as at a sentence's start.
#[test]
fn a_pronoun_after_a_colon_and_an_opening_clause_can_mean_its_subject() {
    let r = reported(
        "Headline\n\nCouncillor Mark Dunmore said the harbour fees would rise. One reason \
         the plan survives: while Inspector Sven Berg talked about the costs, he did not \
         mention any delays.\n",
    );
    let mention = r.iter().find(|(_, _, cue)| cue == "mention").unwrap();
    assert_eq!(mention.1.as_deref(), Some("Sven Berg"));
}

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
fn pronouns_point_to_the_last_person_outside_quotes() {
    let body = "Iain Duncan Smith spoke. “Ask Boris Johnson about it,” he told the chamber.";
    assert_eq!(speakers(body), [some("Iain Duncan Smith")]);
    let body = "Warman was keen to act. “There are alternatives,” he said.";
    assert_eq!(speakers(body), [some("Warman")]);
}

#[test]
fn pronouns_agree_with_known_first_names_and_titles() {
    let body = "Mark Osei praised Hilary Swank. \"It was a great role,\" he told reporters.";
    assert_eq!(speakers(body), [some("Mark Osei")]);
    let body = "Jane Doe met Mr Smith. \"We agreed on nothing at all,\" she said.";
    assert_eq!(speakers(body), [some("Jane Doe")]);
    let body = "Mrs Patel met Mr Smith. \"We agreed on nothing at all,\" she said.";
    assert_eq!(speakers(body), [some("Patel")]);
}

/// "he" and "she" continue with the subject of the sentence that last names someone they
/// can mean — its speaker when a clause there names one — not the last name in it.
#[test]
fn a_pronoun_continues_with_the_subject_or_speaker_of_the_last_sentence() {
    assert_eq!(
        speakers(
            "Mayor Anna Ortiz spoke after Police Chief Maria Lopez briefed the council. \
             \"We are ready for the storm,\" she said."
        ),
        [some("Anna Ortiz")]
    );
    assert_eq!(
        speakers(
            "The plan was welcomed, said Anna Ortiz, who met Maria Lopez on Monday. \
             \"We are ready for the storm,\" she said."
        ),
        [some("Anna Ortiz")]
    );
    // A subject who cannot be meant ("she" for Mr Grant) is passed over.
    assert_eq!(
        speakers(
            "Mr Tom Grant spoke after Maria Lopez briefed the council. \
             \"We are ready for the storm,\" she said."
        ),
        [some("Maria Lopez")]
    );
    // The speaker of an opening adverbial clause is not the sentence's subject.
    assert_eq!(
        speakers(
            "Although it was far from the end of the scandal of Anna Ortiz, Mayor Maria Lopez \
             took the last step on Monday of closing the case.\n\n\
             \"We are done with this,\" she said."
        ),
        [some("Maria Lopez")]
    );
}

/// A pronoun after the words it reports ("X has failed, he claimed") never means a person
/// those words name; after a quote introduced with a colon it still may.
#[test]
fn a_pronoun_is_not_someone_its_own_report_names() {
    assert_eq!(
        speakers(
            "Tom Hale has led the council since May, Peter Wimsey said. \
             Mr Hale's budget was a \"reckless gamble with our homes,\" he added."
        ),
        [some("Peter Wimsey")]
    );
    assert_eq!(
        speakers(
            "Senator Ada Grant spoke on Monday. Sen. Ada Grant warned him: \"The state \
             cannot pay for this,\" she said."
        ),
        [some("Ada Grant")]
    );
}

/// "A spokesman for X told …", then "…," he said: the unnamed source is whom the pronoun
/// continues with, unless someone who fits is named since.
#[test]
fn a_pronoun_continues_with_an_unnamed_source() {
    assert_eq!(
        speakers(
            "Sam Wimsey runs the firm. A company spokeswoman told reporters the plant \
             would close. \"We looked at every option,\" she said."
        ),
        [some("A company spokeswoman")]
    );
    // "he" cannot continue with a spokeswoman.
    assert_eq!(
        speakers(
            "Sam Wimsey runs the firm. A company spokeswoman told reporters the plant \
             would close. \"We looked at every option,\" he said."
        ),
        [some("Sam Wimsey")]
    );
}

/// "…, he claimed, saying …": the participle shares the pronoun subject of the verb before
/// it, and a later "he" continues the person that pronoun was.
#[test]
fn a_participle_and_a_later_pronoun_continue_the_pronoun_source() {
    let body = "Tom Hale leads the council. Peter Wimsey spoke on Monday. \
                Mr Hale has failed the town, he claimed, saying the mayor had the \"wrong plan\" \
                for it. The council, he said, \"must change course now\".";
    assert_eq!(
        speakers(body),
        [some("Peter Wimsey"), some("Peter Wimsey")],
        "{body}"
    );
}

/// A role of one gender ("widow") says whom "she" means, whatever the first name says.
#[test]
fn a_gendered_role_decides_a_pronoun() {
    assert_eq!(
        speakers(
            "Ann Cole backed the veto.\n\n“It holds no weight,” said widow Terry Vance.\n\n\
             Vance said the families were tired of waiting.\n\n“Nobody should make us wait,” \
             she said."
        ),
        [some("Terry Vance"), some("Terry Vance")]
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

/// A word kept before a given name ("Democrat Jane Ruiz") does not hide its gender.
#[test]
fn a_given_name_after_a_party_word_tells_the_gender() {
    assert_eq!(
        speakers("Democrat Jane Ruiz met Tom Hale on Monday. \"The plan is sound,\" he said."),
        [some("Tom Hale")]
    );
}

/// The sentence a pronoun reads for its subject does not end at a title's or initials'
/// stop: "Sen. Lee" and "the U.N. envoy" stay in one sentence.
#[test]
fn a_pronoun_reads_the_whole_sentence_past_initials() {
    assert_eq!(
        speakers(
            "Dana Osei praised the U.N. envoy Kim Brand on Monday. \
             \"We owe the envoy a great deal,\" she said."
        ),
        [some("Dana Osei")]
    );
}

/// The speaker of the indirect quote whose cue is `cue`.
fn speaker_of(body: &str, cue: &str) -> Option<String> {
    let r = reported(body);
    r.iter()
        .find(|r| r.2 == cue)
        .unwrap_or_else(|| panic!("no cue {cue}: {r:?}"))
        .1
        .clone()
}

#[test]
fn a_sentence_whose_subject_is_the_pronoun_passes_it_on() {
    // "She avoided naming … Marsh": the sentence's subject is "she", not Marsh.
    let body = "Karen Voss entered the race late but rose quickly.\n\
        Voss has sought to stand apart from her rivals. She avoided naming front-runner \
        Linda Marsh until this week, when she warned that the businesswoman was stirring anger.";
    assert_eq!(speaker_of(body, "warned"), some("Karen Voss"));
}

#[test]
fn a_source_ending_in_a_pronoun_has_the_pronoun_for_its_subject() {
    // "whom he called": the source read is "he" (Lund), not Meyer before it.
    let body = "Peter Lund spoke at a rally in his home town.\n\
        Lund said that over the past week he has begun to expose Carl Meyer, whom he called a \
        fraud.\nHe said his attacks on Meyer have given his campaign new life.";
    let r = reported(body);
    let last = r
        .iter()
        .find(|r| r.0.starts_with("his attacks"))
        .unwrap_or_else(|| panic!("{r:?}"));
    assert_eq!(last.1, some("Peter Lund"));
}

#[test]
fn a_relative_who_leaves_the_sentence_subject_to_the_next_pronoun() {
    let body = "Mayor Ruth Keller says she feels she did well in the debate.\n\
        Speaking to a radio station on Monday, Keller would not attack her rivals, particularly \
        Anna Price and Joan Hale, who say the mayor lacks experience.\n\
        She dismissed the criticism of her answers at the debate.";
    assert_eq!(speaker_of(body, "dismissed"), some("Ruth Keller"));
}

#[test]
fn it_never_means_a_plural_description() {
    let r = reported(
        "Several local fishermen gathered at the harbour on Monday. It says the harbour will close in May.",
    );
    assert!(
        r.iter()
            .all(|q| !q.1.as_deref().is_some_and(|s| s.contains("fishermen"))),
        "{r:?}"
    );
}

#[test]
fn a_source_before_a_relative_clause_is_whom_he_continues_with() {
    // Omaha, inside "who lives outside Omaha", is read as no subject of "says".
    assert_eq!(
        speakers(
            "Walter Grissom, 61, who lives outside Omaha, says he didn't know much about \
             the senator before the campaign.\n\
             “Some things need fixing,” he said."
        ),
        [some("Walter Grissom")]
    );
}

/// `pronoun::subject_pronoun` as first written: split at the last space, the word after it
/// lower-cased and compared.
fn subject_pronoun_by_split(body: &str, source: Span) -> Option<(usize, usize)> {
    let text =
        crate::extract::span::slice(body, source.start as usize, source.end as usize).trim_end();
    let (head, last) = text.rsplit_once(' ')?;
    let subject = ["he", "she", "they"].contains(&Lower::new(last).as_str());
    let at = source.start as usize + head.len() + 1;
    (subject && !head.trim().is_empty()).then_some((at, at + last.len()))
}

proptest::proptest! {
    /// The pronoun ending a source, compared in place, is the one the split found.
    #[test]
    fn a_sources_last_pronoun_is_found_as_by_splitting(
        text in "( |  |he|HE|She|they|THEY|y|s|x|é|K|\u{212a}|\u{a0}|,|’){0,12}",
        a in 0usize..40,
        b in 0usize..40,
    ) {
        let cut = |at: usize| {
            let mut at = at.min(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            at
        };
        let (a, b) = (cut(a.min(b)), cut(a.max(b)));
        let source = Span::new(a, b);
        proptest::prop_assert_eq!(
            pronoun::subject_pronoun(&text, source),
            subject_pronoun_by_split(&text, source)
        );
    }
}

/// "A lot of voters …. They say …": the plural description "they" goes back to starts at
/// its noun or a modifier, never at a preposition or verb before it.
#[test]
fn they_means_a_description_without_the_word_before_it() {
    let r = reported(
        "The mayor's plan drew a crowd on Monday. A lot of voters came to the hall with signs. \
         They say the new levy will ruin the harbour.",
    );
    let levy = r.iter().find(|r| r.0.contains("levy")).expect("{r:?}");
    assert_eq!(levy.1, some("voters"), "{r:?}");
    let r = reported(
        "The mayor spoke to the crowd on Monday. Most of them are farmers from the valley. \
         They say the new levy will ruin the harbour.",
    );
    let levy = r.iter().find(|r| r.0.contains("levy")).expect("{r:?}");
    assert_eq!(levy.1, some("farmers"), "{r:?}");
}

#[test]
fn a_bare_word_nothing_marks_as_a_person_is_not_meant() {
    // "Zorbix" is capitalised, with no title, role or speech verb: not whom "he" means.
    assert_eq!(
        speakers(
            "Tom Hale runs a farm near the river.\n\
             Discussing the harvest in a Zorbix interview, the farmer explained his plans. \
             “We grow corn here,” he said."
        ),
        [some("Tom Hale")]
    );
}

#[test]
fn a_pronoun_after_an_opening_phrase_is_the_subject() {
    // The participle's subject is the sentence's, "Instead, he": the pronoun after the
    // comma, not the adverb before it.
    let r = reported(
        "Tom Brandt lost the vote in Iowa on Monday. Instead, he was back to boasting about \
         his crowds and promising that the next state would be his.",
    );
    let speakers: Vec<_> = r.iter().map(|(_, s, _)| s.clone()).collect();
    assert_eq!(speakers, [some("Tom Brandt")], "{r:?}");
}

/// "Reyes consultant Tom Grant …": a name before a role noun and another name only says
/// whose the role is; "he" continues with the one named after it.
#[test]
fn a_name_before_a_role_and_a_name_is_no_subject() {
    assert_eq!(
        speakers(
            "Governor Carlos Reyes opened the session on Monday.\n\n\
             Reyes consultant Tom Grant, a veteran pollster, took up the theme later. \
             \u{201c}We are ready for the storm,\u{201d} he said."
        ),
        [some("Tom Grant")]
    );
    // A verb before the role noun: the name before it is the subject.
    assert_eq!(
        speakers(
            "Anna Ortiz will partner Maria Lopez in the doubles on Monday. \
             \u{201c}We are ready for the heat,\u{201d} she said."
        ),
        [some("Anna Ortiz")]
    );
}

#[test]
fn an_opening_clause_that_ends_in_a_quote_is_passed_too() {
    // The comma closing "When …" stands inside the quote's closing mark: Hale, after it,
    // is the subject a later "she" continues with.
    assert_eq!(
        speakers(
            "When Ann Moss pointed out that Tom Reed calls it “a plan for all,” Jane Hale \
             seized upon the reference.\n“It is not the same,” she said."
        ),
        [some("Tom Reed"), some("Jane Hale")]
    );
}

#[test]
fn he_or_she_run_together_with_a_verb_is_the_pronoun() {
    // "She’ll", "he'd": the pronoun is the subject, resolved as "she" or "he" alone.
    let r = reported(
        "Ann Lee toured the harbour on Monday. She’ll be eager to prove that her crews can \
         finish the pier by June.",
    );
    assert_eq!(r.len(), 1, "{r:?}");
    assert_eq!(r[0].1, some("Ann Lee"));
    let r = reported(
        "Tom Reyes met the board on Friday. He'd rather see the ferry fares frozen for \
         another year, he'd hoped, but he'll likely want the council to vote on it first.",
    );
    assert!(r.iter().all(|r| r.1 == some("Tom Reyes")), "{r:?}");
    assert!(r.iter().any(|r| r.2 == "want"), "{r:?}");
}
