//! Corpora for unit tests that need reported speech, which the extraction rules do not
//! find yet: made by hand on top of what the rules find.

use crate::extract::{self, LocalQuote};
use crate::model::{Corpus, Document, QuoteKind, Span};

/// One article `a.txt` of `body`: the quotes the rules find (their indirect ones left out)
/// and, by hand, the reported speech `reported` (its first occurrence) attributed to the
/// speaker of the first quote, its cue the last `cue` before it.
pub(crate) fn with_reported(body: &str, reported: &str, cue: &str) -> Corpus {
    super::build_with(vec![Document::plain("a.txt", body)], |b, analysis| {
        let mut x = extract::extract_article(b, &analysis.paragraphs);
        x.quotes.retain(|q| q.kind != QuoteKind::Indirect);
        let start = b.find(reported).expect("the reported words");
        let cue_at = b[..start].rfind(cue).expect("the cue before them");
        let span = Span::new(start, start + reported.len());
        let paragraph = analysis
            .paragraphs
            .iter()
            .position(|p| p.span.contains(span));
        x.quotes.push(LocalQuote {
            span,
            kind: QuoteKind::Indirect,
            speaker: x.quotes[0].speaker.clone(),
            paragraph: paragraph.expect("inside a paragraph") as u32,
            cue: Some(Span::new(cue_at, cue_at + cue.len())),
        });
        x
    })
}
