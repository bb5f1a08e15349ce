//! A quote in the words of a named possessor's noun of speech ("Lee's claim that the levy
//! was “a fraud”", "Okafor's broadside against “cheap money”", "Lee's “forty percent”
//! remark"): the possessor's words, whatever verb the sentence hangs the noun on ("The
//! trust ran a check on Lee's claim that …" quotes Lee, not the trust). A verb of speech
//! before the possessor ("Moore called Lee's remarks “…”") keeps the quote; "his", "her"
//! and "their" are left alone (resolving them cost more than it gained).

use super::subject::Scope;
use crate::extract::lexicon;
use crate::extract::quotes::QuoteSpan;
use crate::extract::span;
use crate::extract::tokens::{Lower, Token};
use crate::extract::LocalSpeaker;
use crate::model::{ActorType, Span};

/// Words that open what the noun reports ("claim that", "criticism of", "call for").
const OPENING: &[&str] = &["that", "of", "about", "on", "against", "for", "to", "over"];

/// Words that make the noun's phrase the subject of a verb of its own ("Lee's plan to cut
/// taxes was “reckless”"): the quote is no report of the noun.
const VERB_AFTER: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "drew", "came",
];

/// At most this many words between the noun and the quote.
const REACH: usize = 14;

/// At most this many bytes before the quote are read (the noun, its possessor and
/// [`REACH`] words).
const WINDOW: usize = 240;

/// The speaker of the quote `q` and the noun that gives it, when the words from `from` to
/// the quote end in a possessor's noun of speech and what it reports, or when the quote
/// stands between a possessor and such a noun. Read as the steps below, in order: the noun
/// right after the quote ([`Possessed::noun_after_quote`]), else the nearest one before it
/// ([`Possessed::noun_before`]) when what follows it opens its report
/// ([`Possessed::opens_report`]) and runs to the quote ([`Possessed::runs_to_quote`],
/// [`Possessed::other_quote_between`]), and its possessor ([`Possessed::owner`]).
pub(super) fn speaker(
    body: &str,
    actors: &Scope,
    quotes: &[QuoteSpan],
    from: usize,
    q: &QuoteSpan,
) -> Option<(LocalSpeaker, Span)> {
    let open = q.outer.start as usize;
    // The noun is a few words before the quote, and its possessor a few before that.
    let from = span::ceil(body, from.max(open.saturating_sub(WINDOW)));
    // Most sentences before a quote hold no capitalised word with an apostrophe, so no
    // named possessor: told by bytes, before any word is read.
    if !named_apostrophe(span::slice(body, from, open).as_bytes()) {
        return None;
    }
    let window = actors.paragraph_tokens.window_or_copy(body, from, open);
    let p = Possessed {
        body,
        quotes,
        q,
        open,
        words: &window[..],
        nouns: lexicon::set_here!("cue_possessed_nouns"),
    };
    // `Lee's “forty percent” remark`: the quote between the possessor and the noun.
    if let Some((last, cue)) = p.noun_after_quote() {
        return possessor(actors, last).map(|s| (s, cue));
    }
    // `Lee's claim that the levy was “a fraud”`: the nearest noun before the quote.
    let i = p.noun_before()?;
    if !p.opens_report(i) || !p.runs_to_quote(i) || p.other_quote_between(i) {
        return None;
    }
    let owner = p.owner(i)?;
    let cue = Span::new(p.words[i].start, p.words[i].end);
    possessor(actors, &p.words[owner]).map(|s| (s, cue))
}

/// The words before a quote (`q`, opening at `open`) read for a possessor's noun of speech
/// (`nouns`): `words`, from at most [`WINDOW`] bytes before it; the paragraph's other
/// quotes (`quotes`).
struct Possessed<'a> {
    body: &'a str,
    quotes: &'a [QuoteSpan],
    q: &'a QuoteSpan,
    open: usize,
    words: &'a [Token],
    nouns: &'static lexicon::WordSet,
}

