//! A statement's author: "Harbour United's statement added", "an ABC statement said", "the
//! Ferry Board in a statement said" speak for the club, the broadcaster, the board. A
//! description that is a named person's or organisation's statement is that actor.

use crate::extract::actors::{initials, ArticleActors};
use crate::extract::{span, LocalQuote, LocalSpeaker};
use crate::model::ActorType;

/// Words that end such a description: the phrase the statement was made in, or the
/// statement itself. The longer first: "ABC in a statement" ends in " statement" too.
const TAILS: &[&str] = &[
    " in a written statement",
    " in a statement",
    " official statement",
    " written statement",
    " statement",
];

/// What may stand between an opener and "from" in "A statement from Harbour United
/// explaining the move".
const FROM: &[&str] = &["statement from ", "statement issued by ", "statement by "];

/// Articles and determiners that may open the description.
const OPENERS: &[&str] = &["a ", "an ", "the ", "A ", "An ", "The "];

/// Gives each quote whose speaker is a named actor's statement that actor.
pub(super) fn to_author(actors: &ArticleActors, quotes: &mut [LocalQuote]) {
    for q in quotes {
        if let LocalSpeaker::Unnamed(d) = &q.speaker {
            if let Some(s) = author(actors, d) {
                q.speaker = s;
            }
        }
    }
}

/// `In a statement, the club said …. “…,” the statement added`: a quote spoken by "the
/// statement" alone is the words of whoever the quote before it (same or previous
/// paragraph) was given to, when that is a named actor and its cue names a statement too
/// (a description, "the business mogul", is left: it often is not the statement's
/// author). Quotes are in text order.
pub(super) fn to_earlier(body: &str, quotes: &mut [LocalQuote]) {
    for i in 1..quotes.len() {
        let bare = matches!(&quotes[i].speaker, LocalSpeaker::Unnamed(d)
            if d.eq_ignore_ascii_case("the statement"));
        if !bare {
            continue;
        }
        let paragraph = quotes[i].paragraph;
        let start = quotes[i].span.start;
        let earlier = quotes[..i]
            .iter()
            .rev()
            .filter(|p| p.span.start < start)
            .find(|p| p.speaker != LocalSpeaker::None)
            .filter(|p| p.paragraph + 1 >= paragraph && stated(body, p))
            .map(|p| p.speaker.clone())
            .filter(|s| matches!(s, LocalSpeaker::Entity(_)));
        if let Some(s) = earlier {
            quotes[i].speaker = s;
        }
    }
}

/// Whether the words around the cue of `q` name a statement ("In a statement, the club
/// said", "An agency statement said", "the club said in its statement").
fn stated(body: &str, q: &LocalQuote) -> bool {
    q.cue.is_some_and(|c| {
        let (a, b) = (c.start as usize, c.end as usize);
        span::slice(body, a.saturating_sub(CUE_REACH.0), b + CUE_REACH.1).contains("statement")
    })
}

/// How far before and after a cue its statement is looked for, in bytes.
const CUE_REACH: (usize, usize) = (60, 30);

/// The person or organisation whose statement `d` is: the capitalised name before the
/// statement's word, possessive or not, that the article names; a name the article does
/// not give an actor ("a Harbour Analytics statement") as written.
fn author(actors: &ArticleActors, d: &str) -> Option<LocalSpeaker> {
    if let Some(e) = author_after_from(actors, d) {
        return Some(LocalSpeaker::Entity(e));
    }
    let name = author_name(d)?;
    if let Some(e) = person_or_org(actors, name).or_else(|| acronym_of(actors, name)) {
        return Some(LocalSpeaker::Entity(e));
    }
    let capitalised = name
        .split(' ')
        .all(|w| w.starts_with(|c: char| c.is_uppercase()) && !w.contains(['\'', '’']));
    // Two words at least: one ("The", "Wednesday", "Turkish") is rarely a name.
    (capitalised && name.contains(' ')).then(|| LocalSpeaker::Unnamed(name.to_string()))
}

/// The capitalised name before the statement's word in `d`, possessive or not.
fn author_name(d: &str) -> Option<&str> {
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
    Some(name)
}

/// The person or organisation the article names as `name`.
fn person_or_org(actors: &ArticleActors, name: &str) -> Option<u32> {
    let e = actors.resolve(name)?;
    let kind = actors.entities.get(e as usize)?.kind;
    matches!(kind, ActorType::Person | ActorType::Org).then_some(e)
}

/// "A statement from Harbour United explaining the move": the capitalised words after
/// "statement from", when the article names them.
fn author_after_from(actors: &ArticleActors, d: &str) -> Option<u32> {
    let rest = OPENERS.iter().find_map(|o| d.strip_prefix(o))?;
    let rest = FROM.iter().find_map(|f| rest.strip_prefix(f))?;
    let rest = OPENERS
        .iter()
        .find_map(|o| rest.strip_prefix(o))
        .unwrap_or(rest);
    let words: Vec<&str> = rest
        .split(' ')
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .collect();
    // The longest run of them that names someone: "Harbour United", not "Harbour".
    (1..=words.len().min(5))
        .rev()
        .find_map(|n| person_or_org(actors, &words[..n].join(" ")))
}

/// "an HFA statement", the article naming the "Harbour Football Association" only in
/// full: the one organisation whose capitalised words' initials spell the acronym.
fn acronym_of(actors: &ArticleActors, name: &str) -> Option<u32> {
    if !(2..=5).contains(&name.len()) || !name.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let mut orgs = actors
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == ActorType::Org && initials(&e.name) == name);
    match (orgs.next(), orgs.next()) {
        (Some((i, _)), None) => Some(i as u32),
        _ => None,
    }
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
    fn the_statement_after_a_named_speaker_is_theirs() {
        let body = "The ferry timetable changed. In a statement, the Ferry Board said the \
            boats were old. \"The timetable will change in May,\" the statement added.\n";
        assert_eq!(
            quote_speaker(body, "The timetable").as_deref(),
            Some("Ferry Board")
        );
    }

    #[test]
    fn the_statement_after_no_named_statement_stays() {
        let body = "The ferry timetable changed. The Ferry Board said the boats were old. \
            \"The timetable will change in May,\" the statement added.\n";
        assert_eq!(
            quote_speaker(body, "The timetable").as_deref(),
            Some("the statement")
        );
    }

    #[test]
    fn a_statement_made_in_is_the_makers() {
        let body = "The Ferry Board met on Friday. \"The timetable will change in May,\" \
            said the Ferry Board in a statement.\n";
        assert_eq!(
            quote_speaker(body, "The timetable").as_deref(),
            Some("Ferry Board")
        );
    }

    #[test]
    fn a_statement_from_a_club_is_the_clubs() {
        let body = "Harbour United sold the striker on Monday. A statement from Harbour \
            United explaining the sale read: \"We wish him well in the future.\"\n";
        assert_eq!(
            quote_speaker(body, "We wish him").as_deref(),
            Some("Harbour United")
        );
    }

    #[test]
    fn an_acronyms_statement_is_the_organisations() {
        let body = "The Harbour Football Association met on Friday to hear the case. \
            \"The referee saw nothing wrong,\" said an HFA statement.\n";
        assert_eq!(
            quote_speaker(body, "The referee").as_deref(),
            Some("Harbour Football Association")
        );
    }

    #[test]
    fn a_statement_of_a_name_not_an_actor_is_the_name() {
        let body = "House prices fell in May. \"The trend is down,\" a Harbour Analytics \
            statement said.\n";
        assert_eq!(
            quote_speaker(body, "The trend").as_deref(),
            Some("Harbour Analytics")
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
