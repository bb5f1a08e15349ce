//! Postings made in two steps: the words of the quotes' text gathered in quote order —
//! by a load while it reads the files (each quote's body is at hand then, and the work
//! goes beside extraction), or in parallel chunks of a whole corpus — then, once the
//! corpus is whole, the speakers' words (a speaker is known only after the corpus-wide
//! actor merge) and the sorted vocabulary ([`Gathered::finish`]).

mod deltas;

use super::index::{each_word, words, Lists, Postings};
use crate::model::Corpus;
use deltas::Deltas;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::collections::hash_map::Entry;

/// Quotes a task of [`Postings::build`] or of the speakers' words takes.
pub(super) const CHUNK: usize = 16_384;

/// Words and their posting lists, in the order the words were first met.
#[derive(Default)]
struct WordLists {
    /// Word → its index in `lists`: one lookup per word seen again (most of them).
    ids: FxHashMap<String, u32>,
    lists: Vec<Deltas>,
}

impl WordLists {
    /// Adds quote `q` to the list of `w` (made on first sight: the word is copied only
    /// then), unless it is there already.
    fn add(&mut self, w: &str, q: u32) {
        let i = match self.ids.get(w) {
            Some(&i) => i as usize,
            None => self.id(w.to_string()),
        };
        self.lists[i].push(q);
    }

    /// The index of `w`'s list, made empty if new.
    fn id(&mut self, w: String) -> usize {
        match self.ids.entry(w) {
            Entry::Occupied(e) => *e.get() as usize,
            Entry::Vacant(e) => {
                e.insert(self.lists.len() as u32);
                self.lists.push(Deltas::default());
                self.lists.len() - 1
            }
        }
    }

    /// Appends `later`'s lists (of quotes after all of these) to these words' lists: their
    /// own, or with `beside` the lists kept beside them by word index (the speakers'),
    /// words new to `self` added; a list is moved, not copied, where the one it joins is
    /// empty.
    fn append(&mut self, later: WordLists, mut beside: Option<&mut Vec<Deltas>>) {
        let mut later_lists = later.lists;
        for (w, i) in later.ids {
            let list = std::mem::take(&mut later_lists[i as usize]);
            let id = self.id(w);
            let target = match beside.as_deref_mut() {
                None => &mut self.lists[id],
                Some(lists) => {
                    if lists.len() <= id {
                        lists.resize_with(id + 1, Deltas::default);
                    }
                    &mut lists[id]
                }
            };
            target.append(list);
        }
    }
}

/// The words of quotes' text and the quotes that hold them, gathered in quote id order.
#[derive(Default)]
pub struct Gathered {
    text: WordLists,
    /// The id of the next quote to gather.
    next: u32,
    /// Where a word with upper-case letters is lower-cased.
    scratch: String,
}

impl std::fmt::Debug for Gathered {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Gathered({} words of {} quotes)",
            self.text.lists.len(),
            self.next
        )
    }
}

impl Gathered {
    /// Gathered words from quote `first` on.
    fn from(first: usize) -> Gathered {
        Gathered {
            next: first as u32,
            ..Gathered::default()
        }
    }

    /// Gathers the words of the next quote's text (the quotes are gathered in id order,
    /// from the corpus's first).
    pub fn add(&mut self, text: &str) {
        let q = self.next;
        let lists = &mut self.text;
        each_word(text, &mut self.scratch, |w| lists.add(w, q));
        self.next += 1;
    }

    /// How many quotes have been gathered.
    pub fn quotes(&self) -> usize {
        self.next as usize
    }

    /// The words of quotes `range` of `corpus` (a task of [`Postings::build`]).
    pub(super) fn chunk(corpus: &Corpus, range: std::ops::Range<usize>) -> Gathered {
        let mut gathered = Gathered::from(range.start);
        for quote in &corpus.quotes[range] {
            gathered.add(corpus.quote_text(quote));
        }
        gathered
    }

    /// These words followed by `later`'s, which start where these end.
    pub(super) fn then(mut self, later: Gathered) -> Gathered {
        self.next = later.next;
        self.text.append(later.text, None);
        self
    }

    /// The postings of `corpus`, whose quotes' text these are (built afresh when they are
    /// not every quote's): the speakers' words added, the vocabulary sorted.
    pub fn finish(self, corpus: &Corpus) -> Postings {
        if self.quotes() != corpus.quotes.len() {
            return Postings::build(corpus);
        }
        let n = corpus.quotes.len();
        // Speakers' words, chunks in parallel; consecutive quotes often share a speaker,
        // whose name is then split once.
        let speakers: Vec<WordLists> = (0..n.div_ceil(CHUNK))
            .into_par_iter()
            .map(|c| {
                let mut local = WordLists::default();
                let mut last: Option<(&str, Vec<Cow<str>>)> = None;
                for q in c * CHUNK..((c + 1) * CHUNK).min(n) {
                    let Some(s) = corpus.speaker_name(&corpus.quotes[q]) else {
                        continue;
                    };
                    if last.as_ref().is_none_or(|(l, _)| *l != s) {
                        last = Some((s, words(s)));
                    }
                    for w in &last.as_ref().expect("set above").1 {
                        local.add(w, q as u32);
                    }
                }
                local
            })
            .collect();
        let mut text = self.text;
        let mut speaker: Vec<Deltas> = Vec::new();
        for local in speakers {
            text.append(local, Some(&mut speaker));
        }
        speaker.resize_with(text.lists.len(), Deltas::default);
        let mut vocab: Vec<(String, u32)> = text.ids.into_iter().collect();
        vocab.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut lists = text.lists;
        // Both kinds of lists in the vocabulary's order (moved, not copied), then copied
        // into the flat arrays side by side.
        let (mut text_sorted, mut speaker_sorted): (Vec<Deltas>, Vec<Deltas>) = vocab
            .iter()
            .map(|&(_, id)| {
                let id = id as usize;
                (
                    std::mem::take(&mut lists[id]),
                    std::mem::take(&mut speaker[id]),
                )
            })
            .unzip();
        drop((lists, speaker));
        let (text, speaker) = rayon::join(
            || flatten(&mut text_sorted),
            || flatten(&mut speaker_sorted),
        );
        Postings {
            vocab: vocab.into_iter().map(|(w, _)| w).collect(),
            text,
            speaker,
        }
    }
}

