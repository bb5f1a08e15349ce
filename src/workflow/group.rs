//! The same quote in many articles (wire copy is reprinted): quotes with the same speaker
//! and nearly the same words are grouped, so the corpus-wide list shows each once.

use crate::model::{Corpus, QuoteKind, Speaker};
use std::collections::HashMap;

/// The words of a quote as compared: lower case, letters and digits, single spaces.
pub fn normalise(text: &str) -> String {
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

/// Groups of quote ids (two or more, in corpus order) that repeat one quote.
pub fn groups(corpus: &Corpus) -> Vec<Vec<u32>> {
    let mut by_key: HashMap<(Speaker, String), Vec<u32>> = HashMap::new();
    for (i, q) in corpus.quotes.iter().enumerate() {
        if q.kind == QuoteKind::Scare {
            continue;
        }
        let words = normalise(corpus.quote_text(q));
        // Nearly equal: the same first twelve words (a trailing clause cut in one reprint).
        let key: String = words.split(' ').take(12).collect::<Vec<_>>().join(" ");
        if key.split(' ').count() < 4 {
            continue; // short fragments repeat by chance
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    #[test]
    fn reprinted_quotes_group_across_articles() {
        let doc = |id: &str, body: &str| Document {
            id: id.into(),
            body: body.into(),
            ..Document::default()
        };
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
    }
}
