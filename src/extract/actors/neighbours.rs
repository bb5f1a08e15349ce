//! Types told by a candidate's neighbours in the article: a single name listed with an
//! organisation ("Ardent, Bexco and Corvel Motors") or after "firms such as" is an
//! organisation; a plural of an organisation's name is its products ("building Saabs");
//! in a sports report, a country or city that plays is its team.

mod clubs;

use super::names::{Candidate, Kind};
use crate::extract::tokens::{is_lower_case_word, Token};

/// Retypes `candidates` (in text order) by their neighbours; `tokens` are the article's.
pub(super) fn retype(body: &str, tokens: &[Token], candidates: &mut [Candidate]) {
    teams(body, tokens, candidates);
    clubs::retype(body, candidates);
    lists(body, candidates);
    plurals(candidates);
}

/// A single name no longer name of the article holds, not marked as a person — here or
/// at any other mention ("… from The Washington Post, Bob provided details. … Bob said").
fn bare(candidates: &[Candidate], c: &Candidate) -> bool {
    c.kind == Kind::MaybePerson
        && !c.cued
        && !c.name.contains(' ')
        && !candidates.iter().any(|o| {
            (o.name.contains(' ') && o.name.split(' ').any(|w| w == c.name))
                || (o.name == c.name && (o.cued || o.kind == Kind::Person))
        })
}

/// Plural nouns for organisations that introduce a list of them: "firms, including …".
const ORG_PLURALS: &[&str] = &[
    "firms",
    "companies",
    "carmakers",
    "manufacturers",
    "makers",
    "banks",
    "brands",
    "retailers",
    "airlines",
    "insurers",
    "publishers",
    "broadcasters",
    "rivals",
    "giants",
    "groups",
    "studios",
    "labels",
    "clubs",
    "teams",
    "charities",
    "organisations",
    "organizations",
];

/// Whether the words before `at` introduce a list of organisations ("manufacturing firms,
/// including", "companies such as").
fn org_list_cue(body: &str, at: usize) -> bool {
    let before = body[..at].trim_end().trim_end_matches(':');
    let before = ["including", "such as", "like", "notably", "among them"]
        .iter()
        .find_map(|w| before.strip_suffix(w))
        .unwrap_or(before);
    ORG_PLURALS.contains(&last_word(before).to_ascii_lowercase().as_str())
}

/// The word ending `before`, past spaces and a comma ("manufacturing firms, " → "firms").
fn last_word(before: &str) -> &str {
    let before = before.trim_end().trim_end_matches(',');
    before.rsplit([' ', '\n']).next().unwrap_or("")
}

/// Plural nouns for works and products that introduce a list of them: "hits such as".
const THING_PLURALS: &[(&str, Kind)] = &[
    ("films", Kind::Work),
    ("movies", Kind::Work),
    ("hits", Kind::Work),
    ("successes", Kind::Work),
    ("offerings", Kind::Work),
    ("albums", Kind::Work),
    ("songs", Kind::Work),
    ("novels", Kind::Work),
    ("titles", Kind::Work),
    ("products", Kind::Product),
    ("gadgets", Kind::Product),
    ("devices", Kind::Product),
];

/// The kind of things a list after `at` names, from the plural before "such as" or
/// "including" ("art-house offerings such as", "products, including the").
fn thing_list_cue(body: &str, at: usize) -> Option<Kind> {
    let before = body[..at].trim_end();
    let before = before.strip_suffix(" the").unwrap_or(before);
    let before = ["including", "such as"]
        .iter()
        .find_map(|w| before.strip_suffix(w))?;
    let last = last_word(before);
    THING_PLURALS
        .iter()
        .find(|(w, _)| last.eq_ignore_ascii_case(w))
        .map(|&(_, k)| k)
}

/// A gap between two members of a list: a comma or "and", and up to two lower-case words
/// describing the next member ("iPhoto, web browser Safari", "and critical hit Sideways").
fn list_gap(gap: &str) -> bool {
    if matches!(gap, ", " | " and " | ", and " | " or " | ", or ") {
        return true;
    }
    let Some(rest) = [", and ", ", ", " and "]
        .iter()
        .find_map(|s| gap.strip_prefix(s))
    else {
        return false;
    };
    if rest.is_empty() {
        return true;
    }
    // Up to two words, each followed by a space.
    let Some(head) = rest.strip_suffix(' ') else {
        return false;
    };
    let mut n = 0;
    head.split(' ').all(|w| {
        n += 1;
        n <= 2 && !w.is_empty() && is_lower_case_word(w)
    })
}

/// A product's shape: a lower-case letter, then a capital ("iPlayer", "eReader").
fn product_shaped(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3
        && b[0].is_ascii_lowercase()
        && b[1].is_ascii_uppercase()
        && b.iter().all(u8::is_ascii_alphanumeric)
}

