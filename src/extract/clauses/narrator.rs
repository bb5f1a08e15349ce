//! The narrator's words at the end of a reported content: a gloss after a comma ("…, a deep
//! loss for the district") and the occasion the words were said in ("… in a statement on
//! Monday"). `Words::reported` cuts the content before them. An aside between commas
//! ("a crucial, although brief, chance") is no such end.

use super::words::class::*;
use super::{Clause, Words};
use crate::extract::lexicon;
use crate::model::Span;

/// Words after a parenthetical cue's second comma that go on with what was said: a clause
/// of reason, result or contrast ("It was late, she said, because the tide turned").
const GO_ON_AFTER_CUE: &[&str] = &[
    "because",
    "so",
    "especially",
    "but",
    "yet",
    "although",
    "though",
];

/// Words in "-ing" that open no participle clause after a comma: prepositions ("…,
/// including the pier") and nouns ("…, something new", "…, the morning").
const NOT_PARTICIPLES: &[&str] = &[
    "according",
    "including",
    "during",
    "regarding",
    "concerning",
    "notwithstanding",
    "something",
    "nothing",
    "anything",
    "everything",
    "morning",
    "evening",
    "building",
    "spending",
    "funding",
    "housing",
    "hearing",
    "ruling",
    "polling",
    "training",
    "meeting",
    "wedding",
    "shooting",
    "bombing",
    "ceiling",
    "having",
    "being",
];

