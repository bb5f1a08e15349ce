//! Cues around a name: a speech verb that marks someone acting, and the role written
//! before or after the name ("Tory politician Tom Tugendhat", "Mick Mulvaney, White House
//! chief of staff,").

use super::adjacent;
use super::words::{class, Words};

/// A speech verb or subject-like word right after the name (`tokens[i..j]`), or `said`
/// right before it.
pub(super) fn speech_cue(words: &Words, i: usize, j: usize) -> bool {
    let (body, tokens) = (words.body, words.tokens);
    let after = tokens.get(j).is_some_and(|t| {
        adjacent(body, &tokens[j - 1], t) && words.is(j, class::SPEECH | class::SUBJECT)
    });
    let before =
        i > 0 && words.is(i - 1, class::SPEECH) && adjacent(body, &tokens[i - 1], &tokens[i]);
    after || before
}

/// "Tory politician Tom Tugendhat", "White House chief of staff Mick Mulvaney".
pub(super) fn role_before(words: &Words, k: usize) -> Option<String> {
    let (body, tokens) = (words.body, words.tokens);
    // Also an appositive: "The transport minister, Jane Holloway,", "head of MI5, Andrew Parker".
    let apposed = k > 0 && &body[tokens[k - 1].end..tokens[k].start] == ", ";
    if k == 0 || !(adjacent(body, &tokens[k - 1], &tokens[k]) || apposed) {
        return None;
    }
    if !words.is(k - 1, class::ROLE_NOUN) {
        return None;
    }
    let mut s = k - 1;
    while s > 0 && k - s < 6 && adjacent(body, &tokens[s - 1], &tokens[s]) {
        let fits = tokens[s - 1].is_capitalised(body) && !tokens[s - 1].sentence_start
            || words.is(s - 1, class::ROLE_NOUN)
            || words.is_word(s - 1, &["of", "for", "former", "deputy", "senior"]);
        if !fits {
            break;
        }
        s -= 1;
    }
    // Lower-case modifiers right after a determiner: "the transport minister".
    for extra in 1..=2 {
        let det = s.checked_sub(extra + 1).map(|d| words.lower(d));
        if det
            .as_deref()
            .is_some_and(|d| matches!(d, "the" | "a" | "an" | "its" | "their" | "his" | "her"))
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
pub(super) fn role_after(words: &Words, j: usize) -> Option<String> {
    let (body, tokens) = (words.body, words.tokens);
    let first = tokens.get(j)?;
    if &body[tokens[j - 1].end..first.start] != ", " {
        return None;
    }
    let mut e = j;
    while e + 1 < tokens.len() && e - j < 6 && adjacent(body, &tokens[e], &tokens[e + 1]) {
        e += 1;
    }
    let closes = body[tokens[e].end..].starts_with([',', '.']);
    (words.is(e, class::ROLE_NOUN) && closes && !words.is(j, class::SPEECH))
        .then(|| body[first.start..tokens[e].end].to_string())
}

/// "his wife Maureen", "her son Tom": a family noun right before a single name.
pub(super) fn kin_before(words: &Words, k: usize) -> bool {
    k > 0
        && adjacent(words.body, &words.tokens[k - 1], &words.tokens[k])
        && matches!(
            words.tokens[k - 1].text(words.body),
            "wife"
                | "husband"
                | "son"
                | "daughter"
                | "brother"
                | "sister"
                | "mother"
                | "father"
                | "widow"
                | "widower"
                | "partner"
                | "fiancee"
                | "fiancé"
                | "fiancée"
                | "grandson"
                | "granddaughter"
        )
}

/// A brand's capital inside a word: "DaimlerChrysler", "SpaceX", "PayPal"; not a
/// surname's ("McLennan", "MacFarlane", "FitzGerald", "LeBron", "DeShawn").
pub(super) fn camel_case(word: &str) -> bool {
    if !word.is_ascii() || word.contains(['-', '\'', '.']) {
        return false;
    }
    let lower_start = word.len() > 1 && word[1..].starts_with(|c: char| c.is_lowercase());
    if !lower_start {
        return false;
    }
    let surname_prefix = ["Mc", "Mac", "Fitz", "O"]
        .iter()
        .any(|p| word.starts_with(p) && word[p.len()..].starts_with(|c: char| c.is_uppercase()));
    !surname_prefix && word.bytes().skip(3).any(|b| b.is_ascii_uppercase())
}
