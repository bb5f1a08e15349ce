//! The corpus vocabulary and its postings: every word of every quote (and of its speaker's
//! name) → the quotes that hold it. Queries are matched against the vocabulary, which is
//! small, instead of against a million sentences.

use super::fold::{fold, fold_into};
use crate::extract::tokens::is_word_char;
use crate::model::Corpus;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::borrow::Cow;

/// Folded words of `text` (runs of letters and digits, see [`super::fold`]); borrowed
/// when already lower-case ASCII (most words), so indexing a million quotes allocates only
/// for new words.
pub fn words(text: &str) -> Vec<Cow<'_, str>> {
    let mut out = Vec::new();
    for w in runs(text) {
        if !w.is_ascii() {
            // Folding may make several words of one (`½` → `1⁄2`): split again.
            let folded = fold(w);
            out.extend(runs(&folded).map(|p| Cow::Owned(p.to_string())));
        } else if w.bytes().any(|b| b.is_ascii_uppercase()) {
            out.push(Cow::Owned(w.to_ascii_lowercase()));
        } else {
            out.push(Cow::Borrowed(w));
        }
    }
    out
}

/// As [`words`], each handed to `f`: a word with upper-case ASCII is lower-cased in
/// `scratch` instead of a new string (indexing meets millions of them); only the rest
/// is folded through the Unicode tables.
fn each_word(text: &str, scratch: &mut String, mut f: impl FnMut(&str)) {
    for w in runs(text) {
        if !w.is_ascii() {
            scratch.clear();
            fold_into(w, scratch);
            for piece in runs(scratch) {
                f(piece);
            }
        } else if w.bytes().any(|b| b.is_ascii_uppercase()) {
            scratch.clear();
            scratch.push_str(w);
            scratch.make_ascii_lowercase();
            f(scratch);
        } else {
            f(w);
        }
    }
}

/// The runs of letters and digits of `text`, as `split(|c| !c.is_alphanumeric())` without
/// its empty pieces; ASCII (nearly all of it) is classified a byte at a time, undecoded.
pub(crate) fn runs(text: &str) -> impl Iterator<Item = &str> {
    Runs { text, at: 0 }
}

struct Runs<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Runs<'t> {
    /// Whether the character at byte `i` is a letter or digit, and its length.
    fn class(&self, i: usize) -> (bool, usize) {
        let b = self.text.as_bytes()[i];
        if b < 0x80 {
            return (b.is_ascii_alphanumeric(), 1);
        }
        let c = self.text[i..].chars().next().expect("a character boundary");
        (is_word_char(c), c.len_utf8())
    }

    /// Moves past the characters that are (`word`) or are not letters and digits.
    fn pass(&mut self, word: bool) {
        while self.at < self.text.len() {
            let (is_word, len) = self.class(self.at);
            if is_word != word {
                break;
            }
            self.at += len;
        }
    }
}

impl<'t> Iterator for Runs<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        self.pass(false);
        if self.at >= self.text.len() {
            return None;
        }
        let start = self.at;
        self.pass(true);
        Some(&self.text[start..self.at])
    }
}

/// A word's (text, speaker) posting lists.
type Lists0 = (Vec<u32>, Vec<u32>);

/// The words of one chunk of quotes and their lists.
#[derive(Default)]
struct Local {
    /// Word → its index in `lists`: one lookup per word seen again (most of them).
    ids: FxHashMap<String, u32>,
    lists: Vec<Lists0>,
}

impl Local {
    /// The lists of `w`, made on first sight (the word is copied only then).
    fn lists(&mut self, w: &str) -> &mut Lists0 {
        let i = match self.ids.get(w) {
            Some(&i) => i,
            None => {
                let i = self.lists.len() as u32;
                self.ids.insert(w.to_string(), i);
                self.lists.push(Lists0::default());
                i
            }
        };
        &mut self.lists[i as usize]
    }
}

/// Posting lists back to back: list `w` is `ids[offsets[w]..offsets[w + 1]]`. Flat, so
/// a million-quote index is four allocations and is written and read as raw arrays.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Lists {
    pub offsets: Vec<u64>,
    pub ids: Vec<u32>,
}

impl Lists {
    pub fn get(&self, w: usize) -> &[u32] {
        &self.ids[self.offsets[w] as usize..self.offsets[w + 1] as usize]
    }

    fn push(&mut self, list: &[u32]) {
        if self.offsets.is_empty() {
            self.offsets.push(0);
        }
        self.ids.extend_from_slice(list);
        self.offsets.push(self.ids.len() as u64);
    }

    /// Whether the lists are well formed for `words` words over `quotes` quotes (a cached
    /// index is checked before use, so a damaged one cannot index out of bounds).
    pub fn is_valid(&self, words: usize, quotes: usize) -> bool {
        self.offsets.len() == words + 1
            && self.offsets.first() == Some(&0)
            && self.offsets.windows(2).all(|w| w[0] <= w[1])
            && self.offsets.last() == Some(&(self.ids.len() as u64))
            && self.ids.iter().all(|&q| (q as usize) < quotes)
    }
}

