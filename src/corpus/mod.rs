//! Corpus loading: walk files and folders, decode, sanitise, and turn each file (or JSON
//! record) into a [`Document`]. Problems with single files become [`Warning`]s; the rest loads.

mod decode;
mod html;
mod json;
pub mod read_ahead;
mod sanitize;
mod walk;

pub use sanitize::{sanitize, sanitize_owned};

use crate::model::{Document, MetaHints};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::SystemTime;

/// A file that was skipped or read with a caveat. The rest of the corpus still loads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub path: PathBuf,
    /// 1-based line, where the problem has one (a bad JSONL record).
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.path.display(), line, self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

/// A PATH argument that could not be used at all (missing, unreadable): exit status 2.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathError {
    pub path: PathBuf,
    pub message: String,
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path.display(), self.message)
    }
}

/// Progress of a load, reported as files finish.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LoadProgress {
    pub files_done: usize,
    pub files_total: usize,
    pub bytes_done: u64,
}

/// A file found under a PATH argument, not yet read. The cache keys on path, size and mtime.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileEntry {
    pub path: PathBuf,
    /// The article id: path relative to the PATH argument (the file name for a file argument).
    pub id: String,
    pub size: u64,
    pub modified: Option<SystemTime>,
}

/// Every article file under the PATH arguments, in stable order (argument, then id).
#[derive(Debug, Default)]
pub struct Discovery {
    pub files: Vec<FileEntry>,
    pub warnings: Vec<Warning>,
    pub errors: Vec<PathError>,
}

/// The documents of one file (several for JSON arrays and JSONL) and its problems.
#[derive(Debug, Default)]
pub struct FileLoad {
    pub documents: Vec<Document>,
    pub warnings: Vec<Warning>,
}

#[derive(Debug, Default)]
pub struct LoadOutcome {
    /// In stable order: by id (path), then record number.
    pub documents: Vec<Document>,
    pub warnings: Vec<Warning>,
    pub errors: Vec<PathError>,
}

/// File extensions read as articles, by format.
pub const EXTENSIONS: &[&str] = &[
    "txt", "text", "md", "html", "htm", "json", "jsonl", "ndjson",
];

/// Files larger than this are skipped with a warning: no real article is this big, and the
/// limit bounds memory on a folder that holds something else.
pub const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;

/// Whether a file of this name is read as articles (by its extension).
pub fn is_article_path(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// Finds article files under `paths` (walking folders in parallel), without reading them.
pub fn discover(paths: &[PathBuf]) -> Discovery {
    discover_ids(paths, false)
}

/// [`discover`]; with `as_given`, a file argument's id is its path as given (the files of a
/// `--files-from` list: their names alone could repeat), not its file name.
pub fn discover_ids(paths: &[PathBuf], as_given: bool) -> Discovery {
    let mut d = Discovery::default();
    for path in paths {
        let meta = match std::fs::metadata(path) {
            Ok(meta) => meta,
            Err(e) => {
                d.errors.push(PathError {
                    path: path.clone(),
                    message: io_message(&e),
                });
                continue;
            }
        };
        if meta.is_dir() {
            let (files, warnings) = walk::walk(path);
            d.files.extend(files);
            d.warnings.extend(warnings);
        } else if meta.is_file() {
            d.files.push(FileEntry {
                path: path.clone(),
                id: if as_given {
                    path.to_string_lossy().into_owned()
                } else {
                    file_id(path)
                },
                size: meta.len(),
                modified: meta.modified().ok(),
            });
        } else {
            d.errors.push(PathError {
                path: path.clone(),
                message: "not a regular file or folder".into(),
            });
        }
    }
    d
}

/// An I/O error as a short sentence ("permission denied", "no such file or directory").
pub(crate) fn io_message(e: &std::io::Error) -> String {
    let s = e.to_string();
    let s = s.split(" (os error").next().unwrap_or(&s);
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => s.to_string(),
    }
}

