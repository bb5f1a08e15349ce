//! The corpus snapshot: the whole assembled corpus and its search postings in one file,
//! kept beside the index cache and used when no file under the PATH arguments has changed
//! since it was written. Reopening then costs one walk of the folders and one sequential
//! read, with no per-file records, no actor merging and no index build.
//!
//! Layout: a magic; the text arena; a bincode header (format, version, fingerprint),
//! length-prefixed; the bincode sections (chunks of articles and quotes, the actors, the
//! vocabulary); the posting arrays as raw little-endian bytes, read straight into their
//! vectors; the bincode contents (warnings, the sections' lengths, counts) followed by
//! their length; last, the text's length. The text comes first so that a first load can
//! write it straight into the snapshot's file-to-be as it reads the files
//! ([`TEXT_PREFIX`]), and the snapshot is finished by appending: the text is written once.
//! The contents come after the sections so that each section is written as soon as it is
//! encoded, never all held at once. Everything is checked before use: a damaged snapshot
//! is an error, never a panic.

mod check;
mod heads;
mod store;
pub use store::store;

use crate::corpus::{FileEntry, Warning};
use crate::model::{Actor, Article, Corpus, Quote, Text};
use crate::search::{Lists, Postings};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::hash::{Hash, Hasher};
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::UNIX_EPOCH;

const MAGIC: &[u8; 8] = b"HSNAP\0\0\x02";
/// Bumped whenever the layout or the stored types change.
const FORMAT: u32 = 6;

/// What a snapshot file starts with, before its text.
pub const TEXT_PREFIX: &[u8] = MAGIC;

#[derive(Serialize, Deserialize, PartialEq, Eq)]
struct Header {
    format: u32,
    version: String,
    fingerprint: u64,
}

/// What the snapshot ends with: the warnings, the sizes of everything between the header
/// and them, and the list of bincode sections (chunks of articles and quotes, the actors,
/// the vocabulary), which are decoded in parallel.
#[derive(Serialize, Deserialize)]
struct Contents {
    warnings: Vec<(PathBuf, Option<usize>, String)>,
    sections: Vec<(Section, u64)>,
    /// Articles and quotes in all.
    counts: [u64; 2],
    /// Lengths of the four posting arrays (0 when the snapshot has no postings).
    postings: [u64; 4],
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
enum Section {
    Articles,
    Quotes,
    Actors,
    Vocab,
}

enum Decoded {
    Articles(Vec<Article>),
    Quotes(Vec<Quote>),
    Actors(Vec<Actor>),
    Vocab(Vec<String>),
}

const ARTICLES_PER_SECTION: usize = 2048;
const QUOTES_PER_SECTION: usize = 16384;

/// A corpus read back from a snapshot.
pub struct Snapshot {
    pub corpus: Corpus,
    /// Warnings met reading the files when the snapshot was made (shown again, as a fresh
    /// read would).
    pub warnings: Vec<Warning>,
    /// `None` when not asked for.
    pub postings: Option<Postings>,
}

/// What a reader of a snapshot needs besides the corpus.
#[derive(Clone, Copy, Debug)]
pub struct Wants {
    /// The search postings.
    pub postings: bool,
    /// Each article's paragraphs and all its metadata. Without them (left empty) an
    /// article is its id, path, ranges, title, date and outlet: all that listing quotes or
    /// searching reads.
    pub article_details: bool,
}

/// Where the snapshot for `roots` lives in the cache folder `dir`.
pub fn path(dir: &Path, roots: &[PathBuf]) -> PathBuf {
    path_ids(dir, roots, false)
}

/// [`path`] for a corpus whose file arguments are identified by their paths as given
/// (`corpus::discover_ids`): those spellings are part of the key, since the ids are.
pub fn path_ids(dir: &Path, roots: &[PathBuf], as_given: bool) -> PathBuf {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for r in roots {
        std::fs::canonicalize(r)
            .unwrap_or_else(|_| r.clone())
            .hash(&mut h);
        if as_given {
            r.hash(&mut h);
        }
    }
    dir.join(format!("snapshot-{:016x}.bin", h.finish()))
}

/// What the snapshot must match: every file's path, size and modification time, in order.
/// `None` when some file has no modification time (it could change unseen).
pub fn fingerprint(files: &[FileEntry]) -> Option<u64> {
    // Each file hashed on its own, in parallel, then the list of hashes: this runs on
    // every reopen, for every file, before anything can be shown.
    let each: Vec<u64> = files
        .par_iter()
        .with_min_len(4096)
        .map(|f| {
            let nanos = f
                .modified
                .and_then(|m| m.duration_since(UNIX_EPOCH).ok())?
                .as_nanos();
            let mut h = std::collections::hash_map::DefaultHasher::new();
            // Raw bytes, not `Path::hash`, which splits the path into components first.
            h.write(f.path.as_os_str().as_encoded_bytes());
            h.write_u8(0);
            h.write(f.id.as_bytes());
            h.write_u8(0);
            h.write_u64(f.size);
            h.write_u128(nanos);
            Some(h.finish())
        })
        .collect::<Option<_>>()?;
    let mut h = std::collections::hash_map::DefaultHasher::new();
    each.hash(&mut h);
    Some(h.finish())
}

fn header(fingerprint: u64) -> Header {
    Header {
        format: FORMAT,
        version: crate::cache::version(),
        fingerprint,
    }
}

fn invalid(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, what.to_string())
}

