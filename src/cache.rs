//! The index cache: what analysis and extraction made of each file, kept in
//! `$XDG_CACHE_HOME/hearsay/` (or `HEARSAY_CACHE_DIR`) so a corpus reopens without being
//! read and extracted again. One file per set of PATH arguments; entries keyed by path,
//! size and modification time; the whole cache keyed by the hearsay version and the
//! lexicon it extracted with. Written atomically; a corrupt cache is moved aside and rebuilt.

use crate::corpus::{FileEntry, Warning};
use crate::extract::ArticleExtraction;
use crate::text::Analysis;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

mod atomic;
pub(crate) use atomic::remove_stale_temporaries;
use atomic::AtomicFile;
pub use atomic::{finish_cache_file, write_atomic, write_cache_file};

/// Bumped whenever the cached types change shape.
const FORMAT: u32 = 4;

/// Bumped whenever extraction's rules change what a file yields, so a cache made by the
/// old rules is not taken for the new ones' (lexicon changes are seen by their hash).
const RULES: u32 = 52;

/// What analysis and extraction made of one document: what the cache keeps per document.
/// The text itself is not kept: an unchanged file is read again (fast), so the cache
/// stays a fraction of the corpus size.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Extracted {
    pub analysis: Analysis,
    pub extraction: ArticleExtraction,
}

/// [`Extracted`], borrowed, for writing without copying.
#[derive(Serialize)]
pub struct ExtractedRef<'a> {
    pub analysis: &'a Analysis,
    pub extraction: &'a ArticleExtraction,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FileRecord {
    pub size: u64,
    /// Modification time in nanoseconds since the epoch (0 when unknown: never a hit).
    pub modified: u128,
    pub docs: Vec<Extracted>,
}

#[derive(Serialize)]
struct FileRecordRef<'a> {
    size: u64,
    modified: u128,
    docs: Vec<ExtractedRef<'a>>,
}

#[derive(Debug, Default, Deserialize)]
struct CacheFile {
    format: u32,
    version: String,
    files: Vec<(PathBuf, FileRecord)>,
}

/// The same layout as [`CacheFile`], borrowed: what [`Cache::writer`] writes piece by
/// piece (kept to test that it does).
#[cfg(test)]
#[derive(Serialize)]
struct CacheFileRef<'a> {
    format: u32,
    version: &'a str,
    files: Vec<(&'a Path, FileRecordRef<'a>)>,
}

/// The cache for one set of PATH arguments.
pub struct Cache {
    path: PathBuf,
    version: String,
    files: HashMap<PathBuf, FileRecord>,
}

/// Where caches live: `HEARSAY_CACHE_DIR`, else `$XDG_CACHE_HOME/hearsay`, else
/// `~/.cache/hearsay`.
pub fn default_dir() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("HEARSAY_CACHE_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d));
    }
    if let Some(d) = std::env::var_os("XDG_CACHE_HOME").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d).join("hearsay"));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/hearsay"))
}

/// `$VAR/hearsay/NAME` for an XDG base folder variable (`XDG_STATE_HOME`), else
/// `~/HOME_DEFAULT/hearsay/NAME` (`.local/state`); `None` without either.
pub fn xdg_file(var: &str, home_default: &str, name: &str) -> Option<PathBuf> {
    let base = std::env::var_os(var)
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(home_default)))?;
    Some(base.join("hearsay").join(name))
}

/// hearsay's version and a hash of the lexicon: a cache made by other rules is not used.
pub(crate) fn version() -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for (name, text) in crate::extract::lexicon::all() {
        name.hash(&mut h);
        text.hash(&mut h);
    }
    format!(
        "{}+{FORMAT}+r{RULES}+{:016x}",
        env!("CARGO_PKG_VERSION"),
        h.finish()
    )
}

