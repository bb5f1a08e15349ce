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
        if !self.is(v, RAISING)
            || v + 2 >= b
            || self.quoted(v + 1)
            || !self.is(v + 1, TO)
            || self.seen_as_word(v)
        {
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
        // "The plan seemed to work, at least at first": the impression ends at the first
        // comma or dash after the infinitive (not a number's: "expected to draw 50,000
        // visitors"); what follows is the narrator's.
        Some(self.impression(s, v, b, v + 2))
    }

    /// The clause of a raising verb at `v` in sentence `a..b` with no "to" after it, an
    /// impression told by what follows ("The crowd seemed unperturbed", "The plan seems
    /// like a long shot", "It seems the board will wait"): the subject with the rest of the
    /// clause, nobody as its source; after "it" alone, what follows the verb (past
    /// "that"). Not "expected" (a cognition cue), nor before a preposition, "by", a day, a
    /// conjunction or a word of company ("appeared on television", "appeared Tuesday",
    /// "appears alongside"), a comma or the end.
    pub(super) fn seeming(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        // Most words that get here are no raising word: that class is asked first.
        if !self.is(v, RAISING)
            || self.is(v, COGNITION)
            || v + 1 >= b
            || self.quoted(v + 1)
            || !self.gap(v + 1).trim().is_empty()
            || self.is(v + 1, PREPOSITION | CONJUNCTION | WHEN | RAISING | BY)
            || self.is_word(v + 1, &["alongside", "together", "onstage", "live"])
            || self.is_word(v, &["reportedly"])
            || (v > a && !self.quoted(v - 1) && self.is(v - 1, TO))
            || self.seen_as_word(v)
        {
            return None;
        }
        // "makes him seem kinder": a bare verb after its object's pronoun is another's.
        if v > a
            && (self.is_word(v - 1, &["him", "her", "them", "us", "me"])
                || (self.is_word(v - 1, &["it"]) && self.is_word(v, &["seem", "appear"])))
        {
            return None;
        }
        let k = self.back_over(a, v, class::AUX | class::BE, &[]);
        let s = match k {
            k if k == a => return None,
            k if self.is(k - 1, OPENER) => k - 1,
            k => self.subject_start(a, k),
        };
        // "…, whose support appeared steady": the relative word is the subject's first.
        let s = (s..k).rfind(|&i| self.is_word(i, &["whose"])).unwrap_or(s);
        if s + 1 == k && self.is_word(s, &["it"]) {
            let from = if self.is(v + 1, THAT) { v + 2 } else { v + 1 };
            if from >= b {
                return None;
            }
            return Some(self.impression(from, v, b, from));
        }
        Some(self.impression(s, v, b, v + 1))
    }

    /// The clause of a passive verb of opinion at `v` in sentence `a..b` before "as"
    /// (`cue_seen_as`: "The levy is widely seen as a mistake", "who was regarded as the
    /// favourite"): like a raising verb's, the subject with what it is seen as, nobody as
    /// its source. Only after a form of "be" ("has seen as many", "viewed as a child" are
    /// no clause), and not after "to be" or "being".
    pub(super) fn seen_as(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        if !self.is(v, RAISING)
            || v + 2 >= b
            || self.quoted(v + 1)
            || !self.one_space_before(v + 1)
            || !self.is_word(v + 1, &["as"])
            || !self.seen_as_word(v)
        {
            return None;
        }
        let k = self.back_over(a, v, class::AUX | class::BE, &[]);
        if k == a || self.quoted(k - 1) || !(k..v).any(|i| self.is(i, class::BE)) {
            return None;
        }
        // "hopes to be seen as", "risk being viewed as": a wish or a poll's question, not
        // how the subject is seen.
        if self.is(k - 1, TO) || (k..v).any(|i| self.is_word(i, &["being"])) {
            return None;
        }
        let s = if self.is(k - 1, OPENER) {
            k - 1
        } else {
            self.subject_start(a, k)
        };
        Some(self.impression(s, v, b, v + 2))
    }

    /// Whether the word at `v` is one of `cue_seen_as`, read only before "as".
    fn seen_as_word(&self, v: usize) -> bool {
        crate::extract::lexicon::set("cue_seen_as").contains_folded(self.toks[v].text(self.body))
    }

    /// The clause of "reportedly" at `v` in sentence `a..b` ("The board is reportedly
    /// weighing a levy"): like a raising verb's, its subject with the rest of the clause,
    /// nobody named as its source. Not after a comma or a relative word ("…, reportedly
    /// winning", "who reportedly has"), nor before a cue ("reportedly said"), which reads
    /// its own clause.
    pub(super) fn reportedly(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        // Most words that get here are no raising word: that class is asked first.
        if !self.is(v, RAISING)
            || v == a
            || v + 2 >= b
            || self.quoted(v + 1)
            || self.is(v + 1, CUE | COGNITION | TELL)
            || !self.is_word(v, &["reportedly"])
        {
            return None;
        }
        let k = self.back_over(a, v, class::AUX | class::BE, &[]);
        if k == a
            || self.quoted(k - 1)
            || !self.gap(k).trim().is_empty()
            || self.is_word(k - 1, &["who", "which", "that"])
        {
            return None;
        }
        // It ends at the first comma or dash after it, not at the comma of a number ("2,383").
        Some(self.impression(self.subject_start(a, k), v, b, v + 1))
    }

    /// The clause of the raising word at `v`: its content runs from the subject's first
    /// word `s` to the sentence end `b`, with no source, and what is reported ends at the
    /// first comma or dash from token `from` on, not at a number's comma ("2,383"). An
    /// impression, not a statement: a quote inside it keeps its own speaker.
    fn impression(&self, s: usize, v: usize, b: usize, from: usize) -> Clause {
        let content = self.span(s, b);
        let at = self.toks[v].start;
        let mut c = self.plain_clause(self.span(v, v + 1), Span::new(at, at), content);
        c.reported = self.reported(content, false);
        let number_comma = |i: usize| {
            self.gap(i) == ","
                && self.toks[i]
                    .text(self.body)
                    .starts_with(|ch: char| ch.is_ascii_digit())
        };
        let ends = |i: usize| self.breaks_after_raising(i) && !number_comma(i);
        if let Some(e) = (from..b).find(|&i| ends(i)) {
            c.reported.end = c.reported.end.min(self.toks[e - 1].end as u32);
        }
        c.cognition = true;
        c
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
    use super::super::tests::{clauses_of, reported_of};

    #[test]
    fn a_raised_clause_ends_at_the_first_comma_or_dash_after_the_infinitive() {
        let c = reported_of("The ferry plan seemed to work well, at least for the first winter.");
        assert_eq!(
            c,
            vec![("seemed".into(), "The ferry plan seemed to work well".into())]
        );
        let c = reported_of("The harbour appears to be busier - so busy that boats wait a day.");
        assert_eq!(c[0].1, "The harbour appears to be busier", "{c:?}");
        // A number's comma is no end.
        let c = reported_of("The fair is expected to draw 50,000 visitors to the quay.");
        assert_eq!(
            c,
            vec![(
                "expected".into(),
                "The fair is expected to draw 50,000 visitors to the quay".into()
            )]
        );
        // A comma before the verb stays inside: "The board, oddly, seemed …".
        let c = reported_of("The board, oddly, seemed to favour the levy on boats.");
        assert_eq!(
            c[0].1, "The board, oddly, seemed to favour the levy on boats",
            "{c:?}"
        );
    }

    #[test]
    fn a_raising_verb_before_no_infinitive_reports_an_impression() {
        let c = reported_of("The ferry crews seemed unhappy with the new timetable.");
        assert_eq!(
            c,
            vec![(
                "seemed".into(),
                "The ferry crews seemed unhappy with the new timetable".into()
            )]
        );
        let c = reported_of("The toll appears like a fair deal, at least to the council.");
        assert_eq!(c[0].1, "The toll appears like a fair deal", "{c:?}");
        // After "it" alone, what follows the verb (past "that").
        let c = reported_of("It seems that the harbour board will wait until spring.");
        assert_eq!(c[0].1, "the harbour board will wait until spring", "{c:?}");
        // A relative "whose" opens the subject.
        let c = reported_of("Ortiz courted the islanders, whose support appeared firm.");
        assert_eq!(c[0].1, "whose support appeared firm", "{c:?}");
        // Before a preposition, a day or the end, after an object: no impression.
        let none = |body: &str| reported_of(body).is_empty();
        assert!(none(
            "The mayor appeared on television with the harbour master."
        ));
        assert!(none("The mayor appeared Tuesday with the harbour master."));
        assert!(none("The harbour master did not appear."));
        assert!(none(
            "The new toll makes him seem kinder to the ferry crews."
        ));
    }

    #[test]
    fn reportedly_reports_its_clause_from_nobody() {
        let c = reported_of("The harbour board is reportedly weighing a levy on ferry tickets.");
        assert_eq!(
            c,
            vec![(
                "reportedly".into(),
                "The harbour board is reportedly weighing a levy on ferry tickets".into()
            )]
        );
        let c = reported_of("Ortiz reportedly left the meeting early, and the vote went on.");
        assert_eq!(c[0].1, "Ortiz reportedly left the meeting early", "{c:?}");
        let c = reported_of("The board has reportedly spent 2,500 pounds on the new pier.");
        assert_eq!(
            c[0].1,
            "The board has reportedly spent 2,500 pounds on the new pier"
        );
        // After a comma or a relative word, or before a cue of its own: not this clause.
        let none = |body: &str| reported_of(body).iter().all(|c| c.0 != "reportedly");
        assert!(none(
            "Lee toured the island, reportedly winning over the ferry crews."
        ));
        assert!(none(
            "The mayor, who reportedly has doubts, voted for the levy."
        ));
        assert!(none(
            "Ortiz reportedly said the levy was unfair to islanders."
        ));
    }

    /// "is widely seen as", "was regarded as": the subject with what it is seen as, from
    /// nobody; not active ("Ortiz has seen the plan") nor before anything but "as".
    #[test]
    fn a_passive_verb_of_opinion_before_as_reports_from_nobody() {
        let c = clauses_of("The ferry levy is widely seen as a mistake by the islanders.");
        assert_eq!(
            c,
            vec![(
                "seen".into(),
                "".into(),
                "The ferry levy is widely seen as a mistake by the islanders".into()
            )]
        );
        let c = reported_of("Ms Okafor was regarded as the favourite, but the vote was close.");
        assert_eq!(
            c,
            vec![(
                "regarded".into(),
                "Ms Okafor was regarded as the favourite".into()
            )]
        );
        assert!(clauses_of("Ortiz has seen as many storms as anyone on the island.").is_empty());
        assert!(clauses_of("The harbour was seen from the ferry at dawn.").is_empty());
        assert!(
            clauses_of("The mayor hopes to be seen as a friend of the crews.")
                .iter()
                .all(|c| c.0 != "seen")
        );
        assert!(clauses_of("Crews risk being viewed as greedy by the islanders.").is_empty());
        let c = reported_of("The old pier is known as the Long Walk to the crews.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(
            c[0].1,
            "The old pier is known as the Long Walk to the crews"
        );
        let c = clauses_of("The levy was widely criticized as unfair, and the board met.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!((c[0].0.as_str(), c[0].1.as_str()), ("criticized", ""));
        assert!(clauses_of("The levy is seen to be fair by most crews.")
            .iter()
            .all(|c| c.0 != "seen"));
    }
}
