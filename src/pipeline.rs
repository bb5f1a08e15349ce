//! Assembles a [`Corpus`] from documents: text analysis and extraction per article (in
//! parallel), then actors merged across the corpus and everything packed into one arena.

use crate::corpus::{self, LoadOutcome, LoadProgress, PathError, Warning};
use crate::extract::{self, ArticleExtraction, LocalSpeaker};
use crate::model::{Article, Corpus, Document, Quote, Speaker};
use crate::text::{self, Analysis};
use rayon::prelude::*;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;

/// Where a corpus comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    /// The sample articles embedded in the binary.
    Bundled,
    Paths(Vec<PathBuf>),
}

/// A built corpus and what went wrong on the way.
#[derive(Debug, Default)]
pub struct Loaded {
    pub corpus: Corpus,
    pub warnings: Vec<Warning>,
    pub errors: Vec<PathError>,
}

/// Loads and analyses a corpus.
pub fn load(source: &Source, progress: &(dyn Fn(LoadProgress) + Sync)) -> Loaded {
    let LoadOutcome {
        documents,
        warnings,
        errors,
    } = match source {
        Source::Bundled => corpus::load_bundled(),
        Source::Paths(paths) => corpus::load(paths, progress),
    };
    Loaded {
        corpus: build(documents),
        warnings,
        errors,
    }
}

/// One document after analysis and extraction, before corpus-wide merging.
struct Processed {
    doc: Document,
    analysis: Analysis,
    extraction: ArticleExtraction,
}

fn process(doc: Document) -> Processed {
    let analysis = text::analyze(&doc);
    let extraction = extract::extract_article(&doc.body, &analysis.paragraphs);
    Processed {
        doc,
        analysis,
        extraction,
    }
}

/// Builds the corpus from loaded documents (kept in their given order).
pub fn build(documents: Vec<Document>) -> Corpus {
    let processed: Vec<Processed> = documents.into_par_iter().map(process).collect();
    assemble(processed)
}

fn assemble(processed: Vec<Processed>) -> Corpus {
    let extractions: Vec<&ArticleExtraction> = processed.iter().map(|p| &p.extraction).collect();
    let merged = extract::merge_actors_ref(&extractions);

    let total_text: usize = processed.iter().map(|p| p.doc.body.len()).sum();
    let mut corpus = Corpus {
        text: String::with_capacity(total_text),
        actors: merged.actors,
        ..Corpus::default()
    };
    for (index, p) in processed.into_iter().enumerate() {
        let start = corpus.text.len();
        corpus.text.push_str(&p.doc.body);
        let first_quote = corpus.quotes.len() as u32;
        let mut quotes: Vec<Quote> = p
            .extraction
            .quotes
            .iter()
            .map(|q| Quote {
                article: index as u32,
                span: q.span,
                kind: q.kind,
                speaker: match &q.speaker {
                    LocalSpeaker::None => Speaker::None,
                    LocalSpeaker::Entity(e) => merged
                        .ids
                        .get(index)
                        .and_then(|ids| ids.get(*e as usize).copied().flatten())
                        .map_or(Speaker::None, Speaker::Actor),
                    LocalSpeaker::Unnamed(d) => Speaker::Unnamed(d.clone()),
                },
                paragraph: q.paragraph,
            })
            .collect();
        quotes.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
        corpus.quotes.extend(quotes);
        corpus.articles.push(Article {
            id: p.doc.id,
            path: p.doc.path,
            record: p.doc.record,
            text: start..corpus.text.len(),
            title: p.analysis.title,
            meta: p.analysis.meta,
            paragraphs: p.analysis.paragraphs,
            words: p.analysis.words,
            quotes: first_quote..corpus.quotes.len() as u32,
            content_hash: content_hash(&p.doc.body),
        });
    }
    corpus
}

/// A stable (across runs and platforms) 64-bit FNV-1a hash of an article body.
pub fn content_hash(body: &str) -> u64 {
    struct Fnv(u64);
    impl Hasher for Fnv {
        fn finish(&self) -> u64 {
            self.0
        }
        fn write(&mut self, bytes: &[u8]) {
            for b in bytes {
                self.0 ^= u64::from(*b);
                self.0 = self.0.wrapping_mul(0x100_0000_01b3);
            }
        }
    }
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    body.hash(&mut h);
    h.finish()
}
