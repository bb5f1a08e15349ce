//! Nouns of speech and stance (`cue_nouns`): "Smith's criticism of the plan", "his calls
//! for a ban", "the claim that prices will rise", "her promise to cut taxes". What follows
//! the noun's opening word is the content; a possessive or a subject just before the noun
//! ("Smith's", "his", "Democrats' calls", "She plans to") is the source, else nobody.

use super::words::class::{self, *};
use super::{Clause, SourceAt, Words};
use crate::extract::lexicon::{self, FoldedMap};
use crate::model::Span;

/// The words that open a noun's content, in the order of their bits.
const OPENERS: [&str; 7] = ["of", "for", "to", "that", "about", "on", "against"];
/// The bit of "that": a clause follows, not a noun phrase.
const THAT_BIT: u8 = 1 << 3;

/// Each listed noun with the bits of the words that may open its content.
fn nouns() -> &'static FoldedMap<u8> {
    static NOUNS: std::sync::OnceLock<FoldedMap<u8>> = std::sync::OnceLock::new();
    NOUNS.get_or_init(|| {
        let mut map = FoldedMap::default();
        for line in lexicon::lines("cue_nouns") {
            let mut words = line.split_whitespace();
            let (Some(noun), Some(opener)) = (words.next(), words.next()) else {
                continue;
            };
            if let Some(i) = OPENERS.iter().position(|o| *o == opener) {
                map.add(noun, 1 << i);
            }
        }
        map
    })
}

/// Every listed noun, for the clause word classes.
pub(super) fn words() -> impl Iterator<Item = &'static str> {
    lexicon::lines("cue_nouns").filter_map(|l| l.split_whitespace().next())
}

/// Possessive determiners that name a noun's source: "his criticism of".
pub(super) const POSSESSIVES: &[&str] = &["his", "her", "their", "its", "our"];

/// Determiners of quantity between a verb of saying and its noun: "made no mention of",
/// "raised new questions about".
pub(super) const QUANTIFIERS: &[&str] = &[
    "no", "any", "new", "more", "further", "fresh", "such", "many", "several", "some", "these",
    "those",
];

/// Verbs whose subject is the source of the noun they take as object: "raised questions
/// about", "voiced opposition to", "made no mention of", "renewed calls for".
pub(super) const SAYING: &[&str] = &[
    "raised",
    "raises",
    "raising",
    "raise",
    "expressed",
    "expresses",
    "expressing",
    "express",
    "voiced",
    "voices",
    "voicing",
    "voice",
    "made",
    "makes",
    "making",
    "make",
    "launched",
    "launches",
    "leveled",
    "levelled",
    "levels",
    "renewed",
    "renews",
    "repeated",
    "repeats",
    "reiterated",
    "issued",
    "issues",
    "unleashed",
    "escalated",
    "intensified",
    "sharpened",
    "offered",
    "offers",
    "posed",
    "poses",
    "delivered",
    "stepped",
    "continued",
    "continues",
    "avoided",
    "avoids",
    "turned",
    "turns",
];

/// The words before "to" in a verb of hoping with a particle: "cling to the hope that".
const CLING: &[&str] = &["cling", "clings", "clung", "clinging"];

/// The verbs before "down on": "doubled down on".
const DOUBLED: &[&str] = &["double", "doubled", "doubles", "doubling"];

