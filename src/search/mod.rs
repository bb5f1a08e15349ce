//! Search over every quote of the corpus (quote text and speaker).
//!
//! Query syntax (as fzf): space-separated terms must all match; `@term` matches the speaker
//! only. Each term is matched against the corpus vocabulary, not against every sentence:
//! whole words first, then words it begins, then typos (one or two edits), then fuzzy
//! subsequences; a quote scores the best match of each term, summed over terms. That ranks
//! as a person expects and stays in milliseconds at a million quotes.

mod index;
mod terms;

use crate::model::Corpus;
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
pub(crate) use index::runs;
pub use index::{Lists, Postings};
use rayon::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};

/// Fewest quote ids scored by one task: below this, splitting costs more than it saves.
const MIN_RANGE: usize = 32_768;

/// One ranked match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into `Corpus::quotes`.
    pub quote: u32,
    pub score: i64,
}

/// Matched character positions (char indices) for highlighting one hit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Highlights {
    pub speaker: Vec<usize>,
    pub text: Vec<usize>,
}

/// A corpus's postings, built once by whichever thread asks first (the others wait for
/// that build): the browser's searcher and its snapshot writer share them so, and the
/// corpus is shown before either has them.
#[derive(Clone, Debug, Default)]
pub struct SharedPostings(Arc<OnceLock<Arc<Postings>>>);

impl SharedPostings {
    /// Postings to share, already built when `ready` has them.
    pub fn new(ready: Option<Arc<Postings>>) -> SharedPostings {
        let cell = OnceLock::new();
        if let Some(p) = ready {
            let _ = cell.set(p);
        }
        SharedPostings(Arc::new(cell))
    }

    /// The postings of `corpus` (the corpus these were made for), built on first use.
    pub fn get_or_build(&self, corpus: &Corpus) -> Arc<Postings> {
        self.0
            .get_or_init(|| Arc::new(Postings::build(corpus)))
            .clone()
    }

    /// The postings, if built.
    pub fn get(&self) -> Option<&Arc<Postings>> {
        self.0.get()
    }
}

/// A searchable view of a corpus's quotes. Build once per corpus (off the UI thread).
pub struct SearchIndex {
    corpus: Arc<Corpus>,
    postings: Arc<Postings>,
}

impl SearchIndex {
    pub fn build(corpus: Arc<Corpus>) -> SearchIndex {
        let postings = Arc::new(Postings::build(&corpus));
        SearchIndex { corpus, postings }
    }

    /// An index over `corpus` from postings built earlier (the snapshot cache's), or built
    /// now when there are none.
    pub fn with_postings(corpus: Arc<Corpus>, postings: Option<Arc<Postings>>) -> SearchIndex {
        match postings {
            Some(postings) => SearchIndex { corpus, postings },
            None => SearchIndex::build(corpus),
        }
    }

    pub fn corpus(&self) -> &Arc<Corpus> {
        &self.corpus
    }

    /// Distinct words indexed.
    pub fn vocabulary(&self) -> usize {
        self.postings.vocab.len()
    }

    /// Ranked hits, best first; `limit` of `None` returns all. `None` if `cancel` was set.
    pub fn search(
        &self,
        query: &str,
        limit: Option<usize>,
        cancel: &AtomicBool,
    ) -> Option<Vec<Hit>> {
        self.search_within(query, None, limit, cancel)
    }

    /// As [`SearchIndex::search`], among `within` only (the hits of a query this one extends).
    pub fn search_within(
        &self,
        query: &str,
        within: Option<&[u32]>,
        limit: Option<usize>,
        cancel: &AtomicBool,
    ) -> Option<Vec<Hit>> {
        self.search_all(query, within, limit, cancel)
            .map(|(hits, _)| hits)
    }

    /// Whether a search for `new` may look only among the hits of `prev`.
    pub fn narrows(prev: &str, new: &str) -> bool {
        terms::narrows(prev, new)
    }

    /// The ranked hits (up to `limit`) and the ids of every matching quote, for narrowing
    /// the next query.
    pub fn search_all(
        &self,
        query: &str,
        within: Option<&[u32]>,
        limit: Option<usize>,
        cancel: &AtomicBool,
    ) -> Option<(Vec<Hit>, Vec<u32>)> {
        let parsed = terms::parse(query);
        if parsed.is_empty() {
            return Some((Vec::new(), Vec::new()));
        }
        let candidates: Vec<Vec<(usize, u16)>> = parsed
            .iter()
            .map(|t| terms::candidates(&self.postings, t))
            .collect();
        if cancel.load(Ordering::Relaxed) {
            return None;
        }
        // Quote ids are cut into ranges scored in parallel; posting lists are sorted, so each
        // range takes its slice of every list by binary search.
        let n = self.corpus.quotes.len();
        let threads = rayon::current_num_threads().max(1);
        let step = n.div_ceil(threads * 4).max(MIN_RANGE);
        self.search_in_ranges(&parsed, &candidates, step, within, limit, cancel)
    }

