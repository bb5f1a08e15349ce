//! "If confirmed, that would be …", "Overall, asking prices have fallen …": a source that
//! is one word opening the sentence, a conjunction or an adverb capitalised by its place
//! only, names no one.

use crate::extract::clauses::Clause;
use crate::extract::span;

/// Conjunctions and sentence adverbs that open a sentence before its clause.
const OPENERS: &[&str] = &[
    "if",
    "although",
    "though",
    "when",
    "whilst",
    "while",
    "unless",
    "overall",
    "likewise",
    "similarly",
    "indeed",
    "perhaps",
    "maybe",
    "instead",
    "meanwhile",
    "however",
];

/// Whether the source of `c` is one such word alone.
pub(in crate::extract::attribution) fn only_opener(body: &str, c: &Clause) -> bool {
    // Cheap first: a short source only (the longest word is nine bytes), opening with the
    // first letter of one of the words, in either case.
    if c.source.end - c.source.start > 12
        || !body
            .as_bytes()
            .get(c.source.start as usize)
            .is_some_and(|b| {
                matches!(
                    b.to_ascii_lowercase(),
                    b'i' | b'a' | b't' | b'w' | b'u' | b'o' | b'l' | b's' | b'p' | b'm' | b'h'
                )
            })
    {
        return false;
    }
    let text = span::slice(body, c.source.start as usize, c.source.end as usize)
        .trim()
        .trim_end_matches(',');
    // Compared in place, with no lower-case copy made.
    (2..=9).contains(&text.len())
        && !text.contains(' ')
        && OPENERS.iter().any(|w| w.eq_ignore_ascii_case(text))
}

#[cfg(test)]
mod tests {
    use crate::extract::attribution::tests::reported_speakers as speakers;

    #[test]
    fn a_conjunction_alone_is_no_source() {
        for s in [
            "If confirmed, that would be the ferry line's best month since 2002.",
            "If found guilty, the captain could lose his licence.",
        ] {
            let got = speakers(s);
            assert!(got.iter().all(Option::is_none), "{s}: {got:?}");
        }
    }
}