fn read_u64(r: &mut impl Read) -> io::Result<u64> {
    let mut b = [0u8; 8];
    r.read_exact(&mut b)?;
    Ok(u64::from_le_bytes(b))
}

fn read_framed<T: serde::de::DeserializeOwned>(r: &mut &[u8], limit: u64) -> io::Result<T> {
    let len = read_u64(r)?;
    if len > limit || len > r.len() as u64 {
        return Err(invalid("section longer than the file"));
    }
    let (bytes, rest) = r.split_at(len as usize);
    *r = rest;
    bincode::serde::decode_from_slice(bytes, bincode::config::standard())
        .map(|(v, _)| v)
        .map_err(|e| invalid(&e.to_string()))
}

/// Reads `n` little-endian values of `N` bytes each.
fn read_array<const N: usize, T>(
    r: &mut &[u8],
    n: u64,
    limit: u64,
    decode: impl Fn([u8; N]) -> T,
) -> io::Result<Vec<T>> {
    let bytes = n.saturating_mul(N as u64);
    if bytes > limit || bytes > r.len() as u64 {
        return Err(invalid("array longer than the file"));
    }
    let (mine, rest) = r.split_at(bytes as usize);
    *r = rest;
    Ok(mine
        .chunks_exact(N)
        .map(|c| decode(c.try_into().expect("chunks of N")))
        .collect())
}

/// Reads the snapshot at `path` if it was made by this hearsay for files matching
/// `fingerprint`: `Ok(None)` when there is none or it is out of date, `Err` when it is
/// damaged. Postings and article details are read only when `wants` them (listing
/// commands skip the postings; listing quotes and searching skip the details).
///
/// The file is memory-mapped: the text arena stays in the page cache, shared, and is
/// never copied.
pub fn load(path: &Path, fingerprint: u64, wants: Wants) -> io::Result<Option<Snapshot>> {
    Ok(load_any(path, wants)?
        .filter(|(fp, _)| *fp == fingerprint)
        .map(|(_, s)| s))
}

