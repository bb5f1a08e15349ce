//! A line that opens with a short name and a colon: "Lynch: No outside influence on the
//! inquiry." (a headline's source), "Poll: Clinton leads in Ohio.", "MILLER: We will not
//! wait." (a transcript). The name is the source, the rest of the sentence the content.

use super::words::class::*;
use super::{Clause, Words};
use crate::model::Span;

/// Labels before a colon that name no source: "The Latest:", "Editor's note:",
/// "Correction:", "Q:".
const LABELS: &[&str] = &[
    "latest",
    "note",
    "correction",
    "corrections",
    "contributing",
    "update",
    "updated",
    "video",
    "watch",
    "related",
    "revealed",
    "breaking",
    "exclusive",
    "photos",
    "photo",
    "read",
    "listen",
    "q",
    "a",
    "source",
    "sources",
    "disclosure",
    "advertisement",
];

/// Words that open a phrase, not a name, before a colon: "Another challenge:", "The Gap
/// Goes On:".
const OPENERS: &[&str] = &[
    "the", "a", "an", "another", "this", "that", "these", "those", "one", "our", "my", "his",
    "her", "their", "its", "what", "why", "how", "here", "more",
];

impl Words<'_> {
    /// Whether the paragraph is a headline in title case ("Mayor Says Harbour Will Reopen"):
    /// a short line whose words are nearly all capitalised, so a capitalised cue word is
    /// still a cue.
    pub(super) fn title_case(&self) -> bool {
        let n = self.toks.len();
        // Most paragraphs are longer: no capitals to count.
        if !(4..=30).contains(&n) {
            return false;
        }
        let caps = self
            .toks
            .iter()
            .filter(|t| t.is_capitalised(self.body))
            .count();
        (4..=30).contains(&n) && caps * 10 >= n * 7
    }

    /// The clause of a paragraph whose first sentence `a..b` opens with one to four
    /// capitalised words, then a colon and a content of three words or more (the rest of
    /// the paragraph).
    pub(super) fn colon_line(&self, a: usize, b: usize) -> Option<Clause> {
        if a != 0 || self.quoted(a) || !self.toks[a].is_capitalised(self.body) {
            return None;
        }
        let a = self.after_capitals_dash(a, b).unwrap_or(a);
        // The article's first line, its headline, may name its source in a phrase of up to
        // six words ("Clinton camp:", "Mayor at harbour meeting:").
        let headline = self.index == 0;
        let most = if headline { 7 } else { 5 };
        let k = (a + 1..b.min(a + most)).find(|&i| self.gap(i).contains(':'))?;
        let g = self.gap(k);
        // The content may open with a quotation mark (`Ann Lee: “Our survey …”`).
        let mark = g.trim().trim_end_matches(['“', '"', '‘']).trim_end();
        if mark != ":" || b - k < 3 || (a..k).any(|i| self.quoted(i) || self.is(i, CUE)) {
            return None;
        }
        let word = |i: usize| self.toks[i].text(self.body).to_lowercase();
        // A name: every word capitalised ("Still to come:" is a label); in the headline a
        // phrase with lower-case words before a capitalised content ("Clinton camp: Ferry
        // …"), not "Still to come: the vote".
        // Its words are set off by spaces alone (a possessive's "'s" aside) and none is a
        // verb, conjunction, pronoun or negation ("Ah, friends once more:", "Bill is
        // back:", "Lee and Ortiz:", "Spoiler no more:").
        let plain = |i: usize| {
            let g = self.gap(i).trim();
            (g.is_empty() || self.toks[i - 1].possessive)
                && !self.is(i, FINITE | AUX | BE | CONJUNCTION | PRONOUN)
                && !self.is_word(i, &["no", "not", "never", "once", "more", "again"])
        };
        let phrase = headline
            && !self.quoted(k)
            && self.toks[k].is_capitalised(self.body)
            && (a + 1..k).all(plain)
            && !self.is(a, FINITE | AUX | BE | PRONOUN);
        if (!phrase && (k - a > 4 || (a..k).any(|i| !self.toks[i].is_capitalised(self.body))))
            || OPENERS.contains(&word(a).as_str())
            || (a..k).any(|i| LABELS.contains(&word(i).as_str()))
        {
            return None;
        }
        let colon = self.toks[k - 1].end + g.find(':')?;
        // A transcript's turn ("MILLER: We will not wait. Nobody will.") runs to the
        // paragraph's end.
        Some(self.plain_clause(
            Span::new(colon, colon + 1),
            self.span(a, k),
            self.span(k, self.toks.len()),
        ))
    }

    /// `HARBOUR VOTERS SWING LEFT - Ann Lee: “…”`: a heading in capitals and a spaced dash
    /// before a name and its colon; the name starts after the dash (a digest's item).
    fn after_capitals_dash(&self, a: usize, b: usize) -> Option<usize> {
        let d = (a + 2..b.min(a + 30)).find(|&i| {
            let g = self.gap(i);
            g.starts_with(' ') && g.ends_with(' ') && matches!(g.trim(), "-" | "–" | "—")
        })?;
        let capitals = (a..d).all(|i| {
            let t = self.toks[i].text(self.body);
            t.chars().any(char::is_uppercase) && !t.chars().any(char::is_lowercase)
        });
        (capitals && self.toks[d].is_capitalised(self.body)).then_some(d)
    }
}
