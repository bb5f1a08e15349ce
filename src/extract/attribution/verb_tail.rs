//! A description that ran on into its verb group ("a harbour pilot has", "The ferry board
//! has in the past", "many do not have"): the words before the auxiliary are the source.
//! Not past a relative word, whose verb is the relative clause's ("those who have studied
//! it").

use crate::extract::span;
use crate::extract::{LocalQuote, LocalSpeaker};

/// The auxiliary that ends a subject.
const HAVE: &[&str] = &["has", "have", "had"];

/// Words of the verb group before the auxiliary: "do not have", "has also", "still have".
const BEFORE_HAVE: &[&str] = &["do", "does", "did", "not", "never", "also", "still"];

/// Words that open a relative clause inside a description.
const RELATIVE: &[&str] = &["who", "whom", "whose", "which", "that"];

/// Cuts each quote's description at the verb group it ran on into.
pub(super) fn cut(quotes: &mut [LocalQuote]) {
    for q in quotes {
        if let LocalSpeaker::Unnamed(d) = &mut q.speaker {
            if let Some(n) = subject_end(d) {
                d.truncate(n);
            }
        }
    }
}

/// Where the subject of `d` ends when an auxiliary "has"/"have"/"had" (after one word or
/// more, with the verb group's words before it) follows it: the byte length kept.
fn subject_end(d: &str) -> Option<usize> {
    // Most descriptions hold no "has"/"have"/"had" after a space: a look at the two bytes
    // after each space turns them away.
    let b = d.as_bytes();
    if !memchr::memchr_iter(b' ', b).any(|i| b[i + 1..].starts_with(b"ha")) {
        return None;
    }
    let mut run: Option<usize> = None;
    for (i, w) in d.split_whitespace().enumerate() {
        let at = span::offset_in(d, w);
        if RELATIVE.iter().any(|r| w.eq_ignore_ascii_case(r)) {
            return None;
        }
        if i > 0 && HAVE.contains(&w) {
            let kept = d[..run.unwrap_or(at)].trim_end().trim_end_matches(',');
            return (!kept.is_empty()).then_some(kept.len());
        }
        run = (i > 0 && BEFORE_HAVE.contains(&w)).then(|| run.unwrap_or(at));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::subject_end;

    #[test]
    fn a_description_ends_before_its_auxiliary() {
        fn cut(d: &str) -> Option<&str> {
            subject_end(d).map(|n| &d[..n])
        }
        assert_eq!(cut("a harbour pilot has"), Some("a harbour pilot"));
        assert_eq!(
            cut("The ferry board has in the past"),
            Some("The ferry board")
        );
        assert_eq!(cut("many do not have adaptors"), Some("many"));
        assert_eq!(cut("those who have studied it"), None);
        assert_eq!(cut("the harbour pilots"), None);
    }

    #[test]
    fn a_speaker_is_never_its_verb() {
        let q = super::super::tests::attributed(
            "Ferry row\n\nThe new ferry timetable is 'unworkable', a harbour pilot has said.\n",
        );
        assert!(
            q.iter()
                .any(|(t, s, _)| t == "unworkable" && s.as_deref() == Some("a harbour pilot")),
            "{q:?}"
        );
    }
}
