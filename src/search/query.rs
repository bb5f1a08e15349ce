//! The query language, as fzf and television users type it.
//!
//! | typed | means |
//! | --- | --- |
//! | `a b` | both (space is AND) |
//! | `'word` | the word exactly as typed, or words it begins: no typos, no fuzz |
//! | `^word` | the quote begins with the word |
//! | `word$` | the quote ends with the word |
//! | `!word`, `!@name` | must not match (exact, as `'word`) |
//! | `a \| b` | either |
//! | `@name` | the speaker's name only |
//! | `outlet:NAME` | articles of outlets whose name holds NAME (`outlet:"new york"`) |
//! | `date:2020`, `date:2020-01`, `date:2020-01-05`, `date:FROM..TO` | articles of those days (either end may be left open) |
//! | `kind:direct`, `kind:partial,scare` | quotes of those kinds |
//! | `is:starred` | quotes starred in the browser |
//!
//! Words are folded ([`super::fold`]): case, diacritics, Unicode spaces and dashes do not
//! count. An unknown field or a date that is not one is an error, never ignored.

use super::fold::fold;
use super::index::runs;
use crate::model::QuoteKind;
use std::fmt;

/// How a word is matched against the vocabulary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Whole words, words begun, typos, fuzzy subsequences (ranked in that order).
    Fuzzy,
    /// Whole words and words begun only.
    Exact,
}

/// One word of a query.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// Folded; one word (letters and digits).
    pub text: String,
    /// `@word`: the speaker's name only.
    pub speaker_only: bool,
    pub mode: Mode,
    /// `^word`: the quote's first word begins with it.
    pub first: bool,
    /// `word$`: the quote's last word ends with it.
    pub last: bool,
}

/// One space-separated part of a query: alternatives joined by `|`, each of one or more
/// words (a token such as `covid-19` is two), all of which must match.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// `!`: a quote matching this item is left out.
    pub negate: bool,
    pub any: Vec<Vec<Term>>,
}

/// An inclusive range of days as `YYYYMMDD` numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Days {
    pub from: u32,
    pub to: u32,
}

impl Days {
    /// Whether an article's `YYYY-MM-DD` date is in range (an article without one is not).
    pub fn holds(&self, date: Option<&str>) -> bool {
        self.holds_day(date.and_then(super::facts::day_number).unwrap_or(0))
    }

    /// As [`Days::holds`] for a day as `YYYYMMDD` (0: none).
    pub fn holds_day(&self, day: u32) -> bool {
        day != 0 && self.from <= day && day <= self.to
    }
}

/// What the field filters ask; empty when none are given.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Folded outlet names: an article's outlet must hold one of them.
    pub outlets: Vec<String>,
    /// Every `date:` filter must hold.
    pub dates: Vec<Days>,
    /// `kind:`: the quote kinds allowed (`None`: all).
    pub kinds: Option<Vec<QuoteKind>>,
    /// `is:starred`.
    pub starred: bool,
}

impl Filters {
    pub fn is_empty(&self) -> bool {
        self.outlets.is_empty() && self.dates.is_empty() && self.kinds.is_none() && !self.starred
    }

    /// Whether a filter looks at the article (outlet, date).
    pub fn by_article(&self) -> bool {
        !self.outlets.is_empty() || !self.dates.is_empty()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    pub items: Vec<Item>,
    pub filters: Filters,
}

/// Why a query could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryError(pub String);

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for QueryError {}

/// The query syntax, one line each: what is typed and what it means. The browser's help
/// and `hearsay search --help` are both drawn from it.
pub const SYNTAX: &[(&str, &str)] = &[
    ("a b", "both (space is AND)"),
    (
        "'word",
        "the word as typed, or words it begins: no typos, no fuzzy",
    ),
    ("^word  word$", "the quote begins / ends with the word"),
    ("!word  !@name", "must not match"),
    ("a | b", "either"),
    ("@name", "the speaker's name only"),
    (
        "outlet:NAME",
        "outlets whose name holds NAME (outlet:\"new york\")",
    ),
    (
        "date:2020-01",
        "a year, month or day; date:2020-01-01..2020-03-31, ends open: date:2020-02..",
    ),
    (
        "kind:direct",
        "direct, partial, scare or indirect (kind:direct,partial)",
    ),
    ("is:starred", "quotes starred in the browser"),
];

/// [`SYNTAX`] as lines of plain text.
pub fn syntax_text() -> String {
    let mut out = String::new();
    for (typed, means) in SYNTAX {
        out.push_str(&format!("  {typed:<15} {means}\n"));
    }
    out.push_str("Case, accents, odd spaces and dashes do not count: erdogan finds Erdoğan.\n");
    out
}

/// The fields a query knows, for error messages and help.
pub const FIELDS: &str = "outlet:, date:, kind:, is:starred";

impl Query {
    pub fn parse(text: &str) -> Result<Query, QueryError> {
        let mut query = Query::default();
        let mut join_next = false;
        for token in tokens(text) {
            if token == "|" {
                // A `|` joins the next alternative to the last item (one at either end
                // is ignored: it is what typing `a | b` passes through).
                join_next = !query.items.is_empty();
                continue;
            }
            if let Some((name, value)) = field(&token) {
                filter(&mut query.filters, name, value)?;
                join_next = false;
                continue;
            }
            let Some((negate, words)) = words_of(&token) else {
                continue;
            };
            match query.items.last_mut() {
                Some(last) if join_next && last.negate == negate => last.any.push(words),
                _ => query.items.push(Item {
                    negate,
                    any: vec![words],
                }),
            }
            join_next = false;
        }
        Ok(query)
    }

