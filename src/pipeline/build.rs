//! Corpora built at once from documents in memory (the bundled corpus, tests, tools),
//! without files, caches or snapshots.

use super::{content_hash, process, Arena, Processed, TextSink};
use crate::extract::ArticleExtraction;
use crate::model::{Corpus, Document};
use crate::text::Analysis;
use rayon::prelude::*;

/// Builds the corpus from loaded documents (kept in their given order). All or nothing: a
/// document whose extraction fails panics here with its warning (the bundled corpus and
/// tests, which must see every failure, come this way; files are loaded by [`load`](super::load)).
pub fn build(documents: Vec<Document>) -> Corpus {
    build_processed(
        documents
            .into_par_iter()
            .map(|doc| {
                let mut failures = Vec::new();
                let p = process(doc, &mut failures);
                failures.first().map_or(p, |w| panic!("{w}"))
            })
            .collect(),
    )
}

/// As [`build`], with each document's extraction made by `extract` from its body and
/// analysis instead of by the extraction rules: for tests and tools that need quotes the
/// rules do not find (hand-made kinds, cues).
pub fn build_with(
    documents: Vec<Document>,
    extract: impl Fn(&str, &Analysis) -> ArticleExtraction + Sync,
) -> Corpus {
    build_processed(
        documents
            .into_par_iter()
            .map(|doc| {
                let analysis = crate::text::analyze(&doc);
                let extraction = extract(&doc.body, &analysis);
                Processed::new(doc, analysis, extraction)
            })
            .collect(),
    )
}

fn build_processed(processed: Vec<Processed>) -> Corpus {
    let capacity = processed.iter().map(|p| p.doc.body.len()).sum();
    let mut arena = Arena::new(TextSink::memory(capacity), false);
    let quotes = processed.iter().map(|p| p.extraction.quotes.len()).sum();
    arena.reserve(processed.len(), quotes);
    let hashes = content_hash::content_hashes(processed.iter().map(|p| p.doc.body.as_str()));
    for (p, hash) in processed.into_iter().zip(hashes) {
        arena.push(p, hash);
    }
    // A text in memory always comes back, and leaves no file.
    arena
        .assemble()
        .map(|(corpus, _)| corpus)
        .unwrap_or_default()
}
