//! Folding for matching (never for display), in search, speaker filters and the keys
//! actor names are compared by: case, diacritics (NFKD with the marks
//! dropped: `Erdoğan` → `erdogan`, `Gonzàlez` → `gonzalez`, `ﬁ` → `fi`), Unicode spaces to
//! a space, dashes to `-`, curly apostrophes to `'`. ASCII, nearly all of news text, is
//! lower-cased a byte at a time without decoding; the Unicode tables are read only for
//! the rest.

use std::borrow::Cow;
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// `text` folded for matching; borrowed when it is lower-case ASCII already.
pub fn fold(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        if text.bytes().any(|b| b.is_ascii_uppercase()) {
            return Cow::Owned(text.to_ascii_lowercase());
        }
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    Cow::Owned(out)
}

/// Appends `text` folded to `out`.
pub fn fold_into(text: &str, out: &mut String) {
    for c in text.chars() {
        fold_char(c, &mut |f| out.push(f));
    }
}

/// The characters `c` folds to (none, one or several), each handed to `push`.
pub fn fold_char(c: char, push: &mut impl FnMut(char)) {
    if c.is_ascii() {
        push(c.to_ascii_lowercase());
        return;
    }
    match c {
        // Dashes and minus signs.
        '\u{2010}'..='\u{2015}'
        | '\u{2212}'
        | '\u{2e3a}'
        | '\u{2e3b}'
        | '\u{fe58}'
        | '\u{fe63}'
        | '\u{ff0d}' => push('-'),
        // Apostrophes and single quotes.
        '\u{2018}' | '\u{2019}' | '\u{201b}' | '\u{2032}' | '\u{ff07}' => push('\''),
        c if c.is_whitespace() || c == '\u{200b}' => push(' '),
        c => decompose_compatible(c, |d| {
            if !is_combining_mark(d) {
                for l in d.to_lowercase() {
                    push(l);
                }
            }
        }),
    }
}

/// Whether `haystack` holds `needle` once both are folded (`needle` already folded), with
/// runs of spaces counted as one: speaker and outlet filters.
pub fn contains_folded(haystack: &str, needle: &str) -> bool {
    squeeze(&fold(haystack)).contains(&*squeeze(needle))
}

/// Whether `a` and `b` are the same once folded (and their spaces squeezed).
pub fn eq_folded(a: &str, b: &str) -> bool {
    squeeze(&fold(a)) == squeeze(&fold(b))
}

/// `text` trimmed, each run of spaces one space.
fn squeeze(text: &str) -> Cow<'_, str> {
    let t = text.trim();
    if !t.contains("  ") {
        return Cow::Borrowed(t);
    }
    Cow::Owned(
        t.split(' ')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_diacritics_fold_away() {
        assert_eq!(fold("Recep Tayyip Erdoğan"), "recep tayyip erdogan");
        assert_eq!(fold("Gonzàlez"), "gonzalez");
        assert_eq!(fold("AGNÈS Callamard"), "agnes callamard");
        assert_eq!(fold("ﬁnance ²"), "finance 2");
        assert_eq!(fold("Straße"), "straße");
        // Lower-case ASCII is not copied.
        assert!(matches!(fold("plain words"), Cow::Borrowed(_)));
        assert!(matches!(fold("Plain"), Cow::Owned(_)));
    }

    #[test]
    fn spaces_dashes_and_apostrophes_are_one_kind_each() {
        assert_eq!(fold("5G\u{a0}Networks"), "5g networks");
        assert_eq!(fold("5G\u{202f}Networks"), fold("5G Networks"));
        assert_eq!(fold("Jean\u{2011}Luc – O’Neil"), "jean-luc - o'neil");
        assert!(eq_folded("5G\u{a0}Networks", "5g  networks"));
        assert!(contains_folded("Recep Tayyip Erdoğan", "erdogan"));
        assert!(!contains_folded("Recep Tayyip", "erdogan"));
    }
}
