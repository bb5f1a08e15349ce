//! Word lists that drive extraction (speech verbs, titles, names, countries …), kept as data
//! in `assets/lexicon/*.txt` so they are easy to read and extend. Embedded in the binary and
//! parsed once.
//!
//! File format: one entry per line; `#` starts a comment; blank lines ignored. Entries are
//! kept as written (callers decide on case); tab-separated columns are allowed (see `table`).

use include_dir::{include_dir, Dir};
use rustc_hash::FxHashMap as HashMap;

/// A set of words. Hashed with FxHash: lookups of short words are the inner loop of
/// extraction, and the keys are our own lexicon, so SipHash's flood resistance buys nothing.
/// `contains` takes any string-like word (`&String`, `&Cow<str>`, `&str`).
#[derive(Clone, Debug, Default)]
pub struct WordSet(rustc_hash::FxHashSet<String>);

impl WordSet {
    pub fn contains(&self, word: &str) -> bool {
        self.0.contains(word)
    }

    pub fn insert(&mut self, word: String) -> bool {
        self.0.insert(word)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &String> {
        self.0.iter()
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> Self {
        WordSet(iter.into_iter().collect())
    }
}
use std::sync::OnceLock;

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
