//! Counting words without walking a whole text: [`words_up_to`] stops at a cap and reads
//! ASCII eight or more bytes at a time.

/// The number of words in `text`, counted up to `cap` at most: enough to compare with a
/// threshold below `cap` without walking a long paragraph to its end.
pub fn words_up_to(text: &str, cap: usize) -> usize {
    // As `split_whitespace().take(cap).count()`, in one pass over the bytes: runs of ASCII
    // (nearly all of it) are counted 8 bytes at a time in a word, without branches; other
    // characters are decoded.
    let bytes = text.as_bytes();
    let mut n = 0;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        // A chunk's words are counted whole; once they reach `cap`, there are at least
        // `cap` words, and `cap` is the answer (a small cap is reached chunks at a time too).
        // The last chunk of a text of 16 bytes or more ends at the text's end, overlapping
        // the one before: its first `i - at` bytes were counted already.
        // Long runs 64 bytes at a step, one mask of each kind for the four chunks.
        #[cfg(target_arch = "x86_64")]
        if let Some((starts, ends_in_word)) = word_starts_64(bytes, i, in_word) {
            n += starts;
            if n >= cap {
                return cap;
            }
            in_word = ends_in_word;
            i += 64;
            continue;
        }
        #[cfg(target_arch = "x86_64")]
        if let Some(at) = bytes.len().checked_sub(16).map(|last| i.min(last)) {
            if let Some((starts, ends_in_word)) = word_starts_16(bytes, at, i - at, in_word) {
                n += starts;
                if n >= cap {
                    return cap;
                }
                in_word = ends_in_word;
                i = at + 16;
                continue;
            }
        }
        if let Some(chunk) = bytes.get(i..i + 8) {
            let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
            if x & HIGH_BITS == 0 {
                let spaces = ascii_spaces(x);
                // A word starts at a non-space whose previous byte (the one 8 bits lower;
                // for the first, the last of the chunk before) is a space.
                let after_space = (spaces << 8) | (u64::from(!in_word) << 7);
                let starts = (!spaces & HIGH_BITS & after_space) >> 7;
                // One bit per byte: the sum of the bytes, gathered in the top one by a
                // multiplication (cheaper than a bit count without the POPCNT instruction).
                n += (starts.wrapping_mul(0x0101_0101_0101_0101) >> 56) as usize;
                if n >= cap {
                    return cap;
                }
                in_word = spaces >> 63 == 0;
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        let (space, len) = if b < 0x80 {
            (matches!(b, b' ' | b'\t'..=b'\r'), 1)
        } else if b < 0xc0 {
            // Inside a character the chunk before passed over: a word's.
            (false, 1)
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8())
        };
        if !space && !in_word {
            if n == cap {
                break;
            }
            n += 1;
        }
        in_word = !space;
        i += len;
    }
    n
}

const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// [`words_up_to`]'s step over the 16 bytes of `bytes` from `at` with SSE2 (part of every
/// x86-64 processor), the first `skip` of them counted already (the byte before the rest in
/// a word if `in_word`): how many words start in the rest, and whether its last byte is in
/// a word. `None` when a character there may be a space other than ASCII's (then the
/// caller decodes it): any other character's bytes are a word's, and a character that
/// started before `at + skip` was a word's too (the caller asked about it before, or
/// passed it whole).
#[cfg(target_arch = "x86_64")]
#[inline]
fn word_starts_16(bytes: &[u8], at: usize, skip: usize, in_word: bool) -> Option<(usize, bool)> {
    use std::arch::x86_64::{
        _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_loadu_si128,
        _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    let chunk: &[u8; 16] = bytes.get(at..at + 16)?.try_into().ok()?;
    // SAFETY: SSE2 is in the x86-64 baseline; the load reads the 16 bytes of `chunk`.
    let (high, leads, spaces) = unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let space = _mm_cmpeq_epi8(v, _mm_set1_epi8(b' ' as i8));
        // `\t` to `\r` (signed comparisons: no byte from 0x80 is among them).
        let control = _mm_and_si128(
            _mm_cmpgt_epi8(v, _mm_set1_epi8(b'\t' as i8 - 1)),
            _mm_cmplt_epi8(v, _mm_set1_epi8(b'\r' as i8 + 1)),
        );
        let spaces = _mm_movemask_epi8(_mm_or_si128(space, control));
        // Bytes from 0xC0 (signed: above -65) and ASCII; with the high bit, lead bytes.
        let lead_or_ascii = _mm_movemask_epi8(_mm_cmpgt_epi8(v, _mm_set1_epi8(-65)));
        let high = _mm_movemask_epi8(v) as u32;
        (high, high & lead_or_ascii as u32, spaces as u32)
    };
    let fresh = (0xffff << skip) & 0xffff;
    if high != 0 {
        // Curly quotes and dashes, the commonest: no spaces, read by their first bytes.
        let mut leads = leads & fresh;
        while leads != 0 {
            if may_be_space_at(bytes, at + leads.trailing_zeros() as usize) {
                return None;
            }
            leads &= leads - 1;
        }
    }
    // One bit per byte: a word starts at a non-space after a space (or, for the first byte
    // not yet counted, after what `in_word` says of the byte before it).
    let before_first = 1u32 << skip;
    let after_space = ((spaces << 1) & !before_first) | (u32::from(!in_word) << skip);
    let starts = !spaces & after_space & fresh;
    // Counted by table, a byte of the mask at a time: without the POPCNT instruction
    // (not in the x86-64 baseline) `count_ones` takes a few dozen instructions.
    let count = BITS_SET[(starts & 0xff) as usize] + BITS_SET[(starts >> 8) as usize];
    Some((usize::from(count), spaces & 0x8000 == 0))
}

