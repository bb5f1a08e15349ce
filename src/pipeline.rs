//! Assembles a [`Corpus`] from documents: text analysis and extraction per article (in
//! parallel), then actors merged across the corpus and everything packed into one arena.

use crate::cache;
use crate::corpus::{self, LoadOutcome, LoadProgress, PathError, ProgressCounter, Warning};
use crate::extract::actors::EntityTable;
use crate::extract::{LocalQuote, LocalSpeaker};
use crate::model::{Article, Corpus, Cue, Quote, Speaker};
use crate::search::Postings;
use crate::snapshot;
use batches::{process, read_in_batches, CacheRun, FileDone, Processed};
pub use build::{build, build_with};
use std::path::{Path, PathBuf};
use std::sync::Arc;
pub use stream::{stream, Streamed};
pub use text_sink::KeptText;
use text_sink::TextSink;

mod batches;
mod build;
mod content_hash;
pub mod isolate;
mod stream;
#[cfg(test)]
pub(crate) mod testing;
mod text_sink;

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
    /// Search postings, when the load had them at hand (from the snapshot, or built to
    /// write one) and they were asked for.
    pub postings: Option<Arc<Postings>>,
    /// The snapshot to write, when [`Options::defer_snapshot`] left it to the caller.
    pub pending: Option<PendingSnapshot>,
}

/// How a load went: files seen, and how many came from the index cache.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoadStats {
    pub files: usize,
    pub from_cache: usize,
    pub read: usize,
    /// Whether the per-file index cache was written after this load.
    pub cache_written: bool,
    /// Whether the whole corpus came from the snapshot (nothing changed since it was made).
    pub from_snapshot: bool,
    /// Whether a new snapshot was written after this load.
    pub snapshot_written: bool,
}

/// How to load.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Folder of the index cache; `None` reads and extracts everything (`--no-cache`).
    pub cache_dir: Option<PathBuf>,
    /// The caller will search: return the postings when the load has them.
    pub want_postings: bool,
    /// The caller reads articles only by id, ranges, title, date and outlet (listing
    /// quotes, searching): a corpus from the snapshot comes without paragraphs and the
    /// rest of the metadata (empty), which are most of decoding it. A corpus read from the
    /// files has them all.
    pub skip_article_details: bool,
    /// Postings the load would have to build are left to the caller, to build once the
    /// corpus is shown (the browser: `search::SharedPostings`); postings in the snapshot
    /// are still returned.
    pub defer_postings: bool,
    /// A file named in `paths` is identified by its path as given, not its file name (the
    /// files of a `--files-from` list).
    pub ids_as_given: bool,
    /// Leave the snapshot to the caller ([`Loaded::pending`]), to write once the corpus is
    /// in use: the browser shows it first, the CLI prints meanwhile.
    pub defer_snapshot: bool,
}

/// A corpus snapshot still to be written. Dropped unwritten, nothing is lost but time: the
/// next load builds it again from the per-file cache.
#[derive(Debug)]
pub struct PendingSnapshot {
    path: PathBuf,
    fingerprint: u64,
    warnings: Vec<Warning>,
    /// The snapshot's file-to-be, holding the text already, when the load wrote it there.
    text_file: Option<KeptText>,
}

impl PendingSnapshot {
    /// Writes the snapshot of `corpus`, building its postings when not given.
    pub fn write(self, corpus: &Corpus, postings: Option<&Postings>) -> Result<(), Warning> {
        let mut phases = crate::trace::Phases::start();
        let built;
        let postings = match postings {
            Some(p) => p,
            None => {
                built = Postings::build(corpus);
                phases.done("postings (deferred)");
                &built
            }
        };
        let stored = snapshot::store(
            &self.path,
            self.fingerprint,
            corpus,
            &self.warnings,
            Some(postings),
            self.text_file,
        );
        phases.done("snapshot (deferred)");
        stored.map_err(|e| Warning {
            path: self.path.clone(),
            line: None,
            message: format!("could not write the corpus snapshot: {e}"),
        })
    }
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
                postings: None,
                pending: None,
            }
        }
        Source::Paths(paths) => load_paths(paths, options, progress, true),
    }
}

