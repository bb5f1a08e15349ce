//! The lexicon classes of words, and one paragraph's words as the name rules read them:
//! each token's classes, found once on first use. A capitalised run asks about the same
//! few words many times (is it a title? a first name? a common word?), and each question
//! used to lower-case the word and hash it again.

use super::keys::lower;
use crate::extract::lexicon::{self, WordSet};
use crate::extract::tokens::{Lower, Token};
use std::cell::Cell;

/// The lexicon sets a word can be in, as bits of one mask.
pub(super) mod class {
    pub const COMMON: u16 = 1;
    pub const TITLE: u16 = 1 << 1;
    pub const ROLE_NOUN: u16 = 1 << 2;
    pub const STOP: u16 = 1 << 3;
    pub const ORG_WORD: u16 = 1 << 4;
    pub const SPEECH: u16 = 1 << 5;
    pub const NON_ACTOR_SUFFIX: u16 = 1 << 6;
    pub const ORG_CUE: u16 = 1 << 7;
    pub const FIRST_NAME: u16 = 1 << 8;
    pub const PLACE_SUFFIX: u16 = 1 << 9;
    pub const NAME_LIKE_COMMON: u16 = 1 << 10;
    pub const CONNECTOR: u16 = 1 << 11;
    pub const SUBJECT: u16 = 1 << 12;
    pub const PLACE_START: u16 = 1 << 13;
    pub const GAZETTEER_FIRST: u16 = 1 << 14;
    pub const GROUP_IDENTITY: u16 = 1 << 15;
}

/// Every word of every set, with the mask of the sets it is in.
#[derive(Debug, Default)]
pub(super) struct Classes(lexicon::FoldedMap<u16>);

/// First names that are also common words ("Mark", "Will"): a run starting with one of these
/// can still be a person.
const NAME_LIKE_COMMON: &[&str] = &[
    "mark", "bill", "will", "rose", "may", "hope", "joy", "rich", "sue", "grace", "june", "april",
    "dawn", "frank", "pat", "chase", "dean", "lance", "ray", "victor", "faith", "art", "bob",
    "gene", "guy", "jean", "max", "neil", "penny", "robin", "sandy", "tony", "ann", "al", "ed",
    "drew", "miles", "hu",
];

/// Suffixes that make a capitalised word an adjective, never part of a name
/// ("Tunisian-born", "London-based", "Toronto-shot").
const ADJECTIVE_SUFFIXES: &[&str] = &[
    "-born",
    "-based",
    "-owned",
    "-led",
    "-run",
    "-backed",
    "-shot",
    "-made",
    "-bred",
    "-raised",
    "-educated",
    "-trained",
    "-funded",
    "-listed",
    "-style",
    "-inspired",
    "-loving",
    "-hating",
    "-friendly",
    "-like",
    "-era",
    "-esque",
    "-majority",
    "-minority",
    "-speaking",
];

/// Whether a hyphenated word (lower case) is a description, never part of a name:
/// "Tunisian-born", "Janet Jackson-style", "UWB-using", "Trump-loving", "US-led",
/// "October-to-December".
pub(super) fn adjectival(w: &str) -> bool {
    // Most words have no hyphen: turned away by one pass over a few bytes (shorter than
    // a call to a vectorised search).
    let Some(hyphen) = w.bytes().rposition(|b| b == b'-') else {
        return false;
    };
    let last = &w[hyphen + 1..];
    // "October-to-December": a span, not a name.
    let span = ["-to-", "-and-", "-by-", "-for-"]
        .iter()
        .any(|p| w.contains(p));
    span || ADJECTIVE_SUFFIXES.iter().any(|suffix| w.ends_with(suffix))
        || (last.len() >= 4 && (last.ends_with("ing") || last.ends_with("ed")))
}

/// Adverbs that open sentences ("Meanwhile", "Afterwards", "Traditionally", "Currently"):
/// capitalised by position, never the start of a name. `w` is the word in lower case.
pub(super) fn sentence_adverb(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "meanwhile",
        "afterwards",
        "afterward",
        "however",
        "moreover",
        "furthermore",
        "nevertheless",
        "nonetheless",
        "instead",
        "elsewhere",
        "otherwise",
        "besides",
        "likewise",
        "therefore",
        "thus",
        "hence",
        "indeed",
        "perhaps",
        "overall",
        "later",
        "earlier",
        "today",
        "yesterday",
        "tonight",
        "now",
        "then",
        "still",
        "yet",
        "also",
        "previously",
        "recently",
        "currently",
        "finally",
        "eventually",
        "initially",
        "lest",
    ];
    const SUFFIXES: &[&str] = &[
        "ally", "ately", "ently", "antly", "ously", "edly", "ively", "arly",
    ];
    static SET: std::sync::OnceLock<WordSet> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| WORDS.iter().map(|w| w.to_string()).collect());
    // `w` is in lower case: the folded lookup (one load for a short word) finds it as the
    // exact one would.
    set.contains_folded(w) || (w.len() >= 7 && SUFFIXES.iter().any(|s| w.ends_with(s)))
}

