//! `--files-from FILE`: paths read from a list (`-`: standard input), one a line or, with
//! `--null`, separated by NUL bytes (`find -print0`). Each listed path is checked before the
//! load: one that does not exist, a folder (a list names files, and `find` without `-type f`
//! lists every folder before its files: walking them would read each file twice) or
//! anything but a regular file is warned about, naming it, and skipped. The exit status is
//! not changed by them; a binary file is skipped by the reader with its own warning.

use super::args::CorpusArgs;
use super::output::terminal_safe;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The PATH arguments followed by the files of the list, if any; warnings about listed
/// paths go to stderr. `Err` when the list cannot be read, or when a list was given and
/// no path is left (rather than opening the bundled sample corpus).
pub fn paths(args: &CorpusArgs) -> anyhow::Result<Vec<PathBuf>> {
    let Some(list) = &args.files_from else {
        return Ok(args.paths.clone());
    };
    let bytes =
        read_list(list).map_err(|e| anyhow::anyhow!("--files-from {}: {e}", list.display()))?;
    let (listed, warnings) = check(split(&bytes, args.null));
    let mut err = std::io::stderr().lock();
    for w in warnings {
        writeln!(err, "hearsay: warning: {}", terminal_safe(&w))?;
    }
    let mut paths = args.paths.clone();
    paths.extend(listed);
    if paths.is_empty() {
        anyhow::bail!("no articles found: {} lists no file", list.display());
    }
    Ok(paths)
}

fn read_list(list: &Path) -> std::io::Result<Vec<u8>> {
    if list == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin().lock().read_to_end(&mut bytes)?;
        Ok(bytes)
    } else {
        std::fs::read(list)
    }
}

/// The paths of a list: NUL-separated, or one a line (a line's trailing `\r` dropped);
/// empty entries are skipped.
pub(crate) fn split(bytes: &[u8], null: bool) -> Vec<PathBuf> {
    let sep = if null { b'\0' } else { b'\n' };
    bytes
        .split(|&b| b == sep)
        .map(|p| match p {
            [rest @ .., b'\r'] if !null => rest,
            _ => p,
        })
        .filter(|p| !p.is_empty())
        .map(path_of_bytes)
        .collect()
}

#[cfg(unix)]
fn path_of_bytes(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
fn path_of_bytes(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}

/// The listed paths that are regular files (or links to them), and a warning naming each
/// of the others.
pub(crate) fn check(listed: Vec<PathBuf>) -> (Vec<PathBuf>, Vec<String>) {
    let mut warnings = Vec::new();
    let files = listed
        .into_iter()
        .filter(|p| {
            let why = match std::fs::metadata(p) {
                Ok(m) if m.is_file() => return true,
                Ok(m) if m.is_dir() => {
                    "a folder in a file list is not walked (list its files: find -type f)"
                        .to_string()
                }
                Ok(_) => "not a regular file".to_string(),
                Err(e) => crate::corpus::io_message(&e),
            };
            warnings.push(format!("{}: {why}; skipped", p.display()));
            false
        })
        .collect();
    (files, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_split_on_lines_or_nul_bytes() {
        let p = |v: &[&str]| v.iter().map(PathBuf::from).collect::<Vec<_>>();
        assert_eq!(
            split(b"a.txt\r\nb c.txt\n\n./d\n", false),
            p(&["a.txt", "b c.txt", "./d"])
        );
        assert_eq!(
            split(b"a\nb.txt\0c.txt\0\0", true),
            p(&["a\nb.txt", "c.txt"]),
            "a newline is part of a name in a NUL list"
        );
        assert!(split(b"", false).is_empty());
    }

    #[test]
    fn missing_paths_and_folders_are_named_and_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "x").unwrap();
        let missing = dir.path().join("gone.txt");
        let (files, warnings) = check(vec![file.clone(), missing.clone(), dir.path().into()]);
        assert_eq!(files, [file]);
        assert_eq!(warnings.len(), 2);
        assert!(
            warnings[0].starts_with(&missing.display().to_string()),
            "{warnings:?}"
        );
        assert!(warnings[0].contains("no such file"), "{warnings:?}");
        assert!(warnings[1].contains("folder in a file list is not walked"));
    }
}
