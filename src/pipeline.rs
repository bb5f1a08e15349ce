//! Assembles a [`Corpus`] from documents: text analysis and extraction per article (in
//! parallel), then actors merged across the corpus and everything packed into one arena.

use crate::cache;
use crate::corpus::{
    self, FileEntry, LoadOutcome, LoadProgress, PathError, ProgressCounter, Warning,
};
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
    let (mut load, speculative) = PathLoad::walk(paths, options, progress);
    if let Some(snapshot) = load.current_snapshot(speculative) {
        return load.loaded_from_snapshot(snapshot);
    }
    let Read {
        mut arena,
        file_warnings,
        failed,
    } = load.read_files(text_in_file);
    let mut words = arena.take_words();
    let (corpus, text_file) = match arena.assemble() {
        Ok(assembled) => assembled,
        Err(e) => return load.again_in_memory(e),
    };
    load.phases.done("assemble");
    // Built now when asked for (the caller will search), else by the snapshot writer or
    // the caller.
    let postings = (options.want_postings && !options.defer_postings)
        .then(|| Arc::new(Postings::finish_or_build(words.take(), &corpus)));
    load.phases.done("postings");
    let snapshot = load.snapshot_due(failed, &file_warnings, text_file);
    let pending = load.write_or_defer(snapshot, &corpus, postings.as_deref(), &mut words);
    let PathLoad {
        mut warnings,
        errors,
        stats,
        ..
    } = load;
    warnings.extend(file_warnings);
    Loaded {
        corpus,
        warnings,
        errors,
        stats,
        postings,
        pending,
        words,
    }
}

/// A load of files under way: what was asked, what the walk found, the snapshot that may
/// serve it, and how it went so far.
struct PathLoad<'a> {
    paths: &'a [PathBuf],
    options: &'a Options,
    progress: &'a (dyn Fn(LoadProgress) + Sync),
    phases: crate::trace::Phases,
    files: Vec<FileEntry>,
    /// The walk's warnings, then the cache's and the snapshot's.
    warnings: Vec<Warning>,
    /// The PATHs that could not be read.
    errors: Vec<PathError>,
    /// The snapshot's path and the fingerprint of the files found, when there is a cache
    /// folder.
    snap: Option<(PathBuf, u64)>,
    stats: LoadStats,
}

/// The snapshot read while the folders were walked (`None`: no cache folder).
type Speculative = Option<std::io::Result<Option<(u64, snapshot::Snapshot)>>>;

/// What reading the files left to assemble.
struct Read {
    arena: Arena,
    /// The files' own warnings (kept in the snapshot).
    file_warnings: Vec<Warning>,
    /// Documents whose extraction failed.
    failed: usize,
}

impl<'a> PathLoad<'a> {
    /// Walks the folders while the snapshot is read, then fingerprints the files found.
    fn walk(
        paths: &'a [PathBuf],
        options: &'a Options,
        progress: &'a (dyn Fn(LoadProgress) + Sync),
    ) -> (PathLoad<'a>, Speculative) {
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
        let snap =
            snap_path.and_then(|path| snapshot::fingerprint(&discovery.files).map(|fp| (path, fp)));
        let load = PathLoad {
            paths,
            options,
            progress,
            phases,
            stats: LoadStats {
                files: discovery.files.len(),
                ..LoadStats::default()
            },
            files: discovery.files,
            warnings: discovery.warnings,
            errors: discovery.errors,
            snap,
        };
        (load, speculative)
    }

    /// The snapshot read, when it was made from the files found; a damaged one is a
    /// warning (and rebuilt).
    fn current_snapshot(&mut self, speculative: Speculative) -> Option<snapshot::Snapshot> {
        let (Some((path, fp)), Some(loaded)) = (&self.snap, speculative) else {
            return None;
        };
        match loaded.map(|s| s.filter(|(made_from, _)| made_from == fp)) {
            Ok(Some((_, s))) => Some(s),
            Ok(None) => None,
            Err(e) => {
                self.warnings.push(Warning {
                    path: path.clone(),
                    line: None,
                    message: format!("damaged corpus snapshot ({e}); rebuilding it"),
                });
                None
            }
        }
    }

