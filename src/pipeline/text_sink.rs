//! Where the corpus text goes while files are read: memory, or — when a snapshot is to be
//! written — a file in the cache folder, mapped back when the load is done. The text is
//! then page cache rather than this process's memory, and pages are let go after each
//! pass over them, so a first load's peak is its analysis, not its text.

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
    len: usize,
    error: Option<std::io::Error>,
}

impl TextSink {
    pub fn memory(capacity: usize) -> TextSink {
        TextSink::Memory(String::with_capacity(capacity))
    }

    /// A sink writing to a new temporary file `.NAME.PID.tmp` in `dir` (temporaries that
    /// dead processes left under that name are removed first); memory where files cannot
    /// be mapped and then unlinked, or the file cannot be made.
    pub fn file_in(dir: &Path, name: &str, capacity: usize) -> TextSink {
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
            Ok(file) => TextSink::File(FileSink {
                path,
                file: Some(file),
                buffer: Vec::with_capacity(CHUNK),
                len: 0,
                error: None,
            }),
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

    /// The whole text. `Err` when the file could not be written or mapped back: the
    /// caller reads the corpus again into memory.
    pub fn finish(self) -> std::io::Result<Text> {
        match self {
            TextSink::Memory(text) => Ok(text.into()),
            TextSink::File(f) => f.finish(),
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

    fn finish(mut self) -> std::io::Result<Text> {
        self.flush();
        if let Some(e) = self.error.take() {
            return Err(e);
        }
        let file = self.file.take().expect("finished once");
        // SAFETY: the file was made by this process (create_new) and is unlinked right
        // after mapping, so nothing can write it while it is mapped; `Text::mapped`
        // checks it is UTF-8 before anything reads it as text.
        let map = unsafe { memmap2::Mmap::map(&file)? };
        let _ = std::fs::remove_file(&self.path);
        if map.len() != self.len {
            return Err(std::io::Error::other(
                "the text file is not the length written",
            ));
        }
        Text::mapped(std::sync::Arc::new(map), 0..self.len)
            .ok_or_else(|| std::io::Error::other("the text file is not the text written"))
    }
}

impl Drop for FileSink {
    fn drop(&mut self) {
        // Unfinished (or finished: then already gone), the file is removed.
        let _ = std::fs::remove_file(&self.path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_written_to_the_file_comes_back_mapped_and_the_file_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let mut sink = TextSink::file_in(dir.path(), "snapshot-1.bin.text", 0);
        assert!(matches!(sink, TextSink::File(_)) || !cfg!(unix));
        let piece = "Body “with” quotes — é.\n".repeat(30_000); // over one CHUNK
        let mut expected = String::new();
        for i in 0..5 {
            let s = format!("{i}:{}", &piece[..piece.len() / (i + 1)]);
            sink.push(&s);
            expected.push_str(&s);
        }
        assert_eq!(sink.len(), expected.len());
        let text = sink.finish().unwrap();
        assert_eq!(&*text, expected);
        let left: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert!(left.is_empty(), "{left:?}");
    }

    #[test]
    fn an_unfinished_sink_leaves_no_file() {
        let dir = tempfile::tempdir().unwrap();
        let mut sink = TextSink::file_in(dir.path(), "x", 0);
        sink.push("some text");
        drop(sink);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_folder_that_cannot_hold_the_file_means_memory() {
        let dir = tempfile::tempdir().unwrap();
        let blocked = dir.path().join("file");
        std::fs::write(&blocked, b"not a folder").unwrap();
        let mut sink = TextSink::file_in(&blocked, "x", 0);
        assert!(matches!(sink, TextSink::Memory(_)));
        sink.push("kept");
        assert_eq!(&*sink.finish().unwrap(), "kept");
    }
}
