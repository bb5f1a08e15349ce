//! What kind of quotation a quote is: direct, partial, or a scare quote.

use super::lexicon;
use super::span;
use super::LocalSpeaker;
use crate::extract::quotes::QuoteSpan;
use crate::model::QuoteKind;

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
    let next_is_word = after.starts_with(' ')
        && after[1..]
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    let ends_clause = text.ends_with(['?', '!', '.', ',']);
    // `an “apoplectic” reaction`, `"core" 5G equipment`: a word or two modifying a noun.
    if words <= 2 && next_is_word && !ends_clause {
        return QuoteKind::Scare;
    }
    let before = span::upto(body, q.outer.start as usize).trim_end();
    let prev_word = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
        .to_lowercase();
    let follows_word = before.chars().last().is_some_and(char::is_alphanumeric);
    let introduced = lexicon::set_here!("speech_verbs").contains(&prev_word);
    if q.continues || ((!follows_word || introduced) && words >= 3) {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    }
}
