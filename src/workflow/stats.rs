//! Counts for the Stats view and `hearsay stats`: who gets a voice, which outlets, which days.

use crate::model::{Corpus, QuoteKind};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub articles: usize,
    pub quotes: usize,
    /// Attributed quotes (direct and partial) per speaker, most first.
    pub quotes_per_speaker: Vec<(String, u32)>,
    /// Quotes per outlet (articles without an outlet under "unknown"), most first.
    pub quotes_per_outlet: Vec<(String, u32)>,
    /// Articles per day (YYYY-MM-DD), in date order; undated articles are not counted.
    pub articles_per_day: Vec<(String, u32)>,
}

fn ranked(map: HashMap<String, u32>) -> Vec<(String, u32)> {
    let mut v: Vec<(String, u32)> = map.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

pub fn compute(corpus: &Corpus) -> Stats {
    let mut speakers: HashMap<String, u32> = HashMap::new();
    let mut outlets: HashMap<String, u32> = HashMap::new();
    let mut days: BTreeMap<String, u32> = BTreeMap::new();
    for q in corpus.quotes.iter().filter(|q| q.kind != QuoteKind::Scare) {
        if let Some(s) = corpus.speaker_name(q) {
            *speakers.entry(s.to_string()).or_default() += 1;
        }
        let outlet = corpus.articles[q.article as usize]
            .meta
            .outlet
            .clone()
            .unwrap_or_else(|| "unknown".into());
        *outlets.entry(outlet).or_default() += 1;
    }
    for a in &corpus.articles {
        if let Some(d) = &a.meta.date {
            *days.entry(d.clone()).or_default() += 1;
        }
    }
    Stats {
        articles: corpus.articles.len(),
        quotes: corpus.quotes.len(),
        quotes_per_speaker: ranked(speakers),
        quotes_per_outlet: ranked(outlets),
        articles_per_day: days.into_iter().collect(),
    }
}
