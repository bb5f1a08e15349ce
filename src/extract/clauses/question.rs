//! Nouns of an open question whose content is the question itself: "raised questions
//! about whether the pier is safe", "there is no consensus on how the levy is spent",
//! "answering questions about why the ferry stopped". Only before a question word, and only
//! where the noun says whose question it is: a possessive, a verb of raising it ("raised",
//! "posed": its subject, or nobody after a bare "raising"), a verb of answering it (the
//! sentence's subject, as for the one asked in clauses/asked), or one of facing it or "there
//! is" (nobody). Such a noun with any other object ("questions about the pier"), or after
//! any other verb ("sparked a debate over how"), names no one's words as often as not.
//! Also words of a body split over a question ("The voters are split on whether …") and
//! verbs of weighing one ("Others wonder how …", "The board will decide whether …"), their
//! subject the source.

use super::noun::{POSSESSIVES, QUANTIFIERS, SAYING};
use super::words::class::{
    ARTICLE, AUX, BE, CONJUNCTION, NOUN_BEFORE, NOUN_CUE, OPENER, PRONOUN, THE, TO,
};
use super::{Clause, SourceAt, Words};

/// The nouns, read as clause starts with the nouns of speech (`NOUN_CUE`).
pub(super) const NOUNS: &[&str] = &[
    "question",
    "questions",
    "doubt",
    "doubts",
    "disagreement",
    "consensus",
];

/// Words of a body split over a question, after "be" or "have": "are split on whether".
/// Not "divided": "Opinion is divided on whether" names no one.
pub(super) const SPLIT: &[&str] = &["split", "deadlocked", "undecided", "torn"];

/// Verbs of weighing a question, a cue only before "whether", "if", "how" or "why" ("The
/// board will decide whether …", "Others wonder how …"; not "decide the case").
pub(super) const WEIGHING: &[&str] = &[
    "wonder",
    "determine",
    "determines",
    "determining",
    "decide",
    "decides",
    "deciding",
    "assess",
    "assesses",
    "assessing",
    "weigh",
    "weighs",
    "weighing",
    "debate",
    "debates",
    "debating",
    "consider",
    "considers",
    "considering",
    "contemplate",
    "contemplates",
    "contemplating",
    "mull",
    "mulls",
    "mulling",
];

/// The prepositions between the noun and the question: "questions about whether".
const LINKS: &[&str] = &["about", "of", "over", "on"];

/// The words that open the question.
const ASKS: &[&str] = &["whether", "how", "why", "what", "who"];

/// Verbs after which a question is nobody's: "begs the question of", "faced questions about",
/// "leaving doubts about" (whoever faces it is asked, by no one named).
const UNOWNED: &[&str] = &[
    "beg", "begs", "begged", "begging", "face", "faces", "faced", "facing", "endure", "endures",
    "endured", "enduring", "leave", "leaves", "leaving", "left",
];

/// Verbs of answering a question: whoever answers (the sentence's subject) is its source.
const ANSWERING: &[&str] = &[
    "answer",
    "answers",
    "answered",
    "answering",
    "dodge",
    "dodged",
    "dodges",
    "dodging",
    "skirt",
    "skirted",
    "skirts",
    "skirting",
    "sidestep",
    "sidestepped",
    "sidesteps",
    "sidestepping",
    "deflect",
    "deflected",
    "deflects",
    "deflecting",
    "decline",
    "declined",
    "declines",
    "declining",
    "field",
    "fielded",
    "fields",
    "fielding",
    "evade",
    "evaded",
    "evades",
    "evading",
];

/// Whether the token after `i` is a word a noun of speech or a word of this module's
/// reads its content after (`noun::OPENERS`, `LINKS`, the question words): a word of
/// `NOUN_CUE` alone opens no clause before any other word, so is no clause start.
/// "over" opens only a question ("debate over whether"), so is read with the word after it.
pub(super) fn opens_after(body: &str, toks: &[crate::extract::tokens::Token], i: usize) -> bool {
    const NEXT: &[&str] = &[
        "of", "for", "to", "that", "about", "on", "against", "whether", "if", "how", "why",
    ];
    let is = |j: usize, words: &[&str]| {
        toks.get(j).is_some_and(|t| {
            let w = &body.as_bytes()[t.start..t.end];
            words.iter().any(|n| w.eq_ignore_ascii_case(n.as_bytes()))
        })
    };
    is(i + 1, NEXT)
        || (is(i + 1, &["over"]) && is(i + 2, ASKS))
        || super::question_is::opens_after(body, toks, i)
}

