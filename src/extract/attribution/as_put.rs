//! "As X put it" after a quote (`the race is “a dead heat,” as Lee said on Monday`, `the
//! “rigged” system, as Lee calls it`): the quoted words are the words of the subject of
//! that "as" clause; so are they of the agent of a passive of naming (`has been called “a
//! disaster” by Lee`, `“a fiction,” as described by Lee`).

use super::{subject, Context};
use crate::extract::span;
use crate::extract::tokens::{comma_before, Token};
use crate::extract::LocalSpeaker;

/// Verbs of an "as" clause that quote: the subject's own words, with "it" after the verbs
/// of naming ("as Lee put it", "as Lee calls it"), with nothing after those of saying ("as
/// Lee said").
const NAMING: &[&str] = &[
    "put",
    "puts",
    "call",
    "calls",
    "called",
    "describe",
    "describes",
    "described",
    "term",
    "terms",
    "termed",
    "dubbed",
    "labels",
    "labelled",
    "labeled",
];
const SAYING: &[&str] = &[
    "said", "says", "say", "wrote", "writes", "noted", "notes", "told", "tells", "argued",
    "argues", "claimed", "claims", "stated",
];

/// Participles of naming whose agent after "by" is the speaker of a quote they name.
const NAMED: &[&str] = &[
    "called",
    "described",
    "labeled",
    "labelled",
    "dubbed",
    "branded",
    "termed",
    "put",
];

/// Forms of "be" before a passive participle.
const BE: &[&str] = &["is", "was", "were", "are", "been", "being", "be"];

/// The most words of an agent after "by" ("by a professor at a college in Ohio").
const AGENT_WORDS: usize = 8;

/// The most words of the subject between "as" and its verb ("as the party's former
/// chairman put it").
const SUBJECT_WORDS: usize = 6;

/// The most lower-case words of the noun phrase a quote opens before the comma and "as"
/// (`the “rigged” system, as …`).
const NOUN_WORDS: usize = 2;

/// How many bytes after a quote an "as" is looked for (`the “rigged” system, as`).
const AS_REACH: usize = 40;

/// Whether the text after a quote (`rest`) has " as " within its first few words: read
/// before any word is, as few quotes have one.
fn may_hold_as(rest: &str) -> bool {
    let b = rest.as_bytes();
    let b = &b[..b.len().min(AS_REACH)];
    b.starts_with(b"as ") || b.windows(4).any(|w| w == b" as ")
}

/// Whether the text before a quote (`lead`) ends in an "as" clause and its comma (`…, as
/// Lee put it, “…”`): " as " within its last few words, a comma last.
fn may_end_with_as(lead: &str) -> bool {
    let b = lead.trim_end().as_bytes();
    b.ends_with(b",")
        && b[b.len().saturating_sub(AS_REACH + 20)..]
            .windows(4)
            .any(|w| w == b" as ")
}

/// Whether the text before a quote (`lead`) ends in " as", perhaps with an article after
/// it, and holds " by " in its last few words (`described by Lee as a “…”`).
fn may_end_with_by_as(lead: &str) -> bool {
    let t = lead.trim_end();
    let t = ["a", "an", "the"]
        .iter()
        .find_map(|w| t.strip_suffix(w).filter(|r| r.ends_with(' ')))
        .map_or(t, str::trim_end);
    let b = t.as_bytes();
    b.ends_with(b" as")
        && b[b.len().saturating_sub(AS_REACH + 40)..]
            .windows(4)
            .any(|w| w == b" by ")
}

/// Whether the text after a quote (`rest`) opens with "by ", a passive's agent.
fn opens_with_by(rest: &str) -> bool {
    rest.trim_start().starts_with("by ")
}

