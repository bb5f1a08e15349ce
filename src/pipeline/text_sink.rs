//! Where the corpus text goes while files are read: memory, or — when a snapshot is to be
//! written — the snapshot's own file-to-be in the cache folder, mapped back when the load
//! is done. The text is then page cache rather than this process's memory, and pages are
//! let go after each pass over them, so a first load's peak is its analysis, not its text;
//! and the snapshot is finished by appending to that file, so the text is written once.

use crate::model::Text;
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Bytes gathered before each write to the file.
const CHUNK: usize = 1 << 20;

pub enum TextSink {
    Memory(String),
    File(FileSink),
}

pub struct FileSink {
    path: PathBuf,
    file: Option<File>,
    buffer: Vec<u8>,
    /// Bytes of the file before the text (the snapshot's magic).
    prefix: usize,
    /// Bytes of text pushed.
    len: usize,
    error: Option<std::io::Error>,
}

/// The file a load wrote its text to, under its temporary name: kept for the snapshot to
/// be finished in, removed if dropped unused.
#[derive(Debug)]
pub struct KeptText {
    file: Option<File>,
    path: PathBuf,
}

impl KeptText {
    /// The open file, its cursor after the text.
    pub fn file(&self) -> &File {
        self.file.as_ref().expect("kept until taken")
    }

    /// The open file (its cursor after the text) and its temporary name; from here on the
    /// caller removes or renames it.
    pub fn into_parts(mut self) -> (File, PathBuf) {
        let file = self.file.take().expect("taken once");
        (file, std::mem::take(&mut self.path))
    }
}

impl Drop for KeptText {
    fn drop(&mut self) {
        if self.file.is_some() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

impl TextSink {
    pub fn memory(capacity: usize) -> TextSink {
        TextSink::Memory(String::with_capacity(capacity))
    }

    /// A sink writing `prefix`, then the text, to a new temporary file `.NAME.PID.tmp` in
    /// `dir` (temporaries that dead processes left under that name are removed first);
    /// memory where files cannot be mapped, or the file cannot be made.
    pub fn file_in(dir: &Path, name: &str, capacity: usize, prefix: &[u8]) -> TextSink {
        if !cfg!(unix) {
            return TextSink::memory(capacity);
        }
        crate::cache::remove_stale_temporaries(dir, name);
        let path = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let created = std::fs::create_dir_all(dir).and_then(|()| {
            std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .create_new(true)
                .open(&path)
        });
        match created {
            Ok(file) => {
                let mut buffer = Vec::with_capacity(CHUNK);
                buffer.extend_from_slice(prefix);
                TextSink::File(FileSink {
                    path,
                    file: Some(file),
                    buffer,
                    prefix: prefix.len(),
                    len: 0,
                    error: None,
                })
            }
            Err(_) => TextSink::memory(capacity),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            TextSink::Memory(s) => s.len(),
            TextSink::File(f) => f.len,
        }
    }

    pub fn push(&mut self, s: &str) {
        match self {
            TextSink::Memory(text) => text.push_str(s),
            TextSink::File(f) => f.push(s),
        }
    }

    /// The whole text, and the file it is in (if any). `Err` when the file could not be
    /// written or mapped back: the caller reads the corpus again into memory.
    pub fn finish(self) -> std::io::Result<(Text, Option<KeptText>)> {
        match self {
            TextSink::Memory(text) => Ok((text.into(), None)),
            TextSink::File(f) => f.finish().map(|(text, kept)| (text, Some(kept))),
        }
    }
}

impl FileSink {
    fn push(&mut self, s: &str) {
        self.len += s.len();
        if self.error.is_some() {
            return;
        }
        self.buffer.extend_from_slice(s.as_bytes());
        if self.buffer.len() >= CHUNK {
            self.flush();
        }
    }

    fn flush(&mut self) {
        if let Some(file) = &mut self.file {
            if let Err(e) = file.write_all(&self.buffer) {
                self.error = Some(e);
            }
        }
        self.buffer.clear();
    }

    fn finish(mut self) -> std::io::Result<(Text, KeptText)> {
        self.flush();
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        let kept = KeptText {
            file: self.file.take(),
            path: std::mem::take(&mut self.path),
        };
        let file = kept.file.as_ref().expect("finished once");
        if file.metadata()?.len() != (self.prefix + self.len) as u64 {
            return Err(std::io::Error::other(
                "the text file is not the length written",
            ));
        }
        if self.len == 0 {
            return Ok((String::new().into(), kept));
        }
        // SAFETY: the file was made by this process (create_new) under a name only this
        // process writes (its PID); hearsay only appends to it (after the text) and renames
        // it, so the mapped bytes never change; `Text::mapped` checks they are UTF-8
        // before anything reads them as text.
        let map = unsafe {
            memmap2::MmapOptions::new()
                .offset(self.prefix as u64)
                .len(self.len)
                .map(file)?
        };
        let text = Text::mapped(std::sync::Arc::new(map), 0..self.len)
            .ok_or_else(|| std::io::Error::other("the text file is not the text written"))?;
        Ok((text, kept))
    }
}

impl Drop for FileSink {
    fn drop(&mut self) {
        // Unfinished, the file is removed (finished, it is the `KeptText`'s).
        if self.file.is_some() {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_written_to_the_file_comes_back_mapped_and_the_file_is_kept_until_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let mut sink = TextSink::file_in(dir.path(), "snapshot-1.bin", 0, b"MAGIC");
        assert!(matches!(sink, TextSink::File(_)) || !cfg!(unix));
        let piece = "Body “with” quotes — é.\n".repeat(30_000); // over one CHUNK
        let mut expected = String::new();
        for i in 0..5 {
            let s = format!("{i}:{}", &piece[..piece.len() / (i + 1)]);
            sink.push(&s);
            expected.push_str(&s);
        }
        assert_eq!(sink.len(), expected.len());
        let (text, kept) = sink.finish().unwrap();
        assert_eq!(&*text, expected);
        if cfg!(unix) {
            // The file is the prefix and the text, under the temporary name.
            let kept = kept.expect("a file sink keeps its file");
            let path = dir
                .path()
                .join(format!(".snapshot-1.bin.{}.tmp", std::process::id()));
            let bytes = std::fs::read(&path).unwrap();
            assert_eq!(&bytes[..5], b"MAGIC");
            assert_eq!(&bytes[5..], expected.as_bytes());
            drop(kept);
            assert!(!path.exists(), "dropped unused, the file is removed");
            assert_eq!(&*text, expected, "the mapped text outlives the name");
        }
    }

    #[test]
    fn an_unfinished_sink_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut sink = TextSink::file_in(dir.path(), "x", 0, b"");
        sink.push("some text");
        drop(sink);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_folder_that_cannot_hold_the_file_means_memory() {
        let dir = tempfile::tempdir().unwrap();
        let blocked = dir.path().join("file");
        std::fs::write(&blocked, b"not a folder").unwrap();
        let mut sink = TextSink::file_in(&blocked, "x", 0, b"");
        assert!(matches!(sink, TextSink::Memory(_)));
        sink.push("kept");
        let (text, kept) = sink.finish().unwrap();
        assert_eq!(&*text, "kept");
        assert!(kept.is_none());
    }
}
