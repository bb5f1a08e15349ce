//! Where a sentence or clause starts, read back from a byte: the stretch a pronoun's
//! antecedent, a subject or a report is looked for in. A full stop the tokenizer gives to
//! the word before it ("Sen.", "J.", "U.N.": [`tokens::stop_is_the_words`]) ends no
//! sentence here either.

use crate::extract::span;
use crate::extract::tokens;

/// Where the sentence holding byte `at` starts, for reading what a pronoun reports: after a
/// stop that ends a sentence ([`ends_sentence`]), any closing quote, and a space.
pub(super) fn clause_start(body: &str, at: usize) -> usize {
    start_after_stop(body, at, true, |i| ends_sentence(body, i))
}

/// Where the sentence holding byte `at` starts, as [`sentence_start`] but not after a stop
/// that ends a title or initials ("Sen. Ann Lee", "former U.N. secretary general"), as the
/// tokenizer reads sentences: the sentence whose subject a pronoun continues with.
pub(super) fn sentence_past_titles(body: &str, at: usize) -> usize {
    start_after_stop(body, at, false, |i| ends_sentence(body, i))
}

/// Where the sentence holding byte `at` starts: after the last stop followed by a space, or
/// a line break, before it.
pub(super) fn sentence_start(body: &str, at: usize) -> usize {
    start_after_stop(body, at, false, |_| true)
}

/// Whether the stop (`.`, `!`, `?`) at byte `i` of `text` ends a sentence: `!` and `?`
/// do, a full stop unless the tokenizer gives it to the word before it
/// ([`tokens::stop_is_the_words`]: "Sen.", "J.", "U.N.").
fn ends_sentence(text: &str, i: usize) -> bool {
    text.as_bytes()[i] != b'.'
        || !tokens::stop_is_the_words(tokens::last_word(&text[..i]), &text[i + 1..])
}

/// The one backward walk of the starts above: where the stretch holding byte `at` starts —
/// after the last line break before it, or after the last stop (`.`, `!`, `?`) at a byte
/// `i`, closing quotes when `quotes` lets them follow it, and a space, where `ends(i)`.
fn start_after_stop(body: &str, at: usize, quotes: bool, ends: impl Fn(usize) -> bool) -> usize {
    let head = span::upto(body, at);
    for (i, &b) in head.as_bytes().iter().enumerate().rev() {
        match b {
            b'\n' => return i + 1,
            b'.' | b'!' | b'?' => {
                let rest = &head[i + 1..];
                let after = if quotes {
                    rest.trim_start_matches(['"', '”', '’', '\''])
                } else {
                    rest
                };
                if after.starts_with(' ') && ends(i) {
                    return head.len() - after.len() + 1;
                }
            }
            _ => {}
        }
    }
    0
}

#[cfg(test)]
mod tests {
    use super::{clause_start, sentence_past_titles};
    use crate::extract::tokens::tokenize;

    /// A sentence read back from any word starts where the tokenizer starts one: the two
    /// ask one function whose a full stop is ("Sen.", "J.", "Co.", "U.S." before a noun
    /// go on; "Lee.", "UK." and "D.C." before "He" end sentences).
    #[test]
    fn sentences_read_back_start_where_the_tokenizer_starts_them() {
        let body = "Sen. Ann Lee flew to Washington D.C. He met John G. Roberts of Acme \
                    Co. at the U.S. Army base. They saw Lee. Kim left. Mr. Tan spoke to \
                    the U.N. council in the UK. She agreed. Capt. Roe nodded.";
        for t in tokenize(body, 0, body.len()) {
            let at = t.start;
            let starts = sentence_past_titles(body, at) == at;
            assert_eq!(starts, t.sentence_start, "{:?}", t.text(body));
            assert_eq!(
                clause_start(body, at) == at,
                t.sentence_start,
                "{:?}",
                t.text(body)
            );
        }
    }
}
