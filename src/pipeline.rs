//! Assembles a [`Corpus`] from documents: text analysis and extraction per article (in
//! parallel), then actors merged across the corpus and everything packed into one arena.

use crate::cache;
use crate::corpus::{self, LoadOutcome, LoadProgress, PathError, ProgressCounter, Warning};
use crate::model::Corpus;
use crate::search::{Gathered, Postings};
use crate::snapshot;
use arena::Arena;
use batches::{process, read_in_batches, CacheRun, FileDone, Processed};
pub use build::{build, build_with};
use std::path::{Path, PathBuf};
use std::sync::Arc;
pub use stream::{stream, Streamed};
pub use text_sink::KeptText;
use text_sink::TextSink;

mod arena;
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
    /// The quotes' words, gathered while the files were read, when the postings were left
    /// to the caller: [`Postings::finish_or_build`] makes them quicker from these.
    pub words: Option<Gathered>,
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
    /// Writes the snapshot of `corpus`, making its postings (from `words`, the load's
    /// [`Loaded::words`], when there are some) when not given.
    pub fn write(
        self,
        corpus: &Corpus,
        postings: Option<&Postings>,
        words: Option<Gathered>,
    ) -> Result<(), Warning> {
        let mut phases = crate::trace::Phases::start();
        let built;
        let postings = match postings {
            Some(p) => p,
            None => {
                built = Postings::finish_or_build(words, corpus);
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
                words: None,
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
                    words: None,
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
    // The quotes' words are gathered for the postings as the files are read when postings
    // will be wanted: for the snapshot, or by the caller.
    let gather = snap.is_some() || options.want_postings;
    let sink = match &snap {
        Some((path, _)) if text_in_file => {
            let dir = path.parent().unwrap_or(Path::new("."));
            let name = path.file_name().unwrap_or_default().to_string_lossy();
            TextSink::file_in(dir, &name, capacity as usize, snapshot::TEXT_PREFIX)
        }
        _ => TextSink::memory(capacity as usize),
    };
    let mut collector = Collector {
        arena: Arena::new(sink, gather),
        warnings: Vec::new(),
        from_cache: 0,
        failed: 0,
        writer: run.writer.take(),
        error: run.error.take(),
    };
    collector.arena.reserve_for(total, capacity);
    let encode = collector.writer.is_some();
    read_in_batches(&discovery.files, run.cached(), encode, &counter, |done| {
        collector.take(done);
        true
    });
    let Collector {
        mut arena,
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
    let mut words = arena.take_words();
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
    // Built now when asked for (the caller will search), else by the snapshot writer or
    // the caller.
    let postings = (options.want_postings && !options.defer_postings)
        .then(|| Arc::new(Postings::finish_or_build(words.take(), &corpus)));
    phases.done("postings");
    let mut pending = None;
    if let (Some((path, fingerprint)), true) = (snap, total > 0 && failed == 0) {
        let snapshot = PendingSnapshot {
            path,
            fingerprint,
            warnings: file_warnings.clone(),
            text_file,
        };
        if options.defer_snapshot {
            pending = Some(snapshot);
        } else {
            match snapshot.write(&corpus, postings.as_deref(), words.take()) {
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
        words,
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
