//! Questions put by someone the text does not name: "Asked whether he would run, Smith
//! said …", "When asked about the vote, …", "Smith was asked about the plan." The question
//! is reported speech with no source; the one asked is no speaker of it.

use super::{Clause, Words};
use crate::model::Span;

/// Words that open the question after "asked": "asked whether", "asked about".
const OPENS: &[&str] = &[
    "about", "whether", "if", "why", "what", "how", "which", "who", "whom", "when", "where", "to",
    "for",
];

impl Words<'_> {
    /// The clause of "asked" at `v` in sentence `a..b` when it opens the sentence ("Asked
    /// whether …", "When asked about …") or is passive ("was asked about …"): the question
    /// up to the next comma, with an empty source.
    pub(super) fn asked(&self, a: usize, b: usize, v: usize, passive: bool) -> Option<Clause> {
        let word = |i: usize| self.toks[i].text(self.body).to_ascii_lowercase();
        if word(v) != "asked" {
            return None;
        }
        let opening = v == a || (v == a + 1 && word(a) == "when");
        if !(opening || passive) {
            return None;
        }
        let c = v + 1;
        if c >= b || self.quoted(c) || !OPENS.contains(&word(c).as_str()) {
            return None;
        }
        let mut e = c + 1;
        while e < b && !self.gap(e).contains([',', ';', ':', '—']) {
            e += 1;
        }
        if e - c < 3 || (opening && e >= b) {
            return None;
        }
        let at = self.toks[v].start;
        Some(self.plain_clause(self.span(v, c), Span::new(at, at), self.span(c, e)))
    }
}
