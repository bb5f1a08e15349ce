//! Word lists that drive extraction (speech verbs, titles, names, countries …), kept as data
//! in `assets/lexicon/*.txt` so they are easy to read and extend. Embedded in the binary and
//! parsed once.
//!
//! File format: one entry per line; `#` starts a comment; blank lines ignored. Entries are
//! kept as written (callers decide on case); tab-separated columns are allowed (see `table`).

use include_dir::{include_dir, Dir};
use rustc_hash::FxHashMap as HashMap;

/// A set of words, hashed as [`FoldedMap`] hashes them: `contains` asks for the word as
/// given, `contains_folded` for it in any case without lower-casing it first. The keys are
/// our own lexicon, so a flood-resistant hash buys nothing.
#[derive(Clone, Debug, Default)]
pub struct WordSet(hashbrown::HashTable<Box<str>>, FoldedMap<bool>);

impl WordSet {
    /// Whether `word`, exactly as given, is in the set.
    pub fn contains(&self, word: &str) -> bool {
        self.0
            .find(folded_hash(word.as_bytes()), |k| **k == *word)
            .is_some()
    }

    /// Whether `word` in lower case is in the set (as `contains(&Lower::new(word))`):
    /// looked up among the set's lower-case words (the only ones a lower-cased word can
    /// be), kept a second time in a [`FoldedMap`] for this.
    pub fn contains_folded(&self, word: &str) -> bool {
        self.1.get(word)
    }

    pub fn insert(&mut self, word: String) -> bool {
        let hash = folded_hash(word.as_bytes());
        if self.0.find(hash, |k| **k == *word).is_some() {
            return false;
        }
        let lower = if word.is_ascii() {
            !word.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            word.to_lowercase() == word
        };
        if lower {
            self.1.add(&word, true);
        }
        self.0
            .insert_unique(hash, word.into(), |k| folded_hash(k.as_bytes()));
        true
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|k| &**k)
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> Self {
        let mut set = WordSet::default();
        for w in iter {
            set.insert(w);
        }
        set
    }
}
use std::sync::OnceLock;

/// Lower-case words mapped to bits, looked up in any case: an ASCII word is folded and
/// compared eight bytes at a time, so the lookup of every token of an article (the clause
/// and name rules' word classes) lower-cases nothing and follows no pointer.
///
/// Keys of 1 to 16 bytes (nearly all) are kept inline, zero-padded, in one open-addressed
/// table probed linearly; longer keys (and the empty one) in a second, ordinary table.
#[derive(Clone, Debug)]
pub struct FoldedMap<V> {
    /// A power of two in length, at most a quarter full (most words looked up are in no
    /// class, and a miss probes until an empty slot); a slot of length 0 is empty.
    slots: Vec<Slot<V>>,
    /// 64 minus log2 of the number of slots: a hash's top bits index the table.
    shift: u32,
    /// Keys in `slots`.
    inline: usize,
    long: hashbrown::HashTable<(Box<str>, V)>,
    /// The longest key: longer words are in no class.
    pub longest: usize,
}

#[derive(Clone, Copy, Debug, Default)]
struct Slot<V> {
    /// The key's bytes, little-endian, zeros past its end.
    key: [u64; 2],
    len: u8,
    value: V,
}

/// The longest key kept inline.
const INLINE: usize = 16;

impl<V> Default for FoldedMap<V> {
    fn default() -> Self {
        FoldedMap {
            slots: Vec::new(),
            shift: 64,
            inline: 0,
            long: hashbrown::HashTable::new(),
            longest: 0,
        }
    }
}

/// FxHash of the bytes, eight at a time, each ASCII capital taken in lower case (other
/// bytes as they are, so a lower-case key hashes as any casing of it does).
#[inline]
fn folded_hash(word: &[u8]) -> u64 {
    folded_hash_ascii(word).0
}

/// [`folded_hash`] of `word`, and whether it is all ASCII (found in the same pass).
#[inline]
fn folded_hash_ascii(word: &[u8]) -> (u64, bool) {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut h = word.len() as u64;
    let mut high = 0;
    let mut chunks = word.chunks_exact(8);
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(chunk.try_into().expect("8 bytes"));
        high |= x;
        h = (h.rotate_left(5) ^ ascii_lower(x)).wrapping_mul(K);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let x = crate::extract::tokens::load_le(rest);
        high |= x;
        h = (h.rotate_left(5) ^ ascii_lower(x)).wrapping_mul(K);
    }
    (h, high & HIGH == 0)
}

