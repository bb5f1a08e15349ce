//! Checked slicing of an article body.
//!
//! Extraction reads the body through windows made in different places: a paragraph, a
//! sentence, the words before or after a quote, a quote's marks, an actor mention (which
//! tokenization of the whole paragraph may let run past the window being read). Offsets
//! from one window used to cut another are not guaranteed to be in order, inside the body
//! or on a character boundary; slicing with them goes through [`slice`] (or [`clamp`],
//! [`from`], [`upto`]), which never panics: both ends are clamped to the body and moved
//! back to a character boundary, and a start past the end gives an empty slice.

/// `at` clamped to `text` and moved back to the nearest character boundary.
#[inline]
pub fn floor(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `at` clamped to `text` and moved on to the nearest character boundary.
#[inline]
pub fn ceil(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// The range `a..b` made safe to slice `text` with: `b` clamped (see [`floor`]), `a`
/// clamped and never past `b`.
#[inline]
pub fn clamp(text: &str, a: usize, b: usize) -> (usize, usize) {
    let b = floor(text, b);
    (floor(text, a).min(b), b)
}

/// `text[a..b]`, clamped (see [`clamp`]): empty when `a >= b`.
#[inline]
pub fn slice(text: &str, a: usize, b: usize) -> &str {
    let (a, b) = clamp(text, a, b);
    &text[a..b]
}

/// `text[a..]`, clamped.
#[inline]
pub fn from(text: &str, a: usize) -> &str {
    slice(text, a, text.len())
}

/// `text[..b]`, clamped.
#[inline]
pub fn upto(text: &str, b: usize) -> &str {
    slice(text, 0, b)
}

/// Where `part`, a sub-slice of `text` (a word of its `split_whitespace`, a `trim` of
/// it, the rest after a `split_once`), starts in `text`: the distance between their first
/// bytes. `part` must lie inside `text`.
#[inline]
pub fn offset_in(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

/// Where the last ", " of `text` starts (as `text.rfind(", ")`), found by a byte search for
/// its comma: the string searcher `rfind` builds for a two-byte needle costs more than the
/// search itself on a subject's few words.
#[inline]
pub fn rfind_comma_space(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    memchr::memrchr_iter(b',', b).find(|&i| b.get(i + 1) == Some(&b' '))
}

/// Whether `text` holds `word` between two spaces (as `text.contains(" word ")`; `word`
/// a non-empty ASCII word), found by a byte search for its first letter.
#[inline]
pub fn contains_word(text: &str, word: &str) -> bool {
    let (b, w) = (text.as_bytes(), word.as_bytes());
    memchr::memchr_iter(w[0], b).any(|i| {
        i > 0 && b[i - 1] == b' ' && b[i..].starts_with(w) && b.get(i + w.len()) == Some(&b' ')
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn out_of_order_and_out_of_range_ends_give_what_fits() {
        let text = "a “b” c";
        // The case of issue 17: a window read past its end by a mention (begin > end).
        assert_eq!(slice(text, 5, 3), "");
        assert_eq!(slice(text, 2, 100), "“b” c");
        assert_eq!(from(text, 100), "");
        assert_eq!(upto(text, 100), text);
        // Inside the three bytes of “: moved back to its start.
        assert_eq!(slice(text, 3, 4), "");
        assert_eq!(slice(text, 0, 4), "a ");
        assert_eq!(from(text, 4), "“b” c");
        assert_eq!(clamp(text, 9, 3), (2, 2));
    }

    #[test]
    fn ceil_moves_on_to_the_next_character() {
        let text = "a “b” c";
        // Inside the three bytes of “ (2..5): on to "b".
        assert_eq!(ceil(text, 3), 5);
        assert_eq!(ceil(text, 4), 5);
        assert_eq!(ceil(text, 2), 2);
        assert_eq!(ceil(text, 100), text.len());
        assert_eq!(floor(text, 3), 2);
    }

    #[test]
    fn a_sub_slice_starts_where_it_was_cut() {
        let text = "  Ann “Lee” said, then left";
        let words: Vec<&str> = text.split_whitespace().collect();
        assert_eq!(offset_in(text, words[0]), 2);
        assert_eq!(offset_in(text, words[2]), 16);
        assert_eq!(offset_in(text, text.trim_start()), 2);
        assert_eq!(offset_in(text, text.split_once(", ").unwrap().1), 22);
        assert_eq!(offset_in(text, &text[text.len()..]), text.len());
    }

    #[test]
    fn the_last_comma_and_space_is_found() {
        assert_eq!(rfind_comma_space("Lee, Cruz, and Bell"), Some(9));
        assert_eq!(rfind_comma_space("Lee, Cruz,"), Some(3));
        assert_eq!(rfind_comma_space("a,b ,"), None);
        assert_eq!(rfind_comma_space(""), None);
        assert!(contains_word("a county clerk who is", "who"));
        assert!(!contains_word("who is, whose job ", "who"));
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]
        /// The byte search agrees with `rfind(", ")` on any text of commas, spaces and
        /// letters (and a non-ASCII character or two).
        #[test]
        fn comma_space_search_is_rfind(text in "[a, é“]{0,40}") {
            prop_assert_eq!(rfind_comma_space(&text), text.rfind(", "));
        }

        /// The byte search agrees with `contains(" who ")`.
        #[test]
        fn word_search_is_contains(text in "[ whoé]{0,40}") {
            prop_assert_eq!(contains_word(&text, "who"), text.contains(" who "));
        }

        /// Any two offsets slice any text without a panic, within the text, and agree with
        /// plain slicing whenever plain slicing is valid.
        #[test]
        fn any_offsets_slice_without_panic(text in "[a-z“”«»’é€𝄞 ]{0,16}", a in 0usize..80, b in 0usize..80) {
            let (x, y) = clamp(&text, a, b);
            prop_assert!(x <= y && y <= text.len());
            prop_assert!(text.is_char_boundary(x) && text.is_char_boundary(y));
            let s = slice(&text, a, b);
            if let Some(plain) = text.get(a..b) {
                prop_assert_eq!(s, plain);
            }
        }
    }
}
