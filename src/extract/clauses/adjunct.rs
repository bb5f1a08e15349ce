//! Contents after a phrase that stands between the cue and what was said: a phrase of
//! place or occasion ("said on Friday he would run", "said at a stop in Dayton, Ohio,
//! that the plan failed") and a programme named in quotation marks after the hearer
//! ("told NBC's “Meet the Press” that …").

use super::words::class::*;
use super::Words;
use crate::model::Span;

/// Most words between the cue and the content's first word; and up to a "that" after a
/// comma that opens a clause ("said Thursday during a taping of a town hall meeting in
/// Dayton, Ohio, that …").
const PHRASE_WORDS: usize = 12;
const PHRASE_WORDS_TO_THAT: usize = 16;

/// Subject pronouns that open a clause after a phrase of place or time.
const SUBJECTS: &[&str] = &["he", "she", "they", "we"];

/// Prepositions that open a phrase of place or occasion (not a subordinator such as
/// "after", "when" or "because", which opens a clause of its own).
const PLACES: &[&str] = &[
    "in", "on", "at", "during", "via", "through", "over", "with", "from",
];

/// Forms of "add" that mean "increase" before "to" ("adding to her lead").
const ADD: &[&str] = &["add", "adds", "added", "adding"];

/// Forms of "show" that mean "appear" before "up" ("voters showed up").
const SHOW: &[&str] = &["show", "shows", "showed", "showing", "shown"];

/// Verbs that report what they answer with "by" ("responded by saying …").
const BY_MEANS: &[&str] = &["responded", "responds", "responding", "respond"];

/// Forms of "find" that mean "end up" before a reflexive ("found himself in court").
const FIND: &[&str] = &["found", "finds", "find"];

/// Determiners between "found" and "way" ("found a way to", "finds its way into").
const WAY_DETERMINERS: &[&str] = &[
    "a", "the", "its", "his", "her", "their", "our", "new", "other",
];

/// Forms of "help", before a bare "found" ("helped found the group").
const HELP: &[&str] = &["help", "helped", "helps", "helping"];

/// "laid" reports only with its particle and an object ("laid out a plan"): "laid bare",
/// "laid the groundwork", "laid down" are no speech, nor is a participle with its agent or
/// a layout ("the plan laid out by the board", "levels are well laid out and …").
/// PolNeAR train: "laid out" 8 of 9 predictions found, bare "laid" 1 of 7.
const LAID: &[&str] = &["laid"];

/// Reflexive pronouns.
const REFLEXIVE: &[&str] = &[
    "himself",
    "herself",
    "themselves",
    "itself",
    "myself",
    "ourselves",
];

