//! `Conceding that a deal would come “down the road,” Lee warned: …`, `Acknowledging that
//! the mayor “says silly things,” though, Ortiz did suggest …`: a quote inside a phrase of
//! speech that opens its sentence with a participle ("Conceding", "In explaining") is the
//! words of the main clause's subject, who speaks after the phrase.

use super::subject;
use super::window::Window;
use super::Context;
use crate::extract::quotes::QuoteSpan;
use crate::extract::span;
use crate::extract::tokens::Token;
use crate::extract::LocalSpeaker;
use crate::model::ActorType;

/// Prepositions that may stand before the participle ("In explaining why …", "By
/// conceding that …").
const BEFORE_PARTICIPLE: &[&str] = &["in", "by", "while", "after", "when"];

/// Participles of speech whose quote is someone else's words, cited by the subject, or
/// "Speaking to “Face the Nation”", "talking": what they hold is where, not what, said.
const NOT_OWN: &[&str] = &[
    "citing",
    "quoting",
    "reading",
    "repeating",
    "echoing",
    "speaking",
    "talking",
    "writing",
];

/// Auxiliaries and adverbs between the subject and its verb ("Ortiz did suggest").
const BETWEEN: &[&str] = &[
    "did", "does", "do", "has", "have", "had", "will", "would", "also", "later", "then", "again",
];

/// The most words from the phrase's end to the main clause's verb of speech.
const MAIN_REACH: usize = 10;

/// The most words of the main clause's subject before its verb.
const SUBJECT_WORDS: usize = 6;

impl Context<'_> {
    /// The speaker of quote `q` inside a participle phrase of speech opening its sentence:
    /// no quote, comma, colon or dash before it in the sentence; the main clause after the
    /// phrase's comma (or right after the quote) with a verb of speech within a few words,
    /// whose short subject (a name, description or "he"/"she") is the speaker; not a
    /// place.
    pub(super) fn participle_opener(&self, q: &QuoteSpan, around: &Window) -> Option<LocalSpeaker> {
        let body = self.body;
        let open = q.outer.start as usize;
        // The sentence's start may fall before the mark closing the quote that ends the
        // sentence before (`… soon.” Conceding …`).
        let start = around.sentence_start;
        if around.after.1 <= around.after.0 {
            return None;
        }
        let quoted = span::slice(body, q.text.start as usize, q.text.end as usize);
        // "Speaking on “This Week,” Lee said": a title is named, not spoken.
        if super::object::title_case(quoted) {
            return None;
        }
        let head = span::slice(body, start, open).trim_start_matches(['”', '"', '’', ' ']);
        if head.contains([',', ';', ':', '—', '–', '(', '“', '"', '”']) {
            return None;
        }
        let words = self.words((start, open));
        let mut i = words
            .iter()
            .position(|t| !subject::is_leading(t.text(body)))?;
        if BEFORE_PARTICIPLE.contains(&self.lower(&words[i]).as_str()) {
            i += 1;
        }
        if !self.speech_participle(words.get(i)?) {
            return None;
        }
        // The phrase ends at the quote's own closing comma, else at the first comma after
        // it; a verb right after the quote with no comma ("“…” he warned") ends it too.
        let rest = self.words(around.after);
        let from = if quoted.trim_end().ends_with(',') {
            0
        } else {
            rest.iter()
                .position(|t| span::slice(body, around.after.0, t.start).contains(','))
                .unwrap_or(0)
        };
        let main = &rest[from..];
        let v = (0..main.len().min(MAIN_REACH))
            .find(|&k| self.is_speech(main, k) || self.bare_speech(main, k))?;
        // The subject: the words before the verb, past the last comma ("though, Ortiz").
        let s = (0..v)
            .rev()
            .find(|&k| k > 0 && span::slice(body, main[k - 1].end, main[k].start).contains(','))
            .unwrap_or(0);
        let mut e = v;
        while e > s && BETWEEN.contains(&self.lower(&main[e - 1]).as_str()) {
            e -= 1;
        }
        if e == s || e - s > SUBJECT_WORDS || self.quote_between(main, s, e) {
            return None;
        }
        let speaker = subject::resolve(body, self.actors, (main[s].start, main[e - 1].end), open)?;
        (!matches!(speaker, LocalSpeaker::Entity(e) if self.actors.kind(e) == ActorType::Place))
            .then_some(speaker)
    }

    /// Whether `t` is the participle of a verb of speech ("conceding": "conceded";
    /// "explaining": "explained"; "saying"), not one citing others' words.
    fn speech_participle(&self, t: &Token) -> bool {
        let w = self.lower(t);
        let Some(stem) = w.strip_suffix("ing").filter(|s| s.len() >= 3) else {
            return false;
        };
        if NOT_OWN.contains(&w.as_str()) {
            return false;
        }
        w.as_str() == "saying"
            || [format!("{stem}ed"), format!("{stem}es"), format!("{stem}s")]
                .iter()
                .any(|f| self.speech.contains(f.as_str()))
    }

    /// Whether `main[k]` is the bare form of a verb of speech after an auxiliary ("did
    /// suggest", "would argue").
    fn bare_speech(&self, main: &[Token], k: usize) -> bool {
        k > 0
            && matches!(
                self.lower(&main[k - 1]).as_str(),
                "did" | "does" | "do" | "will" | "would"
            )
            && self
                .speech
                .contains(&format!("{}s", self.lower(&main[k]).as_str()))
    }

    /// Whether a quotation mark stands among the words `main[s..e]`.
    fn quote_between(&self, main: &[Token], s: usize, e: usize) -> bool {
        span::slice(self.body, main[s].start, main[e - 1].end).contains(['“', '"', '”'])
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::attribution::tests::attributed;

    #[test]
    fn a_phrase_of_speech_opening_the_sentence_is_the_main_subjects() {
        let body = "Ann Lee spoke on Monday. Conceding that a deal would likely come \
                    “down the road” she warned: “It will not happen soon.” \
                    Acknowledging that the mayor “says a lot of silly things,” though, Tom \
                    Ortiz did suggest that she could win.";
        let got = attributed(body);
        assert_eq!(got[0].0, "down the road");
        assert_eq!(got[0].1.as_deref(), Some("Ann Lee"), "{got:?}");
        assert_eq!(got[2].0, "says a lot of silly things,");
        assert_eq!(got[2].1.as_deref(), Some("Tom Ortiz"), "{got:?}");
    }

    #[test]
    fn a_title_or_a_phrase_of_place_is_not() {
        let title = "Speaking on “Morning Hour” on Sunday, Tom Ortiz said the vote was close.";
        assert_eq!(attributed(title)[0].1, None);
        let holding = "Holding up a sign with “down with the plan” on it, the man walked home.";
        assert_eq!(attributed(holding)[0].1, None);
    }
}
