//! Writing a snapshot: the text (unless the load already wrote it), then the header, the
//! sections encoded in parallel a few at a time, the posting arrays and the contents.

use super::{
    header, invalid, Contents, Section, ARTICLES_PER_SECTION, MAGIC, QUOTES_PER_SECTION,
    TEXT_PREFIX,
};
use crate::cache::{finish_cache_file, write_cache_file};
use crate::corpus::Warning;
use crate::model::{Actor, Article, Corpus, Quote};
use crate::pipeline::KeptText;
use crate::search::Postings;
use rayon::prelude::*;
use serde::Serialize;
use std::io::{self, Seek, Write};
use std::path::Path;

/// Bytes of text written between releases of its pages.
const TEXT_PIECE: usize = 8 << 20;

/// Writes the snapshot of `corpus` (and `postings`, when given) atomically. With `written`,
/// the file the load already wrote [`TEXT_PREFIX`] and the corpus text to (under its
/// temporary name), the snapshot is finished in it and renamed into place.
pub fn store(
    path: &Path,
    fingerprint: u64,
    corpus: &Corpus,
    warnings: &[Warning],
    postings: Option<&Postings>,
    written: Option<KeptText>,
) -> io::Result<()> {
    let empty = Postings::default();
    let p = postings.unwrap_or(&empty);
    let mut parts: Vec<Part> = Vec::new();
    parts.extend(
        corpus
            .articles
            .chunks(ARTICLES_PER_SECTION)
            .map(Part::Articles),
    );
    parts.extend(corpus.quotes.chunks(QUOTES_PER_SECTION).map(Part::Quotes));
    parts.push(Part::Actors(&corpus.actors));
    parts.push(Part::Vocab(&p.vocab));
    let text_len = corpus.text.len() as u64;
    let rest = |w: &mut std::io::BufWriter<std::fs::File>| {
        write_after_text(w, fingerprint, corpus, warnings, p, &parts)
    };
    if let Some(written) = written {
        // The file must hold exactly the prefix and this text, and its cursor be after it
        // (on any failure here, `written` is dropped and removes the file).
        let mut file = written.file();
        let at = file.stream_position()?;
        if at != (TEXT_PREFIX.len() as u64 + text_len) || file.metadata()?.len() != at {
            return Err(invalid("the text file is not the corpus text"));
        }
        let (file, tmp) = written.into_parts();
        return finish_cache_file(path, tmp, file, rest);
    }
    write_cache_file(path, |w| {
        w.write_all(MAGIC)?;
        // In pieces, each let go once written: a mapped text is not all held at once.
        for (i, piece) in corpus.text.as_bytes().chunks(TEXT_PIECE).enumerate() {
            w.write_all(piece)?;
            corpus
                .text
                .release(i * TEXT_PIECE..i * TEXT_PIECE + piece.len());
        }
        rest(w)
    })
}

/// Everything after the text: the header, the sections of `parts` (encoded in parallel a
/// few at a time), the posting arrays of `p`, the contents and the two lengths.
fn write_after_text(
    w: &mut std::io::BufWriter<std::fs::File>,
    fingerprint: u64,
    corpus: &Corpus,
    warnings: &[Warning],
    p: &Postings,
    parts: &[Part],
) -> io::Result<()> {
    let text_len = corpus.text.len() as u64;
    write_framed(w, &header(fingerprint))?;
    // Encoded in parallel a few sections at a time, each batch written and let go
    // before the next is encoded.
    let mut sections = Vec::with_capacity(parts.len());
    for batch in parts.chunks(2 * rayon::current_num_threads()) {
        let encoded: Vec<(Section, Vec<u8>)> = batch
            .par_iter()
            .map(Part::encode)
            .collect::<io::Result<_>>()?;
        for (section, bytes) in encoded {
            w.write_all(&bytes)?;
            sections.push((section, bytes.len() as u64));
        }
    }
    write_u64s(w, &p.text.offsets)?;
    write_u32s(w, &p.text.ids)?;
    write_u64s(w, &p.speaker.offsets)?;
    write_u32s(w, &p.speaker.ids)?;
    let contents = Contents {
        warnings: warnings
            .iter()
            .map(|w| (w.path.clone(), w.line, w.message.clone()))
            .collect(),
        sections,
        counts: [corpus.articles.len() as u64, corpus.quotes.len() as u64],
        postings: [
            p.text.offsets.len() as u64,
            p.text.ids.len() as u64,
            p.speaker.offsets.len() as u64,
            p.speaker.ids.len() as u64,
        ],
    };
    let bytes = bincode::serde::encode_to_vec(&contents, bincode::config::standard())
        .map_err(io::Error::other)?;
    w.write_all(&bytes)?;
    w.write_all(&(bytes.len() as u64).to_le_bytes())?;
    w.write_all(&text_len.to_le_bytes())
}

/// A section to write, borrowed from the corpus.
enum Part<'a> {
    Articles(&'a [Article]),
    Quotes(&'a [Quote]),
    Actors(&'a [Actor]),
    Vocab(&'a [String]),
}

impl Part<'_> {
    fn encode(&self) -> io::Result<(Section, Vec<u8>)> {
        fn en<T: Serialize>(value: &T) -> io::Result<Vec<u8>> {
            bincode::serde::encode_to_vec(value, bincode::config::standard())
                .map_err(io::Error::other)
        }
        Ok(match self {
            Part::Articles(a) => (Section::Articles, en(a)?),
            Part::Quotes(q) => (Section::Quotes, en(q)?),
            Part::Actors(a) => (Section::Actors, en(a)?),
            Part::Vocab(v) => (Section::Vocab, en(v)?),
        })
    }
}

fn write_framed(w: &mut impl Write, value: &impl Serialize) -> io::Result<()> {
    let bytes = bincode::serde::encode_to_vec(value, bincode::config::standard())
        .map_err(io::Error::other)?;
    w.write_all(&(bytes.len() as u64).to_le_bytes())?;
    w.write_all(&bytes)
}

fn write_u64s(w: &mut impl Write, values: &[u64]) -> io::Result<()> {
    for chunk in values.chunks(8192) {
        let bytes: Vec<u8> = chunk.iter().flat_map(|v| v.to_le_bytes()).collect();
        w.write_all(&bytes)?;
    }
    Ok(())
}

fn write_u32s(w: &mut impl Write, values: &[u32]) -> io::Result<()> {
    for chunk in values.chunks(16384) {
        let bytes: Vec<u8> = chunk.iter().flat_map(|v| v.to_le_bytes()).collect();
        w.write_all(&bytes)?;
    }
    Ok(())
}
