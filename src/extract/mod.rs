//! Extraction: quotations, their speakers, and the actors (people, organisations, places)
//! of each article; then actors merged across the corpus.

use crate::model::{Actor, ActorType, Paragraph, QuoteKind, Span};
use serde::{Deserialize, Serialize};

pub mod actors;
pub mod attribution;
pub mod clauses;
pub mod lexicon;
pub mod memo;
pub mod quotes;
pub mod span;
pub mod tokens;

/// What extraction finds in one article, with speakers local to it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleExtraction {
    pub quotes: Vec<LocalQuote>,
    pub entities: Vec<LocalEntity>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalQuote {
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: LocalSpeaker,
    pub paragraph: u32,
    /// Byte range in the body of the cue words ("said", "told reporters", "according to").
    #[serde(default)]
    pub cue: Option<Span>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum LocalSpeaker {
    None,
    /// Index into `ArticleExtraction::entities`.
    Entity(u32),
    /// An unnamed speaker kept by its description ("one source").
    Unnamed(String),
}

/// An actor as one article names it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalEntity {
    /// The fullest name in the article.
    pub name: String,
    pub kind: ActorType,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
    pub mentions: u32,
    /// Named only by a bare word nothing marks as a person (a surname in a headline): kept
    /// only if the corpus names someone of that surname in full.
    #[serde(default)]
    pub weak: bool,
}

/// Actors merged across the corpus, and where each article's entities went.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MergedActors {
    pub actors: Vec<Actor>,
    /// The corpus actor of every local entity, articles back to back (none for a weak
    /// entity that matched nobody); see [`MergedActors::id`].
    pub ids: Vec<Option<u32>>,
    /// Where each article's entities start in `ids` (one more entry than articles).
    pub starts: Vec<u32>,
}

impl MergedActors {
    /// The corpus actor of entity `entity` of article `article`.
    pub fn id(&self, article: usize, entity: usize) -> Option<u32> {
        let start = *self.starts.get(article)? as usize;
        let end = *self.starts.get(article + 1)? as usize;
        self.ids.get(start..end)?.get(entity).copied().flatten()
    }
}

/// Finds the quotes and actors of one article body.
pub fn extract_article(body: &str, paragraphs: &[Paragraph]) -> ArticleExtraction {
    let spans = quotes::find(body, paragraphs);
    let found = actors::find(body, paragraphs, &spans);
    let mut quotes = attribution::attribute(body, paragraphs, &spans, &found);
    let mut entities = found.entities;
    // Works, products and events are named, never speakers.
    for q in &mut quotes {
        if let LocalSpeaker::Entity(e) = q.speaker {
            if entities.get(e as usize).is_some_and(|e| !e.kind.is_agent()) {
                q.speaker = LocalSpeaker::None;
            }
        }
    }
    // Someone quoted is someone, however barely named.
    for q in &quotes {
        if let LocalSpeaker::Entity(e) = q.speaker {
            if let Some(entity) = entities.get_mut(e as usize) {
                entity.weak = false;
            }
        }
    }
    ArticleExtraction { quotes, entities }
}

/// Merges the articles' entities into corpus actors; fills mentions, quotes and articles.
pub fn merge_actors(articles: &[ArticleExtraction]) -> MergedActors {
    let refs: Vec<&ArticleExtraction> = articles.iter().collect();
    merge_actors_ref(&refs)
}

/// As [`merge_actors`], over borrowed extractions.
pub fn merge_actors_ref(articles: &[&ArticleExtraction]) -> MergedActors {
    actors::merge(articles)
}

/// One paragraph per non-blank line: enough structure for unit tests of the stages.
#[cfg(test)]
pub(crate) fn test_paragraphs(body: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = offset + (line.len() - line.trim_start().len());
            out.push(Paragraph {
                span: Span::new(start, start + trimmed.len()),
                boilerplate: false,
            });
        }
        offset += line.len();
    }
    out
}
