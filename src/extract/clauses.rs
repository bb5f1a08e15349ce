//! Clauses of attribution: every cue in every sentence — a speech or report verb in any
//! tense and person ("said", "has argued", "told reporters that"), a participle after a
//! comma (", saying"), "according to", a passive "was told by" — with the words of its
//! source and the span of its content.
//!
//! A clause is read off the words around its cue, outside quotation marks: the source is
//! the noun phrase before the cue (back to the clause's start, past an apposition such as
//! "McConnell, R-Ky., said") or after it ("…, said Ms Ortiz"); the content is the clause
//! after the cue (after "that" or the hearer of "told"), or the clause before it when the
//! cue ends the sentence ("The city will appeal, the mayor said."). Attribution gives a
//! quote the source of the clause whose content holds it, and reported speech with no
//! quotation marks becomes a quote of its own.

use super::actors::ParagraphTokens;
use super::quotes::QuoteSpan;
use super::tokens::{tokenize_pooled, Token};
use crate::model::{Paragraph, Span};
pub(super) use sentence::{ends_sentence, may_end_before};
use std::cell::OnceCell;
use words::class::*;
pub(crate) use words::LY_NOUNS;

mod according;
mod adjunct;
mod adverbial;
mod aside;
mod asked;
mod colon;
mod content;
mod gated;
mod goes_on;
pub(crate) mod irregular;
mod judged_by;
mod left_wondering;
mod likely_to_say;
mod list;
mod narrator;
mod no_verb;
mod noun;
mod object;
mod participle;
mod poll;
mod question;
mod question_is;
mod raising;
mod reported_part;
mod second_verb;
mod sentence;
mod soft;
mod source;
mod subordinate;
mod verb;
mod words;

/// Where a clause's source stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceAt {
    /// The subject before the cue: "the mayor said".
    Before,
    /// After the cue: "said the mayor", "according to the mayor", "was told by the coach".
    After,
    /// The subject of the sentence the participle hangs on: "The mayor left, saying …".
    Sentence,
}

/// One attribution: a cue, the words naming its source, and what is attributed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Clause {
    pub cue: Span,
    pub source: Span,
    pub source_at: SourceAt,
    pub content: Span,
    /// The part of the content listed as reported speech: the content up to where the
    /// narrator's own words go on (", and the court …", ", saying …").
    pub reported: Span,
    pub paragraph: u32,
    /// A cognition cue ("believes", "expects"): an attitude more than a statement.
    pub cognition: bool,
    /// A verb of stance ("endorsed Cruz", "refused to testify"): its content is an object
    /// or an infinitive, and may be one word.
    pub stance: bool,
}

/// Every clause of attribution in the article's paragraphs, in text order.
pub fn find(
    body: &str,
    paragraphs: &[Paragraph],
    tokens: &ParagraphTokens,
    quotes: &[QuoteSpan],
) -> Vec<Clause> {
    // About one clause in 250 bytes of news: room for most articles' clauses at once.
    let mut out = Vec::with_capacity(body.len() / 256 + 4);
    let mut q = 0;
    // Working memory kept from one paragraph to the next.
    let mut here: Vec<&QuoteSpan> = Vec::new();
    let mut buffers = Buffers::default();
    for (pi, para) in paragraphs.iter().enumerate() {
        if para.boilerplate {
            continue;
        }
        while q < quotes.len() && (quotes[q].paragraph as usize) < pi {
            q += 1;
        }
        here.clear();
        here.extend(
            quotes[q..]
                .iter()
                .take_while(|s| s.paragraph as usize == pi)
                .filter(|s| s.nested_in.is_none()),
        );
        let owned;
        let toks = match tokens.get(pi) {
            Some(t) => t,
            // Not read for names: tokenized here (the window is clamped to the body).
            None => {
                owned = tokenize_pooled(body, para.span.start as usize, para.span.end as usize);
                &owned
            }
        };
        let words = Words::new(body, pi as u32, toks, &here, buffers);
        words.clauses(&mut out);
        buffers = words.into_buffers();
    }
    out
}

/// The classes of a word at which [`Words::clauses`] can read a clause: "according (to)",
/// a raising verb, a cue or cognition verb, a noun of speech, a word that reports before
/// "that" or "to".
const CLAUSE_START: u32 =
    ACCORDING | RAISING | CUE | COGNITION | NOUN_CUE | THAT_CUE | TO_CUE | POLL;

