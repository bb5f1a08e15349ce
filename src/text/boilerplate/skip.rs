//! The unanchored boilerplate cues found by skipping (Wu–Manber): a window as long as the
//! shortest cue slides along the text, and the last three bytes of the window, looked up
//! in a table, say how far it may move before a cue could end there. Most windows move
//! four or more bytes at one lookup, where the case-blind automaton (which gets no
//! prefilter) reads every byte at about 17 instructions each.
//!
//! ASCII case is ignored as the automaton ignores it: the table is built and read on
//! bytes with bit 5 set (`A`..`Z` onto `a`..`z`, and any other byte onto a byte it shares
//! with no letter's other case), and a window that may start a cue is compared with
//! `eq_ignore_ascii_case`.

/// Bytes of the block the table is read by.
const BLOCK: usize = 3;
/// Bits of the block's hash: the table's size. Blocks that share a slot keep the smaller
/// shift, so the table only ever moves less far than the exact one.
const BITS: u32 = 12;

/// The cues and their skip table.
pub(super) struct Skip {
    /// The shortest cue's length in bytes: the window.
    window: usize,
    /// By block hash: how far the window may move (0: a cue may start at the window). An
    /// array, so a hash's index needs no bounds test.
    shift: Box<[u8; 1 << BITS]>,
    /// By block hash: the cues whose first `window` bytes end in a block of that hash,
    /// as ranges of `cues` (`at[h]..at[h + 1]`).
    at: Vec<u32>,
    cues: Vec<Box<[u8]>>,
}

/// The block ending at byte `end` (inclusive) of `bytes`, with bit 5 of each byte set.
#[inline(always)]
fn block(bytes: &[u8], end: usize) -> u32 {
    let b = &bytes[end + 1 - BLOCK..=end];
    (u32::from(b[0]) | u32::from(b[1]) << 8 | u32::from(b[2]) << 16) | 0x0020_2020
}

/// [`block`] of the last three of the four bytes `w`, read with one load: the scan's form,
/// where three loads cost more than the block's hash.
#[inline(always)]
fn block_of_word(w: &[u8]) -> u32 {
    let w: [u8; 4] = w.try_into().expect("four bytes");
    (u32::from_le_bytes(w) >> 8) | 0x0020_2020
}

#[inline(always)]
fn slot(block: u32) -> usize {
    (block.wrapping_mul(0x9e37_79b1) >> (32 - BITS)) as usize
}

