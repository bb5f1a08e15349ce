//! Fuzzy search over every quote of the corpus (speaker and quote text).
//!
//! Query syntax (as fzf): space-separated terms must all match; `@term` matches the
//! speaker only.

use crate::model::Corpus;
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use rayon::prelude::*;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

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

/// A searchable view of a corpus's quotes. Build once per corpus (off the UI thread).
pub struct SearchIndex {
    corpus: Arc<Corpus>,
    /// Searchable quotes (boilerplate never yields quotes, so all of them).
    quotes: Vec<u32>,
}

impl SearchIndex {
    pub fn build(corpus: Arc<Corpus>) -> SearchIndex {
        let quotes = (0..corpus.quotes.len() as u32).collect();
        SearchIndex { corpus, quotes }
    }

    pub fn corpus(&self) -> &Arc<Corpus> {
        &self.corpus
    }

    /// Ranked hits, best first; `limit` of `None` returns all. `None` if `cancel` was set.
    pub fn search(
        &self,
        query: &str,
        limit: Option<usize>,
        cancel: &AtomicBool,
    ) -> Option<Vec<Hit>> {
        let terms: Vec<&str> = query.split_whitespace().collect();
        if terms.is_empty() {
            return Some(Vec::new());
        }
        let matcher = SkimMatcherV2::default();
        let mut hits: Vec<Hit> = self
            .quotes
            .par_iter()
            .filter_map(|&q| {
                if cancel.load(Ordering::Relaxed) {
                    return None;
                }
                let quote = &self.corpus.quotes[q as usize];
                let speaker = self.corpus.speaker_name(quote).unwrap_or("");
                let text = self.corpus.quote_text(quote);
                let mut score = 0;
                for term in &terms {
                    let s = match term.strip_prefix('@') {
                        Some(t) => matcher.fuzzy_match(speaker, t),
                        None => matcher
                            .fuzzy_match(text, term)
                            .max(matcher.fuzzy_match(speaker, term)),
                    }?;
                    score += s;
                }
                Some(Hit { quote: q, score })
            })
            .collect();
        if cancel.load(Ordering::Relaxed) {
            return None;
        }
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.quote.cmp(&b.quote)));
        if let Some(limit) = limit {
            hits.truncate(limit);
        }
        Some(hits)
    }

    /// Character positions to highlight for one quote under `query`.
    pub fn highlights(&self, quote: u32, query: &str) -> Highlights {
        Self::highlight_positions(&self.corpus, quote, query)
    }

    /// As [`SearchIndex::highlights`], for a corpus without an index at hand (drawing).
    pub fn highlight_positions(corpus: &Corpus, quote: u32, query: &str) -> Highlights {
        let matcher = SkimMatcherV2::default();
        let q = &corpus.quotes[quote as usize];
        let speaker = corpus.speaker_name(q).unwrap_or("");
        let text = corpus.quote_text(q);
        let mut out = Highlights::default();
        for term in query.split_whitespace() {
            if let Some(t) = term.strip_prefix('@') {
                if let Some((_, idx)) = matcher.fuzzy_indices(speaker, t) {
                    out.speaker.extend(idx);
                }
            } else if let Some((_, idx)) = matcher.fuzzy_indices(text, term) {
                out.text.extend(idx);
            } else if let Some((_, idx)) = matcher.fuzzy_indices(speaker, term) {
                out.speaker.extend(idx);
            }
        }
        out.speaker.sort_unstable();
        out.speaker.dedup();
        out.text.sort_unstable();
        out.text.dedup();
        out
    }
}
