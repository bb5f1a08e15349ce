//! Words of a paragraph with their offsets: the unit every extraction rule reads.
//!
//! A token is a word as news writes it: `U.S.`, `Co.`, `al-Assad`, `O'Brien`, `MI5`. A
//! possessive `’s` is cut off (and flagged) so `Britain’s` looks up as `Britain`.

/// One word of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// The first word of a sentence (capitalised by position, not because it is a name).
    pub sentence_start: bool,
    /// Followed by a possessive `’s` / `'s` (not part of the token).
    pub possessive: bool,
    /// Its first character is upper case: found once by the tokenizer, asked of nearly
    /// every token by the name and clause rules.
    capital: bool,
    /// Its first character is a letter (not a digit): found once by the tokenizer, asked
    /// of every token of every paragraph by the Title Case test.
    letter: bool,
}

impl Token {
    pub fn text<'a>(&self, body: &'a str) -> &'a str {
        &body[self.start..self.end]
    }

    /// The word's bytes: for comparing it with a word as written, without the two
    /// character-boundary checks of slicing the `str`.
    #[inline]
    pub fn bytes<'a>(&self, body: &'a str) -> &'a [u8] {
        &body.as_bytes()[self.start..self.end]
    }

    /// Whether the word's first character is upper case (`body` is the text it was read
    /// from; the tokenizer noted the answer).
    #[inline(always)]
    pub fn is_capitalised(&self, _body: &str) -> bool {
        self.capital
    }

    /// Whether the word's first character is a letter (`char::is_alphabetic`), as the
    /// tokenizer noted it.
    #[inline(always)]
    pub fn starts_with_letter(&self) -> bool {
        self.letter
    }

    /// All letters upper case and at least two of them: `BBC`, `MI5`, `U.S.`.
    pub fn is_acronym(&self, body: &str) -> bool {
        let t = self.text(body);
        t.chars().filter(|c| c.is_alphabetic()).count() >= 2 && t.chars().all(|c| !c.is_lowercase())
    }
}

/// Abbreviations that keep their full stop: the stop is part of the word, not a sentence end.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Gen", "Col", "Capt", "Lt", "Sgt", "Rev",
    "St", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "No", "vs", "Mt", "Ft",
];

/// ASCII letters and digits, by byte: one load per byte in the tokenizer's loops.
const ASCII_WORD: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// What a byte is to the tokenizer's scan between words: ASCII that is no part of a word
/// ([`GAP`]), of which the marks that end a sentence or a clause ([`STOP`]: `.!?:;`); an
/// ASCII digit ([`DIGIT`]) or letter ([`LOWER`], [`UPPER`]); a byte of a non-ASCII
/// character ([`NON_ASCII`]). A word's first byte tells its token's flags: [`LETTER`] and
/// [`CAPITAL`] bits.
const BYTE_KIND: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_uppercase() {
            UPPER
        } else if matches!(c, b'.' | b'!' | b'?' | b':' | b';') {
            STOP
        } else {
            GAP
        };
        b += 1;
    }
    t
};
const GAP: u8 = 0;
const STOP: u8 = 1;
const NON_ASCII: u8 = 2;
/// The kinds from here up are ASCII letters and digits.
const DIGIT: u8 = 4;
const LOWER: u8 = DIGIT | LETTER;
const UPPER: u8 = DIGIT | LETTER | CAPITAL;
const LETTER: u8 = 2;
const CAPITAL: u8 = 1;

/// Whether a comma stands between `words[i - 1]` and `words[i]` (`0 < i`).
pub fn comma_before(body: &str, words: &[Token], i: usize) -> bool {
    crate::extract::span::slice(body, words[i - 1].end, words[i].start).contains(',')
}