fn nanos(entry: &FileEntry) -> u128 {
    entry
        .modified
        .and_then(|m| m.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
}

impl Cache {
    /// Opens the cache for `roots` in `dir`. A missing cache is empty; an unreadable or
    /// corrupt one is moved aside (`.bak`) with a warning.
    pub fn open(dir: &Path, roots: &[PathBuf]) -> (Cache, Option<Warning>) {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for r in roots {
            std::fs::canonicalize(r)
                .unwrap_or_else(|_| r.clone())
                .hash(&mut h);
        }
        let path = dir.join(format!("index-{:016x}.bin", h.finish()));
        let version = version();
        let mut cache = Cache {
            path,
            version,
            files: HashMap::new(),
        };
        let bytes = match std::fs::read(&cache.path) {
            Ok(b) => b,
            Err(_) => return (cache, None),
        };
        let decoded: Result<(CacheFile, usize), _> =
            bincode::serde::decode_from_slice(&bytes, bincode::config::standard());
        match decoded {
            Ok((file, _)) if file.format == FORMAT && file.version == cache.version => {
                cache.files = file.files.into_iter().collect();
                (cache, None)
            }
            // Another version's cache: silently replaced on the next write.
            Ok(_) => (cache, None),
            Err(e) => {
                let bak = cache.path.with_extension("bin.bak");
                let moved = std::fs::rename(&cache.path, &bak).is_ok();
                let warning = Warning {
                    path: cache.path.clone(),
                    line: None,
                    message: format!(
                        "corrupt index cache ({e}); {}rebuilding it",
                        if moved { "moved aside to .bak, " } else { "" }
                    ),
                };
                (cache, Some(warning))
            }
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Entries not taken by this load (files gone or changed since).
    pub fn leftover(&self) -> usize {
        self.files.len()
    }

    /// Takes the cached record of a file out of the cache, if the file has not changed.
    pub fn take(&mut self, entry: &FileEntry) -> Option<FileRecord> {
        let key = nanos(entry);
        let fresh = self
            .files
            .get(&entry.path)
            .is_some_and(|r| key != 0 && r.size == entry.size && r.modified == key);
        if fresh {
            self.files.remove(&entry.path)
        } else {
            None
        }
    }

    /// Starts writing a new cache of `files` file records (every file of the load, in
    /// order); each record comes from [`encode_record`]. Nothing replaces the old cache
    /// until [`CacheWriter::finish`].
    pub fn writer(&self, files: usize) -> std::io::Result<CacheWriter> {
        let mut file = AtomicFile::create(&self.path, false)?;
        // As `CacheFileRef` encodes: format, version, then the files as a sequence (its
        // length, then the records back to back).
        let config = bincode::config::standard();
        let head = (FORMAT, self.version.as_str(), files as u64);
        bincode::serde::encode_into_std_write(head, file.writer(), config)
            .map_err(std::io::Error::other)?;
        Ok(CacheWriter { file })
    }

    /// Writes a whole cache at once (as [`Cache::writer`] and one record per file).
    pub fn store<'a>(
        &self,
        files: impl ExactSizeIterator<Item = (&'a FileEntry, Vec<ExtractedRef<'a>>)>,
    ) -> std::io::Result<()> {
        let mut w = self.writer(files.len())?;
        for (entry, docs) in files {
            w.write_record(&encode_record(entry, docs)?)?;
        }
        w.finish()
    }
}

/// The cache record of one file, encoded: made on the worker that extracted the file, so
/// the writer only copies bytes.
pub fn encode_record(entry: &FileEntry, docs: Vec<ExtractedRef<'_>>) -> std::io::Result<Vec<u8>> {
    let record = FileRecordRef {
        size: entry.size,
        modified: nanos(entry),
        docs,
    };
    bincode::serde::encode_to_vec((entry.path.as_path(), record), bincode::config::standard())
        .map_err(std::io::Error::other)
}

/// A record for `entry` that no load takes (its modification time is left out, which
/// [`Cache::take`] never trusts): for a file whose extraction failed, so that the next load
/// extracts it again rather than keep a result that is not good.
pub fn encode_retry(entry: &FileEntry) -> std::io::Result<Vec<u8>> {
    let stale = FileEntry {
        modified: None,
        ..entry.clone()
    };
    encode_record(&stale, Vec::new())
}

/// A cache being written record by record.
pub struct CacheWriter {
    file: AtomicFile,
}

impl CacheWriter {
    pub fn write_record(&mut self, record: &[u8]) -> std::io::Result<()> {
        self.file.writer().write_all(record)
    }

    /// Puts the new cache in place of the old.
    pub fn finish(self) -> std::io::Result<()> {
        self.file.commit()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{LocalEntity, LocalQuote, LocalSpeaker};
    use crate::model::{ActorType, QuoteKind, Span};

    fn entry(dir: &Path, name: &str, size: u64) -> FileEntry {
        FileEntry {
            path: dir.join(name),
            id: name.into(),
            size,
            modified: Some(UNIX_EPOCH + std::time::Duration::from_secs(1_700_000_000)),
        }
    }

    #[test]
    fn records_written_one_by_one_make_the_whole_cache_file() {
        let dir = tempfile::tempdir().unwrap();
        let analysis = Analysis {
            title: "Title".into(),
            words: 12,
            ..Analysis::default()
        };
        let extraction = ArticleExtraction {
            quotes: vec![LocalQuote {
                span: Span::new(3, 9),
                kind: QuoteKind::Indirect,
                speaker: LocalSpeaker::Unnamed("one source".into()),
                paragraph: 1,
                cue: Some(Span::new(10, 14)),
            }],
            entities: vec![LocalEntity {
                name: "Ann Lee".into(),
                kind: ActorType::Person,
                aliases: vec!["Lee".into()],
                roles: vec![],
                mentions: 2,
                weak: false,
            }],
        };
        let files = [
            entry(dir.path(), "a.txt", 10),
            entry(dir.path(), "b.txt", 20),
        ];
        let docs = |i: usize| -> Vec<ExtractedRef<'_>> {
            (0..i)
                .map(|_| ExtractedRef {
                    analysis: &analysis,
                    extraction: &extraction,
                })
                .collect()
        };
        let (cache, warning) = Cache::open(dir.path(), &[dir.path().to_path_buf()]);
        assert!(warning.is_none());
        cache
            .store(files.iter().enumerate().map(|(i, e)| (e, docs(i + 1))))
            .unwrap();
        let written = std::fs::read(cache.path()).unwrap();
        let whole = CacheFileRef {
            format: FORMAT,
            version: &cache.version,
            files: files
                .iter()
                .enumerate()
                .map(|(i, e)| {
                    let record = FileRecordRef {
                        size: e.size,
                        modified: nanos(e),
                        docs: docs(i + 1),
                    };
                    (e.path.as_path(), record)
                })
                .collect(),
        };
        let expected = bincode::serde::encode_to_vec(&whole, bincode::config::standard()).unwrap();
        assert_eq!(written, expected);
        // And it reads back: both files are served from it.
        let (mut again, warning) = Cache::open(dir.path(), &[dir.path().to_path_buf()]);
        assert!(warning.is_none());
        let b = again.take(&files[1]).expect("b.txt cached");
        assert_eq!(b.docs.len(), 2);
        assert_eq!(b.docs[1].extraction, extraction);
        assert!(again.take(&files[0]).is_some());
    }

    #[test]
    fn an_unfinished_writer_leaves_the_old_cache_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let (cache, _) = Cache::open(dir.path(), &[dir.path().to_path_buf()]);
        std::fs::write(cache.path(), b"old").unwrap();
        let mut w = cache.writer(3).unwrap();
        w.write_record(b"partial").unwrap();
        drop(w);
        assert_eq!(std::fs::read(cache.path()).unwrap(), b"old");
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
    }
}
