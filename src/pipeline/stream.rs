//! Articles handed out one by one as they are read and extracted, in corpus order, and
//! nothing kept: what output written while a corpus loads (`hearsay quotes --jsonl`) is made
//! from. Memory holds two batches of files, whatever the size of the corpus.
//!
//! Unchanged files come from the per-file cache, and the cache is written as in a load (a
//! browser opened later finds it); no corpus snapshot is read or written (a snapshot
//! holds the assembled corpus, which is what is not made here).

use super::batches::{read_in_batches, CacheRun, FileDone};
use super::{LoadStats, Options};
use crate::corpus::{self, LoadProgress, PathError, ProgressCounter, Warning};
use crate::extract::ArticleExtraction;
use crate::model::Document;
use std::path::PathBuf;

/// How a streamed read went.
#[derive(Debug, Default)]
pub struct Streamed {
    pub warnings: Vec<Warning>,
    pub errors: Vec<PathError>,
    pub stats: LoadStats,
    /// Articles handed to the sink.
    pub articles: usize,
}

/// Reads the files under `paths` and hands each article, with what extraction found in
/// it, to `sink` in the order a load numbers them (the order of `--json`). An error from
/// `sink` (a closed pipe) stops the read and is returned.
pub fn stream(
    paths: &[PathBuf],
    options: &Options,
    progress: &(dyn Fn(LoadProgress) + Sync),
    sink: &mut (dyn FnMut(&Document, &ArticleExtraction) -> std::io::Result<()> + Send),
) -> (Streamed, std::io::Result<()>) {
    let discovery = corpus::discover_ids(paths, options.ids_as_given);
    let mut warnings = discovery.warnings;
    let total = discovery.files.len();
    let mut run = CacheRun::open(options, paths, &discovery.files, &mut warnings);
    let counter = ProgressCounter::new(total, progress);
    let encode = run.writer.is_some();
    let mut streamed = Streamed::default();
    let mut result = Ok(());
    let mut file_warnings = Vec::new();
    let mut from_cache = 0;
    let mut writer = run.writer.take();
    let mut write_error = run.error.take();
    read_in_batches(&discovery.files, run.cached(), encode, &counter, |batch| {
        for FileDone {
            docs,
            warnings,
            hit,
            record,
            ..
        } in batch
        {
            from_cache += usize::from(hit);
            file_warnings.extend(warnings);
            if let (Some(w), Some(record)) = (&mut writer, record) {
                if let Err(e) = record.and_then(|r| w.write_record(&r)) {
                    write_error = Some(e);
                    writer = None;
                }
            }
            for p in docs {
                if result.is_ok() {
                    result = sink(&p.doc, &p.extraction);
                    streamed.articles += 1;
                }
            }
        }
        result.is_ok()
    });
    streamed.stats = LoadStats {
        files: total,
        from_cache,
        read: total - from_cache,
        ..LoadStats::default()
    };
    // A read stopped short leaves the cache as it was: the new one would lack files.
    if result.is_ok() {
        (run.writer, run.error) = (writer, write_error);
        streamed.stats.cache_written = run.finish(&mut warnings);
    }
    warnings.extend(file_warnings);
    streamed.warnings = warnings;
    streamed.errors = discovery.errors;
    (streamed, result)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The articles and quotes streamed are a load's, in its order, and the per-file
    /// cache is written on the way (a second stream takes every file from it).
    #[test]
    fn streamed_articles_are_a_loads_in_its_order() {
        let dir = tempfile::tempdir().unwrap();
        let cache = tempfile::tempdir().unwrap();
        for i in 0..5 {
            let body = format!(
                "Title {i}\n\n\"We will win number {i},\" said Jane Smith, the mayor.\n\n\
                 Mr Brown said the city would appeal.\n"
            );
            std::fs::write(dir.path().join(format!("a{i}.txt")), body).unwrap();
        }
        let paths = vec![dir.path().to_path_buf()];
        let options = Options {
            cache_dir: Some(cache.path().to_path_buf()),
            ..Options::default()
        };
        let loaded = super::super::load_with(
            &super::super::Source::Paths(paths.clone()),
            &Options::default(),
            &|_| {},
        );
        let mut seen = Vec::new();
        let (s, result) = stream(&paths, &options, &|_| {}, &mut |doc, x| {
            seen.push((doc.id.clone(), x.quotes.len()));
            Ok(())
        });
        result.unwrap();
        let expected: Vec<(String, usize)> = loaded
            .corpus
            .articles
            .iter()
            .map(|a| (a.id.clone(), a.quotes.len()))
            .collect();
        assert_eq!(seen, expected);
        assert!(expected.iter().all(|(_, n)| *n >= 2), "{expected:?}");
        assert_eq!(
            (s.articles, s.stats.read, s.stats.cache_written),
            (5, 5, true)
        );
        let (again, _) = stream(&paths, &options, &|_| {}, &mut |_, _| Ok(()));
        assert_eq!(again.stats.from_cache, 5);
    }

    /// The first article is handed out while later files are still to be read: with more
    /// than two batches of files, at most two batches are read when the first arrives.
    #[test]
    fn the_first_article_comes_before_the_last_file_is_read() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        let dir = tempfile::tempdir().unwrap();
        let total = 2 * super::super::batches::BATCH_FILES + 50;
        for i in 0..total {
            std::fs::write(dir.path().join(format!("{i:05}.txt")), "T\n\nBody.\n").unwrap();
        }
        let read = AtomicUsize::new(0);
        let mut read_at_first = None;
        let (s, result) = stream(
            &[dir.path().to_path_buf()],
            &Options::default(),
            &|p| {
                read.fetch_max(p.files_done, Ordering::SeqCst);
            },
            &mut |_, _| {
                read_at_first.get_or_insert(read.load(Ordering::SeqCst));
                Ok(())
            },
        );
        result.unwrap();
        assert_eq!(s.articles, total);
        let at_first = read_at_first.unwrap();
        assert!(
            at_first <= 2 * super::super::batches::BATCH_FILES,
            "{at_first} of {total}"
        );
        assert_eq!(read.load(Ordering::SeqCst), total);
    }

    /// A sink that fails (a closed pipe) stops the read and gets no more articles.
    #[test]
    fn a_failing_sink_stops_the_read() {
        let dir = tempfile::tempdir().unwrap();
        for i in 0..3 {
            std::fs::write(dir.path().join(format!("{i}.txt")), "T\n\nBody.\n").unwrap();
        }
        let mut calls = 0;
        let (s, result) = stream(
            &[dir.path().to_path_buf()],
            &Options::default(),
            &|_| {},
            &mut |_, _| {
                calls += 1;
                Err(std::io::ErrorKind::BrokenPipe.into())
            },
        );
        assert_eq!(result.unwrap_err().kind(), std::io::ErrorKind::BrokenPipe);
        assert_eq!((calls, s.articles), (1, 1));
    }
}
