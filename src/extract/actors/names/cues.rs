//! Cues around a name: a speech verb that marks someone acting, and the role written
//! before or after the name ("Tory politician Tom Tugendhat", "Mick Mulvaney, White House
//! chief of staff,").

use super::{adjacent, lower, Lexicon, SUBJECT_WORDS};
use crate::extract::tokens::Token;

/// A speech verb or subject-like word right after the name, or `said` right before it.
pub(super) fn speech_cue(body: &str, tokens: &[Token], i: usize, j: usize, lx: &Lexicon) -> bool {
    let after = tokens.get(j).is_some_and(|t| {
        let w = lower(body, t);
        adjacent(body, &tokens[j - 1], t)
            && (lx.speech.contains(&w) || SUBJECT_WORDS.contains(&&*w))
    });
    let before = i > 0 && {
        let w = lower(body, &tokens[i - 1]);
        lx.speech.contains(&w) && adjacent(body, &tokens[i - 1], &tokens[i])
    };
    after || before
}

/// "Tory politician Tom Tugendhat", "White House chief of staff Mick Mulvaney".
pub(super) fn role_before(body: &str, tokens: &[Token], k: usize, lx: &Lexicon) -> Option<String> {
    // Also an appositive: "The transport minister, Jane Holloway,", "head of MI5, Andrew Parker".
    let apposed = k > 0 && &body[tokens[k - 1].end..tokens[k].start] == ", ";
    if k == 0 || !(adjacent(body, &tokens[k - 1], &tokens[k]) || apposed) {
        return None;
    }
    if !lx.role_nouns.contains(&lower(body, &tokens[k - 1])) {
        return None;
    }
    let mut s = k - 1;
    while s > 0 && k - s < 6 && adjacent(body, &tokens[s - 1], &tokens[s]) {
        let w = lower(body, &tokens[s - 1]);
        let fits = tokens[s - 1].is_capitalised(body) && !tokens[s - 1].sentence_start
            || lx.role_nouns.contains(&w)
            || matches!(&*w, "of" | "for" | "former" | "deputy" | "senior");
        if !fits {
            break;
        }
        s -= 1;
    }
    // Lower-case modifiers right after a determiner: "the transport minister".
    for extra in 1..=2 {
        let det = s.checked_sub(extra + 1).map(|d| lower(body, &tokens[d]));
        if det.is_some_and(|d| matches!(&*d, "the" | "a" | "an" | "its" | "their" | "his" | "her"))
            && (s - extra..s).all(|i| {
                !tokens[i].is_capitalised(body) && adjacent(body, &tokens[i], &tokens[i + 1])
            })
            && adjacent(body, &tokens[s - extra - 1], &tokens[s - extra])
        {
            s -= extra;
            break;
        }
    }
    Some(body[tokens[s].start..tokens[k - 1].end].to_string())
}

/// "Mick Mulvaney, White House chief of staff, said".
pub(super) fn role_after(body: &str, tokens: &[Token], j: usize, lx: &Lexicon) -> Option<String> {
    let first = tokens.get(j)?;
    if &body[tokens[j - 1].end..first.start] != ", " {
        return None;
    }
    let mut e = j;
    while e + 1 < tokens.len() && e - j < 6 && adjacent(body, &tokens[e], &tokens[e + 1]) {
        e += 1;
    }
    let last = lower(body, &tokens[e]);
    let closes = body[tokens[e].end..].starts_with([',', '.']);
    (lx.role_nouns.contains(&last) && closes && !lx.speech.contains(&lower(body, first)))
        .then(|| body[first.start..tokens[e].end].to_string())
}
