//! Whether the words after a quote name its speaker the inverted way (`,” said Ms Ortiz`)
//! or go on with the sentence's own subject (`,” comparing him to Mr Hale`).

use super::bounds::sentence_start;
use super::subject::{resolve_after_verb, Scope};
use crate::extract::clauses::Clause;
use crate::extract::span;
use crate::extract::tokens::{comma_before, Token};
use crate::extract::LocalSpeaker;
use crate::model::Span;

/// A participle after a quote (`she praised the plan as “bold,” comparing it to the last
/// one`) hangs on the sentence's subject: the words after it are its object, never the
/// speaker.
pub(super) fn participle(body: &str, cue: Span) -> bool {
    let verb = span::slice(body, cue.start as usize, cue.end as usize);
    !verb.contains(' ') && verb.len() > 4 && verb.ends_with("ing")
}

/// The speaker of a clause whose participle cue follows its content: the first person
/// named in the sentence before the content, if any.
pub(super) fn sentence_subject(body: &str, actors: &Scope, c: &Clause) -> Option<LocalSpeaker> {
    let end = c.content.start as usize;
    let start = sentence_start(body, end);
    resolve_after_verb(body, actors, (start, end), end)
}

/// `“…,” Dana Reyes, the director of the centre and who also appears in the film, told the
/// paper.`: a name, a comma and an apposition too long for the usual look-ahead, then the
/// verb after a comma. The index of that verb.
pub(super) fn after_apposition(
    body: &str,
    words: &[Token],
    speech: impl Fn(usize) -> bool,
) -> Option<usize> {
    let comma_at = |i: usize| comma_before(body, words, i);
    let comma = (1..words.len().min(5)).find(|&i| comma_at(i))?;
    if !words[0].is_capitalised(body) || (0..comma).any(&speech) {
        return None;
    }
    (16..words.len().min(36))
        .find(|&i| speech(i))
        .filter(|&i| comma_at(i))
}
