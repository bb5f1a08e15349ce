//! Sources no rule names, kept as written when their words read as a noun phrase ("the
//! agency", "Political observers in Virginia", "Those close to him") and not as the tail
//! of a clause ("the ones he", "on board with", "established a policy").

use crate::extract::lexicon::FoldedMap;
use crate::extract::memo::FirstN;
use crate::extract::tokens::Lower;

/// Which of `words` (a source's words, leading conjunctions removed) make the phrase kept
/// as written, or none when they read as no noun phrase or it would be over `max` words: a pronoun, preposition or verb
/// first; a pronoun, preposition, determiner, possessive or adverb last.
/// - An adverbial before a comma is left out ("In interviews, female donors").
/// - An auxiliary or a relative pronoun at the end is the verb's ("The agency isn't",
///   "a county commissioner who").
/// - A finite verb ("could", "were") makes them a clause, not a phrase.
/// - A past-tense verb after a noun ends the phrase ("His ex-wife agreed", "The campaign
///   released an ad"); a participle after a determiner or adverb stays ("A retired
///   general", "the newly elected mayor"), and so does one that follows its noun as a
///   participle does ("those surveyed").
pub(super) fn noun_phrase(words: &[&str], max: usize) -> Option<std::ops::Range<usize>> {
    // The rules below ask most words for several classes: each of the first words is
    // looked up once.
    let known: FirstN<u8, 16> = FirstN::new();
    let class_of = |i: usize, w: &str| known.get_or(i, || classes(w));
    let is = |i: usize, c: u8| words.get(i).is_some_and(|w| class_of(i, w) & c != 0);
    // Between commas: "In interviews, female donors" and "tax cuts, one study" keep what
    // follows; "Others, however" and "The administration, for its part" what comes first.
    let (start, end) = match words.iter().position(|w| w.ends_with(',')) {
        None => (0, words.len()),
        Some(first_comma) => {
            let mut after = words[..words.len() - 1]
                .iter()
                .rposition(|w| w.ends_with(','))
                .map_or(words.len(), |i| i + 1);
            if is(after, CONJUNCTION) {
                after += 1;
            }
            let tail = &words[after.min(words.len())..];
            let phrase = tail.first().is_some_and(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || is(after, DETERMINER)
            }) && tail.iter().any(|w| w.chars().any(char::is_alphabetic));
            if is(0, NOT_FIRST) || phrase {
                (after, words.len())
            } else {
                (0, first_comma + 1)
            }
        }
    };
    let mut end = end;
    while end > start + 1 && is(end - 1, TRAILING) {
        end -= 1;
    }
    // Too long, unless a verb cuts it short (the test below, without its lookups).
    let cut_short = || (start + 1..end.min(start + max + 1)).any(|i| past_tense(words[i]));
    if end - start > max && !cut_short() {
        return None;
    }
    // "established a policy": a verb and its object.
    let verb_first = past_tense(words.get(start)?) && is(start + 1, DETERMINER);
    if verb_first || is(start, NOT_FIRST) {
        return None;
    }
    let verb_at = (start + 1..end).find(|&i| {
        past_tense(words[i])
            && !is(i, AFTER_NOUN)
            && !is(i - 1, SUBJECT | DETERMINER)
            && !words[i - 1].trim_end_matches([',', '.']).ends_with("ly")
    });
    let clause_end = end;
    let end = verb_at.unwrap_or(end);
    let last = words.get(end.checked_sub(1)?)?.trim_end_matches([',', '.']);
    let contraction = [
        "n't", "n’t", "'ve", "’ve", "'m", "’m", "'re", "’re", "'d", "’d", "'ll", "’ll",
    ]
    .iter()
    .any(|c| last.as_bytes().ends_with(c.as_bytes()));
    let lower_last = Lower::new(last);
    let noun_end = !contraction
        && last.chars().any(char::is_alphanumeric)
        && !adverb(lower_last.as_bytes())
        && !is(end - 1, NOT_LAST);
    let fits = noun_end && end > start && end - start <= max;
    (fits && !(start + 1..clause_end).any(|i| is(i, FINITE))).then_some(start..end)
}

/// Whether a noun phrase never starts with `w` (a pronoun, preposition, question word or
/// verb; any case).
pub(super) fn opens_no_phrase(w: &str) -> bool {
    classes(w) & NOT_FIRST != 0
}

/// The classes of a word (bits below), case and a trailing comma or stop aside.
fn classes(w: &str) -> u8 {
    static TABLE: std::sync::OnceLock<FoldedMap<u8>> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = FoldedMap::default();
        let lists: [(&[&str], u8); 8] = [
            (NOT_FIRST_WORDS, NOT_FIRST),
            (NOT_LAST_WORDS, NOT_LAST),
            (FINITE_WORDS, FINITE),
            (TRAILING_WORDS, TRAILING),
            (AFTER_NOUN_WORDS, AFTER_NOUN),
            (DETERMINER_WORDS, DETERMINER),
            (SUBJECT_WORDS, SUBJECT),
            (&["and", "but"], CONJUNCTION),
        ];
        for (list, bit) in lists {
            for w in list {
                t.add(w, bit);
            }
        }
        t
    });
    table.get(w.trim_end_matches([',', '.']))
}

