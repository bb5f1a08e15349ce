//! Sources that name a group of people rather than the person or body a name in them
//! resolved to: "the mayor's closest allies in the county", "harbour advocates", "some of
//! Mr. Okafor's neighbours", "Friends of the minister". Reported speech keeps such a
//! source as written: the people named in it are only whose group it is.

use crate::extract::lexicon;
use crate::extract::tokens::Lower;

/// Words that end a group's head noun phrase: a preposition, a relative pronoun, a
/// comparison ("advocates like Ms Lee").
const AFTER_HEAD: &[&str] = &[
    "in",
    "of",
    "at",
    "from",
    "who",
    "whom",
    "whose",
    "which",
    "that",
    "with",
    "on",
    "for",
    "across",
    "among",
    "around",
    "throughout",
    "to",
    "like",
    "including",
    "close",
    "such",
];

/// Quantities before "of" that pick members of the group after it: "some of the mayor's
/// allies", "two of her aides".
const PART_OF: &[&str] = &[
    "some",
    "many",
    "most",
    "one",
    "two",
    "three",
    "four",
    "five",
    "several",
    "few",
    "all",
    "both",
    "none",
    "each",
    "any",
    "half",
    "dozens",
    "hundreds",
    "thousands",
    "majority",
];

/// Words ending in "s" that are no plural nouns.
const NOT_PLURAL: &[&str] = &[
    "this",
    "his",
    "hers",
    "its",
    "was",
    "has",
    "does",
    "always",
    "perhaps",
    "news",
    "politics",
    "economics",
    "series",
    "status",
    "whereas",
    "thus",
    "sometimes",
    "besides",
    "towards",
    "afterwards",
    "nevertheless",
    "yes",
    "plus",
    "unless",
    "various",
    "ours",
    "theirs",
    "yours",
    "is",
    "as",
    "us",
];

/// Whether the source words `text` name a group of people whose head is a plural noun that
/// is no word of `name` (the entity the words resolved to): "Okafor's biggest boosters in
/// the county", "harbour advocates", "Friends of Mr. Okafor", "two of her aides"; not
/// "Ann Okafor", "the Okafors' lawyer", "Mr. Jones" (resolved to Tom Jones).
pub(super) fn names_a_group(text: &str, name: &str) -> bool {
    // No word ending in "s": no plural (most sources are one name).
    if !text.contains(['s', 'S']) {
        return false;
    }
    // The first part of the source: up to a comma, a bracket or a dash.
    let first = text
        .split([',', '(', '—', '–', ';', ':'])
        .next()
        .unwrap_or("")
        .split(" -- ")
        .next()
        .unwrap_or("");
    let mut words: Vec<&str> = first.split_whitespace().collect();
    while words.first().is_some_and(|w| super::subject::is_leading(w)) {
        words.remove(0);
    }
    // "some of the mayor's allies": the group after the quantity.
    if words.len() > 2
        && PART_OF.contains(&Lower::new(words[0]).as_str())
        && Lower::new(words[1]) == "of"
    {
        words.drain(..2);
    }
    let cut = words
        .iter()
        .position(|w| AFTER_HEAD.contains(&Lower::new(w).as_str()))
        .unwrap_or(words.len());
    let Some(head) = words[..cut].last() else {
        return false;
    };
    let head = head.trim_end_matches(['.', '!', '?', '"', '”', '\'']);
    let listed = || people_head(head);
    plural(head)
        && (head.starts_with(char::is_lowercase) && listed()
            || head.starts_with(char::is_uppercase)
                && !name
                    .split_whitespace()
                    .any(|n| n.trim_end_matches(['.', ',']).eq_ignore_ascii_case(head)))
}

/// Whether `w`, in any case, is a head noun of groups or unnamed people as listed
/// (`group_heads`, `unnamed_heads`: "supporters", "officials").
pub(super) fn people_head(w: &str) -> bool {
    lexicon::set_here!("group_heads").contains_folded(w)
        || lexicon::set_here!("unnamed_heads").contains_folded(w)
}

/// Whether `w` reads as a plural noun: letters (and inner hyphens) ending in "s", not in
/// "ss", "us" or "is", no possessive, not all capitals ("NATO's", "FAQS").
fn plural(w: &str) -> bool {
    let lower = Lower::new(w);
    let l = lower.as_str();
    w.len() > 3
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !w.starts_with('-')
        && l.ends_with('s')
        && !(l.ends_with("ss") || l.ends_with("us") || l.ends_with("is"))
        && !NOT_PLURAL.contains(&l)
        && w.chars().any(char::is_lowercase)
}

/// A description as written without an opening "even" or "only" ("Even the organiser of
/// the rally" → "the organiser of the rally"), which say how surprising or how few, not
/// who.
pub(super) fn past_focus(d: &str) -> &str {
    // Most descriptions open with neither: told by the first letter.
    if !d.starts_with(['e', 'E', 'o', 'O']) {
        return d;
    }
    match d.split_once(' ') {
        Some((w, rest))
            if matches!(Lower::new(w).as_str(), "even" | "only") && !rest.trim().is_empty() =>
        {
            rest.trim_start()
        }
        _ => d,
    }
}

#[cfg(test)]
mod tests {
    use super::{names_a_group, past_focus};

    #[test]
    fn groups_of_people_are_told_from_the_person_they_resolved_to() {
        for (text, name) in [
            ("Okafor's biggest boosters in the county", "Ann Okafor"),
            ("harbour advocates", "Harbour Trust"),
            ("Lee's closest confidants", "Ann Lee"),
            (
                "Friends of Mr. Okafor who have seen him lately",
                "Tom Okafor",
            ),
            ("some of Mr. Okafor's neighbours", "Tom Okafor"),
            ("But two of her aides", "Ann Okafor"),
            ("Lindqvist Democrats", "Lindqvist Party"),
            ("the Okafors", "Tom Okafor"),
            ("The Okafor and Lindqvist campaigns", "Ann Okafor"),
        ] {
            assert!(names_a_group(text, name), "{text}");
        }
        for (text, name) in [
            ("Ann Okafor", "Ann Okafor"),
            ("Mr. Jones", "Tom Jones"),
            ("The Okafors' lawyer", "Tom Okafor"),
            ("Okafor, who has met the advocates,", "Ann Okafor"),
            ("the harbour board", "Harbour Board"),
            ("Texas", "Texas"),
            ("the news agency", "Harbour News"),
            ("NATO officials' boss", "NATO"),
            ("Ann Okafor faces", "Ann Okafor"),
            ("lifted Okafor through the primaries", "Ann Okafor"),
        ] {
            assert!(!names_a_group(text, name), "{text}");
        }
    }

    #[test]
    fn even_and_only_say_nothing_of_who() {
        assert_eq!(
            past_focus("Even the organiser of the rally"),
            "the organiser of the rally"
        );
        assert_eq!(past_focus("only two councillors"), "two councillors");
        assert_eq!(past_focus("the only councillor"), "the only councillor");
        assert_eq!(past_focus("Only"), "Only");
    }
}
