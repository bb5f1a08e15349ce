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

/// Nouns in "-ly", no adverbs: one ends a subject with no adverb before its verb ("A Lee
/// ally said", "the Ortiz family said") and is the noun a person's name modifies ("a Lee
/// ally", `attribution::referent::name_modified`). The one list of them. ASCII, lower case.
pub(crate) const LY_NOUNS: &[&str] = &["ally", "family", "assembly", "rally", "tally", "elderly"];

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

/// Days (and the weekdays, `text::meta::WEEKDAYS`) and times that sit between a cue and its
/// content: "said Tuesday the …".
pub(super) const WHEN: &[&str] = &[
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

/// Words after a comma that end a reported content: "…, and the court ruled", "…, although
/// he refused", "…, especially given that".
pub(super) const BREAKS: &[&str] = &[
    "and",
    "but",
    "although",
    "though",
    "while",
    "whereas",
    "as",
    "especially",
    "where",
    "so",
    "yet",
    "because",
    "even",
    "despite",
    "according",
];

/// Words that open an adjunct right after a cue, not its content: "said at a briefing
/// Monday", "said when she resigned", "said of the plan".
pub(super) const ADJUNCTS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "while", "via", "through", "over", "with",
    "from", "since", "when", "because", "although", "though", "until",
];

/// Words that open an aside between commas after a subject, not an apposition: "Sanders,
/// meanwhile, said", "The agency, in a statement, said", "Her office, when reached, said",
/// "The guild, along with two unions, wrote", "Several owners, including Lee, say".
pub(super) const ASIDE_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "during",
    "after",
    "before",
    "while",
    "with",
    "from",
    "since",
    "when",
    "although",
    "though",
    "despite",
    "for",
    "as",
    "if",
    "once",
    "meanwhile",
    "however",
    "too",
    "instead",
    "then",
    "also",
    "again",
    "still",
    "indeed",
    "moreover",
    "nonetheless",
    "nevertheless",
    "likewise",
    "similarly",
    "therefore",
    "thus",
    "meantime",
    "separately",
    "unlike",
    "like",
    "until",
    "amid",
    "without",
    "upon",
    "along",
    "together",
    "including",
];

/// The classes a word can be in, as bits of one mask: each token is looked up once, and the
/// rules ask about bits.
pub(super) mod class {
    pub const CUE: u32 = 1;
    pub const COGNITION: u32 = 1 << 1;
    pub const TELL: u32 = 1 << 2;
    pub const NOUN_FORM: u32 = 1 << 3;
    pub const AUX: u32 = 1 << 4;
    pub const BE: u32 = 1 << 5;
    pub const PRONOUN: u32 = 1 << 6;
    pub const OPENER: u32 = 1 << 7;
    pub const NOUN_BEFORE: u32 = 1 << 8;
    pub const HEARER: u32 = 1 << 9;
    pub const WHEN: u32 = 1 << 10;
    pub const PREPOSITION: u32 = 1 << 11;
    /// "to", "by", "that", "the", "according".
    pub const TO: u32 = 1 << 12;
    pub const BY: u32 = 1 << 13;
    pub const THAT: u32 = 1 << 14;
    pub const THE: u32 = 1 << 15;
    pub const ACCORDING: u32 = 1 << 16;
    /// "and", "but", "or": a new clause may start after them.
    pub const CONJUNCTION: u32 = 1 << 17;
    /// A subject's first word after a conjunction or comma: "he", "she", "they", "it",
    /// "we", "i", "the".
    pub const SUBJECT_HEAD: u32 = 1 << 18;
    /// "a", "an": a subject's first word after a comma.
    pub const ARTICLE: u32 = 1 << 19;
    /// How an inverted source starts: "said the mayor", "said one official".
    pub const SOURCE_HEAD: u32 = 1 << 20;
    /// Finite verbs: "said the bill would pass" is a clause, not a source.
    pub const FINITE: u32 = 1 << 21;
    /// After a comma, where the narrator's words go on past a reported content: "and",
    /// "but", "although", "while", "as", "especially".
    pub const BREAK: u32 = 1 << 22;
    /// Words that open an adjunct right after a cue, not its content: "said at a briefing",
    /// "said when she resigned".
    pub const ADJUNCT: u32 = 1 << 23;
    pub const ON: u32 = 1 << 24;
    /// Verbs of stance and proposal (`cue_stance_verbs`): "refused to", "proposed to".
    pub const STANCE: u32 = 1 << 25;
    /// Verbs whose content is an infinitive only: "declined to comment".
    pub const INFINITIVE: u32 = 1 << 26;
    /// Verbs that raise the subject of their infinitive (`cue_raising`): "seems to",
    /// "is expected to"; and "reportedly".
    pub const RAISING: u32 = 1 << 27;
    /// Nouns of speech and stance (`cue_nouns`): "criticism of", "calls for"; and the words
    /// of an open question (clauses/question): "questions about whether", "split on
    /// whether", "wonder whether".
    pub const NOUN_CUE: u32 = 1 << 28;
    /// Words that report only before "that" (`cue_that`): "maintained that", "is
    /// convinced that", "made clear that".
    pub const THAT_CUE: u32 = 1 << 29;
    /// Words that report only before "to" (`cue_to`): "threatened to", "is eager to".
    pub const TO_CUE: u32 = 1 << 30;
    /// "poll", "survey": the source of the clause after "In a … poll," (clauses/poll).
    pub const POLL: u32 = 1 << 31;
}

