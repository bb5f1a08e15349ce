//! Helpers shared by the cache and snapshot tests: a generated corpus, loads with and
//! without a cache folder, and the files a cache folder holds.
// Each test crate uses some of them.
#![allow(dead_code)]

use hearsay::pipeline::{load_with, Loaded, Options, Source};
use std::path::{Path, PathBuf};

pub fn corpus_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    hearsay::gen::write_corpus(dir.path(), 30, 9).unwrap();
    dir
}

/// Loads the folder `corpus` with `options`, no progress reported.
pub fn load_folder(corpus: &Path, options: &Options) -> Loaded {
    load_with(&Source::Paths(vec![corpus.to_path_buf()]), options, &|_| {})
}

pub fn load(corpus: &Path, cache: Option<&Path>) -> Loaded {
    let options = Options {
        cache_dir: cache.map(Path::to_path_buf),
        want_postings: true,
        ..Options::default()
    };
    load_folder(corpus, &options)
}

/// The per-file index cache (not the snapshot) in a cache folder.
pub fn index_file(cache: &Path) -> PathBuf {
    files_under(cache)
        .into_iter()
        .find(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("index-")
        })
        .expect("an index cache file")
}

pub fn snapshot_file(cache: &Path) -> PathBuf {
    files_under(cache)
        .into_iter()
        .find(|p| {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            name.starts_with("snapshot-") && name.ends_with(".bin")
        })
        .expect("a snapshot file")
}

/// The names of the files under `dir`.
pub fn names_under(dir: &Path) -> Vec<String> {
    files_under(dir)
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect()
}

pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}
