//! A window's tokens copied from its paragraph's, where the tokenizer would make the same
//! ones: attribution reads many short stretches (a clause's subject, the words before a
//! quote) of paragraphs that actor finding has already tokenized.

use super::{pooled_vector, tokenize_pooled, Token, Tokens};

/// The tokens of `body[start..end]`, exactly as [`tokenize_pooled`] makes them, given the
/// tokens `para` of the paragraph `body[span.0..span.1]` that the window lies in. They are
/// copied when the window's edges leave every word the paragraph's scan read whole: no
/// word cut at either edge, and no possessive `’s` (read with its word, then cut off) left
/// outside the window. Otherwise, or outside the paragraph, the window is tokenized.
pub fn window_pooled(
    body: &str,
    para: &[Token],
    span: (usize, usize),
    start: usize,
    end: usize,
) -> Tokens {
    let (start, end) = crate::extract::span::clamp(body, start, end);
    match copied_range(body, para, span, start, end) {
        Some((a, b)) => {
            let mut tokens = pooled_vector();
            tokens.extend_from_slice(&para[a..b]);
            // A window's scan starts a sentence at its first word.
            if let Some(first) = tokens.first_mut() {
                first.sentence_start = true;
            }
            Tokens(tokens)
        }
        None => tokenize_pooled(body, start, end),
    }
}

/// The tokens of `body[start..end]` as they stand in the paragraph's, where
/// [`window_pooled`] would copy them (else `None`): the same tokens but for the first's
/// `sentence_start`, which a window's own scan sets. A reader of a window in place takes
/// its first word for a sentence's start whatever its flag says.
pub fn window_in_place<'p>(
    body: &str,
    para: &'p [Token],
    span: (usize, usize),
    start: usize,
    end: usize,
) -> Option<&'p [Token]> {
    let (start, end) = crate::extract::span::clamp(body, start, end);
    copied_range(body, para, span, start, end).map(|(a, b)| &para[a..b])
}

/// The range of `para` that is the window `start..end` (char boundaries, `start <= end`)
/// when the tokenizer's scan of the window reads the same words as the paragraph's did.
fn copied_range(
    body: &str,
    para: &[Token],
    (ps, pe): (usize, usize),
    start: usize,
    end: usize,
) -> Option<(usize, usize)> {
    if start < ps || end > pe {
        return None;
    }
    let a = para.partition_point(|t| t.end <= start);
    // A word that starts before the window and ends in it: cut by the window.
    if para.get(a).is_some_and(|t| t.start < start) {
        return None;
    }
    // The word before the window was scanned up to its cut-off possessive: the window must
    // not start inside that `’s` (the scan would read its `s` as a word).
    if let Some(prev) = a.checked_sub(1).map(|i| &para[i]) {
        if start < scanned_end(body, prev) {
            return None;
        }
    }
    // Windows are a few words: their end is found by a scan, not a second search.
    let mut b = a;
    while para.get(b).is_some_and(|t| t.start < end) {
        b += 1;
    }
    if let Some(last) = b.checked_sub(1).filter(|&i| i >= a).map(|i| &para[i]) {
        // Cut by the window's end, or its possessive left outside: the window's scan would
        // end the word elsewhere or not mark it possessive.
        if last.end > end || end < scanned_end(body, last) {
            return None;
        }
    }
    Some((a, b))
}

/// Where the tokenizer's scan of `t` ended: after its possessive `’s` / `'s`, which the
/// token leaves out, else at its end.
fn scanned_end(body: &str, t: &Token) -> usize {
    if !t.possessive {
        return t.end;
    }
    match body.as_bytes().get(t.end) {
        Some(b'\'') => t.end + "'s".len(),
        _ => t.end + "’s".len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::tokens::tokenize;
    use proptest::prelude::*;

    /// Every window of every paragraph of `body` (paragraphs split at line ends), copied or
    /// tokenized, against the tokenizer's tokens of the window.
    fn every_window_agrees(body: &str) -> usize {
        let mut copied = 0;
        let mut ps = 0;
        for line in body.split_inclusive('\n') {
            let pe = ps + line.trim_end_matches('\n').len();
            let para = tokenize(body, ps, pe);
            for s in ps..=pe {
                for e in s..=pe {
                    let (cs, ce) = crate::extract::span::clamp(body, s, e);
                    let want = tokenize(body, cs, ce);
                    let got = window_pooled(body, &para, (ps, pe), s, e);
                    assert_eq!(&*got, &want[..], "{:?} in {body:?}", &body[cs..ce]);
                    // In place: the same tokens, the first read as a sentence's start.
                    if let Some(w) = window_in_place(body, &para, (ps, pe), s, e) {
                        let mut w = w.to_vec();
                        if let Some(first) = w.first_mut() {
                            first.sentence_start = true;
                        }
                        assert_eq!(w, want, "{:?} in place in {body:?}", &body[cs..ce]);
                    }
                    copied += usize::from(copied_range(body, &para, (ps, pe), cs, ce).is_some());
                }
            }
            ps += line.len();
        }
        copied
    }

    #[test]
    fn a_window_has_the_tokens_its_own_scan_gives() {
        for body in [
            "Mr. Smith's aide said: “We won’t.” The U.S. team's coach, O’Brien’s friend,",
            "al-Assad & Co. met J. R. R. Tolkien’s heirs — at St. Paul's.\nNew line? Yes!",
            "Britain’s PM, Erdoğan's ally; ÉTAT-major’s Σίσυφος 2,000 U.S.-based MI5.",
            "it's 's ’s x's. A.B.C. Dr a.b. end.",
        ] {
            let copied = every_window_agrees(body);
            // Most windows are copied: the check would pass if none were.
            assert!(copied > 100, "{copied} windows copied of {body:?}");
        }
    }

    proptest! {
        #[test]
        fn any_window_of_any_text_agrees(
            text in "([A-Za-z0-9 .,:;!?'’&-]|[éÉßΣ“”—\u{a0}\n]|U\\.S\\.|Co\\.|’s|'s){0,24}"
        ) {
            every_window_agrees(&text);
        }
    }
}
