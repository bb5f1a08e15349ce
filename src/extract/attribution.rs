//! Attribution: who said each quotation, and what kind of quotation it is.

use super::actors::ArticleActors;
use super::quotes::QuoteSpan;
use super::{LocalQuote, LocalSpeaker};
use crate::model::{Paragraph, QuoteKind};

/// Gives every quote a speaker (an entity, an unnamed description, or none) and a kind.
pub fn attribute(
    _body: &str,
    _paragraphs: &[Paragraph],
    quotes: &[QuoteSpan],
    _actors: &ArticleActors,
) -> Vec<LocalQuote> {
    quotes
        .iter()
        .map(|q| LocalQuote {
            span: q.text,
            kind: QuoteKind::Scare,
            speaker: LocalSpeaker::None,
            paragraph: q.paragraph,
        })
        .collect()
}
