//! The person a subject names: the last person named outside a relative clause, or the
//! first in an apposition; an office closing the subject after them; and whether a
//! description written before the name is the subject instead.

use super::super::referent::{closing_office, names_a_noun};
use super::{
    in_opening_phrase, in_parentheses, in_relative_clause, one_described, past_of_place,
    possessed_description, Subject,
};
use crate::extract::actors::Mention;
use crate::extract::memo::FirstN;
use crate::extract::span;
use crate::extract::LocalSpeaker;
use crate::model::ActorType;

impl<'s> Subject<'s> {
    /// The person named as the subject among `mentions` (the subject's `text`): the first
    /// for a speaker after the verb, else one set off before an apposition, else the last;
    /// not one whose possessed description follows.
    pub(super) fn person(&self, mentions: &'s [Mention], text: &str) -> Option<&'s Mention> {
        let Subject {
            body,
            actors,
            start,
            end,
            first_person,
            words,
            ..
        } = *self;
        // The subject is the last person named outside a relative clause ("X, who met Y, said")
        // and not as a possessor ("Johnson's comments came after Parker said").
        let is_person = |m: &Mention| {
            !m.in_quote
                && actors.kind(m.entity) == ActorType::Person
                && m.span.end as usize <= end
                && {
                    let after = span::from(body, m.span.end as usize);
                    !(after.starts_with("’s") || after.starts_with("'s"))
                }
                && !names_a_noun(body, m.span.end as usize, end)
                && !in_relative_clause(text, m.span.start as usize - start)
                && !in_parentheses(text, m.span.start as usize - start)
        };
        // Read from both ends (the first for an apposition, else the last): each judged once.
        let judged: FirstN<bool, 8> = FirstN::new();
        let mut people = mentions
            .iter()
            .enumerate()
            .filter(|&(i, m)| judged.get_or(i, || is_person(m)))
            .map(|(_, m)| m);
        // "Otis Ferry, a former Eton pupil and leader of the Hunt, said": a subject set off by
        // a comma before its apposition is the subject, not a name inside the apposition.
        // "Ann Lee, a Reyes supporter, drew boos, saying": so is one whose apposition the
        // source words end with, the comma after it left out.
        // "Of Reyes, Ann Lee, who …, said": a name in an opening phrase is not the subject.
        let appositive_subject = || {
            let mut named = people.clone();
            let mut first = named.next()?;
            if in_opening_phrase(
                text,
                first.span.start as usize - start,
                first.span.end as usize - start,
            ) {
                first = named.next()?;
            }
            let after = past_of_place(span::slice(body, first.span.end as usize, end).trim_end());
            let closed = after.ends_with(',') || span::from(body, end).starts_with(',');
            (after.starts_with(',') && closed && after.len() > 1
                || super::super::subject_span::set_off_apposition(after))
            .then_some(first)
        };
        if first_person {
            people.next()
        } else {
            appositive_subject().or_else(|| people.next_back())
        }
        .filter(|m| !possessed_description(body, words, m.span.end as usize))
    }

    /// "As for whether Jones still trusts Smith, the Ohio senator said": a definite
    /// description of one person by office, set off by a comma right before the verb, is
    /// the subject, not the person `m` named before it.
    pub(super) fn office_after(&self, m: &Mention) -> Option<LocalSpeaker> {
        let Subject {
            body,
            actors,
            end,
            words,
            first,
            ..
        } = *self;
        if let Some((a, b)) = closing_office(body, &words[first..], end) {
            if a >= m.span.end as usize {
                let d = span::slice(body, a, b);
                let held = one_described(actors, d, a);
                return Some(held.map_or_else(
                    || LocalSpeaker::Unnamed(d.to_string()),
                    LocalSpeaker::Entity,
                ));
            }
        }
        None
    }

    /// The person `m` named and the description `d` both read in the subject (`text`): the
    /// description when it comes first, unless it is a role written before the name or the
    /// name is set off by commas right before the verb.
    pub(super) fn person_or_description(
        &self,
        m: &Mention,
        d: String,
        text: &str,
    ) -> Option<LocalSpeaker> {
        let Subject {
            body, start, end, ..
        } = *self;
        // "One U.S. official speaking to … Johnson": the description came first.
        let d_at = memchr::memmem::find(text.as_bytes(), d.as_bytes());
        let d_start = d_at.map_or(usize::MAX, |i| start + i);
        // "Former Tory leader Iain Duncan Smith", "Police Commissioner Dermot Shea": a
        // role written before the name (nothing between but an office's capitalised
        // words).
        let gap = d_at
            .and_then(|i| body.get(start + i + d.len()..m.span.start as usize))
            .unwrap_or("x");
        let is_role = gap
            .split([' ', ',', '(', ')'])
            .all(|w| w.chars().next().is_none_or(char::is_uppercase));
        // "The general secretary of the union (…), Mick Cash, said": a name set off by
        // commas right before the verb is the subject.
        let appositive = span::upto(body, m.span.start as usize)
            .trim_end()
            .ends_with(',')
            && matches!(span::slice(body, m.span.end as usize, end).trim(), "" | ",");
        if d_start < m.span.start as usize && !is_role && !appositive {
            Some(LocalSpeaker::Unnamed(d))
        } else {
            Some(LocalSpeaker::Entity(m.entity))
        }
    }
}
