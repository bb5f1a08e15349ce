//! Quotations set off by two apostrophes (`''We will appeal,'' she said.`), as some news
//! archives print them. The quote finder leaves them alone (two apostrophes are as often a
//! possessive after a closing mark), so the words between them stay reported speech; clause
//! reading still treats them as one quotation: no sentence ends inside one, no cue is read
//! in one, and an interrupted one (`''A,'' she said. ''B.''`) is one content.

use super::words::class::CUE;
use super::Words;
use crate::extract::tokens::Token;
use crate::model::Span;

/// The token ranges (`start..end`, end exclusive) between pairs of `''` in a paragraph's
/// tokens, outside every marked quote (`quoted[i]` is some). An opening `''` stands right before a
/// word, a closing one right after a word or its punctuation; one left open runs to the
/// paragraph's end.
pub(super) fn find(body: &str, toks: &[Token], quoted: &[Option<u16>]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return out;
    };
    // The paragraph's own text (and the marks just around it), not the whole body.
    let from = first.start.saturating_sub(3);
    let to = (last.end + 3).min(body.len());
    let text = body.as_bytes().get(from..to).unwrap_or_default();
    // Two apostrophes in a row, found from the apostrophes (a searcher for the pair, built
    // for every paragraph, cost more than the search).
    let pair = memchr::memchr_iter(b'\'', text).any(|i| text.get(i + 1) == Some(&b'\''));
    if !pair {
        return out;
    }
    let gap = |i: usize| -> &str {
        let from = if i == 0 {
            toks[0].start.saturating_sub(3)
        } else {
            toks[i - 1].end
        };
        let to = toks
            .get(i)
            .map_or_else(|| (toks[i - 1].end + 3).min(body.len()), |t| t.start);
        body.get(from..to).unwrap_or("")
    };
    let mut open: Option<usize> = None;
    for i in 0..=toks.len() {
        let g = gap(i);
        if !g.contains("''")
            || (i < toks.len() && quoted[i].is_some())
            || (i > 0 && quoted[i - 1].is_some())
        {
            continue;
        }
        if let Some(o) = open {
            // A closing mark: any but one after a space and right before a word (",'' she",
            // ", '' said"; not "… ''Next").
            let at = g.find("''").unwrap_or(0);
            let opening = g[..at].ends_with(char::is_whitespace) && at + 2 == g.len();
            if i > o && !opening {
                out.push((o, i));
                open = None;
                // "…,'' ''B": a second quote opens in the same gap.
                if i < toks.len() && g[at + 2..].ends_with("''") {
                    open = Some(i);
                }
            }
            continue;
        }
        if i < toks.len() && g.ends_with("''") {
            open = Some(i);
        }
    }
    if let Some(o) = open {
        if o < toks.len() {
            out.push((o, toks.len()));
        }
    }
    out
}

impl Words<'_> {
    /// The soft quote (index into `soft`) token `i` lies in.
    pub(super) fn soft_at(&self, i: usize) -> Option<usize> {
        let q = usize::from(self.quote_of.get(i).copied().flatten()?);
        q.checked_sub(self.quotes.len())
    }

    /// A content that is a soft quote interrupted by its cue at `v` (`''A,'' she said.
    /// ''B.''`, `''A,'' she said, ''B.''`): the quote before the cue and the one after, as
    /// one span when the words between are fewer than the quoted ones, else the longer part.
    pub(super) fn interrupted(&self, content: Span, v: usize) -> Span {
        let first = self
            .toks
            .partition_point(|t| t.start < content.start as usize);
        let Some(k) = self.soft_at(first).filter(|&k| self.soft[k].0 == first) else {
            return content;
        };
        let pair = |k: usize| {
            let (a0, a1) = *self.soft.get(k)?;
            let (b0, b1) = *self.soft.get(k + 1)?;
            // The second opens a sentence or follows a comma ("said. ''B", "said, ''B"),
            // not a title inside the clause ("said on ''This Week''").
            let opens = self.gap(b0).contains([',', '.', ':', '?', '!']);
            (a1 <= v && v < b0 && b0 - a1 <= 30 && opens && !self.second_cue(a1, b0))
                .then_some((a0, a1, b0, b1))
        };
        let Some((a0, a1, b0, b1)) = pair(k).or_else(|| pair(k.checked_sub(1)?)) else {
            return content;
        };
        let (qa, qb, between) = (a1 - a0, b1 - b0, b0 - a1);
        if between <= qa + qb {
            self.span(a0, b1)
        } else if qb > qa {
            self.span(b0, b1)
        } else {
            self.span(a0, a1)
        }
    }

    /// Whether the words `a1..b0` between two soft quotes hold two cues, the second right
    /// before the second quote (`''A,'' he said. But he added, ''B.''`, `''A,'' she said,
    /// adding of him, ''B.''`): the second quote is that cue's own content, not the rest of
    /// the first. A cue of the narrator's after the first ("said Ms. Roe, referring to the
    /// levy.") leaves them one.
    fn second_cue(&self, a1: usize, b0: usize) -> bool {
        let Some(last) = (b0.saturating_sub(4).max(a1)..b0)
            .rev()
            .find(|&i| self.is(i, CUE))
        else {
            return false;
        };
        !self.gap(b0).contains('.') && (a1..last).any(|i| self.is(i, CUE))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize_pooled;

    fn soft(body: &str) -> Vec<String> {
        let toks = tokenize_pooled(body, 0, body.len());
        let quoted = vec![None; toks.len()];
        find(body, &toks, &quoted)
            .into_iter()
            .map(|(a, b)| body[toks[a].start..toks[b - 1].end].to_string())
            .collect()
    }

    #[test]
    fn two_apostrophes_open_and_close_a_quote() {
        assert_eq!(
            soft("''We will appeal,'' Ms. Roe said. ''The court erred.''"),
            ["We will appeal", "The court erred"]
        );
        assert_eq!(soft("He said ''no.''"), ["no"]);
        assert_eq!(
            soft("''It is over, '' said Mr. Doe. ''We lost.''"),
            ["It is over", "We lost"]
        );
    }

    #[test]
    fn a_second_cue_between_two_soft_quotes_keeps_them_apart() {
        use super::super::tests::reported_of;
        let c = reported_of(
            "''The ferry will run on time,'' Ms. Roe said at the pier. But she added, \
             ''Nobody should expect a new boat this year.''",
        );
        assert!(
            c.iter()
                .any(|c| c.0 == "said" && c.1 == "The ferry will run on time"),
            "{c:?}"
        );
        assert!(
            c.iter()
                .any(|c| c.0 == "added" && c.1 == "Nobody should expect a new boat this year"),
            "{c:?}"
        );
        // A participle of the narrator's after the cue: one content.
        let c = reported_of(
            "''The ferry will run,'' said Ms. Roe, referring to the new timetable. ''Nobody \
             should doubt it.''",
        );
        assert!(
            c.iter()
                .any(|c| c.0 == "said" && c.1.ends_with("Nobody should doubt it")),
            "{c:?}"
        );
        // One cue between them: one content.
        let c = reported_of("''The ferry will run,'' she said. ''Nobody should doubt it.''");
        assert_eq!(c.len(), 1, "{c:?}");
        assert!(c[0].1.ends_with("Nobody should doubt it"), "{c:?}");
    }

    #[test]
    fn a_soft_quote_left_open_runs_to_the_paragraph_end() {
        assert_eq!(
            soft("''We will appeal. It is wrong."),
            ["We will appeal. It is wrong"]
        );
        assert!(soft("The senators' offices said so.").is_empty());
    }
}
