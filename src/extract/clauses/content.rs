//! The content of a clause: what is attributed — the clause after the cue (past "that",
//! a hearer, a day) or the clause before a cue that ends the sentence. The part of it
//! listed as reported speech is `reported_part`'s.

use super::words::class::{self, *};
use super::Words;
use crate::model::Span;
use std::ops::ControlFlow;

/// Prepositions that open a phrase of place or circumstance before a clause's subject.
const PHRASE_OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "with",
    "among",
    "amid",
    "during",
    "throughout",
    "under",
];

/// Words from the token after the cue within which a "that" opens its content, and how
/// many of them need no more: a "that" further off must open a clause
/// ([`Words::opens_clause`]; "noted in a guest column in a Sunday paper that …").
const THAT_WITHIN: usize = 12;
const THAT_NEAR: usize = 8;

/// Words a quotation's speaker, with its cue, may take up before a relative "who".
const SPEAKER_WORDS: usize = 8;

/// Prepositions that open a phrase of occasion after a cue ("said in an interview with
/// the paper last week that …").
const OCCASIONS: &[&str] = &[
    "in", "on", "at", "during", "via", "through", "from", "while",
];

impl Words<'_> {
    /// The content after a cue: from token `c` (past "that", a hearer, a day) to the
    /// sentence end; none when nothing but a few words remain. Read as the steps below, in
    /// order: a comma ending the cue ([`Words::comma_ends_cue`]), its particle, "that"
    /// within a few words ([`Words::that_within`]), else a hearer, when it was said and an
    /// adjunct ([`Words::no_that`]); last, what is left ([`Words::content_from`]).
    pub(super) fn content_after(&self, c: usize, b: usize, tell: bool) -> Option<Span> {
        // "said as she left", "said as much": no content after the cue (clauses/adjunct).
        if c >= b || self.as_clause(c, b) {
            return None;
        }
        let cue = c - 1;
        if self.comma_ends_cue(c) {
            return None;
        }
        // "pointed out that …", "lashed out at the board": the particle is the cue's
        // (clauses/object).
        let c = c + self.particle_at(c, b);
        let c = match self.that_within(c, b, tell) {
            Some(t) => t + 1,
            None => match self.no_that(cue, c, b, tell) {
                ControlFlow::Continue(c) => c,
                ControlFlow::Break(found) => {
                    return found.filter(|&f| self.said_after_who(cue, f, b))
                }
            },
        };
        self.content_from(cue, c, b)
            .filter(|&f| self.said_after_who(cue, f, b))
    }

    /// Whether the content `content` (to `b`) of the cue at `cue` may stand: always, but
    /// after ", who" right after a quotation's speaker a cue that is no verb of stance
    /// reports a clause only (“…,” said Ann Roe, who wrote the county's history" reports
    /// nothing; [`Words::clause_content`]), or words with a quotation in them.
    fn said_after_who(&self, cue: usize, content: Span, b: usize) -> bool {
        if cue < 2
            || self.is(cue, STANCE)
            || !(self.gap(cue - 1).contains(',') && self.is_word(cue - 1, &["who"]))
            || !self.after_quotation(cue - 1)
        {
            return true;
        }
        let (c, _) = self.tokens_of(content);
        (c..b).any(|i| self.quoted(i)) || self.clause_content(content, b)
    }

    /// Whether a quotation ends in a comma within [`SPEAKER_WORDS`] tokens before token
    /// `w` (“…,” said Ann Roe, who …", “…,” Tom told Ann Roe, who …").
    fn after_quotation(&self, w: usize) -> bool {
        (w.saturating_sub(SPEAKER_WORDS)..w)
            .any(|j| self.quoted(j) && !self.quoted(j + 1) && self.gap(j + 1).contains(','))
    }

    /// "said, adding …", "said, and soon …": whether a comma right after the cue (before
    /// token `c`) ends it, before a break or a cue in "-ing" ("…, Spicer said, adding …",
    /// "she said, and …"): the content is before the cue.
    fn comma_ends_cue(&self, c: usize) -> bool {
        self.gap(c).contains(',')
            && (self.is(c, BREAK) || (self.is(c, CUE) && self.ends_with(c, "ing")))
    }

    /// "said Tuesday that", "told reporters on Monday that": the token "that" within a few
    /// words from `c`, after a day, a place or a hearer — not after an object ("stressed
    /// her support of the raid that killed …") nor a clause ("said witnesses saw a gun and
    /// that …").
    fn that_within(&self, c: usize, b: usize, tell: bool) -> Option<usize> {
        if let Some(t) = self.that_past_dashes(c, b) {
            return Some(t);
        }
        let opens = tell
            || self.is(c, THAT | class::WHEN | PREPOSITION | class::AUX)
            || self.toks[c].is_capitalised(self.body);
        (c..b.min(c + THAT_WITHIN))
            .take_while(|&i| {
                !self.quoted(i)
                    && (i == c
                        || self.one_space_before(i)
                        || !self.gap(i).contains([',', ':', '"', '“']))
                    && (self.is(i, THAT) || !self.is(i, FINITE | CONJUNCTION | CUE | COGNITION))
            })
            .find(|&i| self.is(i, THAT))
            .filter(|&t| opens && (t < c + THAT_NEAR || self.far_that(c, t, b, tell)))
    }

    /// "said — on the radio, as it happens — that …": the "that" right after an aside set
    /// off by dashes that opens right after the cue (before token `c`), within
    /// [`THAT_WITHIN`] words.
    fn that_past_dashes(&self, c: usize, b: usize) -> Option<usize> {
        let dash = |i: usize| self.gap(i).contains(['—', '–']);
        if c >= b || !dash(c) {
            return None;
        }
        (c + 1..b.min(c + THAT_WITHIN))
            .take_while(|&i| !self.quoted(i))
            .find(|&i| dash(i))
            .filter(|&t| self.is(t, THAT))
    }

    /// Whether the "that" at `t`, far from the token `c` after its cue, opens the content:
    /// after a hearer or a phrase of occasion ("in", "at", "during", a day: not "about
    /// the group that …", "sees Lee as …", "called on them to …"), no "to" between, and a
    /// clause after it ([`Words::opens_clause`]).
    fn far_that(&self, c: usize, t: usize, b: usize, tell: bool) -> bool {
        (tell || self.is(c, class::WHEN) || self.is_word(c, OCCASIONS))
            && !(c..t).any(|i| self.is_word(i, &["to"]))
            && self.opens_clause(t + 1, b)
    }

    /// Whether token `i`, after a "that" far from its cue, opens a clause rather than
    /// going on a relative one: a word that is no finite verb, auxiliary or word in "-ed"
    /// or "-ly", nor one in "-s" before anything but a verb ("noted in a column in the
    /// Sunday paper that turnout fell", not "… in a column in the paper that ran on
    /// Sunday" or "… a group that calls itself …").
    pub(super) fn opens_clause(&self, i: usize, b: usize) -> bool {
        let verb = |i: usize| {
            self.is(i, FINITE | class::AUX) || self.irregular(i) != 0 || self.ends_with(i, "ed")
        };
        let capitalised = self.toks[i].is_capitalised(self.body);
        i + 1 < b
            && !self.quoted(i)
            && !verb(i)
            && !self.ends_with(i, "ly")
            && (capitalised
                || !self.ends_with(i, "s")
                || self.is_word(i, &["his", "its", "this"])
                || verb(i + 1))
    }

    /// No "that" after the cue at `cue`: the token past a hearer ([`Words::past_hearer`],
    /// after a verb of telling) and when it was said ([`Words::past_when`]) from `c`, or
    /// the answer when those words end the sentence or an adjunct follows them
    /// ([`Words::adjunct_after`]).
    fn no_that(
        &self,
        cue: usize,
        c: usize,
        b: usize,
        tell: bool,
    ) -> ControlFlow<Option<Span>, usize> {
        let c = if tell {
            match self.past_hearer(c, b) {
                ControlFlow::Continue(c) => c,
                ControlFlow::Break(content) => return ControlFlow::Break(Some(content)),
            }
        } else {
            c
        };
        let from = c;
        let c = self.past_when(c, b);
        // "…, the minister told a Senate panel Wednesday.", "told the paper earlier this
        // week.": a hearer and a day end the sentence; what was said is before the cue.
        if tell && self.hearer_and_day(c, b) {
            return ControlFlow::Break(None);
        }
        // "…, the analyst wrote this week.", "reported just today": only when it was said
        // is left.
        if self.only_when(c, b) {
            return ControlFlow::Break(None);
        }
        self.adjunct_after(cue, from, c, b)
    }

    /// After a verb of telling, the token past the hearer from `c`: "reporters", "him",
    /// "CNN", "the Post", "the crowd"; or the content after a hearer with a title
    /// ([`Words::after_titled_hearer`]).
    fn past_hearer(&self, c: usize, b: usize) -> ControlFlow<Span, usize> {
        let the = self.is(c, THE);
        if self.is(c, HEARER) {
            return ControlFlow::Continue(c + 1);
        }
        if !(the || self.toks[c].is_capitalised(self.body)) {
            return ControlFlow::Continue(c);
        }
        if let Some(content) = self.after_titled_hearer(c, b) {
            return ControlFlow::Break(content);
        }
        let mut e = c + 1;
        while e < b && e - c < 4 && self.toks[e].is_capitalised(self.body) && !self.quoted(e) {
            e += 1;
        }
        if the && e == c + 1 && e < b {
            e += 1;
        }
        ControlFlow::Continue(e)
    }

    /// The token past the words of when it was said from `c` ("Tuesday", "yesterday").
    fn past_when(&self, c: usize, b: usize) -> usize {
        let from = c;
        let mut c = c;
        while c < b && !self.quoted(c) && self.is(c, class::WHEN) {
            // "said Wednesday's quake …", "cited last year's sale": a time with "'s" opens
            // the content, no time of saying.
            if self.toks[c].possessive {
                return from;
            }
            c += 1;
        }
        c
    }

    /// "said Friday, as they …", "said in a statement.", "said at a briefing Monday before
    /// …", "said when she resigned": no content after the cue at `cue` ("called on X to …"
    /// has one), or a clause after the phrase from token `c` (`from` before a day); "called
    /// for a ban on imports": what is called for. `c` when no adjunct opens there.
    fn adjunct_after(
        &self,
        cue: usize,
        from: usize,
        c: usize,
        b: usize,
    ) -> ControlFlow<Option<Span>, usize> {
        // "refused to sign the bill", "hopes to run again": an infinitive content.
        let infinitive = c < b && self.infinitive_at(cue, c);
        let call = self.toks[cue].text(self.body).starts_with("call");
        let call_on = c < b && self.is(c, ON) && call;
        // "called for a ban on imports": what is called for is the content.
        if call && self.for_object(cue, c, b) {
            return ControlFlow::Break((b - c > 2).then(|| self.span(c + 1, b)));
        }
        if (c > from && c < b && self.gap(c).contains(','))
            || (b - c <= 6 && c < b && self.is(c, PREPOSITION) && !infinitive)
            || (c < b && self.is(c, ADJUNCT) && !call_on && !self.finite_before_comma(c, b))
        {
            // "said on Friday he would run": a clause after the phrase.
            let after_day = c > from && self.gap(c).contains(',');
            return ControlFlow::Break(
                (!after_day && !call_on && !infinitive)
                    .then(|| self.after_phrase(c, b))
                    .flatten(),
            );
        }
        ControlFlow::Continue(c)
    }

    /// The content from token `c` to the sentence end `b`, after the cue at `cue`: none
    /// for a verb whose content is an infinitive only and none follows, nor for fewer than
    /// two words but a stance verb's name.
    fn content_from(&self, cue: usize, c: usize, b: usize) -> Option<Span> {
        // "declined to comment": only an infinitive ("sales declined sharply" is none).
        if self.is(cue, INFINITIVE) && !(c < b && self.is(c, TO)) {
            return None;
        }
        // "endorsed Cruz": a name alone is a stance verb's object.
        let name = b == c + 1 && self.is(cue, STANCE) && self.toks[c].is_capitalised(self.body);
        if b.saturating_sub(c) < 2 && !name {
            return None;
        }
        Some(self.span(c, b))
    }

    /// Whether tokens `c..b` after a verb of telling, to the sentence's end, are a few words
    /// with no verb that end in a day or a time: a hearer and when it was told ("a Senate
    /// panel Wednesday", "this week").
    fn hearer_and_day(&self, c: usize, b: usize) -> bool {
        c < b
            && b - c <= 5
            && self.is(b - 1, class::WHEN)
            && !(c..b).any(|i| {
                self.quoted(i) || self.is(i, FINITE | TO | THAT | CUE | COGNITION | class::AUX)
            })
    }

    /// Whether tokens `c..b`, two or three to the sentence's end, all tell when: a day or a
    /// time and the words that point at it ("this week", "just today", "late Friday").
    fn only_when(&self, c: usize, b: usize) -> bool {
        (2..=3).contains(&b.saturating_sub(c))
            && self.is(b - 1, class::WHEN)
            && (c..b).all(|i| {
                !self.quoted(i)
                    && (self.is(i, class::WHEN)
                        || self.is_word(i, &["this", "next", "just", "late", "early"]))
            })
    }

    /// Whether a finite verb stands in tokens `c..b` before the first comma: "said on
    /// Monday the city would appeal" has a clause after its adjunct, "said at a briefing
    /// before the vote" none. An irregular past that is no participle counts before any
    /// opener ("said on Monday the ferry sank"; not "… before the crews went home").
    pub(super) fn finite_before_comma(&self, c: usize, b: usize) -> bool {
        let mut opened = false;
        (c..b)
            .take_while(|&i| i == c || !self.gap(i).contains(','))
            .any(|i| {
                opened |= self.is(i, OPENER);
                !self.quoted(i)
                    && (self.is(i, FINITE)
                        || !opened && self.irregular(i) == super::irregular::PAST)
            })
    }

    /// Whether the cue at `v`, with its subject from token `s`, stands between commas inside
    /// its sentence `a..b` ("Prices, economists say, will rise"): the sentence around it is
    /// the content.
    pub(super) fn parenthetical(&self, a: usize, b: usize, s: usize, v: usize) -> bool {
        let n = v + 1;
        s > a + 1
            && n + 1 < b
            && !self.quoted(s - 1)
            && !self.quoted(n)
            && self.gap(s).trim() == ","
            && self.gap(n).trim() == ","
            && !self.is(n, BREAK)
            && !(self.is(n, CUE) && self.ends_with(n, "ing"))
    }

    /// Whether the cue at `v`, with its subject from token `s`, reports the quotation
    /// before it ("''We will win,'' Ms Ortiz said aboard the ferry …"): a quotation that
    /// opens the sentence `a..b` and ends in a comma right before the subject; the words
    /// after the cue are the narrator's, unless "that" opens a clause of their own or the
    /// quotation goes on after the cue ("“…,” she said, “…”"), or the cue is a relative
    /// clause's after the quotation's speaker (“…,” said Ann Roe, who said she …": what she
    /// said there is the clause after it).
    pub(super) fn said_before(&self, a: usize, b: usize, s: usize, v: usize) -> bool {
        !self.relative_who(s, v)
            && self.quotation_opens(a, s)
            && !(v + 1..b.min(v + 5)).any(|i| self.is(i, THAT))
            && !(v + 1..b).any(|i| self.quoted(i))
    }

    /// Whether the cue at `v`, with its subject from token `s`, comes right after ", who"
    /// ("…, said Ann Roe, who said …").
    pub(super) fn relative_who(&self, s: usize, v: usize) -> bool {
        v > s + 1 && self.gap(v - 1).contains(',') && self.is_word(v - 1, &["who"])
    }

    /// Whether a quotation opens the sentence at `a` and ends in a comma right before the
    /// subject at `s`.
    pub(super) fn quotation_opens(&self, a: usize, s: usize) -> bool {
        s > a
            && self.quoted(s - 1)
            && self.quote_of[a..s]
                .iter()
                .all(|q| *q == self.quote_of[s - 1])
            && self.gap(s).contains(',')
    }

    /// Whether the content `content` of a cue (to the sentence end `b`) is a clause, not
    /// the verb's plain object: it follows "that", opens with a wh-word or an infinitive,
    /// or a verb stands in it before a comma ("who said she would not vote", "who said
    /// Lee wants a levy"; not "who wrote the authorised life of the singer", "who answered
    /// her door", "who writes about the credit trade").
    pub(super) fn clause_content(&self, content: Span, b: usize) -> bool {
        const WH: &[&str] = &[
            "what", "whether", "if", "how", "why", "when", "where", "who",
        ];
        let (i, _) = self.tokens_of(content);
        if i == 0 || i + 1 >= b {
            return false;
        }
        if self.is(i - 1, THAT) || self.is_word(i, WH) {
            return true;
        }
        let plain = |j: usize| self.is(j, NOUN_BEFORE | PREPOSITION | ARTICLE);
        if self.is(i, TO) {
            return !plain(i + 1) && !self.toks[i + 1].is_capitalised(self.body);
        }
        let verb = |j: usize| {
            self.is(j, FINITE)
                || j > i
                    && !plain(j - 1)
                    && (self.irregular(j) & super::irregular::PAST != 0
                        || self.ends_with(j, "ed")
                        || self.ends_with(j, "s") && self.toks[j - 1].is_capitalised(self.body))
        };
        (i..b.min(i + 12))
            .take_while(|&j| j == i || !self.gap(j).contains(','))
            .any(|j| !self.quoted(j) && verb(j))
    }

    /// The content before a cue that ends its sentence: the sentence up to the comma
    /// before the source (token `s`).
    pub(super) fn content_before(&self, a: usize, s: usize) -> Option<Span> {
        let soft =
            s > a && self.quote_of[s - 1].is_some_and(|q| usize::from(q) >= self.quotes.len());
        if s <= a || !(soft || self.gap(s).contains([',', '"', '”', '“'])) {
            return None;
        }
        if s - a < 3 && !self.quoted(s - 1) {
            return None;
        }
        // "In late March, said X" / "But in May, X told …": a phrase of time or place with
        // no verb is no content.
        if s - a <= 4
            && self.is(a, PREPOSITION)
            && !(a..s).any(|i| self.quoted(i) || self.is(i, FINITE))
        {
            return None;
        }
        // "With the mayor at the helm, the board said …": so is a longer one.
        if self.verbless_phrase(a, s) {
            return None;
        }
        // A quote right before: the content is the quote.
        if let Some(q) = self.quote_of[s - 1] {
            return Some(match self.quotes.get(usize::from(q)) {
                Some(quote) => quote.text,
                None => {
                    let (a, b) = self.soft[usize::from(q) - self.quotes.len()];
                    self.span(a, b)
                }
            });
        }
        Some(self.span(a, s))
    }

    /// Whether the words `a..s` before a source are a phrase of place or circumstance
    /// with no verb ("With the mayor at the helm", "And in Dayton on Wednesday", "In a
    /// speech last July"): a preposition, after "and"/"but" or not, then no comma,
    /// quotation, pronoun, cue or finite verb, no word in "-ed" and no determiner after a
    /// noun (PolNeAR train: none of 8 such readings annotated).
    fn verbless_phrase(&self, a: usize, s: usize) -> bool {
        let p = a + usize::from(self.is(a, CONJUNCTION));
        // Lengths first: the openers have two to ten letters.
        p + 1 < s
            && self.len(p) <= 10
            && !self.quoted(p)
            && self.is_word(p, PHRASE_OPENERS)
            && !(p + 1..s).any(|i| {
                self.quoted(i)
                    || self.gap(i).contains(',')
                    || self.is(i, FINITE | PRONOUN | CUE | COGNITION)
                    || (self.ends_with(i, "ed") && !self.toks[i].is_capitalised(self.body))
                    // "At the port two old ships sank": an irregular past or participle.
                    || self.irregular(i) != 0
                    // "In Dayton the ferry ran late": a determiner after a noun, not after
                    // a preposition, opens a clause's subject, whose verb the word
                    // classes may not know ("ran", "rose", "met").
                    || (self.is(i, THE | ARTICLE)
                        && i > p + 1
                        && !self.is(i - 1, PREPOSITION | THE | ARTICLE | CONJUNCTION))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{clauses_of, reported_of};

    #[test]
    fn an_irregular_past_after_an_adjunct_is_a_clause() {
        let c = reported_of("Lee said on Monday the old ferry sank near the pier.");
        assert_eq!(
            c[0].1, "on Monday the old ferry sank near the pier",
            "{c:?}"
        );
        // Not one in a clause of time after the adjunct, nor a participle.
        assert!(reported_of("Lee said at a briefing before the crews went home.").is_empty());
        assert!(reported_of("Lee said at a briefing held in the harbour office.").is_empty());
    }

    #[test]
    fn a_phrase_of_place_with_no_verb_before_the_source_is_no_content() {
        let phrase = |body: &str, words: &str| clauses_of(body).iter().any(|c| c.2 == words);
        assert!(!phrase(
            "In a speech at the harbour last July, the mayor said:",
            "In a speech at the harbour last July"
        ));
        assert!(!phrase(
            "With the new mayor at the helm of the board, the council said so.",
            "With the new mayor at the helm of the board"
        ));
        // A clause with a verb of its own is the content, also a verb no word list holds.
        assert!(phrase(
            "In Dayton the ferry was late again, the mayor said.",
            "In Dayton the ferry was late again"
        ));
        for (body, words) in [
            (
                "In Dayton the ferry ran late again, the mayor said.",
                "In Dayton the ferry ran late again",
            ),
            (
                "During the storm the old pier broke apart, witnesses said.",
                "During the storm the old pier broke apart",
            ),
            (
                "At the port two old ships sank last week, the mayor said.",
                "At the port two old ships sank last week",
            ),
            (
                "After the vote some members went home early, aides said.",
                "After the vote some members went home early",
            ),
        ] {
            assert!(phrase(body, words), "{body}");
        }
    }

    #[test]
    fn a_day_with_a_possessive_after_the_cue_opens_the_content() {
        let c =
            clauses_of("On Saturday, officials said Wednesday's storm flooded the harbour road.");
        assert!(
            c.iter()
                .any(|c| c.2 == "Wednesday's storm flooded the harbour road"),
            "{c:?}"
        );
        let c = clauses_of("The mayor said last year's storm had closed the pier for a month.");
        assert!(
            c.iter().any(|c| c.2.starts_with("last year's storm")),
            "{c:?}"
        );
    }
}
