//! Actors: finding people, organisations and places in an article (names, title and role
//! cues, organisation words, acronyms, gazetteers), clustering an article's mentions into
//! entities ("Johnson" → "Boris Johnson"), and merging entities across the corpus.

mod apostrophes;
mod headline;
mod labels;
mod merge;
mod names;
mod neighbours;
mod running;
mod same;

pub use merge::{merge, EntityTable};
pub use running::RunningNames;
pub(crate) use same::initials;

use super::lexicon;
use super::quotes::QuoteSpan;
use super::span;
use super::tokens::Lower;
use super::tokens::{
    tokenize_into, tokenize_pooled, window_in_place, window_pooled, Token, Tokens,
};
use super::LocalEntity;
use crate::model::{ActorType, Paragraph, Span};
use names::{Candidate, Kind};

/// One mention of an entity in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    /// Index into `ArticleActors::entities`.
    pub entity: u32,
    /// Inside a quotation (a name inside a quote is never a pronoun's antecedent).
    pub in_quote: bool,
}

/// The entities of one article and every mention of them, in text order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleActors {
    pub entities: Vec<LocalEntity>,
    pub mentions: Vec<Mention>,
    /// The entity an interviewer's label ("((WN))") stands for: never what a pronoun or a
    /// description in the answers means (the one answering says "you" to it).
    pub interviewer: Option<u32>,
    /// Every form (lower case) an entity is written as in this article.
    forms: rustc_hash::FxHashMap<String, u32>,
    /// The tokens of each paragraph that was read for names, so attribution does not
    /// tokenize them again.
    pub paragraph_tokens: ParagraphTokens,
}

/// The tokens of an article's paragraphs, in one vector (one allocation per article, not
/// one per paragraph); paragraphs not read for names have none.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParagraphTokens {
    tokens: Vec<Token>,
    /// Paragraph → its range in `tokens`.
    ranges: Vec<Option<(u32, u32)>>,
    /// The paragraphs read, in text order: (start, end) in the body, and their range in
    /// `tokens`.
    read: Vec<((u32, u32), (u32, u32))>,
}

/// A window's tokens: borrowed from the paragraph's, or a copy.
pub enum Window<'a> {
    InPlace(&'a [Token]),
    Copied(Tokens),
}

impl std::ops::Deref for Window<'_> {
    type Target = [Token];

    fn deref(&self) -> &[Token] {
        match self {
            Window::InPlace(w) => w,
            Window::Copied(w) => w,
        }
    }
}

impl ParagraphTokens {
    /// The tokens of paragraph `i`, if it was read.
    pub fn get(&self, i: usize) -> Option<&[Token]> {
        let (a, b) = (*self.ranges.get(i)?)?;
        self.tokens.get(a as usize..b as usize)
    }

    /// The tokens of `body[start..end]` as they stand in its paragraph's, where
    /// [`ParagraphTokens::window`] would copy them ([`window_in_place`]: the first word's
    /// `sentence_start` is the paragraph's, not the window's).
    pub fn window_in_place(&self, body: &str, start: usize, end: usize) -> Option<&[Token]> {
        let i = self
            .read
            .partition_point(|&((s, _), _)| s as usize <= start);
        let ((s, e), (a, b)) = self.read[i.checked_sub(1)?];
        window_in_place(
            body,
            &self.tokens[a as usize..b as usize],
            (s as usize, e as usize),
            start,
            end,
        )
    }

    /// The tokens of `body[start..end]` in place where they stand as they are in the
    /// paragraph's ([`ParagraphTokens::window_in_place`]), else copied
    /// ([`ParagraphTokens::window`]).
    pub fn window_or_copy(&self, body: &str, start: usize, end: usize) -> Window<'_> {
        match self.window_in_place(body, start, end) {
            Some(w) => Window::InPlace(w),
            None => Window::Copied(self.window(body, start, end)),
        }
    }

    /// The tokens of `body[start..end]` as [`tokenize_pooled`] makes them: copied from its
    /// paragraph's where they are the same ([`window_pooled`]).
    pub fn window(&self, body: &str, start: usize, end: usize) -> Tokens {
        let i = self
            .read
            .partition_point(|&((s, _), _)| s as usize <= start);
        match i.checked_sub(1).map(|i| self.read[i]) {
            Some(((s, e), (a, b))) => window_pooled(
                body,
                &self.tokens[a as usize..b as usize],
                (s as usize, e as usize),
                start,
                end,
            ),
            None => tokenize_pooled(body, start, end),
        }
    }
}