/// The eight bytes of `x` with ASCII capitals in lower case (a byte with its top bit set
/// is left alone).
#[inline]
fn ascii_lower(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let low7 = x & !HIGH;
    // The top bit of each byte: at least 'A', and above 'Z'.
    let from_a = low7 + ONES * (0x80 - u64::from(b'A'));
    let past_z = low7 + ONES * (0x80 - u64::from(b'Z') - 1);
    let capitals = from_a & !past_z & !x & HIGH;
    x | (capitals >> 2)
}

/// The bytes of a word of 1 to [`INLINE`] bytes as two little-endian words, zero-padded.
#[inline]
fn inline_key(w: &[u8]) -> [u64; 2] {
    let load = crate::extract::tokens::load_le;
    match w.split_at_checked(8) {
        Some((a, b)) => [load(a), load(b)],
        None => [load(w), 0],
    }
}

/// Where an inline key's probe starts, as a hash (the table takes its top bits).
#[inline]
fn inline_hash([a, b]: [u64; 2]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    (a.wrapping_mul(K) ^ b).wrapping_mul(K)
}

impl<V: Copy + Default + std::ops::BitOrAssign> FoldedMap<V> {
    /// Every key, lower-cased (for tables built from the map's words).
    pub fn keys(&self) -> Vec<String> {
        let inline = self.slots.iter().filter(|s| s.len != 0).map(|s| {
            let mut b = [0u8; 16];
            b[..8].copy_from_slice(&s.key[0].to_le_bytes());
            b[8..].copy_from_slice(&s.key[1].to_le_bytes());
            String::from_utf8_lossy(&b[..usize::from(s.len)]).into_owned()
        });
        let long = self.long.iter().map(|(k, _)| k.to_string());
        inline.chain(long).collect()
    }

    /// Adds `bits` to the value of `word` (lower-cased).
    pub fn add(&mut self, word: &str, bits: V) {
        let word = word.to_lowercase();
        self.longest = self.longest.max(word.len());
        if (1..=INLINE).contains(&word.len()) {
            let key = inline_key(word.as_bytes());
            let len = word.len() as u8;
            if let Some(i) = self.slot_of(key, len) {
                if self.slots[i].len != 0 {
                    self.slots[i].value |= bits;
                    return;
                }
            }
            if 4 * (self.inline + 1) > self.slots.len() {
                self.grow();
            }
            let i = self.slot_of(key, len).expect("a table with room");
            self.slots[i] = Slot {
                key,
                len,
                value: bits,
            };
            self.inline += 1;
            return;
        }
        let hash = folded_hash(word.as_bytes());
        match self.long.find_mut(hash, |(k, _)| **k == *word) {
            Some((_, v)) => *v |= bits,
            None => {
                self.long
                    .insert_unique(hash, (word.into(), bits), |(k, _)| {
                        folded_hash(k.as_bytes())
                    });
            }
        }
    }

