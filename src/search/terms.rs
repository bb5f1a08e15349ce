//! Query terms and the vocabulary words each one matches, with a weight that encodes the
//! ranking: a whole word beats a word begun, which beats a typo, which beats a fuzzy
//! subsequence.

use super::index::Postings;
use super::query::{Mode, Term};
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use rayon::prelude::*;

pub const EXACT: u16 = 1000;
const PREFIX: u16 = 700;
const ONE_EDIT: u16 = 500;
const TWO_EDITS: u16 = 400;
const FUZZY: u16 = 100;

/// Vocabulary words matching `term`, each with its weight.
pub fn candidates(p: &Postings, term: &Term) -> Vec<(usize, u16)> {
    let t = term.text.as_str();
    let tlen = t.chars().count();
    if term.last && !term.first {
        // `word$`: vocabulary words that end with it (the quote's last word is checked
        // when scoring).
        return (0..p.vocab.len())
            .into_par_iter()
            .with_min_len(4096)
            .filter(|&w| p.vocab[w].ends_with(t))
            .map(|w| (w, nearness(t, tlen, &p.vocab[w])))
            .collect();
    }
    let prefixed = p.prefixed(t);
    let mut out: Vec<(usize, u16)> = prefixed
        .clone()
        .map(|w| (w, nearness(t, tlen, &p.vocab[w])))
        .collect();
    if term.mode == Mode::Exact {
        return out;
    }
    if tlen >= 4 {
        out.extend(typos(p, t, tlen, &prefixed));
    }
    if tlen >= 3 {
        fuzzy(p, t, &mut out);
    }
    out
}

/// The weight of `word` found by `t` as a whole word or a prefix: closer in length,
/// closer to a whole word.
fn nearness(t: &str, tlen: usize, word: &str) -> u16 {
    if word == t {
        EXACT
    } else {
        let wlen = word.chars().count();
        PREFIX + ((100 * tlen / wlen.max(1)) as u16).min(99)
    }
}

/// Words within one edit of `t` (two from eight letters), outside the words it begins.
/// The whole vocabulary is scanned: in parallel blocks, with buffers reused across words
/// (allocation per word dominated this scan).
fn typos(
    p: &Postings,
    t: &str,
    tlen: usize,
    prefixed: &std::ops::Range<usize>,
) -> Vec<(usize, u16)> {
    let max_edits = if tlen >= 8 { 2 } else { 1 };
    let tc: Vec<char> = t.chars().collect();
    (0..p.vocab.len())
        .into_par_iter()
        .with_min_len(4096)
        .fold(
            || (Vec::new(), Edits::default()),
            |(mut found, mut edits), w| {
                let word = &p.vocab[w];
                let wl = word.len();
                let near = wl + max_edits >= t.len() && wl <= t.len() + max_edits * 4;
                if near && !prefixed.contains(&w) {
                    if let Some(d) = edits.within(&tc, word, max_edits) {
                        found.push((w, if d == 1 { ONE_EDIT } else { TWO_EDITS }));
                    }
                }
                (found, edits)
            },
        )
        .map(|(found, _)| found)
        .reduce(Vec::new, |mut a, b| {
            a.extend(b);
            a
        })
}

/// Fuzzy subsequences of `t` among words with its first letter (as people type them),
/// added to `out` unless already there.
fn fuzzy(p: &Postings, t: &str, out: &mut Vec<(usize, u16)>) {
    let first: String = t.chars().take(1).collect();
    let matcher = SkimMatcherV2::default();
    let seen: std::collections::HashSet<usize> = out.iter().map(|(w, _)| *w).collect();
    for w in p.prefixed(&first) {
        if seen.contains(&w) {
            continue;
        }
        if let Some(score) = matcher.fuzzy_match(&p.vocab[w], t) {
            let s = (score.max(0) as u16).min(FUZZY - 1);
            out.push((w, 1 + s));
        }
    }
}

/// Damerau–Levenshtein distance (adjacent transpositions count one) if at most `max`.
#[cfg(test)]
pub fn edits_within(a: &[char], b: &[char], max: usize) -> Option<usize> {
    let b: String = b.iter().collect();
    Edits::default().within(a, &b, max)
}

/// Buffers for [`edits_within`], kept across calls.
#[derive(Default)]
pub struct Edits {
    b: Vec<char>,
    rows: [Vec<usize>; 3],
}

impl Edits {
    /// Damerau–Levenshtein distance between `a` and `word` if at most `max`.
    pub fn within(&mut self, a: &[char], word: &str, max: usize) -> Option<usize> {
        self.b.clear();
        self.b.extend(word.chars());
        let b = &self.b;
        if a.len().abs_diff(b.len()) > max {
            return None;
        }
        let (n, m) = (a.len(), b.len());
        let [prev2, prev, cur] = &mut self.rows;
        prev2.clear();
        prev2.resize(m + 1, 0);
        prev.clear();
        prev.extend(0..=m);
        cur.clear();
        cur.resize(m + 1, 0);
        for i in 1..=n {
            cur[0] = i;
            let mut row_min = cur[0];
            for j in 1..=m {
                let cost = usize::from(a[i - 1] != b[j - 1]);
                let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    v = v.min(prev2[j - 2] + 1);
                }
                cur[j] = v;
                row_min = row_min.min(v);
            }
            if row_min > max {
                return None;
            }
            std::mem::swap(prev2, prev);
            std::mem::swap(prev, cur);
        }
        (prev[m] <= max).then_some(prev[m])
    }
}
