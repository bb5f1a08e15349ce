//! The tokenizer's common case, 64 bytes at a time (x86-64): one bit per byte set where
//! the byte is an ASCII letter or digit, found once per window (SSE2), gives each plain
//! word's start and end by counting zeros, with no test per byte of the word. A word or
//! gap that needs more — a non-ASCII character, a joiner or full stop after the word —
//! is read by [`next_token`], the token-at-a-time scan, from where it starts.

use std::mem::MaybeUninit;

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
    let mut base = 0;
    let mut ss = *sentence_start;
    // The text's last bytes, padded with NULs: a NUL is a gap byte, no letter, no stop, so
    // nothing past the end makes or carries on a word.
    let mut padded = [0u8; 64];
    while base < bytes.len() {
        let window = Window::at(bytes, base, &mut padded, start);
        base = read_window(out, text, &window, &mut ss);
    }
    *sentence_start = ss;
}

/// A window of 64 bytes of the text, from `base`, and its bits.
struct Window<'a> {
    /// The whole text's bytes.
    bytes: &'a [u8],
    /// The window's bytes (past the text's end, NULs).
    window: &'a [u8; 64],
    /// Where the window starts in the text.
    base: usize,
    /// What the text's offsets are moved by in the tokens.
    start: usize,
    /// The window's [`Kinds`].
    kinds: Kinds,
    /// Each word's first byte (the byte before the window's first is never a word's: a
    /// window starts at a gap, at a word's start or where the token scan stopped).
    firsts: u64,
}

impl<'a> Window<'a> {
    /// The window of `bytes` at `base`: its last bytes are copied into `padded`.
    #[inline(always)]
    fn at(bytes: &'a [u8], base: usize, padded: &'a mut [u8; 64], start: usize) -> Self {
        let n = bytes.len();
        let window: &[u8; 64] = match bytes.get(base..base + 64) {
            Some(w) => w.try_into().expect("64 bytes"),
            None => {
                padded[..n - base].copy_from_slice(&bytes[base..]);
                // (Zeros again past the end: a later window may start further on.)
                padded[n - base..].fill(0);
                padded
            }
        };
        let kinds = kinds_64(window);
        let firsts = kinds.words & !(kinds.words << 1);
        Window {
            bytes,
            window,
            base,
            start,
            kinds,
            firsts,
        }
    }
}

/// Appends the tokens that start in window `w` (plain words from its masks, the others
/// from the token scan); gives where the next window starts.
#[inline(always)]
fn read_window(out: &mut Vec<Token>, text: &str, w: &Window<'_>, ss: &mut bool) -> usize {
    // Where the next gap starts, in the window.
    let mut pos = 0;
    loop {
        // Tokens of plain words are written straight into the vector's spare room: at
        // most 32 start in a window (a byte of word and one of gap each).
        out.reserve(32);
        let len = out.len();
        let spare: &mut [MaybeUninit<Token>; 32] = (&mut out.spare_capacity_mut()[..32])
            .try_into()
            .expect("32 tokens reserved");
        let (written, stop) = plain_words(spare, w, pos, ss);
        // SAFETY: the first `written` of the spare room were written by `plain_words`, in
        // order.
        unsafe { out.set_len(len + written) };
        let from = match stop {
            Stop::Window(next) => return next,
            Stop::Scan(from) => from,
        };
        let next = next_token(out, text, w.start, from, ss);
        // Read on in this window while it holds where the scan goes on.
        if next - w.base >= 64 {
            return next;
        }
        pos = next - w.base;
    }
}