impl Words<'_> {
    /// The clause of the noun at `v` in sentence `a..b` when its opening word follows it
    /// ("criticism of the plan"): the phrase after that word (the clause after "that") is
    /// the content.
    pub(super) fn noun_cue(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        if !self.is(v, NOUN_CUE) {
            return None;
        }
        let o = v + 1;
        if o + 1 >= b || self.quoted(o) || self.quoted(o + 1) || !self.gap(o).trim().is_empty() {
            return None;
        }
        let word = self.toks[o].text(self.body);
        let bit = OPENERS
            .iter()
            .position(|w| w.eq_ignore_ascii_case(word))
            .map(|i| 1u8 << i)?;
        if nouns().get(self.toks[v].text(self.body)) & bit == 0 {
            return None;
        }
        let c = o + 1;
        let that = bit == THAT_BIT;
        // A noun phrase ends at a comma, a stop, a quotation, an adjunct or a relative
        // clause; a clause after "that" runs to the sentence end.
        let mut e = c + 1;
        while e < b && !self.quoted(e) && !self.gap(e).contains([',', ';', ':', '(', '—', '–'])
        {
            if !that && self.is(e, ADJUNCT | OPENER | CONJUNCTION | FINITE) {
                break;
            }
            e += 1;
        }
        let one_name = e == c + 1 && self.toks[c].is_capitalised(self.body);
        if e - c < 2 && !one_name {
            return None;
        }
        let content = self.span(c, e);
        let (source, source_at) = match self.after_with_or_in(a, v) {
            Some(sentence) => (sentence, SourceAt::Sentence),
            None => (self.noun_source(a, v), SourceAt::Before),
        };
        Some(Clause {
            cue: self.span(v, o + 1),
            source,
            source_at,
            content,
            reported: self.reported(content, !that),
            paragraph: self.index,
            cognition: false,
            stance: !that,
        })
    }

    /// The source of the noun at `v`: a possessive determiner, a name with "'s", a
    /// capitalised name or a pronoun subject right before it (past two modifiers: "his
    /// repeated calls for"); else an empty span (nobody).
    pub(super) fn noun_source(&self, a: usize, v: usize) -> Span {
        let at = self.toks[v].start;
        let none = Span::new(at, at);
        if let Some(source) = self.subject_of_object(a, v) {
            return source;
        }
        let mut j = v;
        while j > a && v - j < 2 && self.modifier(j - 1) {
            j -= 1;
        }
        // The gap before the noun or its modifiers: a space, or a possessive's "'s".
        let g = self.gap(j).trim();
        let g = g.trim_start_matches(['\'', '’']).trim_start_matches('s');
        if j == a || self.quoted(j - 1) || !g.is_empty() {
            return none;
        }
        let p = j - 1;
        let t = &self.toks[p];
        let lower = t.text(self.body).to_ascii_lowercase();
        if POSSESSIVES.contains(&lower.as_str()) || (self.is(p, PRONOUN) && j == v) {
            return self.span(p, p + 1);
        }
        let name = t.is_capitalised(self.body)
            && !self.is(
                p,
                class::NOUN_BEFORE | class::THE | class::AUX | CONJUNCTION,
            );
        if !name || (!t.possessive && j < v) {
            return none;
        }
        let mut s = p;
        while s > a
            && v - s < 6
            && !self.quoted(s - 1)
            && self.toks[s - 1].is_capitalised(self.body)
            && !self.toks[s - 1].possessive
            && !self.gap(s).contains([',', ';', ':', '(', ')', '—'])
            && !self.is(s - 1, class::NOUN_BEFORE | class::THE)
        {
            s -= 1;
        }
        self.span(s, p + 1)
    }

    /// The subject of a verb of saying whose object the noun at `v` is ("the group raised
    /// fresh questions about", "Lee voiced her opposition to"): past a determiner, a
    /// possessive and two modifiers to the verb, then past its auxiliaries to the subject.
    fn subject_of_object(&self, a: usize, v: usize) -> Option<Span> {
        let lower = |i: usize| self.toks[i].text(self.body).to_ascii_lowercase();
        let verb = |i: usize| SAYING.contains(&lower(i).as_str());
        let mut q = v;
        while q > a
            && v - q < 3
            && !self.quoted(q - 1)
            && !verb(q - 1)
            && (self.modifier(q - 1)
                || self.is(q - 1, ARTICLE | THE)
                || POSSESSIVES.contains(&lower(q - 1).as_str())
                || QUANTIFIERS.contains(&lower(q - 1).as_str()))
        {
            q -= 1;
        }
        if q <= a || self.quoted(q - 1) {
            return None;
        }
        let at = if verb(q - 1) {
            q - 1
        } else {
            self.phrasal_verb(a, q - 1)?
        };
        // "The campaign on Monday also doubled down on": past a phrase of time too.
        let mut k = self.before_auxiliaries(a, at);
        let t = self.before_time(a, k);
        if t < k {
            k = self.before_auxiliaries(a, t);
        }
        if k == a || self.quoted(k - 1) || !self.gap(k).trim().is_empty() {
            return None;
        }
        let s = self.subject_start(a, k);
        (k - s <= 8).then(|| self.span(s, k))
    }

    /// The verb of a particle `p` ending a phrasal verb of saying ("doubled down on",
    /// "cling to"): the verb's index.
    fn phrasal_verb(&self, a: usize, p: usize) -> Option<usize> {
        if p <= a || !self.gap(p).trim().is_empty() {
            return None;
        }
        if self.is_word(p, &["to"]) {
            return self.is_word(p - 1, CLING).then_some(p - 1);
        }
        let down = p > a + 1 && self.is_word(p, &["on"]) && self.is_word(p - 1, &["down"]);
        (down && self.gap(p - 1).trim().is_empty() && self.is_word(p - 2, DOUBLED)).then_some(p - 2)
    }

    /// The sentence before "with" or "in" when the noun at `v` is that preposition's
    /// object (past a determiner, a possessive and modifiers): "Lee roused the crowd with
    /// sharp criticism of", "the union marched, in the hope that", "Democrats were blunt in
    /// their opposition to" — the sentence's subject speaks (read at attribution, as for a
    /// participle hanging on the sentence).
    fn after_with_or_in(&self, a: usize, v: usize) -> Option<Span> {
        let lower = |i: usize| self.toks[i].text(self.body).to_ascii_lowercase();
        let mut q = v;
        while q > a
            && v - q < 4
            && !self.quoted(q - 1)
            && self.gap(q).trim().is_empty()
            && (self.modifier(q - 1)
                || self.is(q - 1, ARTICLE | THE)
                || POSSESSIVES.contains(&lower(q - 1).as_str())
                // "with sharp and relentless attacks on": two modifiers joined by "and".
                || (q < v
                    && q - 1 > a
                    && self.is_word(q - 1, &["and"])
                    && self.modifier(q)
                    && self.modifier(q - 2)))
        {
            q -= 1;
        }
        if q <= a + 1 || self.quoted(q - 1) || !self.gap(q).trim().is_empty() {
            return None;
        }
        if !matches!(lower(q - 1).as_str(), "with" | "in") {
            return None;
        }
        Some(self.span(a, q - 1))
    }

    /// Whether token `i` may stand between a noun and its possessor: a lower-case word of
    /// no closed class ("repeated", "strong", "public").
    pub(super) fn modifier(&self, i: usize) -> bool {
        let closed = class::NOUN_BEFORE
            | THE
            | TO
            | BY
            | THAT
            | PREPOSITION
            | class::AUX
            | class::BE
            | CONJUNCTION
            | OPENER
            | PRONOUN
            | ARTICLE;
        !self.quoted(i)
            && !self.toks[i].is_capitalised(self.body)
            && !self.is(i, closed)
            && !self.toks[i].possessive
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::clauses_of;

    /// "with sharp criticism of", "in the hope that": the noun is the object of a
    /// preposition, and its source is the sentence's subject, left to attribution.
    #[test]
    fn a_noun_after_with_or_in_reports_for_the_sentence() {
        let text = "Ms Okafor opened the meeting with sharp criticism of the harbour levy.";
        let c = clauses_of(text);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(
            (c[0].0.as_str(), c[0].1.as_str()),
            ("criticism of", "Ms Okafor opened the meeting")
        );
        // Two modifiers joined by "and" stand between the preposition and its noun.
        let text = "Ms Okafor rallied the dockers with sharp and relentless attacks on the levy.";
        let c = clauses_of(text);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(
            (c[0].0.as_str(), c[0].1.as_str()),
            ("attacks on", "Ms Okafor rallied the dockers")
        );
        let text =
            "The dockers marched to the town hall in the hope that the council would listen.";
        let c = clauses_of(text);
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1.as_str(), "The dockers marched to the town hall");
    }

    /// "made no mention of": a determiner of quantity stands between the verb of saying and
    /// its noun, whose source is still the verb's subject.
    #[test]
    fn a_quantifier_before_the_noun_keeps_the_verbs_subject() {
        let c = clauses_of("The mayor made no mention of the harbour levy in her speech.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(
            (c[0].0.as_str(), c[0].1.as_str(), c[0].2.as_str()),
            ("mention of", "The mayor", "the harbour levy")
        );
    }

    /// "doubled down on its attacks on", "cling to the hope that", "avoided direct
    /// criticism of": a verb with a particle, or one of holding back, before the noun; its
    /// subject is still the source.
    #[test]
    fn a_phrasal_verb_before_the_noun_keeps_the_verbs_subject() {
        for (text, cue, source) in [
            (
                "The harbour board doubled down on its attacks on the fishing levy.",
                "attacks on",
                "The harbour board",
            ),
            (
                "The fishermen cling to the hope that the council will listen.",
                "hope that",
                "The fishermen",
            ),
            (
                "Ms Okafor avoided direct criticism of the harbour board.",
                "criticism of",
                "Ms Okafor",
            ),
            (
                "The Okafor campaign on Monday also doubled down on its attacks on the levy.",
                "attacks on",
                "The Okafor campaign",
            ),
        ] {
            let c = clauses_of(text);
            assert_eq!(c.len(), 1, "{c:?}");
            assert_eq!((c[0].0.as_str(), c[0].1.as_str()), (cue, source), "{text}");
        }
    }
}