impl<'a> Possessed<'a> {
    fn lower(&self, t: &Token) -> Lower<'a> {
        Lower::new(t.text(self.body))
    }

    /// The text between the word `a` and byte `b`.
    fn gap(&self, a: &Token, b: usize) -> &'a str {
        span::slice(self.body, a.end, b)
    }

    /// `Lee's “forty percent” remark`: the possessive word that ends the words and the noun
    /// of speech right after the quote.
    fn noun_after_quote(&self) -> Option<(&'a Token, Span)> {
        let Possessed { body, q, open, .. } = *self;
        let last = self.words.last()?;
        let after = span::from(body, q.outer.end as usize);
        let next = after.strip_prefix(' ').and_then(|a| {
            a.split(|c: char| !c.is_alphanumeric() && c != '-')
                .next()
                .filter(|w| !w.is_empty())
        });
        if only_possessive(self.gap(last, open)) && last.possessive {
            if let Some(noun) = next.filter(|w| self.nouns.contains(&Lower::new(w))) {
                let at = q.outer.end as usize + 1;
                return Some((last, Span::new(at, at + noun.len())));
            }
        }
        None
    }

    /// The nearest noun of speech before the quote, at most [`REACH`] words before it.
    fn noun_before(&self) -> Option<usize> {
        let n = self.words.len();
        (n.saturating_sub(REACH + 1)..n)
            .rev()
            .find(|&i| self.nouns.contains(&self.lower(&self.words[i])))
    }

    /// Whether what follows the noun `words[i]` opens its report: "claim that", "call
    /// for", "answer was that", "response was:".
    fn opens_report(&self, i: usize) -> bool {
        let Possessed { words, open, .. } = *self;
        let rest = &words[i + 1..];
        match rest.first() {
            None => self.gap(&words[i], open).contains(':'),
            Some(w) => {
                let w0 = self.lower(w);
                OPENING.contains(&w0.as_str())
                    || self.gap(&words[i], w.start).contains(':')
                    || (matches!(w0.as_str(), "was" | "is")
                        && (rest.get(1).is_some_and(|t| self.lower(t) == "that")
                            || self
                                .gap(w, rest.get(1).map_or(open, |t| t.start))
                                .contains(':')))
            }
        }
    }

    /// Whether the words after the noun `words[i]` run to the quote and no other clause
    /// takes it: no verb of the noun's phrase as a subject (unless "that" opens a clause),
    /// no stop or bracket, verb of speech, relative clause after a comma or other named
    /// possessor, and no stop between the last word and the quote.
    fn runs_to_quote(&self, i: usize) -> bool {
        let Possessed {
            body, words, open, ..
        } = *self;
        let rest = &words[i + 1..];
        let speech = lexicon::set_here!("speech_verbs");
        let clause = rest.first().is_some_and(|w| self.lower(w) == "that");
        let mut prev = &words[i];
        for (k, t) in rest.iter().enumerate() {
            if k > 0 && !clause && VERB_AFTER.contains(&self.lower(t).as_str()) {
                return false;
            }
            let between = self.gap(prev, t.start);
            let w = self.lower(t);
            if between.contains([';', '(', ')', '.', '?', '!'])
                || speech.contains(&w)
                || (between.contains(',') && matches!(w.as_str(), "who" | "which" | "whom"))
                || t.possessive && t.is_capitalised(body)
            {
                return false;
            }
            prev = t;
        }
        !self.gap(prev, open).contains([';', '.', '?', '!'])
    }

    /// Whether another quote stands between the noun `words[i]` and this one, other than
    /// as a list ("“a” and “b”").
    fn other_quote_between(&self, i: usize) -> bool {
        let Possessed {
            body, quotes, open, ..
        } = *self;
        let listed = |p: &&QuoteSpan| {
            let g = span::slice(body, p.outer.end as usize, open).trim();
            matches!(g, "" | "," | "and" | "or" | ", and" | ", or")
        };
        let noun_at = self.words[i].end as u32;
        quotes
            .iter()
            .filter(|p| p.outer.start >= noun_at && p.outer.end as usize <= open)
            .any(|p| !listed(&p))
    }

    /// The possessor of the noun `words[i]`: right before it, or past two of its modifiers
    /// ("Lee's recent evidence-free claim", "his repeated calls"), in one phrase (no comma
    /// or stop between them); none after a verb of speech.
    fn owner(&self, i: usize) -> Option<usize> {
        let words = self.words;
        let owner = (i.saturating_sub(3)..i)
            .rev()
            .find(|&j| words[j].possessive)?;
        // A verb of speech before the possessor ("Moore called Lee's remarks “…”", "the
        // court ruled that Lee's claim about “…”"): the quote is that verb's subject's, as
        // its own rules find.
        let speech = lexicon::set_here!("speech_verbs");
        if words[..owner]
            .iter()
            .any(|t| speech.contains(&self.lower(t)))
        {
            return None;
        }
        // The modifiers are words of one phrase: no comma or stop between them.
        let spaced = |k: usize| only_possessive(self.gap(&words[k - 1], words[k].start));
        (owner + 1..=i).all(spaced).then_some(owner)
    }
}

/// Whether the gap after a word holds nothing but its possessive ending and spaces.
fn only_possessive(gap: &str) -> bool {
    gap.trim_start_matches(['’', '\''])
        .trim_start_matches('s')
        .trim()
        .is_empty()
}

/// Whether `text` holds an apostrophe ("'" or "’") in a word that opens with a capital
/// letter ("Lee's", "Lee’s", "Jones’").
fn named_apostrophe(text: &[u8]) -> bool {
    memchr::memchr2_iter(b'\'', 0x99, text).any(|i| {
        let apostrophe = text[i] == b'\'' || (i >= 2 && text[i - 2..i] == [0xE2, 0x80]);
        let word = text[..i]
            .iter()
            .rposition(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'(' | b'-'))
            .map_or(0, |k| k + 1);
        apostrophe && text.get(word).is_some_and(u8::is_ascii_uppercase)
    })
}

/// Whom the possessive word `t` names: the person or organisation whose name ends at it.
fn possessor(actors: &Scope, t: &Token) -> Option<LocalSpeaker> {
    let m = actors
        .mention_at(t.start)
        .filter(|m| !m.in_quote && m.span.end as usize == t.end)?;
    matches!(actors.kind(m.entity), ActorType::Person | ActorType::Org)
        .then_some(LocalSpeaker::Entity(m.entity))
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_capitalised_word_with_an_apostrophe_is_told_by_bytes() {
        assert!(super::named_apostrophe(
            "a check on Lee’s claim that ".as_bytes()
        ));
        assert!(super::named_apostrophe(b"the Joneses' lawyer said"));
        assert!(!super::named_apostrophe(
            "it’s what they don't say ".as_bytes()
        ));
    }
}