impl Words<'_> {
    /// Whether the word after the cue verb at `v` makes it no cue: a phrasal verb
    /// ("adding to her lead", "showed up at the polls", "found himself in court", "easier
    /// said than done") or a participle with its agent ("a bill opposed by the House",
    /// "reporting by the desk"), whose object is never what was said. So "found" after
    /// "help" ("helped found the group"): it means "establish". And "laid" with no "out"
    /// and object after it ([`LAID`]).
    pub(super) fn phrasal_or_agent(&self, v: usize, b: usize) -> bool {
        // Lengths first: "found" has five letters, "than" and "up" four and two, the
        // reflexives six to ten.
        if self.len(v) == 5
            && v > 0
            && !self.quoted(v - 1)
            && self.is_word(v, &["found"])
            && self.is_word(v - 1, HELP)
        {
            return true;
        }
        let n = v + 1;
        if self.len(v) == 4 && self.is_word(v, LAID) && !self.laid_out(n, b) {
            return true;
        }
        if n >= b || self.quoted(n) || !self.one_space_before(n) {
            return false;
        }
        let ln = self.len(n);
        (self.is(n, TO) && self.is_word(v, ADD))
            || (ln == 2 && self.is_word(n, &["up"]) && self.is_word(v, SHOW))
            || (self.is(n, BY) && !self.is(v, TELL) && !self.is_word(v, BY_MEANS))
            || (ln >= 6 && self.is_word(n, REFLEXIVE) && self.is_word(v, FIND))
            || (ln == 4 && self.is_word(n, &["than"]))
            || (ln <= 5 && self.way_after(n, b) && self.is_word(v, FIND))
    }

    /// Whether a plain "out" stands at `n`, right after "laid", and an object after it:
    /// no "by", preposition or conjunction ("laid out by the board", "laid out and …").
    fn laid_out(&self, n: usize, b: usize) -> bool {
        let plain = |i: usize| i < b && !self.quoted(i) && self.one_space_before(i);
        plain(n)
            && plain(n + 1)
            && self.len(n) == 3
            && self.is_word(n, &["out"])
            && !self.is(n + 1, BY | PREPOSITION | CONJUNCTION)
    }

    /// Whether "way" or "ways" stands at `n`, right after a form of "find", or after one
    /// determiner there: "found a way to cut costs", "finds its way into the files" is
    /// "managed" or "got", not a finding reported.
    fn way_after(&self, n: usize, b: usize) -> bool {
        // Lengths first: "way" and "ways" have three and four letters.
        let way = |i: usize| {
            matches!(self.len(i), 3 | 4) && !self.quoted(i) && self.is_word(i, &["way", "ways"])
        };
        way(n)
            || (n + 1 < b
                && way(n + 1)
                && self.one_space_before(n + 1)
                && self.is_word(n, WAY_DETERMINERS))
    }

    /// Whether the words from token `c`, right after a cue, are a clause of time or manner
    /// or a pro-form rather than what was said: "as" before a subject pronoun, "if",
    /// "though", or a "much" that ends the phrase ("Ortiz said as she left", "he responded
    /// as if hurt", "the mayor said as much on Monday").
    pub(super) fn as_clause(&self, c: usize, b: usize) -> bool {
        let n = c + 1;
        if n >= b || self.len(c) != 2 || self.quoted(n) {
            return false;
        }
        if !self.is_word(c, &["as"]) {
            return false;
        }
        // "as much in an interview", not "as much as 30 percent".
        let ends = |i: usize| {
            i >= b
                || self.gap(i).contains(',')
                || (self.is(i, PREPOSITION) && !self.is_word(i, &["as"]))
        };
        self.is_word(n, &["if", "though", "i"])
            || self.is_word(n, SUBJECTS)
            || (self.is_word(n, &["much"]) && ends(n + 1))
    }

    /// Whether "as" at token `i`, inside a content from `c` that is a thing (no verb of its
    /// own before it) and with no comma before it, opens a clause of time the narrator
    /// adds: a subject pronoun and a verb in "-ed" that is no cue ("thanked the crews as
    /// she toured the quay"; "… as he noted that …" is said; "said the crews left as they
    /// finished" is one clause of what was said).
    pub(super) fn as_they_did(&self, c: usize, i: usize, b: usize) -> bool {
        let v = i + 2;
        v < b
            && self.len(i) == 2
            && self.is_word(i, &["as"])
            && !self.quoted(i)
            && !self.quoted(v)
            && self.is_word(i + 1, &["he", "she", "they", "it", "we", "i"])
            && self.ends_with(v, "ed")
            && !self.toks[v].is_capitalised(self.body)
            && !self.is(v, CUE | COGNITION)
            && !self.verb_in(c, i)
    }

    /// The content after a phrase of place or occasion that opens at token `c`, up to the
    /// sentence end `b`: the clause after a "that" that follows a comma ("said at a stop
    /// in Dayton, Ohio, that …"), or a clause that opens with a subject pronoun ("said on
    /// Friday he …"). None when another clause opens first ("said at a rally where he …").
    pub(super) fn after_phrase(&self, c: usize, b: usize) -> Option<Span> {
        if c >= self.toks.len() || !self.is_word(c, PLACES) {
            return None;
        }
        for i in c + 2..b.min(c + 1 + PHRASE_WORDS_TO_THAT) {
            let g = self.gap(i);
            if self.quoted(i) || g.contains([';', ':', '—', '(', '"', '“']) {
                return None;
            }
            let near = i < c + 1 + PHRASE_WORDS;
            if self.is(i, THAT) {
                return (g.contains(',') && b > i + 2 && (near || self.opens_clause(i + 1, b)))
                    .then(|| self.span(i + 1, b));
            }
            if near && !g.contains(',') && self.is_word(i, SUBJECTS) {
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
    #[test]
    fn a_clause_of_time_with_as_is_no_part_of_the_content() {
        use super::super::tests::reported_of;
        let c = reported_of("The mayor thanked the crews as she toured the quay on Monday.");
        assert_eq!(c[0].1, "the crews", "{c:?}");
        // A cue after the pronoun reports words of its own; a clause goes on.
        let c = reported_of("The mayor praised the crews as he noted that fees had doubled.");
        assert_eq!(
            c[0].1, "the crews as he noted that fees had doubled",
            "{c:?}"
        );
        let c = reported_of("The mayor said the crews worked late as they finished the quay.");
        assert_eq!(
            c[0].1, "the crews worked late as they finished the quay",
            "{c:?}"
        );
    }

    #[test]
    fn a_phrasal_verb_or_a_participle_with_its_agent_is_no_cue() {
        use super::super::tests::reported_of;
        assert!(reported_of("Ortiz won the district, adding to her lead in the north.").is_empty());
        assert!(reported_of("The new levy only added to the anger of the crews.").is_empty());
        assert!(reported_of("Few voters showed up at the polls on Tuesday.").is_empty());
        assert!(reported_of("The ferry levy, opposed by the harbour board, passed.").is_empty());
        assert!(reported_of("Closing the harbour is easier said than done.").is_empty());
        // "found" as "ended up" or "established": no finding reported.
        assert!(reported_of("The skipper found himself in court a week later.").is_empty());
        assert!(reported_of("Two fishermen helped found the harbour union in 1990.").is_empty());
        // "found a way": managed, no finding reported.
        assert!(reported_of("The crews found a way to mend the quay by night.").is_empty());
        assert!(reported_of("Ortiz found ways to pay for the new ferry.").is_empty());
        assert!(reported_of("The rumour soon finds its way into the harbour files.").is_empty());
        let c = reported_of("The harbour survey found most crews wanted the levy.");
        assert_eq!(c[0].1, "most crews wanted the levy", "{c:?}");
        // Still cues: "added that", "responded by saying".
        let c = reported_of("The mayor added that the levy would pass.");
        assert_eq!(c[0].1, "the levy would pass", "{c:?}");
    }

    #[test]
    fn a_clause_of_time_or_manner_after_the_cue_is_no_content() {
        use super::super::tests::reported_of;
        assert!(reported_of("The harbour master said as much on Monday.").is_empty());
        let c = reported_of("The levy will pass, Ortiz said as she left the hall.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "The levy will pass");
        assert!(reported_of("The skipper responded as if he had been insulted.").is_empty());
        // "as" before a noun phrase goes on: "described the levy as unfair" is not this.
        let c = reported_of("Ortiz said as many as nine ferries would stop running.");
        assert_eq!(
            c[0].1, "as many as nine ferries would stop running",
            "{c:?}"
        );
        let c = reported_of("Ortiz said as much as half the fleet would stop running.");
        assert_eq!(
            c[0].1, "as much as half the fleet would stop running",
            "{c:?}"
        );
    }

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
