//! Verbs that raise the subject of the clause after them (`cue_raising`): "The plan seems
//! to work", "Both sides appeared to dig in", "The House is expected to pass the bill".
//! What is attributed is the subject with its infinitive, and nobody is its source: the
//! clause has an empty source and its content runs from the subject to the sentence end.

use super::words::class::{self, *};
use super::{Clause, Words};
use crate::model::Span;

impl Words<'_> {
    /// The clause of a raising verb at `v` in sentence `a..b`, when "to" follows it; a word
    /// that is also a cognition cue ("expected") raises only in the passive ("is expected
    /// to", not "she expected to win").
    pub(super) fn raised(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        if !self.is(v, RAISING) || v + 2 >= b || self.quoted(v + 1) || !self.is(v + 1, TO) {
            return None;
        }
        // "is likely to appear in court": an infinitive of its own.
        if v > a && !self.quoted(v - 1) && self.is(v - 1, TO) {
            return None;
        }
        // Back over auxiliaries, "be" and adverbs to the subject's last word.
        let k = self.back_over(a, v, class::AUX | class::BE, &[]);
        let passive = (k..v).any(|i| self.is(i, class::BE));
        if self.is(v, COGNITION) && !passive {
            return None;
        }
        // "the vote, which is expected to come soon": the relative word is the subject.
        let s = match k {
            k if k == a => k,
            k if self.is(k - 1, OPENER) => k - 1,
            k => self.subject_start(a, k),
        };
        let content = self.span(s, b);
        let at = self.toks[v].start;
        let mut c = self.plain_clause(self.span(v, v + 1), Span::new(at, at), content);
        c.reported = self.reported(content, false);
        // "The plan seemed to work, at least at first": the impression ends at the first
        // comma or dash after the infinitive; what follows is the narrator's.
        if let Some(e) = (v + 2..b).find(|&i| self.breaks_after_raising(i)) {
            c.reported.end = c.reported.end.min(self.toks[e - 1].end as u32);
        }
        // An impression, not a statement: a quote inside it keeps its own speaker.
        c.cognition = true;
        Some(c)
    }

    /// Whether a comma or a dash, outside any quotation, stands before token `i`.
    fn breaks_after_raising(&self, i: usize) -> bool {
        let inside = self.quoted(i) && self.quote_of[i] == self.quote_of[i - 1];
        let g = self.gap(i);
        !inside && (g.contains([',', '—', '–']) || g.trim() == "-")
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::reported_of;

    #[test]
    fn a_raised_clause_ends_at_the_first_comma_or_dash_after_the_infinitive() {
        let c = reported_of("The ferry plan seemed to work well, at least for the first winter.");
        assert_eq!(
            c,
            vec![("seemed".into(), "The ferry plan seemed to work well".into())]
        );
        let c = reported_of("The harbour appears to be busier - so busy that boats wait a day.");
        assert_eq!(c[0].1, "The harbour appears to be busier", "{c:?}");
        // A comma before the verb stays inside: "The board, oddly, seemed …".
        let c = reported_of("The board, oddly, seemed to favour the levy on boats.");
        assert_eq!(
            c[0].1, "The board, oddly, seemed to favour the levy on boats",
            "{c:?}"
        );
    }
}