impl Words<'_> {
    /// Whether tokens `i..b` of a content from `c`, after a comma and "a"/"an" at `i`, are a
    /// noun phrase with no clause of its own: no comma, semicolon or quotation (none in the
    /// content at all), no finite verb, cue or verb of thinking, and no word in "-ed" past
    /// the first ("…, a rise of ten percent"; not "…, a fund he formed in May", "…, a boss
    /// invited her").
    pub(super) fn gloss_tail(&self, c: usize, i: usize, b: usize) -> bool {
        !(c..i).any(|j| self.quoted(j))
            && (i + 1..b).all(|j| {
                !self.quoted(j)
                    && !self.gap(j).contains([',', ';', ':'])
                    && !self.is(j, FINITE | CUE | COGNITION)
                    && (j == i + 1 || !self.ends_with(j, "ed"))
            })
    }

    /// Whether token `i`, right after a comma, opens a participle clause of the narrator's
    /// after a content `c..i` that names a thing (no verb in it, unless the participle is
    /// one of speech or judgement, `judges`): a word in "-ing" in
    /// lower case, of six letters or more, not one of `NOT_PARTICIPLES`, with words after
    /// it, no other comma in the content, no quotation from it to the end, two words or
    /// more before it and no gerund subject (`gerund_subject`) ("praised
    /// the ferry plan, squinting at the crowd"; not a list, "…, setting fares, cutting
    /// routes").
    pub(super) fn narrator_participle(&self, c: usize, i: usize, b: usize) -> bool {
        let w = self.toks[i].text(self.body);
        i + 1 < b
            && w.len() >= 6
            && w.ends_with("ing")
            && w.starts_with(|c: char| c.is_ascii_lowercase())
            && !self.is_word(i, NOT_PARTICIPLES)
            && (!self.verb_in(c, i) || self.judges(i))
            && !(c + 1..b).any(|j| j != i && self.gap(j).contains([',', ';']))
            && !(i..b).any(|j| self.quoted(j))
            && i >= c + 2
            && !self.gerund_subject(i, b)
    }

    /// Whether the "-ing" word at `i` heads a subject: a finite verb follows it before
    /// "that", a pronoun or a comma ("from June, wearing a mask will be required"; not
    /// "…, remarking that fares were high").
    fn gerund_subject(&self, i: usize, b: usize) -> bool {
        (i + 1..b)
            .take_while(|&j| !self.is(j, THAT | PRONOUN) && !self.gap(j).contains(','))
            .any(|j| self.is(j, FINITE | AUX))
    }

    /// The clause a narrator's participle after `c`'s reported part opens, with `c`'s
    /// source, when it speaks of someone or says something: "praised the plan, crediting
    /// her with the idea" also credits her with the idea. The participle (no cue of its
    /// own, which opens its clause anyway) is the cue; it is one of speech or judgement
    /// (`judgement_participles.txt`: "…, casting doubt on …"), or "that", a pronoun or a
    /// name follows it ("…, remarking that …", "…, challenging Lee to …"; not "…, bringing
    /// the total to …"). The words after it to `c`'s content's end are the content.
    pub(super) fn then_participle(&self, c: &Clause) -> Option<Clause> {
        let (r, e) = self.tokens_of(c.reported);
        let (_, b) = self.tokens_of(c.content);
        if e + 1 >= b || r >= e || !self.gap(e).contains(',') || self.is(e, CUE | COGNITION) {
            return None;
        }
        let n = e + 1;
        let about = self.is(n, THAT)
            || self.toks[n].is_capitalised(self.body)
            || self.is_word(n, &["him", "her", "them", "us", "he", "she", "they", "we"])
            || self.judges(e);
        if !about || !self.narrator_participle(r, e, b) {
            return None;
        }
        let content = self.span(e + 1, b);
        Some(Clause {
            cue: self.span(e, e + 1),
            content,
            reported: content,
            cognition: false,
            stance: false,
            ..*c
        })
    }

    /// Whether the comma before token `i`, a word that ends a content ("although", "even",
    /// "but"; `BREAK`), opens an aside of up to five words with no verb, closed by a second
    /// comma after which the reported words go on in lower case: "a crucial, although brief,
    /// chance", "it was possible, though not likely, that …", "the plan, while costly, was
    /// sound". Not before a new subject or a participle ("…, while her rival, Lee, has …",
    /// "…, but for the board, it …", "…, and then a vote, declaring …"), nor for "according".
    pub(super) fn aside_goes_on(&self, i: usize, b: usize) -> bool {
        if self.is_word(i, &["according"]) {
            return false;
        }
        let Some(k) = (i + 2..b.min(i + 7)).find(|&k| self.gap(k).contains(',')) else {
            return false;
        };
        (i + 1..k).all(|j| {
            !self.quoted(j)
                && !self.gap(j).contains([';', ':', '—', '–', '(', ')'])
                && !self.is(j, FINITE | CUE | COGNITION)
                && (!self.ends_with(j, "ed") || self.toks[j].is_capitalised(self.body))
        }) && self.gap(k).trim() == ","
            && !self.quoted(k)
            && !self.toks[k].is_capitalised(self.body)
            && !self.is(k, SUBJECT_HEAD | ARTICLE | CONJUNCTION)
            && !self.is_word(
                k,
                &[
                    "there", "his", "her", "their", "its", "this", "these", "those", "you",
                ],
            )
            && !self.ends_with(k, "ing")
    }

    /// Whether token `i` is a participle of speech or judgement that is no cue
    /// (`judgement_participles.txt`: "crediting", "casting").
    fn judges(&self, i: usize) -> bool {
        lexicon::set_here!("judgement_participles").contains_folded(self.toks[i].text(self.body))
    }

    /// Whether token `i` of a content from `c` to `b` opens the occasion or medium the
    /// words were said in, to the content's end: "in" or "during", a determiner, up to two
    /// words and a noun of `medium_nouns.txt` ("in a statement on Thursday", "during a
    /// radio interview"), with no comma, finite verb, "that", cue or quotation after it,
    /// no quotation in the content and no verb before it in the content: what is reported
    /// is a thing, not a clause ("criticised the levy in a statement"; "said the board met
    /// in a call" goes on).
    pub(super) fn said_in(&self, c: usize, i: usize, b: usize) -> bool {
        if !(self.is(i, ADJUNCT) && self.is_word(i, &["in", "during"])) || i + 2 >= b {
            return false;
        }
        if !self.is_word(i + 1, &["a", "an", "the", "his", "her", "their", "its"]) {
            return false;
        }
        let media = lexicon::set_here!("medium_nouns");
        let Some(m) = (i + 2..b.min(i + 5))
            .take_while(|&j| !self.quoted(j) && !self.gap(j).contains([',', ';', ':']))
            .find(|&j| media.contains_folded(self.toks[j].text(self.body)))
        else {
            return false;
        };
        // A clause of its own before it ("X discussed the plan in a call with Y") holds
        // the occasion as part of the event reported.
        // What follows it, up to a comma: no clause, no quotation.
        !self.verb_in(c, i)
            && !(c..=m).any(|j| self.quoted(j))
            && !(m + 1..b)
                .take_while(|&j| !self.gap(j).contains(','))
                .any(|j| self.quoted(j) || self.is(j, FINITE | THAT | CUE | COGNITION))
    }

    /// Whether tokens `c..i` hold a verb: a finite one or a word in "-ed" in lower case
    /// ("the board met", "discovered the notes"); a content with none is a thing.
    pub(super) fn verb_in(&self, c: usize, i: usize) -> bool {
        (c..i).any(|j| {
            self.is(j, FINITE)
                || self.irregular(j) != 0
                || (self.ends_with(j, "ed") && !self.toks[j].is_capitalised(self.body))
        })
    }

    /// Whether "on" at token `i`, before `b`, opens the terms the words were given on:
    /// "on condition of anonymity", "on the condition that they not be named" — the
    /// narrator's, never what was said.
    pub(super) fn on_condition(&self, i: usize, b: usize) -> bool {
        let k = i + 1 + usize::from(i + 1 < b && self.is(i + 1, THE));
        k < b && self.is(i, ON) && !self.quoted(k) && self.is_word(k, &["condition"])
    }
}