/// [`word_starts_16`] over the 64 bytes of `bytes` from `at`, none counted yet: the same
/// masks for four chunks at once, their words counted with one bit count. `None` when
/// fewer than 64 bytes are left or a character there may be a space other than ASCII's.
#[cfg(target_arch = "x86_64")]
#[inline]
fn word_starts_64(bytes: &[u8], at: usize, in_word: bool) -> Option<(usize, bool)> {
    use std::arch::x86_64::{
        _mm_and_si128, _mm_cmpeq_epi8, _mm_cmpgt_epi8, _mm_cmplt_epi8, _mm_loadu_si128,
        _mm_movemask_epi8, _mm_or_si128, _mm_set1_epi8,
    };
    let window: &[u8; 64] = bytes.get(at..at + 64)?.try_into().ok()?;
    let (mut high, mut leads, mut spaces) = (0u64, 0u64, 0u64);
    for k in 0..4 {
        // SAFETY: SSE2 is in the x86-64 baseline; the load reads 16 bytes of `window`.
        let (h, l, sp) = unsafe {
            let v = _mm_loadu_si128(window.as_ptr().add(16 * k).cast());
            let space = _mm_cmpeq_epi8(v, _mm_set1_epi8(b' ' as i8));
            let control = _mm_and_si128(
                _mm_cmpgt_epi8(v, _mm_set1_epi8(b'\t' as i8 - 1)),
                _mm_cmplt_epi8(v, _mm_set1_epi8(b'\r' as i8 + 1)),
            );
            let sp = _mm_movemask_epi8(_mm_or_si128(space, control)) as u32;
            let lead_or_ascii = _mm_movemask_epi8(_mm_cmpgt_epi8(v, _mm_set1_epi8(-65))) as u32;
            let h = _mm_movemask_epi8(v) as u32;
            (h, h & lead_or_ascii, sp)
        };
        high |= u64::from(h) << (16 * k);
        leads |= u64::from(l) << (16 * k);
        spaces |= u64::from(sp) << (16 * k);
    }
    if high != 0 {
        while leads != 0 {
            if may_be_space_at(bytes, at + leads.trailing_zeros() as usize) {
                return None;
            }
            leads &= leads - 1;
        }
    }
    let after_space = (spaces << 1) | u64::from(!in_word);
    let starts = !spaces & after_space;
    Some((starts.count_ones() as usize, spaces >> 63 == 0))
}

/// Whether the character starting at `bytes[i]` (a lead byte) may be white space
/// (`char::is_whitespace`) by its first bytes: U+0085, U+00A0 (`C2`), U+1680 (`E1`),
/// U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F (`E2 80`, `E2 81`), U+3000 (`E3`).
/// True of a few characters that are not, never false of one that is.
#[cfg(target_arch = "x86_64")]
#[inline]
fn may_be_space_at(bytes: &[u8], i: usize) -> bool {
    match bytes[i] {
        0xc2 | 0xe1 | 0xe3 => true,
        0xe2 => match bytes.get(i + 1..i + 3) {
            Some(&[0x80, b]) => matches!(b, 0x80..=0x8a | 0xa8 | 0xa9 | 0xaf),
            Some(&[0x81, b]) => b == 0x9f,
            Some(_) => false,
            None => true,
        },
        _ => false,
    }
}

/// The number of bits set in each byte value.
#[cfg(target_arch = "x86_64")]
const BITS_SET: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).count_ones() as u8;
        b += 1;
    }
    t
};