/// Whether `w` is written in ASCII lower-case letters and hyphens only ("campaign",
/// "vice-chair"; true of ""): a common noun or a role as news writes it, no name.
#[inline]
pub fn is_lower_case_word(w: &str) -> bool {
    w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// A letter or digit (`char::is_alphanumeric`), answered for the commonest characters
/// without the Unicode tables.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if GENERAL_PUNCTUATION.contains(&c) {
        // Curly quotes, dashes, no-break spaces: news text's commonest non-ASCII, and no
        // letters among them; answered without the Unicode tables.
        false
    } else {
        c.is_alphanumeric()
    }
}

/// Unicode's General Punctuation block: spaces, dashes, quotation marks, no letters.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206f}';

/// The character at byte `i` of `text` (a character boundary), decoded in place: ASCII,
/// most of any news text, needs no decoding at all.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text[i..].chars().next()
    }
}

/// The tokens of `body[start..end]`, offsets into `body`.
pub fn tokenize(body: &str, start: usize, end: usize) -> Vec<Token> {
    let mut out = Vec::with_capacity(end.saturating_sub(start) / 5 + 1);
    tokenize_into(&mut out, body, start, end);
    out
}

/// Appends the tokens of `body[start..end]` to `out` (one vector for many paragraphs).
pub fn tokenize_into(out: &mut Vec<Token>, body: &str, start: usize, end: usize) {
    // Windows come from different places (sentences, mentions, quotes): clamped, so one
    // that runs past another or ends inside a character cannot panic here.
    let (start, end) = crate::extract::span::clamp(body, start, end);
    let text = &body[start..end];
    let mut sentence_start = true;
    #[cfg(target_arch = "x86_64")]
    by_mask::tokens(out, text, start, &mut sentence_start);
    #[cfg(not(target_arch = "x86_64"))]
    {
        let mut i = 0;
        while i < text.len() {
            i = next_token(out, text, start, i, &mut sentence_start);
        }
    }
}

/// The tokens of `body[start..end]` read a token at a time by [`next_token`] alone (what
/// the mask scan of x86-64 must agree with).
#[cfg(test)]
fn tokenize_by_token(body: &str, start: usize, end: usize) -> Vec<Token> {
    let mut out = Vec::new();
    let text = &body[start..end];
    let mut sentence_start = true;
    let mut i = 0;
    while i < text.len() {
        i = next_token(&mut out, text, start, i, &mut sentence_start);
    }
    out
}

/// Reads `text` from byte `i` (a character boundary): passes over the gap before the next
/// word (noting a stop in it in `sentence_start`), pushes that word's token (offsets plus
/// `start`) and gives where to read on; the text's length when no word is left.
fn next_token(
    out: &mut Vec<Token>,
    text: &str,
    start: usize,
    mut i: usize,
    sentence_start: &mut bool,
) -> usize {
    let bytes = text.as_bytes();
    while i < bytes.len() {
        // ASCII between words (spaces, punctuation) is passed over a byte at a time, each
        // told by one load from a table.
        let b = bytes[i];
        // The first character's length, whether it is a letter, whether upper case: an
        // ASCII letter or digit's from its byte, without a `char`'s tests.
        let (first_len, letter, capital) = match BYTE_KIND[usize::from(b)] {
            GAP => {
                i += 1;
                continue;
            }
            STOP => {
                *sentence_start = true;
                i += 1;
                continue;
            }
            NON_ASCII => {
                let Some(c) = char_at(text, i) else { break };
                if !is_word_char(c) {
                    i += c.len_utf8();
                    continue;
                }
                (c.len_utf8(), c.is_alphabetic(), c.is_uppercase())
            }
            // An ASCII letter or digit: its flags from its kind.
            kind => (1, kind & LETTER != 0, kind & CAPITAL != 0),
        };
        let begin = i;
        let mut j = i + first_len;
        loop {
            // The letters and digits of a word, most of it, without decoding.
            j = ascii_word_run(bytes, j);
            // Inner joiners: hyphen, apostrophe and (for U.S.-style abbreviations) full
            // stops, each only when a word character follows. Any other ASCII ends the
            // word (the run stopped at it, so it is no letter).
            let c = match bytes.get(j) {
                None => break,
                Some(&b) if b < 0x80 && !matches!(b, b'-' | b'\'' | b'&' | b'.') => break,
                Some(&b) if b < 0x80 => char::from(b),
                Some(_) => match char_at(text, j) {
                    Some(c) => c,
                    None => break,
                },
            };
            // The character before a joiner is the word's last so far: decoded only for a
            // full stop, the one joiner that asks about it.
            // (The word's text up to `j` is not empty: the character before `j` is its
            // own, read without slicing at its start.)
            let prev = || text[..j].chars().next_back().unwrap_or(' ');
            if !joins_after(text, j, c, prev) {
                break;
            }
            j += c.len_utf8();
        }
        let (word_end, full_stop, possessive) = word_end(text, begin, j);
        out.push(Token {
            start: start + begin,
            end: start + word_end,
            sentence_start: *sentence_start,
            possessive,
            capital,
            letter,
        });
        *sentence_start = false;
        // `U.S.` ending a sentence: the next capital starts a sentence only if a space and
        // a capital follow; we cannot tell, so stay conservative (not a sentence start).
        return if full_stop { word_end } else { j };
    }
    bytes.len()
}