    /// Twice the slots, the keys placed again.
    fn grow(&mut self) {
        let n = (2 * self.slots.len()).max(64);
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); n]);
        self.shift = 64 - n.trailing_zeros();
        for s in old.into_iter().filter(|s| s.len != 0) {
            let i = self.slot_of(s.key, s.len).expect("a table with room");
            self.slots[i] = s;
        }
    }

    /// The slot holding `key`, or the empty slot where it would go; none in an empty
    /// table.
    #[inline]
    fn slot_of(&self, key: [u64; 2], len: u8) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = (inline_hash(key) >> self.shift) as usize;
        loop {
            let s = &self.slots[i & mask];
            if s.len == 0 || (s.key == key && s.len == len) {
                return Some(i & mask);
            }
            i += 1;
        }
    }

    /// The value of an inline key (the default when it is absent): the probe of
    /// [`FoldedMap::slot_of`], answering with the slot it stops at (an empty slot's value
    /// is the default), not its index.
    #[inline]
    fn get_inline(&self, key: [u64; 2], len: usize) -> V {
        let Some(mask) = self.slots.len().checked_sub(1) else {
            return V::default();
        };
        let mut i = (inline_hash(key) >> self.shift) as usize;
        loop {
            let s = &self.slots[i & mask];
            if s.len == 0 || (s.key == key && usize::from(s.len) == len) {
                return s.value;
            }
            i += 1;
        }
    }

    /// The value of `word` in any case (the default when it is in no class).
    #[inline]
    pub fn get(&self, word: &str) -> V {
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let w = word.as_bytes();
        // An empty slot's value is the default: found or not, the slot answers.
        if (1..=8).contains(&w.len()) {
            // Most words: one load, one half of the key.
            let a = crate::extract::tokens::load_le(w);
            if a & HIGH == 0 {
                return self.get_inline([ascii_lower(a), 0], w.len());
            }
        } else if (1..=INLINE).contains(&w.len()) {
            let [a, b] = inline_key(w);
            if (a | b) & HIGH == 0 {
                return self.get_inline([ascii_lower(a), ascii_lower(b)], w.len());
            }
        }
        self.get_other(word)
    }

    /// [`FoldedMap::get`] of the word `text[start..end]` when it is ASCII, read from the
    /// bytes; `None` when it is not ASCII. ASCII bytes are whole characters, so no
    /// character boundary needs checking (slicing the `str` checked both, for every token
    /// of every paragraph). Inlined wherever asked: a call cost the name rules' first lookup
    /// of a token a fifth more when the crate's split into units left it out of line.
    #[inline(always)]
    pub fn get_ascii_in(&self, text: &str, start: usize, end: usize) -> Option<V> {
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let w = &text.as_bytes()[start..end];
        if (1..=8).contains(&w.len()) {
            let a = crate::extract::tokens::load_le(w);
            return (a & HIGH == 0).then(|| self.get_inline([ascii_lower(a), 0], w.len()));
        }
        if (1..=INLINE).contains(&w.len()) {
            let [a, b] = inline_key(w);
            return ((a | b) & HIGH == 0)
                .then(|| self.get_inline([ascii_lower(a), ascii_lower(b)], w.len()));
        }
        w.is_ascii().then(|| self.get_other(&text[start..end]))
    }

    /// [`FoldedMap::get`] of a word that is not ASCII or not of an inline key's length:
    /// rare, kept out of the way of the common lookup.
    #[cold]
    #[inline(never)]
    fn get_other(&self, word: &str) -> V {
        let w = word.as_bytes();
        // Lower-casing can shorten a word (the Kelvin sign is `k`): its length is compared
        // with the longest key's only once it is ASCII.
        if !word.is_ascii() {
            return self.get_lower(&word.to_lowercase());
        }
        if w.len() > self.longest {
            return V::default();
        }
        self.long
            .find(folded_hash(w), |(k, _)| {
                k.as_bytes().eq_ignore_ascii_case(w)
            })
            .map_or_else(V::default, |(_, v)| *v)
    }

    /// The value of `lower`, a word already in lower case.
    pub fn get_lower(&self, lower: &str) -> V {
        let w = lower.as_bytes();
        if (1..=INLINE).contains(&w.len()) {
            return self.get_inline(inline_key(w), w.len());
        }
        self.long
            .find(folded_hash(w), |(k, _)| **k == *lower)
            .map_or_else(V::default, |(_, v)| *v)
    }
}

static LEXICON: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/assets/lexicon");

fn source(name: &str) -> &'static str {
    LEXICON
        .get_file(format!("{name}.txt"))
        .and_then(|f| f.contents_utf8())
        .unwrap_or("")
}

/// The entries of `assets/lexicon/{name}.txt`, one per line, comments and blanks removed.
pub fn lines(name: &str) -> impl Iterator<Item = &'static str> {
    source(name)
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

/// The entries of `assets/lexicon/{name}.txt` as a set, lower-cased. Every lexicon is
/// parsed once, on first use; after that a lookup takes no lock (extraction calls this on
/// every core for every quote).
pub fn set(name: &'static str) -> &'static WordSet {
    static SETS: OnceLock<HashMap<&'static str, WordSet>> = OnceLock::new();
    static EMPTY: OnceLock<WordSet> = OnceLock::new();
    SETS.get_or_init(|| {
        all()
            .map(|(file, _)| {
                let name = file.strip_suffix(".txt").unwrap_or(file);
                (name, lines(name).map(str::to_lowercase).collect())
            })
            .collect()
    })
    .get(name)
    .unwrap_or_else(|| EMPTY.get_or_init(WordSet::default))
}

/// [`set`]`(name)`, found once per call site: for lookups in the inner loops of
/// extraction, where finding the set by its name each time cost more than using it.
macro_rules! set_here {
    ($name:literal) => {{
        static SET: std::sync::OnceLock<&'static $crate::extract::lexicon::WordSet> =
            std::sync::OnceLock::new();
        *SET.get_or_init(|| $crate::extract::lexicon::set($name))
    }};
}
pub(crate) use set_here;

/// Tab-separated rows of `assets/lexicon/{name}.txt`.
pub fn table(name: &str) -> impl Iterator<Item = Vec<&'static str>> {
    lines(name).map(|l| l.split('\t').map(str::trim).collect())
}

