//! A quote no cue governs, in the object or complement of the sentence's verb ("Reid has
//! gone after him as a “human leech”", "She dubbed the plan “a fantasy”"): the words are
//! the subject's, when the subject is a person or an organisation named (or a pronoun for
//! one) right at the start of the sentence and a verb follows it.

use super::subject::{self, Scope};
use crate::extract::actors::Mention;
use crate::extract::lexicon;
use crate::extract::quotes::QuoteSpan;
use crate::extract::span;
use crate::extract::tokens::{comma_before, is_lower_case_word, Lower, Token};
use crate::extract::LocalSpeaker;
use crate::model::ActorType;
use crate::text::meta::WEEKDAYS;

/// Words that open an adverbial before the subject ("In recent weeks, Reid …"): the
/// subject starts after its comma.
#[rustfmt::skip]
const INTRODUCING: &[&str] = &[
    "in", "on", "at", "after", "before", "during", "when", "while", "since", "with", "for",
    "despite", "last", "earlier", "later", "by", "from", "under", "amid", "following", "over",
    "throughout", "within", "once", "now", "still", "yet", "instead", "today", "yesterday",
    "first", "second", "third", "finally", "recently", "previously", "separately", "indeed",
];

/// The most words of an opening phrase before the subject's comma ("In recent weeks,").
const OPENING_WORDS: usize = 24;

/// Determiners: "The Republican nominee" is a description, not the party's name.
const DETERMINERS: &[&str] = &["the", "a", "an", "this", "that", "these", "those"];

/// Words between the verb and the quote that start another clause, whose subject the
/// quote may be (`… praised her, who called it “…”`): these and the [`RELATIVES`].
const CLAUSE_OPENERS: &[&str] = &[
    "because", "while", "although", "though", "when", "unless", "if", "whether",
];

/// The openers of a relative clause, which opens another clause too (unless restrictive).
const RELATIVES: &[&str] = &["who", "whom", "whose", "which", "where"];

/// Auxiliaries and common irregular verbs of the past that follow a subject.
const VERBS: &[&str] = &[
    "has", "have", "had", "is", "was", "are", "were", "will", "would", "could", "can", "did",
    "does", "do", "may", "might", "should", "must", "took", "went", "told", "gave", "made", "put",
    "spoke", "wrote", "said", "says", "got", "sent", "led", "came", "kept", "began", "drew", "ran",
    "saw", "held", "brought", "struck",
];

/// Words right after a name that show it is no subject of a verb.
const NOT_VERB: &[&str] = &[
    "and", "or", "of", "who", "which", "that", "in", "on", "at", "for", "to", "from", "with", "by",
    "as", "the", "a", "an", "nor", "whose", "whom",
];

/// Adverbs that may stand between a subject and its verb.
const BETWEEN: &[&str] = &[
    "also",
    "then",
    "later",
    "again",
    "even",
    "never",
    "once",
    "still",
    "just",
    "often",
    "already",
    "now",
    "only",
    "further",
    "since",
    "reportedly",
    "repeatedly",
];