/// One paragraph's words, which quote each lies in, and its sentences.
struct Words<'a> {
    body: &'a str,
    index: u32,
    toks: &'a [Token],
    /// The quote (index into `quotes`) each token lies in.
    quote_of: Vec<Option<u16>>,
    /// Each token's word classes ([`class`]).
    class: Vec<u32>,
    /// The tokens in a class that opens a clause ([`CLAUSE_START`]), in order: the only
    /// ones [`Words::clauses`] reads a clause at.
    starts: Vec<u32>,
    quotes: &'a [&'a QuoteSpan],
    /// Quotations set off by two apostrophes (`soft`): token ranges; token `i` of soft
    /// quote `k` has `quote_of[i] == quotes.len() + k`.
    soft: Vec<(usize, usize)>,
}

/// One pass over the paragraph's tokens `toks`: the quote of `quotes` each lies in
/// (`quote_of`), and the classes of those outside quotes (`class`; words inside quotation
/// marks are never read as cues, subjects or hearers), with the tokens that open a clause
/// (`starts`). The vectors are sized to `toks`.
#[inline]
fn classify(
    body: &str,
    toks: &[Token],
    quotes: &[&QuoteSpan],
    quote_of: &mut [Option<u16>],
    class: &mut [u32],
    starts: &mut Vec<u32>,
) {
    let classes = words::classes();
    let mut qi = 0;
    // A token starting before the next quote's opening mark lies in no quote (the quotes
    // are in text order): classed without the quote tests.
    let opening = |qi: usize| {
        quotes
            .get(qi)
            .map_or(usize::MAX, |s| s.outer.start as usize)
    };
    let mut next = opening(0);
    for (i, ((t, q_out), c_out)) in toks
        .iter()
        .zip(quote_of.iter_mut())
        .zip(class.iter_mut())
        .enumerate()
    {
        if t.start >= next {
            while qi < quotes.len() && (quotes[qi].outer.end as usize) <= t.start {
                qi += 1;
            }
            next = opening(qi);
            let q = quotes
                .get(qi)
                .filter(|s| (s.outer.start as usize) <= t.start && t.end <= s.outer.end as usize)
                .and_then(|_| u16::try_from(qi).ok());
            if q.is_some() {
                *q_out = q;
                continue;
            }
        }
        let c = classes.get_in(body, t);
        *c_out = c;
        // A noun of speech or question word opens a clause only before its opening word
        // (clauses/noun, clauses/question): not read elsewhere.
        if c & CLAUSE_START != 0
            && (c & CLAUSE_START != NOUN_CUE || question::opens_after(body, toks, i))
        {
            starts.push(i as u32);
        }
    }
}

/// The quotations of `toks` set off by two apostrophes (`soft`), as token ranges: each
/// marked as the quote after the `quotes` others in `quote_of`, its words of no class and
/// opening no clause.
#[inline]
fn soft_quotes(
    body: &str,
    toks: &[Token],
    quotes: usize,
    quote_of: &mut [Option<u16>],
    class: &mut [u32],
    starts: &mut Vec<u32>,
) -> Vec<(usize, usize)> {
    let soft = soft::find(body, toks, quote_of);
    for (k, &(a, b)) in soft.iter().enumerate() {
        let q = u16::try_from(quotes + k).ok();
        quote_of[a..b].iter_mut().for_each(|x| *x = q);
        class[a..b].iter_mut().for_each(|c| *c = 0);
    }
    if !soft.is_empty() {
        starts.retain(|&i| class[i as usize] != 0);
    }
    soft
}

/// [`Words`]' per-token vectors, handed from one paragraph to the next so each paragraph
/// does not allocate its own.
#[derive(Default)]
struct Buffers {
    quote_of: Vec<Option<u16>>,
    class: Vec<u32>,
    starts: Vec<u32>,
}

