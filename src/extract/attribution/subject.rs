//! Reading the subject of a speech verb: a pronoun, a named actor, or an unnamed description.

use super::interview;
use super::pronoun::ONE_PERSON;
use super::referent::{after_the, name_modified, surname};
use super::unnamed::describe;
pub(super) use super::unnamed::description;
use crate::extract::actors::ArticleActors;
use crate::extract::lexicon;
use crate::extract::span;
use crate::extract::tokens::{Lower, Token};
use crate::extract::LocalSpeaker;
use crate::model::{ActorType, Span};

mod described;
mod last_named;
mod named;
mod pronouns;

/// An article's actors and where its clauses of attribution name their sources: a person
/// named as a source is whom a later "he" or "she" most likely continues with.
pub struct Scope<'a> {
    pub actors: &'a ArticleActors,
    /// The source spans of the article's clauses, in text order.
    pub sources: Vec<Span>,
    /// What each of `sources` reads as when it is an unnamed description (`resolve` over
    /// its own words), filled the first time a later description asks
    /// (`referent::repeated_description`): each source is resolved once. As long as
    /// `sources`.
    pub unnamed_sources: Vec<std::cell::OnceCell<Option<Box<str>>>>,
    /// Clauses whose source is a person, in text order: (source, content, person), each
    /// resolved seeing the ones before it. A later pronoun continues with the last of them
    /// unless someone else is named after it, outside what that person said.
    pub person_sources: Vec<(Span, Span, u32)>,
    /// Clauses whose source is a name no actor was found at ("Okafor said …" where the
    /// article spelt her name otherwise before): (the name, content), in text order.
    pub name_sources: Vec<(Span, Span)>,
    /// Subjects already read, by (start, end, quote, first person): a clause's source is
    /// read for the pronouns after it and again for its own reported speech.
    pub read: Memo,
    /// The gender each entity's name or titles tell (`gender::gender`), worked out the
    /// first time a pronoun asks: a "he" or "she" asks of many people, many times. As long
    /// as the entities, or empty (then worked out at each question).
    pub genders: Vec<std::cell::OnceCell<Option<bool>>>,
}

/// See [`Scope::read`].
pub type Memo =
    std::cell::RefCell<rustc_hash::FxHashMap<(usize, usize, usize, bool), Option<LocalSpeaker>>>;

impl std::ops::Deref for Scope<'_> {
    type Target = ArticleActors;

    fn deref(&self) -> &ArticleActors {
        self.actors
    }
}

impl Scope<'_> {
    /// The source of the last clause ending before `before`, when it ends at most `within`
    /// bytes before it.
    pub(super) fn last_source(&self, before: usize, within: usize) -> Option<Span> {
        let i = self.sources.partition_point(|s| (s.end as usize) <= before);
        let source = *self.sources[..i].last()?;
        (before - source.end as usize <= within).then_some(source)
    }

    /// Whether byte `at` lies in a clause's source.
    pub(super) fn is_source(&self, at: usize) -> bool {
        let i = self.sources.partition_point(|s| (s.start as usize) <= at);
        self.sources[..i]
            .iter()
            .rev()
            .take(4)
            .any(|s| at < s.end as usize)
    }
}

/// Words that may open a subject without being part of it.
pub(super) const LEADING: &[&str] = &[
    "but",
    "and",
    "so",
    "yet",
    "then",
    "also",
    "meanwhile",
    "however",
];

/// Whether `word` in lower case is one of [`LEADING`], compared in ASCII case: no character
/// but an ASCII capital lower-cases to their letters.
pub(super) fn is_leading(word: &str) -> bool {
    LEADING.iter().any(|l| word.eq_ignore_ascii_case(l))
}

/// `text` past its opening [`LEADING`] words and the spaces after each ("But Ann Lee" →
/// "Ann Lee").
pub(super) fn past_leading(mut text: &str) -> &str {
    // A leading word is at most nine bytes: the space after one is among the first ten.
    while let Some(i) = text.bytes().take(10).position(|b| b == b' ') {
        if !is_leading(&text[..i]) {
            break;
        }
        text = text[i + 1..].trim_start();
    }
    text
}

/// Indefinite articles and quantifiers that open a description before a word of rank ("a
/// former aide", "one senior official"); "the" is left to the rules of definite ones.
pub(super) const ARTICLES: &[&str] = &[
    "a", "an", "one", "another", "two", "three", "some", "several",
];

/// The other words that open a description before its head ("the spokesman", "their top
/// aide", "many other officials").
const OTHER_DETERMINERS: &[&str] = &[
    "the", "many", "other", "its", "their", "his", "her", "senior", "top", "former",
];

