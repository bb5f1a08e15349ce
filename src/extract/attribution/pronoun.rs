//! Whom "he" and "she" mean: the last source that is a person, an unnamed source of one
//! person, or the sentence that last names someone who fits by gender — never a person
//! the pronoun's own report names.

mod chained;
mod named_before;

use super::bounds::{clause_start, sentence_past_titles};
use super::gender::{gender_fits, given_name_gender};
use super::preposition::after_preposition;
use super::subject::{self, description, one_described, Scope};
use super::subject_span;
use crate::extract::actors::{ArticleActors, Mention};
use crate::extract::clauses::{Clause, SourceAt};
use crate::extract::lexicon;
use crate::extract::span;
use crate::extract::tokens::Lower;
use crate::extract::LocalSpeaker;
use crate::model::{ActorType, Span};

/// The sources a later "he" or "she" can continue with, resolved in text order, each
/// seeing the ones before it (a pronoun source continues the chain): the people clauses
/// name, and names no actor was found at. A clause inside what the source before it said
/// ("Okafor said Lopez doesn't show concern") is that source's report: the person it
/// names is spoken of, not the next speaker.
pub(super) fn chain(body: &str, scope: &mut Scope, clauses: &[Clause]) {
    let mut by_source: Vec<&Clause> = clauses
        .iter()
        .filter(|c| c.source_at == SourceAt::Before && !c.cognition)
        .collect();
    by_source.sort_unstable_by_key(|c| c.source.start);
    let mut report: Option<Span> = None;
    for c in by_source {
        // Not past a comma: "After Ames asked who would win, Bell replied" (a content read
        // too far) is no report of Bell's words.
        let reported = report.is_some_and(|r| {
            r.start <= c.cue.start
                && c.cue.end <= r.end
                && !span::slice(body, r.start as usize, c.cue.start as usize)
                    .contains([',', ';', ':', '"', '“', '”'])
        });
        if reported {
            continue;
        }
        // "Ann Lee, 61, who lives outside Omaha, says": the cue's subject, not the words
        // just before it.
        // (Only a source with a comma has a clause or apposition to pass.)
        let source =
            if span::slice(body, c.source.start as usize, c.source.end as usize).contains(',') {
                subject_span::subject_clause(body, c, scope).source
            } else {
                c.source
            };
        let range =
            subject_pronoun(body, source).unwrap_or((source.start as usize, source.end as usize));
        match subject::resolve(body, scope, range, c.cue.start as usize) {
            Some(LocalSpeaker::Entity(e)) if scope.kind(e) == ActorType::Person => {
                let e = relative_antecedent_of(body, scope, c.source).unwrap_or(e);
                scope.person_sources.push((c.source, c.content, e));
                report = report_after(body, c);
            }
            None => {
                if let Some(name) = written_name(body, c.source) {
                    scope.name_sources.push((name, c.content));
                    report = report_after(body, c);
                }
            }
            _ => {}
        }
    }
}

/// "…the rival, whom he called a fraud": a source of more words that ends in a subject
/// pronoun has that pronoun for the subject of its verb. Where it stands.
pub(super) fn subject_pronoun(body: &str, source: Span) -> Option<(usize, usize)> {
    // Most sources end in a word that is none of the three: a last byte that is a visible
    // ASCII character and ends none of them (`e`, `y`) tells so without slicing or trimming.
    let end = source.end as usize;
    if (source.start as usize) < end
        && body
            .as_bytes()
            .get(end - 1)
            .is_some_and(|&b| b.is_ascii_graphic() && !matches!(b | 0x20, b'e' | b'y'))
    {
        return None;
    }
    subject_pronoun_in_text(body, source)
}

/// [`subject_pronoun`] read from the source's text.
pub(super) fn subject_pronoun_in_text(body: &str, source: Span) -> Option<(usize, usize)> {
    let text = span::slice(body, source.start as usize, source.end as usize).trim_end();
    // The word after the last space is one of three ASCII words: compared in place, from
    // the end, without splitting or lower-casing (no other character lower-cases to
    // their letters).
    let bytes = text.as_bytes();
    let last = ["he", "she", "they"].into_iter().find(|w| {
        let n = w.len();
        bytes.len() > n
            && bytes[bytes.len() - n - 1] == b' '
            && bytes[bytes.len() - n..].eq_ignore_ascii_case(w.as_bytes())
    })?;
    let head = &text[..text.len() - last.len() - 1];
    let at = source.start as usize + head.len() + 1;
    (!head.trim().is_empty()).then_some((at, at + last.len()))
}

