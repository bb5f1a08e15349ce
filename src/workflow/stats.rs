//! Counts for the Stats view and `hearsay stats`: who gets a voice, which outlets, which days.

use crate::model::{ActorType, Corpus, QuoteKind, Speaker};
use rustc_hash::FxHashMap;
use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    pub articles: usize,
    pub quotes: usize,
    /// Attributed quotes (direct and partial) per speaker, most first.
    pub quotes_per_speaker: Vec<(String, u32)>,
    /// Attributed quotes (direct and partial) per outlet (articles without an outlet under
    /// "unknown"), most first.
    pub quotes_per_outlet: Vec<(String, u32)>,
    /// Articles per day (YYYY-MM-DD), in date order; undated articles are not counted.
    pub articles_per_day: Vec<(String, u32)>,
    /// Quotes of each kind (`direct`, `partial`, `scare`, `indirect`, in that order).
    pub quotes_by_kind: Vec<(String, u32)>,
    /// Indirect quotes (reported speech) per speaker, most first: counted apart from
    /// `quotes_per_speaker`.
    pub indirect_per_speaker: Vec<(String, u32)>,
}

impl Stats {
    /// How many quotes are indirect speech.
    pub fn indirect(&self) -> u32 {
        self.quotes_by_kind
            .iter()
            .find(|(k, _)| k == QuoteKind::Indirect.as_str())
            .map_or(0, |(_, n)| *n)
    }
}

/// Quotes counted per speaker: by actor id and by description, named at the end.
struct Voices<'a> {
    by_actor: Vec<u32>,
    unnamed: FxHashMap<&'a str, u32>,
}

impl<'a> Voices<'a> {
    fn new(corpus: &Corpus) -> Voices<'a> {
        Voices {
            by_actor: vec![0; corpus.actors.len()],
            unnamed: FxHashMap::default(),
        }
    }

    fn add(&mut self, speaker: &'a Speaker) {
        match speaker {
            Speaker::None => {}
            Speaker::Actor(id) => self.by_actor[*id as usize] += 1,
            Speaker::Unnamed(d) => *self.unnamed.entry(d).or_default() += 1,
        }
    }

    fn ranked(mut self, corpus: &'a Corpus) -> Vec<(String, u32)> {
        // Who gets a voice: people and organisations (unnamed speakers are people too); a
        // place, work, product or event given a quote is not counted.
        for (actor, n) in corpus.actors.iter().zip(self.by_actor) {
            let voice = matches!(actor.actor_type(), ActorType::Person | ActorType::Org);
            if n > 0 && voice {
                *self.unnamed.entry(&actor.name).or_default() += n;
            }
        }
        ranked(self.unnamed)
    }
}

fn ranked(map: FxHashMap<&str, u32>) -> Vec<(String, u32)> {
    let mut v: Vec<(&str, u32)> = map.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.into_iter().map(|(k, n)| (k.to_string(), n)).collect()
}