/// Loads files; with `text_in_file`, the text goes into the file the snapshot will be
/// finished in (see `text_sink`), else to memory.
fn load_paths(
    paths: &[PathBuf],
    options: &Options,
    progress: &(dyn Fn(LoadProgress) + Sync),
    text_in_file: bool,
) -> Loaded {
    // The snapshot is read while the folders are walked; it serves if no file changed
    // since it was made, otherwise per-file records do.
    let mut phases = crate::trace::Phases::start();
    let snap_path = options
        .cache_dir
        .as_ref()
        .map(|dir| snapshot::path_ids(dir, paths, options.ids_as_given));
    let (discovery, speculative) = rayon::join(
        || corpus::discover_ids(paths, options.ids_as_given),
        || {
            snap_path.as_ref().map(|p| {
                let wants = snapshot::Wants {
                    postings: options.want_postings,
                    article_details: !options.skip_article_details,
                };
                snapshot::load_any(p, wants)
            })
        },
    );
    phases.done("walk and snapshot read");
    let mut warnings = discovery.warnings;
    let total = discovery.files.len();
    let snap =
        snap_path.and_then(|path| snapshot::fingerprint(&discovery.files).map(|fp| (path, fp)));
    if let (Some((path, fp)), Some(loaded)) = (&snap, speculative) {
        match loaded.map(|s| s.filter(|(made_from, _)| made_from == fp)) {
            Ok(Some((_, s))) => {
                let bytes = discovery.files.iter().map(|f| f.size).sum();
                progress(LoadProgress {
                    files_done: total,
                    files_total: total,
                    bytes_done: bytes,
                });
                warnings.extend(s.warnings);
                return Loaded {
                    corpus: s.corpus,
                    warnings,
                    errors: discovery.errors,
                    stats: LoadStats {
                        files: total,
                        from_cache: total,
                        from_snapshot: true,
                        ..LoadStats::default()
                    },
                    postings: s.postings.map(Arc::new),
                    pending: None,
                };
            }
            Ok(None) => {}
            Err(e) => warnings.push(Warning {
                path: path.clone(),
                line: None,
                message: format!("damaged corpus snapshot ({e}); rebuilding it"),
            }),
        }
    }
    let mut run = CacheRun::open(options, paths, &discovery.files, &mut warnings);
    let counter = ProgressCounter::new(total, progress);
    let capacity: u64 = discovery.files.iter().map(|f| f.size).sum();
    let mut collector = Collector {
        arena: Arena::new(match &snap {
            Some((path, _)) if text_in_file => {
                let dir = path.parent().unwrap_or(Path::new("."));
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                TextSink::file_in(dir, &name, capacity as usize, snapshot::TEXT_PREFIX)
            }
            _ => TextSink::memory(capacity as usize),
        }),
        warnings: Vec::new(),
        from_cache: 0,
        failed: 0,
        writer: run.writer.take(),
        error: run.error.take(),
    };
    let encode = collector.writer.is_some();
    read_in_batches(&discovery.files, run.cached(), encode, &counter, |done| {
        collector.take(done);
        true
    });
    let Collector {
        arena,
        warnings: file_warnings,
        from_cache,
        failed,
        writer,
        error: cache_error,
    } = collector;
    phases.done("read and extract");
    let mut stats = LoadStats {
        files: total,
        from_cache,
        read: total - from_cache,
        ..LoadStats::default()
    };
    (run.writer, run.error) = (writer, cache_error);
    stats.cache_written = run.finish(&mut warnings);
    phases.done("index cache");
    let (corpus, text_file) = match arena.assemble() {
        Ok(assembled) => assembled,
        Err(e) => {
            // The text could not be kept in the cache folder: read it all again, in memory.
            let mut again = load_paths(paths, options, progress, false);
            again.warnings.insert(
                0,
                Warning {
                    path: snap.map(|(p, _)| p).unwrap_or_default(),
                    line: None,
                    message: format!("could not keep the corpus text beside the cache ({e}); read it again into memory"),
                },
            );
            return again;
        }
    };
    phases.done("assemble");
    let mut postings = None;
    let mut pending = None;
    if let (Some((path, fingerprint)), true) = (snap, total > 0 && failed == 0) {
        let snapshot = PendingSnapshot {
            path,
            fingerprint,
            warnings: file_warnings.clone(),
            text_file,
        };
        // Built now when asked for (the caller will search), else by the snapshot writer or
        // the caller.
        postings = (options.want_postings && !options.defer_postings)
            .then(|| Arc::new(Postings::build(&corpus)));
        phases.done("postings");
        if options.defer_snapshot {
            pending = Some(snapshot);
        } else {
            match snapshot.write(&corpus, postings.as_deref()) {
                Ok(()) => stats.snapshot_written = true,
                Err(w) => warnings.push(w),
            }
            phases.done("snapshot");
        }
    }
    warnings.extend(file_warnings);
    Loaded {
        corpus,
        warnings,
        errors: discovery.errors,
        stats,
        postings,
        pending,
    }
}

