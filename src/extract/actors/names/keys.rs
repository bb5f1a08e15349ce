//! The forms names are compared in: a normalised key for a whole name, and a word in
//! lower case for lexicon lookups.

use crate::extract::tokens::{Lower, Token};

/// The key names are compared by: folded (lower case, no diacritics — `Erdoğan` is
/// `erdogan` —, straight apostrophes, Unicode spaces and dashes as ASCII), one space, no
/// "the".
pub fn normalise(s: &str) -> String {
    if !s.is_ascii() {
        return normalise_any(s);
    }
    if is_plain(s) {
        // Words split by single spaces, no leading "the" (nearly every name): the name in
        // lower case, without splitting it.
        return s.to_ascii_lowercase();
    }
    // ASCII: one pass, one allocation.
    let mut out = String::with_capacity(s.len());
    let mut words = s.split_whitespace().peekable();
    if words.peek().is_some_and(|w| w.eq_ignore_ascii_case("the")) {
        let the = words.next();
        if words.peek().is_none() {
            out.extend(the.map(str::to_ascii_lowercase));
        }
    }
    for w in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.make_ascii_lowercase();
    out
}

/// Whether ASCII `s` is words split by single spaces (no other whitespace, none at either
/// end) and does not start with the word "the" followed by another: what [`normalise`]
/// would split and join again unchanged.
fn is_plain(s: &str) -> bool {
    let b = s.as_bytes();
    let the = b.len() > 4 && b[..4].eq_ignore_ascii_case(b"the ");
    if the || b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return false;
    }
    // Eight bytes at a time (ASCII: no carry crosses a byte): the high bit of each byte
    // that is a space, or one of `\t` to `\r`.
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let spaces = |x: u64| {
        let y = x ^ (ONES * u64::from(b' '));
        !(((y & !HIGH) + !HIGH) | y) & HIGH
    };
    let controls = |x: u64| (x + ONES * (0x80 - 9)) & !(x + ONES * (0x80 - 14)) & HIGH;
    let mut space_before = false;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let x = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        let sp = spaces(x);
        // Two spaces in a row: a space after a space in the chunk, or a first byte's
        // after the chunk before ended in one.
        if controls(x) != 0 || sp & (sp << 8) != 0 || (space_before && sp & 0x80 != 0) {
            return false;
        }
        space_before = sp >> 63 != 0;
    }
    let rest = chunks.remainder();
    let two_spaces =
        (space_before && rest.first() == Some(&b' ')) || rest.windows(2).any(|w| w == b"  ");
    !(two_spaces || rest.iter().any(|c| matches!(c, b'\t'..=b'\r')))
}

/// [`normalise`] for any text (and the rule the ASCII path must agree with).
fn normalise_any(s: &str) -> String {
    let lower = crate::text::fold::fold(s.trim());
    let words: Vec<&str> = lower.split_whitespace().collect();
    let words = match words.first() {
        Some(&"the") if words.len() > 1 => &words[1..],
        _ => &words[..],
    };
    words.join(" ")
}

/// A token in lower case, with `’` as `'`; borrowed or on the stack when it can be, so
/// the many lookups per capitalised run do not allocate.
pub(super) fn lower<'a>(body: &'a str, t: &Token) -> Lower<'a> {
    let w = t.text(body);
    if w.is_ascii() {
        Lower::new(w)
    } else {
        Lower::owned(w.replace('’', "'").to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::{normalise, normalise_any};
    use proptest::prelude::*;

    #[test]
    fn names_compare_folded() {
        assert_eq!(
            normalise("Recep Tayyip Erdoğan"),
            normalise("recep tayyip erdogan")
        );
        assert_eq!(normalise("The  O’Neil\u{a0}Group"), "o'neil group");
        assert_eq!(normalise("Boris JOHNSON"), "boris johnson");
        assert_eq!(normalise("The Guardian"), "guardian");
        assert_eq!(normalise("Theresa May"), "theresa may");
        assert_eq!(normalise("THE"), "the");
        assert_eq!(normalise(" Jo  Cox\t"), "jo cox");
    }

    proptest! {
        #[test]
        fn ascii_names_normalise_as_any_text_does(
            name in "((the|The|THE|[A-Za-z.'-]{1,8})[ \t\n\x0b\x0c\r]{0,2}){0,5}"
        ) {
            prop_assert_eq!(normalise(&name), normalise_any(&name));
        }

        /// The eight-bytes-at-a-time test against a byte at a time, on any ASCII.
        #[test]
        fn plain_names_are_told_as_byte_by_byte(name in "[a-zT \t\n\x0b\x0c\r\x08\x0e\x1f!]{0,40}") {
            let b = name.as_bytes();
            let the = b.len() > 4 && b[..4].eq_ignore_ascii_case(b"the ");
            let plain = !the
                && b.first() != Some(&b' ')
                && b.last() != Some(&b' ')
                && !b.iter().any(|c| matches!(c, b'\t'..=b'\r'))
                && !b.windows(2).any(|w| w == b"  ");
            prop_assert_eq!(super::is_plain(&name), plain);
        }
    }
}
