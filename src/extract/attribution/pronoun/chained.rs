//! "A spokesman said: “…” He said … He said …": a source that is the same pronoun as the
//! one being resolved continues whom that one meant, so the unnamed source a pronoun goes
//! on with is looked for before it.

use super::super::subject::{past_leading, Scope};
use crate::extract::span;
use crate::model::Span;

/// The last clause source before `limit` (within 600 bytes of it), or, when that source
/// is the same pronoun ("he" for a "he"), the indefinite description ("A spokesman for
/// the firm") up to three such pronoun sources before it, each within 600 bytes of the
/// next. A definite one ("The minister") is left to the rules that find whom it names.
pub(super) fn last_source_past_pronoun(
    body: &str,
    actors: &Scope,
    limit: usize,
    she: bool,
) -> Option<Span> {
    let last = actors.last_source(limit, 600)?;
    let mut source = last;
    for _ in 0..3 {
        if !same_pronoun(body, source, she) {
            break;
        }
        match actors.last_source(source.start as usize, 600) {
            Some(s) => source = s,
            None => return Some(last),
        }
    }
    Some(if indefinite(body, source) {
        source
    } else {
        last
    })
}

/// The source words without their leading words ("But he" → "he").
fn words_of(body: &str, source: Span) -> &str {
    past_leading(span::slice(body, source.start as usize, source.end as usize).trim())
}

/// Whether the source words are the pronoun alone ("He", "But he").
fn same_pronoun(body: &str, source: Span, she: bool) -> bool {
    words_of(body, source).eq_ignore_ascii_case(if she { "she" } else { "he" })
}

/// Whether the source words open with "a" or "an" ("A Labour Party spokesman").
fn indefinite(body: &str, source: Span) -> bool {
    let first = words_of(body, source).split(' ').next().unwrap_or("");
    first.eq_ignore_ascii_case("a") || first.eq_ignore_ascii_case("an")
}
