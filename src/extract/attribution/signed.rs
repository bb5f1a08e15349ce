//! A quote standing as a paragraph of its own and signed by the next paragraph, a dash
//! and a name (`“We will appeal.”` / `- Ann Lee, the mayor.`): the words of whoever the
//! signature names, whatever the paragraphs around it say.

use super::subject::{resolve, Scope};
use crate::extract::quotes::QuoteSpan;
use crate::extract::{span, LocalSpeaker};
use crate::model::Paragraph;

/// The most words a signature's name runs to: a few words, not a sentence.
const MAX_SIGNATURE_WORDS: usize = 5;

/// The speaker the dash line after the quote's paragraph names, when the quote is that
/// whole paragraph.
pub(super) fn dash_line(
    body: &str,
    paragraphs: &[Paragraph],
    actors: &Scope,
    q: &QuoteSpan,
) -> Option<LocalSpeaker> {
    let para = paragraphs.get(q.paragraph as usize)?;
    // The cheap test first: the next paragraph opens with a dash.
    let next = paragraphs.get(q.paragraph as usize + 1)?;
    let line = span::slice(body, next.span.start as usize, next.span.end as usize);
    let signature = line.strip_prefix(['-', '–', '—'])?;
    let (open, close) = (q.outer.start as usize, q.outer.end as usize);
    // Nothing but spaces and full stops between `from` and `to`.
    let blank = |from: usize, to: usize| {
        span::slice(body, from, to)
            .trim_matches(|c: char| c.is_whitespace() || c == '.')
            .is_empty()
    };
    if !blank(para.span.start as usize, open) || !blank(close, para.span.end as usize) {
        return None;
    }
    let trimmed = signature.trim_start();
    if !trimmed.chars().next()?.is_uppercase() {
        return None;
    }
    // The name runs to the first comma or bracket (`- Ann Lee, the mayor.`), else to the
    // line's end.
    let end = trimmed
        .find([',', '(', ';', ':'])
        .unwrap_or(trimmed.trim_end_matches('.').len());
    if trimmed[..end]
        .split_whitespace()
        .nth(MAX_SIGNATURE_WORDS)
        .is_some()
    {
        return None;
    }
    let start = next.span.start as usize + (line.len() - trimmed.len());
    resolve(body, actors, (start, start + end), start)
}
