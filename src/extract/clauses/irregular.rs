//! Past tenses and past participles of irregular verbs (`assets/lexicon/irregular_verbs`):
//! a clause whose verb no word list holds ("two old ships sank last week", "the ferry ran
//! late", "the pier had broken apart") still has a verb.

use super::Words;
use crate::extract::lexicon::{self, FoldedMap};

/// A past tense: "sank", "ran", "took".
pub(super) const PAST: u8 = 1;
/// A past participle: "sunk", "run", "taken".
pub(super) const PARTICIPLE: u8 = 2;

/// The shortest and the longest form read ("ran", "misunderstood"): a token of another
/// length, or one not starting with a lower-case letter, is no form, told without a lookup.
const SHORTEST: usize = 3;
const LONGEST: usize = 13;

/// The forms, lower case, with their bits: every past and participle form of the table
/// that is neither a base form of a verb of it ("cut", "read", "come", "run") nor marked
/// "*" (as often a noun or an adjective: "left", "bit", "shot").
fn forms() -> &'static FoldedMap<u8> {
    static FORMS: std::sync::OnceLock<FoldedMap<u8>> = std::sync::OnceLock::new();
    FORMS.get_or_init(|| {
        let rows: Vec<Vec<&str>> = lexicon::table("irregular_verbs").collect();
        let bases: Vec<&str> = rows.iter().filter_map(|r| r.first().copied()).collect();
        let mut map = FoldedMap::default();
        for row in &rows {
            for (column, bit) in [(1, PAST), (2, PARTICIPLE)] {
                for form in row.get(column).into_iter().flat_map(|c| c.split('/')) {
                    let form = form.trim();
                    if form.ends_with('*') || form.is_empty() || bases.contains(&form) {
                        continue;
                    }
                    debug_assert!((SHORTEST..=LONGEST).contains(&form.len()), "{form}");
                    map.add(form, bit);
                }
            }
        }
        map
    })
}

/// The bits of `word` (`PAST`, `PARTICIPLE`; 0 when it is no form read). A word starting
/// with a capital is none: "Rose Park", "the Fed".
pub(super) fn form_of(word: &[u8]) -> u8 {
    if !(SHORTEST..=LONGEST).contains(&word.len()) || !word[0].is_ascii_lowercase() {
        return 0;
    }
    std::str::from_utf8(word).map_or(0, |w| forms().get(w))
}

impl Words<'_> {
    /// The irregular-verb bits of token `i` (`PAST`, `PARTICIPLE`), unquoted or not.
    pub(super) fn irregular(&self, i: usize) -> u8 {
        form_of(&self.body.as_bytes()[self.toks[i].start..self.toks[i].end])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_gives_past_and_participle_forms_but_no_base_or_noun() {
        assert_eq!(form_of(b"sank"), PAST);
        assert_eq!(form_of(b"sunk"), PARTICIPLE);
        assert_eq!(form_of(b"made"), PAST | PARTICIPLE);
        assert_eq!(form_of(b"gotten"), PARTICIPLE);
        assert_eq!(form_of(b"misunderstood"), PAST | PARTICIPLE);
        // Base forms, nouns, capitals and other words are none.
        for w in [
            "cut", "read", "run", "come", "left", "bit", "ground", "Rose", "Ran", "ship",
        ] {
            assert_eq!(form_of(w.as_bytes()), 0, "{w}");
        }
    }
}
