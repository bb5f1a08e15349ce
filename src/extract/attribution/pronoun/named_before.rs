//! Whom "he" or "she" continues with among the people named before it: the last source
//! that is a person, else the subject of the sentence of the last person it can mean
//! (past an opening adverbial clause, and back through sentences the same pronoun opens).

use super::super::bounds::sentence_past_titles;
use super::super::gender::gender_fits;
use super::super::preposition::after_preposition;
use super::super::subject::{Scope, LEADING};
use super::{after_same_pronoun, can_mean, spoken_of, CLAUSE_SUBJECTS, SUBORDINATORS};
use crate::extract::actors::Mention;
use crate::extract::span;
use crate::extract::tokens::Lower;

/// [`last_person`], following at most `depth` sentences whose subject is the same pronoun.
pub(super) fn person_before(
    body: &str,
    actors: &Scope,
    before: usize,
    she: bool,
    skip: Option<usize>,
    depth: u8,
) -> Option<u32> {
    let people = actors
        .mentions_in(0, before)
        .iter()
        .rev()
        .filter(|m| skip.is_none_or(|from| (m.span.start as usize) < from))
        .filter(|m| can_mean(actors, m, she));
    let limit = skip.unwrap_or(before).min(before);
    if let Some(e) = last_source(body, actors, people.clone(), limit, she) {
        return Some(e);
    }
    // "She has faced criticism since her meeting with Ann Lee. … “…,” she said": a person
    // named after a sentence's subject "she" is not whom a later "she" continues with.
    let last = people
        .clone()
        .find(|m| !after_same_pronoun(body, m, she))
        .or_else(|| people.clone().next())?;
    let people = people.filter(move |m| m.span.start <= last.span.start);
    // The sentence of the last person the pronoun can mean: a source named in it, else its
    // subject (the first person named in it who is no preposition's object) is whom "he"
    // continues with.
    let from = sentence_past_titles(body, last.span.start as usize);
    // "Ames stood apart. He avoided naming front-runner Bell until he warned …": a
    // sentence whose subject is the same pronoun continues with whom that pronoun means.
    if depth > 0 {
        if let Some(at) = opening_pronoun(body, from, last.span.start as usize, she) {
            if let Some(e) = person_before(body, actors, at, she, None, depth - 1) {
                return Some(e);
            }
        }
    }
    let main = main_clause(body, from, last.span.start as usize, people.clone());
    Some(sentence_subject(body, actors, people, main, last))
}

/// "Mr Blair has failed, he claimed. … The Tories, he said, …", "Rendell said … He
/// added that Clinton … alongside Trump. “…,” he said": the last source before `limit`
/// that is a person, when it is near and everyone named since (`people`, last first) is
/// named inside what they said.
fn last_source<'a>(
    body: &str,
    actors: &Scope,
    people: impl Iterator<Item = &'a Mention>,
    limit: usize,
    she: bool,
) -> Option<u32> {
    let i = actors
        .person_sources
        .partition_point(|(s, _, _)| (s.end as usize) <= limit);
    let &(s, content, e) = actors.person_sources[..i].last()?;
    let near = limit - s.end as usize <= 1200;
    let others_reported = people
        .take_while(|m| m.span.start >= s.end)
        .all(|m| m.entity == e || spoken_of(body, content, m) || after_same_pronoun(body, m, she));
    (near && others_reported && gender_fits(actors, e, she)).then_some(e)
}

/// "When Ames asked about it, Bell replied …": where the main clause of the sentence
/// from `from` to the person named at `last` opens — past an opening adverbial clause,
/// when the main clause opens with someone of `people` (last first), else `from`.
fn main_clause<'a>(
    body: &str,
    from: usize,
    last: usize,
    people: impl Iterator<Item = &'a Mention> + Clone,
) -> usize {
    past_adverbial(body, from, last)
        .filter(|&main| {
            people
                .clone()
                .take_while(|m| m.span.start as usize >= main)
                .any(|m| {
                    (m.span.start as usize) < main + 40
                        && !after_preposition(body, m.span.start as usize)
                })
        })
        .unwrap_or(from)
}

/// Whom "he" continues with in the sentence whose main clause opens at `main`, of
/// `people` (last first, `last` the last): a source named in it, else its subject (the
/// first person named in it who is no preposition's object and modifies no role).
fn sentence_subject<'a>(
    body: &str,
    actors: &Scope,
    people: impl Iterator<Item = &'a Mention> + Clone,
    main: usize,
    last: &'a Mention,
) -> u32 {
    let sentence = people
        .clone()
        .take_while(move |m| m.span.start as usize >= main);
    let source = sentence
        .clone()
        .find(|m| actors.is_source(m.span.start as usize));
    let subject = sentence
        .filter(|m| {
            !after_preposition(body, m.span.start as usize)
                && !super::super::object::modifies_role(body, m.span.end as usize)
        })
        .last();
    // "Ames, who called Bell a fraud, wants voters to turn from him. The host has filled
    // his talks with praise for Cole. “…,” he said": when the last sentence names nobody
    // the pronoun can mean but as a preposition's object, the subject of the sentence of
    // the last person named otherwise, not that person.
    let earlier = || {
        let m = people
            .clone()
            .find(|m| !after_preposition(body, m.span.start as usize))?;
        let from = sentence_past_titles(body, m.span.start as usize);
        people
            .clone()
            .skip_while(|n| n.span.start > m.span.start)
            .take_while(|n| n.span.start as usize >= from)
            .filter(|n| !after_preposition(body, n.span.start as usize))
            .last()
    };
    source.or(subject).or_else(earlier).unwrap_or(last).entity
}

/// Where the main clause starts when the sentence from `from` opens with an adverbial
/// clause ("When …, ", "After …, ") that closes with a comma before `named`.
fn past_adverbial(body: &str, from: usize, named: usize) -> Option<usize> {
    let head = span::slice(body, from, named);
    let first = head.split([' ', ',']).next()?;
    if !SUBORDINATORS.contains(&Lower::new(first).as_str()) {
        return None;
    }
    // The clause's comma, also inside the closing mark of a quote it ends with ("When Ames
    // called it “a plan for all,” Bell replied").
    let (comma, mark) = head.match_indices(',').find_map(|(i, _)| {
        let rest = &head[i + 1..];
        let mark = rest
            .strip_prefix(['”', '"'])
            .map_or(0, |r| rest.len() - r.len());
        rest[mark..].starts_with(' ').then_some((i, mark))
    })?;
    let main = comma + 1 + mark + 1;
    // Not "If it fails, she is …": a pronoun opening the main clause is its subject.
    let next = head[main..].split([' ', '’', '\'']).next()?;
    let pronoun = CLAUSE_SUBJECTS.contains(&Lower::new(next).as_str());
    (!pronoun).then_some(from + main)
}

/// Where "he" (or "she") stands when it opens the sentence from `from` (after a leading
/// conjunction), before the first person it names at `named`.
fn opening_pronoun(body: &str, from: usize, named: usize, she: bool) -> Option<usize> {
    let head = span::slice(body, from, named);
    let mut at = from;
    for w in head.split(' ') {
        let lower = Lower::new(w.trim_end_matches(','));
        if LEADING.contains(&lower.as_str()) {
            at += w.len() + 1;
            continue;
        }
        return (lower.as_str() == if she { "she" } else { "he" }).then_some(at);
    }
    None
}
