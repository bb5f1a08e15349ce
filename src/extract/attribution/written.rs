//! Sources no rule names, kept as written when their words read as a noun phrase ("the
//! agency", "Political observers in Virginia", "Those close to him") and not as the tail
//! of a clause ("the ones he", "on board with", "established a policy").

use crate::extract::tokens::Lower;

/// Which of `words` (a source's words, leading conjunctions removed) make the phrase kept
/// as written, or none when they read as no noun phrase: a pronoun, preposition or verb
/// first; a pronoun, preposition, determiner, possessive or adverb last.
/// - An adverbial before a comma is left out ("In interviews, female donors").
/// - An auxiliary or a relative pronoun at the end is the verb's ("The agency isn't",
///   "a county commissioner who").
/// - A finite verb ("could", "were") makes them a clause, not a phrase.
/// - A past-tense verb after a noun ends the phrase ("His ex-wife agreed", "The campaign
///   released an ad"); a participle after a determiner or adverb stays ("A retired
///   general", "the newly elected mayor"), and so does one that follows its noun as a
///   participle does ("those surveyed").
pub(super) fn noun_phrase<'a>(words: &[&'a str]) -> Option<std::ops::Range<usize>> {
    let lower = |w: &'a str| Lower::new(w.trim_end_matches([',', '.']));
    // Between commas: "In interviews, female donors" and "tax cuts, one study" keep what
    // follows; "Others, however" and "The administration, for its part" what comes first.
    let (start, end) = match words.iter().position(|w| w.ends_with(',')) {
        None => (0, words.len()),
        Some(first_comma) => {
            let mut after = words[..words.len() - 1]
                .iter()
                .rposition(|w| w.ends_with(','))
                .map_or(words.len(), |i| i + 1);
            if words
                .get(after)
                .is_some_and(|w| matches!(lower(w).as_str(), "and" | "but"))
            {
                after += 1;
            }
            let tail = &words[after.min(words.len())..];
            let opens = NOT_FIRST.contains(&lower(words.first()?).as_str());
            let phrase = tail.first().is_some_and(|w| starts_phrase(&lower(w), w))
                && tail.iter().any(|w| w.chars().any(char::is_alphabetic));
            if opens || phrase {
                (after, words.len())
            } else {
                (0, first_comma + 1)
            }
        }
    };
    let first = lower(words.get(start)?);
    let mut end = end;
    while end > start + 1 && TRAILING.contains(&lower(words[end - 1]).as_str()) {
        end -= 1;
    }
    // "established a policy": a verb and its object.
    let verb_first = past_tense(words[start])
        && words
            .get(start + 1)
            .is_some_and(|w| DETERMINERS.contains(&lower(w).as_str()));
    if verb_first
        || NOT_FIRST.contains(&first.as_str())
        || words[start + 1..end]
            .iter()
            .any(|w| FINITE.contains(&lower(w).as_str()))
    {
        return None;
    }
    let verb_at = (start + 1..end).find(|&i| {
        let w = lower(words[i]);
        let before = lower(words[i - 1]);
        past_tense(words[i])
            && !AFTER_NOUN.contains(&w.as_str())
            && !SUBJECTS.contains(&before.as_str())
            && !DETERMINERS.contains(&before.as_str())
            && !before.ends_with("ly")
    });
    let end = verb_at.unwrap_or(end);
    let last = lower(words.get(end.checked_sub(1)?)?);
    let contraction = [
        "n't", "n’t", "'ve", "’ve", "'m", "’m", "'re", "’re", "'d", "’d", "'ll", "’ll",
    ]
    .iter()
    .any(|c| last.ends_with(c));
    let noun_end = !contraction
        && last.chars().any(char::is_alphanumeric)
        && !ADVERB_ENDS.iter().any(|e| last.ends_with(e))
        && !NOT_LAST.contains(&last.as_str());
    (noun_end && end > start).then_some(start..end)
}

/// Whether a word can open a noun phrase: a capital, a number, a determiner or
/// quantifier ("Republicans", "26 percent", "one study").
fn starts_phrase(lower: &str, word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || DETERMINERS.contains(&lower)
}

/// Determiners and quantifiers that open a noun phrase.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "one", "some", "many", "most", "several", "few", "all", "both", "his", "her",
    "their", "its", "our", "other", "others", "another", "each", "every", "no",
];

/// Finite verbs that make the words around them a clause ("The suspensions could include
/// users", "the funds were raised").
#[rustfmt::skip]
const FINITE: &[&str] = &[
    "could", "would", "should", "will", "may", "might", "must", "can", "cannot", "is", "are",
    "was", "were", "be", "been", "being", "am", "had",
];

/// Endings of adverbs ("recently", "reportedly", "publicly"); nouns in "-ly" ("tally",
/// "family", "ally") end otherwise.
const ADVERB_ENDS: &[&str] = &[
    "edly", "ently", "antly", "ately", "ously", "ically", "ively", "ially", "fully", "ctly", "rly",
    "ckly", "icly", "ntly",
];

