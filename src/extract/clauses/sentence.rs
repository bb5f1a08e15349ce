//! Where a sentence ends between two tokens: the one splitter clauses and quotes share.

use crate::extract::tokens::Token;

/// Whether the gap `g` between tokens `prev` and `next` ends a sentence: it holds a stop,
/// and the stop ends no abbreviation ("McConnell, R-Ky., said" before a lower-case word;
/// "Rep. Stephen Lynch", "Leonard E. Burman": a title or an initial before a name) and
/// closes no bracket ("Rep. John Mica (R-Fla.) said").
#[inline]
pub(in crate::extract) fn ends_sentence(body: &str, prev: &Token, g: &str, next: &Token) -> bool {
    // Most gaps between words are one space or one comma: no stop, decided here.
    if g.len() == 1 && !matches!(g.as_bytes()[0], b'.' | b'!' | b'?') {
        return false;
    }
    stop_ends_sentence(body, prev, g, next)
}

/// [`ends_sentence`] for a gap of any length.
fn stop_ends_sentence(body: &str, prev: &Token, g: &str, next: &Token) -> bool {
    let Some(at) = g.bytes().position(|b| matches!(b, b'.' | b'!' | b'?')) else {
        return false;
    };
    // "98.33", "U.S.": a stop with no space or quotation mark after it is inside a word.
    if !g
        .bytes()
        .any(|b| b.is_ascii_whitespace() || !b.is_ascii() || b == b'"')
    {
        return false;
    }
    if g[at + 1..]
        .trim_start_matches(['.', '!', '?'])
        .starts_with([')', ']'])
    {
        return false;
    }
    let lower_next = body[next.start..]
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    let abbreviation = g.starts_with('.')
        && (matches!(
            prev.text(body),
            "Mr" | "Mrs"
                | "Ms"
                | "Dr"
                | "Rep"
                | "Sen"
                | "Del"
                | "Gov"
                | "Gen"
                | "Lt"
                | "Col"
                | "Sgt"
                | "Prof"
                | "Rev"
                | "St"
                | "Capt"
                | "Cmdr"
                | "Adm"
                | "Maj"
        ) || (prev.end - prev.start == 1 && prev.is_capitalised(body)));
    !lower_next && !abbreviation
}
