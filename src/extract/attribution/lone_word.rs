//! A description of one lower-case word that names no one: an adverb ("today", "thereby",
//! "almost") or a participle ("casting", "upsetting", "elongated") that stood before the
//! cue ("casting further doubt", "thereby denying ballot access") and was read as its
//! subject. Such a quote has no speaker.

use crate::extract::{LocalQuote, LocalSpeaker};
use crate::model::QuoteKind;

/// Adverbs and other words with no "-ly" that stand before a verb ("most" is a subject
/// as often: "most said they were worried").
const ADVERBS: &[&str] = &[
    "today",
    "yesterday",
    "thereby",
    "almost",
    "ever",
    "never",
    "far",
    "very",
    "least",
    "nor",
    "too",
    "also",
    "only",
    "still",
    "just",
    "even",
    "soon",
    "then",
    "now",
];

/// Leaves the quotes whose speaker is such a word with none; reported speech with no
/// speaker is not listed.
pub(super) fn drop_lone_words(quotes: &mut Vec<LocalQuote>) {
    quotes.retain_mut(|q| {
        if !matches!(&q.speaker, LocalSpeaker::Unnamed(d) if names_no_one(d)) {
            return true;
        }
        q.speaker = LocalSpeaker::None;
        q.kind != QuoteKind::Indirect
    });
}

/// Whether `d` is one lower-case word that is an adverb or a participle.
fn names_no_one(d: &str) -> bool {
    // Most descriptions start with a capital or hold a space: two byte tests turn them away.
    let b = d.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_lowercase) || memchr::memchr(b' ', b).is_some() {
        return false;
    }
    ADVERBS.contains(&d)
        || (d.len() > 5 && d.ends_with("ly"))
        || (d.len() > 5 && (d.ends_with("ing") || d.ends_with("ed")))
}

#[cfg(test)]
mod tests {
    use super::names_no_one;
    use crate::extract::LocalSpeaker;

    #[test]
    fn adverbs_and_participles_name_no_one() {
        for w in [
            "thereby",
            "casting",
            "upsetting",
            "elongated",
            "today",
            "recently",
        ] {
            assert!(names_no_one(w), "{w}");
        }
        for w in [
            "research",
            "officials",
            "the mayor",
            "Reading",
            "grandchild",
        ] {
            assert!(!names_no_one(w), "{w}");
        }
    }

    #[test]
    fn a_participle_or_adverb_before_a_cue_speaks_for_no_one() {
        let body = "Tolls\n\nThe harbour tolls rose again in March, upsetting hopes of a \
                    cheaper crossing. The ferry firm sought the licence, thereby denying the \
                    rival a berth.\n";
        let paragraphs = crate::extract::test_paragraphs(body);
        let out = crate::extract::extract_article(body, &paragraphs);
        let lone = |s: &LocalSpeaker| matches!(s, LocalSpeaker::Unnamed(d) if names_no_one(d));
        assert!(
            !out.quotes.iter().any(|q| lone(&q.speaker)),
            "{:?}",
            out.quotes
        );
    }
}
