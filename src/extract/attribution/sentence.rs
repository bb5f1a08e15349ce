//! Speakers named by a whole sentence rather than the words around a quote: the sentence
//! before a quote standing alone (`Mr Valentine agreed. “…”`), the last sentence of a
//! paragraph ending in a colon before a paragraph that opens with a quote.

use super::{sentence_starts, subject, Context};
use crate::extract::span;
use crate::extract::tokens::Token;
use crate::extract::LocalSpeaker;
use crate::model::{ActorType, Paragraph};

/// How many words from a sentence's start a speech verb after a short subject may stand
/// (`Lee, the mayor, argued in her letter …`); past them only its last two words are read.
const SUBJECT_REACH: usize = 13;

impl Context<'_> {
    /// The speaker the last sentence of paragraph `p` names when it ends with a colon.
    pub(super) fn before_colon(
        &self,
        paragraphs: &[Paragraph],
        p: usize,
        open: usize,
    ) -> Option<LocalSpeaker> {
        let para = paragraphs.get(p)?;
        let end = para.span.end as usize;
        if !span::slice(self.body, para.span.start as usize, end)
            .trim_end()
            .ends_with(':')
        {
            return None;
        }
        let start = self.last_sentence_start(para, p)?;
        // "Partial transcript as follows:": a record is introduced, not a speaker.
        if super::transcript::introduces(span::slice(self.body, start, end)) {
            return None;
        }
        self.before_quote((start, end), open)
    }

    /// Where the last sentence of paragraph `para` (number `p`) starts.
    fn last_sentence_start(&self, para: &Paragraph, p: usize) -> Option<usize> {
        let tokens = self.actors.paragraph_tokens.get(p);
        sentence_starts(self.body, para, tokens).last().copied()
    }

    /// The speaker the last sentence of paragraph `p` names (`Lee was quick to add that
    /// …`), as [`Self::speaker_of_sentence`] reads it.
    pub(super) fn last_sentence_speaker(
        &self,
        paragraphs: &[Paragraph],
        p: usize,
        open: usize,
    ) -> Option<LocalSpeaker> {
        let para = paragraphs.get(p)?;
        let end = para.span.end as usize;
        // Only a person or organisation named in that sentence carries over a paragraph's
        // break (told from the sorted mentions first: most paragraphs before a quote
        // narrate).
        let named = |from: usize| {
            self.actors.mentions_in(from, end).iter().any(|m| {
                matches!(
                    self.actors.kind(m.entity),
                    ActorType::Person | ActorType::Org
                )
            })
        };
        if !named(para.span.start as usize) {
            return None;
        }
        let from = self.last_sentence_start(para, p)?;
        if !named(from) {
            return None;
        }
        let range = (from, end);
        // Most paragraphs before a quote narrate: a speech verb where one names a speaker
        // (a short subject before it, or closing the sentence) is looked for first.
        let words = self.words(range);
        let n = words.len();
        let reach = (0..n.min(SUBJECT_REACH)).chain(n.saturating_sub(2).max(SUBJECT_REACH)..n);
        if !reach.into_iter().any(|i| self.is_speech(&words, i)) {
            return None;
        }
        self.speaker_of_sentence(range, open)
    }

    /// The speaker "he" or "she" at `words[p]` means when it opens the sentence (past
    /// [`subject::LEADING`] words: "But she said …"), or its main clause after an opening
    /// phrase's comma with words after its verb ("In reply to Lee's charge, she said she
    /// had made progress."; not "Taxes are too high, he argued.").
    fn opening_pronoun(&self, words: &[Token], p: usize, open: usize) -> Option<LocalSpeaker> {
        let comma =
            |i: usize| span::slice(self.body, words[i - 1].end, words[i].start).contains(',');
        let opens = words[..p]
            .iter()
            .all(|w| subject::is_leading(w.text(self.body)))
            || (p > 1 && comma(p) && !(1..p).any(comma) && p + 2 < words.len());
        let he_she = matches!(self.lower(&words[p]).as_str(), "he" | "she");
        (opens && he_she)
            .then(|| {
                let pronoun = (words[p].start, words[p].end);
                subject::resolve(self.body, self.actors, pronoun, open)
            })
            .flatten()
    }

    /// `…, Schiff said.` closing a sentence: the few words between its last comma and a
    /// speech verb among its last two words, resolved as a subject.
    fn closing_source(&self, words: &[Token], end: usize, open: usize) -> Option<LocalSpeaker> {
        let u = (words.len().saturating_sub(2)..words.len()).find(|&i| self.is_speech(words, i))?;
        let comma = (u.saturating_sub(6)..u).rev().find(|&i| {
            i > 0 && span::slice(self.body, words[i - 1].end, words[i].start).trim() == ","
        })?;
        let tail = span::slice(self.body, words[words.len() - 1].end, end).trim();
        if comma == u || !(tail.is_empty() || tail.starts_with(['.', '!', '?'])) {
            return None;
        }
        subject::resolve(
            self.body,
            self.actors,
            (words[comma].start, words[u].start),
            open,
        )
    }

    /// Who a sentence says is speaking (`Mr Valentine agreed.`, `Ms Tymoshenko said
    /// prosecutors had …`, `…, says Mr Pearson.`): the subject of its first speech verb, if
    /// the subject is short, or the name after a verb that ends the sentence.
    pub(super) fn speaker_of_sentence(
        &self,
        range: (usize, usize),
        open: usize,
    ) -> Option<LocalSpeaker> {
        let words = self.words(range);
        let v = (0..words.len()).find(|&i| self.is_speech(&words, i))?;
        // Only verbs that news puts before their subject (`says Mr Pearson`), not ones
        // that take an object (`…, Roy Asher … told Reuters.`).
        let inverting = matches!(
            self.lower(&words[v]).as_str(),
            "said"
                | "says"
                | "added"
                | "adds"
                | "explained"
                | "continued"
                | "recalled"
                | "recalls"
                | "wrote"
                | "writes"
                | "insisted"
                | "warned"
                | "admitted"
                | "argued"
        );
        // `…,” Lee, after a pause, said of Cruz.`: a name after a preposition is whom the
        // words are about, or where they were said (`…, said on Twitter.`), not a subject
        // after its verb.
        let about = words.get(v + 1).is_some_and(|w| {
            matches!(
                self.lower(w).as_str(),
                "of" | "about" | "on" | "in" | "at" | "via" | "during" | "to" | "from"
            )
        });
        let inverted = inverting
            && !about
            && words.len() - v <= 5
            && (v == 0 || span::slice(self.body, words[v - 1].end, words[v].start).trim() == ",");
        let speaker = if inverted {
            // `…, says Mr Pearson.`: the subject follows the verb.
            self.after_verb(&words, v, range.1, open)
        } else if v > 12 {
            // A long sentence that ends `…, Schiff said.`: the subject after the last comma;
            // `In response to Lee's charge that …, she said she …`: a long opening phrase
            // before "he"/"she" and the verb.
            self.closing_source(&words, range.1, open).or_else(|| {
                matches!(self.lower(&words[v - 1]).as_str(), "he" | "she")
                    .then(|| self.opening_pronoun(&words, v - 1, open))
                    .flatten()
            })
        } else if v == 0 {
            // No subject.
            None
        } else if matches!(
            self.lower(&words[v - 1]).as_str(),
            "he" | "she" | "they" | "it"
        ) {
            // `…, he argued.`: a pronoun is weaker evidence than the quote before, whose
            // speaker a quote with no attribution keeps (`inherit`).
            // Not `She said she had made progress. “…”`: a "he" or "she" opening the
            // sentence is its subject, whom it means.
            self.opening_pronoun(&words, v - 1, open)
        } else {
            subject::resolve(self.body, self.actors, (range.0, words[v].start), open)
        };
        // A place named in the sentence is no speaker of the quote after it ("One leading
        // Karachi broker said …").
        speaker.filter(
            |s| !matches!(s, LocalSpeaker::Entity(e) if self.actors.kind(*e) == ActorType::Place),
        )
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::attribution::tests::attributed;

    #[test]
    fn a_quote_after_a_long_opening_and_she_said_is_hers() {
        let body = "Ann Lee spoke at the forum on Monday. In response to Tom Ortiz's charge \
                    that she has been weak on the harbour plan, she said she and the council \
                    had made progress in the face of stiff opposition. “I really believe \
                    that the council has done a fine job against great odds.”";
        let got = attributed(body);
        let quote = got.iter().find(|q| q.0.starts_with("I really")).unwrap();
        assert_eq!(quote.1.as_deref(), Some("Ann Lee"), "{got:?}");
    }
}