/// Whether `w` (lower case) opens a description before its head: one of [`ARTICLES`] or
/// the other determiners.
pub(super) fn is_determiner(w: &str) -> bool {
    ARTICLES.contains(&w) || OTHER_DETERMINERS.contains(&w)
}

/// The speaker named by the words `range` (the subject of a speech verb); `before` is where
/// the quote opens, so a pronoun looks for its person before that.
pub fn resolve(
    body: &str,
    actors: &Scope,
    range: (usize, usize),
    before: usize,
) -> Option<LocalSpeaker> {
    resolve_in(body, actors, range, before, false)
}

/// The speaker named right after a speech verb (`said his father, Abdullah Kurdi, after`):
/// the first person named, else a description.
pub fn resolve_after_verb(
    body: &str,
    actors: &Scope,
    range: (usize, usize),
    before: usize,
) -> Option<LocalSpeaker> {
    resolve_in(body, actors, range, before, true)
}

fn resolve_in(
    body: &str,
    actors: &Scope,
    range: (usize, usize),
    before: usize,
    first_person: bool,
) -> Option<LocalSpeaker> {
    // `before` counts only up to the subject's end (a pronoun looks before the earlier of
    // the two): subjects before their quote share one reading whatever the quote's place.
    let before = before.min(range.1);
    let key = (range.0, range.1, before, first_person);
    if let Some(known) = actors.read.borrow().get(&key) {
        return known.clone();
    }
    let found = read_subject(body, actors, range, before, first_person);
    actors.read.borrow_mut().insert(key, found.clone());
    found
}

/// A subject being read: the words `start..end` (`words`, read in place; `first`, the first
/// past the leading ones, whose lower case is `head`), where a pronoun looks for its person
/// before (`pronoun_at`, `before`), and whether the first person named is the one meant
/// (a speaker named after the verb).
#[derive(Clone, Copy)]
struct Subject<'s> {
    body: &'s str,
    actors: &'s Scope<'s>,
    start: usize,
    end: usize,
    before: usize,
    first_person: bool,
    words: &'s [Token],
    first: usize,
    head: &'s str,
    pronoun_at: usize,
}

/// Read as the steps below, in order: a pronoun after an opening, a name before a bracket,
/// "you" in an interview, a pronoun ([`Subject::he_or_she`], [`Subject::they_or_it`]), a
/// name modified, the person named ([`Subject::person`]) unless an office closes the
/// subject ([`Subject::office_after`]) or a surname alone names them, and last the person
/// or the description ([`Subject::person_or_description`], [`Subject::held_description`],
/// [`Subject::nobody_named`]).
fn read_subject(
    body: &str,
    actors: &Scope,
    range: (usize, usize),
    before: usize,
    first_person: bool,
) -> Option<LocalSpeaker> {
    let (start, end) = range;
    if start >= end {
        return None;
    }
    if let Some(pronoun) =
        super::pronoun::pronoun_after_opening(body, range).filter(|_| !first_person)
    {
        return read_subject(body, actors, pronoun, before, first_person);
    }
    // "Tom Brandt (R-Ohio), in particular, said": source words that open inside a bracket
    // after a name are that name's; the bracket only says where the person is from.
    if let Some(named) = named_before_bracket(body, actors, start) {
        return Some(LocalSpeaker::Entity(named));
    }
    // Read in place where the paragraph's tokens are the window's (the rules below take
    // the first word for a sentence's start, as a window's scan marks it).
    let window = actors.paragraph_tokens.window_or_copy(body, start, end);
    let words = &window[..];
    // The first word past the leading ones, lower-cased once.
    let (first, head) = words.iter().enumerate().find_map(|(i, t)| {
        let w = Lower::new(t.text(body));
        (!LEADING.contains(&w.as_str())).then_some((i, w))
    })?;
    // "((WN)) In your book you wrote …": "you" in an interviewer's question.
    if let Some(who) = interview::addressed(body, actors, words) {
        return who.map(LocalSpeaker::Entity);
    }
    let subject = Subject {
        body,
        actors,
        start,
        end,
        before,
        first_person,
        words,
        first,
        head: pronoun_of(head.as_str(), words.len() == first + 1),
        pronoun_at: words[first].start.min(before),
    };
    match subject.head {
        "he" | "she" => subject.he_or_she(),
        // The writer or an interviewee speaking of themselves: nobody named.
        "i" | "we" | "you" => None,
        "they" | "it" => subject.they_or_it(),
        _ => subject.named_or_described(),
    }
}

