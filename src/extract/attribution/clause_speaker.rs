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
        let range = written::noun_phrase(&words, 7)?;
        // A definite description the article uses for one actor ("The mayor" after "London
        // mayor Ken Livingstone") is that actor, as it is as the subject of a cue; not a
        // bare "the man" (anyone in the story), nor a description of another's ("the
        // bureau's director": the owner is not the holder).
        let phrase = &words[range.clone()];
        if phrase[0].eq_ignore_ascii_case("the")
            && !(phrase.len() == 2 && GENERIC.contains(&Lower::new(phrase[1]).as_str()))
            && !phrase.iter().any(|w| w.contains("'s") || w.contains("’s"))
        {
            // The words are slices of `text`: their byte offsets in the body.
            let at = |w: &str| c.source.start as usize + span::offset_in(text, w);
            let last = words[range.end - 1].trim_end_matches([',', '.']);
            let (from, to) = (at(words[range.start]), at(last) + last.len());
            if let Some(named @ LocalSpeaker::Entity(_)) =
                subject::resolve(self.body, self.actors, (from, to), to)
            {
                return Some(named);
            }
        }
        let kept = words[range].join(" ");
        Some(LocalSpeaker::Unnamed(
            kept.trim_end_matches([',', '.']).to_string(),
        ))
    }
}

/// Nouns for anyone at all: "the man" names no one the article has introduced.
pub(super) const GENERIC: &[&str] = &[
    "man", "woman", "men", "women", "boy", "girl", "person", "people",
];

#[cfg(test)]
mod tests {
    use super::super::tests::quote_speaker as speaker_of;

    #[test]
    fn a_definite_description_kept_as_written_is_the_actor_it_stands_for() {
        // The quote's cue is "recounted", whose source "The mayor said she had" is kept as
        // written up to the verb.
        let text = "Harbour levy row\n\nHarbour mayor Ann Marlow has again refused to drop \
            the levy.\n\nThe mayor said she had recounted to the council a number of \
            \"harms done by the delays\" to the port.\n";
        assert_eq!(
            speaker_of(text, "harms done").as_deref(),
            Some("Ann Marlow")
        );
    }
}