impl Words<'_> {
    /// The content of a cue `v` between commas, with its subject `s..k` of up to four words
    /// right before it, when the sentence `a..b` goes on after the second comma with a
    /// clause of reason, result or contrast: "The pier is unsafe, she said, because the
    /// piles are rotten" is hers from the sentence's start to where `Words::reported` ends
    /// the words after the cue. (`Words::parenthetical` passes over such a comma: a word
    /// of `BREAK` there ends the content before the cue.)
    pub(super) fn parenthetical_goes_on(
        &self,
        a: usize,
        b: usize,
        s: usize,
        k: usize,
        v: usize,
    ) -> Option<Span> {
        let n = v + 1;
        if s <= a + 1 || n + 2 >= b || k - s > 4 || !self.is(n, BREAK) {
            return None;
        }
        let commas = self.gap(s).trim() == "," && self.gap(n).trim() == ",";
        if !commas || !self.is_word(n, GO_ON_AFTER_CUE) || (a..s).any(|i| self.quoted(i)) {
            return None;
        }
        if self.quoted(n) || self.quoted(n + 1) {
            return None;
        }
        let after = self.reported(self.span(n, b), false);
        Some(Span {
            start: self.span(a, s).start,
            end: after.end,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::reported_of;

    #[test]
    fn an_occasion_after_a_clause_with_an_irregular_past_is_what_was_said() {
        // "took" is the clause's verb: "in a call" is where the vote was taken.
        let c = reported_of("Lee said the crews took the vote in a call with the board.");
        assert_eq!(
            c[0].1, "the crews took the vote in a call with the board",
            "{c:?}"
        );
    }

    #[test]
    fn a_noun_phrase_at_the_end_is_the_narrators_gloss() {
        let c = reported_of(
            "The mayor said the city would cut 300 harbour jobs, a deep loss for the district.",
        );
        assert_eq!(c[0].1, "the city would cut 300 harbour jobs", "{c:?}");
        // One with a verb of its own stays: a clause, not a gloss.
        let c = reported_of("The mayor said the pier was unsafe, a problem that has lasted years.");
        assert_eq!(
            c[0].1, "the pier was unsafe, a problem that has lasted years",
            "{c:?}"
        );
        let c = reported_of("The mayor said she would fund the ferry, a service she founded.");
        assert_eq!(
            c[0].1, "she would fund the ferry, a service she founded",
            "{c:?}"
        );
    }

    #[test]
    fn the_occasion_it_was_said_in_is_no_part_of_the_content() {
        let c = reported_of("The senator criticised the harbour levy in a statement on Monday.");
        assert_eq!(c[0].1, "the harbour levy", "{c:?}");
        let c =
            reported_of("The mayor criticised the ferry plan during a radio interview, and left.");
        assert_eq!(c[0].1, "the ferry plan", "{c:?}");
        // In a clause the occasion is part of the event reported; a clause after it goes on.
        let c = reported_of("The mayor said the board voted in a conference call with the union.");
        assert_eq!(
            c[0].1, "the board voted in a conference call with the union",
            "{c:?}"
        );
        let c = reported_of("The senator criticised the levy in a letter that she sent home.");
        assert_eq!(c[0].1, "the levy in a letter that she sent home", "{c:?}");
    }

    #[test]
    fn the_terms_the_words_were_given_on_are_no_part_of_the_content() {
        let c = reported_of(
            "An aide confirmed the meeting on condition of anonymity because talks go on.",
        );
        assert_eq!(c[0].1, "the meeting", "{c:?}");
        let c = reported_of(
            "A clerk said the vote was delayed on the condition that she not be named.",
        );
        assert_eq!(c[0].1, "the vote was delayed", "{c:?}");
    }

    #[test]
    fn a_clause_of_reason_after_a_parenthetical_cue_goes_on() {
        let c =
            reported_of("The pier is unsafe, the inspector said, because its piles are rotten.");
        assert_eq!(
            c[0].1, "The pier is unsafe, the inspector said, because its piles are rotten",
            "{c:?}"
        );
        let c = reported_of("Fares will rise, she says, so the ferry can run all winter.");
        assert_eq!(
            c[0].1, "Fares will rise, she says, so the ferry can run all winter",
            "{c:?}"
        );
        // A participle or a new clause of the narrator's after the comma does not.
        let c = reported_of("Fares will rise, she said, adding that the tram is late.");
        assert_eq!(c[0].1, "Fares will rise", "{c:?}");
        let c = reported_of("Fares will rise, she said, and the council met on Monday.");
        assert_eq!(c[0].1, "Fares will rise", "{c:?}");
    }

    #[test]
    fn a_participle_after_a_things_name_is_the_narrators() {
        let c = reported_of("The mayor mocked the ferry plan, squinting at the harbour crowd.");
        assert_eq!(c[0].1, "the ferry plan", "{c:?}");
        let c = reported_of("The mayor hailed the new pier, bringing the ferry count to ten.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "the new pier", "{c:?}");
        // After a clause it goes on; a list of participles, "including" and a noun in
        // "-ing" go on too.
        let c = reported_of("The mayor said the levy was fair, bringing the total to ten.");
        assert_eq!(
            c[0].1, "the levy was fair, bringing the total to ten",
            "{c:?}"
        );
        let c = reported_of("The mayor mocked the plan, raising fares, cutting routes.");
        assert_eq!(c[0].1, "the plan, raising fares, cutting routes", "{c:?}");
        // A gerund subject after a fronted phrase is what was said; a one-word content
        // is not cut to nothing but kept whole.
        let c =
            reported_of("The minister announced that from June, wearing a mask would be required.");
        assert_eq!(
            c[0].1, "from June, wearing a mask would be required",
            "{c:?}"
        );
        let c = reported_of("The mayor mocked Lee, squinting at the crowd.");
        assert_eq!(c[0].1, "Lee, squinting at the crowd", "{c:?}");
        let c = reported_of("The mayor mocked the ferry plan, including its new fares.");
        assert_eq!(c[0].1, "the ferry plan, including its new fares", "{c:?}");
    }

    #[test]
    fn a_participle_about_someone_reports_for_the_same_source() {
        let c = reported_of("The mayor hailed the new pier, challenging Lee to build another.");
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[0].1, "the new pier", "{c:?}");
        assert_eq!(
            c[1],
            ("challenging".into(), "Lee to build another".into()),
            "{c:?}"
        );
        let c = reported_of("The mayor mocked the ferry plan, remarking that fares were high.");
        assert_eq!(
            c[1],
            ("remarking".into(), "that fares were high".into()),
            "{c:?}"
        );
        // One of speech or judgement opens its clause whatever follows, after a clause too.
        let c = reported_of("The mayor said the council had erred, faulting the board for it.");
        assert_eq!(c.len(), 2, "{c:?}");
        assert_eq!(c[0].1, "the council had erred", "{c:?}");
        assert_eq!(
            c[1],
            ("faulting".into(), "the board for it".into()),
            "{c:?}"
        );
        let c = reported_of("The mayor praised the pier, crediting the harbour board.");
        assert_eq!(
            c[1],
            ("crediting".into(), "the harbour board".into()),
            "{c:?}"
        );
    }

    #[test]
    fn an_aside_between_commas_is_no_end() {
        let c = reported_of(
            "The mayor said the ferry was a costly, although brief, trial of harbour transport.",
        );
        assert_eq!(
            c[0].1, "the ferry was a costly, although brief, trial of harbour transport",
            "{c:?}"
        );
        let c =
            reported_of("The inspector said the old bridge, while rusty, was safe for traffic.");
        assert_eq!(
            c[0].1, "the old bridge, while rusty, was safe for traffic",
            "{c:?}"
        );
        // A verb of stance's object ends at the comma all the same.
        let c = reported_of(
            "The senator expressed anger, and even some alarm, about the harbour closure.",
        );
        assert_eq!(c[0].1, "anger", "{c:?}");
        // A new subject or a participle after the second comma: the narrator's clause.
        let c = reported_of(
            "The mayor said the levy was fair, while her rival, Dana Lee, has called it a tax.",
        );
        assert_eq!(c[0].1, "the levy was fair", "{c:?}");
        let c =
            reported_of("The mayor said the levy was fair, but for the council, it was a loss.");
        assert_eq!(c[0].1, "the levy was fair", "{c:?}");
        let c = reported_of(
            "The mayor said the board held a vote, and then a recount, declaring the levy void.",
        );
        assert_eq!(c[0].1, "the board held a vote", "{c:?}");
    }
}
