//! The content of a clause: what is attributed — the clause after the cue (past "that",
//! a hearer, a day) or the clause before a cue that ends the sentence. The part of it
//! listed as reported speech is `reported_part`'s.

use super::words::class::{self, *};
use super::Words;
use crate::model::Span;

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

impl Words<'_> {
    /// The content after a cue: from token `c` (past "that", a hearer, a day) to the
    /// sentence end; none when nothing but a few words remain.
    pub(super) fn content_after(&self, mut c: usize, b: usize, tell: bool) -> Option<Span> {
        // "said as she left", "said as much": no content after the cue (clauses/adjunct).
        if c >= b || self.as_clause(c, b) {
            return None;
        }
        // "said, adding …", "said, and soon …": a comma right after the cue ends it.
        let cue = c - 1;
        // "…, Spicer said, adding …", "she said, and …": the content is
        // before the cue.
        if self.gap(c).contains(',')
            && (self.is(c, BREAK) || (self.is(c, CUE) && self.ends_with(c, "ing")))
        {
            return None;
        }
        // "pointed out that …", "lashed out at the board": the particle is the cue's
        // (clauses/object).
        c += self.particle_at(c, b);
        // "said Tuesday that", "told reporters on Monday that": "that" within a few words,
        // after a day, a place or a hearer — not after an object ("stressed her support of
        // the raid that killed …") nor a clause ("said witnesses saw a gun and that …").
        let opens = tell
            || self.is(c, THAT | class::WHEN | PREPOSITION | class::AUX)
            || self.toks[c].is_capitalised(self.body);
        let that = (c..b.min(c + 8))
            .take_while(|&i| {
                !self.quoted(i)
                    && (i == c
                        || self.one_space_before(i)
                        || !self.gap(i).contains([',', ':', '"', '“']))
                    && (self.is(i, THAT) || !self.is(i, FINITE | CONJUNCTION | CUE | COGNITION))
            })
            .find(|&i| self.is(i, THAT))
            .filter(|_| opens);
        if let Some(t) = that {
            c = t + 1;
        } else {
            if tell {
                // The hearer: "reporters", "him", "CNN", "the Post", "the crowd".
                let the = self.is(c, THE);
                if self.is(c, HEARER) {
                    c += 1;
                } else if the || self.toks[c].is_capitalised(self.body) {
                    if let Some(content) = self.after_titled_hearer(c, b) {
                        return Some(content);
                    }
                    let mut e = c + 1;
                    while e < b
                        && e - c < 4
                        && self.toks[e].is_capitalised(self.body)
                        && !self.quoted(e)
                    {
                        e += 1;
                    }
                    if the && e == c + 1 && e < b {
                        e += 1;
                    }
                    c = e;
                }
            }
            let from = c;
            // "said Wednesday's quake …", "cited last year's sale": a time with "'s" opens
            // the content, no time of saying.
            while c < b && !self.quoted(c) && self.is(c, class::WHEN) {
                if self.toks[c].possessive {
                    c = from;
                    break;
                }
                c += 1;
            }
            // "…, the minister told a Senate panel Wednesday.", "told the paper earlier this
            // week.": a hearer and a day end the sentence; what was said is before the cue.
            if tell && self.hearer_and_day(c, b) {
                return None;
            }
            // "…, the analyst wrote this week.", "reported just today": only when it was said
            // is left.
            if self.only_when(c, b) {
                return None;
            }
            // "said Friday, as they …", "said in a statement.", "said at a briefing Monday
            // before …", "said when she resigned": no content after the cue ("called on X to
            // …" has one).
            // "refused to sign the bill", "hopes to run again": an infinitive content.
            let infinitive = c < b && self.infinitive_at(cue, c);
            let call = self.toks[cue].text(self.body).starts_with("call");
            let call_on = c < b && self.is(c, ON) && call;
            // "called for a ban on imports": what is called for is the content.
            if call && self.for_object(cue, c, b) {
                return (b - c > 2).then(|| self.span(c + 1, b));
            }
            if (c > from && c < b && self.gap(c).contains(','))
                || (b - c <= 6 && c < b && self.is(c, PREPOSITION) && !infinitive)
                || (c < b && self.is(c, ADJUNCT) && !call_on && !self.finite_before_comma(c, b))
            {
                // "said on Friday he would run": a clause after the phrase.
                let after_day = c > from && self.gap(c).contains(',');
                return (!after_day && !call_on && !infinitive)
                    .then(|| self.after_phrase(c, b))
                    .flatten();
            }
        }
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
    /// before the vote" none.
    pub(super) fn finite_before_comma(&self, c: usize, b: usize) -> bool {
        (c..b)
            .take_while(|&i| i == c || !self.gap(i).contains(','))
            .any(|i| self.is(i, FINITE) && !self.quoted(i))
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
    /// quotation goes on after the cue ("“…,” she said, “…”").
    pub(super) fn said_before(&self, a: usize, b: usize, s: usize, v: usize) -> bool {
        let opening = s > a
            && self.quoted(s - 1)
            && self.quote_of[a..s]
                .iter()
                .all(|q| *q == self.quote_of[s - 1]);
        opening
            && self.gap(s).contains(',')
            && !(v + 1..b.min(v + 5)).any(|i| self.is(i, THAT))
            && !(v + 1..b).any(|i| self.quoted(i))
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
    use super::super::tests::clauses_of;

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
