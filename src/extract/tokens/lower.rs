//! A word in lower case without allocating, read eight bytes at a time.

/// A word in lower case: borrowed when it already is, kept on the stack when it is short
/// ASCII, so the many lexicon lookups of capitalised words allocate nothing.
#[derive(Clone, Debug)]
pub struct Lower<'a>(Repr<'a>);

/// Private, so that only [`Lower::new`] makes a `Short`, and keeps it ASCII.
#[derive(Clone, Debug)]
enum Repr<'a> {
    Borrowed(&'a str),
    Short([u8; 24], u8),
    Owned(String),
}

impl<'a> Lower<'a> {
    /// `w` in lower case, as `str::to_lowercase` makes it.
    pub fn new(w: &'a str) -> Lower<'a> {
        let bytes = w.as_bytes();
        if bytes.len() <= 24 {
            return Self::short(w);
        }
        if !w.is_ascii() {
            return Lower(Repr::Owned(w.to_lowercase()));
        }
        if !bytes.iter().any(u8::is_ascii_uppercase) {
            return Lower(Repr::Borrowed(w));
        }
        Lower(Repr::Owned(w.to_ascii_lowercase()))
    }

    /// [`Lower::new`] of a word of at most 24 bytes (nearly every word), read eight bytes
    /// at a time, without a loop per byte.
    #[inline]
    fn short(w: &'a str) -> Lower<'a> {
        let bytes = w.as_bytes();
        if bytes.len() <= 8 {
            // Most words: one chunk.
            let x = load_le(bytes);
            if x & HIGH_BITS != 0 {
                return Lower(Repr::Owned(w.to_lowercase()));
            }
            let capitals = ascii_capitals(x);
            if capitals == 0 {
                return Lower(Repr::Borrowed(w));
            }
            let mut buf = [0u8; 24];
            buf[..8].copy_from_slice(&(x | (capitals >> 2)).to_le_bytes());
            return Lower(Repr::Short(buf, bytes.len() as u8));
        }
        let chunk = |k: usize| load_le(bytes.get(8 * k..).unwrap_or_default());
        let x = [chunk(0), chunk(1), chunk(2)];
        if (x[0] | x[1] | x[2]) & HIGH_BITS != 0 {
            return Lower(Repr::Owned(w.to_lowercase()));
        }
        let capitals = x.map(ascii_capitals);
        if capitals == [0; 3] {
            return Lower(Repr::Borrowed(w));
        }
        // Past the word the chunks are zeros, no capitals: the padding stays zeros.
        let mut buf = [0u8; 24];
        for (k, (x, c)) in x.iter().zip(capitals).enumerate() {
            buf[8 * k..8 * k + 8].copy_from_slice(&(x | (c >> 2)).to_le_bytes());
        }
        Lower(Repr::Short(buf, bytes.len() as u8))
    }

    /// A word already lower-cased by other rules.
    pub fn owned(w: String) -> Lower<'a> {
        Lower(Repr::Owned(w))
    }

    pub fn as_str(&self) -> &str {
        self
    }

    pub fn into_owned(self) -> String {
        match self.0 {
            Repr::Owned(s) => s,
            _ => self.to_string(),
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match &self.0 {
            Repr::Borrowed(s) => s,
            // SAFETY: a `Short` is only made in `Lower::new`, from the lower-cased bytes of
            // an ASCII word: ASCII, so valid UTF-8. Checking them again on every lookup
            // cost more than the allocation this form saves.
            Repr::Short(buf, len) => unsafe {
                std::str::from_utf8_unchecked(&buf[..usize::from(*len)])
            },
            Repr::Owned(s) => s,
        }
    }
}

impl PartialEq<&str> for Lower<'_> {
    fn eq(&self, other: &&str) -> bool {
        &**self == *other
    }
}

impl std::fmt::Display for Lower<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

/// The first eight bytes of `bytes` as a little-endian word, zeros past its end: with at
/// most two loads, however short it is (no loop, no copy of a variable length).
#[inline]
pub(crate) fn load_le(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    let word = |b: &[u8]| u64::from_le_bytes(b.try_into().expect("8 bytes"));
    let half = |b: &[u8]| u64::from(u32::from_le_bytes(b.try_into().expect("4 bytes")));
    let quarter = |b: &[u8]| u64::from(u16::from_le_bytes(b.try_into().expect("2 bytes")));
    // Two loads that overlap in the middle: the bytes they share are the same in both.
    match n {
        8.. => word(&bytes[..8]),
        4..=7 => half(&bytes[..4]) | half(&bytes[n - 4..n]) << (8 * (n - 4)),
        2..=3 => quarter(&bytes[..2]) | quarter(&bytes[n - 2..n]) << (8 * (n - 2)),
        1 => u64::from(bytes[0]),
        0 => 0,
    }
}

pub(super) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` (ASCII bytes only) set where the byte is a capital
/// `A` to `Z`.
#[inline]
fn ascii_capitals(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Adding 0x80 - k to a byte below 0x80 sets its high bit when the byte is k or more
    // (no carry leaves the byte).
    let from_a = x + ONES * (0x80 - u64::from(b'A'));
    let past_z = x + ONES * (0x80 - u64::from(b'Z') - 1);
    from_a & !past_z & HIGH_BITS
}