/// The head word `head` of a subject, or, for a possessive `alone` in it ("his calls for
/// …": the source of a noun), the pronoun it is of ("he"), which means the same person.
#[inline]
fn pronoun_of(head: &str, alone: bool) -> &str {
    match (pronouns::without_verb(head), alone) {
        ("his", true) => "he",
        ("her", true) => "she",
        ("their", true) => "they",
        ("its", true) => "it",
        (h, _) => h,
    }
}

impl Subject<'_> {
    /// A subject that is no pronoun: a name modified, the person named unless an office
    /// closes the subject or a surname alone names them, else the person or the
    /// description.
    fn named_or_described(&self) -> Option<LocalSpeaker> {
        let Subject {
            body,
            actors,
            start,
            end,
            first_person,
            words,
            first,
            ..
        } = *self;
        let mentions = actors.mentions_in(start, end);
        let text = span::slice(body, start, end);
        if let Some(d) = name_modified(body, actors, &words[first..], mentions) {
            return Some(LocalSpeaker::Unnamed(d.to_string()));
        }
        let person = self.person(mentions, text);
        if let Some(found) = person
            .filter(|_| !first_person)
            .and_then(|m| self.office_after(m))
        {
            return Some(found);
        }
        if person.is_none() {
            if let Some(e) = surname(body, actors, &words[first..], start) {
                return Some(LocalSpeaker::Entity(e));
            }
        }
        let unnamed = if body.is_char_boundary(start) {
            describe(body, actors, words, end, false)
        } else {
            description(body, actors, (start, end), false)
        };
        match (person, unnamed) {
            (Some(m), Some(LocalSpeaker::Unnamed(d))) => self.person_or_description(m, d, text),
            (Some(m), _) => Some(LocalSpeaker::Entity(m.entity)),
            (None, Some(LocalSpeaker::Unnamed(d))) => self.held_description(d),
            (None, Some(d)) => Some(d),
            (None, None) => self.nobody_named(mentions),
        }
    }
}

/// "The prime minister told MPs", after "Prime Minister Tony Blair" was named: the one
/// person of the article given that office (a definite description only, and only when
/// one person holds it).
fn holder_of_role(actors: &ArticleActors, description: &str) -> Option<u32> {
    let office = after_the(description)?.to_lowercase();
    let mut holders = actors.entities.iter().enumerate().filter(|(_, e)| {
        e.kind == ActorType::Person && e.roles.iter().any(|r| r.to_lowercase() == office)
    });
    match (holders.next(), holders.next()) {
        (Some((i, _)), None) => Some(i as u32),
        _ => None,
    }
}

/// "Michael Howard has said … “…”, the Conservative leader said": a definite description
/// of one person ("the party leader", "the minister") as a source is the person named as
/// the source of the clause before it.
fn last_source_person(actors: &Scope, description: &str, before: usize) -> Option<u32> {
    let rest = after_the(description)?;
    let words: Vec<&str> = rest.split_whitespace().collect();
    let head = words.last()?.to_lowercase();
    // "the attorney general", "the executive director": a role noun after a word of one
    // person names that person's office.
    let office = || {
        words.len() >= 2
            && lexicon::set_here!("role_nouns").contains(&head)
            && ONE_PERSON.contains(&words[words.len() - 2].to_lowercase().as_str())
    };
    if words.len() > 4 || !(ONE_PERSON.contains(&head.as_str()) || office()) {
        return None;
    }
    previous_source_person(actors, before)
}

/// The person a definite description of one person means: the one holder of that office
/// in the article, else the source named just before `before` ([`last_source_person`]).
pub(super) fn one_described(actors: &Scope, description: &str, before: usize) -> Option<u32> {
    holder_of_role(actors, description).or_else(|| last_source_person(actors, description, before))
}

/// The person named as the source of the last clause within 800 bytes before `before`.
fn previous_source_person(actors: &Scope, before: usize) -> Option<u32> {
    let source = actors.last_source(before, 800)?;
    actors
        .mentions_in(source.start as usize, source.end as usize)
        .iter()
        .find(|m| !m.in_quote && actors.kind(m.entity) == ActorType::Person)
        .map(|m| m.entity)
}

/// "Three economists at the bank found … They argued …": the source of the clause before
/// the pronoun, near it, resolved (not a person for "it").
fn previous_source(body: &str, actors: &Scope, before: usize, it: bool) -> Option<LocalSpeaker> {
    let source = actors.last_source(before, 400)?;
    let range = (source.start as usize, source.end as usize);
    match resolve(body, actors, range, range.0)? {
        LocalSpeaker::Entity(e) if it && actors.kind(e) == ActorType::Person => None,
        // "Rower tells Wikinews …": whom the answers speak to, never "they" in them.
        LocalSpeaker::Entity(e) if actors.interviewer == Some(e) => None,
        LocalSpeaker::Unnamed(d) if it && plural(&d) => None,
        LocalSpeaker::None => None,
        s => Some(s),
    }
}