/// "Instead, he was back to boasting … and promising that …": source words that close with
/// a subject pronoun after a comma open with a phrase of their own (an adverb, a place);
/// the pronoun is the subject, not a word or a name inside that phrase. Where it stands.
pub(super) fn pronoun_after_opening(
    body: &str,
    (start, end): (usize, usize),
) -> Option<(usize, usize)> {
    let (at, to) = subject_pronoun(body, Span::new(start, end))?;
    span::slice(body, start, at)
        .trim_end()
        .ends_with(',')
        .then_some((at, to))
}

/// "Ames criticised his rivals, Bell and Cole, who say she lacks experience": a source
/// that is a relative "who" after a sentence opened by a person: that person, the
/// sentence's subject, is whom a later "she" continues with, not the one the "who" means.
fn relative_antecedent_of(body: &str, scope: &Scope, source: Span) -> Option<u32> {
    let text = span::slice(body, source.start as usize, source.end as usize).trim_end();
    let head = text.strip_suffix("who")?.trim_end().strip_suffix(',')?;
    let mut at = source.start as usize;
    for w in head.split(' ') {
        if !subject::is_leading(w) {
            break;
        }
        at += w.len() + 1;
    }
    let first = scope.mentions_in(at, at + 1).first()?;
    (!first.in_quote && scope.kind(first.entity) == ActorType::Person).then_some(first.entity)
}

/// The content a cue goes straight on to ("said Lopez …", "said that Lopez …"), not one
/// after a comma ("Asked about the ferry's delays, Bell said").
fn report_after(body: &str, c: &Clause) -> Option<Span> {
    (c.cue.end <= c.content.start
        && !span::slice(body, c.cue.end as usize, c.content.start as usize).contains(','))
    .then_some(c.content)
}

/// The source words as a person's name no actor was found at: one to three capitalised
/// words, none a common word, a pronoun or a determiner ("Dunmore", not "Critics" or
/// "The Senator").
fn written_name(body: &str, source: Span) -> Option<Span> {
    let text = span::slice(body, source.start as usize, source.end as usize);
    let name = text.trim_end_matches([',', ' ']);
    let end = name.len();
    let name = subject::past_leading(name);
    let common = lexicon::set_here!("common_words");
    let name_like = |w: &str| {
        w.len() >= 2
            && w.starts_with(|c: char| c.is_uppercase())
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '’' | '\''))
            && !common.contains(&Lower::new(w))
    };
    // More than three words (the fourth is as far as they are counted).
    if name.split(' ').nth(3).is_some() || !name.split(' ').all(name_like) {
        return None;
    }
    let at = source.start as usize;
    Some(Span::new(at + end - name.len(), at + end))
}

/// "Two voters, Tamsin Okafor and …", then "Okafor said Lopez doesn't …": the last source
/// that is a name no actor was found at, when no source that is a person comes after it,
/// its given name (if it has one) fits, and everyone the pronoun can mean named since is
/// named inside what it said.
/// `limit`: where the pronoun's own report starts, else the pronoun.
pub(super) fn last_written(
    body: &str,
    actors: &Scope,
    limit: usize,
    she: bool,
) -> Option<LocalSpeaker> {
    let i = actors
        .name_sources
        .partition_point(|(s, _)| (s.end as usize) <= limit);
    let &(name, content) = actors.name_sources[..i].last()?;
    let j = actors
        .person_sources
        .partition_point(|(s, _, _)| (s.end as usize) <= limit);
    if actors.person_sources[..j]
        .last()
        .is_some_and(|(s, _, _)| s.start > name.start)
        || limit - name.end as usize > 1200
    {
        return None;
    }
    let reported = actors
        .mentions_in(name.end as usize, limit)
        .iter()
        .filter(|m| can_mean(actors, m, she))
        .all(|m| spoken_of(body, content, m));
    let text = span::slice(body, name.start as usize, name.end as usize);
    let wrong_gender = given_name_gender(text) == Some(!she);
    (reported && !wrong_gender).then(|| LocalSpeaker::Unnamed(text.to_string()))
}

