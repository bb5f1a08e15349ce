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

/// Bumped whenever the cached types change shape.
const FORMAT: u32 = 2;

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

/// The same layout as [`CacheFile`], borrowed, for writing without copying.
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

/// hearsay's version and a hash of the lexicon: a cache made by other rules is not used.
pub(crate) fn version() -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for (name, text) in crate::extract::lexicon::all() {
        name.hash(&mut h);
        text.hash(&mut h);
    }
    format!("{}+{FORMAT}+{:016x}", env!("CARGO_PKG_VERSION"), h.finish())
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

    /// Writes the whole cache: for each file, what its documents became. Atomic (a
    /// temporary file in the same folder, then a rename), so a failed write leaves the old
    /// cache as it was.
    pub fn store<'a>(
        &self,
        files: impl Iterator<Item = (&'a FileEntry, Vec<ExtractedRef<'a>>)>,
    ) -> std::io::Result<()> {
        let file = CacheFileRef {
            format: FORMAT,
            version: &self.version,
            files: files
                .map(|(e, docs)| {
                    let record = FileRecordRef {
                        size: e.size,
                        modified: nanos(e),
                        docs,
                    };
                    (e.path.as_path(), record)
                })
                .collect(),
        };
        write_cache_file(&self.path, |w| {
            bincode::serde::encode_into_std_write(&file, w, bincode::config::standard())
                .map(|_| ())
                .map_err(std::io::Error::other)
        })
    }
}

/// As [`write_atomic`], without waiting for the disk: a cache torn by a crash is noticed
/// when read (lengths and bounds are checked) and rebuilt, and waiting for a flush of
/// hundreds of megabytes would double a first load.
pub fn write_cache_file(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    write_file(path, false, write)
}

/// Writes `path` through a temporary file in the same folder and a rename.
pub fn write_atomic(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    write_file(path, true, write)
}

fn write_file(
    path: &Path,
    durable: bool,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        path.file_name()
            .map_or("cache".into(), |n| n.to_string_lossy()),
        std::process::id()
    ));
    let result = (|| {
        let mut w = std::io::BufWriter::with_capacity(1 << 20, std::fs::File::create(&tmp)?);
        write(&mut w)?;
        w.flush()?;
        if durable {
            w.get_ref().sync_all()?;
        }
        drop(w);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