/// Reads, decodes and sanitises one file into documents.
pub fn read_file(entry: &FileEntry) -> FileLoad {
    let mut load = FileLoad::default();
    let Some(text) = read_text(entry, &mut load.warnings) else {
        return load;
    };
    let ext = entry
        .path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => {
            let (body, hints) = html::parse(&text);
            load.documents.push(document(entry, body, hints, None));
        }
        "json" => json_file(entry, &text, &mut load),
        "jsonl" | "ndjson" => jsonl_file(entry, &text, &mut load),
        _ => load
            .documents
            .push(document(entry, text, MetaHints::default(), None)),
    }
    load
}

/// A warning about the whole of `entry`.
fn warning(entry: &FileEntry, message: String) -> Warning {
    Warning {
        path: entry.path.clone(),
        line: None,
        message,
    }
}

/// The text of `entry`, decoded; `None`, with a warning, for a file too large, unreadable,
/// empty or binary.
fn read_text(entry: &FileEntry, warnings: &mut Vec<Warning>) -> Option<String> {
    let warn = |message: String| warning(entry, message);
    if entry.size > MAX_FILE_BYTES {
        warnings.push(warn(format!(
            "skipped: {} MB is over the {} MB limit for one file",
            entry.size / (1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        )));
        return None;
    }
    let bytes = match read_bounded(&entry.path) {
        Ok(b) => b,
        Err(e) => {
            warnings.push(warn(io_message(&e)));
            return None;
        }
    };
    if bytes.iter().all(u8::is_ascii_whitespace) {
        warnings.push(warn("skipped: empty file".into()));
        return None;
    }
    // NUL bytes outside a UTF-16 text mean a binary file, not an article.
    let utf16 = bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff");
    if !utf16 && memchr::memchr(0, &bytes).is_some() {
        warnings.push(warn("skipped: binary file (contains NUL bytes)".into()));
        return None;
    }
    let (text, note) = decode::decode(bytes);
    if let Some(note) = note {
        warnings.push(warn(note));
    }
    Some(text)
}

/// One document of `entry`: its record's number in a JSON list or JSON Lines file, if any.
fn document(entry: &FileEntry, body: String, hints: MetaHints, record: Option<u32>) -> Document {
    Document {
        id: match record {
            Some(n) => format!("{}#{n}", entry.id),
            None => entry.id.clone(),
        },
        path: entry.path.clone(),
        record,
        body: sanitize_owned(body),
        hints: sanitize_hints(hints),
    }
}

/// The documents of a JSON file: one article, or a list of them.
fn json_file(entry: &FileEntry, text: &str, load: &mut FileLoad) {
    match serde_json::from_str::<serde_json::Value>(text) {
        Ok(serde_json::Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                match json::record(item) {
                    Ok(r) => {
                        load.documents
                            .push(document(entry, r.text, r.hints, Some(i as u32 + 1)))
                    }
                    Err(e) => load
                        .warnings
                        .push(warning(entry, format!("record {}: {e}", i + 1))),
                }
            }
        }
        Ok(value) => match json::record(&value) {
            Ok(r) => load.documents.push(document(entry, r.text, r.hints, None)),
            Err(e) => load.warnings.push(warning(entry, e)),
        },
        Err(e) => load.warnings.push(Warning {
            path: entry.path.clone(),
            line: Some(e.line()),
            message: format!(
                "invalid JSON at column {}: {}",
                e.column(),
                json_message(&e)
            ),
        }),
    }
}

/// The documents of a JSON Lines file, an article a line; a bad line costs a warning.
fn jsonl_file(entry: &FileEntry, text: &str, load: &mut FileLoad) {
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let result = serde_json::from_str::<serde_json::Value>(line)
            .map_err(|e| {
                format!(
                    "invalid JSON at column {}: {}",
                    e.column(),
                    json_message(&e)
                )
            })
            .and_then(|v| json::record(&v));
        match result {
            Ok(r) => load
                .documents
                .push(document(entry, r.text, r.hints, Some(i as u32 + 1))),
            Err(e) => load.warnings.push(Warning {
                path: entry.path.clone(),
                line: Some(i + 1),
                message: e,
            }),
        }
    }
}