/// The high bit of each byte of `x` (ASCII bytes only) set where the byte is whitespace:
/// a space, or `\t` to `\r`.
fn ascii_spaces(x: u64) -> u64 {
    const LOW_SEVEN: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let each = |b: u8| u64::from_le_bytes([b; 8]);
    // A byte of `y` is zero where `x` has a space: its high bit stays clear below.
    let y = x ^ each(b' ');
    let nonzero = ((y & LOW_SEVEN) + LOW_SEVEN) | y;
    // Adding 0x80 - k to a byte below 0x80 sets its high bit when the byte is k or more
    // (no carry leaves the byte).
    let at_least_tab = x + each(0x80 - b'\t');
    let past_cr = x + each(0x80 - b'\r' - 1);
    (!nonzero | (at_least_tab & !past_cr)) & HIGH_BITS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_spaces_flags_exactly_the_whitespace_bytes() {
        for b in 0u8..0x80 {
            for at in 0..8 {
                // The byte among neighbours of every kind, so no carry can hide.
                let mut chunk = [b' ', 0, 0x7f, b'\t', b'a', b'\r', 0x0e, 0x08];
                chunk[at] = b;
                let flags = ascii_spaces(u64::from_le_bytes(chunk));
                for (k, &c) in chunk.iter().enumerate() {
                    let want = c == b' ' || (b'\t'..=b'\r').contains(&c);
                    assert_eq!(flags >> (8 * k + 7) & 1 == 1, want, "{chunk:?} byte {k}");
                }
                assert_eq!(flags & !super::HIGH_BITS, 0);
            }
        }
    }

    proptest::proptest! {
        /// Texts long enough for the 64-byte step, with spaces outside ASCII among them.
        #[test]
        fn words_up_to_agrees_with_split_whitespace_on_long_texts(
            text in "([a-z]{0,9}[ \t\n\r]{0,2}|[\u{a0}\u{2003}\u{3000}“”—é]){0,160}",
            cap in 0usize..120,
        ) {
            let all = text.split_whitespace().count();
            proptest::prop_assert_eq!(words_up_to(&text, usize::MAX), all);
            proptest::prop_assert_eq!(words_up_to(&text, cap), all.min(cap));
        }
    }

    proptest::proptest! {
        #[test]
        fn words_up_to_agrees_with_split_whitespace_on_any_text(
            text in "([a-z]{0,5}[ \t\n\x0b\x0c\r]{0,2}|[\u{a0}\u{85}\u{1680}\u{2003}\u{2028}\u{202f}\u{205f}\u{3000}\u{2010}“”—é]|[\x00-\x7f]){0,40}",
            cap in 0usize..40,
        ) {
            let all = text.split_whitespace().count();
            proptest::prop_assert_eq!(words_up_to(&text, usize::MAX), all);
            proptest::prop_assert_eq!(words_up_to(&text, cap), all.min(cap));
        }
    }

    /// A chunk that ends inside a character, then one with a space outside ASCII: the
    /// byte path goes on from inside the character.
    #[test]
    fn words_up_to_goes_on_from_inside_a_character() {
        for pad in 0..20 {
            for space in ['\u{a0}', '\u{2003}', '\u{3000}', ' '] {
                let text = format!("{}“x{space}y z{}", "a".repeat(pad), " w".repeat(10));
                let all = text.split_whitespace().count();
                assert_eq!(words_up_to(&text, usize::MAX), all, "{text:?}");
            }
        }
    }

    /// `may_be_space_at` against `char::is_whitespace`, every character outside ASCII.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn may_be_space_at_is_never_false_of_a_space() {
        for c in ('\u{80}'..=char::MAX).filter(|c| c.is_whitespace()) {
            let mut buf = [0u8; 4];
            let b = c.encode_utf8(&mut buf).as_bytes();
            assert!(may_be_space_at(b, 0), "{c:?}");
        }
        for c in ['“', '”', '‘', '’', '—', '–', '…', '€', '•', '−'] {
            let mut buf = [0u8; 4];
            assert!(
                !may_be_space_at(c.encode_utf8(&mut buf).as_bytes(), 0),
                "{c:?}"
            );
        }
    }

    /// Every ASCII byte at every place of a chunk of 16 (the SSE2 step) and of 8.
    #[test]
    fn words_up_to_counts_every_ascii_byte_in_chunks() {
        for b in 0u8..0x80 {
            for at in 0..40 {
                let mut text = *b"a b\tc\x0bd\re\x1cf g\x0c hh\n i\x7fj k\x00l  m\x0en\x08o p qq r";
                text[at] = b;
                let text = std::str::from_utf8(&text).expect("ASCII");
                let all = text.split_whitespace().count();
                assert_eq!(words_up_to(text, usize::MAX), all, "{text:?}");
            }
        }
    }

    #[test]
    fn words_up_to_stops_at_a_small_cap_inside_a_long_chunked_text() {
        for text in [
            "one two three four five six seven eight nine ten ".repeat(9),
            "a\tb  c\nd ".repeat(30),
            format!("{} “x” é", "longwordsonly ".repeat(20)),
        ] {
            let all = text.split_whitespace().count();
            for cap in 0..=all + 2 {
                assert_eq!(words_up_to(&text, cap), all.min(cap), "{text:?} cap {cap}");
            }
        }
    }

    #[test]
    fn words_up_to_counts_as_split_whitespace_does() {
        for text in [
            "",
            "   ",
            "one",
            " two  words ",
            "tab\tand\nnewline\x0bvt\x0cff\rcr",
            "no\u{a0}break\u{2003}em\u{3000}ideographic\u{85}nel",
            "“Quoted,” she said — and left…",
            "\u{1c}\u{1f} not spaces",
        ] {
            let all = text.split_whitespace().count();
            assert_eq!(words_up_to(text, usize::MAX), all, "{text:?}");
            for cap in 0..=all + 1 {
                assert_eq!(words_up_to(text, cap), all.min(cap), "{text:?} cap {cap}");
            }
        }
    }
}