/// Every word of the clause classes, with the mask of the classes it is in.
pub(super) struct Classes {
    map: crate::extract::lexicon::FoldedMap<u32>,
    /// A bit for the hash of each word's first four and last four bytes (ASCII, case
    /// folded; [`ends_key`]): a token of four bytes or more whose bit is clear is in no
    /// class, told without the table's lookup (most such words).
    ends: Box<[u64; ENDS_WORDS]>,
}

/// The shortest word [`Classes::get_in`] asks the ends filter about (shorter words are
/// looked up at once).
const SHORT: usize = 4;

/// The words of [`Classes::ends`]: 2^15 bits.
const ENDS_WORDS: usize = 512;

/// The bit of [`Classes::ends`] for a word of at least four bytes ([`SHORT`]): its first
/// four and last four bytes (overlapping in a word of up to 7), each with bit 5 set (`A`
/// and `a` alike); `None` when one of them is not ASCII (lower-casing may then change the
/// word's ends) or the word is shorter. Four ASCII bytes at either end stay the ends of the
/// word in lower case, whatever lower-casing does to the bytes between them.
#[inline]
fn ends_key(w: &[u8]) -> Option<usize> {
    let n = w.len();
    if n < SHORT {
        return None;
    }
    let four = |b: &[u8]| u64::from(u32::from_le_bytes(b.try_into().expect("4 bytes")));
    let x = four(&w[..4]) | four(&w[n - 4..]) << 32;
    if x & 0x8080_8080_8080_8080 != 0 {
        return None;
    }
    let h = (x | 0x2020_2020_2020_2020).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - 15);
    Some(h as usize)
}

impl Classes {
    /// The classes of a word, in any case.
    #[inline]
    pub fn get(&self, word: &str) -> u32 {
        self.map.get(word)
    }

    /// The classes of `token` of `body` (as `get(token.text(body))`).
    #[inline]
    pub fn get_in(&self, body: &str, token: &crate::extract::tokens::Token) -> u32 {
        // A word of two or three bytes is looked up without the ends filter: nine in ten
        // of them are in a class ("the", "to", "of", "and", "he"), and the filter would let
        // them through after its own hash.
        if let Some(h) = ends_key(&body.as_bytes()[token.start..token.end]) {
            if self.ends[h / 64] >> (h % 64) & 1 == 0 {
                return 0;
            }
        }
        self.map
            .get_ascii_in(body, token.start, token.end)
            .unwrap_or_else(|| self.get(token.text(body)))
    }
}

/// The lexicon files of cue words and the classes their words are in.
const LEXICON_CLASSES: [(&str, u32); 9] = {
    use class::*;
    [
        ("cue_verbs", CUE),
        ("cue_stance_verbs", CUE | STANCE),
        ("cue_cognition", COGNITION),
        ("cue_tell_verbs", TELL),
        ("cue_noun_forms", NOUN_FORM),
        ("cue_raising", RAISING),
        ("cue_seen_as", RAISING),
        ("cue_that", THAT_CUE),
        ("cue_to", TO_CUE),
    ]
};

/// The word lists of the closed classes (the lists above and short ones of their own)
/// and the class of each, added in this order after the lexicon files and the nouns of
/// speech.
const LIST_CLASSES: [(&[&str], u32); 25] = [
    (AUX, class::AUX),
    (&crate::text::meta::WEEKDAYS, class::WHEN),
    (BE, class::BE),
    (PRONOUNS, class::PRONOUN),
    (OPENERS, class::OPENER),
    (NOUN_BEFORE, class::NOUN_BEFORE),
    (HEARERS, class::HEARER),
    (WHEN, class::WHEN),
    (PREPOSITIONS, class::PREPOSITION),
    (&["to"], class::TO),
    (&["by"], class::BY),
    (&["that"], class::THAT),
    (&["the"], class::THE),
    (&["according"], class::ACCORDING),
    (&["and", "but", "or"], class::CONJUNCTION),
    (
        &["he", "she", "they", "it", "we", "i", "the"],
        class::SUBJECT_HEAD,
    ),
    (&["a", "an"], class::ARTICLE),
    (
        &[
            "the", "a", "an", "one", "his", "her", "their", "some", "several", "many", "most",
            "two", "three", "former", "both",
        ],
        class::SOURCE_HEAD,
    ),
    (
        &[
            "would", "will", "is", "was", "are", "were", "has", "had", "have", "could", "should",
            "can", "may", "might", "must", "did", "does", "do",
        ],
        class::FINITE,
    ),
    (BREAKS, class::BREAK),
    (ADJUNCTS, class::ADJUNCT),
    (&["on"], class::ON),
    (&["poll", "polls", "survey", "surveys"], class::POLL),
    // "The board is reportedly weighing a levy": read with the raising verbs
    // (clauses/raising).
    (&["reportedly"], class::RAISING),
    (&["declined", "declines", "declining"], class::INFINITIVE),
];

