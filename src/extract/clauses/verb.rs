//! One cue verb's clause: whether the verb reports at all (an infinitive, a noun, a
//! phrasal verb, a passive), and where its source and content stand — before it, after
//! it, past an apposition or an aside, or shared with the sentence's first verb.

use super::words::class::{self, *};
use super::{Clause, SourceAt, Words};
use crate::model::Span;

/// Verbs of starting, stopping or going on that take a gerund ("began writing").
#[rustfmt::skip]
const CATENATIVE: &[&str] = &[
    "began", "begun", "begin", "begins", "started", "start", "starts", "stopped", "stop",
    "stops", "kept", "keep", "keeps", "continue", "continues", "continued", "quit", "resumed",
    "ceased",
];

/// The cue verb a clause is read for: at `v` in sentence `a..b`, what kind of verb it
/// is, and the sentence's clauses so far.
#[derive(Clone, Copy)]
struct VerbAt<'e> {
    a: usize,
    b: usize,
    v: usize,
    cognition: bool,
    ing: bool,
    tell: bool,
    stance: bool,
    earlier: &'e [Clause],
}

/// Verbs of feeling: with "it" as their subject ("it felt like", "it feels good") they
/// report no one's thought.
const FEEL: &[&str] = &["feel", "feels", "felt"];

