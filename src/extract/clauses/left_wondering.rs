//! Questions someone is left to ask: "…, leaving many to wonder whether the pier is safe",
//! "The delay caused some to question if the levy will pass." The ones left asking (the
//! words between the verb of leaving and "to") are the source, the question the content.
//! Only after a verb of leaving or causing and before a question word: "to wonder" after
//! anything else is left to clauses/question (which reads none after "to").

use super::words::class::TO;
use super::{Clause, Words};

/// Verbs that leave someone asking: "leaving many to wonder", "caused some to question".
const LEAVING: &[&str] = &[
    "leave", "leaves", "leaving", "left", "cause", "causes", "caused", "causing",
];

/// The verbs of asking after "to": "to wonder", "to question".
const ASKING: &[&str] = &["wonder", "question"];

/// The words that open the question.
const ASKS: &[&str] = &["whether", "if", "how", "why"];

/// Most words of the ones left asking: "leaving the cufflink wing of the party to wonder".
const MAX_SOURCE: usize = 6;

impl Words<'_> {
    /// The clause of "to wonder"/"to question" at `v` in sentence `a..b` after a verb of
    /// leaving and its object, before a question word: the question (to a comma, a dash, a
    /// quote or the sentence end) is the content, the object the source.
    pub(super) fn left_wondering(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        let c = v + 1;
        if c + 1 >= b
            || v < a + 3
            || !self.is_word(c, ASKS)
            || !self.is(v - 1, TO)
            || !self.is_word(v, ASKING)
            || (v - 1..c + 2).any(|i| self.quoted(i) || !self.gap(i).trim().is_empty())
        {
            return None;
        }
        let t = v - 1;
        // Back over the object, words with nothing between them, to the verb of leaving.
        let mut l = t - 1;
        while !self.is_word(l, LEAVING) {
            if l == a || t - l > MAX_SOURCE || self.quoted(l) || !self.gap(l).trim().is_empty() {
                return None;
            }
            l -= 1;
        }
        if l + 1 == t || self.quoted(l) || !self.gap(l + 1).trim().is_empty() {
            return None;
        }
        let content = self.question_at(c, b)?;
        Some(self.cognition_before(v, self.span(l + 1, t), content))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::clauses_of;

    #[test]
    fn a_question_someone_is_left_to_ask() {
        for (text, source, content) in [
            (
                "The ferry stopped twice, leaving many to wonder whether the pier is safe.",
                "many",
                "whether the pier is safe",
            ),
            (
                "The delay has caused some residents to question if the levy will pass.",
                "some residents",
                "if the levy will pass",
            ),
        ] {
            let c = clauses_of(text);
            assert!(
                c.iter()
                    .any(|x| (x.1.as_str(), x.2.as_str()) == (source, content)),
                "{text}: {c:?}"
            );
        }
        for text in [
            "The board met to wonder whether the pier should close.",
            "The ferry stopped, leaving, in the end, many to wonder whether the pier is safe.",
        ] {
            let c = clauses_of(text);
            assert!(c.is_empty(), "{text}: {c:?}");
        }
    }
}