impl<'a> Words<'a> {
    /// The paragraph's words, in `buffers` (cleared first; [`Words::into_buffers`] gives
    /// them back).
    fn new(
        body: &'a str,
        index: u32,
        toks: &'a [Token],
        quotes: &'a [&'a QuoteSpan],
        buffers: Buffers,
    ) -> Self {
        let Buffers {
            mut quote_of,
            mut class,
            mut starts,
        } = buffers;
        // Sized once and written in place: no capacity test per token.
        quote_of.clear();
        quote_of.resize(toks.len(), None);
        class.clear();
        class.resize(toks.len(), 0);
        starts.clear();
        classify(body, toks, quotes, &mut quote_of, &mut class, &mut starts);
        let soft = soft_quotes(
            body,
            toks,
            quotes.len(),
            &mut quote_of,
            &mut class,
            &mut starts,
        );
        Words {
            body,
            index,
            toks,
            quote_of,
            class,
            starts,
            quotes,
            soft,
        }
    }

    /// The per-token vectors, for the next paragraph.
    fn into_buffers(self) -> Buffers {
        Buffers {
            quote_of: self.quote_of,
            class: self.class,
            starts: self.starts,
        }
    }

    /// Whether token `i` is in any of the classes `c`.
    fn is(&self, i: usize, c: u32) -> bool {
        self.class[i] & c != 0
    }

    /// Whether token `i` ends in `suffix` (ASCII, any case): "-ly" adverbs, "-ing" forms.
    fn ends_with(&self, i: usize, suffix: &str) -> bool {
        // The token's bytes, without a `str` slice's boundary tests.
        let t = &self.body.as_bytes()[self.toks[i].start..self.toks[i].end];
        t.len() >= suffix.len()
            && t[t.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
    }

    /// Token `i`'s length in bytes: the cheap test rules ask before `is_word`.
    fn len(&self, i: usize) -> usize {
        self.toks[i].end - self.toks[i].start
    }

    /// Whether token `i` is one of `words` (ASCII, any case).
    fn is_word(&self, i: usize, words: &[&str]) -> bool {
        let t = &self.body.as_bytes()[self.toks[i].start..self.toks[i].end];
        words.iter().any(|w| t.eq_ignore_ascii_case(w.as_bytes()))
    }

    fn quoted(&self, i: usize) -> bool {
        self.quote_of[i].is_some()
    }

    /// The text between token `i - 1` and token `i`.
    fn gap(&self, i: usize) -> &'a str {
        if i == 0 || i >= self.toks.len() {
            return "";
        }
        self.body
            .get(self.toks[i - 1].end..self.toks[i].start)
            .unwrap_or("")
    }

    /// Whether the gap before token `i` (`0 < i < len`) is one space (as `gap(i) == " "`),
    /// told without slicing the text.
    fn one_space_before(&self, i: usize) -> bool {
        let at = self.toks[i - 1].end;
        self.toks[i].start == at + 1 && self.body.as_bytes()[at] == b' '
    }

    /// Sentences as token ranges: a stop between words ends one, unless both words are
    /// inside the same quotation. Found as they are read (no vector per paragraph).
    fn sentences(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let n = self.toks.len();
        let (mut start, mut i) = (0, 1);
        std::iter::from_fn(move || {
            while i < n {
                let j = i;
                i += 1;
                // Most words follow no stop: no sentence end, told by the tokenizer's mark.
                if !sentence::may_end_before(&self.toks[j]) {
                    continue;
                }
                let g = self.gap(j);
                let inside = self.quote_of[j].is_some() && self.quote_of[j] == self.quote_of[j - 1];
                if !inside && ends_sentence(self.body, &self.toks[j - 1], g, &self.toks[j]) {
                    let s = (start, j);
                    start = j;
                    return Some(s);
                }
            }
            (start < n).then(|| {
                let s = (start, n);
                start = n;
                s
            })
        })
    }

    fn span(&self, a: usize, b: usize) -> Span {
        // Tokens a..b (b exclusive, b > a).
        Span::new(self.toks[a].start, self.toks[b - 1].end)
    }

    /// The tokens `a..b` that lie within `s`: the first that does not start before it, up
    /// to the last that ends in it (the reverse of [`Words::span`]).
    fn tokens_of(&self, s: Span) -> (usize, usize) {
        let a = self.toks.partition_point(|t| t.start < s.start as usize);
        let b = self.toks.partition_point(|t| t.end <= s.end as usize);
        (a, b)
    }

    /// A clause of this paragraph whose source comes before its cue and whose content is
    /// reported whole, cue of no class ("Name: …", "Asked whether …").
    fn plain_clause(&self, cue: Span, source: Span, content: Span) -> Clause {
        Clause {
            cue,
            source,
            source_at: SourceAt::Before,
            content,
            reported: content,
            paragraph: self.index,
            cognition: false,
            stance: false,
        }
    }

    fn clauses(&self, out: &mut Vec<Clause>) {
        if self.nothing_to_read() {
            return;
        }
        // Asked only of a capitalised word past a sentence's first (most paragraphs have
        // none among their starts).
        let title = OnceCell::new();
        // The next of `starts` to read.
        let mut k = 0;
        for (a, b) in self.sentences() {
            // Past the first sentence (the only one a colon line opens) with every start
            // read: no clause is left, and the rest of the paragraph is not split.
            if a > 0 && k >= self.starts.len() {
                break;
            }
            self.sentence_clauses(a, b, &mut k, &title, out);
        }
    }

    /// Whether the paragraph holds no word that opens a clause and no colon among its first
    /// words (a colon line): nothing to read, and no sentences to find. (The headline's
    /// colon may stand later: clauses/colon.)
    fn nothing_to_read(&self) -> bool {
        let most = if self.index == 0 { 7 } else { 5 };
        self.starts.is_empty() && !(1..self.toks.len().min(most)).any(|i| self.gap(i).contains(':'))
    }

    /// Appends the clauses of sentence `a..b` to `out`: a colon line's, then those opened
    /// by the words of `starts` in it (from the `k`th on, moved past them), read in order.
    fn sentence_clauses(
        &self,
        a: usize,
        b: usize,
        k: &mut usize,
        title: &OnceCell<bool>,
        out: &mut Vec<Clause>,
    ) {
        let first = out.len();
        out.extend(self.colon_line(a, b));
        let mut v = a;
        // A word of none of the classes that open a clause (most words, and every quoted
        // one) opens nothing: only the words of `starts` are read.
        while let Some(s) = self.next_start(k, v, b) {
            v = s;
            let t = &self.toks[v];
            // Cue words are 3 to 14 letters; a capitalised one past the sentence's first word
            // is a name ("United States"). Both are checked before the word is looked up:
            // most words are no cue.
            let len = t.end - t.start;
            let name =
                v > a && t.is_capitalised(self.body) && !*title.get_or_init(|| self.title_case());
            v += if self.quoted(v) || !(3..=14).contains(&len) || (name && len != 9) {
                1
            } else {
                self.clauses_at(a, b, v, name, first, out)
            };
        }
    }

    /// The first of `starts` from the `k`th on (`k` moved to it) at or past `v`, if it
    /// lies before `b`.
    #[inline]
    fn next_start(&self, k: &mut usize, v: usize, b: usize) -> Option<usize> {
        while self.starts.get(*k).is_some_and(|&s| (s as usize) < v) {
            *k += 1;
        }
        match self.starts.get(*k) {
            Some(&s) if (s as usize) < b => Some(s as usize),
            _ => None,
        }
    }

    /// Appends the clause the word at `v` of sentence `a..b` opens, if any (`name`: a
    /// capitalised word past the sentence's first; the sentence's clauses from `first` in
    /// `out`); gives how many words it takes ("according to": two).
    fn clauses_at(
        &self,
        a: usize,
        b: usize,
        v: usize,
        name: bool,
        first: usize,
        out: &mut Vec<Clause>,
    ) -> usize {
        if self.is(v, ACCORDING) && v + 2 < b && self.is(v + 1, TO) {
            if let Some(c) = self.according_to(a, b, v) {
                out.push(c);
            }
            return 2;
        }
        if name {
            return 1;
        }
        if self.is(v, POLL) {
            out.extend(self.in_poll(a, b, v).or_else(|| self.poll_after(a, b, v)));
            return 1;
        }
        if let Some(c) = self
            .raised(a, b, v)
            .or_else(|| self.seeming(a, b, v))
            .or_else(|| self.reportedly(a, b, v))
            .or_else(|| self.seen_as(a, b, v))
            .or_else(|| self.gated(a, b, v))
            .or_else(|| self.as_reported_by(a, b, v))
        {
            out.push(c);
            return 1;
        }
        let cue = self.is(v, CUE);
        let cog = !cue && self.is(v, COGNITION);
        let verb = (cue || cog)
            .then(|| self.verb(a, b, v, cog, &out[first..]))
            .flatten();
        // "his calls for a ban": a noun of speech when no verb reading holds.
        if let Some(c) = verb
            .or_else(|| self.noun_cue(a, b, v))
            .or_else(|| self.question(a, b, v))
        {
            let then = self.then_participle(&c);
            out.push(c);
            out.extend(then);
        }
        1
    }

    /// The last of `earlier` whose source has words: whose subject a participle or a
    /// second verb shares ("Asked about it, …" and "… seemed to …" name nobody).
    /// A clause inside another's content ("Reed says Ortiz promised …, and said …") is
    /// passed over for the one that holds it.
    fn last_sourced(earlier: &[Clause]) -> Option<&Clause> {
        let inside = |c: &Clause| {
            earlier
                .iter()
                .any(|o| o.content.start <= c.cue.start && c.cue.end <= o.content.end)
        };
        earlier
            .iter()
            .rev()
            .find(|c| c.source.start < c.source.end && !inside(c))
            .or_else(|| earlier.iter().rev().find(|c| c.source.start < c.source.end))
    }
}

#[cfg(test)]
mod tests;