/// How many product-shaped words a gap between two names lists (", iPlayer, " → 1), or
/// `None` when it is no list gap of them.
fn product_gap(gap: &str) -> Option<usize> {
    let rest = gap.strip_prefix(", ")?;
    let rest = rest
        .strip_suffix(", ")
        .or_else(|| rest.strip_suffix(" and "))?;
    let mut n = 0;
    for w in rest.split(", ") {
        if !product_shaped(w) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// Product-shaped words listed right before `at` ("iPlayer, " before a name) and right
/// after `end` (" and eReader").
fn products_around(body: &str, at: usize, end: usize) -> usize {
    let before = body[..at].strip_suffix(", ").map(last_word);
    let after = body[end..]
        .strip_prefix(", ")
        .or_else(|| body[end..].strip_prefix(" and "))
        .map(|r| r.split([' ', ',', '.']).next().unwrap_or(""));
    usize::from(before.is_some_and(product_shaped)) + usize::from(after.is_some_and(product_shaped))
}

/// "iPlayer, web browser Kite, Paper Band and eReader": a list most of whose members are
/// products (shaped as one, or typed by a noun) makes products of its names that no role
/// marks and that do not open with a given name.
fn product_list(body: &str, candidates: &mut [Candidate], shaped: usize) {
    let (Some(first), Some(last)) = (candidates.first(), candidates.last()) else {
        return;
    };
    let shaped = shaped + products_around(body, first.span.start as usize, last.span.end as usize);
    if shaped == 0 {
        return;
    }
    let products = shaped
        + candidates
            .iter()
            .filter(|c| c.kind == Kind::Product)
            .count();
    let person = |c: &Candidate| {
        matches!(c.kind, Kind::Person | Kind::MaybePerson)
            && c.role.is_none()
            && !c.name.split(' ').next().is_some_and(super::given_name)
    };
    let people = candidates.iter().filter(|c| person(c)).count();
    if products >= 2 && products > people {
        for c in candidates.iter_mut() {
            if person(c) {
                c.kind = Kind::Product;
                c.cued = false;
            }
        }
    }
}

/// Names in one list ("A, B and C"): single names become organisations when an
/// organisation is among them or the list follows "firms such as"; names no role marks
/// become works or products when the list follows "hits such as".
fn lists(body: &str, candidates: &mut [Candidate]) {
    let mut a = 0;
    while a < candidates.len() {
        let mut b = a + 1;
        let mut shaped = 0;
        while b < candidates.len() {
            let (x, y) = (candidates[b - 1].span.end, candidates[b].span.start);
            let gap = body.get(x as usize..y as usize).unwrap_or("");
            if let Some(n) = product_gap(gap) {
                shaped += n;
            } else if !list_gap(gap) {
                break;
            }
            b += 1;
        }
        if b - a >= 2 {
            product_list(body, &mut candidates[a..b], shaped);
        }
        if let Some(kind) = thing_list_cue(body, candidates[a].span.start as usize) {
            for c in &mut candidates[a..b] {
                // Not a known organisation ("films such as …, and Pixar"), nor an acronym.
                let unknown_org = c.kind == Kind::Org
                    && c.alias_keys.is_empty()
                    && c.name.chars().any(char::is_lowercase);
                if (matches!(c.kind, Kind::Person | Kind::MaybePerson) || unknown_org)
                    && c.role.is_none()
                {
                    c.kind = kind;
                    c.cued = false;
                }
            }
        }
        if b - a >= 2 {
            let org = candidates[a..b].iter().any(|c| c.kind == Kind::Org)
                || org_list_cue(body, candidates[a].span.start as usize);
            if org {
                for i in a..b {
                    if bare(candidates, &candidates[i]) {
                        candidates[i].kind = Kind::Org;
                    }
                }
            }
        }
        a = b;
    }
}

/// "building Saabs, Opels and Cadillacs": a single name that is another name (or its last
/// word) plus "s" is that maker's products.
fn plurals(candidates: &mut [Candidate]) {
    for i in 0..candidates.len() {
        let c = &candidates[i];
        let Some(stem) = c.name.strip_suffix('s') else {
            continue;
        };
        let products = c.kind == Kind::MaybePerson
            && !c.cued
            && candidates.iter().any(|o| {
                o.name == stem || o.name.strip_suffix(stem).is_some_and(|r| r.ends_with(' '))
            });
        if products {
            candidates[i].kind = Kind::Skip;
        }
    }
}

/// Words of sports reports, numbered by their place (four different ones make an article
/// one).
const SPORT_WORDS: [&str; 26] = [
    "coach",
    "captain",
    "championship",
    "tournament",
    "striker",
    "midfielder",
    "goalkeeper",
    "fly-half",
    "full-back",
    "scrum",
    "tries",
    "wicket",
    "innings",
    "semi-final",
    "quarter-final",
    "Slam",
    "Nations",
    "Premiership",
    "squad",
    "kick-off",
    "half-time",
    "unbeaten",
    "fixture",
    "relegation",
    "match",
    "goals",
];

/// For each first byte, the lengths of the [`SPORT_WORDS`] it starts (bit `len - 4`): most
/// words are turned away by this before any is compared.
const SPORT_SHAPES: [u16; 256] = sport_shapes();

const fn sport_shapes() -> [u16; 256] {
    let mut shapes = [0u16; 256];
    let mut i = 0;
    while i < SPORT_WORDS.len() {
        let w = SPORT_WORDS[i].as_bytes();
        shapes[w[0] as usize] |= 1 << (w.len() - 4);
        i += 1;
    }
    shapes
}

/// The number of a word of sports reports (its place in [`SPORT_WORDS`]).
fn sport_word(w: &[u8]) -> Option<u32> {
    let (Some(&first), 4..=13) = (w.first(), w.len()) else {
        return None;
    };
    if SPORT_SHAPES[first as usize] & (1 << (w.len() - 4)) == 0 {
        return None;
    }
    SPORT_WORDS
        .iter()
        .position(|s| s.as_bytes() == w)
        .map(|i| i as u32)
}

/// Whether four different sport words are among the article's `tokens`.
fn sports_report(body: &str, tokens: &[Token]) -> bool {
    let mut seen = 0u32;
    for t in tokens {
        if let Some(n) = sport_word(t.bytes(body)) {
            seen |= 1 << n;
            if seen.count_ones() >= 4 {
                return true;
            }
        }
    }
    false
}

/// Words before a place that say it is where, not who ("in France", "travel to Leeds").
fn locative(body: &str, at: usize) -> bool {
    let before = body[..at].trim_end();
    let last = before.rsplit([' ', '\n']).next().unwrap_or("");
    matches!(
        last,
        "in" | "to"
            | "from"
            | "at"
            | "into"
            | "across"
            | "near"
            | "of"
            | "throughout"
            | "around"
            | "via"
            | "outside"
            | "inside"
            | "towards"
            | "toward"
            | "visit"
            | "visited"
            | "visiting"
    )
}

/// In a sports report a place named as written (not "Welsh", not "in Wales") is its team
/// ("Wales beat France", "the win over France"), and so is every mention of that name.
fn teams(body: &str, tokens: &[Token], candidates: &mut [Candidate]) {
    let plays = |c: &Candidate| {
        c.kind == Kind::Place
            && body.get(c.span.start as usize..c.span.end as usize) == Some(c.name.as_str())
            && !body[c.span.end as usize..].starts_with(['\'', '’'])
            && !locative(body, c.span.start as usize)
    };
    if !candidates.iter().any(plays) {
        return;
    }
    if !sports_report(body, tokens) {
        return;
    }
    let teams: Vec<String> = candidates
        .iter()
        .filter(|c| plays(c))
        .map(|c| c.name.clone())
        .collect();
    for c in candidates.iter_mut() {
        if c.kind == Kind::Place && teams.contains(&c.name) {
            c.kind = Kind::Org;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words as first matched, one arm each.
    fn sport_word_matched(w: &str) -> Option<u32> {
        Some(match w {
            "coach" => 0,
            "captain" => 1,
            "championship" => 2,
            "tournament" => 3,
            "striker" => 4,
            "midfielder" => 5,
            "goalkeeper" => 6,
            "fly-half" => 7,
            "full-back" => 8,
            "scrum" => 9,
            "tries" => 10,
            "wicket" => 11,
            "innings" => 12,
            "semi-final" => 13,
            "quarter-final" => 14,
            "Slam" => 15,
            "Nations" => 16,
            "Premiership" => 17,
            "squad" => 18,
            "kick-off" => 19,
            "half-time" => 20,
            "unbeaten" => 21,
            "fixture" => 22,
            "relegation" => 23,
            "match" => 24,
            "goals" => 25,
            _ => return None,
        })
    }

    /// The first-byte and length filter turns away no sport word, and a word that shares
    /// a sport word's first letter and length ("crown", "Slab") is still no sport word.
    #[test]
    fn sport_words_are_found_past_the_filter() {
        for (i, w) in SPORT_WORDS.iter().enumerate() {
            assert_eq!(sport_word(w.as_bytes()), Some(i as u32), "{w}");
            assert_eq!(sport_word_matched(w), Some(i as u32), "{w}");
        }
        for w in [
            "crown",
            "Slab",
            "slam",
            "match-fixing",
            "matches",
            "goal",
            "",
            "a",
            "Nation",
            "quarter-finals",
            "coachx",
            "Coach",
        ] {
            assert_eq!(sport_word(w.as_bytes()), sport_word_matched(w), "{w}");
            assert_eq!(sport_word(w.as_bytes()), None, "{w}");
        }
    }
}
