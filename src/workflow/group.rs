//! The same quote in many articles (wire copy is reprinted): quotes with the same speaker
//! and nearly the same words are grouped, so the corpus-wide list shows each once.
//!
//! Grouping reads every quote of the corpus (a second or more for a million quotes), so
//! the browser does it on a worker once the corpus is shown ([`Reprints`] arrive later).

use crate::model::{Corpus, QuoteKind, Speaker};
use rayon::prelude::*;
use std::hash::BuildHasher;

/// Words of a quote compared: "nearly the same" is the same first twelve (a trailing
/// clause cut in one reprint).
const KEY_WORDS: usize = 12;
/// Fewer words than this repeat by chance.
const MIN_KEY_WORDS: usize = 4;

/// The reprinted quotes of a corpus: the groups, and the group of each grouped quote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reprints {
    /// Groups of quote ids (two or more, in corpus order, from two articles or more), in
    /// order of their first quote.
    pub groups: Vec<Vec<u32>>,
    /// Quote → its group, [`NO_GROUP`] for most: one array read per quote when a list of
    /// the whole corpus is filtered.
    group_of: Vec<u32>,
    /// Quote → whether it repeats an earlier one (in a group, not its first): what a list
    /// of the whole corpus leaves out, read without going to the group.
    repeat: Vec<bool>,
}

const NO_GROUP: u32 = u32::MAX;

impl Reprints {
    pub fn of(corpus: &Corpus) -> Reprints {
        let groups = groups(corpus);
        let mut group_of = vec![NO_GROUP; corpus.quotes.len()];
        let mut repeat = vec![false; corpus.quotes.len()];
        for (g, qs) in groups.iter().enumerate() {
            for (k, &q) in qs.iter().enumerate() {
                group_of[q as usize] = g as u32;
                repeat[q as usize] = k > 0;
            }
        }
        Reprints {
            groups,
            group_of,
            repeat,
        }
    }

    /// Whether quote `q` repeats an earlier quote of its group.
    pub fn is_repeat(&self, q: u32) -> bool {
        self.repeat.get(q as usize).copied().unwrap_or(false)
    }

    /// The group quote `q` is in, if it is reprinted.
    pub fn group(&self, q: u32) -> Option<&[u32]> {
        let g = *self.group_of.get(q as usize)?;
        self.groups.get(g as usize).map(Vec::as_slice)
    }
}

/// The key a quote is grouped by: its first [`KEY_WORDS`] runs of letters and digits,
/// each character lower-cased, joined by single spaces; `None` below [`MIN_KEY_WORDS`]
/// words. The runs after the last word kept are not looked for.
fn key(text: &str) -> Option<String> {
    let mut out = String::new();
    let mut words = 0;
    for w in crate::search::runs(text).take(KEY_WORDS) {
        if words > 0 {
            out.push(' ');
        }
        if w.is_ascii() {
            let from = out.len();
            out.push_str(w);
            out[from..].make_ascii_lowercase();
        } else {
            out.extend(w.chars().flat_map(char::to_lowercase));
        }
        words += 1;
    }
    (words >= MIN_KEY_WORDS).then_some(out)
}

/// A speaker as a sort key (`Speaker` has no order of its own).
fn speaker_key(s: &Speaker) -> (u8, u32, &str) {
    match s {
        Speaker::None => (0, 0, ""),
        Speaker::Actor(a) => (1, *a, ""),
        Speaker::Unnamed(d) => (2, 0, d.as_str()),
    }
}

/// A quote with what it is grouped by, ordered field by field: equal keys side by side,
/// in corpus order. The key's hash comes first, so unequal keys rarely compare bytes.
#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Keyed<'a> {
    speaker: (u8, u32, &'a str),
    hash: u64,
    key: String,
    id: u32,
}