/// Nationalities as nouns, which stand before a name as a role does: "Scot Jane Roe".
pub(super) const NATIONALITY_NOUNS: &[&str] = &[
    "briton",
    "scot",
    "scotsman",
    "scotswoman",
    "swede",
    "spaniard",
    "dane",
    "welshman",
    "welshwoman",
    "englishman",
    "englishwoman",
    "irishman",
    "irishwoman",
    "frenchman",
    "frenchwoman",
    "dutchman",
    "dutchwoman",
];

/// Personal honorifics: after one, a place's name is a surname ("Mr Houston").
pub(super) const HONORIFICS: &[&str] =
    &["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr."];

/// Titles that places and institutions are named after ("Imam Khomeini International
/// Airport", "General Santos City"): such a title before a place's or an organisation's
/// name is part of it.
pub(super) const EPONYM_TITLES: &[&str] = &[
    "king",
    "queen",
    "prince",
    "princess",
    "imam",
    "general",
    "president",
    "pope",
    "emir",
    "sheikh",
    "duke",
    "duchess",
    "cardinal",
    "admiral",
    "gen.",
    "gen",
];

/// Words that start place names, not people ("New Orleans", "North Korea", "Gulf of Mexico").
const PLACE_STARTS: &[&str] = &[
    "new",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "san",
    "santa",
    "los",
    "las",
    "saint",
    "st.",
    "mount",
    "lake",
    "port",
    "fort",
    "cape",
    "gulf",
    "upper",
    "lower",
    "great",
    "little",
    "tropical",
    "hurricane",
    "storm",
    "cyclone",
    "typhoon",
    "national",
    "international",
    "royal",
    "federal",
    "central",
    "general",
    "united",
];

/// Verbs after a single name that show it is someone acting ("Warman was keen").
const SUBJECT_WORDS: &[&str] = &[
    "was", "is", "has", "had", "who", "will", "would", "could", "also", "later", "then",
];

const CONNECTORS: &[&str] = &[
    "of", "for", "de", "da", "van", "von", "bin", "al", "del", "du", "la", "le", "der", "den",
    "di", "dos", "das",
];

/// The longest of [`CONNECTORS`], in bytes: a longer token is none (no character outside
/// ASCII lower-cases to one of their letters), told without looking it up.
const CONNECTOR_MAX: usize = 3;

/// The lexicon files each class is read from.
const FILES: [(&str, u16); 11] = [
    ("common_words", class::COMMON),
    ("titles", class::TITLE),
    ("role_nouns", class::ROLE_NOUN),
    ("stop_names", class::STOP),
    ("org_words", class::ORG_WORD),
    ("speech_verbs", class::SPEECH),
    ("non_actor_suffixes", class::NON_ACTOR_SUFFIX),
    ("org_cues", class::ORG_CUE),
    ("first_names", class::FIRST_NAME),
    ("place_suffixes", class::PLACE_SUFFIX),
    ("group_identities", class::GROUP_IDENTITY),
];

impl Classes {
    /// The classes of every word of the lexicon files above, of the lists above, and of
    /// the first words of gazetteer names (`gazetteer_first`).
    pub fn new(gazetteer_first: &WordSet) -> Classes {
        let mut classes = Classes::default();
        for (file, c) in FILES {
            classes.add(lexicon::set(file).iter(), c);
        }
        classes.add(gazetteer_first.iter(), class::GAZETTEER_FIRST);
        classes.add(NAME_LIKE_COMMON.iter().copied(), class::NAME_LIKE_COMMON);
        classes.add(CONNECTORS.iter().copied(), class::CONNECTOR);
        classes.add(SUBJECT_WORDS.iter().copied(), class::SUBJECT);
        classes.add(PLACE_STARTS.iter().copied(), class::PLACE_START);
        classes
    }

    fn add<'s>(&mut self, words: impl IntoIterator<Item = &'s str>, class: u16) {
        for w in words {
            self.0.add(w, class);
        }
    }

    /// The classes of a word in lower case.
    pub fn of(&self, word: &str) -> u16 {
        self.0.get_lower(word)
    }
}

/// The tokens of one paragraph, with their classes.
pub(super) struct Words<'a> {
    pub body: &'a str,
    pub tokens: &'a [Token],
    classes: &'a Classes,
    /// Each token's classes, or [`UNSEEN`] before the first question about it.
    seen: &'a [Cell<u16>],
}

/// Not looked up yet (no word is in every set).
const UNSEEN: u16 = u16::MAX;

