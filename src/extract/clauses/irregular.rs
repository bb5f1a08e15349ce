//! Past tenses and past participles of irregular verbs (`assets/lexicon/irregular_verbs`):
//! a clause whose verb no word list holds ("two old ships sank last week", "the ferry ran
//! late", "the pier had broken apart") still has a verb.

use super::Words;
use crate::extract::lexicon::{self, FoldedMap};

/// A past tense: "sank", "ran", "took".
pub(crate) const PAST: u8 = 1;
/// A past participle: "sunk", "run", "taken".
pub(super) const PARTICIPLE: u8 = 2;

/// The shortest and the longest form read ("ran", "misunderstood"): a token of another
/// length, or one not starting with a lower-case letter, is no form, told without a lookup.
const SHORTEST: usize = 3;
const LONGEST: usize = 13;

/// The forms, lower case, with their bits, and a filter of their lengths and end letters.
struct Forms {
    map: FoldedMap<u8>,
    /// A bit for each form's [`filter_key`]: a word whose bit is clear is no form, told
    /// without the table's lookup (most words).
    filter: Box<[u64; FILTER_WORDS]>,
}

/// The words of [`Forms::filter`]: a bit for each length up to 15, first and last letter.
const FILTER_WORDS: usize = 16 * 32 * 32 / 64;

/// The bit of [`Forms::filter`] for a word of a form's length (1 to 15 bytes): its length
/// and the low five bits of its first and last bytes (a letter's in either case).
#[inline]
fn filter_key(w: &[u8]) -> usize {
    let (first, last) = (usize::from(w[0] & 31), usize::from(w[w.len() - 1] & 31));
    (first << 9) | (last << 4) | (w.len() & 15)
}

/// Every past and participle form of the table that is neither a base form of a verb of
/// it ("cut", "read", "come", "run") nor marked "*" (as often a noun or an adjective:
/// "left", "bit", "shot").
fn forms() -> &'static Forms {
    static FORMS: std::sync::OnceLock<Forms> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        let rows: Vec<Vec<&str>> = lexicon::table("irregular_verbs").collect();
        let bases: rustc_hash::FxHashSet<&str> =
            rows.iter().filter_map(|r| r.first().copied()).collect();
        let mut map = FoldedMap::default();
        let mut filter = Box::new([0u64; FILTER_WORDS]);
        for row in &rows {
            for (column, bit) in [(1, PAST), (2, PARTICIPLE)] {
                for form in row.get(column).into_iter().flat_map(|c| c.split('/')) {
                    let form = form.trim();
                    if form.ends_with('*') || form.is_empty() || bases.contains(form) {
                        continue;
                    }
                    assert!((SHORTEST..=LONGEST).contains(&form.len()), "{form}");
                    map.add(form, bit);
                    let k = filter_key(form.as_bytes());
                    filter[k / 64] |= 1 << (k % 64);
                }
            }
        }
        Forms { map, filter }
    })
}

/// The bits of `word` (`PAST`, `PARTICIPLE`; 0 when it is no form read). A word starting
/// with a capital is none: "Rose Park", "the Fed".
#[inline]
pub(crate) fn form_of(word: &str) -> u8 {
    let w = word.as_bytes();
    if !(SHORTEST..=LONGEST).contains(&w.len()) || !w[0].is_ascii_lowercase() {
        return 0;
    }
    let forms = forms();
    let k = filter_key(w);
    if forms.filter[k / 64] >> (k % 64) & 1 == 0 {
        return 0;
    }
    forms.map.get(word)
}

impl Words<'_> {
    /// Whether token `i` is an irregular past tense ("sank", "took"; also "held", "made",
    /// past participles as well).
    pub(super) fn past(&self, i: usize) -> bool {
        self.irregular(i) & PAST != 0
    }

    /// The irregular-verb bits of token `i` (`PAST`, `PARTICIPLE`), unquoted or not.
    pub(super) fn irregular(&self, i: usize) -> u8 {
        form_of(self.toks[i].text(self.body))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_turns_away_no_form() {
        let keys = forms().map.keys();
        assert!(keys.len() > 250, "{}", keys.len());
        for k in keys {
            assert_ne!(form_of(&k), 0, "{k}");
        }
    }

    #[test]
    fn the_table_gives_past_and_participle_forms_but_no_base_or_noun() {
        assert_eq!(form_of("sank"), PAST);
        assert_eq!(form_of("sunk"), PARTICIPLE);
        assert_eq!(form_of("made"), PAST | PARTICIPLE);
        assert_eq!(form_of("gotten"), PARTICIPLE);
        assert_eq!(form_of("misunderstood"), PAST | PARTICIPLE);
        // Base forms, nouns, capitals and other words are none.
        for w in [
            "cut", "read", "run", "come", "left", "bit", "ground", "Rose", "Ran", "ship",
        ] {
            assert_eq!(form_of(w), 0, "{w}");
        }
    }
}