/// Groups of quote ids (two or more, in corpus order) that repeat one quote.
pub fn groups(corpus: &Corpus) -> Vec<Vec<u32>> {
    // Keyed in parallel, in chunks whose text pages are let go once read (a mapped text).
    const CHUNK: usize = 16_384;
    let n = corpus.quotes.len();
    let mut keyed: Vec<Keyed> = (0..n.div_ceil(CHUNK))
        .into_par_iter()
        .flat_map_iter(|c| {
            let ids = c * CHUNK..((c + 1) * CHUNK).min(n);
            let keys: Vec<_> = ids
                .clone()
                .filter_map(|i| {
                    let q = &corpus.quotes[i];
                    if q.kind == QuoteKind::Scare {
                        return None;
                    }
                    let k = key(corpus.quote_text(q))?;
                    let hash = rustc_hash::FxBuildHasher.hash_one(&k);
                    Some(Keyed {
                        speaker: speaker_key(&q.speaker),
                        hash,
                        key: k,
                        id: i as u32,
                    })
                })
                .collect();
            let article = |i: usize| &corpus.articles[corpus.quotes[i].article as usize];
            if let (Some(first), Some(last)) = (ids.clone().next(), ids.last()) {
                corpus
                    .text
                    .release(article(first).text.start..article(last).text.end);
            }
            keys
        })
        .collect();
    // Equal keys side by side, each run's ids in corpus order.
    keyed.par_sort_unstable();
    let mut out: Vec<Vec<u32>> = keyed
        .chunk_by(|a, b| (a.speaker, a.hash, &a.key) == (b.speaker, b.hash, &b.key))
        .filter(|run| {
            let first = corpus.quotes[run[0].id as usize].article;
            run.len() > 1
                && run
                    .iter()
                    .any(|k| corpus.quotes[k.id as usize].article != first)
        })
        .map(|run| run.iter().map(|k| k.id).collect())
        .collect();
    out.par_sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;
    use std::collections::HashMap;

    /// The grouping as first written (whole quotes normalised, a map by speaker and key):
    /// the parallel one must give the same groups.
    fn groups_reference(corpus: &Corpus) -> Vec<Vec<u32>> {
        fn normalise(text: &str) -> String {
            let mut out = String::with_capacity(text.len());
            for w in text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
            {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.extend(w.chars().flat_map(char::to_lowercase));
            }
            out
        }
        let mut by_key: HashMap<(Speaker, String), Vec<u32>> = HashMap::new();
        for (i, q) in corpus.quotes.iter().enumerate() {
            if q.kind == QuoteKind::Scare {
                continue;
            }
            let words = normalise(corpus.quote_text(q));
            let key: String = words.split(' ').take(12).collect::<Vec<_>>().join(" ");
            if key.split(' ').count() < 4 {
                continue;
            }
            by_key
                .entry((q.speaker.clone(), key))
                .or_default()
                .push(i as u32);
        }
        let mut out: Vec<Vec<u32>> = by_key
            .into_values()
            .filter(|g| {
                let first = corpus.quotes[g[0] as usize].article;
                g.len() > 1
                    && g.iter()
                        .any(|&q| corpus.quotes[q as usize].article != first)
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn reprinted_quotes_group_across_articles() {
        let doc = Document::plain;
        let corpus = crate::pipeline::build(vec![
            doc(
                "a.txt",
                "\"We will not back down on this issue, whatever it costs,\" said Jane Holloway.",
            ),
            doc(
                "b.txt",
                "“We will not back down on this issue — whatever it costs!” said Jane Holloway.",
            ),
            doc(
                "c.txt",
                "\"We will not back down on this issue, whatever it costs,\" said Tom Baker.",
            ),
        ]);
        let g = groups(&corpus);
        assert_eq!(g.len(), 1, "{g:?}");
        assert_eq!(g[0].len(), 2);
        assert_ne!(
            corpus.quotes[g[0][0] as usize].article,
            corpus.quotes[g[0][1] as usize].article
        );
        let reprints = Reprints::of(&corpus);
        assert_eq!(reprints.group(g[0][1]), Some(g[0].as_slice()));
        assert!(!reprints.is_repeat(g[0][0]) && reprints.is_repeat(g[0][1]));
        assert_eq!(reprints.group(2), None, "Tom Baker's quote stands alone");
    }

    /// Generated corpora reprint wire copy: the groups are those of the first grouping,
    /// across chunk boundaries too.
    #[test]
    fn groups_are_those_of_the_first_grouping() {
        for seed in [3, 8] {
            let corpus = crate::pipeline::build(crate::gen::documents(3_000, seed));
            assert!(corpus.quotes.len() > 16_384, "more than one chunk");
            let got = groups(&corpus);
            assert!(got.len() > 10, "the generator reprints quotes");
            assert_eq!(got, groups_reference(&corpus));
        }
    }

    proptest::proptest! {
        /// The key is the first twelve words of the whole quote normalised.
        #[test]
        fn the_key_is_the_first_twelve_normalised_words(
            text in "([a-zA-Z0-9]{0,6}|[ .,'’“”—-]|[éÉßİΣ٣ⅷ]|\u{a0}){0,40}"
        ) {
            let words: Vec<String> = text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| w.chars().flat_map(char::to_lowercase).collect())
                .collect();
            let want = (words.len() >= 4).then(|| words[..words.len().min(12)].join(" "));
            proptest::prop_assert_eq!(key(&text), want);
        }
    }
}