impl Words<'_> {
    /// The clause of the question noun at `v` in sentence `a..b`, followed by a preposition
    /// and a question word: the question, to a comma, a quote or the sentence end, is the
    /// content (see the module's note for its source).
    fn question_noun(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        if !self.linked_question(b, v, NOUNS) {
            return None;
        }
        let (source, source_at) = self.question_source(a, v)?;
        let content = self.question_at(v + 2, b)?;
        Some(self.question_clause(v, source, source_at, content))
    }

    /// Whether the word at `v` is one of `heads`, followed by a preposition of `LINKS` and
    /// a question word of `ASKS`, unquoted and with nothing but spaces between them, and
    /// words after them before the sentence end `b`.
    fn linked_question(&self, b: usize, v: usize, heads: &[&str]) -> bool {
        let (o, c) = (v + 1, v + 2);
        c + 1 < b
            && self.is_word(c, ASKS)
            && self.is_word(o, LINKS)
            && self.is_word(v, heads)
            && !(o..c + 2).any(|i| self.quoted(i) || !self.gap(i).trim().is_empty())
    }

    /// The clause of the question word at `v` and the preposition after it, with its
    /// source and content.
    fn question_clause(
        &self,
        v: usize,
        source: crate::model::Span,
        source_at: SourceAt,
        content: crate::model::Span,
    ) -> Clause {
        Clause {
            cue: self.span(v, v + 2),
            source,
            source_at,
            content,
            reported: self.reported(content, false),
            paragraph: self.index,
            cognition: false,
            stance: false,
        }
    }

    /// The clause of a word of an open question at `v` (a noun, a word of being split, a
    /// verb of weighing; all of class `NOUN_CUE`, told first as the cheapest test).
    pub(super) fn question(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        if !self.is(v, NOUN_CUE) {
            return None;
        }
        self.question_noun(a, b, v)
            .or_else(|| self.split_on(a, b, v))
            .or_else(|| self.weighing(a, b, v))
            .or_else(|| self.left_wondering(a, b, v))
            .or_else(|| self.question_is(a, b, v))
    }

    /// The question opening at token `c` of a sentence ending at `b`: to a comma, a dash, a
    /// quote or the sentence end, of three words at least.
    pub(super) fn question_at(&self, c: usize, b: usize) -> Option<crate::model::Span> {
        let mut e = c + 1;
        while e < b
            && !self.quoted(e)
            && !self.gap(e).contains([',', ';', ':', '(', '—', '–'])
            && !self.gap(e).contains(" - ")
        {
            e += 1;
        }
        (e - c >= 3).then(|| self.span(c, e))
    }

    /// The clause of a word of being split over a question at `v` ("The voters are split on
    /// whether …", "The board has deadlocked over how …"): the question is the content, the
    /// subject before the verb group the source; none with no subject before it.
    fn split_on(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        if !self.linked_question(b, v, SPLIT) {
            return None;
        }
        let k = self.back_over(a, v, AUX | BE, &[]);
        if k == v || k == a || self.quoted(k - 1) || !self.gap(k).trim().is_empty() {
            return None;
        }
        let s = self.subject_start(a, k);
        let content = self.question_at(v + 2, b)?;
        Some(self.question_clause(v, self.span(s, k), SourceAt::Before, content))
    }

    /// The clause of a verb of weighing a question at `v` ("Some residents wonder whether
    /// …", "The board is still deciding how …"): the question is the content, the subject
    /// before the verb group (past auxiliaries, "be" and adverbs) the source; none after
    /// "to", "and", a relative word, a determiner or "I"/"we"/"you", for an "-ing" form
    /// with no "be", or with no subject or a negated one.
    fn weighing(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        let c = v + 1;
        if c + 1 >= b
            || !self.is_word(c, &["whether", "if", "how", "why"])
            || !self.is_word(v, WEIGHING)
            || (c..c + 2).any(|i| self.quoted(i) || !self.gap(i).trim().is_empty())
        {
            return None;
        }
        let k = self.back_over(a, v, AUX | BE, &[]);
        // "regulators assessing whether": an "-ing" form is a verb after "be" only; "… -
        // ahead of the vote, when the board will decide whether … -": an aside after a dash
        // is not the sentence's clause.
        let dash = |i: usize| self.gap(i).contains(['—', '–']) || self.gap(i).contains(" - ");
        if k == a
            || (a + 1..v).any(dash)
            || (k == v && self.ends_with(v, "ing"))
            || self.quoted(k - 1)
            || !self.gap(k).trim().is_empty()
            || self.is(k - 1, TO | CONJUNCTION | OPENER | NOUN_BEFORE | ARTICLE)
            || self.is_word(k - 1, &["i", "we", "you"])
        {
            return None;
        }
        // "No-one who plays it will wonder why …": a negated subject, nobody's question.
        // A subject cut at a relative word ("Nobody who rides it will wonder") is not one.
        let s = self.subject_start(a, k);
        if s >= k
            || k - s > 8
            || (s > a && self.is_word(s - 1, &["who", "whom", "that", "which"]))
            || self.is_word(s, &["no-one", "nobody", "none", "no"])
        {
            return None;
        }
        let content = self.question_at(c, b)?;
        Some(self.cognition_before(v, self.span(s, k), content))
    }

    /// Whose question the noun at `v` is: the noun's source (a possessive, the subject of
    /// "raised"), nobody after a bare "raising", "there is" or "faced", the sentence before
    /// a verb of answering; `None` (no clause) after anything else.
    fn question_source(&self, a: usize, v: usize) -> Option<(crate::model::Span, SourceAt)> {
        let source = self.noun_source(a, v);
        // "He's faced questions": a pronoun with "'s" is "he is", no possessor.
        let (s, e) = self.tokens_of(source);
        let contracted = e == s + 1 && self.is(s, PRONOUN) && self.toks[s].possessive;
        if source.start < source.end && !contracted {
            return Some((source, SourceAt::Before));
        }
        let none = crate::model::Span::new(self.toks[v].start, self.toks[v].start);
        let mut q = v;
        while q > a
            && v - q < 3
            && !self.quoted(q - 1)
            && self.gap(q).trim().is_empty()
            && !self.is_word(q - 1, SAYING)
            && !self.is_word(q - 1, ANSWERING)
            && !self.is_word(q - 1, UNOWNED)
            && (self.modifier(q - 1)
                || self.is(q - 1, ARTICLE | THE)
                || self.is_word(q - 1, POSSESSIVES)
                || self.is_word(q - 1, QUANTIFIERS))
        {
            q -= 1;
        }
        if q <= a || self.quoted(q - 1) {
            return None;
        }
        let w = q - 1;
        // "there is", "there's" ("'s" is in the gap after "there").
        let there = (w > a && self.is(w, BE) && self.is_word(w - 1, &["there"]))
            || (self.is_word(w, &["there"]) && matches!(self.gap(q).trim(), "'s" | "’s"));
        if there || self.is_word(w, UNOWNED) {
            return Some((none, SourceAt::Before));
        }
        if !self.gap(q).trim().is_empty() {
            return None;
        }
        // "raised" whose subject the noun's source did not read: after an apposition's comma
        // ("The pier's owner, Ms Reyes, has raised") the sentence's; else nobody's ("a
        // passing remark raised", a bare "raising").
        if self.is_word(w, SAYING) {
            let k = self.before_auxiliaries(a, w);
            return Some(
                if k > a && self.gap(k).contains(',') && !self.ends_with(w, "ing") {
                    (self.span(a, w), SourceAt::Sentence)
                } else {
                    (none, SourceAt::Before)
                },
            );
        }
        (w > a && self.is_word(w, ANSWERING)).then(|| (self.span(a, w), SourceAt::Sentence))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::clauses_of;

    /// A question noun before "about whether", "on how", "of why": the question is the
    /// content; its source the subject of "raised", nobody after "there is", the sentence
    /// before "answering". No clause before any other object, nor after another verb.
    #[test]
    fn a_question_noun_reports_its_question() {
        for (text, cue, source, content) in [
            (
                "The ferry crash raised fresh questions about whether the pier was ever safe.",
                "questions about",
                "The ferry crash",
                "whether the pier was ever safe",
            ),
            (
                "There's no consensus on how the harbour levy should be spent, officials say.",
                "consensus on",
                "",
                "how the harbour levy should be spent",
            ),
            (
                "The pier's owner, Ana Reyes, has raised questions about whether it was safe.",
                "questions about",
                "The pier's owner, Ana Reyes, has",
                "whether it was safe",
            ),
            (
                "Harbour residents are evenly split on whether the pier should close.",
                "split on",
                "Harbour residents",
                "whether the pier should close",
            ),
            (
                "Some residents wonder whether the pier will ever reopen.",
                "wonder",
                "Some residents",
                "whether the pier will ever reopen",
            ),
            (
                "The board will decide whether to sell the pier - the mayor has doubts.",
                "decide",
                "The board",
                "whether to sell the pier",
            ),
            (
                "The harbour board is still deciding how much the repairs will cost.",
                "deciding",
                "The harbour board",
                "how much the repairs will cost",
            ),
            (
                "The delay begs the question of whether the pier was ever inspected.",
                "question of",
                "",
                "whether the pier was ever inspected",
            ),
            (
                "He's faced questions about whether the pier was ever safe.",
                "questions about",
                "",
                "whether the pier was ever safe",
            ),
            (
                "Ms Okafor spent an hour answering questions about why the ferry stopped running.",
                "questions about",
                "Ms Okafor spent an hour",
                "why the ferry stopped running",
            ),
        ] {
            let c = clauses_of(text);
            assert!(
                c.iter()
                    .any(|x| (x.0.as_str(), x.1.as_str(), x.2.as_str()) == (cue, source, content)),
                "{text}: {c:?}"
            );
        }
        for text in [
            "The board met to decide whether the pier should close.",
            "The board will decide the case on Monday.",
            "The inquiry involves regulators assessing whether the pier is safe.",
            "Nobody who rides the ferry will wonder why the pier closed.",
            "Ahead of a vote - when the board will decide whether to sell it - the pier shut.",
            "Deeply split over how to pay for the pier, the council adjourned.",
            "Opinion is divided on whether the pier should close.",
            "The ferry crash raised fresh questions about the pier and its owners.",
            "The mayor sparked questions about whether the pier was ever safe.",
            "He's sparked questions about whether the pier was ever safe.",
        ] {
            let c = clauses_of(text);
            assert!(c.is_empty(), "{text}: {c:?}");
        }
    }
}
