//! A present tense in "-s" ending a subject ("The mayor visits the harbour every week and
//! says …"): read only when the words hold no other verb, as no list can tell it from a
//! plural noun.

use crate::extract::clauses::Clause;
use crate::extract::lexicon;
use crate::extract::span;
use crate::extract::tokens::Lower;

/// Whether the cue of `c` is a present tense in "-s" right after "and" or "but" ("… and
/// dismisses the advice"): the verb it shares a subject with is likely one too.
pub(super) fn after_and_in_present(body: &str, c: &Clause) -> bool {
    let cue = span::slice(body, c.cue.start as usize, c.cue.end as usize);
    let first = cue.split(' ').next().unwrap_or(cue);
    let before = span::slice(body, 0, c.cue.start as usize).trim_end();
    let conjunction = [" and", " but"].iter().any(|w| {
        before.len() >= w.len()
            && before.as_bytes()[before.len() - w.len()..].eq_ignore_ascii_case(w.as_bytes())
    });
    conjunction && present_singular(first, "he")
}

/// Words in "-s" that are no verb: adverbs, determiners and nouns seldom plural.
#[rustfmt::skip]
const NOT_VERBS: &[&str] = &[
    "always", "perhaps", "sometimes", "besides", "whereas", "towards", "afterwards",
    "nevertheless", "news", "series", "politics", "economics", "its", "this", "these",
    "those", "thus", "yes", "less", "unless", "across", "whereabouts", "headquarters",
    "means", "species", "lots", "plus", "years", "times", "days", "weeks", "months",
];

/// Words after which a word in "-s" is a noun ("the talks", "more jobs", "two years").
#[rustfmt::skip]
const BEFORE_NOUN: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "its", "his", "her", "their", "our", "my", "your",
    "by", "for", "in", "on", "at", "to", "with", "from", "about", "more", "most", "many",
    "some", "all", "both", "few", "several", "other", "these", "those", "no", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "new", "such",
];

/// Whether `w` (after `prev`, both trimmed of commas and stops) reads as a verb in the
/// present tense of the third person singular: a lower-case word in "-s" (not "-ss",
/// "-us", "-is" or a possessive) after a word that is neither a determiner, a preposition
/// nor a possessive, and no plural of a word for people ("the campaign officials").
pub(super) fn present_singular(w: &str, prev: &str) -> bool {
    let bytes = w.as_bytes();
    if bytes.len() < 4
        || !bytes.iter().all(u8::is_ascii_lowercase)
        || !w.ends_with('s')
        || w.ends_with("ss")
        || w.ends_with("us")
        || w.ends_with("is")
        || prev.is_empty()
        || prev.ends_with("'s")
        || prev.ends_with("’s")
        || prev.ends_with("s'")
        || NOT_VERBS.contains(&w)
    {
        return false;
    }
    let before = Lower::new(prev);
    if BEFORE_NOUN.contains(&before.as_str()) || prev.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let one = &w[..w.len() - 1];
    let people = |x: &str| {
        lexicon::set_here!("unnamed_heads").contains_folded(x)
            || lexicon::set_here!("group_heads").contains_folded(x)
            || lexicon::set_here!("role_nouns").contains_folded(x)
    };
    !(people(w) || people(one))
}

#[cfg(test)]
mod tests {
    use super::present_singular;

    #[test]
    fn a_present_tense_is_told_from_plurals_and_adverbs() {
        for (w, prev) in [("visits", "mayor"), ("feuds", "nominee"), ("touts", "ad")] {
            assert!(present_singular(w, prev), "{prev} {w}");
        }
        for (w, prev) in [
            ("officials", "campaign"),
            ("boats", "the"),
            ("members", "group's"),
            ("always", "mayor"),
            ("press", "the"),
            ("Visits", "mayor"),
            ("jobs", "more"),
        ] {
            assert!(!present_singular(w, prev), "{prev} {w}");
        }
    }
}