/// The last person named before `before`, outside quotes, whom the pronoun can mean.
/// A person named as the object of a preposition ("matched to Mr Houston", "impressed by
/// fly-half Yann Delaigue") is passed over for the last one named otherwise, who is more
/// likely the one "he" continues with; if there is none, the last of any.
pub(super) fn last_person(
    body: &str,
    actors: &Scope,
    before: usize,
    she: bool,
    skip: Option<usize>,
) -> Option<u32> {
    named_before::person_before(body, actors, before, she, skip, 3)
}

/// Words that open an adverbial clause before the main one.
const SUBORDINATORS: &[&str] = &[
    "when", "after", "while", "as", "before", "although", "though", "if", "since", "because",
    "once", "until", "whereas", "unless",
];

/// Subject pronouns that open a clause of their own.
pub(super) const CLAUSE_SUBJECTS: &[&str] = &["he", "she", "they", "it", "i", "we"];

/// "Mr Blair has failed, he claimed", "Mr Blair's government was a “bossy” one, he
/// added": a pronoun after a comma, or after a quote set in the middle of a clause, follows
/// the words it reports, and whoever those words name is someone else. Where that stretch
/// starts, if it is one.
pub(super) fn reported_before(body: &str, pronoun: usize) -> Option<usize> {
    // After a colon, which opens a clause of its own ("One reason: while Lee spoke, he …").
    let at = clause_start(body, pronoun);
    let from = span::slice(body, at, pronoun)
        .rfind(": ")
        .map_or(at, |i| at + i + 2);
    let head = span::slice(body, from, pronoun).trim_end();
    if head.ends_with(',') {
        // Not an opening adverbial clause of time or concession with a subject of its own
        // ("When Lee arrived, he said …"): whom it names can be whom the pronoun means. A
        // condition ("If Lee wins, he said, …") is part of the report, and so is a main
        // clause after it that the pronoun closes ("Since Lee came, fees rose, he said.").
        let mut words = head.split([' ', ',']);
        let first = Lower::new(words.next().unwrap_or(""));
        let subject = Lower::new(words.next().unwrap_or(""));
        let verb = span::from(body, pronoun).split_whitespace().nth(1);
        let main = head.trim_end_matches(',').contains(", ")
            && verb.is_some_and(|v| v.ends_with(['.', ',']));
        let adverbial = SUBORDINATORS.contains(&first.as_str())
            && !matches!(first.as_str(), "if" | "unless")
            && !CLAUSE_SUBJECTS.contains(&subject.as_str())
            && !main;
        return (!adverbial).then_some(from);
    }
    // `…was a “bossy” one,” he added`, not `X scolded him: “…,” she said`.
    let close = head.strip_suffix(['"', '”'])?;
    let open = close.rfind(['"', '“'])?;
    let lead = close[..open].trim_end();
    lead.ends_with(|c: char| c.is_alphanumeric())
        .then_some(from)
}

/// Whether the sentence naming `m` opens with the pronoun being resolved ("She met Ann
/// Lee …" for a "she") before it: its subject is someone a pronoun already meant, and the
/// person named later in it is spoken of.
fn after_same_pronoun(body: &str, m: &Mention, she: bool) -> bool {
    let at = m.span.start as usize;
    let from = sentence_past_titles(body, at);
    let head = span::slice(body, from, at).trim_start_matches(['"', '“', '‘', '\'', ' ']);
    let first = head.split([' ', ',']).next().unwrap_or("");
    first.len() < head.len() && first == if she { "She" } else { "He" }
}

/// Whether mention `m` can be whom "she" (or "he") means: a person outside quotes whose
/// gender fits, and not a bare word nothing marks as a person ("Fox411 interview",
/// "Pressed again, Perez …": no title, role or speech verb with it).
fn can_mean(actors: &Scope, m: &Mention, she: bool) -> bool {
    named_person(actors, m) && gender_fits(actors, m.entity, she)
}