    /// Nothing to look for: no words and no filters.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty() && self.filters.is_empty()
    }

    /// The words to find (not those to leave out), for highlighting.
    pub fn positive_terms(&self) -> impl Iterator<Item = &Term> {
        self.items
            .iter()
            .filter(|i| !i.negate)
            .flat_map(|i| i.any.iter().flatten())
    }

    /// Whether every match of `new` is a match of `self`, so `new` may search among
    /// `self`'s matches only: the same filters (stars change under a query, so never with
    /// `is:starred`), the same items, more of them, or the last word typed on while a typo
    /// match of it could not yet be a different word.
    pub fn narrows_to(&self, new: &Query) -> bool {
        if self.items.is_empty() || self.filters != new.filters || self.filters.starred {
            return false;
        }
        if new.items.len() < self.items.len() {
            return false;
        }
        let last = self.items.len() - 1;
        self.items
            .iter()
            .zip(&new.items)
            .enumerate()
            .all(|(i, (a, b))| a == b || (i == last && extends(a, b)))
    }
}

/// `b` is `a` with its one word typed on, and matches no quote `a` does not.
fn extends(a: &Item, b: &Item) -> bool {
    let (Some(x), Some(y)) = (single(a), single(b)) else {
        return false;
    };
    let same_kind = !a.negate
        && !b.negate
        && x.speaker_only == y.speaker_only
        && x.mode == y.mode
        && x.first == y.first
        && !x.last
        && !y.last;
    // Typo matches of a longer word are not typo matches of a shorter one.
    let typos_grow = x.mode == Mode::Fuzzy && y.text.chars().count() >= 4;
    same_kind && y.text.starts_with(&x.text) && !typos_grow
}

fn single(i: &Item) -> Option<&Term> {
    match i.any.as_slice() {
        [words] => match words.as_slice() {
            [t] => Some(t),
            _ => None,
        },
        _ => None,
    }
}

/// Splits at spaces, keeping `field:"a quoted value"` whole (without its quotes).
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' if quoted => quoted = false,
            '"' if cur.ends_with(':') => quoted = true,
            c if c.is_whitespace() && !quoted => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// `name:value` when the token starts with a field name (letters, then a colon).
fn field(token: &str) -> Option<(&str, &str)> {
    let (name, value) = token.split_once(':')?;
    (!name.is_empty() && name.chars().all(|c| c.is_ascii_alphabetic())).then_some((name, value))
}

fn filter(f: &mut Filters, name: &str, value: &str) -> Result<(), QueryError> {
    match name.to_ascii_lowercase().as_str() {
        "outlet" => {
            let v = fold(value.trim()).into_owned();
            if v.is_empty() {
                return Err(QueryError("outlet: needs a name (outlet:bbc)".into()));
            }
            f.outlets.push(v);
        }
        "date" => f.dates.push(days(value)?),
        "kind" => {
            let mut kinds = Vec::new();
            for name in value.split([',', '|']).filter(|k| !k.is_empty()) {
                kinds.extend(kind(name)?);
            }
            if value.split([',', '|']).all(str::is_empty) {
                return Err(QueryError(
                    "kind: needs a kind (direct, partial, scare or indirect)".into(),
                ));
            }
            // Several kind: filters must all hold: only the kinds in each are left.
            f.kinds = Some(match f.kinds.take() {
                Some(before) => before.into_iter().filter(|k| kinds.contains(k)).collect(),
                None => kinds,
            });
        }
        "is" if value.eq_ignore_ascii_case("starred") => f.starred = true,
        "is" => {
            return Err(QueryError(format!(
                "is:{value} is not a filter (is:starred is)"
            )))
        }
        _ => {
            return Err(QueryError(format!(
                "{name}: is not a field (fields: {FIELDS})"
            )))
        }
    }
    Ok(())
}