/// Writes the tokens of the plain words of window `w` from `pos` (a gap's start) into
/// `spare`, in order, until the plain case does not hold; gives how many it wrote and
/// where the token-at-a-time scan takes over (or the window's end, where the next window
/// starts).
#[inline(always)]
fn plain_words(
    spare: &mut [MaybeUninit<Token>; 32],
    w: &Window<'_>,
    mut pos: usize,
    ss: &mut bool,
) -> (usize, Stop) {
    let (window, base) = (w.window, w.base);
    let Kinds { words, high, stops } = w.kinds;
    // Bytes a gap is read for: a stop, or a non-ASCII character's.
    let odd_in_gap = high | stops;
    let mut written = 0;
    let mut ahead = w.firsts & (!0u64 << pos);
    loop {
        if ahead == 0 {
            // The gap runs to the window's end.
            return (written, gap_to_end(high, stops, pos, base, ss));
        }
        let s = ahead.trailing_zeros() as usize;
        // The gap before the word: a stop in it starts a sentence, a non-ASCII character
        // in it is passed over if it is punctuation.
        let gap = (1u64 << s).wrapping_sub(1u64 << pos);
        if odd_in_gap & gap != 0 {
            if let Some(at) = odd_gap(window, high, stops, gap, ss) {
                return (written, Stop::Scan(base + at));
            }
        }
        // The word's letters and digits.
        let past = !words & (!0u64 << s);
        if past == 0 {
            // They run to the window's end: read again from the word's start, unless the
            // window already starts there (a word of 64 bytes or more).
            if s == 0 {
                return (written, Stop::Scan(base));
            }
            return (written, Stop::Window(base + s));
        }
        let e = past.trailing_zeros() as usize;
        if NOT_PLAIN_END[usize::from(window[e])] && !plain_end(w.bytes, base, window, s, e) {
            return (written, Stop::Scan(base + s));
        }
        let kind = BYTE_KIND[usize::from(window[s])];
        spare[written].write(Token {
            start: w.start + base + s,
            end: w.start + base + e,
            sentence_start: *ss,
            possessive: false,
            capital: kind & CAPITAL != 0,
            letter: kind & LETTER != 0,
        });
        written += 1;
        *ss = false;
        pos = e;
        ahead &= ahead - 1;
    }
}

/// Where the mask scan stops: at a byte the token-at-a-time scan reads from, or at the
/// window's end (where the next window starts).
enum Stop {
    Scan(usize),
    Window(usize),
}

/// The gap from `pos` to the window's end (no word starts there): a stop before its first
/// non-ASCII byte starts a sentence; a non-ASCII byte is read by the token scan (a
/// character may run into the next window).
#[inline]
fn gap_to_end(high: u64, stops: u64, pos: usize, base: usize, ss: &mut bool) -> Stop {
    let gap = !0u64 << pos;
    let odd = high & gap;
    // The gap's ASCII before its first non-ASCII byte, if it has one.
    let plain = gap & !odd & odd.wrapping_sub(1);
    if stops & plain != 0 {
        *ss = true;
    }
    if odd != 0 {
        return Stop::Scan(base + odd.trailing_zeros() as usize);
    }
    Stop::Window(base + 64)
}

/// A gap (its bits in `gap`, before a word's first byte) with a stop or a non-ASCII byte:
/// sets `ss` for a stop before its first character that is no punctuation, and gives
/// where that character starts, for the token scan (`None` when there is none: every
/// non-ASCII character of the gap is in General Punctuation, U+2000 to U+206F — curly
/// quotes, dashes — which is never part of a word).
#[cold]
#[inline(never)]
fn odd_gap(window: &[u8; 64], high: u64, stops: u64, gap: u64, ss: &mut bool) -> Option<usize> {
    let mut odd = high & gap;
    let mut plain = gap;
    while odd != 0 {
        let i = odd.trailing_zeros() as usize;
        // A character of the gap ends before the word's first byte, inside the window.
        if !general_punctuation(window, i) {
            plain &= (1u64 << i) - 1;
            if stops & plain != 0 {
                *ss = true;
            }
            return Some(i);
        }
        odd &= !(7u64 << i);
    }
    if stops & gap != 0 {
        *ss = true;
    }
    None
}

/// Whether the character at `window[i]` (a lead byte, its character within the window) is
/// in General Punctuation (`E2 80 80` to `E2 81 AF`).
#[inline]
fn general_punctuation(window: &[u8; 64], i: usize) -> bool {
    window[i] == 0xe2
        && window.get(i + 2).is_some_and(|&third| match window[i + 1] {
            0x80 => true,
            0x81 => third <= 0xaf,
            _ => false,
        })
}

/// Whether the word `window[s..e]` ends plainly at `window[e]`, a byte that may carry it on
/// (a joiner or full stop) or a non-ASCII character's: a full stop not its own, or a
/// General Punctuation character other than `’` (an apostrophe, a joiner).
#[inline]
fn plain_end(bytes: &[u8], base: usize, window: &[u8; 64], s: usize, e: usize) -> bool {
    match window[e] {
        b'.' => ends_before_stop(&window[s..e]),
        0xe2 => match bytes.get(base + e + 1..base + e + 3) {
            Some(&[0x80, third]) => third != 0x99,
            Some(&[0x81, third]) => third <= 0xaf,
            _ => false,
        },
        _ => false,
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