/// Mentions [`ArticleActors::mentions_in`] looks at one by one before it searches.
const NEAR: usize = 4;

impl ArticleActors {
    /// The entity a name as written refers to ("Johnson", "President Trump", "the Guardian").
    pub fn resolve(&self, surface: &str) -> Option<u32> {
        let key = names::normalise(surface);
        if let Some(&e) = self.forms.get(&key) {
            return Some(e);
        }
        // Drop leading titles and determiners: "President Trump", "the Guardian".
        let words: Vec<&str> = key.split(' ').collect();
        (1..words.len()).find_map(|i| self.forms.get(&words[i..].join(" ")).copied())
    }

    /// The mention covering byte `offset`, if any.
    pub fn mention_at(&self, offset: usize) -> Option<&Mention> {
        let i = self
            .mentions
            .partition_point(|m| (m.span.end as usize) <= offset);
        self.mentions
            .get(i)
            .filter(|m| m.span.start as usize <= offset && offset < m.span.end as usize)
    }

    /// Mentions that start in `start..end`, in text order.
    pub fn mentions_in(&self, start: usize, end: usize) -> &[Mention] {
        let a = self
            .mentions
            .partition_point(|m| (m.span.start as usize) < start);
        // Most ranges hold a mention or two: the first few after `a` are looked at before
        // the rest is searched (the mentions are sorted by span, so by start).
        let rest = &self.mentions[a..];
        let before_end = |m: &Mention| (m.span.start as usize) < end;
        let near = rest.iter().take(NEAR).take_while(|m| before_end(m)).count();
        let n = if near < NEAR {
            near
        } else {
            NEAR + rest[NEAR..].partition_point(before_end)
        };
        &rest[..n]
    }

    pub fn kind(&self, entity: u32) -> ActorType {
        self.entities[entity as usize].kind
    }
}

/// Finds the actors of one article (boilerplate paragraphs are skipped: a name only in a
/// caption or byline is not an actor of the story).
pub fn find(body: &str, paragraphs: &[Paragraph], quotes: &[QuoteSpan]) -> ArticleActors {
    let mut candidates: Vec<Candidate> = Vec::new();
    let mut seen = Vec::new();
    // The paragraphs in Title Case (headlines, subheadings), by byte range.
    let mut title_case = Vec::new();
    let mut paragraph_tokens = ParagraphTokens {
        tokens: Vec::with_capacity(body.len() / 5 + 1),
        ranges: vec![None; paragraphs.len()],
        read: Vec::new(),
    };
    for (p, kept) in paragraphs.iter().zip(&mut paragraph_tokens.ranges) {
        if p.boilerplate {
            continue;
        }
        let (start, end) = (p.span.start as usize, p.span.end as usize);
        let Some(text) = body.get(start..end) else {
            continue;
        };
        // A name alone on a line is a byline or a caption, not the story; a short line
        // with a verb before a colon ("Cruz continued:") introduces the paragraph after it.
        // (The sentence end is asked first: most paragraphs have one.)
        if !text.ends_with(['.', '!', '?', '"', '”'])
            && text.split_whitespace().nth(4).is_none()
            && !(text.ends_with(':')
                && text
                    .split_whitespace()
                    .any(|w| w.starts_with(char::is_lowercase)))
        {
            continue;
        }
        let all = &mut paragraph_tokens.tokens;
        let from = all.len();
        tokenize_into(all, body, start, end);
        // No paragraph read before: the article's first, which may be its headline.
        let opening = from == 0;
        if names::candidates(body, &all[from..], opening, &mut seen, &mut candidates) {
            title_case.push((start, end));
        }
        *kept = Some((from as u32, all.len() as u32));
        paragraph_tokens
            .read
            .push(((start as u32, end as u32), (from as u32, all.len() as u32)));
    }
    neighbours::retype(body, &paragraph_tokens.tokens, &mut candidates);
    candidates.retain(|c| c.kind != Kind::Skip);
    headline::cut_runs(body, &title_case, &mut candidates);
    // "Uncle John's Band", "Hey Jude": a title in quotation marks is a work.
    for c in &mut candidates {
        if quoted_title(body, quotes, c.span) {
            c.kind = Kind::Work;
        }
    }
    let doubled = apostrophes::spans(body);
    let in_quote = |offset: usize| {
        let i = quotes.partition_point(|q| (q.outer.start as usize) <= offset);
        let j = doubled.partition_point(|&(a, _)| a <= offset);
        quotes[..i]
            .iter()
            .rev()
            .take(8)
            .any(|q| offset < q.outer.end as usize)
            || doubled[..j].last().is_some_and(|&(_, b)| offset < b)
    };
    ArticleActors {
        paragraph_tokens,
        ..cluster(body, candidates, &in_quote)
    }
}

