//! Cue words that are no verb of speech where they stand: a noun after a determiner and
//! an adjective ("a strong showing", "the only hope", "a friendly warning"); "show" after
//! the kind of a broadcast ("a radio show", "the morning shows").

use super::words::class::*;
use super::Words;

/// Adjectives that make the cue word after them a noun when a determiner or a possessive
/// stands before them ("a poor showing in the primary", "the mere mention of the plan").
const NOUN_ADJECTIVES: &[&str] = &[
    "only", "mere", "last", "poor", "strong", "weak", "friendly", "stern",
];

/// Determiners before such an adjective.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your",
];

/// Kinds of broadcast: "show" or "shows" right after one is a programme, not a verb ("the
/// Sunday morning shows", "a late-night talk show").
const SHOW_KINDS: &[&str] = &[
    "radio",
    "talk",
    "morning",
    "tv",
    "television",
    "game",
    "reality",
    "cooking",
    "comedy",
    "chat",
    "quiz",
    "variety",
    "cable",
    "breakfast",
    "late-night",
];

impl Words<'_> {
    /// Whether the cue word at `v` (sentence from `a`) is "show" or "shows" right after a
    /// kind of broadcast: "Making the rounds of the morning shows, Lee said …" (PolNeAR
    /// train: no such "show" is a cue).
    pub(super) fn broadcast_show(&self, a: usize, v: usize) -> bool {
        v > a
            && self.len(v) <= 5
            && self.is_word(v, &["show", "shows"])
            && !self.quoted(v - 1)
            && self.gap(v).trim().is_empty()
            && self.is_word(v - 1, SHOW_KINDS)
    }

    /// Whether the cue word at `v` (sentence `a..b`) is a noun after a determiner or a
    /// possessive and an adjective: "a strong showing in the north", "the only hope the
    /// crews have", "a friendly warning not to sail" (PolNeAR train: none of 9 such
    /// readings annotated). Not before "that": "his stern warning that …" reports the clause.
    pub(super) fn noun_after_adjective(&self, a: usize, v: usize, b: usize) -> bool {
        // Bits and flags first: every determiner is a word of `NOUN_BEFORE`.
        if v < a + 2 {
            return false;
        }
        let (j, d) = (v - 1, v - 2);
        if !(self.toks[d].possessive || self.is(d, NOUN_BEFORE)) || self.quoted(d) {
            return false;
        }
        let plain = |i: usize| !self.quoted(i) && self.gap(i).trim().is_empty();
        !(v + 1 < b && self.is(v + 1, THAT))
            && plain(v)
            && plain(j)
            && self.is_word(j, NOUN_ADJECTIVES)
            && (self.toks[d].possessive || self.is_word(d, DETERMINERS))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::reported_of;

    #[test]
    fn a_cue_word_after_a_determiner_and_an_adjective_is_a_noun() {
        assert!(reported_of("A strong showing in the east would help Lee win.").is_empty());
        assert!(reported_of("The only hope the crews have is a new quay.").is_empty());
        assert!(reported_of("The crews got a friendly warning not to sail.").is_empty());
        // A verb after a name or a pronoun still reports; so does the noun before "that".
        let c = reported_of("The mayor issued a stern warning that the quay would close.");
        assert_eq!(c[0].1, "the quay would close", "{c:?}");
        let c = reported_of("Lee only said the levy would pass.");
        assert_eq!(c[0].1, "the levy would pass", "{c:?}");
    }

    #[test]
    fn show_after_a_kind_of_broadcast_is_a_programme() {
        let c = reported_of("Touring the morning shows, Lee said the quay would reopen.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "the quay would reopen", "{c:?}");
        assert!(reported_of("Speaking on the radio show Harbour Hour last week.").is_empty());
        // A poll or a record still shows.
        let c = reported_of("The harbour poll shows the levy would pass.");
        assert_eq!(c[0].1, "the levy would pass", "{c:?}");
    }
}
