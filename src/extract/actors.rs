//! Actors: finding people, organisations and places in an article (names, title and role
//! cues, organisation suffixes, acronyms, country gazetteer), clustering an article's
//! mentions into entities, and merging entities across the corpus.

use super::quotes::QuoteSpan;
use super::{ArticleExtraction, LocalEntity, MergedActors};
use crate::model::{Paragraph, Span};

/// One mention of an entity in the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub span: Span,
    /// Index into `ArticleActors::entities`.
    pub entity: u32,
    /// Inside a quotation (a name inside a quote is never a pronoun's antecedent).
    pub in_quote: bool,
}

/// The entities of one article and every mention of them, in text order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ArticleActors {
    pub entities: Vec<LocalEntity>,
    pub mentions: Vec<Mention>,
}

impl ArticleActors {
    /// The entity a name as written refers to ("Johnson", "President Trump", "the Guardian").
    pub fn resolve(&self, _surface: &str) -> Option<u32> {
        None
    }

    /// The mention covering byte `offset`, if any.
    pub fn mention_at(&self, offset: usize) -> Option<&Mention> {
        self.mentions
            .iter()
            .find(|m| m.span.start as usize <= offset && offset < m.span.end as usize)
    }
}

/// Finds the actors of one article.
pub fn find(_body: &str, _paragraphs: &[Paragraph], _quotes: &[QuoteSpan]) -> ArticleActors {
    ArticleActors::default()
}

/// Merges the articles' entities into corpus actors ("Johnson" → "Boris Johnson"), filling
/// mentions, quotes (from each article's attributed quotes) and articles.
pub fn merge(articles: &[&ArticleExtraction]) -> MergedActors {
    MergedActors {
        actors: Vec::new(),
        ids: articles.iter().map(|_| Vec::new()).collect(),
    }
}
