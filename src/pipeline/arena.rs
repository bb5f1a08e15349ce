//! The corpus under construction, as documents arrive in corpus order: bodies appended to
//! one text, quotes made into their corpus records at once (numbered, sorted within their
//! article), entities into the table of the merge, and — when postings will be wanted —
//! the words of each quote gathered for them while its body is still at hand.

use super::{Processed, TextSink};
use crate::extract::actors::EntityTable;
use crate::extract::LocalSpeaker;
use crate::model::{Article, Corpus, Cue, Quote, Speaker};
use crate::search::Gathered;
use rayon::prelude::*;

use super::text_sink::KeptText;

/// Bodies are appended to one text as documents arrive (each document's own copy freed at
/// once); quotes are kept as the corpus will hold them, except that a named speaker is
/// still its article's entity (`Speaker::Actor` holding the entity's index in its article)
/// until [`Arena::assemble`] puts the merged actor there.
pub(super) struct Arena {
    text: TextSink,
    articles: Vec<Article>,
    quotes: Vec<Quote>,
    entities: EntityTable,
    /// The words of the quotes so far, for the search postings (when they will be wanted).
    words: Option<Gathered>,
}

/// Room made for one quote per this many bytes of files: the generated news corpus holds
/// one per about 140 bytes, real news fewer.
const BYTES_PER_QUOTE: u64 = 96;

/// At most this many quotes' room made at once (48 bytes each).
const MAX_QUOTES_AHEAD: u64 = 1 << 25;

impl Arena {
    /// An arena writing its text to `text`; with `gather`, the quotes' words are gathered
    /// for the search postings as they arrive ([`Arena::take_words`]).
    pub(super) fn new(text: TextSink, gather: bool) -> Arena {
        Arena {
            text,
            articles: Vec::new(),
            quotes: Vec::new(),
            entities: EntityTable::default(),
            words: gather.then(Gathered::default),
        }
    }

    /// Makes room at once for `articles` articles and `quotes` quotes. Growing by doubling
    /// copies every record into memory never touched before (the hypervisor makes first
    /// touches dear) and holds both copies meanwhile; room left unused is address space
    /// only. No room is no error: the vectors grow as before.
    pub(super) fn reserve(&mut self, articles: usize, quotes: usize) {
        let _ = self.articles.try_reserve_exact(articles);
        let _ = self.quotes.try_reserve_exact(quotes);
    }

    /// [`Arena::reserve`] for what `files` files of `bytes` bytes in all likely hold.
    pub(super) fn reserve_for(&mut self, files: usize, bytes: u64) {
        let quotes = (bytes / BYTES_PER_QUOTE).min(MAX_QUOTES_AHEAD);
        self.reserve(files, quotes as usize);
    }

    pub(super) fn push(&mut self, p: Processed, content_hash: u64) {
        let start = self.text.len();
        self.text.push(&p.doc.body);
        self.entities.push(&p.extraction);
        let index = self.articles.len() as u32;
        let first = self.quotes.len();
        self.quotes
            .extend(p.extraction.quotes.into_iter().map(|q| Quote {
                article: index,
                span: q.span,
                kind: q.kind,
                speaker: match q.speaker {
                    LocalSpeaker::None => Speaker::None,
                    // The article's entity, until the merge says which actor it is.
                    LocalSpeaker::Entity(e) => Speaker::Actor(e),
                    LocalSpeaker::Unnamed(d) => Speaker::Unnamed(d),
                },
                paragraph: q.paragraph,
                cue: Cue::new(q.cue),
            }));
        let quotes = &mut self.quotes[first..];
        quotes.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
        if let Some(words) = &mut self.words {
            for q in quotes.iter() {
                words.add(p.doc.body.get(q.span.range()).unwrap_or_default());
            }
        }
        let analysis = p.analysis;
        self.articles.push(Article {
            id: p.doc.id,
            path: p.doc.path,
            record: p.doc.record,
            text: start..self.text.len(),
            title: analysis.title,
            meta: analysis.meta,
            paragraphs: analysis.paragraphs,
            words: analysis.words,
            quotes: first as u32..self.quotes.len() as u32,
            content_hash,
        });
    }

    /// The words gathered for the postings, if asked for (see [`Gathered::finish`]).
    pub(super) fn take_words(&mut self) -> Option<Gathered> {
        self.words.take()
    }

    /// Merges actors across articles and puts each named speaker's actor in its quotes;
    /// `Err` when the text could not be kept in its file.
    pub(super) fn assemble(self) -> std::io::Result<(Corpus, Option<KeptText>)> {
        let (text, kept) = self.text.finish()?;
        let mut merged = self.entities.merge();
        drop(self.entities);
        let mut quotes = self.quotes;
        quotes.par_iter_mut().for_each(|q| {
            if let Speaker::Actor(entity) = q.speaker {
                q.speaker = merged
                    .id(q.article as usize, entity as usize)
                    .map_or(Speaker::None, Speaker::Actor);
            }
        });
        Ok((
            Corpus {
                text,
                articles: self.articles,
                quotes,
                actors: std::mem::take(&mut merged.actors),
            },
            kept,
        ))
    }
}
