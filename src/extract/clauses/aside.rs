//! Asides that interrupt a clause: a bracket or a pair of dashes between the subject and
//! its cue ("Rep. Lynch (D-Mass.) said …", "Democrats — and some Republicans — say …"),
//! and an aside between commas right after the reported subject ("said Ortiz, despite her
//! doubts, is …"), where the narrator's words do not go on.

use super::words::class::*;
use super::Words;
use crate::model::Span;

/// Most words a bracket between a subject and its cue holds: a verb of stance's subject
/// sets aside a short bracket only ("Rep. Lynch (D-Mass.) backed …").
const BRACKET_WORDS: usize = 16;
const STANCE_BRACKET_WORDS: usize = 8;

/// Most words an aside between commas after a content's first word holds.
const ASIDE_WORDS: usize = 12;

/// Most words an aside between commas before a cue holds ("The agency, in a statement
/// released on Friday, said", "The board, in a wide effort to win back the trade that
/// has drawn complaints from owners, has said": up to 20); before a verb of stance, fewer.
const COMMA_ASIDE_WORDS: usize = 20;
const STANCE_COMMA_ASIDE_WORDS: usize = 6;

impl Words<'_> {
    /// The token where an aside opens when the subject (tokens `a..k`, `k` the first word
    /// of the verb group) ends in one: a closing bracket whose opening one is in the
    /// sentence, or a dash whose twin is ("the old guard — and its donors — said"; not
    /// before a verb of stance, `stance`, whose object is as often the narrator's).
    /// Nothing inside the aside is quoted.
    pub(super) fn aside_before(&self, a: usize, k: usize, stance: bool) -> Option<usize> {
        let g = self.gap(k);
        // Most gaps are one space: no bracket, no dash.
        if k <= a + 1 || g.len() <= 1 {
            return None;
        }
        let words = if stance {
            STANCE_BRACKET_WORDS
        } else {
            BRACKET_WORDS
        };
        let j = if g.contains(')') && !g.contains('(') {
            (k.saturating_sub(words).max(a + 1)..k)
                .rev()
                .find(|&j| self.gap(j).contains('('))
                .filter(|&j| self.gap(j).trim() == "(")?
        } else if is_dash(g) && !stance {
            (a + 1..k).rev().find(|&j| is_dash(self.gap(j)))?
        } else if g.trim() == "," {
            return self.comma_aside_before(a, k, stance);
        } else {
            return None;
        };
        (!(j..k).any(|i| self.quoted(i))).then_some(j)
    }

    /// The first word of an aside between commas that ends right before token `k`, when
    /// it opens with a preposition, a subordinator or an adverb ("Sanders, meanwhile,
    /// hopes", "Her office, when reached by phone, said", "Democrats, historically, have
    /// backed"), not an apposition ("Ortiz, a farmer, said"), and a subject stands before
    /// it.
    pub(super) fn comma_aside_before(&self, a: usize, k: usize, stance: bool) -> Option<usize> {
        let words = if stance {
            STANCE_COMMA_ASIDE_WORDS
        } else {
            COMMA_ASIDE_WORDS
        };
        let mut j = k - 1;
        loop {
            if j <= a + 1 || k - j > words || self.quoted(j) {
                return None;
            }
            let g = self.gap(j);
            if g.contains(',') && g.trim() == "," {
                break;
            }
            if g.contains([',', ':', ';', '(', ')', '"', '“', '”', '—', '–']) {
                return None;
            }
            j -= 1;
        }
        let opens = !self.toks[j].is_capitalised(self.body)
            && (self.is_word(j, super::words::ASIDE_OPENERS)
                || (j + 1 == k && self.ends_with(j, "ly")));
        // "Ann Ortiz, who lost her seat in Marion, Ohio, in 2012, said": the comma
        // closes a relative clause of the subject, whose last words are no aside.
        (opens && !self.quoted(j - 1) && self.relative_start(a, j).is_none()).then_some(j)
    }

    /// `reported` when it holds more than one word; when it is the first word of
    /// `content` cut at an aside between commas ("Ortiz, despite her doubts, is sure"),
    /// the reported part of what follows the aside, from that word on. A stance verb's
    /// one-word object stays as it is.
    pub(super) fn past_aside(&self, content: Span, reported: Span, stance: bool) -> Span {
        // Most reported parts are the whole content, or hold several words: told without
        // looking the tokens up.
        if stance || reported == content || reported.start != content.start {
            return reported;
        }
        let one_word = !self
            .body
            .get(reported.start as usize..reported.end as usize)
            .is_some_and(|t| t.contains(char::is_whitespace));
        if !one_word {
            return reported;
        }
        let (c, b) = self.tokens_of(content);
        let (r, e) = self.tokens_of(reported);
        if r != c || e != c + 1 || b < c + 4 || !self.gap(e).contains(',') {
            return reported;
        }
        // The comma that closes the aside, then a word that goes on with the clause.
        let Some(close) = (e + 1..b.min(e + 1 + ASIDE_WORDS))
            .take_while(|&i| !self.quoted(i) && !self.gap(i).contains([';', ':', '—']))
            .find(|&i| self.gap(i).contains(','))
        else {
            return reported;
        };
        // The aside opens with a subordinator ("despite", "although", "as"), not a
        // conjunction ("and", "but", "so", "yet") that goes on with the narrator's words.
        let goes_on = self.is_word(e, &["and", "but", "so", "yet", "where", "whereas"]);
        if goes_on || self.quoted(close) || self.is(close, BREAK | CONJUNCTION) {
            return reported;
        }
        let rest = self.reported(self.span(close, b), false);
        Span {
            start: content.start,
            end: rest.end,
        }
    }
}

