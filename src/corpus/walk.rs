//! Walking a folder for article files: in parallel, hidden entries and VCS folders skipped,
//! symlinks followed without looping, FIFOs and devices never opened. The user's own
//! ignore files are not applied: a corpus folder is read whole.
//!
//! Hand-written on `std::fs` rather than a general walker: reopening a cached corpus is
//! mostly this walk (every file is stat'ed to check the cache), and statting each entry
//! relative to its open folder (`fstatat`) instead of by full path halves that time.

use super::{io_message, is_article_path, FileEntry, Warning};
use rayon::prelude::*;
use std::fs::{self, DirEntry};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Folders whose contents are never articles.
const SKIPPED_DIRS: [&str; 2] = ["_darcs", "CVS"];

struct Walk {
    files: Mutex<Vec<FileEntry>>,
    warnings: Mutex<Vec<Warning>>,
}

/// A folder's identity, to notice a symlink that leads back into its own ancestry.
type DirKey = (u64, u64);

/// The article files under `root`, ordered by id, and the problems met on the way.
pub fn walk(root: &Path) -> (Vec<FileEntry>, Vec<Warning>) {
    let w = Walk {
        files: Mutex::new(Vec::new()),
        warnings: Mutex::new(Vec::new()),
    };
    match fs::metadata(root) {
        Ok(meta) => w.dir(root, "", &[dir_key(root, &meta)]),
        Err(e) => w.warn(root, io_message(&e)),
    }
    let mut files = w.files.into_inner().unwrap_or_else(|e| e.into_inner());
    files.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    let mut warnings = w.warnings.into_inner().unwrap_or_else(|e| e.into_inner());
    warnings.sort_by(|a, b| a.path.cmp(&b.path));
    (files, warnings)
}

impl Walk {
    fn warn(&self, path: &Path, message: String) {
        lock(&self.warnings).push(Warning {
            path: path.to_path_buf(),
            line: None,
            message,
        });
    }

    /// Visits folder `dir`, whose id prefix is `prefix` ("" for the root, else "a/b/").
    fn dir(&self, dir: &Path, prefix: &str, ancestors: &[DirKey]) {
        let Some(Listing {
            files,
            linked,
            mut dirs,
        }) = self.list(dir, prefix)
        else {
            return;
        };
        self.follow(linked, &mut dirs);
        let found: Vec<FileEntry> = files
            .into_par_iter()
            .with_min_len(512)
            .filter_map(|(entry, id)| match entry.metadata() {
                Ok(meta) => Some(entry_of(entry.path(), id, &meta)),
                Err(e) => {
                    self.warn(&entry.path(), io_message(&e));
                    None
                }
            })
            .collect();
        lock(&self.files).extend(found);
        dirs.into_par_iter()
            .for_each(|(path, id)| self.subdir(&path, &id, ancestors));
    }

    /// Folder `dir`'s entries sorted by kind, hidden and VCS ones left out; `None` (with a
    /// warning) when it cannot be read.
    fn list(&self, dir: &Path, prefix: &str) -> Option<Listing> {
        let entries = match fs::read_dir(dir) {
            Ok(rd) => rd,
            Err(e) => {
                self.warn(dir, io_message(&e));
                return None;
            }
        };
        let mut listing = Listing {
            files: Vec::new(),
            linked: Vec::new(),
            dirs: Vec::new(),
        };
        for entry in entries {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    self.warn(dir, io_message(&e));
                    continue;
                }
            };
            let name = entry.file_name();
            let name = name.to_string_lossy();
            if name.starts_with('.') || SKIPPED_DIRS.contains(&name.as_ref()) {
                continue;
            }
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let id = format!("{prefix}{name}");
            if kind.is_dir() {
                listing.dirs.push((entry.path(), id));
            } else if kind.is_symlink() {
                listing.linked.push((entry.path(), id));
            } else if kind.is_file() && is_article_path(Path::new(name.as_ref())) {
                listing.files.push((entry, id));
            }
            // FIFOs, sockets and devices are never opened.
        }
        Some(listing)
    }

    /// Symlinks are followed: to a file it is an article, to a folder a walk (added to
    /// `dirs`; unless it leads back into its own ancestry, which `subdir` tells).
    fn follow(&self, linked: Vec<(PathBuf, String)>, dirs: &mut Vec<(PathBuf, String)>) {
        for (path, id) in linked {
            match fs::metadata(&path) {
                Ok(meta) if meta.is_dir() => dirs.push((path, id)),
                Ok(meta) if meta.is_file() && is_article_path(&path) => {
                    lock(&self.files).push(entry_of(path, id, &meta));
                }
                Ok(_) => {}
                Err(e) if is_article_path(&path) => self.warn(&path, io_message(&e)),
                Err(_) => {}
            }
        }
    }

    /// Visits subfolder `path` (id `id`) unless it is one of its `ancestors` (a symlink loop).
    fn subdir(&self, path: &Path, id: &str, ancestors: &[DirKey]) {
        let meta = match fs::metadata(path) {
            Ok(m) => m,
            Err(e) => return self.warn(path, io_message(&e)),
        };
        let key = dir_key(path, &meta);
        if ancestors.contains(&key) {
            let target = fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
            return self.warn(
                path,
                format!(
                    "symlink loop (points back to {}); skipped",
                    target.display()
                ),
            );
        }
        let mut chain = ancestors.to_vec();
        chain.push(key);
        self.dir(path, &format!("{id}/"), &chain);
    }
}

/// A folder's entries: article files, symlinks and folders, each with its id.
struct Listing {
    files: Vec<(DirEntry, String)>,
    linked: Vec<(PathBuf, String)>,
    dirs: Vec<(PathBuf, String)>,
}

#[cfg(unix)]
fn dir_key(_: &Path, meta: &fs::Metadata) -> DirKey {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

#[cfg(not(unix))]
fn dir_key(path: &Path, _: &fs::Metadata) -> DirKey {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    fs::canonicalize(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .hash(&mut h);
    (0, h.finish())
}

fn entry_of(path: PathBuf, id: String, meta: &fs::Metadata) -> FileEntry {
    FileEntry {
        path,
        id,
        size: meta.len(),
        modified: meta.modified().ok(),
    }
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}
