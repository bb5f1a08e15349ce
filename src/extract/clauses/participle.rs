//! A participle after a noun ("a super PAC backing Ortiz", "some polls indicating that Lee
//! leads", "Democrats hoping to win"): the noun phrase before the participle is its
//! source, not the subject of the clause it sits in ("Donors gave $2 million to a group
//! backing Ortiz").

use super::words::class::{self, *};
use super::Words;
use crate::extract::lexicon;
use crate::extract::tokens::Lower;

/// Most words of the noun phrase before a participle.
const PHRASE: usize = 6;

/// Heads of a noun phrase that acts, besides `unnamed_heads` and `group_heads`: bodies,
/// polls and shares of people.
const HEADS: &[&str] = &[
    "pac",
    "pacs",
    "poll",
    "survey",
    "committee",
    "coalition",
    "organization",
    "network",
    "union",
    "majority",
    "minority",
    "number",
    "share",
    "percent",
    "proportion",
    "crowd",
    "crowds",
    "democrats",
    "republicans",
    "americans",
    "women",
    "men",
    "whites",
    "blacks",
    "hispanics",
    "latinos",
];

/// Heads of `group_heads` that are records and writings: their authors speak, not they
/// ("an article stating", "emails saying").
const WRITINGS: &[&str] = &[
    "documents",
    "emails",
    "filings",
    "records",
    "reports",
    "studies",
    "findings",
    "results",
    "newspapers",
    "outlets",
    "networks",
    "estimates",
    "figures",
];

impl Words<'_> {
    /// Where the noun phrase before the participle at `v` starts, when token `v - 1` is a
    /// noun that can act — a name or a head of `HEADS`, `unnamed_heads` or `group_heads`
    /// (not `WRITINGS`) — back to its determiner, past no preposition, verb or clause
    /// opener, within the subject `s..v`; after "with" too ("…, with polls showing that Lee
    /// leads": the polls show it, not the sentence's subject). None after "to" without "a"
    /// ("sent a letter to Senate leaders opposing …": the hearer, and the participle is the
    /// letter's).
    pub(super) fn participle_subject(&self, s: usize, v: usize) -> Option<usize> {
        if v <= s || !self.gap(v).trim().is_empty() || self.quoted(v - 1) {
            return None;
        }
        let h = v - 1;
        let stop = PREPOSITION | FINITE | OPENER | CONJUNCTION | class::BE | TO | BY | class::AUX;
        if self.is(h, stop | PRONOUN | CUE | COGNITION | WHEN) || self.ends_with(h, "ly") {
            return None;
        }
        let word = Lower::new(self.toks[h].text(self.body));
        let w = word.as_str();
        let name = self.toks[h].is_capitalised(self.body) && !self.toks[h].sentence_start;
        let head = name
            || HEADS.contains(&w)
            || (!WRITINGS.contains(&w) && lexicon::set_here!("group_heads").contains(&word))
            || lexicon::set_here!("unnamed_heads").contains(&word);
        if !head {
            return None;
        }
        let mut j = h;
        while j > s && h - j + 1 < PHRASE {
            let p = j - 1;
            if self.quoted(p) || !self.gap(j).trim().is_empty() || self.is(p, stop) {
                break;
            }
            if !self.toks[p].is_capitalised(self.body) && self.ends_with(p, "ed") {
                break;
            }
            j = p;
            if self.is(p, THE | ARTICLE | NOUN_BEFORE) {
                break;
            }
        }
        if j > s && self.is(j - 1, TO) && !self.is(j, ARTICLE) {
            return None;
        }
        Some(j)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::clauses_of;

    #[test]
    fn a_participle_after_a_noun_is_that_noun_phrase_s() {
        let c = clauses_of("Donors gave $2 million last month to an outside group backing Ortiz.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "an outside group");
        assert_eq!(c[0].2, "Ortiz");
        let c = clauses_of("The jobs report cheered harbour Democrats hoping to keep the seat.");
        assert_eq!(c[0].1, "harbour Democrats", "{c:?}");
        // After "with", the noun phrase is the participle's subject.
        let c = clauses_of("Ortiz leads in the harbour towns, with some polls showing a wide gap.");
        assert_eq!(c[0].1, "some polls", "{c:?}");
        let c = clauses_of("Voters back the levy, with 60 percent saying it is fair.");
        assert_eq!(c[0].1, "60 percent", "{c:?}");
        // A writing's author speaks; a hearer after "to".
        let c = clauses_of("Lee wrote an article backing the ferry levy.");
        assert_eq!(c[1].1, "Lee wrote an article", "{c:?}");
        let c = clauses_of("They sent a letter to harbour officials opposing the levy.");
        assert_eq!(c[0].1, "They sent a letter to harbour officials", "{c:?}");
    }
}
