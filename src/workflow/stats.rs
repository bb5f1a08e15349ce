//! Counts for the Stats view and `hearsay stats`: who gets a voice, which outlets, which days.

use crate::model::{Corpus, QuoteKind, Speaker};
use rustc_hash::FxHashMap;
use serde::Serialize;

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

fn ranked(map: FxHashMap<&str, u32>) -> Vec<(String, u32)> {
    let mut v: Vec<(&str, u32)> = map.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.into_iter().map(|(k, n)| (k.to_string(), n)).collect()
}

pub fn compute(corpus: &Corpus) -> Stats {
    // Counted by actor id and by article, then named: a hash lookup per article and per
    // unnamed speaker, not two per quote (a million quotes took 0.2 s so).
    let mut by_actor = vec![0u32; corpus.actors.len()];
    let mut speakers: FxHashMap<&str, u32> = FxHashMap::default();
    let mut outlets: FxHashMap<&str, u32> = FxHashMap::default();
    let mut days: FxHashMap<&str, u32> = FxHashMap::default();
    for (i, a) in corpus.articles.iter().enumerate() {
        let mut counted = 0;
        for q in corpus.article_quotes(i) {
            if q.kind == QuoteKind::Scare {
                continue;
            }
            counted += 1;
            match &q.speaker {
                Speaker::None => {}
                Speaker::Actor(id) => by_actor[*id as usize] += 1,
                Speaker::Unnamed(d) => *speakers.entry(d).or_default() += 1,
            }
        }
        if counted > 0 {
            let outlet = a.meta.outlet.as_deref().unwrap_or("unknown");
            *outlets.entry(outlet).or_default() += counted;
        }
        if let Some(d) = &a.meta.date {
            *days.entry(d).or_default() += 1;
        }
    }
    for (actor, n) in corpus.actors.iter().zip(by_actor) {
        if n > 0 {
            *speakers.entry(&actor.name).or_default() += n;
        }
    }
    Stats {
        articles: corpus.articles.len(),
        quotes: corpus.quotes.len(),
        quotes_per_speaker: ranked(speakers),
        quotes_per_outlet: ranked(outlets),
        articles_per_day: {
            let mut days: Vec<(String, u32)> =
                days.into_iter().map(|(d, n)| (d.to_string(), n)).collect();
            days.sort_unstable();
            days
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, HashMap};

    /// The counts as first written, quote by quote under owned names.
    fn reference(corpus: &Corpus) -> Stats {
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
        let ranked = |map: HashMap<String, u32>| {
            let mut v: Vec<(String, u32)> = map.into_iter().collect();
            v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            v
        };
        Stats {
            articles: corpus.articles.len(),
            quotes: corpus.quotes.len(),
            quotes_per_speaker: ranked(speakers),
            quotes_per_outlet: ranked(outlets),
            articles_per_day: days.into_iter().collect(),
        }
    }

    #[test]
    fn counts_are_those_quote_by_quote() {
        let mut docs = crate::gen::documents(400, 6);
        // Some outlets named, the rest "unknown".
        for (i, d) in docs.iter_mut().enumerate().filter(|(i, _)| i % 3 != 0) {
            d.hints.outlet = Some(["Reuters", "AP", "The Guardian"][i % 3].into());
        }
        let corpus = crate::pipeline::build(docs);
        let got = compute(&corpus);
        assert!(got.quotes_per_speaker.len() > 20, "{got:?}");
        assert!(
            got.quotes_per_outlet.len() >= 3,
            "{:?}",
            got.quotes_per_outlet
        );
        assert_eq!(got, reference(&corpus));
    }
}
