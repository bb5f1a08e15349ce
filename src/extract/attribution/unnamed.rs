//! Unnamed speakers as written: "one source", "A spokesman for the UK Department for …",
//! "National security officials from the U.S.", never the object of a verb or a
//! preposition before the speech verb ("the coach greeted fans, saying …").

use super::subject::{is_determiner, ARTICLES, LEADING};
use super::written;
use crate::extract::actors::ArticleActors;
use crate::extract::lexicon;
use crate::extract::span;
use crate::extract::tokens::{Lower, Token};
use crate::extract::LocalSpeaker;
use crate::model::ActorType;

mod possessor;
mod record;

/// Conjunctions that open a sentence before its subject ("Though executives say …").
const SUBORDINATORS: &[&str] = &["though", "although", "while", "because", "since", "unless"];

/// Whether a lower-case word opens a sentence before its subject: one of [`LEADING`] or
/// [`SUBORDINATORS`].
fn leading_word(w: &str) -> bool {
    LEADING.contains(&w) || SUBORDINATORS.contains(&w)
}

/// An unnamed speaker as written: "one source", "A spokesman for the UK Department for …",
/// "National security officials from the U.S.". With `last`, the last such phrase in the
/// range (what "they" points back to) and only plural ones.
pub(super) fn description(
    body: &str,
    actors: &ArticleActors,
    range: (usize, usize),
    last: bool,
) -> Option<LocalSpeaker> {
    let start = span::ceil(body, range.0);
    describe(
        body,
        actors,
        &actors.paragraph_tokens.window(body, start, range.1),
        range.1,
        last,
    )
}

/// [`description`] over the words of its range (ending at `end`), already tokenized. Read
/// as the steps below, in order: the head and where its phrase starts
/// ([`Describe::head`], [`Describe::phrase_start`]), the record it modifies
/// ([`record::modifies_record`]), else where the phrase ends ([`Describe::phrase_end`]).
pub(super) fn describe(
    body: &str,
    actors: &ArticleActors,
    words: &[Token],
    end: usize,
    last: bool,
) -> Option<LocalSpeaker> {
    let d = Describe {
        body,
        actors,
        words,
        end,
        last,
    };
    let (h, s) = d.head()?;
    // "official figures", "The government statement": the record the head modifies.
    let e = if record::modifies_record(body, words, h) {
        h + 1
    } else {
        d.phrase_end(h, s)
    };
    let text = span::slice(body, words[s].start, words[e].end).trim();
    Some(LocalSpeaker::Unnamed(text.to_string()))
}

/// A description being read: the words of its range (`words`, ending at `end`), and whether
/// the last plural one is wanted (`last`, what "they" points back to).
#[derive(Clone, Copy)]
struct Describe<'a> {
    body: &'a str,
    actors: &'a ArticleActors,
    words: &'a [Token],
    end: usize,
    last: bool,
}