/// The speaker of a quote at byte `open` no cue governs: the subject opening its sentence
/// (`sentence_start`), when a verb follows it and no other clause starts before the quote.
pub(super) fn sentence_subject(
    body: &str,
    actors: &Scope,
    quotes: &[QuoteSpan],
    sentence_start: usize,
    q: &QuoteSpan,
) -> Option<LocalSpeaker> {
    if title_case(span::slice(
        body,
        q.text.start as usize,
        q.text.end as usize,
    )) {
        return None;
    }
    let open = q.outer.start as usize;
    let words = actors.paragraph_tokens.window(body, sentence_start, open);
    let lower = |t: &Token| Lower::new(t.text(body));
    let mut s = words
        .iter()
        .position(|t| !subject::LEADING.contains(&lower(t).as_str()))?;
    if participle(lower(&words[s]).as_str()) || INTRODUCING.contains(&lower(&words[s]).as_str()) {
        // Past the comma that closes the adverbial ("In recent weeks,", "Reading from a
        // prepared text,"), within a few words.
        s = (s + 1..words.len().min(s + OPENING_WORDS)).find(|&i| comma_before(body, &words, i))?;
    } else if let Some(i) = pronoun_past_opening(body, actors, &words, s) {
        s = i;
    }
    let first = &words[s];
    // The subject comes before any quote of the sentence.
    let from = quotes.partition_point(|q| (q.outer.start as usize) < sentence_start);
    if quotes[from..]
        .first()
        .is_some_and(|q| q.outer.start as usize <= first.start)
    {
        return None;
    }
    let (speaker, subject_end) = match lower(first).as_str() {
        "he" | "she" | "they" | "it" => {
            let found = subject::resolve(body, actors, (first.start, first.end), open)?;
            (found, past_apposition(body, &words, s + 1)?)
        }
        "the" | "this" | "a" | "an" => description_subject(body, actors, &words, s, open)?,
        _ => named_subject(body, actors, &words, s)?,
    };
    let mut v = subject_end;
    loop {
        if v < words.len() && BETWEEN.contains(&lower(&words[v]).as_str()) {
            v += 1;
        } else if let Some(n) = time_adjunct(body, &words[v..]) {
            v += n;
        } else {
            break;
        }
    }
    let verb = words.get(v)?;
    let w = lower(verb);
    if verb.is_capitalised(body) || NOT_VERB.contains(&w.as_str()) || verb.possessive {
        return None;
    }
    let speech = lexicon::set_here!("speech_verbs");
    // "X was said to have endured an “…” reaction": a passive of speech, nobody of the
    // subject speaks.
    let be = matches!(w.as_str(), "was" | "is" | "were" | "are" | "been");
    if be && words.get(v + 1).is_some_and(|t| speech.contains(&lower(t))) {
        return None;
    }
    if span::slice(body, words[subject_end].start, verb.start).contains([',', ';', ':']) {
        return None;
    }
    (!other_clause(body, quotes, from, &words[v + 1..], open)).then_some(speaker)
}

/// The subject a description opening the sentence at `words[s]` names ("The senator",
/// "A friend", "The ad"), up to its verb, and where that verb stands.
fn description_subject(
    body: &str,
    actors: &Scope,
    words: &[Token],
    s: usize,
    open: usize,
) -> Option<(LocalSpeaker, usize)> {
    let lower = |t: &Token| Lower::new(t.text(body));
    let first = &words[s];
    // "The senator also referred to …", "A friend described him as …", "The ad
    // targets a …": a description up to its verb.
    let v = (s + 1..words.len().min(s + 7)).find(|&i| {
        let w = lower(&words[i]);
        BETWEEN.contains(&w.as_str())
            || VERBS.contains(&w.as_str())
            || w.ends_with("ed")
            || i > s + 1 && present_tense(body, &words[i])
    })?;
    let found = match subject::resolve(body, actors, (first.start, words[v - 1].end), open) {
        Some(f) => f,
        // "The ad described him as “…”": a speaking thing no actor was found for,
        // unless a person is named after it ("The crowd cheered as Lee said …").
        None => {
            let person = actors
                .mentions_in(words[v - 1].end, open)
                .iter()
                .any(|m| !m.in_quote && actors.kind(m.entity) == ActorType::Person);
            if person {
                return None;
            }
            written(body, &words[s..v])?
        }
    };
    if let LocalSpeaker::Entity(e) = found {
        if !matches!(actors.kind(e), ActorType::Person | ActorType::Org) {
            return None;
        }
    }
    Some((found, v))
}

