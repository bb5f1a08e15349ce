//! Whom "they" means in reported speech: the plural subject of a sentence before it, as
//! written ("Several harbour owners met on Monday. They said the levy would fail." →
//! "Several harbour owners"; "Lee and Ortiz have fought for years, but they agree the
//! levy must go" → "Lee and Ortiz"). The subject of the pronoun's own sentence comes
//! first, then those of the two sentences before it; one set in an opening clause
//! ("While harbour owners praised the plan, they said …") is read before the main
//! clause's.

use super::super::main_subject::{is_subject_verb, sentence_start, OPENERS};
use super::super::subject::{past_leading, Scope};
use crate::extract::span;
use crate::extract::tokens::Lower;

/// Sentences read back from the pronoun's: its own and two before it.
const SENTENCES: usize = 3;

/// Farthest back (bytes) a subject is looked for.
const REACH: usize = 700;

/// Most words a subject has.
const MOST_WORDS: usize = 9;

/// Words that open a clause whose subject is read before the main clause's ("While
/// harbour owners praised the plan, they said …").
const SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "as", "because", "when", "since", "after", "if",
];

/// Heads ending in "s" that name no group: pronouns and function words.
const NOT_PLURAL: &[&str] = &[
    "this", "its", "his", "was", "has", "is", "us", "yes", "thus", "news", "series",
];

/// The plural subject "they" at byte `at` means, as written, when a sentence before it
/// (or its own, before it) has one.
pub(super) fn plural_subject(body: &str, actors: &Scope<'_>, at: usize) -> Option<String> {
    let floor = at.saturating_sub(REACH);
    let mut end = at;
    for _ in 0..SENTENCES {
        let start = sentence_start(body, end);
        if start < floor {
            return None;
        }
        let sentence = span::slice(body, start, end);
        for (s, e) in candidates(sentence) {
            let (s, e) = (start + s, start + e);
            if plural(body, actors, s, e) {
                let np = span::slice(body, s, e);
                return Some(np.trim_end_matches([',', ' ']).to_string());
            }
        }
        // The sentence before: back over the stop and spaces or line breaks.
        end = body[..start].trim_end().len();
        if end == 0 {
            return None;
        }
    }
    None
}

/// The subjects of `sentence` (offsets into it): of an opening clause after a
/// subordinator, then of the main clause.
fn candidates(sentence: &str) -> Vec<(usize, usize)> {
    let offset = |t: &str| span::offset_in(sentence, t);
    let mut out = Vec::new();
    let rest = past_adverb(past_leading(sentence.trim_start()));
    if let Some((first, after)) = rest.split_once(' ') {
        if SUBORDINATORS.contains(&Lower::new(first).as_str()) {
            if let Some((s, e)) = subject_of(after.trim_start()) {
                out.push((offset(after) + s, offset(after) + e));
            }
        }
    }
    let mut main = rest;
    let opens = main
        .split_whitespace()
        .next()
        .is_some_and(|w| OPENERS.contains(&Lower::new(w).as_str()));
    if opens {
        let Some((_, after)) = main.split_once(", ") else {
            return out;
        };
        main = past_adverb(past_leading(after.trim_start()));
    }
    if let Some((s, e)) = subject_of(main) {
        out.push((offset(main) + s, offset(main) + e));
    }
    out
}

/// Adverbs set off by a comma before a subject ("Still, Democrats believe …").
const ADVERBS: &[&str] = &[
    "still",
    "meanwhile",
    "instead",
    "however",
    "indeed",
    "now",
    "moreover",
    "nonetheless",
    "nevertheless",
    "likewise",
    "similarly",
    "again",
    "yet",
    "so",
    "but",
];

/// `text` past an adverb set off by a comma that opens it: one of [`ADVERBS`] or a word
/// in "-ly" ("Publicly, the owners …").
fn past_adverb(text: &str) -> &str {
    match text.split_once(' ') {
        Some((w, rest)) if w.ends_with(',') => {
            let w = Lower::new(w.trim_end_matches(','));
            let adverb = ADVERBS.contains(&w.as_str()) || w.as_str().ends_with("ly");
            if adverb {
                past_leading(rest.trim_start())
            } else {
                text
            }
        }
        _ => text,
    }
}

/// The words of `text` before its first verb (offsets into it): a few words, no clause
/// punctuation or quotation among them.
fn subject_of(text: &str) -> Option<(usize, usize)> {
    let mut end = None;
    let mut prev = "";
    for (i, w) in text.split_whitespace().enumerate() {
        if i >= MOST_WORDS {
            return None;
        }
        let bare = w.trim_end_matches(',');
        let at = span::offset_in(text, w);
        // "Friends of Lee's who have seen him": the subject ends before its relative.
        let relative = matches!(bare, "who" | "which" | "that");
        if i > 0 && (relative || is_subject_verb(bare, prev)) {
            end = Some(at);
            break;
        }
        if w.contains([';', ':', '"', '“', '”', '(', ')', '—', '?', '!'])
            || bare.contains(',')
            || (w.ends_with(',') && i > 0)
        {
            return None;
        }
        prev = bare;
    }
    let head = text[..end?].trim_end();
    Some((0, head.len()))
}

/// Whether the words `body[s..e]` name many: a head in "-s" ("Several Democrats", "the
/// harbour owners", "groups like the union") that is no one's name, "people", or two
/// names joined by "and" ("Lee and Ortiz").
fn plural(body: &str, actors: &Scope<'_>, s: usize, e: usize) -> bool {
    let np = span::slice(body, s, e);
    let words: Vec<&str> = np.split_whitespace().collect();
    // "Lee and Ortiz", "Ann Lee and Senator Bo Ortiz"
    let pair = words.windows(3).any(|w| {
        w[1] == "and"
            && w[0].starts_with(char::is_uppercase)
            && w[2].starts_with(char::is_uppercase)
    });
    if pair {
        return true;
    }
    // The head: the last word before a phrase that follows it ("groups like …",
    // "members of …", "owners in Oslo").
    let cut = words
        .iter()
        .skip(1)
        .position(|w| ["like", "of", "with", "from", "in", "at", "who", "on"].contains(w))
        .map_or(words.len(), |i| i + 1);
    let Some(head) = words[..cut].last() else {
        return false;
    };
    let lower = Lower::new(head);
    let h = lower.as_str();
    if NOT_PLURAL.contains(&h) || h.len() < 4 {
        return false;
    }
    let many = h == "people" || (h.ends_with('s') && !h.ends_with("ss") && !h.ends_with("us"));
    if !many || h.ends_with("'s") || h.ends_with("’s") {
        return false;
    }
    // A capitalised head that is (part of) someone's or something's name ("Sanders",
    // "Goldman Sachs") names one.
    if head.starts_with(char::is_uppercase) {
        let at = s + span::offset_in(np, head);
        let named = actors.mentions_in(s, e).iter().any(|m| {
            (m.span.start as usize) <= at
                && at < m.span.end as usize
                && actors.actors.entities[m.entity as usize]
                    .name
                    .split_whitespace()
                    .any(|n| n == *head)
        });
        if named {
            return false;
        }
    }
    true
}
