//! Search over every quote of the corpus (quote text and speaker).
//!
//! Query syntax (as fzf, see [`query`]): space-separated items must all match, `|` joins
//! alternatives, `!` leaves out, `'` `^` `$` match exactly, `@term` matches the speaker
//! only, and `outlet:` `date:` `kind:` `is:starred` filter. Each word is matched against the
//! corpus vocabulary (folded: case and diacritics do not count), not against every
//! sentence: whole words first, then words it begins, then typos (one or two edits), then
//! fuzzy subsequences; a quote scores the best match of each item, summed over items. That
//! ranks as a person expects and stays in milliseconds at a million quotes.

mod facts;
mod gather;
mod highlight;
mod index;
pub mod query;
mod terms;

use crate::model::Corpus;
pub use crate::text::fold;
pub use gather::Gathered;
pub(crate) use index::runs;
pub use index::{Lists, Postings};
pub use query::{Query, QueryError};
use rayon::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

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
pub struct SharedPostings(Arc<Shared>);

#[derive(Debug, Default)]
struct Shared {
    postings: OnceLock<Arc<Postings>>,
    /// What the postings are made from, taken by the build.
    words: Mutex<Option<Gathered>>,
}

impl SharedPostings {
    /// Postings to share, already built when `ready` has them, else made from the words
    /// the load gathered (`words`, see [`Postings::finish_or_build`]) on first use.
    pub fn new(ready: Option<Arc<Postings>>, words: Option<Gathered>) -> SharedPostings {
        let cell = OnceLock::new();
        if let Some(p) = ready {
            let _ = cell.set(p);
        }
        SharedPostings(Arc::new(Shared {
            postings: cell,
            words: Mutex::new(words),
        }))
    }

    /// The postings of `corpus` (the corpus these were made for), built on first use.
    pub fn get_or_build(&self, corpus: &Corpus) -> Arc<Postings> {
        self.0
            .postings
            .get_or_init(|| {
                let words = self.0.words.lock().ok().and_then(|mut w| w.take());
                Arc::new(Postings::finish_or_build(words, corpus))
            })
            .clone()
    }

    /// The postings, if built.
    pub fn get(&self) -> Option<&Arc<Postings>> {
        self.0.postings.get()
    }
}

/// A searchable view of a corpus's quotes. Build once per corpus (off the UI thread).
pub struct SearchIndex {
    corpus: Arc<Corpus>,
    postings: Arc<Postings>,
    /// Each quote's first and last word, made on the first `^word` or `word$`.
    anchors: OnceLock<facts::Anchors>,
    /// Each article's day and folded outlet, made on the first `date:` or `outlet:`.
    facts: OnceLock<facts::ArticleFacts>,
}

impl SearchIndex {
    pub fn build(corpus: Arc<Corpus>) -> SearchIndex {
        let postings = Arc::new(Postings::build(&corpus));
        SearchIndex::with_postings(corpus, Some(postings))
    }