/// Whether a description names many ("civic leaders", "the people"), which "it" never
/// means.
fn plural(description: &str) -> bool {
    let last = description.rsplit(' ').next().unwrap_or("");
    let last = Lower::new(last);
    let w = last.as_str();
    (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("news"))
        || w == "people"
        || w == "police"
}

/// The person named right before the bracket that opens just before byte `start`, when
/// the bracket closes before a comma (`X (R-Ohio), …`).
fn named_before_bracket(body: &str, actors: &Scope, start: usize) -> Option<u32> {
    let head = span::upto(body, start).trim_end();
    let bracket = head.strip_suffix('(')?.trim_end();
    let closed = span::from(body, start).split_once(')')?;
    if !closed.1.starts_with(',') || closed.0.contains(['(', ',', '.', '"', '“']) {
        return None;
    }
    let m = actors
        .mentions_in(bracket.len().saturating_sub(80), bracket.len())
        .last()
        .filter(|m| m.span.end as usize == bracket.len() && !m.in_quote)?;
    (actors.kind(m.entity) == ActorType::Person).then_some(m.entity)
}

/// Whether byte `at` of `text` lies inside brackets opened before it: "Comic artist Jenn
/// St-Onge (Nancy Drew, Jem and the Misfits) told" names works, not the speaker.
fn in_parentheses(text: &str, at: usize) -> bool {
    let head = span::upto(text, at).as_bytes();
    let open = head.iter().rposition(|&b| b == b'(' || b == b'[');
    let close = head.iter().rposition(|&b| b == b')' || b == b']');
    open.is_some_and(|o| close.is_none_or(|c| c < o))
}

/// Whether `text[at..to]` is the name of an opening phrase set off by a comma ("Of Lee,",
/// "As for Lee,"): a preposition or two before it, nothing else.
fn in_opening_phrase(text: &str, at: usize, to: usize) -> bool {
    let head = span::upto(text, at);
    if head.len() > 8 || !span::from(text, to).starts_with(',') {
        return false;
    }
    matches!(
        Lower::new(head.trim()).as_str(),
        "of" | "as for" | "about" | "on" | "like" | "unlike" | "for" | "to"
    )
}

/// Whether byte `at` of `text` lies in a ", who …," / ", which …," clause.
fn in_relative_clause(text: &str, at: usize) -> bool {
    let head = span::upto(text, at);
    // The last clause opening in `head`: every one starts with a comma, so only commas
    // (found from the end) are tried.
    let opens = [", who ", ", whose ", ", which ", ", where "];
    let Some(open) = memchr::memrchr_iter(b',', head.as_bytes())
        .find(|&i| opens.iter().any(|p| head[i..].starts_with(p)))
    else {
        return false;
    };
    !span::slice(text, open + 2, at).contains(',')
}

fn possessed_description(body: &str, words: &[Token], name_end: usize) -> bool {
    let heads = lexicon::set_here!("unnamed_heads");
    words
        .iter()
        .position(|t| t.start >= name_end)
        .is_some_and(|i| {
            i > 0 && words[i - 1].possessive && heads.contains(&Lower::new(words[i].text(body)))
        })
}

fn last_org(actors: &ArticleActors, before: usize) -> Option<u32> {
    actors
        .mentions_in(0, before)
        .iter()
        .rev()
        .take(6)
        .find(|m| !m.in_quote && actors.kind(m.entity) == ActorType::Org)
        // An interviewer's label opens the turn: nothing before it is the answer's "it".
        .filter(|m| actors.interviewer != Some(m.entity))
        .map(|m| m.entity)
}

/// Whether the lower-cased `word` describes one person by what they are: an age
/// ("34-year-old") or a role noun ("senator", "record holder").
pub(super) fn one_person_word(word: &str) -> bool {
    word.ends_with("-old") || lexicon::set_here!("role_nouns").contains(word)
}

/// "Ann Lee of Ohio, a Reyes supporter, said": where the first person is from is part
/// of their name's phrase, before the apposition.
fn past_of_place(after: &str) -> &str {
    let Some((place, rest)) = after.strip_prefix(" of ").and_then(|a| a.split_once(',')) else {
        return after;
    };
    let words = place.split(' ');
    if (1..=3).contains(&words.clone().count())
        && words
            .into_iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
    {
        &after[after.len() - rest.len() - 1..]
    } else {
        after
    }
}

#[cfg(test)]
mod tests;