/// Whether the text between two words is a dash with spaces around it (" — ", " – ",
/// " -- ", " - "): not a hyphen, nor a dash joining two words ("debate–published").
fn is_dash(gap: &str) -> bool {
    matches!(gap.trim(), "—" | "–" | "--" | "-")
        && gap.starts_with(char::is_whitespace)
        && gap.ends_with(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{clauses_of, reported_of};

    #[test]
    fn a_dash_aside_between_subject_and_cue_is_set_aside() {
        let c = clauses_of(
            "Local farmers — and some of their bankers — say the new levy will ruin them.",
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "Local farmers");
        assert_eq!(c[0].2, "the new levy will ruin them");
        // Not before a verb of stance.
        let c = clauses_of("The new levy — a tax on every boat — favors the largest fleets.");
        assert!(c.iter().all(|c| c.1 != "The new levy"), "{c:?}");
        // A dash joining two words opens no aside.
        let c = clauses_of("The report–published by the city–says that the harbour will close.");
        assert!(c.iter().all(|c| c.1 != "The report"), "{c:?}");
        // A lone dash before the subject is no aside.
        let c = clauses_of("The harbour will close — the mayor said on Monday.");
        assert!(c.iter().all(|c| c.1 != "The harbour will close"), "{c:?}");
    }

    #[test]
    fn a_long_comma_aside_between_subject_and_cue_is_set_aside() {
        // Seventeen words between the commas, a relative clause among them.
        let c = clauses_of(
            "The harbour board, in a broad effort to win back the ferry trade that has drawn \
             complaints from boat owners, has said it would cut tolls for small boats.",
        );
        let said = c
            .iter()
            .find(|c| c.0 == "said")
            .unwrap_or_else(|| panic!("{c:?}"));
        assert_eq!(said.1, "The harbour board", "{c:?}");
        assert_eq!(said.2, "it would cut tolls for small boats");
    }

    #[test]
    fn an_aside_of_others_along_with_or_including_is_set_aside() {
        for (body, source) in [
            (
                "Earlier this week, the harbour guild, along with two fishing unions, wrote \
                 to the mayor that the tolls were too high.",
                "the harbour guild",
            ),
            (
                "Several boat owners, including Tom Baker, say the tolls are too high.",
                "Several boat owners",
            ),
            (
                "The guild, together with the unions, argues that the tolls are too high.",
                "The guild",
            ),
        ] {
            let c = clauses_of(body);
            assert_eq!(c.first().map(|c| c.1.as_str()), Some(source), "{c:?}");
        }
    }

    #[test]
    fn a_long_bracket_between_subject_and_cue_is_set_aside() {
        let c = clauses_of(
            "Sen. Ann Ortiz (a farmer from the north coast who first ran for office in 2010) \
             says she was unprepared for the job.",
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "Sen. Ann Ortiz");
        assert_eq!(c[0].2, "she was unprepared for the job");
    }

    #[test]
    fn an_aside_after_the_first_word_of_the_content_is_reported_through() {
        let c = reported_of(
            "The pollster said Ortiz, despite her late start, is better placed to win the seat.",
        );
        assert_eq!(
            c,
            vec![(
                "said".into(),
                "Ortiz, despite her late start, is better placed to win the seat".into()
            )]
        );
        // A narrator's clause after the word still ends it.
        let c = reported_of("The pollster said Ortiz, and, as usual, her rival agreed.");
        assert_eq!(c[0].1, "Ortiz", "{c:?}");
    }
}