/// Auxiliaries whose negated forms ("didn't", "didn’t") are finite too: "said the plan
/// didn't clarify it" is a clause.
const NEGATED: &[&str] = &[
    "didn", "doesn", "don", "won", "wasn", "isn", "hasn", "haven", "hadn", "couldn", "wouldn",
    "can", "aren", "weren", "shouldn",
];

/// The classes, built once from the lexicon files and the lists above.
pub(super) fn classes() -> &'static Classes {
    static CLASSES: std::sync::OnceLock<Classes> = std::sync::OnceLock::new();
    CLASSES.get_or_init(|| {
        let map = class_map();
        let ends = ends_filter(&map);
        Classes { map, ends }
    })
}

/// Every word of the classes with the mask of its classes, added in order: the words of
/// [`LEXICON_CLASSES`], the nouns of speech and of open questions (clauses/noun,
/// clauses/question), [`LIST_CLASSES`] and the negated auxiliaries ([`NEGATED`]).
fn class_map() -> crate::extract::lexicon::FoldedMap<u32> {
    use crate::extract::lexicon;
    let mut map = lexicon::FoldedMap::<u32>::default();
    for (name, bit) in LEXICON_CLASSES {
        for w in lexicon::set(name).iter() {
            map.add(w, bit);
        }
    }
    let question = [
        super::question::NOUNS,
        super::question::SPLIT,
        super::question::WEIGHING,
    ];
    for w in super::noun::words().chain(question.into_iter().flatten().copied()) {
        map.add(w, class::NOUN_CUE);
    }
    for (words, bit) in LIST_CLASSES {
        for w in words {
            map.add(w, bit);
        }
    }
    for aux in NEGATED {
        for t in ["'t", "’t"] {
            map.add(&format!("{aux}{t}"), class::FINITE);
        }
    }
    map
}

/// [`Classes::ends`] for the words of `map`.
fn ends_filter(map: &crate::extract::lexicon::FoldedMap<u32>) -> Box<[u64; ENDS_WORDS]> {
    let mut ends = Box::new([0u64; ENDS_WORDS]);
    for word in map.keys() {
        if let Some(h) = ends_key(word.as_bytes()) {
            ends[h / 64] |= 1 << (h % 64);
        }
    }
    ends
}

#[cfg(test)]
mod tests {
    use super::classes;
    use crate::extract::tokens::tokenize;
    use proptest::prelude::*;

    /// Every token of `body`: its classes with the ends filter are the table's.
    fn check(body: &str) -> Result<(), TestCaseError> {
        let c = classes();
        for t in tokenize(body, 0, body.len()) {
            prop_assert_eq!(c.get_in(body, &t), c.get(t.text(body)), "{}", t.text(body));
        }
        Ok(())
    }

    /// Every word of the classes, as written, in capitals and capitalised, and with a
    /// letter changed at either end, is classed as the table classes it.
    #[test]
    fn the_ends_filter_turns_away_no_word_of_a_class() {
        let mut body = String::new();
        for k in classes().map.keys() {
            let upper = k.to_uppercase();
            let mut title = k.clone();
            if let Some(f) = title.get_mut(0..1) {
                f.make_ascii_uppercase();
            }
            body += &format!("{k} {upper} {title} x{k} {k}x ");
        }
        check(&body).unwrap();
    }

    proptest! {
        /// A word's ends key is its lower case's, whatever stands between its ends (the
        /// Kelvin sign lower-cases to one byte, `İ` to three).
        #[test]
        fn a_words_ends_key_is_its_lower_cases(w in "[a-zA-Z'-]{1,5}(\u{212a}|\u{130}|é|[a-zA-Z]){0,3}[a-zA-Z'-]{1,5}") {
            if let Some(h) = super::ends_key(w.as_bytes()) {
                prop_assert_eq!(super::ends_key(w.to_lowercase().as_bytes()), Some(h), "{}", w);
            }
        }

        /// Any words, ASCII or not.
        #[test]
        fn the_ends_filter_agrees_with_the_table(body in "([a-zA-Z'’é\u{212a}\u{130}-]{1,10} ){0,12}") {
            check(&body)?;
        }
    }
}
