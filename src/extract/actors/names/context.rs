//! What the words around a run say about the candidates made of it: after "the" no
//! person, before ", <place>" a place, after "so-called" a term, a written "The" kept.

use super::words::{class, Words};
use super::{adjacent, gazetteer_match, things, Candidate, Kind, Lexicon};

/// Retypes the candidates `out` made of the run `tokens[i..j]` by the words around it.
pub(super) fn around(words: &Words, (i, j): (usize, usize), lx: &Lexicon, out: &mut [Candidate]) {
    let (body, tokens) = (words.body, words.tokens);
    things::by_noun_after(words, (i, j), out);
    // "so-called Personal Area Networks": a term, not an actor.
    if i > 0 && tokens[i - 1].bytes(body) == b"so-called" {
        for c in out.iter_mut() {
            c.kind = Kind::Skip;
        }
    }
    before_place(words, j, lx, out);
    written_the(words, (i, j), out);
    after_the(words, (i, j), out);
}

/// "Arroyo Grande, California": a name before ", <place>" is a place.
fn before_place(words: &Words, j: usize, lx: &Lexicon, out: &mut [Candidate]) {
    let (body, tokens) = (words.body, words.tokens);
    if tokens
        .get(j)
        .is_some_and(|n| &body[tokens[j - 1].end..n.start] == ", ")
    {
        let end = (j + lx.gazetteer.max_words).min(tokens.len());
        let in_place = gazetteer_match(words, (j, end), lx).is_some_and(|(n, key)| {
            lx.gazetteer.forms[key].1
                && !tokens[j + n - 1].possessive
                && ends_clause(&body[tokens[j + n - 1].end..])
        });
        if in_place {
            for c in out.iter_mut() {
                if c.span.end as usize == tokens[j - 1].end
                    && c.role.is_none()
                    && c.alias_keys.is_empty()
                    && matches!(c.kind, Kind::Person | Kind::MaybePerson)
                {
                    c.kind = Kind::Place;
                }
            }
        }
    }
}

/// "an e-mail to The New York Times": a capital "The" is written as part of an
/// organisation's name (an alias: the key drops it).
/// (In a Title Case line "The" is left out of the run: it is the word before.)
fn written_the(words: &Words, (i, j): (usize, usize), out: &mut [Candidate]) {
    let (body, tokens) = (words.body, words.tokens);
    let the = if j - i >= 2 && tokens[i].bytes(body) == b"The" {
        Some(i)
    } else {
        i.checked_sub(1)
            .filter(|&p| tokens[p].bytes(body) == b"The" && adjacent(body, &tokens[p], &tokens[i]))
    };
    if let Some(t) = the {
        for c in out.iter_mut() {
            if c.kind == Kind::Org && c.span.start as usize == tokens[t + 1].start {
                c.span.start = tokens[t].start as u32;
            }
        }
    }
}

/// "the Premiership", "the United board", "the Rajya Sabha": after "the", a name is a
/// team, a league, a company, not a person, unless a title says so ("the Reverend Jesse
/// Jackson") or it starts with a first name ("the Michael Jackson trial"). "The Atlantic
/// reported": a run opening with "The" is after "the" too.
fn after_the(words: &Words, (i, j): (usize, usize), out: &mut [Candidate]) {
    let (body, tokens) = (words.body, words.tokens);
    let after_the = (i > 0
        && adjacent(body, &tokens[i - 1], &tokens[i])
        && tokens[i - 1].bytes(body) == b"the")
        || (j - i >= 2 && tokens[i].bytes(body) == b"The");
    if !after_the {
        return;
    }
    let head = if tokens[i].bytes(body) == b"The" && j - i >= 2 {
        i + 1
    } else {
        i
    };
    let first_name = words.is(head, class::FIRST_NAME | class::NAME_LIKE_COMMON);
    for c in out.iter_mut() {
        let first = c.span.start as usize == tokens[head].start;
        let person_like = c.cued && first_name;
        if first && !person_like && matches!(c.kind, Kind::Person | Kind::MaybePerson) {
            c.kind = Kind::Org;
        }
    }
}

/// Whether the text after a place's name ends its clause: punctuation, the paragraph's end,
/// or a preposition of time or place ("Arroyo Grande, California on June 23"; not "Ross
/// Walker, UK economist").
fn ends_clause(rest: &str) -> bool {
    let word = rest
        .strip_prefix(' ')
        .map(|r| r.split([' ', ',']).next().unwrap_or(""));
    rest.is_empty()
        || rest.starts_with([',', '.', ';', ')', '\n'])
        || word.is_some_and(|w| matches!(w, "on" | "in" | "at" | "where"))
}
