//! "Earlier this month the firm said …", "Yesterday China said …": a word or phrase of
//! time opening the sentence before its subject, with no comma after it, is no part of
//! the source.

use crate::extract::clauses::Clause;
use crate::extract::span;
use crate::model::Span;

/// Words of time that open a sentence before its subject.
const WHEN: &[&str] = &["Earlier", "Yesterday", "Today", "Later", "Overnight"];

/// Periods after "this" or "last" ("this month", "last week").
const PERIODS: &[&str] = &[
    "week",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "weekend",
];

/// `c` with its source past a time phrase that opens it ("Earlier this week", "Last
/// month", "Yesterday"), when words stay after it.
pub(in crate::extract::attribution) fn past_time_phrase(body: &str, c: &Clause) -> Option<Clause> {
    let (start, end) = (c.source.start as usize, c.source.end as usize);
    // Cheap first: most sources open with no such capital.
    if !body
        .as_bytes()
        .get(start)
        .is_some_and(|b| matches!(b, b'E' | b'Y' | b'T' | b'L' | b'O'))
    {
        return None;
    }
    let text = span::slice(body, start, end);
    let mut words = text.split(' ');
    let first = words.next()?;
    let period = |w: Option<&str>| w.is_some_and(|w| PERIODS.contains(&w));
    let mut rest = words.clone();
    let n = if WHEN.contains(&first) {
        match rest.next() {
            Some("this" | "last") if period(rest.next()) => 3,
            _ => 1,
        }
    } else if matches!(first, "This" | "Last") && period(words.next()) {
        2
    } else {
        return None;
    };
    let skipped: usize = text.split(' ').take(n).map(|w| w.len() + 1).sum();
    let next = text.get(skipped..).unwrap_or("");
    // Words after it, the first no verb's ("Later said …" keeps its subject elsewhere).
    if next.is_empty() || next.starts_with(char::is_lowercase) && !next.starts_with("the ") {
        return None;
    }
    Some(Clause {
        source: Span::new(start + skipped, end),
        ..*c
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::attribution::tests::reported_speakers as speakers;

    #[test]
    fn a_time_phrase_opening_the_sentence_is_no_part_of_the_source() {
        for (s, d) in [
            (
                "Earlier this month the ferry company said it had lost money in May.",
                "the ferry company",
            ),
            (
                "Yesterday the harbour board said the fees would rise.",
                "the harbour board",
            ),
        ] {
            assert_eq!(speakers(s), vec![Some(d.to_string())], "{s}");
        }
    }
}