/// Every lexicon file as (name, text): what extraction depends on (the cache keys on it).
pub fn all() -> impl Iterator<Item = (&'static str, &'static str)> {
    LEXICON
        .files()
        .filter_map(|f| Some((f.path().to_str()?, f.contents_utf8()?)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_set_finds_its_lower_case_words_in_any_case() {
        let set: WordSet = ["police", "Mixed", "erdoğan", "spokeswoman-in-chief"]
            .into_iter()
            .map(String::from)
            .collect();
        for w in ["police", "POLICE", "Erdoğan", "SPOKESWOMAN-IN-CHIEF"] {
            assert!(set.contains_folded(w), "{w}");
            assert_eq!(
                set.contains_folded(w),
                set.contains(&w.to_lowercase()),
                "{w}"
            );
        }
        // A word kept with capitals is never the lower case of any word.
        for w in ["Mixed", "mixed", "polic", ""] {
            assert!(!set.contains_folded(w), "{w}");
        }
        assert!(set.contains("Mixed"));
        // The Kelvin sign lower-cases to `k`: found, though longer than any word.
        let set: WordSet = ["ok"].into_iter().map(String::from).collect();
        assert!(set.contains_folded("O\u{212a}"));
    }

    #[test]
    fn folded_lookups_ignore_case_and_keep_other_bytes() {
        let mut m = FoldedMap::<u8>::default();
        m.add("said", 1);
        m.add("Said", 2);
        m.add("according", 4);
        m.add("erdoğan", 8);
        assert_eq!(m.get("SAID"), 3);
        assert_eq!(m.get("said"), 3);
        assert_eq!(m.get("According"), 4);
        assert_eq!(m.get("accordin"), 0);
        assert_eq!(m.get("ERDOĞAN"), 8);
        assert_eq!(m.get("sa@d"), 0);
        assert_eq!(m.longest, "according".len());
        // Keys past the inline length, and the empty key, live in the second table.
        m.add("Extraordinarily-long-word", 16);
        m.add("", 32);
        assert_eq!(m.get("EXTRAORDINARILY-LONG-WORD"), 16);
        assert_eq!(m.get_lower("extraordinarily-long-word"), 16);
        assert_eq!(m.get_lower("Extraordinarily-long-word"), 0);
        assert_eq!(m.get(""), 32);
        assert_eq!(m.get_lower("said"), 3);
        assert_eq!(m.get_lower("Said"), 0);
        // Many keys: the table grows and finds every one, in any case.
        let words: Vec<String> = (0..3000).map(|i| format!("w{i}x{}", i * 7)).collect();
        for (i, w) in words.iter().enumerate() {
            m.add(w, if i % 2 == 0 { 64 } else { 128 });
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(m.get(&w.to_uppercase()), if i % 2 == 0 { 64 } else { 128 });
        }
        assert_eq!(m.get("w1x8"), 0);
        // Read in place from a text, as `get` reads the word; `None` for a word not ASCII.
        let text = "said, SAID erdoğan Extraordinarily-long-word x";
        let mut at = 0;
        for w in text.split(' ') {
            let (start, end) = (at, at + w.len());
            at = end + 1;
            let want = w.is_ascii().then(|| m.get(w));
            assert_eq!(m.get_ascii_in(text, start, end), want, "{w}");
        }
        assert_eq!(m.get_ascii_in(text, 0, 0), Some(m.get("")));
        // Every short stretch, read with the text after it (ASCII or not) or at its end.
        let text = "Said érdoğan saidX SAID, w1x7-said";
        for start in (0..text.len()).filter(|&i| text.is_char_boundary(i)) {
            for end in (start + 1..=text.len().min(start + 8)).filter(|&i| text.is_char_boundary(i))
            {
                let w = &text[start..end];
                let want = w.is_ascii().then(|| m.get(w));
                assert_eq!(m.get_ascii_in(text, start, end), want, "{w:?}");
            }
        }
        assert_eq!(m.get_ascii_in(text, 0, 4), Some(3));
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b; 8]);
            let want = if b.is_ascii_uppercase() { b + 32 } else { b };
            assert_eq!(ascii_lower(x), u64::from_le_bytes([want; 8]), "byte {b}");
        }
    }
}