/// The subject a name opening the sentence at `words[s]` names, and the index of the word
/// after it and any apposition.
fn named_subject(
    body: &str,
    actors: &Scope,
    words: &[Token],
    s: usize,
) -> Option<(LocalSpeaker, usize)> {
    let lower = |t: &Token| Lower::new(t.text(body));
    let first = &words[s];
    // A name, perhaps after a title's capitalised words and a place or party
    // ("Former Ohio Gov. X", "Germany's Chancellor X"): the last one named before
    // the first word in lower case, or before a parenthesis ("X (R-Maine)").
    // A comma closes the name too: an apposition after it ("X, Y's campaign
    // manager, said") names someone else.
    let run = (s..words.len())
        .find(|&i| {
            !words[i].is_capitalised(body)
                || i > s && span::slice(body, words[i - 1].end, words[i].start).contains(['(', ','])
        })
        .unwrap_or(words.len());
    let run_end = words.get(run.checked_sub(1)?)?.end;
    let m = actors
        .mentions_in(first.start, run_end)
        .iter()
        .rfind(|m| !m.in_quote && m.span.end as usize <= run_end)?;
    if DETERMINERS.contains(&lower(first).as_str()) {
        return None;
    }
    // "Democratic presidential candidate Ann Lee is …": a party or a place before a
    // role's words in lower case says which role; the person named after it is the
    // subject.
    let m = if run == s + 1 && actors.kind(m.entity) != ActorType::Person {
        role_holder(body, actors, &words[run..]).unwrap_or(m)
    } else {
        m
    };
    let kind = actors.kind(m.entity);
    if !matches!(kind, ActorType::Person | ActorType::Org) {
        return None;
    }
    let end = m.span.end as usize;
    if span::from(body, end).starts_with(['’', '\'']) {
        return None;
    }
    let next = words.iter().position(|t| t.start >= end)?;
    // "Lee supporters are crying “fraud”": a name before a plural noun of people only says
    // whose; the group speaks, as written.
    if let Some(group) = group_after_name(body, words, next) {
        let text = span::slice(body, first.start, words[group].end);
        return Some((LocalSpeaker::Unnamed(text.to_string()), group + 1));
    }
    Some((
        LocalSpeaker::Entity(m.entity),
        past_apposition(body, words, next)?,
    ))
}

/// Whether another clause opens in the words after the verb (`rest`), before the quote at
/// byte `open`; `quotes[from..]` are the sentence's quotes.
fn other_clause(
    body: &str,
    quotes: &[QuoteSpan],
    from: usize,
    rest: &[Token],
    open: usize,
) -> bool {
    let lower = |t: &Token| Lower::new(t.text(body));
    let speech = lexicon::set_here!("speech_verbs");
    // No other clause between the verb and the quote; words inside an earlier quote of
    // the sentence (`as a “leech who will …” and a “…”`) open none.
    let earlier = &quotes[from..quotes.partition_point(|p| (p.outer.start as usize) < open)];
    let quoted = |t: &Token| {
        earlier
            .iter()
            .any(|p| p.outer.start as usize <= t.start && t.end <= p.outer.end as usize)
    };
    // A restrictive relative clause with no speech verb (`compared him to a coach who is
    // “…”`) only says which one; one after a comma (`met the farmers, who grow the “…”`)
    // or one that speaks (`a rival who called it “…”`) has a subject of its own.
    let rest: Vec<&Token> = rest.iter().filter(|t| !quoted(t)).collect();
    rest.iter().enumerate().any(|(i, t)| {
        let w = lower(t);
        let relative = RELATIVES.contains(&w.as_str());
        let restrictive = relative
            && !span::upto(body, t.start).trim_end().ends_with(',')
            && !rest[i + 1..].iter().any(|t| speech.contains(&lower(t)));
        (relative && !restrictive)
            || CLAUSE_OPENERS.contains(&w.as_str())
            || span::slice(body, t.end, open).trim_start().starts_with(';')
    })
}

