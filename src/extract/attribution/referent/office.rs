//! Definite descriptions of one person by an office: "…, the Ohio senator said" after a
//! comma, and "the senator", "the former president" as the latest of the last people
//! named whose role written with their name is that office.

use super::after_the;
use crate::extract::actors::ArticleActors;
use crate::extract::lexicon;
use crate::extract::span;
use crate::extract::tokens::{comma_before, Lower, Token};
use crate::model::ActorType;

/// Offices a definite description names one person by ("the Ohio senator"), besides
/// the role nouns.
const OFFICES: &[&str] = &[
    "congressman",
    "congresswoman",
    "nominee",
    "frontrunner",
    "front-runner",
];

/// The byte range of "the [Capitalised …] <office>" ending `words` (nothing after it but
/// spaces up to `end`), after a comma: "…, the Ohio senator", "…, the columnist".
pub(in crate::extract::attribution) fn closing_office(
    body: &str,
    words: &[Token],
    end: usize,
) -> Option<(usize, usize)> {
    let (last, rest) = words.split_last()?;
    let office = last.text(body);
    let is_office = lexicon::set_here!("role_nouns").contains_folded(office)
        || OFFICES.contains(&Lower::new(office).as_str());
    if !is_office || !span::slice(body, last.end, end).trim().is_empty() {
        return None;
    }
    let the = rest
        .iter()
        .rev()
        .take(4)
        .position(|t| !t.is_capitalised(body) || Lower::new(t.text(body)) == "the")?;
    let i = rest.len() - 1 - the;
    let t = &rest[i];
    let after_comma = i > 0 && comma_before(body, rest, i);
    (Lower::new(t.text(body)) == "the" && after_comma).then_some((t.start, last.end))
}

/// Titles written before a name for an office, as the office's noun ("Sen. Ann Lee" holds
/// the office "the senator" means).
#[rustfmt::skip]
const TITLE_OFFICES: &[(&str, &str)] = &[
    ("sen.", "senator"), ("gov.", "governor"), ("rep.", "congressman"),
    ("representative", "congressman"), ("congresswoman", "congressman"), ("chair", "chairman"),
    ("chairwoman", "chairman"),
];

/// Words before an office that make it another one ("Vice President", "Lt. Gov.").
const OTHER_OFFICE: &[&str] = &["vice", "deputy", "lt.", "assistant", "associate", "acting"];

/// The office a word names, past an abbreviated title ("Sen." → "senator").
fn office_noun(word: &str) -> &str {
    TITLE_OFFICES
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(word))
        .map_or(word, |&(_, o)| o)
}

/// Whether `role` (as written with a name: "Sen.", "former President", "Ohio Gov.") is the
/// office `head` ("senator"), former exactly when `former`, and holds every capitalised
/// word of `places` (the description's "Ohio"; none when it has none).
fn holds_office(role: &str, head: &str, former: bool, places: &[&str]) -> bool {
    let mut words = role.split_whitespace();
    let Some(last) = words.next_back() else {
        return false;
    };
    if !office_noun(last).eq_ignore_ascii_case(head) {
        return false;
    }
    let mut was = false;
    for w in words {
        if OTHER_OFFICE.iter().any(|o| o.eq_ignore_ascii_case(w)) {
            return false;
        }
        was |= w.eq_ignore_ascii_case("former");
    }
    was == former
        && places
            .iter()
            .all(|p| role.split_whitespace().any(|w| w == *p))
}

/// "the senator said", "the columnist suggested", after "Sen. Ann Lee" and "columnist Tom
/// Ode" were named: a definite description of one person by an office (its last word) is
/// the latest of the last three people named before `before` (outside quotes) whose role written
/// with their name is that office
/// ("the former president" only a former one; "the Ohio senator" only one whose role holds
/// "Ohio"). Lower-case words between may only describe ("the famously gruff senator").
/// None when nobody named holds it.
pub(in crate::extract::attribution) fn office_holder(
    actors: &ArticleActors,
    description: &str,
    before: usize,
) -> Option<u32> {
    let rest = after_the(description)?;
    let mut words: Vec<&str> = rest.split_whitespace().collect();
    let head = office_noun(words.pop()?);
    if words.len() > 3 || head.len() < 3 || !head.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let former = words.iter().any(|w| w.eq_ignore_ascii_case("former"));
    words.retain(|w| w.starts_with(char::is_uppercase) && !w.eq_ignore_ascii_case("former"));
    let holds = |e: u32| {
        let entity = &actors.entities[e as usize];
        entity.kind == ActorType::Person
            && entity
                .roles
                .iter()
                .any(|r| holds_office(r, head, former, &words))
    };
    // Of the last three people named outside quotes, the latest that holds it; `passed`
    // holds the (up to two) later ones that do not.
    let mut passed = [u32::MAX; 2];
    let mut n = 0;
    for m in actors.mentions_in(0, before).iter().rev() {
        if m.in_quote
            || actors.kind(m.entity) != ActorType::Person
            || passed[..n].contains(&m.entity)
        {
            continue;
        }
        if holds(m.entity) {
            return Some(m.entity);
        }
        if n == passed.len() {
            return None;
        }
        passed[n] = m.entity;
        n += 1;
    }
    None
}
