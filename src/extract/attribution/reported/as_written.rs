//! The source words of a clause no rule resolved, read as written: the short noun phrase
//! they are once asides, appositions, participles and opening adverbials are left out ("The
//! port authority, a body that …," → "The port authority").

use super::super::subject::LEADING;
use crate::extract::clauses::Clause;
use crate::extract::span;
use crate::extract::tokens::Lower;
use crate::extract::LocalSpeaker;

/// Words that never stand as an unnamed source by themselves.
pub(super) const NOT_A_SOURCE: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "this", "there", "what",
    "and", "but", "or", "as", "so", "if", "when", "while",
];

/// A source no rule names, as written, when it reads as a short noun phrase: "The
/// magazine", "About three in 10", "one of the bill's chief negotiators".
pub(super) fn as_written(body: &str, c: &Clause) -> Option<LocalSpeaker> {
    let text = body.get(c.source.start as usize..c.source.end as usize)?;
    let text = text.trim_end_matches([',', '.', ' ']);
    let text = past_adverbial(before_aside(text));
    // "But Republicans said": a conjunction opening the sentence is no part of the source,
    // nor is an "even" or "only" before a noun phrase ("Even the mayor said").
    let mut text = text.trim_start();
    while let Some((w, rest)) = text.split_once(' ') {
        let w = Lower::new(w.trim_end_matches(','));
        let focus = matches!(w.as_str(), "even" | "only") && {
            let next = Lower::new(rest.split_whitespace().next().unwrap_or(""));
            !NOT_A_SOURCE.contains(&next.as_str()) && !ADVERBIAL.contains(&next.as_str())
        };
        if !(LEADING.contains(&w.as_str()) || focus) {
            break;
        }
        text = rest.trim_start();
    }
    let text = before_apposition(before_participle(text));
    let words: Vec<&str> = text.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    let fine = words.len() <= 8
        && !text.contains([',', ';', ':', '"', '“', '”', '(', ')'])
        && !text.contains("--")
        && !NOT_A_SOURCE.contains(&first.as_str());
    if !fine {
        return None;
    }
    // Words that read as no noun phrase: reported speech whose source is not known.
    let Some(kept) = super::super::written::noun_phrase(&words, usize::MAX) else {
        return Some(LocalSpeaker::None);
    };
    let (first, last) = (words[kept.start], words[kept.end - 1]);
    let from = span::offset_in(text, first);
    let to = span::offset_in(text, last) + last.len();
    Some(LocalSpeaker::Unnamed(text[from..to].to_string()))
}

/// "The port authority, a body that keeps records on every ship,", "Two harbour
/// pilots (both retired)", "The guild - half of its members -": a source that is a short
/// noun phrase, a name's or a determiner's, before an apposition or an aside set off by a
/// comma, a dash or parentheses is that phrase.
pub(super) fn before_apposition(text: &str) -> &str {
    // A comma before a space ("125,000" is a number), a parenthesis or a dash.
    let comma = text
        .find(", ")
        .or_else(|| text.strip_suffix(',').map(str::len));
    let Some(i) = [
        comma,
        text.find(" ("),
        text.find(['—', '–']),
        text.find(" - "),
    ]
    .into_iter()
    .flatten()
    .min() else {
        return text;
    };
    let head = text[..i].trim_end();
    let rest = text[i..].trim_start_matches([',', '(', '—', '–', '-', ' ']);
    let by_comma = text[i..].starts_with(',');
    // After a comma, what follows opens an apposition: a determiner, a relative pronoun,
    // a list's "including", a name or a number ("Ann Lee, 53,").
    let next = rest.split_whitespace().next().unwrap_or("");
    let aside = !by_comma
        || next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || APPOSITION_OPENS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(next));
    let mut words = head.split_whitespace();
    let first = words.next().unwrap_or("");
    let is = |list: &[&str]| list.iter().any(|a| a.eq_ignore_ascii_case(first));
    let name = first.starts_with(char::is_uppercase)
        && !is(ADVERBIAL)
        && !is(NOT_A_SOURCE)
        && !is(&["earlier", "later", "last", "this", "so", "now", "then"]);
    let determiner = is(&["a", "an", "the", "some", "many", "several", "only", "most"]);
    let short = words.count() < 6;
    if aside && (name || determiner) && short && !head.contains([';', ':', '"', '“', '”']) {
        head
    } else {
        text
    }
}

/// Words that open an apposition or an aside after a comma.
const APPOSITION_OPENS: &[&str] = &[
    "a",
    "an",
    "the",
    "who",
    "whose",
    "which",
    "that",
    "including",
    "along",
    "like",
    "such",
    "both",
    "all",
    "each",
    "one",
    "of",
    "some",
    "many",
    "himself",
    "herself",
    "itself",
    "themselves",
];

/// "The county poll, which tracks the race daily", "Democrats, historically": a source
/// without the relative clause or the adverb set off after its noun phrase.
fn before_aside(text: &str) -> &str {
    if let Some(i) = [", which ", ", who "].iter().find_map(|p| text.find(p)) {
        return &text[..i];
    }
    match text.rsplit_once(", ") {
        Some((head, adverb))
            if adverb.len() > 4
                && adverb.ends_with("ly")
                && adverb.bytes().all(|b| b.is_ascii_lowercase()) =>
        {
            head
        }
        _ => text,
    }
}