/// A description no actor was found for, as written, when it reads as a speaker: "the",
/// "a" or "an", a few words and no comma, a capitalised word last or a head noun that
/// names people, a body or a message ("The ad", "An early tweet", "the board").
fn written(body: &str, words: &[Token]) -> Option<LocalSpeaker> {
    let (first, last) = (words.first()?, words.last()?);
    if !["the", "a", "an"].contains(&Lower::new(first.text(body)).as_str())
        || !(2..=6).contains(&words.len())
    {
        return None;
    }
    let text = span::slice(body, first.start, last.end);
    if text.contains([',', '(', '“', '"']) {
        return None;
    }
    let head = Lower::new(last.text(body));
    let one = head.strip_suffix('s').unwrap_or(&head);
    let sets = [
        lexicon::set_here!("unnamed_heads"),
        lexicon::set_here!("group_heads"),
        lexicon::set_here!("role_nouns"),
        lexicon::set_here!("speaking_things"),
    ];
    let known = |w: &str| sets.iter().any(|set| set.contains_folded(w));
    let plural = format!("{head}s");
    (last.is_capitalised(body) || known(&head) || known(one) || known(&plural))
        .then(|| LocalSpeaker::Unnamed(text.to_string()))
}

/// The index of a plural noun of people right after a name, one space between, that the
/// name modifies ("Lee supporters", "Lee aides"): `words[next]` in lower case, a head of
/// `unnamed_heads` or `group_heads` ending in "s", with no name after it ("Lee aides Jo
/// Marsh and …" names them).
fn group_after_name(body: &str, words: &[Token], next: usize) -> Option<usize> {
    let t = words.get(next)?;
    let w = t.text(body);
    if !w.ends_with('s')
        || t.possessive
        || t.is_capitalised(body)
        || span::slice(body, words[next.checked_sub(1)?].end, t.start) != " "
        || words.get(next + 1).is_some_and(|n| n.is_capitalised(body))
    {
        return None;
    }
    super::group::people_head(w).then_some(next)
}

/// Words naming a day that may stand between a subject and its verb ("X on Friday
/// called …", "X Tuesday described …"): how many, when `words` open with them.
fn time_adjunct(body: &str, words: &[Token]) -> Option<usize> {
    let w = |i: usize| words.get(i).map(|t| Lower::new(t.text(body)));
    let first = w(0)?;
    if WEEKDAYS.contains(&first.as_str()) {
        return Some(1);
    }
    (first.as_str() == "on" && WEEKDAYS.contains(&w(1)?.as_str())).then_some(2)
}

/// A verb of the present in the third person, by its ending ("claims", "targets",
/// "projects"): a word in lower case of four letters or more ending in "s", not in "ss" or
/// "us" ("address", "bonus"), with no possessive. Read only past a description's first
/// noun ("The ad claims"), where a plural noun is rare.
fn present_tense(body: &str, t: &Token) -> bool {
    let w = Lower::new(t.text(body));
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !t.is_capitalised(body)
        && !t.possessive
}

/// "Somewhere in there, he tossed in a “…” Lee", "And online he has called them “…”": "he"
/// or "she" after an opening phrase's comma, or right after its one word, that names no
/// person, is the sentence's subject. Where it stands among `words`, from `s`. Not "they",
/// which after a condition or in an interviewee's answer ("If they aren't, those “power
/// users” …") is rarely whose words the quote are.
fn pronoun_past_opening(body: &str, actors: &Scope, words: &[Token], s: usize) -> Option<usize> {
    let i = (s + 1..words.len().min(s + OPENING_WORDS)).find(|&i| {
        matches!(words[i].text(body), "he" | "she") && (i == s + 1 || comma_before(body, words, i))
    })?;
    let person = actors
        .mentions_in(words[s].start, words[i].start)
        .iter()
        .any(|m| actors.kind(m.entity) == ActorType::Person);
    (!person).then_some(i)
}

/// A present participle opening the sentence ("Reading from a prepared text, X …"): an
/// adverbial before the subject, as a preposition's phrase is.
fn participle(word: &str) -> bool {
    word.len() > 5 && word.ends_with("ing") && !word.ends_with("thing")
}

