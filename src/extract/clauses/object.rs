//! An object that names the speech itself: "offered kind words about the mayor",
//! "continued his assault on the levy", "wrote an opinion piece on ferries". The noun of
//! speech goes with the cue; what was said is about the object of its preposition, and
//! that is the reported content.

use super::words::class::*;
use super::Words;

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

/// Prepositions between such a noun and what the speech is about.
const ABOUT: &[&str] = &["about", "on", "of", "against", "toward", "towards"];

impl Words<'_> {
    /// Where what was said begins in a content `c..b` that opens with a noun of speech
    /// (`SPEECH_NOUNS`) after up to four words of its own ("some kind words", "his
    /// assault", "a viral blog") and a preposition: the token after the preposition. None
    /// when "the", a verb, a conjunction, a preposition, a comma or a quotation comes
    /// first, or when a finite verb follows ("his words on the levy were clear" is a
    /// clause).
    pub(super) fn past_speech_noun(&self, c: usize, b: usize) -> Option<usize> {
        if c >= b || self.is_word(c, &["the"]) {
            return None;
        }
        let mut m = None;
        for i in c..b.min(c + 5) {
            if self.quoted(i) || (i > c && !self.one_space_before(i)) {
                return None;
            }
            if self.is_word(i, SPEECH_NOUNS) {
                m = Some(i);
                break;
            }
            let verb = self.ends_with(i, "ed") && !self.toks[i].is_capitalised(self.body);
            if verb || self.is(i, FINITE | CUE | THAT | CONJUNCTION | PREPOSITION | TO) {
                return None;
            }
        }
        let m = m?;
        let p = m + 1;
        let clause = (p + 1..b).any(|i| self.is(i, FINITE) && !self.quoted(i));
        (p + 1 < b && self.one_space_before(p) && self.is_word(p, ABOUT) && !clause)
            .then_some(p + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::reported_of;

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
}
