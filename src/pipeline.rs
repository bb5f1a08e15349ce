//! Assembles a [`Corpus`] from documents: text analysis and extraction per article (in
//! parallel), then actors merged across the corpus and everything packed into one arena.

use crate::cache::{Cache, FileRecord, Processed};
use crate::corpus::{
    self, FileEntry, LoadOutcome, LoadProgress, PathError, ProgressCounter, Warning,
};
use crate::extract::{self, ArticleExtraction, LocalSpeaker};
use crate::model::{Article, Corpus, Document, Quote, Speaker};
use crate::text;
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
    pub stats: LoadStats,
}

/// How a load went: files seen, and how many came from the index cache.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoadStats {
    pub files: usize,
    pub from_cache: usize,
    pub read: usize,
    /// Whether the cache was written after this load.
    pub cache_written: bool,
}

/// How to load.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Folder of the index cache; `None` reads and extracts everything (`--no-cache`).
    pub cache_dir: Option<PathBuf>,
}

/// Loads and analyses a corpus, without the cache.
pub fn load(source: &Source, progress: &(dyn Fn(LoadProgress) + Sync)) -> Loaded {
    load_with(source, &Options::default(), progress)
}

/// Loads and analyses a corpus; unchanged files come from the index cache when one is set.
pub fn load_with(
    source: &Source,
    options: &Options,
    progress: &(dyn Fn(LoadProgress) + Sync),
) -> Loaded {
    match source {
        Source::Bundled => {
            let LoadOutcome {
                documents,
                warnings,
                errors,
            } = corpus::load_bundled();
            let files = documents.len();
            Loaded {
                corpus: build(documents),
                warnings,
                errors,
                stats: LoadStats {
                    files,
                    read: files,
                    ..LoadStats::default()
                },
            }
        }
        Source::Paths(paths) => load_paths(paths, options, progress),
    }
}

fn load_paths(
    paths: &[PathBuf],
    options: &Options,
    progress: &(dyn Fn(LoadProgress) + Sync),
) -> Loaded {
    let discovery = corpus::discover(paths);
    let mut warnings = discovery.warnings;
    let mut cache = options.cache_dir.as_ref().map(|dir| {
        let (cache, warning) = Cache::open(dir, paths);
        warnings.extend(warning);
        cache
    });
    // Cached records are taken out first (cheap), so the parallel part owns its data.
    let cached: Vec<Option<FileRecord>> = discovery
        .files
        .iter()
        .map(|e| cache.as_mut().and_then(|c| c.take(e)))
        .collect();
    let from_cache = cached.iter().filter(|c| c.is_some()).count();
    let total = discovery.files.len();
    let counter = ProgressCounter::new(total, progress);
    let records: Vec<FileRecord> = discovery
        .files
        .par_iter()
        .zip(cached)
        .map(|(entry, hit)| {
            let record = hit.unwrap_or_else(|| {
                let file = corpus::read_file(entry);
                let docs = file.documents.into_iter().map(process).collect();
                let warnings = file
                    .warnings
                    .into_iter()
                    .map(|w| (w.line, w.message))
                    .collect();
                FileRecord::new(entry, docs, warnings)
            });
            counter.file_done(entry.size);
            record
        })
        .collect();
    let mut stats = LoadStats {
        files: total,
        from_cache,
        read: total - from_cache,
        cache_written: false,
    };
    if let Some(cache) = &cache {
        // Rewritten when anything was read, or files went away since.
        let stale = stats.read > 0 || cache.leftover() > 0;
        if stale && total > 0 {
            let pairs: Vec<(&FileEntry, &FileRecord)> =
                discovery.files.iter().zip(&records).collect();
            match cache.store(&pairs) {
                Ok(()) => stats.cache_written = true,
                Err(e) => warnings.push(Warning {
                    path: cache.path().to_path_buf(),
                    line: None,
                    message: format!("could not write the index cache: {e}"),
                }),
            }
        }
    }
    let mut processed = Vec::with_capacity(records.len());
    for (entry, record) in discovery.files.iter().zip(records) {
        warnings.extend(record.warnings.into_iter().map(|(line, message)| Warning {
            path: entry.path.clone(),
            line,
            message,
        }));
        processed.extend(record.docs);
    }
    Loaded {
        corpus: assemble(processed),
        warnings,
        errors: discovery.errors,
        stats,
    }
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