/// Whether the mention `m`, outside quotes, names a person a pronoun or a description can
/// mean: not a bare word nothing marks as a person ("in a Fox411 interview, the actor
/// said").
pub(super) fn named_person(actors: &ArticleActors, m: &Mention) -> bool {
    let e = &actors.entities[m.entity as usize];
    !m.in_quote && e.kind == ActorType::Person && (!e.weak || e.name.contains(' '))
}

/// Whether the person mentioned at `m` is spoken of rather than speaking: named inside
/// `content` (what a source said) or as the object of a preposition.
fn spoken_of(body: &str, content: Span, m: &Mention) -> bool {
    (content.start <= m.span.start
        && m.span.end <= content.end
        && !after_quoted_phrase(body, m.span.start as usize))
        || after_preposition(body, m.span.start as usize)
}

/// Whether the name at byte `at` follows a quote closed with a comma (`calls it “a plan
/// for all,” Jane Hale seized …`): the subject of the clause after it, whom a content read
/// on past that mark does not report.
fn after_quoted_phrase(body: &str, at: usize) -> bool {
    let head = span::slice(body, span::ceil(body, at.saturating_sub(5)), at);
    head.ends_with(",” ") || head.ends_with(",\" ")
}

/// Singular heads of an unnamed source a later "he" or "she" can continue with.
pub(super) const ONE_PERSON: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "aide",
    "adviser",
    "advisor",
    "analyst",
    "expert",
    "diplomat",
    "insider",
    "executive",
    "representative",
    "witness",
    "resident",
    "critic",
    "campaigner",
    "activist",
    "lawmaker",
    "researcher",
    "scientist",
    "economist",
    "observer",
    "investigator",
    "prosecutor",
    "lawyer",
    "attorney",
    "doctor",
    "teacher",
    "worker",
    "member",
    "leader",
    "minister",
    "officer",
    "source",
    "mp",
];

/// `A Labour Party spokesman told the BBC … “…,” he said`: the last clause source before
/// the pronoun, when it is an unnamed person (of a fitting gender) and nobody the pronoun
/// can mean is named after it.
pub(super) fn last_described(
    body: &str,
    actors: &Scope,
    before: usize,
    she: bool,
    skip: Option<usize>,
) -> Option<LocalSpeaker> {
    let limit = skip.unwrap_or(before).min(before);
    let source = chained::last_source_past_pronoun(body, actors, limit, she)?;
    let range = (source.start as usize, source.end as usize);
    let Some(LocalSpeaker::Unnamed(d)) = description(body, actors, range, false) else {
        return None;
    };
    let head = d
        .split_whitespace()
        .map(str::to_lowercase)
        .find(|w| ONE_PERSON.contains(&w.as_str()))?;
    let fits = match head.as_str() {
        "spokesman" => !she,
        "spokeswoman" => she,
        _ => true,
    };
    let named_since = actors
        .mentions_in(source.start as usize, limit)
        .iter()
        .any(|m| can_mean(actors, m, she));
    if !fits || named_since {
        return None;
    }
    let held = one_described(actors, &d, range.0);
    Some(held.map_or(LocalSpeaker::Unnamed(d), LocalSpeaker::Entity))
}

#[cfg(test)]
mod fast_tests {
    use super::{subject_pronoun, subject_pronoun_in_text};
    use crate::model::Span;
    use proptest::prelude::*;

    proptest! {
        /// The test of a source's last byte agrees with reading its text, for any span of
        /// any text (ASCII or not, with any spaces).
        #[test]
        fn the_last_byte_test_agrees_with_the_text(
            body in "((he|She|THEY|they|the|Lee|Kelly|x|é|\u{2019}s|,|\\.|\t|\u{b}|\u{a0}| )){0,12}",
            a in 0usize..40,
            b in 0usize..40,
        ) {
            let s = Span::new(a, b);
            prop_assert_eq!(subject_pronoun(&body, s), subject_pronoun_in_text(&body, s));
        }
    }
}