impl<'a> Words<'a> {
    /// `seen` is working memory, kept by the caller for the next paragraph.
    pub fn new(
        body: &'a str,
        tokens: &'a [Token],
        classes: &'a Classes,
        seen: &'a mut Vec<Cell<u16>>,
    ) -> Words<'a> {
        seen.clear();
        seen.resize(tokens.len(), Cell::new(UNSEEN));
        Words {
            body,
            tokens,
            classes,
            seen,
        }
    }

    /// Token `i` in lower case (`’` as `'`).
    pub fn lower(&self, i: usize) -> Lower<'a> {
        lower(self.body, &self.tokens[i])
    }

    /// Whether token `i` is one of `words` (lower-case ASCII) in any case; compared in
    /// place, not lower-cased first.
    pub fn is_word(&self, i: usize, words: &[&str]) -> bool {
        let w = self.tokens[i].text(self.body).as_bytes();
        words.iter().any(|x| x.as_bytes().eq_ignore_ascii_case(w))
    }

    /// Whether token `i` is in any of the sets of `class`. Inlined at every question (a
    /// call cost more than the answer once the classes are known); the first lookup of a
    /// token is out of line.
    #[inline(always)]
    pub fn is(&self, i: usize, class: u16) -> bool {
        let c = self.seen[i].get();
        let c = if c == UNSEEN { self.look_up(i) } else { c };
        c & class != 0
    }

    /// [`Words::is`] of [`class::CONNECTOR`], told by the token's length first: most words
    /// after a capitalised run are longer than any connector, and are not looked up for it.
    #[inline(always)]
    pub fn is_connector(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.end - t.start <= CONNECTOR_MAX && self.is(i, class::CONNECTOR)
    }

    /// The classes of token `i`, looked up and kept.
    #[inline(never)]
    fn look_up(&self, i: usize) -> u16 {
        let t = &self.tokens[i];
        let c = match self.classes.0.get_ascii_in(self.body, t.start, t.end) {
            Some(c) => c,
            None => self.classes.of(&self.lower(i)),
        };
        self.seen[i].set(c);
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;

    #[test]
    fn hyphenated_descriptions_and_opening_adverbs() {
        for w in [
            "tunisian-born",
            "jackson-style",
            "uwb-using",
            "october-to-december",
        ] {
            assert!(adjectival(w), "{w}");
        }
        for w in ["jean-claude", "schoch-spana", "hay-on-wye", "hamad"] {
            assert!(!adjectival(w), "{w}");
        }
        assert!(sentence_adverb("traditionally") && sentence_adverb("meanwhile"));
        assert!(!sentence_adverb("kelly") && !sentence_adverb("connolly"));
    }

    #[test]
    fn no_connector_is_longer_than_its_bound() {
        assert!(CONNECTORS
            .iter()
            .all(|c| c.is_ascii() && c.len() <= CONNECTOR_MAX));
    }

    /// The length test before the lookup answers as the lookup, with the real lexicon, on
    /// connectors in any case, words one byte longer, and the characters that lower-case to
    /// ASCII (the Kelvin sign, `İ`).
    fn connector_agrees(body: &str) -> Result<(), proptest::test_runner::TestCaseError> {
        let classes = &super::super::known::lex().classes;
        let tokens = tokenize(body, 0, body.len());
        let mut seen = Vec::new();
        let words = Words::new(body, &tokens, classes, &mut seen);
        for (i, t) in tokens.iter().enumerate() {
            proptest::prop_assert_eq!(
                words.is_connector(i),
                words.is(i, class::CONNECTOR),
                "{:?}",
                t.text(body)
            );
        }
        Ok(())
    }

    #[test]
    fn connectors_are_told_by_length_as_by_lookup() {
        let mut body = String::new();
        for c in CONNECTORS {
            body.push_str(&format!("{c} {} {}s x{c} ", c.to_uppercase(), c));
        }
        body.push_str("\u{212a}of \u{130}n v\u{212a}n Van Der DOS");
        connector_agrees(&body).unwrap();
        let classes = &super::super::known::lex().classes;
        let tokens = tokenize("of Vans", 0, 7);
        let mut seen = Vec::new();
        let words = Words::new("of Vans", &tokens, classes, &mut seen);
        assert!(words.is_connector(0) && !words.is_connector(1));
    }

    proptest::proptest! {
        #[test]
        fn connectors_by_length_agree_on_any_words(
            body in "(([a-zA-Z]|\u{212a}|\u{130}){1,5} ){1,8}"
        ) {
            connector_agrees(&body)?;
        }
    }

    #[test]
    fn a_word_is_in_the_sets_it_was_added_to_whatever_its_case() {
        let mut classes = Classes::default();
        classes.add(["minister", "said"], class::TITLE);
        classes.add(["said"], class::SPEECH);
        let body = "The Minister SAID it’s O’Brien";
        let tokens = tokenize(body, 0, body.len());
        let mut seen = Vec::new();
        let words = Words::new(body, &tokens, &classes, &mut seen);
        assert!(words.is(1, class::TITLE) && !words.is(1, class::SPEECH));
        assert!(words.is(2, class::SPEECH | class::TITLE));
        assert!(!words.is(0, !0));
        assert_eq!(words.lower(2).as_str(), "said");
        assert_eq!(words.lower(4).as_str(), "o'brien");
    }
}
