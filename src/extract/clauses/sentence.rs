//! Where a sentence ends between two tokens: the one splitter clauses and quotes share.

use crate::extract::tokens::Token;

/// Months as news abbreviates them before a day: "Sept. 11".
const MONTHS: &[&str] = &[
    "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
];

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

/// Whether a sentence may end before `next` (a token of its paragraph's scan, not the
/// first): only when the tokenizer passed a stop (`.!?:;`) in the gap before it, marking
/// `next` as a sentence's start. [`ends_sentence`] needs one of `.!?` in the gap, so a
/// token without the mark is passed over without the gap being read.
#[inline(always)]
pub(in crate::extract) fn may_end_before(next: &Token) -> bool {
    next.sentence_start
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
    if lower_next {
        return false;
    }
    if !g.starts_with('.') {
        return true;
    }
    // "then-Sen. Obama", "ex-Gov. Ortiz": a title after a hyphen is one too.
    let word = after_hyphen(prev.text(body));
    let abbreviation = matches!(
        word,
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
            | "Pres"
            | "Sens"
            | "Reps"
    ) || (prev.end - prev.start == 1 && prev.is_capitalised(body))
        // "Sept. 11", "Jan. 6": a month before its day.
        || (body.as_bytes().get(next.start).is_some_and(u8::is_ascii_digit)
            && MONTHS.contains(&word));
    !abbreviation
}

/// The part of `word` after its last hyphen, where that part may be an abbreviation
/// (at most 4 bytes, as every abbreviation and month above): only the last 5 bytes are
/// searched. A longer part, or the whole word where none is found there, is at least 5
/// bytes and so no abbreviation either way.
#[inline]
fn after_hyphen(word: &str) -> &str {
    let from = word.len().saturating_sub(5);
    match word.as_bytes()[from..].iter().rposition(|&b| b == b'-') {
        Some(i) => &word[from + i + 1..],
        None => word,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Searching the last 5 bytes for a hyphen tells an abbreviation as searching the
        /// whole word did.
        #[test]
        fn after_hyphen_agrees_with_the_whole_word_search(word in "[A-Za-z.é-]{0,12}") {
            let whole = match word.bytes().rposition(|b| b == b'-') {
                Some(i) => &word[i + 1..],
                None => word.as_str(),
            };
            let short = after_hyphen(&word);
            if whole.len() <= 4 || short.len() <= 4 {
                proptest::prop_assert_eq!(short, whole);
            }
        }
    }
    use crate::extract::tokens::tokenize_pooled;

    /// Whether a sentence ends between the two tokens on either side of `at` in `body`.
    fn ends_at(body: &str, at: &str) -> bool {
        let toks = tokenize_pooled(body, 0, body.len());
        let i = body.find(at).expect("marker") + at.len();
        let n = toks
            .iter()
            .position(|t| t.start >= i)
            .expect("a next token");
        let g = &body[toks[n - 1].end..toks[n].start];
        ends_sentence(body, &toks[n - 1], g, &toks[n])
    }

    proptest::proptest! {
        /// `may_end_before` is the fast path of the sentence scans: no sentence may end
        /// before a token the tokenizer did not mark.
        #[test]
        fn a_sentence_ends_only_before_a_marked_token(
            body in "([A-Za-z0-9 ,'’&()\\[\\]-]|[.!?:;]|[éÉ“”\"—\u{a0}]|U\\.S\\.|Mr\\.|Sept\\.|’s| [A-Z]\\.){0,60}"
        ) {
            let toks = tokenize_pooled(&body, 0, body.len());
            for i in 1..toks.len() {
                let g = &body[toks[i - 1].end..toks[i].start];
                if ends_sentence(&body, &toks[i - 1], g, &toks[i]) {
                    proptest::prop_assert!(may_end_before(&toks[i]), "{:?} at {}", body, i);
                }
                // Any stop of `ends_sentence` in the gap marks the token after it.
                if g.contains(['.', '!', '?']) {
                    proptest::prop_assert!(toks[i].sentence_start, "{:?} at {}", body, i);
                }
            }
        }
    }

    #[test]
    fn a_month_before_its_day_and_a_hyphenated_title_end_no_sentence() {
        assert!(!ends_at(
            "The pier closed after the Sept. 12 storm.",
            "Sept"
        ));
        assert!(!ends_at("She met then-Sen. Dana Reyes on the pier.", "Sen"));
        assert!(!ends_at(
            "He praised Pres. Ortiz for the new ferry.",
            "Pres"
        ));
        // A month before a word, and a plain stop, still end one.
        assert!(ends_at("The pier closed in Sept. The ferry runs.", "Sept"));
        assert!(ends_at(
            "The pier closed on Monday. The ferry runs.",
            "Monday"
        ));
    }
}
