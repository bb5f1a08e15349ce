//! "After saying the plan had failed, she left": a participle after a word that opens an
//! adverbial ("After saying …", "While telling …") has the subject of the main clause,
//! which follows its content, not the opening word.

use super::{Words, CUE};
use crate::model::Span;

/// Words that open such an adverbial.
const OPENERS: &[&str] = &["after", "before", "while", "since", "upon", "when"];

impl Words<'_> {
    /// For the participle cue at `v` right after an opener at the sentence start `a`: the
    /// main clause's subject (the phrase after the content, which ends at a comma) and the
    /// content.
    pub(super) fn adverbial_participle(
        &self,
        a: usize,
        v: usize,
        b: usize,
        tell: bool,
    ) -> Option<(Span, Span)> {
        if v != a + 1 || !self.ends_with(v, "ing") {
            return None;
        }
        if !self.is_word(a, OPENERS) {
            return None;
        }
        let content = self.content_after(v + 1, b, tell)?;
        // The content ends at the first comma outside quotation marks or closing one.
        let s = (v + 2..b).find(|&i| {
            self.toks[i].start <= content.end as usize
                && !self.quoted(i)
                && self.gap(i).contains(',')
        })?;
        if self.is(s, CUE) {
            return None;
        }
        let content = Span::new(content.start as usize, self.toks[s - 1].end);
        Some((self.span(s, self.phrase_end(s, b)), content))
    }
}