/// The quote kinds a `kind:` name stands for. `indirect` (reported speech) is accepted
/// before extraction makes any: it is found in `QuoteKind::ALL` once it is there, and
/// until then matches nothing. The one place kind names are mapped.
fn kind(name: &str) -> Result<Option<QuoteKind>, QueryError> {
    let name = name.to_ascii_lowercase();
    if let Some(k) = QuoteKind::ALL.iter().find(|k| k.as_str() == name) {
        return Ok(Some(*k));
    }
    if name == "indirect" {
        return Ok(None);
    }
    Err(QueryError(format!(
        "kind:{name} is not a kind (direct, partial, scare or indirect)"
    )))
}

/// `2020`, `2020-01`, `2020-01-05`, or `FROM..TO` of those with either end left open.
fn days(value: &str) -> Result<Days, QueryError> {
    let bad = || {
        QueryError(format!(
            "date:{value} is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO (date:2020-01..2020-03)"
        ))
    };
    match value.split_once("..") {
        Some((from, to)) => {
            let from = match from {
                "" => 0,
                f => bounds(f).ok_or_else(bad)?.0,
            };
            let to = match to {
                "" => u32::MAX,
                t => bounds(t).ok_or_else(bad)?.1,
            };
            if from > to {
                return Err(QueryError(format!("date:{value} ends before it begins")));
            }
            Ok(Days { from, to })
        }
        None => {
            let (from, to) = bounds(value).ok_or_else(bad)?;
            Ok(Days { from, to })
        }
    }
}

/// The first and last day of `2020`, `2020-01` or `2020-01-05`, as `YYYYMMDD`.
fn bounds(text: &str) -> Option<(u32, u32)> {
    let parts: Vec<&str> = text.split('-').collect();
    let num = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let y = num(parts.first()?, 4)?;
    match parts[1..] {
        [] => Some((y * 10_000 + 101, y * 10_000 + 1231)),
        [m] => {
            let m = num(m, 2).filter(|m| (1..=12).contains(m))?;
            Some((y * 10_000 + m * 100 + 1, y * 10_000 + m * 100 + 31))
        }
        [m, d] => {
            let m = num(m, 2).filter(|m| (1..=12).contains(m))?;
            let d = num(d, 2).filter(|d| (1..=31).contains(d))?;
            let day = y * 10_000 + m * 100 + d;
            Some((day, day))
        }
        _ => None,
    }
}

/// A word token's words with its marks read: `!`, `'`, `^`, `@`, and a final `$`.
fn words_of(token: &str) -> Option<(bool, Vec<Term>)> {
    let (negate, mut t) = match token.strip_prefix('!') {
        Some(rest) => (true, rest),
        None => (false, token),
    };
    let mut exact = negate;
    let (mut first, mut speaker_only) = (false, false);
    loop {
        if let Some(rest) = t.strip_prefix('\'') {
            exact = true;
            t = rest;
        } else if let Some(rest) = t.strip_prefix('^') {
            first = true;
            t = rest;
        } else if let Some(rest) = t.strip_prefix('@') {
            speaker_only = true;
            t = rest;
        } else {
            break;
        }
    }
    let last = t.len() > 1 && t.ends_with('$');
    if last {
        t = &t[..t.len() - 1];
    }
    let folded = fold(t);
    let pieces: Vec<&str> = runs(&folded).collect();
    let n = pieces.len();
    let words: Vec<Term> = pieces
        .into_iter()
        .enumerate()
        .map(|(i, w)| Term {
            text: w.to_string(),
            speaker_only,
            // Anchored words are matched as typed, as fzf matches them.
            mode: if exact || first || last {
                Mode::Exact
            } else {
                Mode::Fuzzy
            },
            first: first && i == 0,
            last: last && i + 1 == n,
        })
        .collect();
    (!words.is_empty()).then_some((negate, words))
}

#[cfg(test)]
#[path = "query_tests.rs"]
mod tests;
