//! What kind of quotation a quote is: direct, partial, or a scare quote.

use super::lexicon;
use super::span;
use super::LocalSpeaker;
use crate::extract::quotes::QuoteSpan;
use crate::model::QuoteKind;

/// Words after a quote that show it modifies no noun.
const FUNCTION_WORDS: &[&str] = &[
    "and", "or", "but", "to", "if", "in", "on", "at", "for", "from", "with", "as", "by", "that",
    "because", "of", "the", "a", "an", "when", "while", "than", "into", "over", "against",
];

/// A quote with no speaker is a scare quote; a word or two modifying a noun too; a quote
/// of three words or more standing on its own or after a speech verb is direct.
pub(super) fn kind(body: &str, q: &QuoteSpan, speaker: &LocalSpeaker) -> QuoteKind {
    if *speaker == LocalSpeaker::None {
        return QuoteKind::Scare;
    }
    // Words quoted inside a quote are its speaker's words quoted in passing.
    if q.nested_in.is_some() {
        return QuoteKind::Partial;
    }
    let text = span::slice(body, q.text.start as usize, q.text.end as usize);
    // Only "two or fewer" and "three or more" are asked: a long quote is not walked.
    let words = crate::text::words_up_to(text, 3);
    let after = span::from(body, q.outer.end as usize);
    // A word of grammar after the quote ("as “reckless” and", "to “go after them” if")
    // shows the quote is no modifier of a noun.
    let next_word = after
        .strip_prefix(' ')
        .and_then(|a| a.split(|c: char| !c.is_alphanumeric()).next())
        .unwrap_or("");
    let next_is_word = next_word
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
        && !FUNCTION_WORDS.contains(&next_word);
    let ends_clause = text.ends_with(['?', '!', '.', ',']);
    // `an “apoplectic” reaction`, `"core" 5G equipment`: a word or two modifying a noun.
    if words <= 2 && next_is_word && !ends_clause {
        return QuoteKind::Scare;
    }
    if q.continues {
        return QuoteKind::Direct;
    }
    if words < 3 {
        return QuoteKind::Partial;
    }
    // Three words or more: direct unless they follow a word that is no speech verb (the
    // word before is read only then).
    let before = span::upto(body, q.outer.start as usize).trim_end();
    let follows_word = before.chars().last().is_some_and(char::is_alphanumeric);
    if !follows_word {
        return QuoteKind::Direct;
    }
    let prev_word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    if lexicon::set_here!("speech_verbs").contains(&prev_word) {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}
