//! A survey's comparison of who says what: "Older voters were more likely to say the
//! ferry should run", "Owners are slightly less likely to say that fares are fair". The
//! infinitive reports the words (a cue verb after "to" otherwise reports nothing), and
//! the subject of "be" before "more/less likely" is their source.

use super::words::class::BE;
use super::Words;

/// The comparatives before "likely": "more likely to say".
const COMPARATIVE: &[&str] = &["more", "less", "most", "least"];

/// Words of degree before the comparative: "far more likely", "much less likely".
const DEGREE: &[&str] = &[
    "much", "far", "even", "somewhat", "still", "a", "bit", "little",
];

impl Words<'_> {
    /// The "be" of "be (…) more/less likely to" before "say" at `v`, in the sentence
    /// from `a`: where the verb group whose subject speaks starts.
    pub(super) fn likely_to_say(&self, a: usize, v: usize) -> Option<usize> {
        if !self.is_word(v, &["say"]) {
            return None;
        }
        // "say" after "likely to" and a comparative, with nothing but spaces between.
        let l = v.checked_sub(2).filter(|&l| l > a + 1)?;
        if (l - 1..v).any(|i| self.quoted(i) || !self.gap(i + 1).trim().is_empty())
            || !self.is_word(l, &["likely"])
            || !self.is_word(l - 1, COMPARATIVE)
        {
            return None;
        }
        // Past an adverb of degree: "slightly more", "generally less", "far more".
        let mut p = l - 1;
        while p > a + 1
            && !self.quoted(p - 1)
            && self.gap(p).trim().is_empty()
            && (self.ends_with(p - 1, "ly") || self.is_word(p - 1, DEGREE))
        {
            p -= 1;
        }
        (p > a + 1 && !self.quoted(p - 1) && self.gap(p).trim().is_empty() && self.is(p - 1, BE))
            .then_some(p - 1)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::clauses_of;

    #[test]
    fn more_likely_to_say_reports_the_words_of_the_subject() {
        let c = clauses_of("Older riders were slightly more likely to say the ferry should run.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, "say");
        assert_eq!(c[0].1, "Older riders");
        assert_eq!(c[0].2, "the ferry should run");
        let c = clauses_of("Owners are less likely to say that the fares are fair.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "Owners");
        assert_eq!(c[0].2, "the fares are fair");
    }

    #[test]
    fn likely_to_say_with_no_comparative_reports_nothing() {
        // A forecast of what someone will say is no report of it.
        assert!(clauses_of("The mayor is likely to say the ferry should run.").is_empty());
    }
}
