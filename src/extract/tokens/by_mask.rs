//! The tokenizer's common case, 64 bytes at a time (x86-64): one bit per byte set where
//! the byte is an ASCII letter or digit, found once per window (SSE2), gives each plain
//! word's start and end by counting zeros, with no test per byte of the word. A word or
//! gap that needs more — a non-ASCII character, a joiner or full stop after the word —
//! is read by [`next_token`], the token-at-a-time scan, from where it starts.

use super::{ascii_alphanumerics_16, next_token, Token, BYTE_KIND, CAPITAL, LETTER};

/// Bytes after an ASCII word's letters and digits that may carry the word on or end it
/// otherwise than plainly: a joiner (`-`, `'`, `&`), a full stop (an abbreviation's, an
/// initial's or a possessive's rules), any byte of a non-ASCII character.
const NOT_PLAIN_END: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = b >= 0x80 || matches!(b as u8, b'-' | b'\'' | b'&' | b'.');
        b += 1;
    }
    t
};

/// Appends the tokens of `text` (offsets plus `start`) to `out`, as [`next_token`] read
/// one after another from byte 0 would.
pub(super) fn tokens(out: &mut Vec<Token>, text: &str, start: usize, sentence_start: &mut bool) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut base = 0;
    // The text's last bytes, padded with NULs: a NUL is a gap byte, no letter, no stop, so
    // nothing past the end makes or carries on a word.
    let mut padded = [0u8; 64];
    while base < n {
        let window: &[u8; 64] = match bytes.get(base..base + 64) {
            Some(w) => w.try_into().expect("64 bytes"),
            None => {
                padded[..n - base].copy_from_slice(&bytes[base..]);
                // (Zeros again past the end: a later window may start further on.)
                padded[n - base..].fill(0);
                &padded
            }
        };
        let Kinds { words, high, stops } = kinds_64(window);
        // Where the next gap starts, in the window.
        let mut pos = 0;
        base = 'window: loop {
            // Where the token-at-a-time scan takes over, when the plain case does not hold.
            let from = 'plain: {
                // The gap, up to the next letter or digit (or the window's end): a stop in
                // it starts a sentence; a non-ASCII byte in it (maybe a word's first) is
                // read token by token.
                let ahead = words & (!0u64 << pos);
                let gap = !ahead & ahead.wrapping_sub(1) & (!0u64 << pos);
                let odd = high & gap;
                // The gap's ASCII before its first non-ASCII byte, if it has one.
                let plain = gap & !odd & odd.wrapping_sub(1);
                if stops & plain != 0 {
                    *sentence_start = true;
                }
                if odd != 0 {
                    break 'plain base + odd.trailing_zeros() as usize;
                }
                if ahead == 0 {
                    break 'window base + 64;
                }
                let s = ahead.trailing_zeros() as usize;
                // The word's letters and digits.
                let past = !words & (!0u64 << s);
                if past == 0 {
                    // They run to the window's end: read again from the word's start,
                    // unless the window already starts there (a word of 64 bytes or more).
                    if s == 0 {
                        break 'plain base;
                    }
                    break 'window base + s;
                }
                let e = past.trailing_zeros() as usize;
                let after = window[e];
                if NOT_PLAIN_END[usize::from(after)]
                    && !(after == b'.' && ends_before_stop(&window[s..e]))
                {
                    break 'plain base + s;
                }
                let kind = BYTE_KIND[usize::from(window[s])];
                out.push(Token {
                    start: start + base + s,
                    end: start + base + e,
                    sentence_start: *sentence_start,
                    possessive: false,
                    capital: kind & CAPITAL != 0,
                    letter: kind & LETTER != 0,
                });
                *sentence_start = false;
                pos = e;
                continue 'window;
            };
            let next = next_token(out, text, start, from, sentence_start);
            // Read on in this window while it holds where the scan goes on.
            if next - base >= 64 {
                break 'window next;
            }
            pos = next - base;
        };
    }
}

/// Whether a word of ASCII letters and digits before a full stop ends there, the stop not
/// its own (most sentences' last words): no capital before the stop, which an initial
/// and a `U.S.`-style word joined across it would need, and no abbreviation — every one
/// of at most four bytes and capitalised, but "vs".
#[inline]
pub(super) fn ends_before_stop(word: &[u8]) -> bool {
    let (Some(first), Some(last)) = (word.first(), word.last()) else {
        return false;
    };
    !last.is_ascii_uppercase() && (word.len() > 4 || !first.is_ascii_uppercase() && word != b"vs")
}

/// Three bits per byte of a window, one in each mask.
struct Kinds {
    /// ASCII letters and digits.
    words: u64,
    /// Bytes of non-ASCII characters.
    high: u64,
    /// The marks that end a sentence or a clause: `.!?:;` (the tokenizer's `STOP`).
    stops: u64,
}

/// The [`Kinds`] of the 64 bytes of `window`.
#[inline(always)]
fn kinds_64(window: &[u8; 64]) -> Kinds {
    let mut k = Kinds {
        words: 0,
        high: 0,
        stops: 0,
    };
    for i in 0..4 {
        let chunk = &window[16 * i..16 * i + 16];
        k.words |= u64::from(ascii_alphanumerics_16(chunk)) << (16 * i);
        let (high, stops) = high_and_stops_16(chunk);
        k.high |= u64::from(high) << (16 * i);
        k.stops |= u64::from(stops) << (16 * i);
    }
    k
}

/// One bit per byte of `chunk` (its first 16) set where the byte is non-ASCII, and one
/// where it is one of `.!?:;`: SSE2.
#[inline(always)]
fn high_and_stops_16(chunk: &[u8]) -> (u32, u32) {
    use std::arch::x86_64::{
        _mm_add_epi8, _mm_cmpeq_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8,
        _mm_or_si128, _mm_set1_epi8,
    };
    let chunk: &[u8; 16] = chunk[..16].try_into().expect("16 bytes");
    // SAFETY: SSE2 is in the x86-64 baseline; the load reads the 16 bytes of `chunk`.
    unsafe {
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let high = _mm_movemask_epi8(v) as u32;
        let is = |b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
        // `:` and `;` are neighbours: moved by `0x80 - b':'` (wrapping), below `0x80 + 2`
        // as a signed byte.
        let colons = _mm_cmplt_epi8(
            _mm_add_epi8(v, _mm_set1_epi8(0x80u8.wrapping_sub(b':') as i8)),
            _mm_set1_epi8(0x82u8 as i8),
        );
        let stops = _mm_or_si128(
            _mm_or_si128(is(b'.'), is(b'!')),
            _mm_or_si128(is(b'?'), colons),
        );
        (high, _mm_movemask_epi8(stops) as u32)
    }
}