/// Words a task of [`flatten`] copies the lists of.
const FLATTEN_WORDS: usize = 4096;

/// `lists` back to back, each let go once copied. The flat array is memory the process
/// has not touched before, which costs most of the copy (the hypervisor makes first
/// touches dear): filled in parallel pieces.
fn flatten(lists: &mut [Deltas]) -> Lists {
    let mut offsets = Vec::with_capacity(lists.len() + 1);
    offsets.push(0u64);
    let mut total = 0;
    for list in lists.iter() {
        total += list.len();
        offsets.push(total as u64);
    }
    let mut ids: Vec<u32> = Vec::with_capacity(total);
    let mut rest = &mut ids.spare_capacity_mut()[..total];
    let mut pieces = Vec::with_capacity(lists.len().div_ceil(FLATTEN_WORDS));
    for chunk in lists.chunks_mut(FLATTEN_WORDS) {
        let len = chunk.iter().map(Deltas::len).sum();
        let (piece, after) = std::mem::take(&mut rest).split_at_mut(len);
        pieces.push((chunk, piece));
        rest = after;
    }
    pieces.into_par_iter().for_each(|(chunk, piece)| {
        let mut at = 0;
        for list in chunk {
            list.decode_into(&mut piece[at..at + list.len()]);
            at += list.len();
            *list = Deltas::default();
        }
    });
    // SAFETY: the pieces tile the first `total` slots (their lengths are the lists', which
    // sum to `total`), and every slot of every piece was written above.
    unsafe { ids.set_len(total) };
    Lists { offsets, ids }
}

#[cfg(test)]
mod tests {
    use super::{flatten, words, Corpus, Deltas, Gathered, Lists, Postings, CHUNK, FLATTEN_WORDS};
    use crate::model::Speaker;
    use std::collections::BTreeMap;

    /// Postings as they are defined: every word of every quote's text and of its
    /// speaker's name, sorted, with the ids of the quotes that hold it.
    fn reference(corpus: &Corpus) -> Postings {
        let mut map: BTreeMap<String, (Vec<u32>, Vec<u32>)> = BTreeMap::new();
        let mut add = |w: &str, q: u32, speaker: bool| {
            let (text, speakers) = map.entry(w.to_string()).or_default();
            let list = if speaker { speakers } else { text };
            if list.last() != Some(&q) {
                list.push(q);
            }
        };
        for (q, quote) in corpus.quotes.iter().enumerate() {
            for w in words(corpus.quote_text(quote)) {
                add(&w, q as u32, false);
            }
            for w in corpus.speaker_name(quote).map(words).unwrap_or_default() {
                add(&w, q as u32, true);
            }
        }
        let mut postings = Postings {
            vocab: Vec::new(),
            text: Lists::with_capacity(0, 0),
            speaker: Lists::with_capacity(0, 0),
        };
        for (w, (text, speaker)) in map {
            postings.vocab.push(w);
            postings.text.push(&text);
            postings.speaker.push(&speaker);
        }
        postings
    }

    /// Lists flattened in parallel pieces are the lists back to back, empty ones too, and
    /// are let go.
    #[test]
    fn flattened_lists_are_the_lists_back_to_back() {
        let plain: Vec<Vec<u32>> = (0..FLATTEN_WORDS as u32 * 2 + 7)
            .map(|w| (0..w % 5).map(|k| w * 10 + k).collect())
            .collect();
        let mut expected = Lists::with_capacity(plain.len(), 0);
        let mut lists = Vec::new();
        for list in &plain {
            expected.push(list);
            let mut deltas = Deltas::default();
            list.iter().for_each(|&q| deltas.push(q));
            lists.push(deltas);
        }
        assert_eq!(flatten(&mut lists), expected);
        assert!(lists.iter().all(|l| *l == Deltas::default()));
        assert_eq!(flatten(&mut []), Lists::with_capacity(0, 0));
    }

    /// Words gathered quote by quote (as a load does) or in parallel chunks (a build)
    /// make the postings the definition does, speakers' words that no quote holds too.
    #[test]
    fn gathered_in_order_or_in_chunks_the_postings_are_as_defined() {
        let mut corpus = crate::pipeline::build(crate::gen::documents(1_000, 11));
        assert!(
            corpus.quotes.len() > CHUNK,
            "chunks to merge: {}",
            corpus.quotes.len()
        );
        for q in corpus.quotes.iter_mut().step_by(7) {
            q.speaker = Speaker::Unnamed("A Zyzzyva spokesman".into());
        }
        let expected = reference(&corpus);
        assert!(expected.vocab.contains(&"zyzzyva".to_string()));
        assert_eq!(Postings::build(&corpus), expected);
        let mut gathered = Gathered::default();
        for q in &corpus.quotes {
            gathered.add(corpus.quote_text(q));
        }
        assert_eq!(gathered.quotes(), corpus.quotes.len());
        assert_eq!(gathered.finish(&corpus), expected);
        // Words of other quotes than the corpus's are not used.
        let mut short = Gathered::default();
        short.add("unrelated words");
        assert_eq!(short.finish(&corpus), expected);
        let empty = Corpus::default();
        assert_eq!(Gathered::default().finish(&empty), reference(&empty));
    }
}
