//! Word lists that drive extraction (speech verbs, titles, names, countries …), kept as data
//! in `assets/lexicon/*.txt` so they are easy to read and extend. Embedded in the binary and
//! parsed once.
//!
//! File format: one entry per line; `#` starts a comment; blank lines ignored. Entries are
//! kept as written (callers decide on case); tab-separated columns are allowed (see `table`).

use include_dir::{include_dir, Dir};
use std::collections::{HashMap, HashSet};
use std::sync::{Mutex, OnceLock};

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

/// The entries of `assets/lexicon/{name}.txt` as a set, lower-cased. Parsed once per name.
pub fn set(name: &'static str) -> &'static HashSet<String> {
    static SETS: OnceLock<Mutex<HashMap<&'static str, &'static HashSet<String>>>> = OnceLock::new();
    let mut sets = SETS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    sets.entry(name)
        .or_insert_with(|| Box::leak(Box::new(lines(name).map(str::to_lowercase).collect())))
}

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
