//! The words read around a quote: the sentence it stands in, cut at neighbouring quotes of
//! its paragraph, before and after it; a quote ending in a full stop reads no words after
//! it but a short attribution.

use super::Context;
use crate::extract::clauses;
use crate::extract::quotes::QuoteSpan;
use crate::extract::span;
use crate::extract::tokens::{tokenize_pooled, Token};
use crate::model::Paragraph;

/// Where a quote's sentence starts and the words before and after the quote (byte ranges).
pub(super) struct Window {
    pub(super) sentence_start: usize,
    /// Where the last quote before it in the paragraph that ends a clause ends (else the
    /// paragraph's start).
    pub(super) prev_end: usize,
    pub(super) before: (usize, usize),
    pub(super) after: (usize, usize),
}

impl Context<'_> {
    /// The window of quote `qi` in paragraph `para`, whose sentences start at `starts`.
    pub(super) fn window(
        &self,
        quotes: &[QuoteSpan],
        qi: usize,
        para: &Paragraph,
        starts: &[usize],
    ) -> Window {
        let body = self.body;
        let q = &quotes[qi];
        let (pstart, pend) = (para.span.start as usize, para.span.end as usize);
        let open = q.outer.start as usize;
        let close = q.outer.end as usize;
        // The sentence around the quote, cut at neighbouring quotes of the same paragraph.
        // A quoted term inside the sentence (`said Mr Brown's "golden rule" had "…"`) does not
        // cut it; a quote ending a clause does.
        let prev_end = quotes[..qi]
            .iter()
            .rev()
            .find(|p| {
                // The paragraph first: most quotes before this one are in other paragraphs,
                // and their words need not be read.
                if p.paragraph != q.paragraph || p.nested_in.is_some() {
                    return false;
                }
                let t = span::slice(body, p.text.start as usize, p.text.end as usize).trim_end();
                t.ends_with([',', '.', '!', '?', ';', ':']) || t.split_whitespace().nth(3).is_some()
            })
            .map_or(pstart, |p| p.outer.end as usize);
        let next_start = quotes[qi + 1..]
            .iter()
            .find(|n| n.paragraph == q.paragraph && n.outer.start as usize >= close)
            .map_or(pend, |n| n.outer.start as usize);
        let sentence_start = starts
            .iter()
            .rev()
            .find(|&&b| b <= open)
            .copied()
            .unwrap_or(pstart);
        let sentence_end = starts.iter().find(|&&b| b > close).copied().unwrap_or(pend);
        let before = (sentence_start.max(prev_end).min(open), open);
        let mut after = (close, sentence_end.min(next_start).max(close));
        // A quote ending in a full stop ends its sentence: capitalised words after it start
        // a new one (`…two things." As Mr Brown announced`), not an attribution.
        let quoted = span::slice(body, q.text.start as usize, q.text.end as usize).trim_end();
        let next_capital = span::slice(body, close, after.1)
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        if quoted.ends_with('.') && next_capital && !self.short_attribution(after) {
            after.1 = after.0;
        }
        Window {
            sentence_start,
            prev_end,
            before,
            after,
        }
    }

    /// `“…” Trump said.`, `“…” said Ms Ortiz.`: a sentence of a few words that starts or
    /// ends with a speech verb, after a quote that ends in a full stop, attributes it.
    fn short_attribution(&self, range: (usize, usize)) -> bool {
        let words = self.words(range);
        let n = words.len();
        if !(2..=6).contains(&n) {
            return false;
        }
        let tail = span::from(self.body, words[n - 1].end);
        let ends = tail.starts_with(['.', '!', '?']) || range.1 <= words[n - 1].end;
        ends && (self.is_speech(&words, n - 1) || self.is_speech(&words, 0))
    }
}

/// Byte offsets where sentences of the paragraph start (after `.`, `!`, `?` between words;
/// the stop inside `U.S.` or `Mr.` belongs to the word).
pub(super) fn sentence_starts(
    body: &str,
    para: &Paragraph,
    tokens: Option<&[Token]>,
) -> Vec<usize> {
    let (start, end) = (para.span.start as usize, para.span.end as usize);
    // The paragraph's tokens as actor finding made them, when it did.
    let owned;
    let tokens = match tokens {
        Some(t) => t,
        None => {
            owned = tokenize_pooled(body, start, end);
            &owned
        }
    };
    let mut out = vec![start];
    for pair in tokens.windows(2) {
        // Most words follow no stop: no sentence end, told by the tokenizer's mark.
        if !clauses::may_end_before(&pair[1]) {
            continue;
        }
        let gap = span::slice(body, pair[0].end, pair[1].start);
        if clauses::ends_sentence(body, &pair[0], gap, &pair[1]) {
            // By byte: the stops are ASCII, which no byte of another character can be.
            if let Some(i) = gap.bytes().rposition(|b| matches!(b, b'.' | b'!' | b'?')) {
                out.push(pair[0].end + i + 1);
            }
        }
    }
    out
}
