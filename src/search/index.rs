//! The corpus vocabulary and its postings: every word of every quote (and of its speaker's
//! name) → the quotes that hold it. Queries are matched against the vocabulary, which is
//! small, instead of against a million sentences.

use super::fold::{fold, fold_into};
use super::gather::{Gathered, CHUNK};
use crate::extract::tokens::is_word_char;
use crate::model::Corpus;
use rayon::prelude::*;
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
pub(super) fn each_word(text: &str, scratch: &mut String, mut f: impl FnMut(&str)) {
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

    #[cfg(test)]
    pub(super) fn with_capacity(words: usize, ids: usize) -> Lists {
        let mut offsets = Vec::with_capacity(words + 1);
        offsets.push(0);
        Lists {
            offsets,
            ids: Vec::with_capacity(ids),
        }
    }

    #[cfg(test)]
    pub(super) fn push(&mut self, list: &[u32]) {
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
        // Chunks of quotes gather their words in parallel, merged in order so that
        // postings stay sorted; a mapped text lets go of the pages each chunk read.
        let n = corpus.quotes.len();
        let chunks: Vec<Gathered> = (0..n.div_ceil(CHUNK))
            .into_par_iter()
            .map(|c| {
                let range = c * CHUNK..((c + 1) * CHUNK).min(n);
                let article = |q: usize| &corpus.articles[corpus.quotes[q].article as usize];
                let read = article(range.start).text.start..article(range.end - 1).text.end;
                let gathered = Gathered::chunk(corpus, range);
                corpus.text.release(read);
                gathered
            })
            .collect();
        chunks
            .into_iter()
            .reduce(Gathered::then)
            .unwrap_or_default()
            .finish(corpus)
    }

    /// The postings of `corpus` from the words a load gathered of its quotes, or built
    /// afresh without them.
    pub fn finish_or_build(words: Option<Gathered>, corpus: &Corpus) -> Postings {
        match words {
            Some(w) => w.finish(corpus),
            None => Postings::build(corpus),
        }
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
