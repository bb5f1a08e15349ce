//! Whether a full stop is a word's own or ends a sentence, and the word before a stop read
//! back from a byte.

use super::{is_word_char, joins_between, ABBREVIATIONS};

/// Whether the full stop after `word` (a word as the tokenizer reads it, up to the stop)
/// is the word's own and ends no sentence: an abbreviation's ("Sen.", "Co."), an initial's
/// ("John G. Roberts") or a dotted word's ("U.S.", "D.C."); `rest` is the text after the
/// stop. The one answer to "a title's stop or a sentence's" for every rule that reads
/// sentences, here or back from a byte (`attribution::bounds`).
pub fn stop_is_the_words(word: &str, rest: &str) -> bool {
    // The capital first: most words before a full stop end a sentence, in lower case,
    // and need no search for a stop inside them.
    // "… in Washington D.C. He recalled …": a dotted word's stop before a capitalised
    // pronoun, which opens sentences and names nothing, ends the sentence instead.
    let dotted = word.chars().next().is_some_and(char::is_uppercase)
        && word.contains('.')
        && !pronoun_after(rest);
    // An initial: "John G. Roberts".
    let initial = word.len() == 1 && word.chars().all(|c| c.is_ascii_uppercase());
    // Every abbreviation is of 2 to 4 bytes: a word of another length is none, and the
    // list is not searched.
    let abbreviation = (2..=4).contains(&word.len()) && ABBREVIATIONS.contains(&word);
    dotted || initial || abbreviation
}

/// The word that ends `head`, as the tokenizer reads it ("D.C" of "in Washington D.C",
/// "al-Assad"): its letters and digits and the joiners between them (the tokenizer's
/// `joins_between`, read back); empty when `head` ends in no letter or digit.
pub fn last_word(head: &str) -> &str {
    let mut start = head.len();
    // The character after the one read (the word's first so far).
    let mut after: Option<char> = None;
    let mut chars = head.char_indices().rev().peekable();
    while let Some((i, c)) = chars.next() {
        let before = || chars.peek().map_or(' ', |&(_, p)| p);
        if !joins_between(c, before, || after) {
            break;
        }
        start = i;
        after = Some(c);
    }
    // A word starts with a letter or digit, not a joiner.
    head[start..].trim_start_matches(|c: char| !is_word_char(c))
}

/// Whether `rest` (the text after a full stop) is a space and then a capitalised subject
/// pronoun (`He`, `She`, `It`, `We`, `They`) as a word of its own.
fn pronoun_after(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let end = rest
        .bytes()
        .position(|b| !b.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    matches!(&rest[..end], "He" | "She" | "It" | "We" | "They")
        && rest[end..].chars().next().is_none_or(|c| !is_word_char(c))
}