/// Whether the name at `span` is inside a quotation that is only a title: a few
/// capitalised words (small words between them), no sentence inside ("Shake Hands With
/// The Devil", "Uncle John's Band,").
fn quoted_title(body: &str, quotes: &[QuoteSpan], span: Span) -> bool {
    let i = quotes.partition_point(|q| q.text.start <= span.start);
    let Some(q) = i.checked_sub(1).map(|i| &quotes[i]) else {
        return false;
    };
    if span.end > q.text.end {
        return false;
    }
    let Some(text) = body.get(q.text.start as usize..q.text.end as usize) else {
        return false;
    };
    let text = text.trim_end_matches([',', '.', '!', '?']);
    let small = |w: &str| {
        matches!(
            w,
            "of" | "the"
                | "a"
                | "an"
                | "and"
                | "in"
                | "on"
                | "to"
                | "with"
                | "for"
                | "at"
                | "by"
                | "from"
                | "or"
        )
    };
    let mut n = 0;
    for w in text.split_whitespace() {
        n += 1;
        let capital = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if n > 7 || !(capital || small(w)) || w.contains([',', '.', ';', ':', '!', '?']) {
            return false;
        }
    }
    // One quoted word is a nickname or a scare quote ("Lyin'", "Disgusting"), not a title.
    n >= 2
}

/// Groups candidates into entities: full names first, then surnames and short forms that
/// point at one of them. Read in this order: the strong names, the names that join
/// another, the single names, then each kept candidate as a mention.
fn cluster(
    body: &str,
    candidates: Vec<Candidate>,
    in_quote: &dyn Fn(usize) -> bool,
) -> ArticleActors {
    let mut actors = ArticleActors::default();
    let mut key_of: Vec<Option<u32>> = vec![None; candidates.len()];
    let hosts = same::hosts(body, &candidates);
    strong_names(&mut actors, &candidates, &hosts, &mut key_of);
    join_hosts(&mut actors, &candidates, &hosts, &mut key_of);
    single_names(body, &mut actors, &candidates, &mut key_of);
    add_mentions(body, &mut actors, &candidates, &key_of, in_quote);
    actors.mentions.sort_by_key(|m| m.span);
    actors
}

/// Pass 1 of [`cluster`]: an entity for each name with a clear identity (gazetteer names,
/// full names, orgs) that joins no other.
fn strong_names(
    actors: &mut ArticleActors,
    candidates: &[Candidate],
    hosts: &[Option<usize>],
    key_of: &mut [Option<u32>],
) {
    for (ci, c) in candidates.iter().enumerate() {
        if hosts[ci].is_some() {
            continue;
        }
        let strong = match c.kind {
            Kind::Person => c.name.contains(' '),
            // "PENCE:" labelling a transcript's turns is Mike Pence's surname.
            Kind::Org => !labels::surname_in_capitals(c, candidates),
            Kind::Place | Kind::Work | Kind::Product | Kind::Event => true,
            Kind::MaybePerson | Kind::Skip => false,
        };
        if strong {
            let e = actors.entity_for(c, c.kind, names::normalise(&c.name));
            // "sang Hey Jude … a version of Hey Jude": a work or product cue at a later
            // mention types a name no role marks as a person's ("singer Ann Lee").
            let entity = &mut actors.entities[e as usize];
            if entity.kind == ActorType::Person
                && matches!(c.kind, Kind::Work | Kind::Product)
                && !candidates
                    .iter()
                    .any(|o| o.name == c.name && o.role.is_some())
            {
                entity.kind = actor_type(c.kind);
            }
            key_of[ci] = Some(e);
        }
    }
}