impl Context<'_> {
    /// The speaker an "as" clause after the quote or closing the words before it, or a
    /// passive's agent after it, names (`before` and `after`: the quote's sentence around
    /// it). Told from the text first: few quotes have "as" or "by" there. Not inlined: the
    /// speaker's reading around it stays as compact as before.
    #[inline(never)]
    pub(super) fn as_put_speaker(
        &self,
        before: (usize, usize),
        after: (usize, usize),
        open: usize,
    ) -> Option<LocalSpeaker> {
        let rest = span::slice(self.body, after.0, after.1);
        if may_hold_as(rest) {
            if let Some(s) = self.as_put_it(&self.words(after), open) {
                return Some(s);
            }
        }
        if may_end_with_as(span::slice(self.body, before.0, before.1)) {
            if let Some(s) = self.as_put_it_before(&self.words(before), open) {
                return Some(s);
            }
        }
        if opens_with_by(rest) {
            let (b, a) = (self.words(before), self.words(after));
            return self.passive_agent(&b, &a, open);
        }
        if may_end_with_by_as(span::slice(self.body, before.0, before.1)) {
            return self.agent_before_as(&self.words(before), open);
        }
        None
    }

    /// `Lee has been described by the Harbour Herald as a “fixer”`: the agent between "by"
    /// and the "as" (perhaps with an article) that closes the words before the quote
    /// (`words`), right after a participle of naming; one phrase, no comma inside it.
    fn agent_before_as(&self, words: &[Token], open: usize) -> Option<LocalSpeaker> {
        let mut a = words.len().checked_sub(1)?;
        if matches!(self.lower(&words[a]).as_str(), "a" | "an" | "the") {
            a = a.checked_sub(1)?;
        }
        if self.lower(&words[a]) != "as" {
            return None;
        }
        let by = (a.saturating_sub(AGENT_WORDS + 1)..a)
            .rev()
            .find(|&i| self.lower(&words[i]) == "by")?;
        let verb = self.lower(words.get(by.checked_sub(1)?)?);
        if by + 1 >= a
            || verb == "put"
            || !NAMED.contains(&verb.as_str())
            || (by + 2..=a).any(|i| comma_before(self.body, words, i))
        {
            return None;
        }
        let agent = &words[by + 1..a];
        self.agent(agent, open)
            .or_else(|| self.title_as_written(agent))
    }

    /// An agent no actor was found at, in capitals past an opening "the" ("the Harbour
    /// Herald"): a title of a paper, a site or a show, kept as written.
    fn title_as_written(&self, words: &[Token]) -> Option<LocalSpeaker> {
        let first = words.first()?;
        let skip = usize::from(self.lower(first) == "the");
        let rest = words.get(skip..).filter(|r| !r.is_empty())?;
        rest.iter().all(|t| t.is_capitalised(self.body)).then(|| {
            let last = words.last().map_or(first.end, |t| t.end);
            LocalSpeaker::Unnamed(span::slice(self.body, first.start, last).to_string())
        })
    }

    /// The speaker an "as" clause right after a quote names: the words after the closing
    /// mark (`words`, the quote opening at `open`) are ", as" — or a word or two of the noun
    /// the quote modifies and ", as" — then a subject of up to six words and a verb of
    /// naming with "it" or of saying.
    fn as_put_it(&self, words: &[Token], open: usize) -> Option<LocalSpeaker> {
        let a = words
            .iter()
            .take(NOUN_WORDS + 1)
            .position(|t| self.lower(t) == "as")?;
        let plain = |t: &Token| !t.is_capitalised(self.body) && !t.possessive;
        if a > 0 && !(comma_before(self.body, words, a) && words[..a].iter().all(plain)) {
            return None;
        }
        // `“…,” as described by Lee`: a passive's agent.
        if words
            .get(a + 1)
            .is_some_and(|t| NAMED.contains(&self.lower(t).as_str()))
            && words.get(a + 2).is_some_and(|t| self.lower(t) == "by")
        {
            return self.agent(&words[a + 3..], open);
        }
        let v = (a + 2..words.len().min(a + 2 + SUBJECT_WORDS)).find(|&i| {
            let w = self.lower(&words[i]);
            SAYING.contains(&w.as_str())
                || NAMING.contains(&w.as_str())
                    && words.get(i + 1).is_some_and(|t| self.lower(t) == "it")
        })?;
        self.as_subject(words, a, v, open)
    }

    /// `That's because, as Lee puts it, “…”`: the subject of an "as" clause closing the
    /// words before the quote (`words`) with its comma, whose verb is one of saying or of
    /// naming before "it".
    fn as_put_it_before(&self, words: &[Token], open: usize) -> Option<LocalSpeaker> {
        let n = words.len();
        let last = self.lower(words.last()?);
        let v = if last == "it" {
            n.checked_sub(2)?
        } else {
            n - 1
        };
        let verb = self.lower(&words[v]);
        let fits = if v + 1 < n {
            NAMING.contains(&verb.as_str())
        } else {
            SAYING.contains(&verb.as_str())
        };
        if !fits {
            return None;
        }
        let a = (v.saturating_sub(SUBJECT_WORDS + 1)..v.checked_sub(1)?)
            .rev()
            .find(|&i| self.lower(&words[i]) == "as")?;
        self.as_subject(words, a, v, open)
    }

    /// The subject of an "as" clause, between "as" at `a` and its verb at `v`, when it is
    /// one phrase: no comma, nor a word that opens a clause, inside it.
    fn as_subject(&self, words: &[Token], a: usize, v: usize, open: usize) -> Option<LocalSpeaker> {
        if (a + 2..=v).any(|i| comma_before(self.body, words, i))
            || words[a + 1..v].iter().any(|t| {
                matches!(
                    self.lower(t).as_str(),
                    "and" | "but" | "that" | "who" | "if" | "as"
                )
            })
        {
            return None;
        }
        subject::resolve(
            self.body,
            self.actors,
            (words[a + 1].start, words[v - 1].end),
            open,
        )
    }

    /// `The plan has been called “a disaster” by Lee`: the agent after "by" right after the
    /// quote (`after`), when the words before it (`before`) end in a participle of naming,
    /// perhaps with "as", a form of "be" among the three words before that.
    fn passive_agent(
        &self,
        before: &[Token],
        after: &[Token],
        open: usize,
    ) -> Option<LocalSpeaker> {
        if !after.first().is_some_and(|t| self.lower(t) == "by") {
            return None;
        }
        let mut p = before.len().checked_sub(1)?;
        if self.lower(&before[p]) == "as" {
            p = p.checked_sub(1)?;
        }
        let w = self.lower(&before[p]);
        if w == "put" || !NAMED.contains(&w.as_str()) {
            return None;
        }
        let be = before[p.saturating_sub(3)..p]
            .iter()
            .any(|t| BE.contains(&self.lower(t).as_str()));
        be.then(|| self.agent(&after[1..], open)).flatten()
    }

    /// The speaker an agent after "by" names: its words up to a comma or a stop, a few at
    /// most; the first person named, else a description.
    fn agent(&self, words: &[Token], open: usize) -> Option<LocalSpeaker> {
        let first = words.first()?;
        let n = words
            .iter()
            .take(AGENT_WORDS)
            .position(|t| span::from(self.body, t.end).starts_with([',', '.', ';', '!', '?', ':']))
            .map_or(words.len().min(AGENT_WORDS), |i| i + 1);
        let end = words[n - 1].end;
        subject::resolve_after_verb(self.body, self.actors, (first.start, end), open)
    }
}
