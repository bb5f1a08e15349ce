//! Clubs, firms and magazines that read as a single name: a name before a plural verb
//! ("Harbourton have won", "Kingsford are"), before a word of a club's or firm's staff and
//! a capitalised name ("Harbourton boss Ann Lee", "Brightwell analyst Tom Reyes"), or
//! after a firm's or a publication's noun ("research firm Brightwell", "analysts at
//! Brightwell", "told Lantern magazine") is an organisation, at every mention of it.

use super::super::names::{Candidate, Kind};
use crate::extract::lexicon;

/// Plural verbs a club's name takes in British English ("Harbourton have", "… were").
const PLURAL_VERBS: &[&str] = &["have", "are", "were"];

/// Words before a subject that make a plural verb after it a question's or a list's
/// ("could Lee have", "Ortiz and Lee were").
const NOT_ALONE: &[&str] = &[
    "and", "or", "nor", "&", "could", "would", "should", "might", "will", "did", "does", "do",
    "may", "must", "can", "to", "both",
];

/// Nouns for a publication after its name ("X magazine").
const AFTER: &[&str] = &["magazine", "newspaper"];

/// Retypes as organisations the names one of whose mentions reads as a club's, a firm's or
/// a publication's; not names that are part of a longer name of the article, nor plurals
/// ("Samoans", "Asbos": a people's or a thing's plural).
pub(super) fn retype(body: &str, candidates: &mut [Candidate]) {
    let mut orgs: Vec<&str> = Vec::new();
    for c in candidates.iter() {
        if matches!(c.kind, Kind::MaybePerson | Kind::Person)
            && !orgs.contains(&c.name.as_str())
            && reads_as_org(body, c)
        {
            orgs.push(&c.name);
        }
    }
    if orgs.is_empty() {
        return;
    }
    let orgs: Vec<String> = orgs
        .into_iter()
        .filter(|n| !part_of_longer(candidates, n))
        .map(str::to_string)
        .collect();
    for c in candidates.iter_mut() {
        if matches!(c.kind, Kind::MaybePerson | Kind::Person)
            && c.role.is_none()
            && orgs.contains(&c.name)
        {
            c.kind = Kind::Org;
        }
    }
}

/// Whether `name` is a word of a longer name among `candidates` ("Tom Harbourton").
fn part_of_longer(candidates: &[Candidate], name: &str) -> bool {
    candidates
        .iter()
        .any(|o| o.name.contains(' ') && o.name.split(' ').any(|w| w == name))
}

/// Whether the mention `c` reads as an organisation's by the words around it.
fn reads_as_org(body: &str, c: &Candidate) -> bool {
    let (start, end) = (c.span.start as usize, c.span.end as usize);
    let single = !c.name.contains(' ');
    // "Samoans", "Asbos": plurals of people and things.
    if c.name.ends_with('s') || c.role.is_some() {
        return false;
    }
    let after = body.get(end..).unwrap_or("");
    let before = body.get(..start).unwrap_or("").trim_end_matches(' ');
    let last = before.rsplit([' ', '\n', '(']).next().unwrap_or("");
    // Only a single name: a longer one after a firm's noun ("IT firm Dimension Data") is
    // read well as it is, and typed it loses its subject to the noun.
    if single
        && (lexicon::set_here!("firm_nouns").contains(last) || before.ends_with("analysts at"))
    {
        return true;
    }
    let Some(rest) = after.strip_prefix(' ') else {
        return false;
    };
    let (next, tail) = rest.split_once(' ').unwrap_or((rest, ""));
    let next = next.trim_end_matches([',', '.', ';', ':']);
    if AFTER.contains(&next) {
        return true;
    }
    if !single {
        return false;
    }
    // "Harbourton boss Ann Lee": a staff word, then a capitalised name.
    if lexicon::set_here!("club_staff").contains(next)
        && tail.starts_with(|ch: char| ch.is_ascii_uppercase())
    {
        return true;
    }
    // "Harbourton have won": a plural verb after the name alone, not after "and" or a
    // comma (a list's) nor in a question ("could Lee have").
    PLURAL_VERBS.contains(&next)
        && !before.ends_with(',')
        && !NOT_ALONE.contains(&last.to_ascii_lowercase().as_str())
}