/// As [`load`], whatever files the snapshot was made from: returns their fingerprint with
/// it, for the caller to compare once it has walked the folders (the two run side by side).
pub fn load_any(path: &Path, wants: Wants) -> io::Result<Option<(u64, Snapshot)>> {
    let Some(map) = open_map(path)? else {
        return Ok(None);
    };
    let limit = map.len() as u64;
    let (text_range, mut r) = text_range(&map)?;
    let head: Header = read_framed(&mut r, limit)?;
    if head != header(head.fingerprint) {
        return Ok(None);
    }
    let (front, contents) = contents_of(r)?;
    r = front;
    let sections = split_sections(&mut r, &contents)?;
    // The sections decode in parallel with each other and with the text's UTF-8 check.
    let (decoded, text) = rayon::join(
        || {
            sections
                .into_par_iter()
                .map(|(section, bytes)| decode(section, bytes, wants.article_details))
                .collect::<io::Result<Vec<Decoded>>>()
        },
        || Text::mapped(map.clone(), text_range),
    );
    let text = text.ok_or_else(|| invalid("text is not UTF-8"))?;
    let (corpus, vocab) = assemble(text, decoded?, &contents);
    check::corpus(&corpus, wants.article_details)?;
    let postings = if wants.postings {
        read_postings(&mut r, limit, contents.postings, vocab, corpus.quotes.len())?
    } else {
        None
    };
    let warnings = contents
        .warnings
        .into_iter()
        .map(|(path, line, message)| Warning {
            path,
            line,
            message,
        })
        .collect();
    Ok(Some((
        head.fingerprint,
        Snapshot {
            corpus,
            warnings,
            postings,
        },
    )))
}

/// The snapshot file at `path` mapped into memory (`None` when there is none), checked to
/// be one by its magic.
fn open_map(path: &Path) -> io::Result<Option<Arc<memmap2::Mmap>>> {
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    // SAFETY: the map is read-only; hearsay replaces snapshots by rename, never in place,
    // and everything read through the map is checked before use.
    let map = Arc::new(unsafe { memmap2::MmapOptions::new().map(&file)? });
    if map.len() < MAGIC.len() + 8 || &map[..MAGIC.len()] != MAGIC {
        return Err(invalid("not a hearsay snapshot"));
    }
    Ok(Some(map))
}

/// Where the text lies in the file, and the bytes from its end to the text's length (the
/// last 8 bytes) left out.
fn text_range(map: &[u8]) -> io::Result<(std::ops::Range<usize>, &[u8])> {
    // The text's length is last; the text is first, after the magic.
    let (body, len) = map[MAGIC.len()..].split_at(map.len() - MAGIC.len() - 8);
    let text_len = u64::from_le_bytes(len.try_into().expect("8 bytes"));
    if text_len > body.len() as u64 {
        return Err(invalid("text longer than the file"));
    }
    let range = MAGIC.len()..MAGIC.len() + text_len as usize;
    Ok((range, &body[text_len as usize..]))
}

/// The corpus from its text and decoded sections, and the vocabulary.
fn assemble(text: Text, decoded: Vec<Decoded>, contents: &Contents) -> (Corpus, Vec<String>) {
    let mut corpus = Corpus {
        text,
        articles: Vec::with_capacity(contents.counts[0] as usize),
        quotes: Vec::with_capacity(contents.counts[1] as usize),
        actors: Vec::new(),
    };
    let mut vocab = Vec::new();
    for d in decoded {
        match d {
            Decoded::Articles(a) => corpus.articles.extend(a),
            Decoded::Quotes(q) => corpus.quotes.extend(q),
            Decoded::Actors(a) => corpus.actors = a,
            Decoded::Vocab(v) => vocab = v,
        }
    }
    (corpus, vocab)
}

/// The contents at the end of `r` (their length after them), and what comes before them.
fn contents_of(r: &[u8]) -> io::Result<(&[u8], Contents)> {
    let (front, len) = r
        .split_at_checked(r.len().wrapping_sub(8))
        .ok_or_else(|| invalid("no contents"))?;
    let len = u64::from_le_bytes(len.try_into().expect("8 bytes"));
    let (front, contents) = front
        .split_at_checked(front.len().wrapping_sub(len as usize))
        .filter(|_| len <= front.len() as u64)
        .ok_or_else(|| invalid("contents longer than the file"))?;
    let contents: Contents =
        bincode::serde::decode_from_slice(contents, bincode::config::standard())
            .map(|(v, _)| v)
            .map_err(|e| invalid(&e.to_string()))?;
    Ok((front, contents))
}