    /// An index over `corpus` from postings built earlier (the snapshot cache's), or built
    /// now when there are none.
    pub fn with_postings(corpus: Arc<Corpus>, postings: Option<Arc<Postings>>) -> SearchIndex {
        match postings {
            Some(postings) => SearchIndex {
                corpus,
                postings,
                anchors: OnceLock::new(),
                facts: OnceLock::new(),
            },
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
    /// A query that cannot be read finds nothing (see [`Query::parse`] for its error).
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
        match (Query::parse(prev), Query::parse(new)) {
            (Ok(p), Ok(n)) => p.narrows_to(&n),
            _ => false,
        }
    }

    /// The ranked hits (up to `limit`) and the ids of every matching quote, for narrowing
    /// the next query. Without starred quotes: `is:starred` finds nothing here.
    pub fn search_all(
        &self,
        query: &str,
        within: Option<&[u32]>,
        limit: Option<usize>,
        cancel: &AtomicBool,
    ) -> Option<(Vec<Hit>, Vec<u32>)> {
        let Ok(query) = Query::parse(query) else {
            return Some((Vec::new(), Vec::new()));
        };
        self.search_query(
            &query,
            &Among {
                within,
                starred: None,
            },
            limit,
            cancel,
        )
    }

    /// As [`SearchIndex::search_all`] for a parsed query, among the quotes `among` allows.
    pub fn search_query(
        &self,
        query: &Query,
        among: &Among,
        limit: Option<usize>,
        cancel: &AtomicBool,
    ) -> Option<(Vec<Hit>, Vec<u32>)> {
        if query.is_empty() {
            return Some((Vec::new(), Vec::new()));
        }
        let plan = Plan::new(self, query, among);
        if cancel.load(Ordering::Relaxed) {
            return None;
        }
        // Quote ids are cut into ranges scored in parallel; posting lists are sorted, so each
        // range takes its slice of every list by binary search.
        let n = self.corpus.quotes.len();
        let threads = rayon::current_num_threads().max(1);
        let step = n.div_ceil(threads * 4).max(MIN_RANGE);
        self.search_in_ranges(&plan, step, limit, cancel)
    }

    /// Scores quote ids in ranges of `step` (in parallel), then ranks.
    fn search_in_ranges(
        &self,
        plan: &Plan,
        step: usize,
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
            .map(|r| self.score_range(plan, r, cancel))
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

    /// The quotes among ids `range` that the filters and `among` allow.
    fn allowed(&self, plan: &Plan, range: &std::ops::Range<u32>) -> Vec<bool> {
        let base = range.start;
        let len = (range.end - range.start) as usize;
        let mut alive = vec![true; len];
        for ids in [plan.among.within, plan.among.starred]
            .into_iter()
            .flatten()
        {
            let mut keep = vec![false; len];
            for &q in &ids[slice(ids, range)] {
                keep[(q - base) as usize] = true;
            }
            alive.iter_mut().zip(keep).for_each(|(a, k)| *a &= k);
        }
        if plan.filters.starred && plan.among.starred.is_none() {
            alive.fill(false);
        }
        let kinds = plan.filters.kinds.as_deref();
        if kinds.is_some() || plan.articles.is_some() {
            let quotes = &self.corpus.quotes[range.start as usize..range.end as usize];
            for (a, quote) in alive.iter_mut().zip(quotes) {
                *a = *a
                    && kinds.is_none_or(|k| k.contains(&quote.kind))
                    && plan
                        .articles
                        .as_ref()
                        .is_none_or(|ok| ok[quote.article as usize]);
            }
        }
        alive
    }

    /// The matching quotes among ids `range` (and the quotes allowed), in id order.
    fn score_range(
        &self,
        plan: &Plan,
        range: std::ops::Range<u32>,
        cancel: &AtomicBool,
    ) -> Option<Vec<Hit>> {
        let base = range.start;
        let len = (range.end - range.start) as usize;
        let mut alive = self.allowed(plan, &range);
        // Sum of per-item scores; a quote missing any item (or matching a `!` one) is dropped.
        let mut total: Vec<u32> = vec![0; len];
        let mut item_best: Vec<u32> = vec![0; len];
        let mut best: Vec<u32> = Vec::new();
        let mut alt: Vec<Option<u32>> = Vec::new();
        for item in &plan.items {
            if cancel.load(Ordering::Relaxed) {
                return None;
            }
            item_best.fill(0);
            for words in &item.any {
                if let [word] = words.as_slice() {
                    // One word (most items): its best match is the item's.
                    self.fill(word, &range, &mut item_best);
                    continue;
                }
                // Every word of the alternative must match; it scores their sum.
                alt.clear();
                alt.resize(len, Some(0));
                for word in words {
                    best.clear();
                    best.resize(len, 0);
                    self.fill(word, &range, &mut best);
                    for (a, &b) in alt.iter_mut().zip(&best) {
                        *a = a.filter(|_| b > 0).map(|s| s + b);
                    }
                }
                for (i, a) in item_best.iter_mut().zip(&alt) {
                    *i = (*i).max(a.unwrap_or(0));
                }
            }
            for q in 0..len {
                let found = item_best[q] > 0;
                if found == item.negate {
                    alive[q] = false;
                } else {
                    total[q] += item_best[q];
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

    /// Raises `best[q]` to the weight of the best vocabulary word of `word` that quote
    /// `base + q` holds (anchored words: its first or last word).
    fn fill(&self, word: &Word, range: &std::ops::Range<u32>, best: &mut [u32]) {
        let base = range.start;
        let t = &word.term;
        if (t.first || t.last) && !t.speaker_only {
            return self.fill_anchored(word, range, best);
        }
        for &(w, weight) in &word.candidates {
            let lists: [&[u32]; 2] = if t.speaker_only {
                [self.postings.speaker.get(w), &[]]
            } else {
                [self.postings.text.get(w), self.postings.speaker.get(w)]
            };
            for list in lists {
                for &q in &list[slice(list, range)] {
                    let b = &mut best[(q - base) as usize];
                    *b = (*b).max(u32::from(weight));
                }
            }
        }
    }

    /// [`SearchIndex::fill`] for `^word` / `word$`: each quote's first or last word
    /// looked up among the candidates (sorted by word id).
    fn fill_anchored(&self, word: &Word, range: &std::ops::Range<u32>, best: &mut [u32]) {
        let t = &word.term;
        let a = self
            .anchors
            .get_or_init(|| facts::anchors(&self.corpus, &self.postings));
        let r = range.start as usize..range.end as usize;
        let weight = |w: u32| {
            word.candidates
                .binary_search_by_key(&(w as usize), |&(c, _)| c)
                .ok()
                .map_or(0, |i| u32::from(word.candidates[i].1))
        };
        let ends = |w: u32| {
            self.postings
                .vocab
                .get(w as usize)
                .is_some_and(|v| v.ends_with(&t.text))
        };
        for (i, b) in best.iter_mut().enumerate() {
            let (first, last) = (a.first[r.start + i], a.last[r.start + i]);
            let found = match (t.first, t.last) {
                (true, true) => weight(first) * u32::from(ends(last)),
                (true, false) => weight(first),
                _ => weight(last),
            };
            *b = (*b).max(found);
        }
    }

    /// Character positions to highlight for one quote under `query`.
    pub fn highlights(&self, quote: u32, query: &str) -> Highlights {
        Self::highlight_positions(&self.corpus, quote, query)
    }

    /// As [`SearchIndex::highlights`], for a corpus without an index at hand (drawing).
    /// Only called for the rows on screen.
    pub fn highlight_positions(corpus: &Corpus, quote: u32, query: &str) -> Highlights {
        highlight::positions(corpus, quote, query)
    }
}

/// The quotes a search may find besides what its query says: those of a query it extends
/// (`within`) and the starred ones (for `is:starred`), each sorted.
#[derive(Clone, Copy, Debug, Default)]
pub struct Among<'a> {
    pub within: Option<&'a [u32]>,
    pub starred: Option<&'a [u32]>,
}

/// The part of sorted `list` inside `range`.
fn slice(list: &[u32], range: &std::ops::Range<u32>) -> std::ops::Range<usize> {
    list.partition_point(|&q| q < range.start)..list.partition_point(|&q| q < range.end)
}

/// A word of the query with the vocabulary words it matches.
struct Word {
    term: query::Term,
    candidates: Vec<(usize, u16)>,
}

struct PlanItem {
    negate: bool,
    any: Vec<Vec<Word>>,
}

/// A query made ready to score: each word's vocabulary matches, and which articles the
/// outlet and date filters let through.
struct Plan<'a> {
    items: Vec<PlanItem>,
    filters: &'a query::Filters,
    articles: Option<Vec<bool>>,
    among: Among<'a>,
}

impl<'a> Plan<'a> {
    fn new(index: &SearchIndex, q: &'a Query, among: &Among<'a>) -> Plan<'a> {
        let items = q
            .items
            .iter()
            .map(|item| PlanItem {
                negate: item.negate,
                any: item
                    .any
                    .iter()
                    .map(|words| {
                        words
                            .iter()
                            .map(|t| Word {
                                candidates: terms::candidates(&index.postings, t),
                                term: t.clone(),
                            })
                            .collect()
                    })
                    .collect(),
            })
            .collect();
        let f = &q.filters;
        let articles = f.by_article().then(|| {
            let facts = index
                .facts
                .get_or_init(|| facts::article_facts(&index.corpus));
            facts
                .days
                .par_iter()
                .zip(&facts.outlets)
                .map(|(&day, outlet)| {
                    let outlet_ok = f.outlets.is_empty()
                        || outlet
                            .as_deref()
                            .is_some_and(|o| f.outlets.iter().any(|n| o.contains(n.as_str())));
                    outlet_ok && f.dates.iter().all(|d| d.holds_day(day))
                })
                .collect()
        });
        Plan {
            items,
            filters: f,
            articles,
            among: *among,
        }
    }
}

#[cfg(test)]
mod tests;
