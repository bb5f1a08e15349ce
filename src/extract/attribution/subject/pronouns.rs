//! A subject that is a pronoun of the third person: whom "he" or "she" continues with, and
//! what "they" or "it" means.

use super::super::pronoun::{last_described, last_person, last_written, reported_before};
use super::{description, last_org, previous_source, Subject};
use crate::extract::LocalSpeaker;

impl Subject<'_> {
    /// "he" or "she": the person last described, else written of, else named before the
    /// pronoun (past what was reported before it).
    pub(super) fn he_or_she(&self) -> Option<LocalSpeaker> {
        let Subject {
            body,
            actors,
            words,
            first,
            head,
            pronoun_at,
            ..
        } = *self;
        let skip = reported_before(body, words[first].start);
        let she = head == "she";
        last_described(body, actors, pronoun_at, she, skip)
            .or_else(|| {
                let limit = skip.unwrap_or(pronoun_at).min(pronoun_at);
                last_written(body, actors, limit, she)
            })
            .or_else(|| last_person(body, actors, pronoun_at, she, skip).map(LocalSpeaker::Entity))
    }

    /// "they" or "it": the source of the clause before, else (for "they") a plural
    /// description before, else the last organisation named.
    pub(super) fn they_or_it(&self) -> Option<LocalSpeaker> {
        let Subject {
            body,
            actors,
            start,
            head,
            pronoun_at,
            ..
        } = *self;
        let it = head == "it";
        // A plural description ("the researchers") is whom "they" means, never "it".
        previous_source(body, actors, pronoun_at, it)
            .or_else(|| {
                (!it).then(|| {
                    description(body, actors, (start.saturating_sub(400), pronoun_at), true)
                })?
            })
            .or_else(|| last_org(actors, pronoun_at).map(LocalSpeaker::Entity))
    }
}

/// "he" or "she" run together with a verb ("she’ll", "he'd", "he’s"): the pronoun, which is
/// the subject ("She’ll be eager to prove that …" is hers); any other word as it is. Not
/// "they" (whom "they’re" means is too often read wrong) nor "I"/"we" ("I’m old enough to
/// remember Ann Lee declaring …" reads on to the name).
pub(super) fn without_verb(head: &str) -> &str {
    // Most heads hold no apostrophe: one byte scan tells so.
    let Some(at) = head.find(['\'', '’']) else {
        return head;
    };
    let (base, verb) = (&head[..at], &head[at..]);
    let verb = verb.trim_start_matches(['\'', '’']);
    let pronoun = matches!(base, "he" | "she");
    if pronoun && matches!(verb, "ll" | "d" | "ve" | "s") {
        base
    } else {
        head
    }
}
