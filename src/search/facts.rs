//! What anchors (`^word`, `word$`) and field filters (`date:`, `outlet:`) read, made once
//! per index on the first query that needs them (on the search thread), so that such a
//! query scans arrays instead of reading a million quotes' text.

use super::fold::fold;
use super::index::{runs, Postings};
use crate::extract::tokens::is_word_char;
use crate::model::Corpus;
use rayon::prelude::*;

/// No word (an empty quote), or a word not in the vocabulary.
pub const NO_WORD: u32 = u32::MAX;

/// Each quote's first and last word, as vocabulary ids.
pub struct Anchors {
    pub first: Vec<u32>,
    pub last: Vec<u32>,
}

/// Each article's day (`YYYYMMDD`, 0 for none) and folded outlet.
pub struct ArticleFacts {
    pub days: Vec<u32>,
    pub outlets: Vec<Option<String>>,
}

pub fn anchors(corpus: &Corpus, p: &Postings) -> Anchors {
    let id = |w: Option<&str>| {
        w.and_then(|w| p.vocab.binary_search_by(|v| v.as_str().cmp(w)).ok())
            .map_or(NO_WORD, |i| i as u32)
    };
    let (first, last): (Vec<u32>, Vec<u32>) = corpus
        .quotes
        .par_iter()
        .with_min_len(4096)
        .map(|q| {
            let text = corpus.quote_text(q);
            let first = runs(text).next().map(fold);
            let first = id(first.as_deref().and_then(|f| runs(f).next()));
            let end = text.trim_end_matches(|c: char| !is_word_char(c));
            let start = end
                .char_indices()
                .rev()
                .find(|(_, c)| !is_word_char(*c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            let last = fold(&end[start..]);
            let last = id(runs(&last).last());
            (first, last)
        })
        .unzip();
    Anchors { first, last }
}

pub fn article_facts(corpus: &Corpus) -> ArticleFacts {
    let days = corpus
        .articles
        .par_iter()
        .map(|a| a.meta.date.as_deref().and_then(day_number).unwrap_or(0))
        .collect();
    let outlets = corpus
        .articles
        .par_iter()
        .map(|a| a.meta.outlet.as_deref().map(|o| fold(o).into_owned()))
        .collect();
    ArticleFacts { days, outlets }
}

/// `2020-01-05` (and anything after it) as `20200105`.
pub fn day_number(date: &str) -> Option<u32> {
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        b.get(r.clone())?.iter().try_fold(0u32, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
        })
    };
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') {
        return None;
    }
    let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(y * 10_000 + m * 100 + d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_numbers() {
        assert_eq!(day_number("2020-01-05"), Some(20200105));
        assert_eq!(day_number("2020-01-05T10:00"), Some(20200105));
        assert_eq!(day_number("2020-13-05"), None);
        assert_eq!(day_number("2020-1-5"), None);
        assert_eq!(day_number(""), None);
    }
}
