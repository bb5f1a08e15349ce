//! An object that names the speech itself: "offered kind words about the mayor",
//! "continued his assault on the levy", "wrote an opinion piece on ferries"; or, after a
//! verb of stance, the stance: "expressed concern about the levy". The noun goes with the
//! cue; what was said is about the object of its preposition, and that is the reported
//! content.

use super::words::class::*;
use super::Words;
use crate::model::Span;

/// Nouns of speech a verb takes before a preposition and what the speech is about.
const SPEECH_NOUNS: &[&str] = &[
    "words",
    "thoughts",
    "assault",
    "praise",
    "piece",
    "blog",
    "column",
    "op-ed",
    "essay",
    "voice",
    "sign",
    "language",
    "jab",
    "jabs",
    "swipe",
    "swipes",
    "broadside",
    "tirade",
    "rant",
];

/// Nouns of a stance a verb of stance takes before what the stance is about: "expressed
/// concern about", "voiced skepticism over", "offered a spirited defense of".
const STANCE_NOUNS: &[&str] = &[
    "concern",
    "concerns",
    "skepticism",
    "scepticism",
    "doubts",
    "discomfort",
    "enthusiasm",
    "defense",
    "defence",
    "defenses",
    "defences",
    "onslaught",
];

/// Prepositions between a noun of speech and what the speech is about.
const ABOUT: &[&str] = &["about", "on", "of"];

/// Prepositions between a noun of stance and what the stance is about ("against", which
/// is no adjunct word, is asked apart).
const STANCE_ABOUT: &[&str] = &["about", "on", "of", "with", "over"];

