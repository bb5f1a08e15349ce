//! Walking a folder for article files: in parallel, hidden entries and VCS folders skipped,
//! symlinks followed without looping, FIFOs and devices never opened. The user's own
//! ignore files are not applied: a corpus folder is read whole.

use super::{io_message, is_article_path, FileEntry, Warning};
use ignore::{WalkBuilder, WalkState};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The article files under `root`, ordered by id, and the problems met on the way.
pub fn walk(root: &Path) -> (Vec<FileEntry>, Vec<Warning>) {
    let files = Mutex::new(Vec::new());
    let warnings = Mutex::new(Vec::new());
    WalkBuilder::new(root)
        .standard_filters(false)
        .hidden(true)
        .follow_links(true)
        .threads(std::thread::available_parallelism().map_or(2, |n| n.get().min(8)))
        .filter_entry(|e| {
            !matches!(
                e.file_name().to_str(),
                Some(".git" | ".hg" | ".svn" | "_darcs" | "CVS")
            )
        })
        .build_parallel()
        .run(|| {
            Box::new(|entry| {
                match entry {
                    Ok(entry) => {
                        let is_file = entry.file_type().is_some_and(|t| t.is_file())
                            || (entry.path_is_symlink()
                                && std::fs::metadata(entry.path()).is_ok_and(|m| m.is_file()));
                        if is_file && is_article_path(entry.path()) {
                            match entry.metadata() {
                                Ok(meta) if meta.is_file() => {
                                    lock(&files).push(FileEntry {
                                        path: entry.path().to_path_buf(),
                                        id: relative_id(root, entry.path()),
                                        size: meta.len(),
                                        modified: meta.modified().ok(),
                                    });
                                }
                                Ok(_) => {}
                                Err(e) => lock(&warnings).push(warning(entry.path(), e)),
                            }
                        }
                    }
                    Err(e) => {
                        let path = error_path(&e).unwrap_or_else(|| root.to_path_buf());
                        lock(&warnings).push(Warning {
                            path,
                            line: None,
                            message: describe(&e),
                        });
                    }
                }
                WalkState::Continue
            })
        });
    let mut files = files.into_inner().unwrap_or_else(|e| e.into_inner());
    files.sort_by(|a, b| a.id.cmp(&b.id));
    let mut warnings = warnings.into_inner().unwrap_or_else(|e| e.into_inner());
    warnings.sort_by(|a, b| a.path.cmp(&b.path));
    (files, warnings)
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

fn warning(path: &Path, e: ignore::Error) -> Warning {
    Warning {
        path: path.to_path_buf(),
        line: None,
        message: describe(&e),
    }
}

fn relative_id(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

fn error_path(e: &ignore::Error) -> Option<PathBuf> {
    match e {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } => error_path(err),
        ignore::Error::Loop { child, .. } => Some(child.clone()),
        _ => None,
    }
}

fn describe(e: &ignore::Error) -> String {
    match e {
        ignore::Error::WithPath { err, .. } | ignore::Error::WithDepth { err, .. } => describe(err),
        ignore::Error::Loop { ancestor, .. } => {
            format!(
                "symlink loop (points back to {}); skipped",
                ancestor.display()
            )
        }
        ignore::Error::Io(io) => io_message(io),
        other => other.to_string(),
    }
}