impl<'a> Describe<'a> {
    fn lower(&self, t: &Token) -> Lower<'a> {
        Lower::new(t.text(self.body))
    }

    /// Whether only spaces stand between the words `a` and `b`.
    fn adjacent(&self, a: &Token, b: &Token) -> bool {
        span::slice(self.body, a.end, b.start)
            .chars()
            .all(|c| c == ' ')
    }

    /// Whether word `i` is a head of an unnamed description ("source", "officials"); with
    /// `last`, a plural one only.
    fn is_head(&self, i: usize) -> bool {
        let w = self.words[i].text(self.body);
        lexicon::set_here!("unnamed_heads").contains_folded(w)
            && (!self.last || {
                let w = self.lower(&self.words[i]);
                w.ends_with('s') || w == "people" || w == "police"
            })
    }

    /// "they": the last plural description; a subject: the description nearest the verb
    /// (`As part of its plans, the government said`), else one at the start — not one that
    /// is the object of a verb or a preposition ("the coach greeted fans, saying"). The
    /// head's word and its phrase's first; none when an actor is named at a head.
    fn head(&self) -> Option<(usize, usize)> {
        let words = self.words;
        let n = words.len();
        let (from, start) = if self.last {
            (0, 0)
        } else {
            (n.saturating_sub(6), n.min(6))
        };
        // (Words of both ranges are read once: a word passed over the first time is passed
        // over again.)
        let candidates = (from..n).rev().chain(0..start.min(from));
        for h in candidates.filter(|&i| self.is_head(i)) {
            if self.actors.mention_at(words[h].start).is_some() {
                return None;
            }
            let s = self.phrase_start(h);
            if self.last || !object_of_verb_or_preposition(self.body, words, s, h) {
                return Some((h, s));
            }
        }
        None
    }

    /// "one unaligned Florida Republican strategist": a lower-case modifier before
    /// capitalised words, when an indefinite article opens the phrase before it.
    fn article_before(&self, m: usize) -> bool {
        m > 0
            && self.adjacent(&self.words[m - 1], &self.words[m])
            && ARTICLES.contains(&self.lower(&self.words[m - 1]).as_str())
    }

    /// Where the phrase of the head `words[h]` starts: back over one lower-case modifier,
    /// then capitalised words and a determiner.
    fn phrase_start(&self, h: usize) -> usize {
        let Describe { body, words, .. } = *self;
        let mut s = h;
        let mut lowercase_used = false;
        let mut anchor = h;
        while s > 0 {
            // "the prime minister's official spokesman": the possessor is a head of its own.
            if possessor::of_next(body, words, s - 1) {
                s -= 1;
                anchor = s;
                lowercase_used = false;
                continue;
            }
            if !self.adjacent(&words[s - 1], &words[s]) {
                break;
            }
            let prev = &words[s - 1];
            let w = self.lower(prev);
            if is_determiner(w.as_str()) {
                s -= 1;
                // "a former campaign aide", "one top strategist": an article before a
                // word of rank is the description's too, kept as written.
                if matches!(w.as_str(), "former" | "top" | "senior") && self.article_before(s) {
                    s -= 1;
                }
                break;
            }
            // A window's first word starts a sentence (a window read in place may not say so).
            let opens = s == 1 || prev.sentence_start;
            // "Though executives say": a conjunction opening the sentence is no modifier.
            if prev.is_capitalised(body) && !(opens && leading_word(w.as_str())) {
                s -= 1;
                continue;
            }
            if !lowercase_used && self.modifier(&w, s, anchor) {
                lowercase_used = true;
                s -= 1;
                continue;
            }
            break;
        }
        if s < h && leading_word(&self.lower(&words[s])) {
            s += 1;
        }
        s
    }

    /// Whether `w`, the lower-case word before `words[s]`, is the phrase's one modifier
    /// ("local fishermen"), never a word that opens no noun phrase ("of voters", "are
    /// activists", "when people", "they're supporters"); right before the head or its
    /// possessor (`anchor`), or after an article.
    fn modifier(&self, w: &Lower, s: usize, anchor: usize) -> bool {
        !lexicon::set_here!("speech_verbs").contains(w)
            && !written::opens_no_phrase(w.as_str())
            && !span::upto(self.body, self.words[s - 1].start).ends_with(['\'', '’'])
            && (s == anchor || self.article_before(s - 1))
    }

    /// Where the phrase of the head `words[h]` (opening at `words[s]`) ends: past the
    /// organisation it belongs to ([`Describe::organisation_after`]), else past a short
    /// phrase after the head of an indefinite description ([`place_phrase`]).
    fn phrase_end(&self, h: usize, s: usize) -> usize {
        let e = self.organisation_after(h);
        // "a strategist for one of these candidates, speaking …", "a staffer in the room
        // wondered": an indefinite description keeps a short phrase after its head as
        // written.
        if !self.last && e == h && ARTICLES.contains(&self.lower(&self.words[s]).as_str()) {
            return place_phrase(self.body, self.words, h, self.end).unwrap_or(e);
        }
        e
    }

    /// The last word of "for/from/of/at [the] Capitalised …" after the head `words[h]`
    /// (commas allowed inside a name list), up to a person's name; else of an indefinite
    /// phrase running to the verb ([`Describe::indefinite_to_verb`]); else `h`.
    fn organisation_after(&self, h: usize) -> usize {
        let Describe {
            body,
            actors,
            words,
            last,
            ..
        } = *self;
        let mut e = h;
        let Some(p) = words.get(h + 1) else {
            return e;
        };
        if !(matches!(
            self.lower(p).as_str(),
            "for" | "from" | "of" | "at" | "in" | "inside"
        ) && self.adjacent(&words[h], p))
        {
            return e;
        }
        let mut k = h + 2;
        if words.get(k).is_some_and(|t| self.lower(t) == "the") {
            k += 1;
        }
        // Up to a person's name: "A member of the Tunisian Parliament, Samir Dilou".
        let person_at = |t: &Token| {
            actors
                .mention_at(t.start)
                .is_some_and(|m| actors.kind(m.entity) == ActorType::Person)
        };
        while k < words.len()
            && !person_at(&words[k])
            && (words[k].is_capitalised(body)
                || (self.lower(&words[k]) == "and" || self.lower(&words[k]) == "for"))
        {
            e = k;
            k += 1;
        }
        // Do not end on a connector.
        while e > h && !words[e].is_capitalised(body) {
            e -= 1;
        }
        if !last && e == h && k == h + 2 && self.indefinite_to_verb(k) {
            e = words.len() - 1;
        }
        e
    }

    /// "the chief executive of a leading European car maker told": whether the words from
    /// `words[k]` (right after "of", "for" or "at") are an indefinite phrase of two to seven
    /// plain words that runs to the verb: the description's.
    fn indefinite_to_verb(&self, k: usize) -> bool {
        let Describe {
            body, words, end, ..
        } = *self;
        let indefinite = words
            .get(k)
            .is_some_and(|t| matches!(self.lower(t).as_str(), "a" | "an"));
        let tail = &words[k..];
        let plain = tail.len() <= 7
            && tail.windows(2).all(|w| self.adjacent(&w[0], &w[1]))
            && tail.iter().all(|t| {
                let w = self.lower(t);
                t.text(body).chars().all(|c| c.is_alphabetic() || c == '-')
                    && !matches!(w.as_str(), "who" | "which" | "that" | "and" | "or")
                    && !lexicon::set_here!("speech_verbs").contains(&w)
            });
        let to_end = span::slice(body, words[words.len() - 1].end, end)
            .trim()
            .is_empty();
        indefinite && plain && to_end && tail.len() >= 2
    }
}

