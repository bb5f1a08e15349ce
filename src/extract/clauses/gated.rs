//! Words that report only before a clause opened by "that" (`cue_that`): "Ortiz
//! maintained that the audit was fair", "She is convinced that the ferry will run", "The
//! mayor made it clear that …"; and words that report only before "to" (`cue_to`): "Ortiz
//! threatened to cut fares". Elsewhere they are no cues ("maintained the road", "aware of
//! it", "eager crowds"), so the clause is read only when "that" or "to" follows at
//! once and the subject is a name or a personal pronoun (or, before "be" + the word +
//! "that", any described subject: "Her advisers are not convinced that …"). Also whether
//! "many" or "some" before a cue verb is its subject ("Some said …") rather than a
//! determiner ("some claims"), and whether a lone "yes" or "no" is all a speech verb
//! reports.

use super::words::class::{self, *};
use super::{Clause, SourceAt, Words};
use crate::model::Span;
use std::ops::Range;

impl Words<'_> {
    /// The clause of a cue of thought or stance at `v` whose source words `source` stand
    /// before it: its content `content` reported whole, as a cognition cue's is.
    pub(super) fn cognition_before(&self, v: usize, source: Span, content: Span) -> Clause {
        Clause {
            cue: self.span(v, v + 1),
            source,
            source_at: SourceAt::Before,
            content,
            reported: self.reported(content, false),
            paragraph: self.index,
            cognition: true,
            stance: false,
        }
    }

    /// The clause of a `cue_that` or `cue_to` word at `v` in sentence `a..b`: its source
    /// the subject before it (past auxiliaries, "be" and "made (it)" for "clear"), its
    /// content the clause after "that" or the words from "to" on.
    pub(super) fn gated(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        if !self.is(v, THAT_CUE | TO_CUE) {
            return None;
        }
        let t = v + 1;
        let to = self.gate_after(b, v)?;
        let adjective = self.made_clear(a, v)?;
        let k = self.back_over(
            a,
            adjective,
            class::AUX | class::BE,
            &["am", "'m", "’m", "'re", "’re"],
        );
        // "be" passed over: the word is a predicate adjective ("were adamant that").
        let passed = k..adjective;
        if k == a || self.quoted(k - 1) {
            return None;
        }
        // "Ortiz, meanwhile, hopes that …": a short aside between commas is set aside.
        let k = match self.gap(k).trim() {
            "" => k,
            "," => self.comma_aside_before(a, k, true)?,
            _ => return None,
        };
        if !self.gated_subject(k - 1, t, to, passed) {
            return None;
        }
        let s = self.subject_start(a, k);
        // After "to" the content is the infinitive or phrase from "to" on.
        let content = if to {
            self.span(t, b)
        } else {
            self.content_after(t, b, false)?
        };
        Some(self.cognition_before(v, self.span(s, k), content))
    }

    /// Whether the gate after the `cue_that` or `cue_to` word at `v` (before `b`) opens:
    /// `Some(true)` for "to", `Some(false)` for "that" or a subject pronoun opening the
    /// clause ("made it clear he would run"; not after "states": "In the United States we
    /// …"), `None` when it stays shut.
    fn gate_after(&self, b: usize, v: usize) -> Option<bool> {
        let t = v + 1;
        if t + 2 >= b || self.quoted(t) || !self.gap(t).trim().is_empty() {
            return None;
        }
        let to = self.is(v, TO_CUE) && self.is(t, TO);
        let opens = to
            || (self.is(v, THAT_CUE)
                && (self.is(t, THAT)
                    || (self.is_word(t, &["he", "she", "they", "we", "i"])
                        && !self.is_word(v, &["states"]))));
        opens.then_some(to)
    }

    /// Where the words before the cue word at `v` end: at `v`, or for "clear" before
    /// "made (it)" (sentence from `a`), where "made" starts; `None` when "clear" follows no
    /// "made".
    fn made_clear(&self, a: usize, v: usize) -> Option<usize> {
        let mut k = v;
        if self.is_word(v, &["clear"]) {
            if k > a + 1 && self.is_word(k - 1, &["it"]) {
                k -= 1;
            }
            if !(k > a + 1 && self.is_word(k - 1, &["made", "make", "makes", "making"])) {
                return None;
            }
            k -= 1;
        }
        Some(k)
    }

    /// Whether the word at `head`, the subject's last, may hold the clause gated at `t`
    /// (by "to" when `to`): a name or a personal pronoun, or a described group before "be"
    /// (among the words `passed` back over) + the word + "that".
    fn gated_subject(&self, head: usize, t: usize, to: bool, passed: Range<usize>) -> bool {
        // A name or a personal pronoun: "it" and "who" speak for nobody here ("it is
        // clear that", "the fact that").
        let pronoun = self.is(head, PRONOUN) && !self.is_word(head, &["it", "who", "you"]);
        // Not a capitalised auxiliary or opener: "Don't forget that …", "If …".
        let name = self.toks[head].is_capitalised(self.body)
            && !self.is(
                head,
                THE | ARTICLE | OPENER | PREPOSITION | CONJUNCTION | class::AUX | FINITE,
            )
            && !self.ends_with(head, "n't")
            && !self.ends_with(head, "n’t");
        // A described group before "be" + the word + "that" holds the clause too ("Her
        // advisers are not convinced that …"); a bare verb's lower-case subject does not
        // ("member states that …").
        let described = || {
            !to && self.is(t, THAT)
                && !self.toks[head].is_capitalised(self.body)
                && !self.is(
                    head,
                    THE | ARTICLE | OPENER | PREPOSITION | CONJUNCTION | PRONOUN | FINITE,
                )
                && !self.is(head, class::AUX | class::BE)
                && passed.clone().any(|i| self.is(i, class::BE))
        };
        pronoun || name || described()
    }

    /// Whether the word before the verb at `v` is "many" or "some" standing alone as the
    /// subject of a clause: at the sentence's start, or after a comma, a conjunction or a
    /// clause opener ("Some said", "…, many think,", "that some say"); the verb no noun
    /// form ("some claims").
    pub(super) fn quantity_subject(&self, a: usize, v: usize) -> bool {
        let q = v - 1;
        self.is_word(q, &["many", "some"])
            && !self.is(v, NOUN_FORM)
            && (q == a
                || (!self.quoted(q - 1)
                    && (self.is(q - 1, OPENER | CONJUNCTION) || self.gap(q).contains(','))))
    }

    /// Whether the noun form of a cue at `v` (`cue_noun_forms`) stands after a possessive
    /// with a verb of its own after it: "Lee's comments came as …", "Lee's remarks were
    /// …" — a noun, the subject of that verb; or a comma after it ("Lee's comments, which
    /// …", "Contrary to Lee's claims, officials say …") — a noun ending its phrase.
    pub(super) fn possessed_noun(&self, a: usize, v: usize, b: usize) -> bool {
        if v <= a || v + 1 >= b {
            return false;
        }
        let (p, n) = (v - 1, v + 1);
        !self.quoted(p)
            && !self.quoted(n)
            && self.toks[p].possessive
            && (self.is(n, FINITE)
                || self.past(n)
                || self.is_word(n, &["came", "come", "comes"])
                || self.gap(n).contains(','))
    }

    /// The end of a lone "yes" or "no" after the speech verb at `v` in a sentence ending at
    /// `b` ("Most voters said yes, but …", "The mayor said no."): the word, then the
    /// sentence end, a comma or a conjunction. One word is then the whole content.
    pub(super) fn yes_or_no(&self, v: usize, b: usize, cognition: bool) -> Option<usize> {
        let w = v + 1;
        let alone = w < b
            && !cognition
            && !self.quoted(w)
            && self.is_word(w, &["yes", "no"])
            && (w + 1 == b || self.gap(w + 1).contains(',') || self.is(w + 1, CONJUNCTION));
        alone.then_some(w + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::clauses_of;

    #[test]
    fn a_word_of_holding_reports_only_before_that() {
        let c = clauses_of("Ortiz maintained that the audit was fair to everyone.");
        assert_eq!(
            c,
            vec![(
                "maintained".into(),
                "Ortiz".into(),
                "the audit was fair to everyone".into()
            )]
        );
        let c = clauses_of("She is convinced that the ferry will run on time.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].2, "the ferry will run on time");
        let c = clauses_of("Ortiz made it clear that the plan would go ahead.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "Ortiz");
        assert_eq!(c[0].2, "the plan would go ahead");
        let c = clauses_of("Ortiz made clear she would not run again.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].2, "she would not run again");
        assert!(clauses_of("Don't forget that the ferry leaves at noon.").is_empty());
        assert!(clauses_of("In the United States we vote on Tuesdays.").is_empty());
        let c = clauses_of("Ortiz threatened to cut ferry fares by half.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].2, "to cut ferry fares by half");
        assert!(clauses_of("Eager crowds waited for the ferry in the rain.").is_empty());
        let c = clauses_of("Ortiz plans to close the ferry route in May.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "Ortiz");
        assert_eq!(c[0].2, "to close the ferry route in May");
        let c = clauses_of("She intends to appeal the fine.");
        assert_eq!(c.len(), 1, "{c:?}");
        // Not before "to": a noun.
        assert!(clauses_of("The plans for the quay were shelved.").is_empty());
        // The word last in its paragraph.
        assert!(clauses_of("Ortiz was not aware").is_empty());
        // No "that", no name or pronoun, no "made": no clause.
        assert!(clauses_of("Crews maintained the old road for years.").is_empty());
        assert!(clauses_of("It is clear that the ferry will run on time.").is_empty());
        assert!(clauses_of("The bridge is clear that morning after the storm.").is_empty());
    }

    #[test]
    fn a_described_group_holds_a_predicate_adjectives_clause() {
        let c = clauses_of("Her advisers are not convinced that the ferry plan will work.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "Her advisers");
        assert_eq!(c[0].2, "the ferry plan will work");
        let c = clauses_of("Some engineers were worried that the new bridge could crack.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "Some engineers");
        assert_eq!(c[0].2, "the new bridge could crack");
        // "remain" is no form of "be": not read.
        let c = clauses_of("Dock workers remain confident that the pier will reopen.");
        assert!(c.is_empty(), "{c:?}");
        // No "be" before the word: a lower-case subject reads no clause.
        assert!(clauses_of("The member states that voted for the plan met again.").is_empty());
    }

    #[test]
    fn any_cue_word_after_a_possessive_before_a_verb_is_a_noun() {
        assert!(clauses_of("Ortiz's show is the most watched program in the valley.").is_empty());
        assert!(clauses_of("Ortiz's showing will decide the race in the north.").is_empty());
        let c = clauses_of("Ortiz said the ferry would run.");
        assert_eq!(c.len(), 1, "{c:?}");
    }

    #[test]
    fn a_noun_after_a_possessive_ending_its_phrase_is_no_verb() {
        let c = clauses_of("Contrary to Ortiz's claims, officials say the ferry is safe.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].0, "say");
        assert_eq!(c[0].2, "the ferry is safe");
    }
}
