//! The reported part of a clause's content: up to where a new clause of the narrator's
//! starts (", and the court …", ", saying …", "but noted …"); after a verb of stance,
//! its object up to an adjunct.

use super::words::class::{self, *};
use super::Words;
use crate::model::Span;

impl Words<'_> {
    /// The reported part of `content`: up to the first place a new clause of the
    /// narrator's starts — a comma before a conjunction, a subordinator or a participle
    /// (", and the court …", ", although he …", ", saying …"), a semicolon or dash, or a
    /// conjunction before a second cue of the subject ("… but noted that"). A conjunction
    /// before a second "that" goes on (", and that …").
    ///
    /// A relative clause or a comparison that runs to the end is the narrator's too ("…, which
    /// storms wrecked", "…, compared with 40 percent last year").
    ///
    /// After a verb of stance the content is its object, up to an adjunct ("endorsed the
    /// mayor on Thursday" → "the mayor"; "proposed a tax on trading" goes on).
    pub(super) fn reported(&self, content: Span, stance: bool) -> Span {
        self.reported_from(content, stance, true)
    }

    /// [`Words::reported`]; with `fast`, words that end nothing are passed over before the
    /// rules (tests compare both).
    pub(super) fn reported_from(&self, content: Span, stance: bool, fast: bool) -> Span {
        let (c, b) = self.tokens_of(content);
        // "offered kind words about the mayor": what the words were about (clauses/object).
        let (c, content) = match self.past_speech_noun(c, b, stance) {
            Some(o) => (o, self.span(o, b)),
            None => (c, content),
        };
        if b <= c + 1 {
            return content;
        }
        for i in c + 1..b {
            if self.reported_ends_at(c, i, b, stance, fast) {
                return self.span(c, i);
            }
        }
        content
    }

    /// Whether the reported part of `c..b` ends right before token `i`, read in this
    /// order: a clause of time, words passed over, a semicolon, a second speaker, a verb
    /// of stance's object, a new clause after a comma, the narrator's own addition, a
    /// conjunction before a second cue.
    fn reported_ends_at(&self, c: usize, i: usize, b: usize, stance: bool, fast: bool) -> bool {
        // "…the crews as she toured the quay": a clause of time ends the content (a
        // comma before "as" ends it below).
        if self.class[i] & BREAK != 0 && self.one_space_before(i) && self.as_they_did(c, i, b) {
            return true;
        }
        if self.passed_over(i, fast) {
            return false;
        }
        let (comma, semicolon) = self.comma_semicolon(i);
        if semicolon {
            return true;
        }
        self.second_speaker(i, b, comma)
            || self.stance_object_ends(c, i, b, stance)
            || self.comma_ends(c, i, b, stance, comma)
            || self.narrator_adds(c, i, b, comma)
            || self.cue_after_conjunction(i, b)
            || self.second_verb(c, i, b, stance)
    }

    /// Whether token `i` ends nothing and is passed over before the rules: with `fast`, a
    /// word after one space in none of the classes asked (most words); a word of a quote.
    fn passed_over(&self, i: usize, fast: bool) -> bool {
        // A word after one space in none of the classes asked below (most words) ends
        // nothing: passed over first.
        if fast && self.class[i] & (CONJUNCTION | ADJUNCT) == 0 && self.one_space_before(i) {
            return true;
        }
        // A word right after a quote's closing comma ("…,'' adding that …", "…,'' and
        // he reiterated …") is read as after any comma.
        self.quoted(i) || (self.quoted(i - 1) && !self.gap(i).contains(','))
    }

    /// Whether the gap before token `i` holds a comma (not a thousands comma) and a
    /// semicolon.
    fn comma_semicolon(&self, i: usize) -> (bool, bool) {
        // Most gaps are one space: no comma, no semicolon, nothing to search.
        if self.one_space_before(i) {
            (false, false)
        } else {
            let g = self.gap(i);
            // "a gain of 200,000 jobs": a thousands comma between digits is no comma.
            (g.contains(',') && !self.thousands(i, g), g.contains(';'))
        }
    }

    /// Whether a comma or a conjunction before token `i` opens a second speaker's clause of
    /// saying.
    fn second_speaker(&self, i: usize, b: usize, comma: bool) -> bool {
        // "most back the levy, and 40 said they oppose it": a second speaker's clause
        // of saying ends the content.
        let and = !comma && self.is(i, CONJUNCTION) && !self.ends_with(i, "or");
        (comma || and) && self.another_says(i + usize::from(and), b)
    }

    /// Whether a verb of stance's object `c..i` ends at the adjunct `i`.
    fn stance_object_ends(&self, c: usize, i: usize, b: usize, stance: bool) -> bool {
        if stance
            && i > c + 1
            && self.is(i, ADJUNCT)
            && !self.argument(i)
            && !self.on_topic(i, b)
            && !self.kept_from(c, i)
            && !self.finite_before_comma(c, i)
        {
            return true;
        }
        // "thanked Ortiz on Monday for …", "backed her during the vote": a one-word
        // object, a name or a pronoun, ends at an adjunct too.
        stance && i == c + 1 && i + 1 < b && self.is(i, ADJUNCT) && self.one_word_object(c)
    }

    /// Whether a comma before token `i` ends the content: a verb of stance's object at any
    /// comma but a list's, else a comma before a break word or a participle of speech but
    /// not before a list's item, a parallel "that", an aside or the same clause going on.
    fn comma_ends(&self, c: usize, i: usize, b: usize, stance: bool, comma: bool) -> bool {
        // "the ferry, the bus, and the tram", "endorsed Ortiz, Lee and Park", "the
        // crews, as well as the pilots", "…, or not at all": the commas of a list are
        // no end.
        let list = comma && (self.last_of_list(c, i, b) || self.adds_to_list(i, b));
        if stance && comma && !list && !self.list_goes_on(i, b) {
            return true;
        }
        // ", and that turnout fell": a second "that" clause of the same cue goes on.
        let parallel = self.is(i, CONJUNCTION) && i + 1 < b && self.is(i + 1, THAT);
        // "a crucial, although brief, chance": an aside between commas goes on (a verb
        // of stance's object ends at the comma all the same).
        let aside = comma && self.is(i, BREAK) && self.aside_goes_on(i, b);
        // ", but would need repairs", ", but not the bridge", ", despite the storm":
        // the same clause goes on.
        let but = comma && (self.but_goes_on(c, i, b) || self.after_comma_goes_on(i, b));
        comma
            && !parallel
            && !list
            && !aside
            && !but
            && (self.is(i, BREAK)
                || (self.ends_with(i, "ing") && self.is(i, CUE))
                || self.narrator_participle(c, i, b))
    }

    /// Whether token `i` opens what the narrator adds: a comparison, a gloss, where or on
    /// what terms it was said, a relative clause that runs to the end.
    fn narrator_adds(&self, c: usize, i: usize, b: usize, comma: bool) -> bool {
        // "…, compared with 30 percent last year": a comparison the narrator adds.
        if comma
            && i > c + 1
            && i + 1 < b
            && self.is_word(i, &["compared"])
            && self.is_word(i + 1, &["with", "to"])
        {
            return true;
        }
        // "…, a rise of ten percent over the spring": a noun phrase that runs to the
        // end, with no verb, is the narrator's gloss.
        if comma && i > c + 1 && self.is(i, ARTICLE) && self.gloss_tail(c, i, b) {
            return true;
        }
        // "…the levy in a statement on Thursday": where it was said, not what.
        // "…the meeting on condition of anonymity": the terms it was said on.
        if i > c && self.is(i, ADJUNCT) && (self.said_in(c, i, b) || self.on_condition(i, b)) {
            return true;
        }
        // "…, which storms wrecked", "…, who ran twice": a relative clause that runs to
        // the end is the narrator's.
        comma && i > c + 1 && self.is_word(i, &["which", "who"]) && self.relative_tail(i + 1, b)
    }

    /// Whether the conjunction `i` comes before a second cue of the subject ("… but noted
    /// that", "… and she accused him of …").
    fn cue_after_conjunction(&self, i: usize, b: usize) -> bool {
        if self.is(i, CONJUNCTION) && i + 1 < b {
            let mut v = i + 1;
            // "… and she accused him of …": a subject pronoun before the cue.
            if v + 1 < b && self.is_word(v, &["he", "she", "they", "we"]) {
                v += 1;
            }
            while v + 1 < b && self.is(v, class::AUX) {
                v += 1;
            }
            if self.is(v, CUE | COGNITION) && !self.is(v, NOUN_FORM) {
                return true;
            }
        }
        false
    }
}