/// Reads a regular file, never blocking on a FIFO or device that appeared in its place.
fn read_bounded(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let meta = std::fs::metadata(path)?;
    if !meta.is_file() {
        return Err(std::io::Error::other("not a regular file"));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(std::io::Error::other(
            "grew over the size limit while reading",
        ));
    }
    Ok(bytes)
}

/// serde_json's message without its " at line L column C" (we say where ourselves).
fn json_message(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn sanitize_hints(h: MetaHints) -> MetaHints {
    let s = |v: Option<String>| {
        v.map(|t| sanitize(&t).replace('\n', " "))
            .filter(|t| !t.trim().is_empty())
    };
    MetaHints {
        title: s(h.title),
        date: s(h.date),
        outlet: s(h.outlet),
        byline: s(h.byline),
        url: s(h.url),
    }
}

/// Counts files as worker threads finish them and reports each step as a [`LoadProgress`].
pub struct ProgressCounter<'a> {
    total: usize,
    done: AtomicUsize,
    bytes: AtomicU64,
    report: &'a (dyn Fn(LoadProgress) + Sync),
}

impl<'a> ProgressCounter<'a> {
    pub fn new(total: usize, report: &'a (dyn Fn(LoadProgress) + Sync)) -> Self {
        ProgressCounter {
            total,
            done: AtomicUsize::new(0),
            bytes: AtomicU64::new(0),
            report,
        }
    }

    /// One more file of `size` bytes is finished.
    pub fn file_done(&self, size: u64) {
        let files_done = self.done.fetch_add(1, Ordering::Relaxed) + 1;
        let bytes_done = self.bytes.fetch_add(size, Ordering::Relaxed) + size;
        (self.report)(LoadProgress {
            files_done,
            files_total: self.total,
            bytes_done,
        });
    }
}

/// Loads every article under `paths`: [`discover`], then [`read_file`] for each file, in
/// parallel, keeping the discovery order.
pub fn load(paths: &[PathBuf], progress: &(dyn Fn(LoadProgress) + Sync)) -> LoadOutcome {
    use rayon::prelude::*;
    let discovery = discover(paths);
    let counter = ProgressCounter::new(discovery.files.len(), progress);
    let loads: Vec<FileLoad> = discovery
        .files
        .par_iter()
        .map(|entry| {
            let file = read_file(entry);
            counter.file_done(entry.size);
            file
        })
        .collect();
    let mut outcome = LoadOutcome {
        warnings: discovery.warnings,
        errors: discovery.errors,
        ..LoadOutcome::default()
    };
    for file in loads {
        outcome.documents.extend(file.documents);
        outcome.warnings.extend(file.warnings);
    }
    outcome
}

static BUNDLED: include_dir::Dir<'_> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/assets/corpus");

/// The sample corpus embedded in the binary, so `hearsay` works from any directory.
pub fn load_bundled() -> LoadOutcome {
    let mut files: Vec<_> = BUNDLED
        .files()
        .filter(|f| is_article_path(f.path()))
        .collect();
    files.sort_by_key(|f| f.path().to_path_buf());
    let documents = files
        .into_iter()
        .map(|f| {
            let (text, _) = decode::decode(f.contents().to_vec());
            Document {
                id: f.path().to_string_lossy().into_owned(),
                path: PathBuf::from("assets/corpus").join(f.path()),
                body: sanitize_owned(text),
                ..Document::default()
            }
        })
        .collect();
    LoadOutcome {
        documents,
        ..LoadOutcome::default()
    }
}

fn file_id(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
