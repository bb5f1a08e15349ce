//! The closed word classes clause reading looks at: auxiliaries, openers of clauses,
//! hearers, days, prepositions. Open classes (cue verbs) are data in assets/lexicon.

/// Auxiliaries and adverbs between a subject and its cue: "has also said", "would later
/// write", "did not deny".
pub(super) const AUX: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "also",
    "did",
    "does",
    "do",
    "not",
    "never",
    "may",
    "might",
    "could",
    "should",
    "can",
    "must",
    "again",
    "once",
    "then",
    "later",
    "previously",
    "recently",
    "just",
    "already",
    "still",
    "even",
    "first",
    "often",
    "is",
    "are",
    "was",
    "were",
    "has",
    "had",
    "been",
    "reportedly",
    "repeatedly",
    "privately",
    "publicly",
    "separately",
    "further",
    "earlier",
    "now",
    "ultimately",
    "n't",
    "always",
    "long",
    "frequently",
];

/// Pronouns that may stand as a cue's subject.
pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "who"];

/// Forms of "be" that make a cue passive ("was called", "is expected").
pub(super) const BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "'s", "’s",
];

/// Words that open a new clause: a subject is never found before them.
pub(super) const OPENERS: &[&str] = &[
    "that", "because", "while", "when", "after", "before", "although", "though", "if", "since",
    "whereas", "where", "until", "unless", "whether", "which", "who", "so", "as", "than", "once",
];

/// Words after which a cue word is a noun: "the claims", "his calls for".
pub(super) const NOUN_BEFORE: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "such",
    "any", "no", "new", "recent", "earlier", "many", "several", "some", "of", "in", "this", "that",
    "those", "for", "news", "media", "press",
];

/// Hearers after a verb of telling: "told reporters", "told him".
pub(super) const HEARERS: &[&str] = &[
    "reporters",
    "journalists",
    "him",
    "her",
    "them",
    "us",
    "me",
    "you",
    "voters",
    "supporters",
    "viewers",
    "listeners",
    "readers",
    "audiences",
    "lawmakers",
    "members",
    "congress",
    "senators",
    "delegates",
    "students",
    "donors",
    "staff",
    "investigators",
];

/// Days and times that sit between a cue and its content: "said Tuesday the …".
pub(super) const WHEN: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tonight",
    "recently",
    "earlier",
    "later",
    "again",
    "also",
    "repeatedly",
    "privately",
    "publicly",
    "last",
    "week",
    "month",
    "night",
    "morning",
    "afternoon",
    "evening",
    "year",
];

/// Words that open an adjunct, not a content: "said in a statement", "said at a rally".
pub(super) const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "while", "as", "with", "from", "via", "through",
    "over", "since", "to", "of", "about", "for", "when", "and", "but", "or",
];
