//! Corpus loading: walk files and folders, decode, sanitise, and turn each file (or JSON
//! record) into a [`Document`]. Problems with single files become [`Warning`]s; the rest loads.

use crate::model::Document;
use std::fmt;
use std::path::{Path, PathBuf};
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

/// Finds article files under `paths` (walking folders), without reading them.
pub fn discover(paths: &[PathBuf]) -> Discovery {
    let mut d = Discovery::default();
    for path in paths {
        match std::fs::metadata(path) {
            Ok(meta) => d.files.push(FileEntry {
                path: path.clone(),
                id: file_id(path),
                size: meta.len(),
                modified: meta.modified().ok(),
            }),
            Err(e) => d.errors.push(PathError {
                path: path.clone(),
                message: e.to_string(),
            }),
        }
    }
    d
}

/// Reads, decodes and sanitises one file into documents.
pub fn read_file(entry: &FileEntry) -> FileLoad {
    match std::fs::read_to_string(&entry.path) {
        Ok(body) => FileLoad {
            documents: vec![Document {
                id: entry.id.clone(),
                path: entry.path.clone(),
                body,
                ..Document::default()
            }],
            warnings: Vec::new(),
        },
        Err(e) => FileLoad {
            documents: Vec::new(),
            warnings: vec![Warning {
                path: entry.path.clone(),
                line: None,
                message: e.to_string(),
            }],
        },
    }
}

/// Loads every article under `paths`: [`discover`], then [`read_file`] for each file.
pub fn load(paths: &[PathBuf], progress: &(dyn Fn(LoadProgress) + Sync)) -> LoadOutcome {
    let discovery = discover(paths);
    let mut outcome = LoadOutcome {
        warnings: discovery.warnings,
        errors: discovery.errors,
        ..LoadOutcome::default()
    };
    let total = discovery.files.len();
    let mut bytes = 0;
    for (i, entry) in discovery.files.iter().enumerate() {
        let file = read_file(entry);
        outcome.documents.extend(file.documents);
        outcome.warnings.extend(file.warnings);
        bytes += entry.size;
        progress(LoadProgress {
            files_done: i + 1,
            files_total: total,
            bytes_done: bytes,
        });
    }
    outcome
}

static BUNDLED: include_dir::Dir<'_> =
    include_dir::include_dir!("$CARGO_MANIFEST_DIR/assets/corpus");

/// The sample corpus embedded in the binary, so `hearsay` works from any directory.
pub fn load_bundled() -> LoadOutcome {
    let mut files: Vec<_> = BUNDLED.files().collect();
    files.sort_by_key(|f| f.path().to_path_buf());
    let documents = files
        .into_iter()
        .filter_map(|f| {
            let id = f.path().to_string_lossy().into_owned();
            Some(Document {
                path: PathBuf::from("assets/corpus").join(f.path()),
                id,
                body: f.contents_utf8()?.replace("\r\n", "\n"),
                ..Document::default()
            })
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
