//! Files written whole or not at all: under a temporary name in the same folder, renamed
//! into place when complete; temporaries of dead writers removed.

use std::io::Write;
use std::path::{Path, PathBuf};
/// As [`write_atomic`], without waiting for the disk: a cache torn by a crash is noticed
/// when read (lengths and bounds are checked) and rebuilt, and waiting for a flush of
/// hundreds of megabytes would double a first load.
pub fn write_cache_file(
    path: &Path,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    write_file(path, false, write)
}

/// Finishes `path` in `tmp`, the temporary file of that name this process began (open as
/// `file`, its cursor at the end): appends what `write` writes, then renames it into place.
/// On failure the temporary file is removed.
pub fn finish_cache_file(
    path: &Path,
    tmp: PathBuf,
    file: std::fs::File,
    write: impl FnOnce(&mut std::io::BufWriter<std::fs::File>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut file = AtomicFile {
        path: path.to_path_buf(),
        tmp,
        durable: false,
        writer: Some(std::io::BufWriter::with_capacity(1 << 20, file)),
    };
    write(file.writer())?;
    file.commit()
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
    let mut file = AtomicFile::create(path, durable)?;
    write(file.writer())?;
    file.commit()
}

/// A file written under a temporary name in the same folder and renamed into place when
/// complete; dropped before that, the temporary file is removed.
pub(super) struct AtomicFile {
    path: PathBuf,
    tmp: PathBuf,
    durable: bool,
    writer: Option<std::io::BufWriter<std::fs::File>>,
}

impl AtomicFile {
    pub(super) fn create(path: &Path, durable: bool) -> std::io::Result<AtomicFile> {
        let dir = path.parent().unwrap_or(Path::new("."));
        std::fs::create_dir_all(dir)?;
        let name = path
            .file_name()
            .map_or("cache".into(), |n| n.to_string_lossy());
        remove_stale_temporaries(dir, &name);
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        // A file already there under this process's name (the snapshot's file-to-be of an
        // earlier load, its text perhaps still mapped) is unlinked, never truncated: a
        // mapping of it stays whole.
        let _ = std::fs::remove_file(&tmp);
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            tmp,
            durable,
            writer: Some(std::io::BufWriter::with_capacity(1 << 20, file)),
        })
    }

    pub(super) fn writer(&mut self) -> &mut std::io::BufWriter<std::fs::File> {
        self.writer.as_mut().expect("only taken by commit")
    }

    pub(super) fn commit(mut self) -> std::io::Result<()> {
        let mut w = self.writer.take().expect("committed once");
        w.flush()?;
        if self.durable {
            w.get_ref().sync_all()?;
        }
        drop(w);
        std::fs::rename(&self.tmp, &self.path)?;
        // Renamed: nothing for Drop to remove.
        self.tmp = PathBuf::new();
        Ok(())
    }
}

/// Removes what a killed hearsay left of writing `name` (`.NAME.PID.tmp` of a process that
/// is gone): a browser quit while it wrote its cache, a crash. Linux only, where /proc
/// says which processes live; elsewhere such files stay.
pub(crate) fn remove_stale_temporaries(dir: &Path, name: &str) {
    if !cfg!(target_os = "linux") {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let prefix = format!(".{name}.");
    for entry in entries.flatten() {
        let file = entry.file_name();
        let Some(pid) = file
            .to_str()
            .and_then(|f| f.strip_prefix(&prefix))
            .and_then(|f| f.strip_suffix(".tmp"))
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !Path::new("/proc").join(pid.to_string()).exists() {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if !self.tmp.as_os_str().is_empty() {
            self.writer = None;
            let _ = std::fs::remove_file(&self.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    #[test]
    fn temporaries_of_dead_writers_are_removed_and_live_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("index-1.bin");
        // No process has this id (over the kernel's pid limit); the parent of this test
        // process is alive.
        let dead = dir.path().join(".index-1.bin.4294967295.tmp");
        let alive = dir.path().join(format!(
            ".index-1.bin.{}.tmp",
            std::os::unix::process::parent_id()
        ));
        let other = dir.path().join(".snapshot-1.bin.4294967295.tmp");
        for f in [&dead, &alive, &other] {
            std::fs::write(f, b"left over").unwrap();
        }
        write_cache_file(&target, |w| w.write_all(b"new")).unwrap();
        assert!(!dead.exists());
        assert!(alive.exists());
        assert!(
            other.exists(),
            "another file's temporaries are its own business"
        );
        assert_eq!(std::fs::read(&target).unwrap(), b"new");
    }

    #[test]
    fn a_temporary_of_this_process_already_there_is_replaced_not_truncated() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("snapshot-1.bin");
        let tmp = dir
            .path()
            .join(format!(".snapshot-1.bin.{}.tmp", std::process::id()));
        std::fs::write(&tmp, b"text still in use").unwrap();
        let held = std::fs::File::open(&tmp).unwrap();
        write_cache_file(&path, |w| w.write_all(b"new")).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"new");
        let mut kept = String::new();
        std::io::Read::read_to_string(&mut &held, &mut kept).unwrap();
        assert_eq!(kept, "text still in use");
        assert!(!tmp.exists());
    }
}