    /// Scores quote ids in ranges of `step` (in parallel), then ranks.
    fn search_in_ranges(
        &self,
        parsed: &[terms::Term],
        candidates: &[Vec<(usize, u16)>],
        step: usize,
        within: Option<&[u32]>,
        limit: Option<usize>,
        cancel: &AtomicBool,
    ) -> Option<(Vec<Hit>, Vec<u32>)> {
        let n = self.corpus.quotes.len();
        let ranges: Vec<std::ops::Range<u32>> = (0..n)
            .step_by(step.max(1))
            .map(|s| s as u32..(s + step).min(n) as u32)
            .collect();
        let parts: Vec<Option<Vec<Hit>>> = ranges
            .into_par_iter()
            .map(|r| self.score_range(parsed, candidates, r, within, cancel))
            .collect();
        let mut hits: Vec<Hit> = Vec::new();
        for part in parts {
            hits.extend(part?);
        }
        let ids: Vec<u32> = hits.iter().map(|h| h.quote).collect();
        let order = |a: &Hit, b: &Hit| b.score.cmp(&a.score).then(a.quote.cmp(&b.quote));
        match limit {
            Some(k) if k < hits.len() => {
                hits.select_nth_unstable_by(k, order);
                hits.truncate(k);
            }
            _ => {}
        }
        hits.par_sort_unstable_by(order);
        Some((hits, ids))
    }

    /// The matching quotes among ids `range` (and `within`, if given), in id order.
    fn score_range(
        &self,
        terms: &[terms::Term],
        candidates: &[Vec<(usize, u16)>],
        range: std::ops::Range<u32>,
        within: Option<&[u32]>,
        cancel: &AtomicBool,
    ) -> Option<Vec<Hit>> {
        let base = range.start;
        let len = (range.end - range.start) as usize;
        let slice = |list: &'_ [u32]| -> std::ops::Range<usize> {
            list.partition_point(|&q| q < range.start)..list.partition_point(|&q| q < range.end)
        };
        // Sum of per-term scores; a quote missing any term is dropped.
        let mut total: Vec<u32> = vec![0; len];
        let mut alive: Vec<bool> = match within {
            Some(ids) => {
                let mut v = vec![false; len];
                for &q in &ids[slice(ids)] {
                    v[(q - base) as usize] = true;
                }
                v
            }
            None => vec![true; len],
        };
        let mut best: Vec<u16> = vec![0; len];
        for (term, words) in terms.iter().zip(candidates) {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            best.iter_mut().for_each(|b| *b = 0);
            for &(word, weight) in words {
                let lists: [&[u32]; 2] = if term.speaker_only {
                    [self.postings.speaker.get(word), &[]]
                } else {
                    [
                        self.postings.text.get(word),
                        self.postings.speaker.get(word),
                    ]
                };
                for list in lists {
                    for &q in &list[slice(list)] {
                        let b = &mut best[(q - base) as usize];
                        *b = (*b).max(weight);
                    }
                }
            }
            for q in 0..len {
                if best[q] == 0 {
                    alive[q] = false;
                } else {
                    total[q] += u32::from(best[q]);
                }
            }
        }
        Some(
            (0..len)
                .filter(|&q| alive[q])
                .map(|q| Hit {
                    quote: base + q as u32,
                    score: i64::from(total[q]),
                })
                .collect(),
        )
    }

    /// Character positions to highlight for one quote under `query`.
    pub fn highlights(&self, quote: u32, query: &str) -> Highlights {
        Self::highlight_positions(&self.corpus, quote, query)
    }

    /// As [`SearchIndex::highlights`], for a corpus without an index at hand (drawing).
    /// Only called for the rows on screen.
    pub fn highlight_positions(corpus: &Corpus, quote: u32, query: &str) -> Highlights {
        let matcher = SkimMatcherV2::default().ignore_case();
        let q = &corpus.quotes[quote as usize];
        let speaker = corpus.speaker_name(q).unwrap_or("");
        let text = corpus.quote_text(q);
        let mut out = Highlights::default();
        for term in terms::parse(query) {
            let in_speaker = || matcher.fuzzy_indices(speaker, &term.text).map(|(_, i)| i);
            if term.speaker_only {
                out.speaker.extend(in_speaker().unwrap_or_default());
                continue;
            }
            match terms::word_positions(text, &term.text)
                .or_else(|| matcher.fuzzy_indices(text, &term.text).map(|(_, i)| i))
            {
                Some(idx) => out.text.extend(idx),
                None => out.speaker.extend(in_speaker().unwrap_or_default()),
            }
        }
        out.speaker.sort_unstable();
        out.speaker.dedup();
        out.text.sort_unstable();
        out.text.dedup();
        out
    }
}

#[cfg(test)]
mod tests;
