//! Files → analysed and extracted documents, in batches, with the per-file cache: records
//! of unchanged files taken out first, each file's new record encoded by the worker that
//! read it. What a load (`Collector`) and a stream (`stream`) are both fed by.

use super::isolate;
use super::Options;
use crate::cache::{self, Cache, ExtractedRef, FileRecord};
use crate::corpus::{self, read_ahead, FileEntry, ProgressCounter, Warning};
use crate::extract::ArticleExtraction;
use crate::model::Document;
use crate::text::Analysis;
use rayon::prelude::*;
use std::path::PathBuf;

/// The per-file cache during a load: the records of unchanged files, taken out before the
/// files are read, and the writer of the new cache when anything changed.
pub(super) struct CacheRun {
    pub(super) cache: Option<Cache>,
    pub(super) cached: Vec<Option<FileRecord>>,
    pub(super) writer: Option<cache::CacheWriter>,
    pub(super) error: Option<std::io::Error>,
}

impl CacheRun {
    pub(super) fn open(
        options: &Options,
        paths: &[PathBuf],
        files: &[FileEntry],
        warnings: &mut Vec<Warning>,
    ) -> CacheRun {
        let mut cache = options.cache_dir.as_ref().map(|dir| {
            let (cache, warning) = Cache::open(dir, paths);
            warnings.extend(warning);
            cache
        });
        // Cached records are taken out first (cheap), so the parallel part owns its data.
        let cached: Vec<Option<FileRecord>> = files
            .iter()
            .map(|e| cache.as_mut().and_then(|c| c.take(e)))
            .collect();
        // The cache is rewritten when anything is to be read, or files went away since; it
        // is written as the load goes, each file's record encoded by the worker that made it.
        let stale =
            cached.iter().any(Option::is_none) || cache.as_ref().is_some_and(|c| c.leftover() > 0);
        let (mut writer, mut error) = (None, None);
        if let Some(c) = cache.as_ref().filter(|_| stale && !files.is_empty()) {
            match c.writer(files.len()) {
                Ok(w) => writer = Some(w),
                Err(e) => error = Some(e),
            }
        }
        CacheRun {
            cache,
            cached,
            writer,
            error,
        }
    }

    /// The records of unchanged files, by file, taken out to be read.
    pub(super) fn cached(&mut self) -> Vec<Option<FileRecord>> {
        std::mem::take(&mut self.cached)
    }

    /// Finishes the new cache; whether it was written (a failure is a warning).
    pub(super) fn finish(self, warnings: &mut Vec<Warning>) -> bool {
        let mut error = self.error;
        let mut written = false;
        if let Some(w) = self.writer {
            match w.finish() {
                Ok(()) => written = true,
                Err(e) => error = Some(e),
            }
        }
        if let (Some(cache), Some(e)) = (&self.cache, error) {
            warnings.push(Warning {
                path: cache.path().to_path_buf(),
                line: None,
                message: format!("could not write the index cache: {e}"),
            });
        }
        written
    }
}

/// Reads, analyses and extracts `files` in batches, handing each batch to `take` in order
/// while the next one is read; stops early when `take` returns false.
///
/// In batches, so that only two batches of article bodies are held besides what `take`
/// keeps: the one being read and extracted, and the one before it, being taken at the same
/// time (so no core waits for that). The kernel is asked for the files ahead of each batch
/// (see `read_ahead`).
pub(super) fn read_in_batches(
    files: &[FileEntry],
    cached: Vec<Option<FileRecord>>,
    encode: bool,
    counter: &ProgressCounter,
    mut take: impl FnMut(Vec<FileDone>) -> bool + Send,
) {
    let mut cached = cached;
    read_ahead::with_read_ahead(files, |ahead| {
        let mut previous: Option<Vec<FileDone>> = None;
        for (files, hits) in files
            .chunks(BATCH_FILES)
            .zip(cached.chunks_mut(BATCH_FILES))
        {
            ahead.started(files.iter().map(|f| f.size).sum());
            let (batch, go_on) = rayon::join(
                || {
                    files
                        .par_iter()
                        .zip(hits.par_iter_mut())
                        .map(|(entry, hit)| read_one(entry, hit.take(), encode, counter))
                        .collect::<Vec<FileDone>>()
                },
                || previous.take().is_none_or(&mut take),
            );
            if !go_on {
                return;
            }
            previous = Some(batch);
        }
        if let Some(done) = previous {
            take(done);
        }
    });
}

/// Files read and analysed at a time: bounds the article bodies held outside the arena.
pub(super) const BATCH_FILES: usize = 1024;

/// Reads one file and analyses and extracts its documents, or takes them from its cache
/// record when it is unchanged.
fn read_one(
    entry: &FileEntry,
    hit: Option<FileRecord>,
    encode: bool,
    counter: &ProgressCounter,
) -> FileDone {
    let file = corpus::read_file(entry);
    let docs = file.documents;
    let mut failures = Vec::new();
    let (docs, hit) = match hit {
        // An unchanged file: its text is read again, its analysis is not redone.
        Some(record) if record.docs.len() == docs.len() => {
            let docs = docs
                .into_iter()
                .zip(record.docs)
                .map(|(doc, x)| Processed::new(doc, x.analysis, x.extraction))
                .collect();
            (docs, true)
        }
        _ => (
            docs.into_iter()
                .map(|doc| process(doc, &mut failures))
                .collect::<Vec<_>>(),
            false,
        ),
    };
    let record = encode.then(|| {
        // A record that never matches: the next load extracts the file again.
        if !failures.is_empty() {
            return cache::encode_retry(entry);
        }
        let refs = docs
            .iter()
            .map(|p| ExtractedRef {
                analysis: &p.analysis,
                extraction: &p.extraction,
            })
            .collect();
        cache::encode_record(entry, refs)
    });
    counter.file_done(entry.size);
    let failed = failures.len();
    let mut warnings = file.warnings;
    warnings.extend(failures);
    FileDone {
        docs,
        warnings,
        hit,
        record,
        failed,
    }
}

/// One file after reading, analysis and extraction.
pub(super) struct FileDone {
    pub(super) docs: Vec<Processed>,
    pub(super) warnings: Vec<Warning>,
    /// Served by the index cache.
    pub(super) hit: bool,
    /// Its encoded cache record, when a cache is being written.
    pub(super) record: Option<std::io::Result<Vec<u8>>>,
    /// Documents whose analysis or extraction failed (see `isolate`).
    pub(super) failed: usize,
}

/// One document after analysis and extraction.
pub(super) struct Processed {
    pub(super) doc: Document,
    pub(super) analysis: Analysis,
    pub(super) extraction: ArticleExtraction,
}

impl Processed {
    pub(super) fn new(
        doc: Document,
        analysis: Analysis,
        extraction: ArticleExtraction,
    ) -> Processed {
        Processed {
            doc,
            analysis,
            extraction,
        }
    }
}

/// Analyses and extracts one document; a panic in that costs its quotes, with a warning
/// added to `failures` (see `isolate`).
pub(super) fn process(doc: Document, failures: &mut Vec<Warning>) -> Processed {
    let (analysis, extraction, failure) = isolate::analyse_and_extract(&doc);
    failures.extend(failure);
    Processed::new(doc, analysis, extraction)
}