    /// The whole corpus from the snapshot: every file done at once.
    fn loaded_from_snapshot(mut self, s: snapshot::Snapshot) -> Loaded {
        let total = self.files.len();
        let bytes = self.files.iter().map(|f| f.size).sum();
        (self.progress)(LoadProgress {
            files_done: total,
            files_total: total,
            bytes_done: bytes,
        });
        self.warnings.extend(s.warnings);
        Loaded {
            corpus: s.corpus,
            warnings: self.warnings,
            errors: self.errors,
            stats: LoadStats {
                files: total,
                from_cache: total,
                from_snapshot: true,
                ..LoadStats::default()
            },
            postings: s.postings.map(Arc::new),
            pending: None,
            words: None,
        }
    }

    /// Reads the files, unchanged ones from the index cache, into an arena (writing the
    /// index cache meanwhile).
    fn read_files(&mut self, text_in_file: bool) -> Read {
        let total = self.files.len();
        let mut run = CacheRun::open(self.options, self.paths, &self.files, &mut self.warnings);
        let counter = ProgressCounter::new(total, self.progress);
        let capacity: u64 = self.files.iter().map(|f| f.size).sum();
        // The quotes' words are gathered for the postings as the files are read when
        // postings will be wanted: for the snapshot, or by the caller.
        let gather = self.snap.is_some() || self.options.want_postings;
        let mut collector = Collector {
            arena: Arena::new(self.text_sink(text_in_file, capacity), gather),
            warnings: Vec::new(),
            from_cache: 0,
            failed: 0,
            writer: run.writer.take(),
            error: run.error.take(),
        };
        collector.arena.reserve_for(total, capacity);
        let encode = collector.writer.is_some();
        read_in_batches(&self.files, run.cached(), encode, &counter, |done| {
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
        self.phases.done("read and extract");
        self.stats.from_cache = from_cache;
        self.stats.read = total - from_cache;
        (run.writer, run.error) = (writer, cache_error);
        self.stats.cache_written = run.finish(&mut self.warnings);
        self.phases.done("index cache");
        Read {
            arena,
            file_warnings,
            failed,
        }
    }

    /// Where the text goes: with `text_in_file` and a snapshot to write, into the
    /// snapshot's file-to-be, else to memory.
    fn text_sink(&self, text_in_file: bool, capacity: u64) -> TextSink {
        match &self.snap {
            Some((path, _)) if text_in_file => {
                let dir = path.parent().unwrap_or(Path::new("."));
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                TextSink::file_in(dir, &name, capacity as usize, snapshot::TEXT_PREFIX)
            }
            _ => TextSink::memory(capacity as usize),
        }
    }

    /// The text could not be kept in the cache folder: read it all again, in memory.
    fn again_in_memory(self, e: std::io::Error) -> Loaded {
        let mut again = load_paths(self.paths, self.options, self.progress, false);
        again.warnings.insert(
            0,
            Warning {
                path: self.snap.map(|(p, _)| p).unwrap_or_default(),
                line: None,
                message: format!("could not keep the corpus text beside the cache ({e}); read it again into memory"),
            },
        );
        again
    }

    /// The snapshot to write, when there is a cache folder and every file was read and
    /// extracted.
    fn snapshot_due(
        &mut self,
        failed: usize,
        file_warnings: &[Warning],
        text_file: Option<KeptText>,
    ) -> Option<PendingSnapshot> {
        let (Some((path, fingerprint)), true) =
            (self.snap.take(), self.stats.files > 0 && failed == 0)
        else {
            return None;
        };
        Some(PendingSnapshot {
            path,
            fingerprint,
            warnings: file_warnings.to_vec(),
            text_file,
        })
    }

    /// Writes the snapshot now, or leaves it to the caller ([`Options::defer_snapshot`]).
    fn write_or_defer(
        &mut self,
        snapshot: Option<PendingSnapshot>,
        corpus: &Corpus,
        postings: Option<&Postings>,
        words: &mut Option<Gathered>,
    ) -> Option<PendingSnapshot> {
        let snapshot = snapshot?;
        if self.options.defer_snapshot {
            return Some(snapshot);
        }
        match snapshot.write(corpus, postings, words.take()) {
            Ok(()) => self.stats.snapshot_written = true,
            Err(w) => self.warnings.push(w),
        }
        self.phases.done("snapshot");
        None
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