/// Where read files go, in order: bodies into the arena, records into the cache.
struct Collector {
    arena: Arena,
    warnings: Vec<Warning>,
    from_cache: usize,
    /// Documents whose extraction failed: no snapshot is written, so the next load tries
    /// them again.
    failed: usize,
    writer: Option<cache::CacheWriter>,
    error: Option<std::io::Error>,
}

impl Collector {
    fn take(&mut self, batch: Vec<FileDone>) {
        let bodies = batch.iter().flat_map(|done| &done.docs);
        let mut hashes =
            content_hash::content_hashes(bodies.map(|p| p.doc.body.as_str())).into_iter();
        for done in batch {
            self.from_cache += usize::from(done.hit);
            self.failed += done.failed;
            for (p, hash) in done.docs.into_iter().zip(&mut hashes) {
                self.arena.push(p, hash);
            }
            self.warnings.extend(done.warnings);
            if let (Some(w), Some(record)) = (&mut self.writer, done.record) {
                if let Err(e) = record.and_then(|r| w.write_record(&r)) {
                    self.error = Some(e);
                    self.writer = None;
                }
            }
        }
    }
}

/// A processed document whose body has moved into the arena: its article (quotes not yet
/// numbered) and its quotes, whose speakers wait for the corpus-wide merge.
struct Item {
    article: Article,
    quotes: Vec<LocalQuote>,
}

/// The corpus under construction: bodies are appended to one text as documents arrive
/// (each document's own copy freed at once), and entities go to the table of the merge.
struct Arena {
    text: TextSink,
    items: Vec<Item>,
    entities: EntityTable,
}

impl Arena {
    fn new(text: TextSink) -> Arena {
        Arena {
            text,
            items: Vec::new(),
            entities: EntityTable::default(),
        }
    }

    fn push(&mut self, p: Processed, content_hash: u64) {
        let start = self.text.len();
        self.text.push(&p.doc.body);
        self.entities.push(&p.extraction);
        let analysis = p.analysis;
        self.items.push(Item {
            article: Article {
                id: p.doc.id,
                path: p.doc.path,
                record: p.doc.record,
                text: start..self.text.len(),
                title: analysis.title,
                meta: analysis.meta,
                paragraphs: analysis.paragraphs,
                words: analysis.words,
                quotes: 0..0,
                content_hash,
            },
            quotes: p.extraction.quotes,
        });
    }

    /// Merges actors across articles and numbers everything; `Err` when the text could not
    /// be kept in its file.
    fn assemble(self) -> std::io::Result<(Corpus, Option<KeptText>)> {
        let (text, kept) = self.text.finish()?;
        let mut merged = self.entities.merge();
        drop(self.entities);
        let mut corpus = Corpus {
            actors: std::mem::take(&mut merged.actors),
            ..Corpus::default()
        };
        corpus.articles.reserve_exact(self.items.len());
        corpus
            .quotes
            .reserve_exact(self.items.iter().map(|i| i.quotes.len()).sum());
        for (index, item) in self.items.into_iter().enumerate() {
            let first_quote = corpus.quotes.len() as u32;
            let mut quotes: Vec<Quote> = item
                .quotes
                .into_iter()
                .map(|q| Quote {
                    article: index as u32,
                    span: q.span,
                    kind: q.kind,
                    speaker: match q.speaker {
                        LocalSpeaker::None => Speaker::None,
                        LocalSpeaker::Entity(e) => merged
                            .id(index, e as usize)
                            .map_or(Speaker::None, Speaker::Actor),
                        LocalSpeaker::Unnamed(d) => Speaker::Unnamed(d),
                    },
                    paragraph: q.paragraph,
                    cue: Cue::new(q.cue),
                })
                .collect();
            quotes.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
            corpus.quotes.extend(quotes);
            let mut article = item.article;
            article.quotes = first_quote..corpus.quotes.len() as u32;
            corpus.articles.push(article);
        }
        corpus.text = text;
        Ok((corpus, kept))
    }
}
