//! A second verb of the cue's subject after "and", with no comma: "endorsed the mayor and
//! has campaigned for her since", "mocking the plan and pointedly asking …"; or a new
//! subject and its verb ("refused to renew the lease and the port could not …"). What follows
//! "and" is the narrator's, not what was reported: `Words::reported` ends the content
//! before it.

use super::words::class::*;
use super::Words;

impl Words<'_> {
    /// Whether "and" at token `i` (one space before it) opens a second verb of the cue's
    /// subject after a content `c..i` that names a thing — a verb of stance's object or an
    /// infinitive, no verb of its own ([`Words::verb_in`]): an auxiliary, an irregular past or a verb in
    /// "-ed" before an object ([`Words::past_with_object`]), after adverbs ("and later
    /// sued", "and quietly dropped"); or, after a cue in "-ing", a second "-ing" form
    /// ("touting the levy and attacking his rival").
    pub(super) fn second_verb(&self, c: usize, i: usize, b: usize, stance: bool) -> bool {
        if i <= c || i + 1 >= b || !self.is_word(i, &["and"]) || !self.one_space_before(i) {
            return false;
        }
        // A clause's content ("said the board meets in May and will vote") goes on.
        if !(stance || self.is(c, TO)) || self.verb_in(c, i) || (c..i).any(|j| self.quoted(j)) {
            return false;
        }
        let j = self.past_adverbs(i + 1, b);
        if j >= b || self.quoted(j) {
            return false;
        }
        self.second_predicate(j, b) || self.ing_after_ing(c, j, b) || self.new_subject_verb(j, b)
    }

    /// Whether token `j` is a verb that opens a second predicate: an auxiliary, an
    /// irregular past or a verb in "-ed" before an object.
    fn second_predicate(&self, j: usize, b: usize) -> bool {
        self.is(j, FINITE) || self.past(j) || self.past_with_object(j, b)
    }

    /// Whether a new subject and its verb start at token `j` ("and the board could not
    /// agree", "and Ms Lee fired her aide", "and he later sued"): a subject pronoun, "the"
    /// and one or two words, or one to three names after a word that is no name, then a verb
    /// ([`Words::second_predicate`]) after adverbs.
    fn new_subject_verb(&self, j: usize, b: usize) -> bool {
        let cap = |k: usize| self.toks[k].is_capitalised(self.body) && !self.quoted(k);
        let ends: Vec<usize> = if self.is(j, THE) {
            (j + 2..(j + 4).min(b))
                .take_while(|&k| !self.quoted(k - 1) && self.one_space_before(k - 1))
                .collect()
        } else if self.is(j, SUBJECT_HEAD) {
            vec![j + 1]
        } else if cap(j - 2) {
            // "between Lee and Ortiz could …": names joined by "and" are one subject.
            vec![]
        } else {
            (j + 1..(j + 4).min(b))
                .take_while(|&k| cap(k - 1) && self.one_space_before(k - 1))
                .collect()
        };
        ends.into_iter().any(|k| {
            let k = self.past_adverbs(k, b);
            k < b && self.one_space_before(k) && !self.quoted(k) && self.second_predicate(k, b)
        })
    }

    /// The first token from `j` that is no adverb: "also", "later", "then" (`AUX` but no
    /// finite verb) and lower-case words in "-ly" ("quietly", "pointedly").
    fn past_adverbs(&self, j: usize, b: usize) -> usize {
        let mut j = j;
        while j + 1 < b
            && !self.quoted(j)
            && ((self.is(j, AUX) && !self.is(j, FINITE))
                || (self.ends_with(j, "ly")
                    && self.len(j) > 4
                    && !self.toks[j].is_capitalised(self.body)))
        {
            j += 1;
        }
        j
    }

    /// Whether token `j` is a verb in "-ed" in lower case with an object or an adjunct
    /// after it: a determiner, an object pronoun, a name, a preposition, "that" or "to"
    /// ("and sued the city", "and asked him", "and warned that"); not an adjective before
    /// a noun ("and related measures").
    fn past_with_object(&self, j: usize, b: usize) -> bool {
        j + 1 < b
            && self.ends_with(j, "ed")
            && self.len(j) >= 4
            && !self.toks[j].is_capitalised(self.body)
            && !self.quoted(j + 1)
            && (self.is(j + 1, THE | ARTICLE | PREPOSITION | THAT | TO | PRONOUN)
                || self.toks[j + 1].is_capitalised(self.body)
                || self.is_word(
                    j + 1,
                    &["him", "her", "them", "his", "their", "its", "this", "these"],
                ))
    }

    /// Whether token `j` is a second "-ing" form after a cue in "-ing" right before the
    /// content `c` (or before its "that"), with no word in "-ing" in the content ("mocking
    /// the plan and pointedly asking …"; not "proposed raising fares and cutting routes",
    /// "proposing works like adding piers and …").
    fn ing_after_ing(&self, c: usize, j: usize, b: usize) -> bool {
        let cue = if c >= 2 && self.is(c - 1, THAT) {
            c - 2
        } else {
            c.wrapping_sub(1)
        };
        cue < c
            && j + 1 < b
            && self.is(cue, CUE)
            && self.ends_with(cue, "ing")
            && !(c..j).any(|k| self.ends_with(k, "ing"))
            && self.ends_with(j, "ing")
            && self.len(j) >= 6
            && !self.toks[j].is_capitalised(self.body)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::reported_of;

    #[test]
    fn a_second_verb_after_an_object_is_the_narrators() {
        let c = reported_of("The union endorsed the mayor and has campaigned for her since May.");
        assert_eq!(c[0].1, "the mayor", "{c:?}");
        let c = reported_of("Ms Lee backed the harbour plan and later sued the board over it.");
        assert_eq!(c[0].1, "the harbour plan", "{c:?}");
        let c = reported_of("The guild vowed to keep the ferry running and celebrated the vote.");
        assert_eq!(c[0].1, "to keep the ferry running", "{c:?}");
        let c = reported_of("Ms Ortiz rejected the levy and quietly dropped her bid for a seat.");
        assert_eq!(c[0].1, "the levy", "{c:?}");
    }

    #[test]
    fn a_new_subject_and_its_verb_after_an_object_are_the_narrators() {
        let c = reported_of(
            "The guild refused to renew the lease and the port could not find a tenant.",
        );
        assert_eq!(c[0].1, "to renew the lease", "{c:?}");
        let c = reported_of("The union backed the driver and Mayor Ortiz fired him the next day.");
        assert_eq!(c[0].1, "the driver", "{c:?}");
        let c = reported_of(
            "The guild refused to back the Harbour Trust and the Ferry Board sold the quay.",
        );
        assert_eq!(c[0].1, "to back the Harbour Trust", "{c:?}");
        let c = reported_of("Ms Lee opposed the levy and she later sued the board.");
        assert_eq!(c[0].1, "the levy", "{c:?}");
    }

    #[test]
    fn a_list_of_names_or_things_goes_on_past_and() {
        let c = reported_of("The union praised Ms Lee and Mr Ortiz for their work on the quay.");
        assert_eq!(
            c[0].1, "Ms Lee and Mr Ortiz for their work on the quay",
            "{c:?}"
        );
        let c = reported_of("The council backed the levy and the harbour fees on the ferry.");
        assert_eq!(
            c[0].1, "the levy and the harbour fees on the ferry",
            "{c:?}"
        );
    }

    #[test]
    fn a_second_ing_form_after_an_ing_cue_is_the_narrators() {
        let c = reported_of(
            "The mayor spoke for an hour, touting the harbour crews and attacking her rival.",
        );
        let p = c.iter().find(|c| c.0 == "touting").expect("touting");
        assert_eq!(p.1, "the harbour crews", "{c:?}");
    }

    #[test]
    fn a_list_or_a_clause_goes_on_past_and() {
        // An adjective in "-ed" before a noun goes on with the object.
        let c = reported_of("The council backed the levy and related fees on the ferry.");
        assert_eq!(c[0].1, "the levy and related fees on the ferry", "{c:?}");
        // A clause goes on, also one whose verb no word list holds.
        let c = reported_of("The mayor said the ferry sailed late and was full of cars.");
        assert_eq!(
            c[0].1, "the ferry sailed late and was full of cars",
            "{c:?}"
        );
        let c = reported_of("The mayor said the ferry runs late and has no cars on board.");
        assert_eq!(
            c[0].1, "the ferry runs late and has no cars on board",
            "{c:?}"
        );
        // A gerund's object goes on.
        let c = reported_of(
            "The mayor spoke for an hour, proposing raising the fares and cutting routes.",
        );
        let p = c.iter().find(|c| c.0 == "proposing").expect("proposing");
        assert_eq!(p.1, "raising the fares and cutting routes", "{c:?}");
        let c = reported_of(
            "The mayor spoke for an hour, proposing works like adding a pier and widening roads.",
        );
        let p = c.iter().find(|c| c.0 == "proposing").expect("proposing");
        assert_eq!(p.1, "works like adding a pier and widening roads", "{c:?}");
    }
}