/// "A new batch of emails released this week": a long source up to the participle or the
/// time after its noun ("released", "conducted", "out this week"), or up to a present
/// participle that takes an object ("a county judge hearing the Harbour Board lawsuit",
/// "one group campaigning for …").
pub(super) fn before_participle(text: &str) -> &str {
    if text.split_whitespace().nth(8).is_none() {
        return text;
    }
    // No allocation: each word with the one before it, the next one peeked at.
    let mut words = text.split_whitespace().enumerate().peekable();
    let mut prev = "";
    let cut = loop {
        let Some((i, w)) = words.next() else {
            break None;
        };
        let cuts = i >= 2
            && (w.len() > 4 && w.ends_with("ed")
                || matches!(w, "this" | "last" | "out")
                || takes_object(prev, w, words.peek().map(|&(_, n)| n)));
        if cuts {
            break Some(w);
        }
        prev = w;
    };
    let Some(w) = cut else {
        return text;
    };
    let mut head = text[..span::offset_in(text, w)].trim_end();
    // "an analysis of the newly filed reports": the adverb, a determiner and a preposition
    // before the participle go with it, and so does a passive's "being" ("lawsuits being
    // heard").
    while let Some((rest, last)) = head.rsplit_once(' ') {
        let joins = matches!(
            last,
            "the"
                | "a"
                | "an"
                | "of"
                | "for"
                | "by"
                | "to"
                | "in"
                | "on"
                | "at"
                | "from"
                | "with"
                | "being"
                | "been"
        );
        if !(joins || last.ends_with("ly")) {
            break;
        }
        head = rest.trim_end();
    }
    head
}

/// Whether `w` (after `prev`, before `next`) is a present participle after its noun with
/// an object or a preposition after it: "judge hearing the", "group campaigning for"; not
/// an adjective after a determiner or a possessive ("the ruling party", "its governing
/// board").
fn takes_object(prev: &str, w: &str, next: Option<&str>) -> bool {
    const OBJECT: &[&str] = &[
        "a", "an", "the", "for", "against", "to", "on", "his", "her", "their", "its",
    ];
    w.len() > 5
        && w.ends_with("ing")
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && next.is_some_and(|n| OBJECT.contains(&n))
        && prev.starts_with(|c: char| c.is_ascii_lowercase())
        && !prev.ends_with([',', '\'', '’'])
        && !prev.ends_with("'s")
        && !prev.ends_with("’s")
        && !OBJECT.contains(&prev)
        && !NOT_PARTICIPLES.contains(&w)
        && !AFTER_NO_NOUN.contains(&prev)
}

/// Words in "-ing" that are prepositions ("the world during an interview").
const NOT_PARTICIPLES: &[&str] = &[
    "during",
    "including",
    "according",
    "regarding",
    "concerning",
    "following",
    "pending",
    "excluding",
    "barring",
];

/// Words after which an "-ing" word is no participle of a noun: prepositions and verbs
/// ("went toward trying to", "made a case for reading").
const AFTER_NO_NOUN: &[&str] = &[
    "toward", "towards", "about", "of", "in", "at", "by", "with", "from", "into", "before",
    "after", "without", "while", "is", "are", "was", "were", "be", "been", "keep", "kept", "began",
    "started", "stopped",
];

/// Words that open an adverbial clause or phrase before a subject.
const ADVERBIAL: &[&str] = &[
    "if", "should", "when", "while", "as", "after", "before", "although", "though", "because",
    "since", "unless", "once", "in", "at", "on", "for", "with", "during",
];

/// "Should the plan fail, economists": the subject after an adverbial set off by a comma
/// before it.
pub(super) fn past_adverbial(text: &str) -> &str {
    let Some((before, after)) = text.rsplit_once(',') else {
        return text;
    };
    let opens = before
        .split_whitespace()
        .next()
        .is_some_and(|w| ADVERBIAL.iter().any(|a| a.eq_ignore_ascii_case(w)));
    let after = after.trim();
    if opens && !after.is_empty() && !before.contains([';', ':', '"', '“', '”']) {
        after
    } else {
        text
    }
}

/// The source of "according to" as written when it reads as no short noun phrase: a
/// document or a report named at length ("according to a review of federal election
/// filings by the Herald", "according to cables at the time that were later released"),
/// up to a comma, a relative clause or "based on", in at most a dozen words.
pub(super) fn according_to_source(body: &str, c: &Clause) -> Option<LocalSpeaker> {
    let cue = body.get(c.cue.start as usize..c.cue.end as usize)?;
    if !cue.eq_ignore_ascii_case("according to") {
        return None;
    }
    let text = body.get(c.source.start as usize..c.source.end as usize)?;
    let mut text = text.split(", ").next()?;
    for cut in [" that ", " who ", " which ", " based on "] {
        if let Some(i) = text.find(cut) {
            text = &text[..i];
        }
    }
    let text = text.trim_end_matches([',', '.', ' ']).trim_start();
    let words = text.split_whitespace().count();
    let first = text.split_whitespace().next()?;
    let determiner = ["a", "an", "the"]
        .iter()
        .any(|d| d.eq_ignore_ascii_case(first));
    let opens = (first.starts_with(char::is_uppercase) && !determiner) || (determiner && words > 1);
    (opens
        && (1..=12).contains(&words)
        && !text.contains(['"', '“', '”', '(', ')', ';', ':'])
        && !NOT_A_SOURCE.contains(&Lower::new(first).as_str()))
    .then(|| LocalSpeaker::Unnamed(text.to_string()))
}
