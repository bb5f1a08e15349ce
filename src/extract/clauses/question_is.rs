//! A question the writer puts: "The key question is whether the levy will pass." The
//! question after "is"/"was" is reported with no source (nobody is named as asking it).
//! Only after "the", "a", "one" or "another" and at most one word more ("the big
//! question"), and not before a question word + "to" ("The question is how to pay"), a
//! comma ("The question is, why …") or inside a quotation.

use super::{Clause, Words};
use crate::model::Span;

/// The words of being between the noun and the question: "the question is whether".
const IS: &[&str] = &["is", "was"];

/// The words that open the question.
const ASKS: &[&str] = &["whether", "how", "why", "what", "who"];

/// The determiners before the noun: "the question", "one important question".
const DETERMINERS: &[&str] = &["the", "a", "one", "another"];

/// Whether token `i` ("question") opens this module's clause: "is"/"was" and a question
/// word after it (read by `question::opens_after` for the clause starts).
pub(super) fn opens_after(body: &str, toks: &[crate::extract::tokens::Token], i: usize) -> bool {
    let is = |j: usize, words: &[&str]| {
        toks.get(j).is_some_and(|t| {
            let w = &body.as_bytes()[t.start..t.end];
            words.iter().any(|n| w.eq_ignore_ascii_case(n.as_bytes()))
        })
    };
    is(i + 1, IS) && is(i + 2, ASKS) && is(i, &["question"])
}

impl Words<'_> {
    /// The clause of "question" at `v` in sentence `a..b` before "is"/"was" and a question
    /// word: the question (to a comma, a dash, a quote or the sentence end) with no source.
    pub(super) fn question_is(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        let c = v + 2;
        if c + 2 >= b
            || v == a
            || !self.is_word(c, ASKS)
            || !self.is_word(v + 1, IS)
            || !self.is_word(v, &["question"])
            || self.is_word(c + 1, &["to"])
            || self.quoted(v - 1)
            || (v..c + 2).any(|i| self.quoted(i) || !self.gap(i).trim().is_empty())
        {
            return None;
        }
        // "the question", "the key question": a determiner right before or one word back.
        let d = if self.is_word(v - 1, DETERMINERS) {
            v - 1
        } else if v - 1 > a && self.is_word(v - 2, DETERMINERS) && !self.quoted(v - 2) {
            v - 2
        } else {
            return None;
        };
        if !self.gap(d + 1).trim().is_empty() {
            return None;
        }
        let content = self.question_at(c, b)?;
        let at = self.toks[v].start;
        Some(self.plain_clause(self.span(v, v + 2), Span::new(at, at), content))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::clauses_of;

    #[test]
    fn a_question_the_writer_puts_has_no_source() {
        for (text, content) in [
            (
                "For the mayor, the key question is whether the levy will pass.",
                "whether the levy will pass",
            ),
            (
                "Having lost the vote, the question was what kind of pier the town would build.",
                "what kind of pier the town would build",
            ),
        ] {
            let c = clauses_of(text);
            assert!(
                c.iter()
                    .any(|x| (x.1.as_str(), x.2.as_str()) == ("", content)),
                "{text}: {c:?}"
            );
        }
        for text in [
            "The question is how to pay for the pier.",
            "The question is, why did the pier close?",
            "His question was whether the pier was safe.",
            "“The question is whether the pier is safe,” she said.",
        ] {
            let c = clauses_of(text);
            assert!(
                !c.iter().any(|x| x.1.is_empty() && x.2.contains("pier")),
                "{text}: {c:?}"
            );
        }
    }
}
