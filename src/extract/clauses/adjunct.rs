//! Contents after a phrase that stands between the cue and what was said: a phrase of
//! place or occasion ("said on Friday he would run", "said at a stop in Dayton, Ohio,
//! that the plan failed") and a programme named in quotation marks after the hearer
//! ("told NBC's “Meet the Press” that …").

use super::words::class::*;
use super::Words;
use crate::model::Span;

/// Most words between the cue and the content's first word.
const PHRASE_WORDS: usize = 12;

/// Subject pronouns that open a clause after a phrase of place or time.
const SUBJECTS: &[&str] = &["he", "she", "they", "we"];

/// Prepositions that open a phrase of place or occasion (not a subordinator such as
/// "after", "when" or "because", which opens a clause of its own).
const PLACES: &[&str] = &[
    "in", "on", "at", "during", "via", "through", "over", "with", "from",
];

impl Words<'_> {
    /// The content after a phrase of place or occasion that opens at token `c`, up to the
    /// sentence end `b`: the clause after a "that" that follows a comma ("said at a stop
    /// in Dayton, Ohio, that …"), or a clause that opens with a subject pronoun ("said on
    /// Friday he …"). None when another clause opens first ("said at a rally where he …").
    pub(super) fn after_phrase(&self, c: usize, b: usize) -> Option<Span> {
        if c >= self.toks.len() || !self.is_word(c, PLACES) {
            return None;
        }
        for i in c + 2..b.min(c + 1 + PHRASE_WORDS) {
            let g = self.gap(i);
            if self.quoted(i) || g.contains([';', ':', '—', '(', '"', '“']) {
                return None;
            }
            if self.is(i, THAT) {
                return (g.contains(',') && b > i + 2).then(|| self.span(i + 1, b));
            }
            if !g.contains(',') && self.is_word(i, SUBJECTS) {
                return (b > i + 2 && !self.quoted(i + 1) && !self.is(i + 1, PREPOSITION))
                    .then(|| self.span(i, b));
            }
            if self.is(i, OPENER | FINITE | CUE | COGNITION | CONJUNCTION) {
                return None;
            }
        }
        None
    }

    /// After a verb of telling whose hearer (from token `c`) ends in a title in quotation
    /// marks ("told CNN's “State of the Union” that …"): the clause after the "that" right
    /// after the title.
    pub(super) fn after_titled_hearer(&self, c: usize, b: usize) -> Option<Span> {
        let q = (c..b.min(c + 4)).find(|&i| self.quoted(i))?;
        if q == c || !self.toks[q - 1].is_capitalised(self.body) {
            return None;
        }
        let end = (q..b).find(|&i| self.quote_of[i] != self.quote_of[q])?;
        (self.is(end, THAT) && b > end + 2).then(|| self.span(end + 1, b))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::clauses_of;

    #[test]
    fn a_clause_after_a_phrase_of_place_or_time_is_the_content() {
        for (body, content) in [
            (
                "The governor said on Friday he signed the budget last week.",
                "he signed the budget last week",
            ),
            (
                "Ms Ortiz says at a stop in Dayton, Ohio, that the plan has failed.",
                "the plan has failed",
            ),
        ] {
            let c = clauses_of(body);
            assert_eq!(c.len(), 1, "{c:?}");
            assert_eq!(c[0].2, content, "{body}");
        }
        // A clause of its own after the phrase is no content.
        let c = clauses_of("The governor spoke at a rally where he thanked the nurses.");
        assert!(c.iter().all(|c| c.0 != "spoke"), "{c:?}");
        let c = clauses_of("The governor said at a rally where he met nurses that it rained.");
        assert!(
            c.iter().all(|c| c.2 != "he met nurses that it rained"),
            "{c:?}"
        );
    }

    #[test]
    fn a_title_after_the_hearer_is_passed_over() {
        let c =
            clauses_of("Mr Lee told the BBC's \"World Tonight\" that the strike would end soon.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "Mr Lee");
        assert_eq!(c[0].2, "the strike would end soon");
    }
}