/// Every word capitalised but short ones ("Meet the Press", "Eclipsed"): a title or a
/// slogan, named more often than said.
pub(super) fn title_case(text: &str) -> bool {
    text.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !SMALL.contains(w))
        .all(|w| {
            w.chars()
                .find(|c| c.is_alphanumeric())
                .is_none_or(|c| c.is_uppercase() || c.is_ascii_digit())
        })
}

/// Words a title leaves in lower case.
const SMALL: &[&str] = &[
    "of", "the", "a", "an", "and", "or", "with", "in", "on", "for", "to", "at", "by",
];

/// The index of the word after a name's apposition or parenthesis (`X, the senator, said`,
/// `X (D-Nev.) said`), or `next` itself when none follows.
fn past_apposition(body: &str, words: &[Token], next: usize) -> Option<usize> {
    let gap = span::slice(
        body,
        words[next.checked_sub(1)?].end,
        words.get(next)?.start,
    );
    let between = |i: usize| span::slice(body, words[i - 1].end, words[i].start);
    if gap.contains('(') {
        let closed = (next..words.len().min(next + 6)).find(|&i| between(i).contains(')'))?;
        // `X (D-Nev.), in particular, has …`: an aside set off by commas after the bracket.
        if !between(closed).contains(',') {
            return Some(closed);
        }
        return (closed + 1..words.len().min(closed + 5)).find(|&i| between(i).contains(','));
    }
    if !gap.contains(',') {
        return Some(next);
    }
    (next + 1..words.len().min(next + 14)).find(|&i| between(i).contains(','))
}

/// "Reyes consultant Tom Park, a pollster, took up the theme", "Lee spokesman Dan Cole
/// wouldn't say": a name before one or two lower-case role nouns and a capitalised name
/// only says whose the role is; the one named after it is the sentence's subject. Whether
/// the name ending at `end` is such a modifier.
pub(super) fn modifies_role(body: &str, end: usize) -> bool {
    // Most names are followed by a verb, a comma or a capitalised word: a lower-case
    // letter after the space is the cheap test before any lookup.
    let rest = span::from(body, end);
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    if !rest.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    // Every word of the gap is a role ("Reyes campaign chairman Tom Park"), so a verb
    // before a role ("Lee slated comedian Sam Cole", "Lee will partner Ann Cole") is none.
    let role = |w: &str| {
        let w = Lower::new(w);
        w.as_str() == "campaign" || super::referent::role_or_unnamed_head(&w)
    };
    let mut words = rest.splitn(4, ' ');
    for _ in 0..2 {
        let Some(w) = words.next() else {
            return false;
        };
        if !is_lower_case_word(w) || !role(w) {
            return false;
        }
        let next_capitalised = words
            .clone()
            .next()
            .is_some_and(|n| n.starts_with(|c: char| c.is_uppercase()));
        if next_capitalised {
            return true;
        }
    }
    false
}

/// The person named right after up to three lower-case words of a role at the start of
/// `words` ("presidential candidate Ann Lee"), nothing but spaces between.
fn role_holder<'m>(body: &str, actors: &'m Scope, words: &[Token]) -> Option<&'m Mention> {
    let j = words.iter().take(4).position(|t| t.is_capitalised(body))?;
    let spaced = words[..=j]
        .windows(2)
        .all(|w| span::slice(body, w[0].end, w[1].start) == " ");
    if j == 0 || !spaced {
        return None;
    }
    let at = words[j].start;
    actors
        .mentions_in(at, words.last()?.end)
        .first()
        .filter(|m| m.span.start as usize == at && !m.in_quote)
        .filter(|m| actors.kind(m.entity) == ActorType::Person)
}

#[cfg(test)]
mod tests {
    #[test]
    fn participles_open_an_adverbial() {
        assert!(super::participle("reading"));
        assert!(super::participle("speaking"));
        // Pronouns and short words that end alike are none.
        assert!(!super::participle("nothing"));
        assert!(!super::participle("king"));
    }
}