#[derive(Clone, Default, PartialEq, Eq)]
pub struct Postings {
    /// Every distinct word, sorted (prefix queries are a binary search).
    pub vocab: Vec<String>,
    /// `text.get(w)`: sorted ids of the quotes whose text holds `vocab[w]`.
    pub text: Lists,
    /// `speaker.get(w)`: sorted ids of the quotes whose speaker's name holds `vocab[w]`.
    pub speaker: Lists,
}

impl std::fmt::Debug for Postings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Postings({} words, {} + {} postings)",
            self.vocab.len(),
            self.text.ids.len(),
            self.speaker.ids.len()
        )
    }
}

impl Postings {
    pub fn build(corpus: &Corpus) -> Postings {
        // Chunks of quotes index in parallel; merged in order, so postings stay sorted.
        let chunk = 16_384;
        let n = corpus.quotes.len();
        let locals: Vec<Local> = (0..n.div_ceil(chunk))
            .into_par_iter()
            .map(|c| {
                let mut local = Local::default();
                let mut scratch = String::new();
                let mut last_speaker: Option<(&str, Vec<Cow<str>>)> = None;
                for q in (c * chunk) as u32..((c + 1) * chunk).min(n) as u32 {
                    let quote = &corpus.quotes[q as usize];
                    each_word(corpus.quote_text(quote), &mut scratch, |w| {
                        let e = local.lists(w);
                        if e.0.last() != Some(&q) {
                            e.0.push(q);
                        }
                    });
                    if let Some(s) = corpus.speaker_name(quote) {
                        // Consecutive quotes often share a speaker: split the name once.
                        if last_speaker.as_ref().is_none_or(|(l, _)| *l != s) {
                            last_speaker = Some((s, words(s)));
                        }
                        for w in &last_speaker.as_ref().expect("set above").1 {
                            let e = local.lists(w);
                            if e.1.last() != Some(&q) {
                                e.1.push(q);
                            }
                        }
                    }
                }
                // The text of these quotes is read: a mapped text lets go of its pages.
                let (first, last) = (c * chunk, ((c + 1) * chunk).min(n) - 1);
                let article = |q: usize| &corpus.articles[corpus.quotes[q].article as usize];
                corpus
                    .text
                    .release(article(first).text.start..article(last).text.end);
                local
            })
            .collect();
        let mut all: FxHashMap<String, Lists0> = FxHashMap::default();
        for mut local in locals {
            for (w, i) in local.ids {
                let (t, s) = std::mem::take(&mut local.lists[i as usize]);
                match all.get_mut(&w) {
                    Some(e) => {
                        e.0.extend(t);
                        e.1.extend(s);
                    }
                    None => {
                        all.insert(w, (t, s));
                    }
                }
            }
        }
        let mut entries: Vec<(String, Lists0)> = all.into_iter().collect();
        entries.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut postings = Postings {
            vocab: Vec::with_capacity(entries.len()),
            text: Lists::default(),
            speaker: Lists::default(),
        };
        postings.text.offsets.push(0);
        postings.speaker.offsets.push(0);
        for (w, (t, s)) in entries {
            postings.vocab.push(w);
            postings.text.push(&t);
            postings.speaker.push(&s);
        }
        postings
    }

    /// Whether these postings can serve a corpus of `quotes` quotes without indexing out of
    /// bounds, and the vocabulary is sorted as prefix search needs.
    pub fn is_valid(&self, quotes: usize) -> bool {
        let n = self.vocab.len();
        self.vocab.windows(2).all(|w| w[0] < w[1])
            && self.text.is_valid(n, quotes)
            && self.speaker.is_valid(n, quotes)
    }

    /// Word ids whose word starts with `prefix`.
    pub fn prefixed(&self, prefix: &str) -> std::ops::Range<usize> {
        let start = self.vocab.partition_point(|w| w.as_str() < prefix);
        let end = start + self.vocab[start..].partition_point(|w| w.starts_with(prefix));
        start..end
    }
}

#[cfg(test)]
mod word_tests {
    use super::{each_word, words};
    use proptest::prelude::*;

    proptest! {
        /// The byte-classified runs, folded, are the pieces of splitting the folded text
        /// at every other character.
        #[test]
        fn words_are_the_alphanumeric_pieces(text in "([a-zA-Z0-9]{0,6}|[ .,'’“”—-]|[éÉßΣ٣ⅷğà]|\u{a0}){0,30}") {
            let reference: Vec<String> = crate::search::fold::fold(&text)
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
                .collect();
            let got: Vec<String> = words(&text).into_iter().map(|w| w.into_owned()).collect();
            prop_assert_eq!(&got, &reference);
            let mut each = Vec::new();
            each_word(&text, &mut String::new(), |w| each.push(w.to_string()));
            prop_assert_eq!(each, reference);
        }
    }
}