pub fn compute(corpus: &Corpus) -> Stats {
    // Counted by actor id and by article, then named: a hash lookup per article and per
    // unnamed speaker, not two per quote (a million quotes took 0.2 s so).
    let mut speakers = Voices::new(corpus);
    let mut indirect = Voices::new(corpus);
    let mut by_kind = [0u32; QuoteKind::ALL.len()];
    let mut outlets: FxHashMap<&str, u32> = FxHashMap::default();
    let mut days: FxHashMap<&str, u32> = FxHashMap::default();
    for (i, a) in corpus.articles.iter().enumerate() {
        let mut counted = 0;
        for q in corpus.article_quotes(i) {
            by_kind[q.kind as usize] += 1;
            match q.kind {
                QuoteKind::Scare => {}
                QuoteKind::Indirect => indirect.add(&q.speaker),
                QuoteKind::Direct | QuoteKind::Partial => {
                    counted += 1;
                    speakers.add(&q.speaker);
                }
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
    Stats {
        articles: corpus.articles.len(),
        quotes: corpus.quotes.len(),
        quotes_per_speaker: speakers.ranked(corpus),
        quotes_per_outlet: ranked(outlets),
        articles_per_day: {
            let mut days: Vec<(String, u32)> =
                days.into_iter().map(|(d, n)| (d.to_string(), n)).collect();
            days.sort_unstable();
            days
        },
        quotes_by_kind: QuoteKind::ALL
            .iter()
            .map(|k| (k.as_str().to_string(), by_kind[*k as usize]))
            .collect(),
        indirect_per_speaker: indirect.ranked(corpus),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::{BTreeMap, HashMap};

    /// The counts as first written, quote by quote under owned names.
    fn reference(corpus: &Corpus) -> Stats {
        let mut speakers: HashMap<String, u32> = HashMap::new();
        let mut indirect: HashMap<String, u32> = HashMap::new();
        let mut outlets: HashMap<String, u32> = HashMap::new();
        let mut days: BTreeMap<String, u32> = BTreeMap::new();
        let mut kinds: Vec<(String, u32)> = QuoteKind::ALL
            .iter()
            .map(|k| (k.as_str().to_string(), 0))
            .collect();
        let voice = |q: &crate::model::Quote| match q.speaker {
            Speaker::Actor(a) => matches!(
                corpus.actors[a as usize].actor_type(),
                ActorType::Person | ActorType::Org
            ),
            _ => true,
        };
        for q in &corpus.quotes {
            kinds
                .iter_mut()
                .find(|(k, _)| k == q.kind.as_str())
                .unwrap()
                .1 += 1;
            if q.kind == QuoteKind::Indirect && voice(q) {
                if let Some(s) = corpus.speaker_name(q) {
                    *indirect.entry(s.to_string()).or_default() += 1;
                }
            }
        }
        for q in corpus
            .quotes
            .iter()
            .filter(|q| matches!(q.kind, QuoteKind::Direct | QuoteKind::Partial))
        {
            if let Some(s) = corpus.speaker_name(q).filter(|_| voice(q)) {
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
            quotes_by_kind: kinds,
            indirect_per_speaker: ranked(indirect),
        }
    }

    /// A place or a work given a quote is not a voice: it leaves "who gets a voice".
    #[test]
    fn only_people_and_organisations_are_voices() {
        let mut corpus = crate::pipeline::build_with(crate::gen::documents(60, 3), |body, a| {
            crate::extract::extract_article(body, &a.paragraphs)
        });
        // The speaker with most quotes that is an actor (an unnamed source, "a
        // spokeswoman", may head the list).
        let (top, id) = compute(&corpus)
            .quotes_per_speaker
            .iter()
            .find_map(|(n, _)| {
                let id = corpus.actors.iter().position(|a| a.name == *n)?;
                Some((n.clone(), id))
            })
            .expect("an actor");
        corpus.actors[id].kind = Some(ActorType::Place);
        let got = compute(&corpus);
        assert!(
            got.quotes_per_speaker.iter().all(|(n, _)| *n != top),
            "{got:?}"
        );
        assert_eq!(got, reference(&corpus));
        corpus.actors[id].kind = Some(ActorType::Work);
        assert!(compute(&corpus)
            .quotes_per_speaker
            .iter()
            .all(|(n, _)| *n != top));
    }

    #[test]
    fn counts_are_those_quote_by_quote() {
        let mut docs = crate::gen::documents(400, 6);
        // Some outlets named, the rest "unknown".
        for (i, d) in docs.iter_mut().enumerate().filter(|(i, _)| i % 3 != 0) {
            d.hints.outlet = Some(["Reuters", "AP", "The Guardian"][i % 3].into());
        }
        // Every third attributed quote made reported speech (the rules do not find it).
        let corpus = crate::pipeline::build_with(docs, |body, analysis| {
            let mut x = crate::extract::extract_article(body, &analysis.paragraphs);
            for q in x.quotes.iter_mut().filter(|q| q.kind != QuoteKind::Scare) {
                if q.span.start % 3 == 0 {
                    q.kind = QuoteKind::Indirect;
                }
            }
            x
        });
        let got = compute(&corpus);
        assert!(got.quotes_per_speaker.len() > 20, "{got:?}");
        assert!(got.indirect_per_speaker.len() > 10, "{got:?}");
        let counted: u32 = got.quotes_by_kind.iter().map(|(_, n)| n).sum();
        assert_eq!(counted as usize, corpus.quotes.len());
        assert!(
            got.quotes_per_outlet.len() >= 3,
            "{:?}",
            got.quotes_per_outlet
        );
        assert_eq!(got, reference(&corpus));
    }
}
