//! A subject that names no person: a description, whom it means (the one holder of an
//! office, the organisation meant, a description repeated), or, when nothing is described,
//! a definite description of someone named before, else the organisation named.

use super::super::clause_speaker::GENERIC;
use super::super::referent::{
    continued_source, member, modifier, office_holder, organisation_meant, repeated_description,
};
use super::last_named::last_person_named;
use super::{holder_of_role, one_described, one_person_word, previous_source_person, Subject};
use crate::extract::actors::{ArticleActors, Mention};
use crate::extract::span;
use crate::extract::tokens::{comma_before, Lower, Token};
use crate::extract::LocalSpeaker;
use crate::model::ActorType;

impl Subject<'_> {
    /// The description `d`, no person named: the person or organisation it means, else the
    /// description itself.
    pub(super) fn held_description(&self, d: String) -> Option<LocalSpeaker> {
        let Subject {
            body,
            actors,
            start,
            ..
        } = *self;
        let held = one_described(actors, &d, start)
            .or_else(|| organisation_meant(body, actors, &d, start));
        if let Some(r) = repeated_description(body, actors, &d, start, held) {
            return Some(r);
        }
        Some(held.map_or(LocalSpeaker::Unnamed(d), LocalSpeaker::Entity))
    }

    /// Neither a person named nor a description among the subject's `mentions`: a "he" or
    /// "she" after a comma, a definite description of someone already named, else the
    /// organisation (or place) named.
    pub(super) fn nobody_named(&self, mentions: &[Mention]) -> Option<LocalSpeaker> {
        let Subject {
            body,
            actors,
            end,
            before,
            first_person,
            words,
            ..
        } = *self;
        if let Some(p) = self.pronoun_after_comma().filter(|_| !first_person) {
            return super::read_subject(body, actors, (p.start, p.end), before, first_person);
        }
        // "the Wisconsin Republican said": one member of a party, after "the".
        let member_of = mentions
            .last()
            .and_then(|m| member(body, actors, m, words, end));
        self.someone_described(member_of == Some(true)).or_else(|| {
            // "a New Hampshire Republican": the place only says which member.
            if member_of.is_some() {
                return None;
            }
            self.organisation_named(mentions).map(LocalSpeaker::Entity)
        })
    }

    /// "On Twitter, she responded", "Asked which county was his favourite, he demurred": a
    /// "he" or "she" after a comma is the subject, not a place or a firm named before it;
    /// not one of two subjects ("she and other Democrats").
    fn pronoun_after_comma(&self) -> Option<&Token> {
        let Subject {
            body, words, first, ..
        } = *self;
        words[first..].windows(3).find_map(|w| {
            (matches!(w[1].text(body), "he" | "she")
                && comma_before(body, w, 1)
                && !matches!(w[2].text(body), "and" | "or"))
            .then_some(&w[1])
        })
    }

    /// "the 34-year-old told reporters", "the world record holder said", "says the
    /// Waterford man": a definite description of someone already named (a town or a club
    /// in it only says which one), or of one member of a party (`definite_member`): whom
    /// it means.
    fn someone_described(&self, definite_member: bool) -> Option<LocalSpeaker> {
        let Subject {
            body,
            actors,
            first_person,
            words,
            first,
            head,
            pronoun_at,
            ..
        } = *self;
        let short = words.len() - first <= 8;
        // One person by what they are ("the 34-year-old", "the world record holder"),
        // not a group ("the judges") or a thing ("the letter").
        // Not a bare "the woman": anyone in the story, kept as written.
        let person_word = words.last().is_some_and(|w| {
            let w = Lower::new(w.text(body));
            one_person_word(&w) && !(words.len() - first == 2 && GENERIC.contains(&w.as_str()))
        });
        // The member the sentence before spoke of, else the last person named.
        // "the king", after "King Maha Vajiralongkorn": the one holder of the office.
        // An office ("the home secretary", "the mayor") is a person given it, else the
        // guess below unless the article gives that person another office: then the
        // description as written.
        let meant = || {
            let described = span::slice(body, words[first].start, words[words.len() - 1].end);
            let held = holder_of_role(actors, described)
                .or_else(|| office_holder(actors, described, pronoun_at));
            let office = words.last().map_or("", |w| w.text(body));
            if office_word(office) && !definite_member {
                let guess = held
                    .or_else(|| continued_source(actors, pronoun_at))
                    .or_else(|| last_person_named(body, actors, pronoun_at));
                return match guess {
                    Some(e) if held.is_none() && other_office(actors, e, office) => {
                        Some(LocalSpeaker::Unnamed(described.to_string()))
                    }
                    g => g.map(LocalSpeaker::Entity),
                };
            }
            held.or_else(|| continued_source(actors, pronoun_at))
                .or_else(|| {
                    definite_member
                        .then(|| previous_source_person(actors, pronoun_at))
                        .flatten()
                })
                .or_else(|| last_person_named(body, actors, pronoun_at))
                .map(LocalSpeaker::Entity)
        };
        ((head == "the" && short && person_word || definite_member) && !first_person)
            .then(meant)
            .flatten()
    }

    /// "US behemoth General Electric declared": the organisation named among `mentions`
    /// (outside quotes, no modifier), a place named with one only saying where it is
    /// from; else the first named.
    fn organisation_named(&self, mentions: &[Mention]) -> Option<u32> {
        let Subject { body, actors, .. } = *self;
        let named = || {
            mentions
                .iter()
                .filter(|m| !m.in_quote && !modifier(body, actors, m))
        };
        named()
            .find(|m| actors.kind(m.entity) != ActorType::Place)
            .or_else(|| named().next())
            .map(|m| m.entity)
    }
}