impl Skip {
    /// The table for `cues` (lower case; ASCII case is ignored), or `None` when a cue is
    /// shorter than a block (the automaton then finds them all).
    pub(super) fn new<'a>(cues: impl Iterator<Item = &'a str>) -> Option<Skip> {
        let cues: Vec<Box<[u8]>> = cues.map(|c| c.as_bytes().into()).collect();
        let window = cues.iter().map(|c| c.len()).min()?;
        // A window of a block and one byte more: the scan reads each block with the byte
        // before it ([`block_of_word`]).
        if window <= BLOCK || window > usize::from(u8::MAX) {
            return None;
        }
        let far = (window - BLOCK + 1) as u8;
        let mut shift = Box::new([far; 1 << BITS]);
        let mut lists: Vec<Vec<u32>> = vec![Vec::new(); 1 << BITS];
        for (k, cue) in cues.iter().enumerate() {
            for end in BLOCK - 1..window {
                let h = slot(block(cue, end));
                shift[h] = shift[h].min((window - 1 - end) as u8);
            }
            lists[slot(block(cue, window - 1))].push(k as u32);
        }
        let mut at = Vec::with_capacity(lists.len() + 1);
        let mut order = Vec::with_capacity(cues.len());
        at.push(0);
        for list in lists {
            order.extend(list.iter().map(|&k| cues[k as usize].clone()));
            at.push(order.len() as u32);
        }
        Some(Skip {
            window,
            shift,
            at,
            cues: order,
        })
    }

    /// Whether a cue stands anywhere in `text`, ASCII case ignored.
    pub(super) fn is_match(&self, text: &str) -> bool {
        let bytes = text.as_bytes();
        let mut end = self.window - 1;
        // The window's last four bytes, while the text holds them: one test for the loop
        // and the load.
        while let Some(four) = bytes.get(end - 3..end + 1) {
            let h = slot(block_of_word(four));
            let s = self.shift[h];
            if s != 0 {
                end += usize::from(s);
                continue;
            }
            let start = end + 1 - self.window;
            let rest = &bytes[start..];
            let (a, b) = (self.at[h] as usize, self.at[h + 1] as usize);
            if self.cues[a..b].iter().any(|c| {
                rest.get(..c.len())
                    .is_some_and(|r| r.eq_ignore_ascii_case(c))
            }) {
                return true;
            }
            end += 1;
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(cues: &[&str], text: &str) -> bool {
        let lower = text.to_ascii_lowercase();
        cues.iter().any(|c| lower.contains(c))
    }

    #[test]
    fn finds_what_a_search_for_each_cue_finds() {
        let cues = [
            "sign up",
            "read more",
            "(left)",
            "copyright ©",
            "& cookies",
            "min read",
        ];
        let skip = Skip::new(cues.iter().copied()).expect("cues of 6 bytes or more");
        let texts = [
            "",
            "sign up",
            "SIGN UP",
            "Please Sign Up today",
            "sign u",
            "xxsign upxx",
            "Read more here",
            "read mor",
            "Trump (LEFT) and",
            "(left",
            "Copyright © 2020",
            "copyright (c)",
            "We use & Cookies",
            "5 min read",
            "é read more é",
            "“Sign up,” she said",
            "a plain sentence of no furniture at all, and rather long too",
        ];
        for t in texts {
            assert_eq!(skip.is_match(t), naive(&cues, t), "{t:?}");
        }
        // Every cue at every place in a padded text, in both cases.
        for cue in cues {
            for pad in 0..12 {
                for c in [cue.to_string(), cue.to_ascii_uppercase()] {
                    let t = format!("{}{c}{}", "ab ".repeat(pad), " z".repeat(pad % 3));
                    assert!(skip.is_match(&t), "{t:?}");
                    let cut = &c[..c.char_indices().last().map_or(0, |(i, _)| i)];
                    let t = format!("{}{cut}", "ab ".repeat(pad));
                    assert_eq!(skip.is_match(&t), naive(&cues, &t), "{t:?}");
                }
            }
        }
    }

    /// The block read with one load is the block read byte by byte, at every end from 3.
    #[test]
    fn a_block_read_by_word_is_the_block() {
        let text = "Sign UP \u{e9}xx (left) \u{212a}AB\u{201c}yz9";
        let bytes = text.as_bytes();
        for end in 3..bytes.len() {
            assert_eq!(
                block_of_word(&bytes[end - 3..=end]),
                block(bytes, end),
                "{end}"
            );
        }
        // A window of a block alone is left to the automaton.
        assert!(Skip::new(["abc", "abcdef"].into_iter()).is_none());
        assert!(Skip::new(["abcd", "abcdef"].into_iter()).is_some());
    }

    /// The shipped cues: the table answers as the automaton it stands in for, with every
    /// cue, its every cut, and its upper case at several places.
    #[test]
    fn the_shipped_cues_match_as_the_automaton_matches() {
        let m = super::super::cue_matcher().expect("the cues build");
        let skip = m.skip.as_ref().expect("the shipped cues get a table");
        for (_, cue) in super::super::cues() {
            for cut in 1..=cue.len() {
                let Some(part) = cue.get(..cut) else { continue };
                for pad in 0..9 {
                    let upper = part.to_uppercase();
                    for t in [
                        format!("{}{part}", "x ".repeat(pad)),
                        format!("{part}{}", " y".repeat(pad)),
                        format!("é{}{upper}.", "ab".repeat(pad)),
                    ] {
                        assert_eq!(skip.is_match(&t), m.anywhere.is_match(&t), "{t:?}");
                    }
                }
            }
        }
    }

    /// The furniture test leaves the anchored cues to `has_leading_cue`, which every caller
    /// asks of the same text: together they answer as with the anchored cues asked twice.
    #[test]
    fn the_anchored_cues_are_left_to_the_leading_cue_test() {
        use super::super::{cues, has_cue, has_furniture_cue, has_leading_cue, outside_quotes};
        for (anchored, cue) in cues() {
            let upper = cue.to_uppercase();
            for t in [
                cue.to_string(),
                format!("{cue} sign up “x”"),
                format!("{upper} now “read more”"),
                format!("“{cue}” x"),
                format!("x {cue} “y”"),
                format!("é{cue}"),
            ] {
                let before = has_cue(&t, true)
                    && (!t.contains(['“', '«', '"']) || has_cue(&outside_quotes(&t), true));
                assert_eq!(
                    has_furniture_cue(&t) || has_leading_cue(&t),
                    before || has_leading_cue(&t),
                    "{anchored} {t:?}"
                );
            }
        }
    }

    #[test]
    fn no_table_for_a_cue_shorter_than_a_block() {
        assert!(Skip::new(["ab", "sign up"].into_iter()).is_none());
        assert!(Skip::new(std::iter::empty()).is_none());
    }

    proptest::proptest! {
        /// Random texts over the cues' own letters and others, against a search for each.
        #[test]
        fn agrees_with_a_search_for_each_cue(text in "([signupreadmo ()lftxSIGNUPREADMO&©é]{0,6}|sign up|read more|\\(left\\)|min read){0,12}") {
            let cues = ["sign up", "read more", "(left)", "copyright ©", "& cookies", "min read"];
            let skip = Skip::new(cues.iter().copied()).expect("cues of 6 bytes or more");
            proptest::prop_assert_eq!(skip.is_match(&text), naive(&cues, &text));
        }
    }
}
