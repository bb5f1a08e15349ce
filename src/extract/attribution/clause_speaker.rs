//! The clause that speaks for a quote — the innermost one whose content holds it, or a
//! line's "Name:" — and the speaker its source words name (a participle's subject after
//! "with", the cue's subject, or a short noun phrase kept as written).

use super::{inverted, subject, written, Context};
use crate::extract::clauses::{Clause, SourceAt};
use crate::extract::quotes::QuoteSpan;
use crate::extract::span;
use crate::extract::tokens::Lower;
use crate::extract::LocalSpeaker;

pub(super) mod opener_word;
pub(super) mod preposition_opened;
pub(super) mod time_opener;

/// The innermost clause whose content holds the quote.
pub(super) fn containing_clause<'c>(clauses: &'c [Clause], q: &QuoteSpan) -> Option<&'c Clause> {
    let at = q.text.start;
    // The quote's paragraph's clauses (clauses are in paragraph order).
    let from = clauses.partition_point(|c| c.paragraph < q.paragraph);
    clauses[from..]
        .iter()
        .take_while(|c| c.paragraph == q.paragraph)
        .filter(|c| c.content.start <= at + 1 && at < c.content.end && !c.cognition)
        .max_by_key(|c| c.content.start)
}

/// The "Name: …" clause of a line ([`clauses`](crate::extract::clauses)' colon lines) whose
/// content holds the quote.
pub(super) fn colon_clause<'c>(
    body: &str,
    clauses: &'c [Clause],
    q: &QuoteSpan,
) -> Option<&'c Clause> {
    let at = q.text.start;
    // Clauses are in text order: only the quote's paragraph's are read.
    let from = clauses.partition_point(|c| c.paragraph < q.paragraph);
    clauses[from..]
        .iter()
        .take_while(|c| c.paragraph == q.paragraph)
        .find(|c| {
            c.content.start <= at
                && at < c.content.end
                && span::slice(body, c.cue.start as usize, c.cue.end as usize) == ":"
        })
}

impl Context<'_> {
    /// The speaker a clause's source words name.
    pub(super) fn clause_speaker(&self, c: &Clause) -> Option<LocalSpeaker> {
        let narrowed = time_opener::past_time_phrase(self.body, c);
        let c = narrowed.as_ref().unwrap_or(c);
        let range = (c.source.start as usize, c.source.end as usize);
        let at = c.cue.start as usize;
        if let Some(s) = self.with_subject(c) {
            return Some(s);
        }
        let resolved = match c.source_at {
            SourceAt::Before => subject::resolve(self.body, self.actors, range, at),
            SourceAt::After if inverted::participle(self.body, c.cue) => {
                return inverted::sentence_subject(self.body, self.actors, c);
            }
            SourceAt::After | SourceAt::Sentence => {
                subject::resolve_after_verb(self.body, self.actors, range, at)
            }
        };
        resolved.or_else(|| self.source_as_written(c))
    }

    /// `…, with Senator Ann Lee telling reporters she was “…”`: a participle whose subject
    /// follows "with" has that subject, not the sentence's.
    fn with_subject(&self, c: &Clause) -> Option<LocalSpeaker> {
        let at = c.cue.start as usize;
        if !inverted::participle(self.body, c.cue) || (c.content.start as usize) < at {
            return None;
        }
        let from = span::ceil(self.body, at.saturating_sub(80));
        let before = span::slice(self.body, from, at);
        let k = before.rfind(" with ")? + " with ".len();
        let np = &before[k..];
        if np.contains([',', ';', ':', '.', '“', '"']) || np.split_whitespace().count() > 7 {
            return None;
        }
        subject::resolve(self.body, self.actors, (from + k, at), at)
    }

    /// A source no rule names, kept as written when it reads as a short noun phrase
    /// ("Political observers in Virginia", "the agency", "Those close to him").
    fn source_as_written(&self, c: &Clause) -> Option<LocalSpeaker> {
        if c.source_at == SourceAt::Sentence {
            return None;
        }
        let text = self
            .body
            .get(c.source.start as usize..c.source.end as usize)?;
        let mut words: Vec<&str> = text.split_whitespace().collect();
        while words.first().is_some_and(|w| subject::is_leading(w)) {
            words.remove(0);
        }
        // `,” said a strategist who spoke on condition of anonymity`: the description ends
        // where a relative clause opens.
        if let Some(r) = words
            .iter()
            .skip(1)
            .position(|w| matches!(Lower::new(w).as_str(), "who" | "whose"))
        {
            words.truncate(r + 1);
        }
        let kept = words[written::noun_phrase(&words, 7)?].join(" ");
        Some(LocalSpeaker::Unnamed(
            kept.trim_end_matches([',', '.']).to_string(),
        ))
    }
}