/// Offices of state, city or church held by one person at a time: "the chancellor", "the
/// home secretary", "the mayor" mean whoever the article gives the office, and never a
/// person the article gives another one.
const OFFICE_WORDS: &[&str] = &[
    "secretary",
    "president",
    "president-elect",
    "chancellor",
    "mayor",
    "minister",
    "premier",
    "governor",
    "senator",
    "ambassador",
    "commissioner",
    "bishop",
    "archbishop",
    "pope",
    "king",
    "queen",
    "emperor",
];

/// Whether `word` (any case) is an office of [`OFFICE_WORDS`].
fn office_word(word: &str) -> bool {
    OFFICE_WORDS.iter().any(|o| o.eq_ignore_ascii_case(word))
}

/// Whether a role written with person `e`'s name is an office other than `office`
/// ("Prime Minister" for "the chancellor"; "the premier" is a prime minister).
fn other_office(actors: &ArticleActors, e: u32, office: &str) -> bool {
    let same = |w: &str| {
        w.eq_ignore_ascii_case(office)
            || (office.eq_ignore_ascii_case("premier") && w.eq_ignore_ascii_case("minister"))
    };
    actors.entities[e as usize].roles.iter().any(|r| {
        r.split_whitespace()
            .last()
            .is_some_and(|w| office_word(w) && !same(w))
    })
}

#[cfg(test)]
mod tests {
    use super::super::super::tests::quote_speaker as speaker_of;

    #[test]
    fn an_office_is_not_the_last_person_named_holding_another() {
        let text = "Budget row\n\nPrime Minister Tom Hale defended the plan on Monday.\n\n\
            \"The sums do not add up,\" said the chancellor.\n";
        assert_eq!(speaker_of(text, "sums").as_deref(), Some("the chancellor"));
    }

    #[test]
    fn an_office_is_the_person_given_it() {
        let text = "Budget row\n\nChancellor Ann Lee set out the plan on Monday. Tom Hale, \
            a backbench MP, criticised it.\n\n\"The sums add up,\" said the chancellor.\n";
        assert_eq!(speaker_of(text, "sums").as_deref(), Some("Ann Lee"));
    }
}