/// Where the run of ASCII letters and digits starting at `bytes[j]` ends: sixteen bytes at
/// a time (SSE2) while sixteen remain, then eight, then a byte at a time.
#[inline]
fn ascii_word_run(bytes: &[u8], mut j: usize) -> usize {
    #[cfg(target_arch = "x86_64")]
    while let Some(chunk) = bytes.get(j..j + 16) {
        let stop = !ascii_alphanumerics_16(chunk) & 0xffff;
        if stop != 0 {
            return j + stop.trailing_zeros() as usize;
        }
        j += 16;
    }
    while let Some(chunk) = bytes.get(j..j + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        let stop = !ascii_alphanumerics(x) & HIGH_BITS;
        if stop != 0 {
            return j + (stop.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while j < bytes.len() && ASCII_WORD[usize::from(bytes[j])] {
        j += 1;
    }
    j
}

/// One bit per byte of `chunk` (its first 16), set where the byte is an ASCII letter or
/// digit: SSE2, part of every x86-64 processor, with no general register for constants.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn ascii_alphanumerics_16(chunk: &[u8]) -> u32 {
    use std::arch::x86_64::{
        _mm_add_epi8, _mm_cmplt_epi8, _mm_loadu_si128, _mm_movemask_epi8, _mm_or_si128,
        _mm_set1_epi8,
    };
    let chunk: &[u8; 16] = chunk[..16].try_into().expect("16 bytes");
    // A byte is in `lo..lo + n` when, moved by `0x80 - lo` (wrapping), it is below
    // `0x80 + n` as a signed byte: one addition and one comparison per range.
    let below = |lo: u8, n: u8| (0x80u8.wrapping_sub(lo) as i8, 0x80u8.wrapping_add(n) as i8);
    // SAFETY: SSE2 is in the x86-64 baseline; the load reads the 16 bytes of `chunk`.
    unsafe {
        let below = |lo, n| {
            let (k, m) = below(lo, n);
            (_mm_set1_epi8(k), _mm_set1_epi8(m))
        };
        let v = _mm_loadu_si128(chunk.as_ptr().cast());
        let (dk, dn) = below(b'0', 10);
        let digit = _mm_cmplt_epi8(_mm_add_epi8(v, dk), dn);
        // Setting bit 5 takes `A`..=`Z` onto `a`..=`z`, and nothing else there.
        let (lk, ln) = below(b'a', 26);
        let folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
        let letter = _mm_cmplt_epi8(_mm_add_epi8(folded, lk), ln);
        _mm_movemask_epi8(_mm_or_si128(digit, letter)) as u32
    }
}

/// The high bit of each byte of `x` set where the byte is an ASCII letter or digit.
#[inline]
fn ascii_alphanumerics(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Each byte's low seven bits: adding 0x80 - k sets its high bit when the byte is k or
    // more, with no carry out of the byte.
    let low7 = x & !HIGH_BITS;
    let at_least = |v: u64, k: u8| v + ONES * (0x80 - u64::from(k));
    let digit = at_least(low7, b'0') & !at_least(low7, b'9' + 1);
    // Setting bit 5 takes `A`..=`Z` onto `a`..=`z`, and nothing else there.
    let folded = low7 | (ONES * 0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    (digit | letter) & !x & HIGH_BITS
}

/// Whether `c`, at byte `at` of `text` and after `prev`, goes on the word: a letter or
/// digit, or an inner joiner — hyphen, apostrophe, ampersand, or (for U.S.-style
/// abbreviations, after a capital) a full stop — with a letter or digit after it.
#[cfg(test)]
fn joins(text: &str, at: usize, c: char, prev: char) -> bool {
    joins_between(c, || prev, || char_at(text, at + c.len_utf8()))
}

/// [`joins`] with the character before `c` asked only when `c` is a full stop.
#[inline]
fn joins_after(text: &str, at: usize, c: char, prev: impl FnOnce() -> char) -> bool {
    joins_between(c, prev, || char_at(text, at + c.len_utf8()))
}

/// Whether `c`, between the character before it (`prev`, asked only for a full stop) and
/// the one after it (`next`, asked only for a joiner), goes on a word: the one joining
/// rule, which the tokenizer reads forward ([`joins_after`]) and [`last_word`] back.
#[inline(always)]
fn joins_between(
    c: char,
    prev: impl FnOnce() -> char,
    next: impl FnOnce() -> Option<char>,
) -> bool {
    is_word_char(c)
        || ((matches!(c, '-' | '\'' | '’' | '&') || (c == '.' && prev().is_uppercase()))
            && next().is_some_and(is_word_char))
}

/// Where the word of the run `text[begin..j]` ends: before a possessive `’s`, or after a
/// full stop that belongs to it (`U.S.`, `Co.`, an initial); whether it took the stop;
/// whether it is possessive.
fn word_end(text: &str, begin: usize, j: usize) -> (usize, bool, bool) {
    // Most words are followed by no full stop and end in no possessive `'s` / `’s` (whose
    // byte before the `s` is `'` or the last of `’`, 0x99): nothing to cut or take.
    let bytes = text.as_bytes();
    if bytes.get(j) != Some(&b'.')
        && (bytes[j - 1] != b's' || j < begin + 2 || !matches!(bytes[j - 2], b'\'' | 0x99))
    {
        return (j, false, false);
    }
    word_end_full(text, begin, j)
}

/// [`word_end`] for any word (and the rule its fast path must agree with). Out of line:
/// the tokenizer's loop keeps none of its work (slicing at the word's start) for the words
/// that never come here.
#[cold]
#[inline(never)]
fn word_end_full(text: &str, begin: usize, j: usize) -> (usize, bool, bool) {
    let run = &text[begin..j];
    let base = run.strip_suffix("’s").or_else(|| run.strip_suffix("'s"));
    let possessive = base.is_some_and(|b| !b.is_empty());
    let mut word_end = match base {
        Some(b) if possessive => begin + b.len(),
        _ => j,
    };
    let word = &text[begin..word_end];
    let mut full_stop = false;
    if !possessive
        && text.as_bytes().get(j) == Some(&b'.')
        && stop_is_the_words(word, &text[j + 1..])
    {
        word_end = j + 1;
        full_stop = true;
    }
    (word_end, full_stop, possessive)
}

#[cfg(target_arch = "x86_64")]
mod by_mask;
mod lower;
mod pool;
mod stop;
mod window;
pub(crate) use lower::load_le;
pub use lower::Lower;
use lower::HIGH_BITS;
use pool::pooled_vector;
pub use pool::{tokenize_pooled, Tokens};
pub use stop::{last_word, stop_is_the_words};
pub use window::{window_in_place, window_pooled};

#[cfg(test)]
mod tests;
