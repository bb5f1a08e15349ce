//! "In a CNN poll released Monday, 50 percent chose Ortiz": a poll or survey named in the
//! phrase that opens a sentence is the source of the clause after the phrase's comma.

use super::words::class::*;
use super::{Clause, Words};

/// Most words from "In" to the poll word, and from the poll word to the comma.
const BEFORE: usize = 10;
const AFTER: usize = 8;

impl Words<'_> {
    /// The clause of the poll word at `v` in sentence `a..b`: "In" opens the sentence, no
    /// punctuation stands before the comma that ends the phrase, and a clause of three
    /// words or more follows it. The source is the phrase after "In" up to the poll word.
    pub(super) fn in_poll(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        if v < a + 2 || v > a + BEFORE || self.quoted(a) || !self.is_word(a, &["in"]) {
            return None;
        }
        let plain = |i: usize| {
            !self.quoted(i)
                && !self
                    .gap(i)
                    .contains([',', ';', ':', '(', ')', '—', '–', '"', '“'])
                && !self.is(i, OPENER | FINITE | CONJUNCTION)
        };
        if !(a + 1..=v).all(plain) {
            return None;
        }
        let e = (v + 1..b.min(v + 1 + AFTER)).find(|&i| !plain(i))?;
        if self.gap(e).trim() != "," || self.quoted(e) || b < e + 3 {
            return None;
        }
        let content = self.span(e, b);
        let mut c = self.plain_clause(self.span(a, a + 1), self.span(a + 1, v + 1), content);
        c.reported = self.reported(content, false);
        Some(c)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::clauses_of;

    #[test]
    fn a_poll_in_an_opening_phrase_is_the_source_of_the_clause_after_it() {
        let c = clauses_of(
            "In a harbour board poll released Monday, most owners were against the levy.",
        );
        assert_eq!(
            c,
            vec![(
                "In".into(),
                "a harbour board poll".into(),
                "most owners were against the levy".into()
            )]
        );
        // No comma after the phrase, or a clause inside it: no source.
        let none = |body: &str| clauses_of(body).iter().all(|c| c.0 != "In");
        assert!(none("In the poll most owners were against the levy."));
        assert!(none(
            "In a poll that ran for a week, most owners were against it."
        ));
        assert!(none(
            "In the harbour, polls show the owners are against the levy."
        ));
    }
}