/// The last word of a short phrase of plain lower-case words after the head `words[h]`,
/// opened by a preposition and running to a comma or to the end of the words (`end`):
/// "for one of these candidates", "in the room". Never one with a verb's look ("tried",
/// "hoping", "to") or a pronoun object.
fn place_phrase(body: &str, words: &[Token], h: usize, end: usize) -> Option<usize> {
    let lower = |t: &Token| Lower::new(t.text(body));
    let opens = lower(words.get(h + 1)?);
    if !matches!(
        opens.as_str(),
        "for" | "of" | "in" | "at" | "from" | "inside" | "on" | "with" | "near"
    ) {
        return None;
    }
    let gap = |i: usize| span::slice(body, words[i - 1].end, words[i].start);
    let stop = (h + 2..words.len())
        .find(|&i| !gap(i).chars().all(|c| c == ' '))
        .unwrap_or(words.len());
    let closed = stop < words.len() && gap(stop).trim() == ","
        || stop == words.len()
            && span::slice(body, words[stop - 1].end, end)
                .trim()
                .is_empty();
    let tail = &words[h + 1..stop];
    let plain = tail.iter().all(|t| {
        let w = lower(t);
        t.text(body).chars().all(|c| c.is_ascii_lowercase())
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !matches!(
                w.as_str(),
                "to" | "who" | "which" | "that" | "and" | "or" | "him" | "her" | "them" | "it"
            )
            && !lexicon::set_here!("speech_verbs").contains(&w)
    });
    (closed && plain && (2..=6).contains(&tail.len())).then_some(stop - 1)
}