impl Words<'_> {
    /// Where what was said begins in a content `c..b` that opens with a noun of speech
    /// (`SPEECH_NOUNS`) after up to four words of its own ("some kind words", "his
    /// assault", "no sign") and a preposition (`ABOUT`): the token after the preposition.
    /// After a verb of stance (`stance`) also a noun of stance (`STANCE_NOUNS`) and its
    /// preposition (`STANCE_ABOUT` or "against": "expressed discomfort with the plan").
    /// None when "the", a finite verb, a conjunction, a comma or a quotation comes first,
    /// or when a finite verb follows ("his words on the levy were clear" is a clause). Only
    /// class bits (and after a verb of stance a length) are asked of each word; the words
    /// of the one preposition and its noun last.
    pub(super) fn past_speech_noun(&self, c: usize, b: usize, stance: bool) -> Option<usize> {
        const NOT_OBJECT: u32 = FINITE | THAT | CONJUNCTION | PREPOSITION | TO | THE;
        if c + 2 >= b || self.quoted(c) || self.is(c, NOT_OBJECT) {
            return None;
        }
        let against = |p: usize| stance && self.len(p) == 7 && self.is_word(p, &["against"]);
        let p = (c + 1..b.min(c + 6))
            .take_while(|&p| !self.quoted(p) && self.one_space_before(p))
            .find(|&p| self.is(p, NOT_OBJECT) || against(p))?;
        if p + 1 >= b || !(self.is(p, PREPOSITION) || against(p)) {
            return None;
        }
        let noun = (self.is_word(p, ABOUT) && self.is_word(p - 1, SPEECH_NOUNS))
            || (stance
                && (against(p) || self.is_word(p, STANCE_ABOUT))
                && self.is_word(p - 1, STANCE_NOUNS));
        let clause = || (p + 1..b).any(|i| self.is(i, FINITE) && !self.quoted(i));
        (noun && !clause()).then_some(p + 1)
    }

    /// How many tokens from `c`, right after a cue verb, are the verb's particle and so
    /// part of its cue: "out" and an "at" after it ("pointed out that …", "called out the
    /// mayor", "lashed out at the board"). Zero before any other preposition ("out of",
    /// "pointed out with a chart …"), a quotation or a gap wider than a space, and when
    /// nothing would follow. The length is asked first: most words after a cue are not
    /// three letters long.
    pub(super) fn particle_at(&self, c: usize, b: usize) -> usize {
        let plain = |i: usize| i < b && !self.quoted(i) && self.one_space_before(i);
        let out = |i: usize| {
            let t = &self.body.as_bytes()[self.toks[i].start..self.toks[i].end];
            t.eq_ignore_ascii_case(b"out")
        };
        if c >= b || self.len(c) != 3 || !out(c) || !plain(c) || !plain(c + 1) {
            return 0;
        }
        if self.len(c + 1) == 2 && self.is_word(c + 1, &["at"]) {
            return if plain(c + 2) { 2 } else { 0 };
        }
        // "out of", "out with a chart": a phrase, not what was said.
        usize::from(!self.is(c + 1, PREPOSITION))
    }

    /// The end of the cue verb at `v` (`e`, the token after it) past a particle the
    /// content `content` was started after ([`Words::particle_at`], [`Words::for_object`]):
    /// "pointed out that …" ends at "out", "called for a ban" at "for".
    #[inline(never)]
    pub(super) fn cue_particle_end(&self, v: usize, e: usize, b: usize, content: Span) -> usize {
        let k = if self.for_object(v, e, b) {
            1
        } else {
            self.particle_at(e, b)
        };
        if k == 0 {
            return e;
        }
        let (s0, p) = (self.tokens_of(content).0, e + k);
        if s0 == p || (s0 == p + 1 && self.is(p, THAT)) {
            p
        } else {
            e
        }
    }

    /// Whether token `c`, right after a form of "call" at `cue`, is its "for" ("called for
    /// a ban", "calling for a recount"): the "for" is the cue's and what is called for
    /// the content. (Other verbs with "for" — "pushing for", "hoped for", "advocated for"
    /// — gave more false alarms than contents.)
    pub(super) fn for_object(&self, cue: usize, c: usize, b: usize) -> bool {
        let bytes = self.body.as_bytes();
        c + 1 < b
            && self.len(c) == 3
            && bytes[self.toks[c].start..self.toks[c].end].eq_ignore_ascii_case(b"for")
            && !self.quoted(c)
            && bytes[self.toks[cue].start..].starts_with(b"call")
    }

    /// Whether the content of the cue at `cue` is an infinitive opening at `c`: after a
    /// verb of stance or thought ("refused to sign", "hopes to run"), or after a verb of
    /// telling and its hearer ("urged voters to turn out", "asked the crowd to stand",
    /// "told him to wait") — what the hearer was told to do, however short, not a phrase
    /// of place.
    pub(super) fn infinitive_at(&self, cue: usize, c: usize) -> bool {
        self.is(c, TO) && (self.is(cue, STANCE | COGNITION) || (c > cue + 1 && self.is(cue, TELL)))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{clauses_of, reported_of};

    #[test]
    fn what_a_hearer_is_told_to_do_is_the_content() {
        for (body, content) in [
            (
                "The senator urged voters to turn out Tuesday.",
                "to turn out Tuesday",
            ),
            (
                "The pastor asked the crowd to stand for the mayor.",
                "to stand for the mayor",
            ),
            (
                "The board criticized Lee and urged him to resign.",
                "to resign",
            ),
        ] {
            let c = clauses_of(body);
            assert!(c.iter().any(|c| c.2 == content), "{body}: {c:?}");
        }
        // A phrase of place after a hearer is no content.
        let c = clauses_of("The mayor told reporters in Leeds.");
        assert!(c.is_empty(), "{c:?}");
    }

    #[test]
    fn a_particle_of_the_cue_verb_is_no_content() {
        let c = reported_of("The governor pointed out that the bridge was closed.");
        assert_eq!(
            c[0],
            ("pointed out".into(), "the bridge was closed".into()),
            "{c:?}"
        );
        let c = reported_of("Ms Okafor lashed out at the harbour board.");
        assert_eq!(
            c[0],
            ("lashed out at".into(), "the harbour board".into()),
            "{c:?}"
        );
        let c = reported_of("The pastor called out the council for its silence.");
        assert_eq!(c[0].0, "called out", "{c:?}");
        assert!(c[0].1.starts_with("the council"), "{c:?}");
        // "out" before another preposition is no particle of the cue.
        let c = clauses_of("Lee pointed out with a chart, the gap between the fares is vast.");
        assert_eq!(c[0].0, "pointed", "{c:?}");
        assert!(c[0].2.starts_with("out with"), "{c:?}");
    }

    #[test]
    fn the_for_of_called_for_is_the_cue() {
        let c = reported_of("The mayor called for a ban on night flights.");
        assert_eq!(
            c[0],
            ("called for".into(), "a ban on night flights".into()),
            "{c:?}"
        );
        let c = reported_of("Unions are calling for a recount.");
        assert_eq!(c[0], ("calling for".into(), "a recount".into()), "{c:?}");
    }

    #[test]
    fn what_a_noun_of_speech_is_about_is_the_content() {
        let c = reported_of("The senator offered some kind words about the harbour master.");
        assert_eq!(c[0].1, "the harbour master", "{c:?}");
        let c = reported_of("Ms Okafor continued her assault on the ferry levy.");
        assert_eq!(c[0].1, "the ferry levy", "{c:?}");
        // A clause that opens with such a noun is reported whole.
        let c = reported_of("The mayor said her words on the levy were clear.");
        assert_eq!(c[0].1, "her words on the levy were clear", "{c:?}");
    }

    #[test]
    fn what_a_stance_noun_is_about_is_the_content() {
        for (body, content) in [
            (
                "Several councillors expressed discomfort with the ferry levy.",
                "the ferry levy",
            ),
            (
                "The mayor offered a spirited defense of the harbour board.",
                "the harbour board",
            ),
            (
                "The minister offered a robust defence against the charges.",
                "the charges",
            ),
            (
                "Two unions voiced concern over the night shifts.",
                "the night shifts",
            ),
        ] {
            let c = reported_of(body);
            assert!(c.iter().any(|c| c.1 == content), "{body}: {c:?}");
        }
        // A clause that opens with such a noun is reported whole; a noun of speech is read
        // after any cue.
        let c = reported_of("Lee said the concern over the levy was overblown.");
        assert_eq!(c[0].1, "the concern over the levy was overblown", "{c:?}");
        let c = reported_of("The mayor wrote a column on the ferry levy.");
        assert_eq!(c[0].1, "the ferry levy", "{c:?}");
    }
}
