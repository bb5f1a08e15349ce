//! A statement's author: "Harbour United's statement added", "an ABC statement said", "the
//! Ferry Board in a statement said" speak for the club, the broadcaster, the board. A
//! description that is a named person's or organisation's statement is that actor.

use crate::extract::actors::ArticleActors;
use crate::extract::{LocalQuote, LocalSpeaker};
use crate::model::ActorType;

/// Words that end such a description: the statement itself, or the phrase it was made in.
const TAILS: &[&str] = &[
    " official statement",
    " written statement",
    " statement",
    " in a statement",
    " in a written statement",
];

/// Articles and determiners that may open the description.
const OPENERS: &[&str] = &["a ", "an ", "the ", "A ", "An ", "The "];

/// Gives each quote whose speaker is a named actor's statement that actor.
pub(super) fn to_author(actors: &ArticleActors, quotes: &mut [LocalQuote]) {
    for q in quotes {
        if let LocalSpeaker::Unnamed(d) = &q.speaker {
            if let Some(e) = author(actors, d) {
                q.speaker = LocalSpeaker::Entity(e);
            }
        }
    }
}

/// The person or organisation whose statement `d` is: the capitalised name before the
/// statement's word, possessive or not, that the article names.
fn author(actors: &ArticleActors, d: &str) -> Option<u32> {
    // Most descriptions say nothing of a statement: one search turns them away.
    if !d.contains("statement") {
        return None;
    }
    let name = TAILS.iter().find_map(|t| d.strip_suffix(t))?;
    let name = OPENERS
        .iter()
        .find_map(|o| name.strip_prefix(o))
        .unwrap_or(name);
    let name = name
        .strip_suffix("'s")
        .or_else(|| name.strip_suffix("’s"))
        .unwrap_or(name);
    if !name.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let e = actors.resolve(name)?;
    let kind = actors.entities.get(e as usize)?.kind;
    matches!(kind, ActorType::Person | ActorType::Org).then_some(e)
}

#[cfg(test)]
mod tests {
    use super::super::tests::quote_speaker;

    #[test]
    fn a_clubs_statement_is_the_clubs() {
        let body = "Harbour United said on Monday that the striker had left the club. \
            Harbour United's statement added: \"We wish him well in the future.\"\n";
        assert_eq!(
            quote_speaker(body, "We wish him").as_deref(),
            Some("Harbour United")
        );
    }

    #[test]
    fn an_organisations_statement_is_the_organisations() {
        let body = "The Ferry Board met on Friday. \
            A Ferry Board statement said: \"The timetable will change in May.\"\n";
        assert_eq!(
            quote_speaker(body, "The timetable").as_deref(),
            Some("Ferry Board")
        );
    }

    #[test]
    fn a_persons_statement_is_the_persons() {
        let body = "Ann Marlow resigned on Friday. \
            Ms Marlow's statement said: \"I have done nothing wrong.\"\n";
        assert_eq!(
            quote_speaker(body, "I have done").as_deref(),
            Some("Ann Marlow")
        );
    }

    #[test]
    fn an_unnamed_statement_stays_as_written() {
        let body = "The ferry timetable changed. \
            The government statement said: \"The timetable will change in May.\"\n";
        assert_eq!(
            quote_speaker(body, "The timetable").as_deref(),
            Some("The government statement")
        );
    }
}
