//! "In a CNN poll released Monday, 50 percent chose Ortiz": a poll or survey named in the
//! phrase that opens a sentence is the source of the clause after the phrase's comma; and
//! "Ortiz leads by nine points in the latest poll": one named in a phrase "in … poll" after
//! a clause is the source of that clause.

use super::words::class::*;
use super::{Clause, SourceAt, Words};

/// Most words from "In" to the poll word, and from the poll word to the comma.
const BEFORE: usize = 10;
const AFTER: usize = 8;

/// Marks that end an opening phrase "In … poll," before the word after them.
const OPENING_MARKS: &[char] = &[',', ';', ':', '(', ')', '—', '–', '"', '“'];

/// Marks that end a phrase "in … poll" after a clause, a closing quotation mark too.
const AFTER_MARKS: &[char] = &[',', ';', ':', '(', ')', '—', '–', '"', '“', '”'];

/// Participles that say when or by whom a poll was taken ("in a poll released Monday").
const TAKEN: &[&str] = &["released", "conducted", "taken", "published", "out"];

impl Words<'_> {
    /// Whether token `i` goes on a poll's phrase: not quoted, none of `marks` in the gap
    /// before it, no opener, finite verb or conjunction.
    fn goes_on_poll_phrase(&self, i: usize, marks: &[char]) -> bool {
        !self.quoted(i)
            && !self.gap(i).contains(marks)
            && !self.is(i, OPENER | FINITE | CONJUNCTION)
            && !self.past(i)
    }

    /// The clause of the poll word at `v` in sentence `a..b`: "In" opens the sentence, no
    /// punctuation stands before the comma that ends the phrase, and a clause of three
    /// words or more follows it. The source is the phrase after "In" up to the poll word.
    pub(super) fn in_poll(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        if v < a + 2 || v > a + BEFORE || self.quoted(a) || !self.is_word(a, &["in"]) {
            return None;
        }
        let plain = |i: usize| self.goes_on_poll_phrase(i, OPENING_MARKS);
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

    /// The clause of the poll word at `v` in sentence `a..b` named after "in" past the
    /// sentence's start ("Ortiz leads by nine points in the latest harbour poll"): no
    /// punctuation, opener, finite verb, conjunction, "to", preposition or participle
    /// between "in" and the poll word ("in six states going to the polls" names voters).
    /// The content is the clause before "in", back to the sentence's start or its last
    /// comma (a conjunction left out), of three words or more, opening with no opener,
    /// preposition or participle; the source the words after "in" up to the poll word.
    pub(super) fn poll_after(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        if self.verb_after_poll(v, b) {
            return None;
        }
        let plain = |i: usize| self.goes_on_poll_phrase(i, AFTER_MARKS);
        let mut j = v;
        while j > a && v - j < BEFORE && plain(j) {
            j -= 1;
            if self.is_word(j, &["in"]) {
                break;
            }
        }
        if j <= a + 1 || j == v || !self.is_word(j, &["in"]) || !plain(j) {
            return None;
        }
        if (j + 1..v).any(|i| self.is(i, TO | PREPOSITION) || self.ends_with(i, "ing")) {
            return None;
        }
        // "She leads in the polls", "he slid in national polls": polls named by no word
        // but "the" or "national" are a candidate's standing, rarely whose finding the
        // clause is (PolNeAR train: 7 of 35 such readings annotated).
        if self.is_word(v, &["polls", "surveys"])
            && (j + 1..v).all(|i| self.is_word(i, &["the", "national"]))
        {
            return None;
        }
        let mut s = self.after_last_comma(a, j);
        while s < j && self.is(s, CONJUNCTION) {
            s += 1;
        }
        if j < s + 3
            || self.is(s, OPENER | PREPOSITION)
            || self.ends_with(s, "ing")
            || (s..j).any(|i| self.quoted(i))
        {
            return None;
        }
        let mut c = self.plain_clause(
            self.span(j, j + 1),
            self.span(j + 1, v + 1),
            self.span(s, j),
        );
        c.source_at = SourceAt::After;
        Some(c)
    }

    /// Whether a verb goes on the clause right after the poll word at `v` (sentence end
    /// `b`), past a participle of its taking and its time ("Most voters in the poll said
    /// …", "One in four owners in a poll released Monday were …"): the words before "in"
    /// are then that verb's subject, not a finding the poll reports (PolNeAR train: none
    /// of 7 such readings annotated).
    fn verb_after_poll(&self, v: usize, b: usize) -> bool {
        let plain = |i: usize| i < b && !self.quoted(i) && self.gap(i).trim().is_empty();
        let mut i = v + 1;
        if plain(i) && self.is_word(i, TAKEN) {
            i += 1;
        }
        while plain(i)
            && (self.is(i, WHEN) || self.toks[i].is_capitalised(self.body) || self.digits(i))
        {
            i += 1;
        }
        plain(i)
            && !self.toks[i].is_capitalised(self.body)
            && (self.is(i, CUE | COGNITION | FINITE) || self.past(i))
    }

    /// Whether token `i` opens with a digit ("2015", "5th").
    fn digits(&self, i: usize) -> bool {
        self.body.as_bytes()[self.toks[i].start].is_ascii_digit()
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

    #[test]
    fn a_poll_named_after_a_clause_is_its_source() {
        let c = clauses_of("Ortiz leads Lee by nine points in the latest harbour board poll.");
        assert_eq!(
            c,
            vec![(
                "in".into(),
                "the latest harbour board poll".into(),
                "Ortiz leads Lee by nine points".into()
            )]
        );
        // Back to the last comma, past a conjunction.
        let c = clauses_of("Ortiz is ahead on the island, but Lee still leads in most surveys.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].2, "Lee still leads");
        // Voters going to the polls, a phrase that opens with a preposition, a clause of two
        // words: no source.
        assert!(
            clauses_of("Most owners in six towns going to the polls are against it.").is_empty()
        );
        assert!(clauses_of("As her standing in the polls rose, Ortiz lost.").is_empty());
        assert!(clauses_of("Lee slid in the polls.").is_empty());
        // Polls named by nothing but "the" or "national": a standing, no source.
        let no_in = |body: &str| clauses_of(body).iter().all(|c| c.0 != "in");
        assert!(no_in("Ortiz has a clear lead over Lee in the polls."));
        assert!(no_in("Ortiz is still well ahead of Lee in national polls."));
        assert!(no_in("Ortiz has a clear lead over Lee in polls."));
        assert!(!no_in(
            "Ortiz has a clear lead over Lee in the harbour polls."
        ));
    }

    #[test]
    fn a_poll_inside_a_subject_before_its_verb_reports_nothing() {
        let no_in = |body: &str| clauses_of(body).iter().all(|c| c.0 != "in");
        assert!(no_in(
            "One in four owners in a harbour board poll last year said the levy was unfair."
        ));
        assert!(no_in(
            "Most crews in the latest ferry survey released Monday were against the levy."
        ));
        assert!(no_in(
            "Half of the owners in the harbour poll think the levy is fair."
        ));
        // An irregular past is the verb too.
        assert!(no_in(
            "Most of the crews in the latest ferry survey took the news badly."
        ));
        // The clause ends with the poll, or a phrase goes on: the poll's finding.
        assert!(!no_in(
            "Ortiz leads Lee by nine points in a harbour poll released Monday."
        ));
        assert!(!no_in(
            "Ortiz leads Lee by nine points in a harbour poll of 900 owners."
        ));
    }
}
