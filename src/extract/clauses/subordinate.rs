//! Reported speech inside a clause that is not the sentence's main one ends where the main
//! clause goes on: "While the mayor has said the plan works, critics disagree", "Ortiz, who
//! said she would run, filed on Monday", "The bridge, which he said would open in May, is
//! still closed". The content after the cue is cut at the comma that closes the clause.

use super::words::class::{self, *};
use super::Words;
use crate::model::Span;

/// Words that open an adverbial clause at a sentence's start: the main clause follows it.
/// Not "as": "As the mayor noted, …" reports the main clause.
const SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "when", "after", "before", "if", "because", "since", "once",
    "unless", "until", "whereas",
];

/// Relative pronouns that stand for a cue's subject or open the clause it is in.
const RELATIVES: &[&str] = &["who", "which"];

/// Adverbs that may stand before the main clause's verb after a relative clause ("…,
/// also spoke", "…, later left").
const BEFORE_VERB: &[&str] = &["also", "later", "then", "now", "still", "never", "soon"];

impl Words<'_> {
    /// Whether token `i`, after the comma that closes a relative clause, is the main
    /// clause's verb, or an adverb before it: a cue, a finite verb or auxiliary, a word in
    /// "-ed" or an irregular past in lower case ("…, said", "…, is still closed", "…,
    /// voted against it", "…, left early", "…, also spoke to the board").
    fn main_verb_at(&self, i: usize, b: usize) -> bool {
        let verb = |i: usize| {
            self.is(i, CUE | COGNITION | class::FINITE)
                || (!self.toks[i].is_capitalised(self.body)
                    && (self.ends_with(i, "ed") || self.irregular(i) & super::irregular::PAST != 0))
        };
        verb(i)
            || (i + 1 < b
                && (self.is_word(i, BEFORE_VERB) || self.ends_with(i, "ly"))
                && !self.toks[i].is_capitalised(self.body)
                && verb(i + 1))
    }

    /// Where the object or infinitive `c..b` of a cue in a restrictive relative clause
    /// ends: at the main clause's verb, a cue, a verb of thinking or a finite verb ("Voters
    /// who want to ban the levy said …", "Those who favor the tax agree …", "Donors who
    /// want to give more could …"; not in a headline's capitalised words). None when a
    /// comma, a quotation or a conjunction comes first.
    fn restrictive_end(&self, c: usize, b: usize) -> Option<usize> {
        let from = c + 1 + usize::from(self.is(c, TO));
        (from..b)
            .take_while(|&i| {
                !self.quoted(i) && self.one_space_before(i) && !self.is(i, CONJUNCTION | THAT)
            })
            .find(|&i| {
                self.is(i, CUE | COGNITION | class::FINITE)
                    && !self.toks[i].is_capitalised(self.body)
                    && !self.ends_with(i, "ing")
                    && !self.is(i, NOUN_FORM | NOUN_BEFORE)
                    && !self.is(i - 1, NOUN_BEFORE | PREPOSITION)
            })
    }

    /// Whether the clause whose source starts at token `s` and whose content is `reported`
    /// stands in an adverbial that opens the sentence `a..`: one opened by a subordinator,
    /// "as", "despite", "whenever", "even", "with" or "following" at `a` with no comma or
    /// quotation before the content ("As Ortiz lamented the delays, the board …", "Despite
    /// a memo urging calm, the crowd …"), or by "though", "although", "while" or "as" after
    /// a comma right before the source ("Reyes, though she said …, voted …"). The content
    /// must follow the cue at once: "As the mayor said, …" reports the main clause, and so
    /// does "as" with an adjunct after its cue ("As Ortiz pointed out on Monday, …").
    fn opens_adverbial(&self, a: usize, s: usize, c: usize) -> bool {
        const MORE: &[&str] = &["despite", "whenever", "even", "with", "following"];
        if c <= a || self.gap(c).contains(',') {
            return false;
        }
        if self.is(a, OPENER)
            && self.is_word(a, &["as"])
            && (self.is(c, PREPOSITION | class::ADJUNCT | class::WHEN)
                || self.ends_with(c, "ly")
                || self.is_word(c, &["out", "up"]))
        {
            return false;
        }
        let opening = ((self.is(a, OPENER) && self.is_word(a, &["as"]))
            || (self.is(a, OPENER) && self.is_word(a, SUBORDINATORS))
            || self.is_word(a, MORE))
            && !(a + 1..c).any(|j| self.quoted(j) || self.gap(j).contains([',', ';', ':']));
        opening
            || (s > a + 1
                && self.gap(s - 1).contains(',')
                && self.is_word(s - 1, &["though", "although", "while", "as"]))
    }

    /// `reported` (the content after the cue of a clause whose source is `source`, in the
    /// sentence starting at token `a`) cut where the clause the cue stands in ends: at the
    /// first comma of an adverbial that opens the sentence, or at the comma before the main
    /// clause's verb after a relative clause. Unchanged otherwise.
    pub(super) fn in_subordinate(
        &self,
        a: usize,
        source: Span,
        reported: Span,
        stance: bool,
    ) -> Span {
        if source.start >= source.end || reported.start < source.end {
            return reported;
        }
        let (s, k) = self.tokens_of(source);
        if s >= k || s < a {
            return reported;
        }
        // "Ortiz, who said …" / "the bridge, which he said …": the relative pronoun is the
        // source's last word or stands right before it.
        // (Both are openers, a bit of the word's class: looked at before the text.)
        let relative = (self.is(k - 1, OPENER) && self.is_word(k - 1, RELATIVES))
            || (s > a && self.is(s - 1, OPENER) && self.is_word(s - 1, RELATIVES));
        // "While the mayor said …" / "…, and although she has said …": an adverbial that
        // opens the sentence or follows a conjunction.
        let opener = s > a
            && self.is(s - 1, OPENER)
            && (s - 1 == a || self.is(s - 2, CONJUNCTION))
            && self.is_word(s - 1, SUBORDINATORS);
        let (c, b) = self.tokens_of(reported);
        // "Voters who want to ban the levy said …": no comma closes a restrictive one.
        let restrictive = self.is_word(k - 1, RELATIVES) && !self.gap(k - 1).contains(',');
        // (Past "that" the content is a clause of its own: not cut.)
        if restrictive && c > 0 && !self.is(c - 1, THAT) && (stance || (c < b && self.is(c, TO))) {
            if let Some(i) = self.restrictive_end(c, b) {
                return self.span(c, i);
            }
        }
        // "As Ortiz lamented the delays, the board …", "Reyes, though she said …, voted …".
        let opener = opener || (!relative && self.opens_adverbial(a, s, c));
        if !relative && !opener {
            return reported;
        }
        for i in c + 2..b {
            if self.quoted(i) || self.quoted(i - 1) || !self.gap(i).contains(',') {
                continue;
            }
            if opener || self.main_verb_at(i, b) {
                return self.span(c, i);
            }
        }
        reported
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::reported_of;

    /// The reported part of the clause with cue `cue` in `body`.
    fn of(body: &str, cue: &str) -> String {
        let c = reported_of(body);
        c.iter()
            .find(|(q, _)| q == cue)
            .map(|(_, r)| r.clone())
            .unwrap_or_else(|| panic!("no clause at {cue:?}: {c:?}"))
    }

    #[test]
    fn an_adverbial_or_a_relative_clause_ends_at_its_comma() {
        for (body, reported) in [
            (
                "While the harbour master has said that the pier is safe, the council closed it.",
                "the pier is safe",
            ),
            (
                "The ferry runs again, and although she said the fares would rise, they fell.",
                "the fares would rise",
            ),
            (
                "Dana Reyes, who said she would stand again, filed her papers on Monday.",
                "she would stand again",
            ),
            (
                "The tunnel, which he said would open in June, is still shut.",
                "would open in June",
            ),
            // An irregular past or an adverb before the verb opens the main clause too.
            (
                "Dana Reyes, who said she would not vote, went home early.",
                "she would not vote",
            ),
            (
                "Dana Reyes, who said the fares were too high, also spoke to the board.",
                "the fares were too high",
            ),
            // "As", "despite" and the like open an adverbial too, and so do "though" and
            // its kin after a comma.
            (
                "As the harbour master said that the pier is old, the crowd cheered.",
                "the pier is old",
            ),
            (
                "As the two rivals said the tolls were too high, the mayor left the hall.",
                "the tolls were too high",
            ),
            (
                "Whenever the captain said the ferry was safe, the crew stayed ashore.",
                "the ferry was safe",
            ),
            (
                "Dana Reyes, though she said the fares would fall, voted for the rise.",
                "the fares would fall",
            ),
        ] {
            assert_eq!(of(body, "said"), reported, "{body}");
        }
        // A restrictive relative clause ends at the main verb after a verb of stance's
        // object or an infinitive.
        let body = "Voters who want to scrap the levy said the ruling was wrong.";
        assert_eq!(of(body, "want"), "to scrap the levy", "{body}");
        let body = "Farmers who favor a sales tax agree that any change will be slow.";
        assert_eq!(of(body, "favor"), "a sales tax", "{body}");
        let body = "Despite the captain saying the ferry was safe, the crew stayed ashore.";
        assert_eq!(of(body, "saying"), "the ferry was safe", "{body}");
    }

    #[test]
    fn a_main_clause_cue_keeps_its_whole_content() {
        for (body, reported) in [
            // No opener, no relative pronoun: the commas are the content's own.
            (
                "The harbour master said the pier, which is old, was safe.",
                "the pier, which is old, was safe",
            ),
            // "As … said," reports the main clause after it, and so does "as" with an
            // adjunct after its cue.
            (
                "As the harbour master said, the pier is old, and the crowd cheered.",
                "the pier is old",
            ),
            // A relative clause at the end of the sentence runs to its end.
            (
                "The pier was closed by Dana Reyes, who said it was old, unsafe and costly.",
                "it was old, unsafe and costly",
            ),
        ] {
            assert_eq!(of(body, "said"), reported, "{body}");
        }
        let body = "As the harbour master pointed out, the pier is old, wet and unsafe.";
        assert_eq!(
            of(body, "pointed"),
            "out, the pier is old, wet and unsafe",
            "{body}"
        );
    }
}