/// An acronym and its expansion, a name and the longer one it is part of: one entity.
fn join_hosts(
    actors: &mut ArticleActors,
    candidates: &[Candidate],
    hosts: &[Option<usize>],
    key_of: &mut [Option<u32>],
) {
    for (ci, c) in candidates.iter().enumerate() {
        if let Some(e) = hosts[ci].and_then(|h| key_of[h]) {
            actors.add_form(&c.name, e);
            key_of[ci] = Some(e);
        }
    }
}

/// Pass 2 of [`cluster`]: single names: the surname (or first name) of a person named in
/// full, else a person of their own when something marks them as one (a title, a speech
/// verb).
fn single_names(
    body: &str,
    actors: &mut ArticleActors,
    candidates: &[Candidate],
    key_of: &mut [Option<u32>],
) {
    // Full names are normalised once here (this loop runs for every candidate).
    let full_names: Vec<(u32, String)> = actors
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == ActorType::Person && e.name.contains(' '))
        .map(|(i, e)| (i as u32, names::normalise(&e.name)))
        .collect();
    for (ci, c) in candidates.iter().enumerate() {
        if key_of[ci].is_some() {
            continue;
        }
        let key = names::normalise(&c.name);
        // A given name that the full name lacks makes another person: "Bill Clinton" is
        // no form of "Hillary Clinton" (but "Defying Trump", a headline's words, is one of
        // "Donald Trump").
        let other_given = |full: &str| {
            key.split_once(' ')
                .is_some_and(|(first, _)| !full.split(' ').any(|w| w == first) && given_name(first))
        };
        // "Trump", or "President Trump" ending in a word of "Donald Trump" (a whole word:
        // "Michael McDonald" is no form of "Donald Trump").
        let by_part = full_names.iter().find(|(_, full)| {
            full.split(' ')
                .any(|w| w == key || key.strip_suffix(w).is_some_and(|rest| rest.ends_with(' ')))
                && !other_given(full)
        });
        // "Chad" of "Chadwick Boseman": the start of one person's first name.
        let nickname = || {
            let mut of = full_names.iter().filter(|(_, full)| {
                let first = full.split(' ').next().unwrap_or("");
                key.len() >= 3 && first.len() > key.len() && first.starts_with(key.as_str())
            });
            of.next().filter(|_| of.next().is_none())
        };
        // A name of several words that is already a form is that entity ("Tom Reed" of the
        // headline is the Tom Reed of the story, not Anna Reed); one word is first looked
        // for in the full names ("Trump" is Donald Trump's, though an organisation holds
        // it).
        let form = actors.forms.get(&key).copied();
        if let Some(e) = form.filter(|_| key.contains(' ')) {
            key_of[ci] = Some(e);
        } else if let Some(&(e, _)) = by_part {
            actors.add_form(&c.name, e);
            key_of[ci] = Some(e);
        } else if let Some(e) = form {
            key_of[ci] = Some(e);
        } else if let Some(&(e, _)) = nickname().filter(|_| !key.contains(' ')) {
            actors.add_form(&c.name, e);
            key_of[ci] = Some(e);
        } else if c.kind == Kind::MaybePerson && common_by_position(body, c) {
            // A common word, capitalised only where it opens a sentence: no one.
        } else {
            // Not a form yet (looked up just above).
            let e = actors.entity_for(c, Kind::Person, key);
            actors.entities[e as usize].weak = !(c.kind == Kind::Person || c.cued);
            key_of[ci] = Some(e);
        }
    }
}