/// A preposition whose object is not the subject of the verb after it.
fn preposition(w: &str) -> bool {
    matches!(
        w,
        "to" | "for"
            | "before"
            | "with"
            | "about"
            | "in"
            | "at"
            | "on"
            | "by"
            | "against"
            | "among"
            | "toward"
            | "towards"
            | "into"
            | "over"
            | "after"
            | "under"
            | "like"
            | "than"
            | "without"
            | "between"
            | "across"
            | "from"
            | "behind"
            | "upon"
    )
}

/// Words before a past participle that leave it an adjective ("and retired officers").
const BEFORE_ADJECTIVE: &[&str] = &[
    "and", "or", "but", "as", "who", "that", "which", "of", "nor",
];

/// Whether the phrase `words[s..=h]` is the object of a verb or a preposition rather than a
/// subject: a preposition opens it ("a letter to residents") or stands right before it
/// ("standing among waving fans"), or it opens with a verb in the past after a noun ("the
/// coach greeted fans").
fn object_of_verb_or_preposition(body: &str, words: &[Token], s: usize, h: usize) -> bool {
    let lower = |i: usize| Lower::new(words[i].text(body));
    // "signed by county attorney Jo Marsh": a role before a name; "with analysts giving …": the
    // subject of the participle cue right after it.
    let named = words.get(h + 1).is_some_and(|t| t.is_capitalised(body));
    let governed = |p: &str| preposition(p) && !named && !(p == "with" && h + 1 == words.len());
    let first = lower(s);
    if s < h && preposition(first.as_str()) {
        return governed(first.as_str());
    }
    if s == 0
        || !span::slice(body, words[s - 1].end, words[s].start)
            .chars()
            .all(|c| c == ' ')
    {
        return false;
    }
    let prev = lower(s - 1);
    let p = prev.as_str();
    if preposition(p) {
        return governed(p);
    }
    s < h
        && first.ends_with("ed")
        && !words[s].is_capitalised(body)
        && !words[s - 1].is_capitalised(body)
        && p.chars().all(char::is_alphabetic)
        && !p.ends_with("ly")
        && !is_determiner(p)
        && !BEFORE_ADJECTIVE.contains(&p)
        && !lexicon::set_here!("speech_verbs").contains(&prev)
}

/// The speaker of each quote `s` yields, set as an article's one paragraph.
#[cfg(test)]
fn speakers_of(s: &str) -> Vec<LocalSpeaker> {
    use crate::extract::{extract_article, test_paragraphs};
    let body = format!("Headline\n\n{s}\n");
    let paragraphs = test_paragraphs(&body);
    let out = extract_article(&body, &paragraphs);
    out.quotes.iter().map(|q| q.speaker.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::object_of_verb_or_preposition;
    use crate::extract::tokens::tokenize_pooled;

    /// Whether the phrase from word `s` to word `h` of `text` is an object.
    fn object(text: &str, s: usize, h: usize) -> bool {
        let words = tokenize_pooled(text, 0, text.len());
        object_of_verb_or_preposition(text, &words, s, h)
    }

    #[test]
    fn objects_of_verbs_and_prepositions_are_no_subjects() {
        assert!(object("the aide greeted fans", 2, 3));
        assert!(object("a letter to residents", 2, 3));
        assert!(object("standing among waving fans", 2, 3));
    }

    #[test]
    fn subjects_with_participles_stay() {
        assert!(!object("two retired officers", 0, 2));
        assert!(!object("and retired officers", 1, 2));
        assert!(!object("recently elected officials", 1, 2));
        assert!(!object("Many elected officials", 0, 2));
        assert!(!object("the aide", 0, 1));
        // A role before a name, the subject of a participle after "with".
        assert!(!object("a notice signed by county attorney Jo Marsh", 4, 5));
        assert!(!object("with analysts", 1, 1));
        assert!(!object("with analysts", 0, 1));
        assert!(object("with analysts at the forum", 1, 1));
    }
}
