//! Questions put by someone the text does not name: "Asked whether he would run, Smith
//! said …", "When asked about the vote, …", "Smith was asked about the plan." The question
//! is reported speech with no source; the one asked is no speaker of it. A question put by
//! someone named ("was asked by the host whether …") has that one as its source.

use super::words::class::{ADJUNCT, BE, BY, WHEN};
use super::{Clause, SourceAt, Words};
use crate::model::Span;

/// Words that open the question after "asked": "asked whether", "asked about".
const OPENS: &[&str] = &[
    "about", "whether", "if", "why", "what", "how", "which", "who", "whom", "when", "where", "to",
    "for",
];

/// Words that open a question after a phrase of place or time ("Asked at a briefing on
/// Monday about …"): the ones of [`OPENS`] that open no such phrase themselves.
const QUESTION: &[&str] = &["about", "whether", "if", "why", "how"];

/// Adverbs with no "-ly" between an auxiliary and "asked" ("was once asked", "is also
/// asked", "was never asked").
const PASSIVE_ADVERBS: &[&str] = &[
    "once", "first", "also", "later", "never", "not", "again", "then", "often", "ever", "still",
];

/// Most words between "asked" and its question: "at a briefing on Monday in Washington".
const MAX_ADJUNCT: usize = 8;

impl Words<'_> {
    /// The clause of "asked" at `v` in sentence `a..b` when it opens the sentence ("Asked
    /// whether …", "When asked about …"), follows "when" or "if" later in it ("…, he said
    /// when asked about …") or is passive ("was asked about …"): the question up to the
    /// next comma, with an empty source — or the one after "by" ("was asked by the host
    /// whether …").
    pub(super) fn asked(&self, a: usize, b: usize, v: usize, passive: bool) -> Option<Clause> {
        let word = |i: usize| self.toks[i].text(self.body).to_ascii_lowercase();
        // Compared in place: nearly every word asked about is not "asked".
        if !self.toks[v].text(self.body).eq_ignore_ascii_case("asked") {
            return None;
        }
        let opening = v == a || (v == a + 1 && matches!(word(a).as_str(), "when" | "whenever"));
        // "…, he said when asked about the vote.": a question put in a clause of its own.
        let when = v > a + 1
            && !self.quoted(v - 1)
            && matches!(word(v - 1).as_str(), "when" | "whenever" | "if");
        // "…,” said Ken Oduya, asked about his claims.": a participle set off by a comma
        // right before its question is passive too.
        let set_off = v > a + 1
            && v + 1 < b
            && !self.quoted(v - 1)
            && self.gap(v).trim() == ","
            && self.is_word(v + 1, QUESTION);
        // "was once asked", "was first asked": an adverb with no "-ly" after the auxiliary.
        let passive = passive
            || (v > a + 1
                && !self.quoted(v - 1)
                && !self.quoted(v - 2)
                && self.is_word(v - 1, PASSIVE_ADVERBS)
                && self.is(v - 2, BE));
        if !(opening || passive || when || set_off) {
            return None;
        }
        let mut c = v + 1;
        if c >= b || self.quoted(c) {
            return None;
        }
        // "asked by the host whether …": who asked, then the question.
        let mut by = None;
        if self.is(c, BY) {
            let q = self.question_after(c + 1, b)?;
            by = Some(self.span(c + 1, q));
            c = q;
        } else if !OPENS.contains(&word(c).as_str()) {
            // "Asked Tuesday about …", "Asked specifically what …": one word of time or
            // an "-ly" adverb right before the question.
            let one = c + 1 < b
                && !self.quoted(c + 1)
                && self.gap(c + 1).trim().is_empty()
                && ((self.is(c, WHEN) && self.is_word(c + 1, QUESTION))
                    || (self.ends_with(c, "ly") && self.is_word(c + 1, OPENS)));
            if one {
                c += 1;
            } else if !self.is(c, ADJUNCT | WHEN) {
                // "Asked at a briefing on Monday about …", "Asked in Iowa recently whether …".
                return None;
            } else {
                c = self.question_after(c + 1, b)?;
            }
        }
        let mut e = c + 1;
        while e < b && !self.gap(e).contains([',', ';', ':', '—']) {
            e += 1;
        }
        if e - c < 3 || (opening && e >= b) {
            return None;
        }
        let at = self.toks[v].start;
        let mut clause = self.plain_clause(self.span(v, v + 1), Span::new(at, at), self.span(c, e));
        if let Some(source) = by {
            clause.source = source;
            clause.source_at = SourceAt::After;
        }
        Some(clause)
    }

    /// The first word of [`QUESTION`] in tokens `from..` within a few words, before any
    /// comma or quotation: where a question starts after a phrase of place or time, or
    /// after who asked it.
    fn question_after(&self, from: usize, b: usize) -> Option<usize> {
        (from..b.min(from + MAX_ADJUNCT))
            .take_while(|&i| !self.quoted(i) && !self.gap(i).contains([',', ';', ':', '—', '(']))
            .find(|&i| self.is_word(i, QUESTION))
            .filter(|&i| i > from)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::clauses_of;

    /// (source, content) of the clause of "asked" (any case) in `body`.
    fn asked(body: &str) -> Option<(String, String)> {
        clauses_of(body)
            .into_iter()
            .find(|c| c.0.eq_ignore_ascii_case("asked"))
            .map(|c| (c.1, c.2))
    }

    /// The question of "asked" with no source in each body.
    fn questions(cases: &[(&str, &str)]) {
        for (body, question) in cases {
            assert_eq!(
                asked(body),
                Some((String::new(), question.to_string())),
                "{body}"
            );
        }
    }

    #[test]
    fn a_question_after_a_phrase_of_place_or_time() {
        questions(&[
            (
                "Asked at a hearing on Friday about the ferry fares, the mayor said nothing.",
                "about the ferry fares",
            ),
            (
                "Asked in Leeds recently whether she would stand, Ortiz smiled.",
                "whether she would stand",
            ),
        ]);
        questions(&[
            (
                "Asked Tuesday about the ferry fares, the mayor said nothing.",
                "about the ferry fares",
            ),
            (
                "Asked specifically what should be done with the pier, the voters were split.",
                "what should be done with the pier",
            ),
        ]);
        // No question word after the phrase: no question.
        assert_eq!(asked("Asked in Leeds on Friday, Ortiz smiled."), None);
    }

    #[test]
    fn a_question_put_when_asked_later_in_the_sentence() {
        questions(&[
            (
                "The harbour will reopen, the mayor said when asked about the ferry fares.",
                "about the ferry fares",
            ),
            (
                "But when asked whether the pier was safe, the engineer paused.",
                "whether the pier was safe",
            ),
        ]);
    }

    #[test]
    fn a_question_put_to_someone_in_a_passive_or_a_participle() {
        questions(&[
            (
                "Whenever asked about the levy, the councillors spoke of the budget.",
                "about the levy",
            ),
            (
                "The judge was once asked whether the pier was safe.",
                "whether the pier was safe",
            ),
            (
                "Mayor Lund was first asked if he would back the levy.",
                "if he would back the levy",
            ),
            (
                "“We will see,” said the engineer Ken Oduya, asked about his claims that the pier was unsafe.",
                "about his claims that the pier was unsafe",
            ),
        ]);
    }

    #[test]
    fn a_question_put_by_someone_named_has_that_source() {
        assert_eq!(
            asked("On Sunday the mayor was asked by host Dana Reyes whether the pier would close."),
            Some((
                "host Dana Reyes".into(),
                "whether the pier would close".into()
            ))
        );
    }
}