/// Each candidate that found an entity is a mention of it: counted, with its role, its
/// surface as an alias, and whether it is inside a quote.
fn add_mentions(
    body: &str,
    actors: &mut ArticleActors,
    candidates: &[Candidate],
    key_of: &[Option<u32>],
    in_quote: &dyn Fn(usize) -> bool,
) {
    for (ci, c) in candidates.iter().enumerate() {
        let Some(e) = key_of[ci] else { continue };
        let entity = &mut actors.entities[e as usize];
        entity.mentions += 1;
        // A bare word is weak only while no mention of it is marked as a person's.
        if c.kind == Kind::Person || c.cued {
            entity.weak = false;
        }
        if let Some(role) = &c.role {
            if !entity.roles.iter().any(|r| r == role) {
                entity.roles.push(role.clone());
            }
        }
        if labels::interviewer_label(body, c.span.start as usize, c.span.end as usize) {
            actors.interviewer = Some(e);
        }
        let surface = &body[c.span.start as usize..c.span.end as usize];
        if surface != entity.name && !entity.aliases.iter().any(|a| a == surface) {
            entity.aliases.push(surface.to_string());
        }
        actors.mentions.push(Mention {
            span: c.span,
            entity: e,
            in_quote: in_quote(c.span.start as usize),
        });
    }
}

/// "Economists warn …", "Containment failed …": a single word no rule placed, at a
/// sentence's start, that the article writes in lower case elsewhere and never with a
/// capital inside a sentence — a common word, capitalised by its place. Not a given name
/// ("Rose said …" though roses bloom) nor one with a title or role.
fn common_by_position(body: &str, c: &Candidate) -> bool {
    let (start, end) = (c.span.start as usize, c.span.end as usize);
    let word = span::slice(body, start, end);
    if c.role.is_some()
        || word.len() < 2
        || !word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
        || !opens_sentence(body, start)
        || given_name(word)
    {
        return false;
    }
    // Each occurrence of the word after its first letter, then that letter in either case.
    let (bytes, n) = (body.as_bytes(), word.len());
    let rest = word[1..].to_ascii_lowercase();
    let mut lower_case = false;
    for at in memchr::memmem::find_iter(bytes, rest.as_bytes()) {
        let Some(at) = at.checked_sub(1) else {
            continue;
        };
        let whole = bytes[at].eq_ignore_ascii_case(&word.as_bytes()[0])
            && !at
                .checked_sub(1)
                .is_some_and(|b| bytes[b].is_ascii_alphanumeric())
            && !bytes.get(at + n).is_some_and(|b| b.is_ascii_alphanumeric());
        if !whole {
            continue;
        }
        if bytes[at].is_ascii_lowercase() {
            lower_case = true;
        } else if at != start && !opens_sentence(body, at) {
            return false;
        }
    }
    lower_case
}

/// Whether the word at `at` opens a sentence or a line: only spaces and opening quotes
/// between it and a stop, a colon or a line break (or the text's start).
fn opens_sentence(body: &str, at: usize) -> bool {
    let head = span::upto(body, at).trim_end_matches([' ', '"', '“', '‘', '\'', '(']);
    head.is_empty() || head.ends_with(['.', '!', '?', ':', '\n', '”', '"'])
}

/// Whether `word` is a given name of the lexicon ("Ann", "JEAN").
fn given_name(word: &str) -> bool {
    lexicon::set_here!("first_names").contains(&Lower::new(word))
}

/// The actor type a candidate of `kind` becomes.
fn actor_type(kind: Kind) -> ActorType {
    match kind {
        Kind::Org => ActorType::Org,
        Kind::Place => ActorType::Place,
        Kind::Work => ActorType::Work,
        Kind::Product => ActorType::Product,
        Kind::Event => ActorType::Event,
        Kind::Person | Kind::MaybePerson | Kind::Skip => ActorType::Person,
    }
}

impl ArticleActors {
    /// The entity of candidate `c` taken as a `kind`, found by its normalised name `key` or
    /// made.
    fn entity_for(&mut self, c: &Candidate, kind: Kind, key: String) -> u32 {
        if let Some(&e) = self.forms.get(&key) {
            return e;
        }
        let kind = actor_type(kind);
        let e = self.entities.len() as u32;
        self.entities.push(LocalEntity {
            name: c.name.clone(),
            kind,
            aliases: Vec::new(),
            roles: Vec::new(),
            mentions: 0,
            weak: false,
        });
        // Not a form yet (looked up above).
        self.forms.insert(key, e);
        for key in c.alias_keys {
            if !self.forms.contains_key(key) {
                self.forms.insert(key.clone(), e);
            }
        }
        e
    }

    fn add_form(&mut self, form: &str, e: u32) {
        self.forms.entry(names::normalise(form)).or_insert(e);
    }
}

#[cfg(test)]
mod tests;