/// Participles that follow their noun: "those surveyed", "voters polled".
const AFTER_NOUN: &[&str] = &[
    "surveyed",
    "polled",
    "interviewed",
    "questioned",
    "asked",
    "contacted",
    "sampled",
    "quoted",
    "cited",
    "involved",
    "concerned",
    "affected",
    "named",
    "based",
];

/// Words a source's words may end with that are the verb's: an auxiliary ("The agency
/// isn't", "Officials have") or a relative pronoun ("a county commissioner who").
#[rustfmt::skip]
const TRAILING: &[&str] = &[
    "who", "who've", "who’ve", "whom",
    "is", "isn't", "isn’t", "was", "wasn't", "wasn’t", "has", "have", "had", "hasn't",
    "hasn’t", "haven't", "haven’t", "don't", "don’t", "doesn't", "doesn’t", "didn't",
    "didn’t", "will", "would", "could", "won't", "won’t", "can't", "can’t", "also", "not",
];

/// Subjects of a reduced relative clause: "Everyone I interviewed".
const SUBJECTS: &[&str] = &["i", "we", "you", "he", "she", "they"];

/// Words a noun phrase never starts with: pronouns, prepositions, question words, verbs.
#[rustfmt::skip]
const NOT_FIRST: &[&str] = &[
    "i", "we", "you", "he", "she", "it", "they", "this", "that", "which", "who", "there",
    "what", "i'm", "i’m", "i'd", "i’d", "we're", "we’re", "they've", "they’ve",
    "of", "for", "with", "by", "on", "in", "to", "at", "from", "into", "around",
    "amongst", "among", "per", "like", "including", "against",
    "how", "why", "whom", "where", "when", "together", "having", "getting",
    "please", "let", "could", "would", "should", "can", "will", "do", "does", "did", "has",
    "have", "had", "is", "are", "was", "were", "said", "says", "keeps", "yet", "however",
    "reportedly", "rather", "well", "see", "instead", "better", "actually", "then",
    "originally", "quickly", "just", "also", "so", "now", "according", "protecting",
];

/// Words a noun phrase never ends with: a pronoun or relative after other words is the
/// real subject ("the ones he", "donors … who"); a preposition, determiner or possessive
/// leaves its noun out.
#[rustfmt::skip]
const NOT_LAST: &[&str] = &[
    "i", "we", "you", "he", "she", "it", "they", "this", "that", "which", "who", "whom",
    "what", "with", "by", "of", "for", "to", "from", "in", "on", "at", "into", "as",
    "yet", "when", "while", "his", "her", "their", "its", "our", "my", "your", "the", "a",
    "an", "and", "or", "but", "let",
];

/// A past-tense verb: "-ed" on a lower-case word ("agreed", "released").
fn past_tense(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::noun_phrase;

    fn kept(s: &str) -> Option<String> {
        let words: Vec<&str> = s.split_whitespace().collect();
        noun_phrase(&words).map(|r| words[r].join(" "))
    }

    #[test]
    fn noun_phrases_are_kept() {
        assert_eq!(kept("the agency").as_deref(), Some("the agency"));
        assert_eq!(
            kept("Those close to him").as_deref(),
            Some("Those close to him")
        );
        assert_eq!(
            kept("A retired general").as_deref(),
            Some("A retired general")
        );
        assert_eq!(kept("His ex-wife agreed").as_deref(), Some("His ex-wife"));
        assert_eq!(
            kept("The campaign released an ad").as_deref(),
            Some("The campaign")
        );
        assert_eq!(
            kept("The decision prompted objections").as_deref(),
            Some("The decision")
        );
        assert_eq!(
            kept("the newly elected mayor").as_deref(),
            Some("the newly elected mayor")
        );
        assert_eq!(kept("The agency isn't").as_deref(), Some("The agency"));
        assert_eq!(
            kept("In interviews, female donors").as_deref(),
            Some("female donors")
        );
        assert_eq!(kept("Others, however,").as_deref(), Some("Others,"));
        assert_eq!(kept("Mr. King, 82,").as_deref(), Some("Mr. King,"));
        assert_eq!(
            kept("raise taxes, and Republicans").as_deref(),
            Some("Republicans")
        );
        assert_eq!(
            kept("The fund, for its part,").as_deref(),
            Some("The fund,")
        );
        assert_eq!(
            kept("a county commissioner who").as_deref(),
            Some("a county commissioner")
        );
        for s in [
            "Everyone I interviewed",
            "No one",
            "Not everyone",
            "one analyst",
            "an arbitration panel in 2001",
            "About 4 in 10",
            "a CNN tally",
            "those surveyed",
            "About one in five",
            "one Twitter user @example",
        ] {
            assert_eq!(kept(s).as_deref(), Some(s));
        }
    }

    #[test]
    fn clause_tails_are_not_sources() {
        for s in [
            "the ones he",
            "on board with",
            "including Friday",
            "how experts",
            "Could you please",
            "I'm",
            "established a policy",
            "the gap between what we",
            "The suspensions could include users who",
            "the funds were raised",
            "Actually I think I've",
            "didn't",
            "Well",
        ] {
            assert_eq!(kept(s), None, "{s}");
        }
    }
}
