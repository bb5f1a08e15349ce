//! Which of two clauses reports a content: a cue closing its sentence after the content
//! ("…, the Gazette reported.") takes over from an earlier cue whose content runs on
//! through it.

use super::{crosses, pronoun, written};
use crate::extract::clauses::{Clause, SourceAt};
use crate::extract::{LocalQuote, LocalSpeaker};
use crate::model::Span;

/// Whether the listed quote `q` gives way to clause `c`'s content `span`.
///
/// "In Denver, organizers added 60 guards …, the Gazette reported": a cue after its
/// content reports that clause, an earlier cue's content running on through it
/// ("60 guards …, the Gazette reported") with it; the later cue's clause is the one.
/// So it is for the same content read by a cue with no source ("Her bid appears to
/// be stalling, said Lee": "appears to" raises the subject and names nobody).
pub(super) fn gives_way(
    body: &str,
    clauses: &[Clause],
    c: &Clause,
    span: Span,
    q: &LocalQuote,
) -> bool {
    let crossed = crosses(q.span, span) && q.span.contains(c.cue);
    let sourceless = q.span == span && q.speaker == LocalSpeaker::None;
    (crossed || sourceless)
        && q.cue.is_some_and(|k| span.contains(k))
        && ends_sentence_after(body, c, span)
        && clauses.iter().filter(|o| span.contains(o.cue)).count() == 1
}

/// Whether `c` closes its sentence after its content `span`: ", SOURCE cue." or ", cue
/// SOURCE." — a comma, a source that reads as a noun phrase and a lower-case cue, then
/// the stop or a comma ("…, the Gazette reported."; not "…, a point Lee acknowledged to
/// the board.", "…, a bigger fall than expected.", "…, cited as his best role.").
fn ends_sentence_after(body: &str, c: &Clause, content: Span) -> bool {
    let (from, to) = (
        c.cue.start.min(c.source.start) as usize,
        c.cue.end.max(c.source.end) as usize,
    );
    content.end as usize <= from
        && body.as_bytes()[c.cue.start as usize].is_ascii_lowercase()
        && body
            .get(content.end as usize..from)
            .is_some_and(|gap| gap.trim() == "," && gap.ends_with(char::is_whitespace))
        && body
            .get(to..)
            .is_some_and(|rest| closes(c, rest.trim_start()))
        && body
            .get(c.source.start as usize..c.source.end as usize)
            .is_some_and(|source| {
                let words: Vec<&str> = source.split_whitespace().collect();
                let open = |w: &&str| !written::opens_no_phrase(w);
                let close =
                    |w: &&str| !written::opens_no_phrase(w) && !w.eq_ignore_ascii_case("than");
                // "…, she said.": a subject pronoun alone is a source too.
                let pronoun = |w: &str| {
                    pronoun::CLAUSE_SUBJECTS
                        .iter()
                        .any(|p| w.eq_ignore_ascii_case(p))
                };
                matches!(words[..], [w] if pronoun(w))
                    || (words.first().is_some_and(open)
                        && words.last().is_some_and(close)
                        && written::noun_phrase(&words, 16).is_some())
            })
}

/// Whether the words after a closing clause's source and cue (`rest`, trimmed) end it: a
/// stop or a comma, or a relative clause describing a source after its cue, which the
/// clause reader runs to the sentence's end ("…, said a county official who was briefed
/// on the talks.").
fn closes(c: &Clause, rest: &str) -> bool {
    rest.starts_with(['.', '!', ','])
        || (c.source_at == SourceAt::After && rest.starts_with("who "))
}

#[cfg(test)]
mod tests {
    use super::super::tests::indirect_quotes;

    #[test]
    fn a_closing_cue_with_a_relative_after_its_source_reports_the_clause_before() {
        let q = indirect_quotes(
            "Mayor Lee warned the harbour chief during their last meeting not to move the \
             ferry pier, said a county official who was briefed on the meeting.",
        );
        assert_eq!(
            q,
            vec![(
                "Mayor Lee warned the harbour chief during their last meeting not to move the \
                 ferry pier"
                    .to_string(),
                "a county official".to_string()
            )]
        );
    }
}