impl Words<'_> {
    /// Whether gap `g` before token `i` is a thousands comma: "," alone between a digit
    /// and three digits ("200,000", "$1,237").
    fn thousands(&self, i: usize, g: &str) -> bool {
        let bytes = self.body.as_bytes();
        let (prev, next) = (&self.toks[i - 1], &self.toks[i]);
        g == ","
            && bytes[prev.end - 1].is_ascii_digit()
            && bytes[next.start..next.end]
                .iter()
                .take(3)
                .all(u8::is_ascii_digit)
            && next.end - next.start >= 3
    }

    /// Whether token `i` opens a phrase that a verb of stance takes along with its object,
    /// not an adjunct: "proposed a levy with a cap on fees", "opposed the plan over its cost".
    /// ("from" was tried too: more contents found, but fewer with the right speaker.)
    fn argument(&self, i: usize) -> bool {
        self.is_word(i, &["with", "over"])
    }

    /// Whether token `c` is an object on its own: a name or an object pronoun ("Ortiz",
    /// "him", "it").
    fn one_word_object(&self, c: usize) -> bool {
        self.toks[c].is_capitalised(self.body)
            || self.is_word(c, &["him", "her", "them", "it", "one"])
    }

    /// Whether a verb of saying ("said", "says", "say", "told") follows a short subject of
    /// up to four words from token `f`, with no comma in between, and goes on to words of
    /// its own before `b` with no comma after it (not a parenthetical ", he said,").
    fn another_says(&self, f: usize, b: usize) -> bool {
        (f + 1..b.saturating_sub(1).min(f + 5))
            .take_while(|&v| !self.quoted(v - 1) && !self.gap(v).contains([',', ';', ':']))
            .find(|&v| self.is(v, CUE) && self.is_word(v, &["said", "says", "say", "told"]))
            .is_some_and(|v| !self.quoted(v) && !self.gap(v + 1).contains([',', ';', ':']))
    }

    /// Whether tokens `i..b` are a relative clause with no clause of its own after it and
    /// no saying inside: no comma, semicolon or quotation, no cue or verb of thinking ("…,
    /// which she believes is …"), and not "…, which is why …", which goes on.
    fn relative_tail(&self, i: usize, b: usize) -> bool {
        let why = i + 1 < b && self.is_word(i, &["is"]) && self.is_word(i + 1, &["why"]);
        !why && (i..b).all(|j| {
            !self.quoted(j)
                && !self.gap(j).contains([',', ';', ':'])
                && !self.is(j, CUE | COGNITION)
        })
    }

    /// Whether "on" or "in" at `i` goes on with a verb of stance's object ("a tax on
    /// trading", "the violence in his hometown", "to fight in the war") rather than opening
    /// an adjunct of time, place or medium ("on Monday", "on Twitter", "in June 2015", "in
    /// the morning"): a word in lower case, or a name `Words::named_topic` takes ("the war in
    /// Iraq"), no number and no day after it. ("from" was tried too: more contents found on
    /// PolNeAR train, fewer with the right speaker on dev.)
    fn on_topic(&self, i: usize, b: usize) -> bool {
        (self.is(i, ON) || self.is_word(i, &["in"]))
            && i + 1 < b
            && !self.quoted(i + 1)
            && (!self.toks[i + 1].is_capitalised(self.body) || self.named_topic(i, b))
            && !self.toks[i + 1]
                .text(self.body)
                .starts_with(|c: char| c.is_ascii_digit())
            && !self.is(i + 1, class::WHEN)
            && !(i + 2 < b && self.is(i + 1, THE) && self.is(i + 2, class::WHEN))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::reported_of;

    #[test]
    fn cues_of_the_fifth_round_report_their_object_or_clause() {
        let c = reported_of("The harbour board listed the quays it will repair this winter.");
        assert_eq!(
            c,
            vec![(
                "listed".into(),
                "the quays it will repair this winter".into()
            )]
        );
        let c = reported_of("Ms Okafor recounted her first crossing in a storm.");
        assert_eq!(c[0].1, "her first crossing in a storm", "{c:?}");
        let c = reported_of("The minister hinted the toll would rise next year.");
        assert_eq!(c[0].1, "the toll would rise next year", "{c:?}");
    }

    #[test]
    fn a_thousands_comma_ends_no_content() {
        let c = reported_of("The council endorsed a grant of 40,000 euros for the harbour.");
        assert_eq!(c[0].1, "a grant of 40,000 euros for the harbour", "{c:?}");
        let c = reported_of("The guild rejected a fee of 1,200 euros, and the council agreed.");
        assert_eq!(c[0].1, "a fee of 1,200 euros", "{c:?}");
    }

    #[test]
    fn a_comma_closing_a_quote_ends_the_content_as_any_comma() {
        let c = reported_of(
            "The mayor said the plan was ''a fine start,'' adding that the council would vote in May.",
        );
        assert_eq!(c[0].1, "the plan was ''a fine start", "{c:?}");
    }

    #[test]
    fn a_second_speakers_clause_of_saying_ends_the_content() {
        let c = reported_of(
            "Most members said they back the levy, and 40 said they oppose it outright.",
        );
        assert_eq!(c[0], ("said".into(), "they back the levy".into()), "{c:?}");
        let c =
            reported_of("The mayor said the ferry was late but the captain says it left on time.");
        assert_eq!(c[0].1, "the ferry was late", "{c:?}");
        // A parenthetical ", she said," is no second clause.
        let c = reported_of("The mayor said the ferry, she said, was late again on Monday.");
        assert_eq!(
            c[0].1, "the ferry, she said, was late again on Monday",
            "{c:?}"
        );
    }

    #[test]
    fn a_stance_verbs_object_goes_on_past_on_and_in_a_topic() {
        let c = reported_of("The senator proposed a tax on sugary drinks at a rally.");
        assert_eq!(c[0].1, "a tax on sugary drinks", "{c:?}");
        let c = reported_of("The mayor mentioned the delays in the harbour works.");
        assert_eq!(c[0].1, "the delays in the harbour works", "{c:?}");
        // A day, a number or a name after it opens an adjunct.
        let c = reported_of("The union endorsed the mayor on Thursday after a long debate.");
        assert_eq!(c[0].1, "the mayor", "{c:?}");
        let c = reported_of("The mayor mentioned the delays in 2019 and again last year.");
        assert_eq!(c[0].1, "the delays", "{c:?}");
        let c = reported_of("The senator proposed a tax on Twitter late at night.");
        assert_eq!(c[0].1, "a tax", "{c:?}");
    }

    #[test]
    fn a_relative_clause_at_the_end_is_the_narrators() {
        let c = reported_of(
            "The mayor said the city would rebuild the old pier, which storms wrecked.",
        );
        assert_eq!(c[0].1, "the city would rebuild the old pier", "{c:?}");
        let c = reported_of("Ann Ortiz said the vote went to her rival, who ran twice before.");
        assert_eq!(c[0].1, "the vote went to her rival", "{c:?}");
        // One with a verb of thinking of its own, and "which is why", stay.
        let c = reported_of(
            "The mayor said the city would rebuild the pier, which she believes is old.",
        );
        assert_eq!(
            c[0].1, "the city would rebuild the pier, which she believes is old",
            "{c:?}"
        );
        let c =
            reported_of("The mayor said the city would rebuild the pier, which is why taxes rose.");
        assert_eq!(
            c[0].1, "the city would rebuild the pier, which is why taxes rose",
            "{c:?}"
        );
    }

    #[test]
    fn a_pronoun_and_a_second_cue_after_a_conjunction_end_the_content() {
        let c = reported_of(
            "The mayor said the ferry was late again and she accused the board of neglect.",
        );
        assert_eq!(c[0].1, "the ferry was late again", "{c:?}");
        // A pronoun with a verb of no cue goes on: one clause of what was said.
        let c = reported_of("The mayor said the ferry was late and she missed the meeting.");
        assert_eq!(
            c[0].1, "the ferry was late and she missed the meeting",
            "{c:?}"
        );
    }

    #[test]
    fn a_comparison_at_the_end_is_the_narrators() {
        let c = reported_of(
            "Most voters said they trust the mayor, compared with 40 percent last year.",
        );
        assert_eq!(c[0].1, "they trust the mayor", "{c:?}");
    }
}
