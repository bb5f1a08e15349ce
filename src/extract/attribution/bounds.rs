//! Where a sentence or clause starts, read back from a byte: the stretch a pronoun's
//! antecedent, a subject or a report is looked for in. A stop after a title or initials
//! ("Sen.", "U.N.") ends no sentence here.

use crate::extract::span;

/// Where the sentence holding byte `at` starts, for reading what a pronoun reports: after a
/// stop (and any closing quote) and a space, where the word before the stop is no title or
/// initial ("Sen.", "D.C.").
pub(super) fn clause_start(body: &str, at: usize) -> usize {
    start_after_stop(body, at, true, |before, stop, quoted| {
        quoted || stop != b'.' || {
            let word = before.rsplit([' ', '\n']).next().unwrap_or("");
            !(word.len() <= 3 && word.starts_with(char::is_uppercase) || word.contains('.'))
        }
    })
}

/// Where the sentence holding byte `at` starts, as [`sentence_start`] but not after a stop
/// that ends a title or initials ("Sen. Ann Lee", "former U.N. secretary general"): the
/// sentence whose subject a pronoun continues with.
pub(super) fn sentence_past_titles(body: &str, at: usize) -> usize {
    let mut at = at;
    loop {
        let from = sentence_start(body, at);
        let stop = from.saturating_sub(2);
        let word = span::upto(body, stop)
            .rsplit([' ', '\n'])
            .next()
            .unwrap_or("");
        let title = from >= 2
            && body.as_bytes()[from - 1] == b' '
            && body.as_bytes()[stop] == b'.'
            && ends_at_title_stop(word);
        if !title {
            return from;
        }
        at = stop;
    }
}

/// Where the sentence holding byte `at` starts: after the last stop followed by a space, or
/// a line break, before it.
pub(super) fn sentence_start(body: &str, at: usize) -> usize {
    sentence_start_where(body, at, |_| true)
}

/// [`sentence_start`], where a stop ends a sentence only when `ends` holds of the text
/// before it (a title's or an initial's stop, "Mr.", "J.", may not).
pub(super) fn sentence_start_where(body: &str, at: usize, ends: impl Fn(&str) -> bool) -> usize {
    start_after_stop(body, at, false, |before, _, _| ends(before))
}

/// The one backward walk of [`clause_start`] and [`sentence_start_where`]: where the
/// stretch holding byte `at` starts — after the last line break before it, or after the
/// last stop (`.`, `!`, `?`), closing quotes when `quotes` lets them follow it, and a
/// space, for which `ends(text before the stop, the stop, whether quotes follow it)` holds.
fn start_after_stop(
    body: &str,
    at: usize,
    quotes: bool,
    ends: impl Fn(&str, u8, bool) -> bool,
) -> usize {
    let head = span::upto(body, at);
    for (i, &b) in head.as_bytes().iter().enumerate().rev() {
        match b {
            b'\n' => return i + 1,
            b'.' | b'!' | b'?' => {
                let rest = &head[i + 1..];
                let after = if quotes {
                    rest.trim_start_matches(['"', '”', '’', '\''])
                } else {
                    rest
                };
                if after.starts_with(' ') && ends(&head[..i], b, after.len() < rest.len()) {
                    return head.len() - after.len() + 1;
                }
            }
            _ => {}
        }
    }
    0
}

/// Whether `word`, before a stop, is a title or initials ("Sen", "U.N", "Mr"), whose stop
/// ends no sentence or clause.
pub(super) fn ends_at_title_stop(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && (word.len() <= 3 || word.contains('.'))
}