/// The bytes of each section the contents list, taken from the front of `r`.
fn split_sections<'a>(
    r: &mut &'a [u8],
    contents: &Contents,
) -> io::Result<Vec<(Section, &'a [u8])>> {
    let mut sections = Vec::with_capacity(contents.sections.len());
    for &(section, len) in &contents.sections {
        if len > r.len() as u64 {
            return Err(invalid("section longer than the file"));
        }
        let (bytes, rest) = r.split_at(len as usize);
        sections.push((section, bytes));
        *r = rest;
    }
    Ok(sections)
}

/// The four posting arrays of `lengths` at the front of `r`, with `vocab`: `None` when the
/// snapshot was written without them, an error when they do not fit `quotes` quotes.
fn read_postings(
    r: &mut &[u8],
    limit: u64,
    lengths: [u64; 4],
    vocab: Vec<String>,
    quotes: usize,
) -> io::Result<Option<Postings>> {
    let [to, ti, so, si] = lengths;
    let postings = Postings {
        vocab,
        text: Lists {
            offsets: read_array(r, to, limit, u64::from_le_bytes)?,
            ids: read_array(r, ti, limit, u32::from_le_bytes)?,
        },
        speaker: Lists {
            offsets: read_array(r, so, limit, u64::from_le_bytes)?,
            ids: read_array(r, si, limit, u32::from_le_bytes)?,
        },
    };
    // A snapshot written without postings has empty arrays: build them instead.
    if postings.text.offsets.is_empty() {
        Ok(None)
    } else if postings.is_valid(quotes) {
        Ok(Some(postings))
    } else {
        Err(invalid("damaged search postings"))
    }
}

fn decode(section: Section, bytes: &[u8], article_details: bool) -> io::Result<Decoded> {
    fn de<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> io::Result<T> {
        bincode::serde::decode_from_slice(bytes, bincode::config::standard())
            .map(|(v, _)| v)
            .map_err(|e| invalid(&e.to_string()))
    }
    Ok(match section {
        Section::Articles if article_details => Decoded::Articles(de(bytes)?),
        Section::Articles => Decoded::Articles(
            de::<Vec<heads::ArticleHead>>(bytes)?
                .into_iter()
                .map(Article::from)
                .collect(),
        ),
        Section::Quotes => Decoded::Quotes(de(bytes)?),
        Section::Actors => Decoded::Actors(de(bytes)?),
        Section::Vocab => Decoded::Vocab(de(bytes)?),
    })
}

#[cfg(test)]
mod tests {
    use super::fingerprint;
    use crate::corpus::FileEntry;
    use std::time::{Duration, UNIX_EPOCH};

    fn entry(path: &str, id: &str, size: u64, secs: u64) -> FileEntry {
        FileEntry {
            path: path.into(),
            id: id.into(),
            size,
            modified: Some(UNIX_EPOCH + Duration::from_secs(secs)),
        }
    }

    /// Any change to a file's path, id, size or time, or to the list, changes the
    /// fingerprint (a reopen then reads the files instead of a stale snapshot).
    #[test]
    fn fingerprint_follows_every_field() {
        let base = vec![
            entry("c/a.txt", "a.txt", 10, 1),
            entry("c/b.txt", "b.txt", 20, 2),
        ];
        let fp = fingerprint(&base);
        assert_eq!(fp, fingerprint(&base.clone()));
        let changes: [fn(&mut Vec<FileEntry>); 6] = [
            |f| f[0].path = "d/a.txt".into(),
            |f| f[0].id = "x.txt".into(),
            |f| f[1].size = 21,
            |f| f[1].modified = Some(UNIX_EPOCH + Duration::from_nanos(2_000_000_001)),
            |f| f.swap(0, 1),
            |f| drop(f.pop()),
        ];
        for change in changes {
            let mut files = base.clone();
            change(&mut files);
            assert_ne!(fingerprint(&files), fp, "{files:?}");
        }
        // Path and id are kept apart: moving a byte from one to the other is a change.
        let moved = vec![entry("c/a.txta", ".txt", 10, 1), base[1].clone()];
        assert_ne!(fingerprint(&moved), fp);
        let mut unknown = base.clone();
        unknown[0].modified = None;
        assert_eq!(fingerprint(&unknown), None);
    }
}