const NOT_FIRST: u8 = 1;
const NOT_LAST: u8 = 2;
const FINITE: u8 = 4;
const TRAILING: u8 = 8;
const AFTER_NOUN: u8 = 16;
const DETERMINER: u8 = 32;
const SUBJECT: u8 = 64;
const CONJUNCTION: u8 = 128;

/// Determiners and quantifiers that open a noun phrase.
#[rustfmt::skip]
const DETERMINER_WORDS: &[&str] = &[
    "the", "a", "an", "one", "some", "many", "most", "several", "few", "all", "both", "his",
    "her", "their", "its", "our", "other", "others", "another", "each", "every", "no",
];

/// Finite verbs that make the words around them a clause ("The suspensions could include
/// users", "the funds were raised").
#[rustfmt::skip]
const FINITE_WORDS: &[&str] = &[
    "could", "would", "should", "will", "may", "might", "must", "can", "cannot", "is", "are",
    "was", "were", "be", "been", "being", "am", "had",
];

/// Whether a lower-case word ends as an adverb does.
fn adverb(w: &[u8]) -> bool {
    w.ends_with(b"ly") && ADVERB_ENDS.iter().any(|e| w.ends_with(e.as_bytes()))
}

/// Endings of adverbs ("recently", "reportedly", "publicly"); nouns in "-ly" ("tally",
/// "family", "ally") end otherwise.
const ADVERB_ENDS: &[&str] = &[
    "edly", "ently", "antly", "ately", "ously", "ically", "ively", "ially", "fully", "ctly", "rly",
    "ckly", "icly", "ntly",
];

/// Participles that follow their noun: "those surveyed", "voters polled".
const AFTER_NOUN_WORDS: &[&str] = &[
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
const TRAILING_WORDS: &[&str] = &[
    "who", "who've", "who’ve", "whom",
    "is", "isn't", "isn’t", "was", "wasn't", "wasn’t", "has", "have", "had", "hasn't",
    "hasn’t", "haven't", "haven’t", "don't", "don’t", "doesn't", "doesn’t", "didn't",
    "didn’t", "will", "would", "could", "won't", "won’t", "can't", "can’t", "also", "not",
];

/// Subjects of a reduced relative clause: "Everyone I interviewed".
const SUBJECT_WORDS: &[&str] = &["i", "we", "you", "he", "she", "they"];

/// Words a noun phrase never starts with: pronouns, prepositions, question words, verbs.
#[rustfmt::skip]
const NOT_FIRST_WORDS: &[&str] = &[
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
const NOT_LAST_WORDS: &[&str] = &[
    "i", "we", "you", "he", "she", "it", "they", "this", "that", "which", "who", "whom",
    "what", "with", "by", "of", "for", "to", "from", "in", "on", "at", "into", "as",
    "yet", "when", "while", "his", "her", "their", "its", "our", "my", "your", "the", "a",
    "an", "and", "or", "but", "let",
];

/// A past-tense verb: "-ed" on a lower-case word ("agreed", "released").
fn past_tense(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase())
        || crate::extract::clauses::irregular::form_of(w) & crate::extract::clauses::irregular::PAST
            != 0
}

#[cfg(test)]
mod tests {
    use super::noun_phrase;

    fn kept(s: &str) -> Option<String> {
        let words: Vec<&str> = s.split_whitespace().collect();
        noun_phrase(&words, usize::MAX).map(|r| words[r].join(" "))
    }

    #[test]
    fn noun_phrases_are_kept() {
        for (words, phrase) in [
            ("the agency", "the agency"),
            ("Those close to him", "Those close to him"),
            ("A retired general", "A retired general"),
            ("His ex-wife agreed", "His ex-wife"),
            ("The campaign released an ad", "The campaign"),
            // An irregular past ends it as well.
            ("The campaign sent a fundraising email", "The campaign"),
            ("The rival campaign took out an ad", "The rival campaign"),
            ("The decision prompted objections", "The decision"),
            ("the newly elected mayor", "the newly elected mayor"),
            ("The agency isn't", "The agency"),
            ("In interviews, female donors", "female donors"),
            ("Others, however,", "Others,"),
            ("Mr. King, 82,", "Mr. King,"),
            ("raise taxes, and Republicans", "Republicans"),
            ("The fund, for its part,", "The fund,"),
            ("a county commissioner who", "a county commissioner"),
        ] {
            assert_eq!(kept(words).as_deref(), Some(phrase), "{words}");
        }
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