impl Words<'_> {
    /// A cue verb at `v` in sentence `a..b`; `earlier` are the sentence's clauses so far.
    /// Read as the steps below, in order: whether the verb reports at all, a passive, a
    /// participle after a comma, the subject's end, a second verb after "and", a whole
    /// subject before the verb, a broken one with its apposition, a hearer after a verb
    /// of telling, and last a source after the verb.
    pub(super) fn verb(
        &self,
        a: usize,
        b: usize,
        v: usize,
        cognition: bool,
        earlier: &[Clause],
    ) -> Option<Clause> {
        let c = VerbAt {
            a,
            b,
            v,
            cognition,
            ing: self.ends_with(v, "ing"),
            tell: self.is(v, TELL),
            // A verb of stance takes its object or infinitive, never the clause before it.
            stance: self.is(v, STANCE),
            earlier,
        };
        let prev = if v > a && !self.quoted(v - 1) {
            self.class[v - 1]
        } else {
            0
        };
        let went_on = self.went_on(c, prev);
        if let Some(cl) = self.judged_by_clause(c) {
            return Some(cl);
        }
        if !self.reads_as_verb(c, prev, went_on) {
            return None;
        }
        let passive = self.after_be(c);
        if let Some(cl) = self.asked(a, b, v, passive) {
            return Some(cl);
        }
        if passive && !c.ing {
            return self.passive_clause(c);
        }
        if c.ing && self.participle_after_comma(c) {
            return self.participle_clause(c);
        }
        let (k, bracketed) = self.verb_subject_end(c, went_on);
        // "Cruz exhorted Republicans … and said he was": a second verb of the sentence's
        // subject.
        if k > a + 1 && !self.quoted(k - 1) && self.is(k - 1, CONJUNCTION) && !cognition {
            return self.and_verb_clause(c, k);
        }
        self.subject_clause(c, k, bracketed)
    }

    /// Where the verb `c` after "to" (`prev`, the class of the word before it) goes on from
    /// a verb before "to" ("went on to say"), or from a survey's comparison ("Voters were
    /// more likely to say …"), which reports the words.
    fn went_on(&self, c: VerbAt, prev: u32) -> Option<usize> {
        let VerbAt { a, v, .. } = c;
        let went_on = if prev & TO != 0 && self.reports_clause_after(c) {
            self.went_on_to(a, v)
        } else {
            None
        };
        went_on.or_else(|| (prev & TO != 0).then(|| self.likely_to_say(a, v)).flatten())
    }

    /// "was criticised by harbour owners for closing the pier": the judge and the grounds
    /// (clauses/judged_by), read before "by" makes the verb `c` no cue.
    fn judged_by_clause(&self, c: VerbAt) -> Option<Clause> {
        let VerbAt { b, v, .. } = c;
        if v + 3 < b && self.is(v + 1, BY) && !c.ing && self.after_be(c) {
            if let Some((s, e)) = self.judged_by(v, b) {
                let (source, content) = (self.span(s, e), self.span(e, b));
                return Some(self.cue_clause(c, v + 1, source, SourceAt::After, content));
            }
        }
        None
    }

    /// The clause of the verb `c` whose subject ends at `k` (`bracketed`: a bracket closes
    /// it): a whole subject before the verb, a broken one with its apposition, a hearer
    /// after a verb of telling, and last a source after the verb.
    fn subject_clause(&self, c: VerbAt, k: usize, bracketed: bool) -> Option<Clause> {
        let VerbAt { a, cognition, .. } = c;
        let g = if bracketed { "" } else { self.gap(k) };
        let broken = k == a
            || self.quoted(k - 1)
            || g.contains([',', ':', ';', '—', '(', ')', '"', '“', '”', '–']);
        if !broken {
            return self.whole_subject_clause(c, k);
        }
        // A verb of thought takes a name opening the clause with its apposition, or a
        // subject with its relative ("Lane, the union's head, thinks …"), when its content
        // follows; no other broken subject.
        let comma = k > a && !self.quoted(k - 1) && g.trim().trim_start_matches('.') == ",";
        if cognition && !comma {
            return None;
        }
        if comma {
            if let Some(read) = self.apposition_subject_clause(c, k) {
                return read;
            }
        }
        if let Some(cl) = self.hearer_clause(c, k, g) {
            return Some(cl);
        }
        self.inverted_source_clause(c, k)
    }

    /// The clause of the cue verb `c` ending at `cue_end`, with its source and content.
    fn cue_clause(
        &self,
        c: VerbAt,
        cue_end: usize,
        source: Span,
        source_at: SourceAt,
        content: Span,
    ) -> Clause {
        let VerbAt { a, b, v, .. } = c;
        let stance = c.stance;
        // A content that ends before its cue ("…, but the court ruled …, another source
        // said.") is the source's to the end: no narrator's clause is cut from it.
        let before = content.end as usize <= self.toks[v].start;
        let mut reported = if before {
            content
        } else {
            let reported = self.past_aside(content, self.reported(content, stance), stance);
            self.in_subordinate(a, source, reported, stance)
        };
        let mut content = content;
        if !self.soft.is_empty() {
            let whole = self.interrupted(content, v);
            if whole != content {
                (content, reported) = (whole, whole);
            }
        }
        // "pointed out that …": the particle the content was started past is the
        // cue's (clauses/object); so is the "for" of "called for a ban". Asked only
        // when the content starts past the token after the cue (a byte test first).
        let cue_end = if !before && cue_end < b && content.start as usize > self.toks[cue_end].start
        {
            self.cue_particle_end(v, cue_end, b, content)
        } else {
            cue_end
        };
        Clause {
            cue: self.span(v, cue_end),
            source,
            source_at,
            content,
            reported,
            paragraph: self.index,
            cognition: c.cognition,
            stance,
        }
    }

    /// The content before the source starting at `s`, unless the cue is a verb of stance.
    fn cue_content_before(&self, c: VerbAt, s: usize) -> Option<Span> {
        if c.stance {
            return None;
        }
        self.content_before(c.a, s)
    }

    /// "Lee went on to say that …", "was quick to say that …", "hastened to say": going
    /// on or haste before "to" says the words were spoken; the subject is that verb's.
    /// Only before what reports a clause: "that", a quote or a question word ("went on
    /// to discuss the polls" names a topic, not words).
    fn reports_clause_after(&self, c: VerbAt) -> bool {
        let VerbAt { b, v, .. } = c;
        v + 1 < b
            && (self.quoted(v + 1)
                || self.is(v + 1, THAT)
                || self.is_word(v + 1, &["how", "why", "whether", "what", "if"]))
    }

    /// Whether the cue verb `c`, after a word of class `prev`, is a verb that reports: no
    /// infinitive, noun or phrasal verb.
    fn reads_as_verb(&self, c: VerbAt, prev: u32, went_on: Option<usize>) -> bool {
        let VerbAt { a, b, v, .. } = c;
        // Infinitives ("declined to say") and nouns ("the claims", "his calls"); but "many"
        // or "some" opening a clause is its subject ("Some said …", "a rule that many
        // believe …").
        if (prev & TO != 0 && went_on.is_none())
            || (prev & class::NOUN_BEFORE != 0
                && !self.gap(v).contains(',')
                && !self.quantity_subject(a, v)
                && !self.outlet_name_before(a, v))
        {
            return false;
        }
        // "her notes", "his latest remarks": a word that is a noun as often as a verb
        // is a cue only after a name, a pronoun or an auxiliary.
        let after_subject = (v > a && self.toks[v - 1].is_capitalised(self.body))
            || prev & (PRONOUN | class::AUX) != 0;
        // After a possessive with a verb of its own after it ("Lee's comments were …"), a
        // noun: so is any cue word there, a show or a showing as much as a comment ("Lee's
        // show is …", "Lee's showing will …"); not after a pronoun's "'s" ("he's said, …").
        let noun_form = self.is(v, NOUN_FORM);
        if (noun_form && !after_subject)
            || ((noun_form || prev & PRONOUN == 0) && self.possessed_noun(a, v, b))
        {
            return false;
        }
        // "a strong showing", "the only hope": a noun.
        if self.noun_after_adjective(a, v, b) || self.broadcast_show(a, v) {
            return false;
        }
        !self.phrasal_or_agent(v, b)
    }

    /// Whether the cue verb `c` follows a form of "be", past any "-ly" adverbs: a passive.
    fn after_be(&self, c: VerbAt) -> bool {
        let VerbAt { a, v, .. } = c;
        let mut p = v;
        while p > a && !self.quoted(p - 1) && self.ends_with(p - 1, "ly") {
            p -= 1;
        }
        p > a && !self.quoted(p - 1) && self.is(p - 1, class::BE)
    }

    /// Passive: "was told by X" names its source after "by"; "was called", "is expected"
    /// name nobody.
    fn passive_clause(&self, c: VerbAt) -> Option<Clause> {
        let VerbAt { b, v, .. } = c;
        if c.tell && v + 2 < b && self.is(v + 1, BY) && !self.quoted(v + 2) {
            let s = v + 2;
            let e = self.phrase_end(s, b);
            let content = self.content_after(e, b, false)?;
            return Some(self.cue_clause(c, v + 2, self.span(s, e), SourceAt::After, content));
        }
        None
    }

    /// ", saying …": whether the participle `c` follows a comma; so with an adverb after
    /// the comma (", even suggesting …", ", falsely claiming …").
    fn participle_after_comma(&self, c: VerbAt) -> bool {
        let VerbAt { a, v, .. } = c;
        let after_comma =
            |i: usize| i > a && self.gap(i).contains(',') && !self.gap(i).contains(['"', '“', '”']);
        let adverb = |i: usize| {
            !self.quoted(i)
                && !self.toks[i].is_capitalised(self.body)
                && (self.ends_with(i, "ly") || self.is_word(i, &["even", "also", "then", "again"]))
        };
        let past_adverb =
            || v > a + 1 && self.gap(v).trim().is_empty() && adverb(v - 1) && after_comma(v - 1);
        after_comma(v) || past_adverb()
    }

    /// ", saying …": the participle's source is the sentence's subject.
    fn participle_clause(&self, c: VerbAt) -> Option<Clause> {
        let VerbAt { a, b, v, .. } = c;
        if c.cognition {
            return None;
        }
        let content = self.content_after(v + 1, b, false)?;
        let (source, at) = self.shared_source(Self::last_sourced(c.earlier), a, v);
        Some(self.cue_clause(c, v + 1, source, at, content))
    }

    /// The end of the cue verb's subject: before its auxiliaries, a verb it is the gerund
    /// of, a floated "both", a time and an aside; and whether an aside was set aside.
    fn verb_subject_end(&self, c: VerbAt, went_on: Option<usize>) -> (usize, bool) {
        let VerbAt { a, v, .. } = c;
        let mut k = self.before_auxiliaries(a, went_on.unwrap_or(v));
        // "Lee began writing columns", "the trustees kept saying": a gerund after a verb of
        // starting, stopping or going on has that verb's subject.
        if c.ing
            && k == v
            && v > a + 1
            && !self.quoted(v - 1)
            && self.gap(v).trim().is_empty()
            && self.is_word(v - 1, CATENATIVE)
        {
            k = self.before_auxiliaries(a, v - 1);
        }
        // "Lee and Ortiz both said", "The two — rivals for years — both said": "both"
        // floated after the subject is no part of it (a clause's own "Both said", "and
        // both said", "where both claim" is).
        if k > a + 1
            && !self.quoted(k - 1)
            && !self.quoted(k - 2)
            && self.is_word(k - 1, &["both"])
            && !self.is(k - 2, CONJUNCTION)
            && !self.is_word(k - 2, &["which", "who", "that", "where"])
            && self.gap(k).trim().is_empty()
        {
            k = self.before_auxiliaries(a, k - 1);
        }
        let t = self.before_time(a, k);
        if t < k {
            k = self.before_auxiliaries(a, t);
        }
        // "Rep. Stephen Lynch (D-Mass.) said", "Democrats — and some Republicans — say":
        // an aside between the subject and its verb is set aside.
        // "…, during the talks not to move the pier, said a county official.": words set
        // off by commas before a cue whose source follows it are the content's end, no
        // aside.
        match self.aside_before(a, k, c.stance) {
            Some(_) if self.gap(k).trim() == "," && self.source_ends_sentence(v, c.b) => (k, false),
            Some(j) => (j, true),
            None => (k, false),
        }
    }

    /// "Cruz exhorted Republicans … and said he was": the second verb, after the
    /// conjunction before `k`, shares the sentence's subject.
    fn and_verb_clause(&self, c: VerbAt, k: usize) -> Option<Clause> {
        let VerbAt { a, b, v, .. } = c;
        let content = self.content_after(v + 1, b, c.tell)?;
        let host = if c.ing {
            Self::last_sourced(c.earlier)
        } else {
            self.last_finite_sourced(c.earlier)
        };
        let (source, at) = self.shared_source(host, a, k - 1);
        Some(self.cue_clause(c, v + 1, source, at, content))
    }

    /// "X said …" / "…, X said.": an unbroken subject ending at `k` runs back to the
    /// clause's start; when the cue ends the sentence, to the comma after the content.
    fn whole_subject_clause(&self, c: VerbAt, k: usize) -> Option<Clause> {
        let VerbAt { a, b, v, .. } = c;
        let (stance, tell, cognition) = (c.stance, c.tell, c.cognition);
        let s = self.subject_start(a, k);
        // "using the old cables would threaten the grid": a gerund's phrase speaks for
        // nobody.
        if stance && s < k && self.ends_with(s, "ing") && !self.toks[s].is_capitalised(self.body) {
            return None;
        }
        // "it felt like a long year": what "it" feels is nobody's view.
        if cognition && s + 1 == k && self.is_word(s, &["it"]) && self.is_word(v, FEEL) {
            return None;
        }
        // "Most voters said yes, but …": a lone "yes" or "no" is what was said.
        if let Some(e) = self.yes_or_no(v, b, cognition) {
            let mut cl = self.cue_clause(
                c,
                v + 1,
                self.span(s, k),
                SourceAt::Before,
                self.span(v + 1, e),
            );
            (cl.reported, cl.stance) = (cl.content, true);
            return Some(cl);
        }
        if let Some((source, content)) = self.adverbial_participle(a, v, b, tell) {
            return Some(self.cue_clause(c, v + 1, source, SourceAt::Before, content));
        }
        if self.parenthetical(a, b, s, v) {
            let content = self.span(a, b);
            return Some(self.cue_clause(c, v + 1, self.span(s, k), SourceAt::Before, content));
        }
        // "It was late, she said, because …": the clause after the cue is hers too.
        if let Some(content) = self
            .parenthetical_goes_on(a, b, s, k, v)
            .filter(|_| !stance)
        {
            let mut cl = self.cue_clause(c, v + 1, self.span(s, k), SourceAt::Before, content);
            cl.reported = cl.content;
            return Some(cl);
        }
        // "''We will win,'' Ms Ortiz said aboard the ferry …": what was said is before.
        if self.said_before(a, b, s, v) {
            if let Some(content) = self.cue_content_before(c, s) {
                return Some(self.cue_clause(c, v + 1, self.span(s, k), SourceAt::Before, content));
            }
        }
        if let Some(content) = self.content_after(v + 1, b, tell) {
            // "a group backing Ortiz": a participle after a noun is that noun's.
            let s = if c.ing && k == v {
                self.participle_subject(s, v).unwrap_or(s)
            } else {
                s
            };
            return Some(self.cue_clause(c, v + 1, self.span(s, k), SourceAt::Before, content));
        }
        // "“…,” said Ann Roe, who wrote the book on it": a relative cue after the
        // quotation's speaker with no clause after it reports nothing.
        if self.relative_who(s, v) && self.quotation_opens(a, s) {
            return None;
        }
        let s = self.after_last_comma(s, k);
        let content = self.cue_content_before(c, s)?;
        Some(self.cue_clause(c, v + 1, self.span(s, k), SourceAt::Before, content))
    }

    /// "McConnell, R-Ky., said …", "A lawyer for the outlets, David Schulz, said no
    /// decision …": a subject before the comma at `k`, with an apposition or a relative.
    /// `None` when the clause is of another shape (the next step reads it).
    fn apposition_subject_clause(&self, c: VerbAt, k: usize) -> Option<Option<Clause>> {
        let VerbAt { a, b, v, .. } = c;
        let cognition = c.cognition;
        // The cue goes on to its content, so what stands before the comma is its subject
        // with an apposition.
        let relative = self.relative_start(a, k);
        let apposition = relative.or_else(|| self.apposition_start(a, k));
        // A name with its apposition opening the clause is the verb's subject, so the
        // words after the verb are its object, not its source: "Ortiz, the board's
        // lawyer, rejected the offer" is no "…, said the mayor".
        let named = relative.is_none()
            && apposition.is_some_and(|j| j <= a + 7 && self.subject_start(a, j) == a);
        // A verb of stance has no source after it: past a subject's relative or
        // apposition the words after it are its object ("Lee, who runs the guild,
        // endorsed Ortiz").
        let inverted = !(named || (c.stance && apposition.is_some())) && self.inverted(v, b);
        if cognition && !named && relative.is_none() {
            return Some(None);
        }
        if !inverted {
            if let Some(content) = self.content_after(v + 1, b, c.tell) {
                let j = apposition.unwrap_or(k);
                let s = self.subject_start(a, j.max(a + 1).min(k));
                return Some(Some(self.cue_clause(
                    c,
                    v + 1,
                    self.through_comma(s, k),
                    SourceAt::Before,
                    content,
                )));
            }
        }
        if cognition {
            return Some(None);
        }
        if let Some(j) = apposition.filter(|_| !inverted) {
            let s = self.subject_start(a, j);
            let Some(content) = self.cue_content_before(c, s) else {
                return Some(None);
            };
            return Some(Some(self.cue_clause(
                c,
                v + 1,
                self.through_comma(s, k),
                SourceAt::Before,
                content,
            )));
        }
        None
    }

    /// "“…,” Ortiz, the board's lawyer since 2010, told Channel 4." / "…, wrote on
    /// Twitter": after a verb of telling, or before a preposition, the words after the
    /// cue are its hearer or an adjunct; the subject before it, with its apposition.
    fn hearer_clause(&self, c: VerbAt, k: usize, g: &str) -> Option<Clause> {
        let VerbAt { a, b, v, .. } = c;
        let hearer = v + 1 < b && (c.tell || self.is(v + 1, PREPOSITION));
        if hearer && k > a + 1 && !self.quoted(k - 1) && g.trim() == "," {
            let s = match self.apposition_start(a, k) {
                Some(j) => self.subject_start(a, j),
                None => self.subject_start(a, k),
            };
            if let Some(content) = self.cue_content_before(c, s) {
                return Some(self.cue_clause(
                    c,
                    v + 1,
                    self.through_comma(s, k),
                    SourceAt::Before,
                    content,
                ));
            }
        }
        None
    }

    /// "…, said Ms Ortiz, the city's lawyer." / "“…,” said X.": the source follows.
    fn inverted_source_clause(&self, c: VerbAt, k: usize) -> Option<Clause> {
        let VerbAt { b, v, .. } = c;
        if v + 1 >= b || self.quoted(v + 1) {
            return None;
        }
        let e = self
            .inverted_relative(v + 1, b)
            .unwrap_or_else(|| self.phrase_end(v + 1, b));
        let content = self.cue_content_before(c, k)?;
        Some(self.cue_clause(c, v + 1, self.span(v + 1, e), SourceAt::After, content))
    }

    /// Whether the cue at `v` is a verb of speech whose source follows it and closes the
    /// sentence that ends at `b` ("…, said a county official.", "…, argues analyst Bill
    /// Thompson."), not a source before a comma ("…, now called Harbour Park, the mayor
    /// …") nor the object of another verb ("…, as of May, showed the ship off Jakarta.").
    fn source_ends_sentence(&self, v: usize, b: usize) -> bool {
        crate::extract::lexicon::set_here!("speech_verbs")
            .contains_folded(self.toks[v].text(self.body))
            && self.inverted(v, b)
            && (self.inverted_relative(v + 1, b).is_some() || self.phrase_end(v + 1, b) >= b)
    }

    /// The first word of "went on", "was quick", "was careful" or "hastened" before the
    /// "to" that precedes the cue verb at `v`, in sentence from `a`.
    fn went_on_to(&self, a: usize, v: usize) -> Option<usize> {
        let w = v.checked_sub(2).filter(|&w| w > a)?;
        if (w..v).any(|i| self.quoted(i) || !self.gap(i + 1).trim().is_empty()) {
            return None;
        }
        if self.is_word(w, &["on"]) && self.is_word(w - 1, &["went", "goes", "go", "going"]) {
            return Some(w - 1);
        }
        if self.is_word(w, &["hastened", "hastens"]) {
            return Some(w);
        }
        (self.is_word(w, &["quick", "careful"]) && self.is(w - 1, class::BE)).then_some(w - 1)
    }
}
