//! Which characters of a result to highlight: the words a query found, compared folded
//! (`erdogan` marks `Erdoğan`), else the characters of a fuzzy match. Only rows on screen
//! are highlighted.

use super::fold::fold_char;
use super::query::{Mode, Query};
use super::Highlights;
use crate::extract::tokens::is_word_char;
use crate::model::Corpus;
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;

/// Character positions to highlight in quote `quote` under `query` (none for a query that
/// cannot be read).
pub fn positions(corpus: &Corpus, quote: u32, query: &str) -> Highlights {
    let Ok(query) = Query::parse(query) else {
        return Highlights::default();
    };
    let matcher = SkimMatcherV2::default().ignore_case();
    let q = &corpus.quotes[quote as usize];
    let speaker = corpus.speaker_name(q).unwrap_or("");
    let text = corpus.quote_text(q);
    let (text_folded, speaker_folded) = (Folded::new(text), Folded::new(speaker));
    let mut out = Highlights::default();
    for term in query.positive_terms() {
        let fuzzy = term.mode == Mode::Fuzzy;
        let in_speaker = || {
            speaker_folded.word_positions(&term.text).or_else(|| {
                fuzzy
                    .then(|| matcher.fuzzy_indices(speaker, &term.text).map(|(_, i)| i))
                    .flatten()
            })
        };
        if term.speaker_only {
            out.speaker.extend(in_speaker().unwrap_or_default());
            continue;
        }
        let in_text = text_folded.word_positions(&term.text).or_else(|| {
            fuzzy
                .then(|| matcher.fuzzy_indices(text, &term.text).map(|(_, i)| i))
                .flatten()
        });
        match in_text {
            Some(idx) => out.text.extend(idx),
            None => out.speaker.extend(in_speaker().unwrap_or_default()),
        }
    }
    out.speaker.sort_unstable();
    out.speaker.dedup();
    out.text.sort_unstable();
    out.text.dedup();
    out
}

/// A text folded character by character, each folded character knowing the original
/// character it came from.
struct Folded {
    chars: Vec<char>,
    from: Vec<usize>,
    /// Whether each original character starts a word.
    starts: Vec<bool>,
}

impl Folded {
    fn new(text: &str) -> Folded {
        let mut f = Folded {
            chars: Vec::with_capacity(text.len()),
            from: Vec::with_capacity(text.len()),
            starts: Vec::with_capacity(text.len()),
        };
        let mut prev_word = false;
        for (i, c) in text.chars().enumerate() {
            let word = is_word_char(c);
            f.starts.push(word && !prev_word);
            prev_word = word;
            fold_char(c, &mut |d| {
                f.chars.push(d);
                f.from.push(i);
            });
        }
        f
    }

    /// Original character positions of the first word that begins with `term` (folded).
    fn word_positions(&self, term: &str) -> Option<Vec<usize>> {
        let t: Vec<char> = term.chars().collect();
        if t.is_empty() {
            return None;
        }
        (0..self.chars.len()).find_map(|i| {
            let at_start =
                self.starts[self.from[i]] && (i == 0 || self.from[i - 1] != self.from[i]);
            let matches = at_start && self.chars[i..].starts_with(&t);
            matches.then(|| {
                let mut idx: Vec<usize> = self.from[i..i + t.len()].to_vec();
                idx.dedup();
                idx
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Folded;

    #[test]
    fn folded_words_map_back_to_the_characters_shown() {
        let f = Folded::new("Recep Tayyip Erdoğan said");
        assert_eq!(f.word_positions("erdogan"), Some((13..20).collect()));
        assert_eq!(f.word_positions("said"), Some((21..25).collect()));
        // Only at the start of a word.
        assert_eq!(f.word_positions("dogan"), None);
        let f = Folded::new("ﬁnance");
        assert_eq!(f.word_positions("fin"), Some(vec![0, 1]));
    }
}
