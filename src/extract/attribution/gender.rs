//! What gender a person's name, title or role tells, for "he" and "she" to point at them.

use crate::extract::lexicon;
use crate::extract::tokens::Lower;

use super::subject::Scope;

/// Whether "she" (or "he") can point at entity `e` of `scope`: a first name or a title
/// that says otherwise rules them out; unknown names fit both. The entity's gender is
/// worked out once an article (`Scope::genders`).
pub(super) fn gender_fits(scope: &Scope, e: u32, she: bool) -> bool {
    let of = || gender(&scope.actors.entities[e as usize]);
    let g = match scope.genders.get(e as usize) {
        Some(cell) => *cell.get_or_init(of),
        None => of(),
    };
    g != Some(!she)
}

/// The gender a given name tells, in a name of two words or more (a lone surname says
/// nothing): `Some(true)` for a woman's name, `Some(false)` for a man's, `None` for a name
/// given to both or to neither. The given name is the first word either list knows before
/// the last word, so a word kept before it ("Democrat Jane Doe", "Senator-elect Jane Doe")
/// does not hide it.
pub(super) fn given_name_gender(name: &str) -> Option<bool> {
    // Every word but the last, without gathering them first.
    let mut words = name.split_whitespace().peekable();
    let given = std::iter::from_fn(|| {
        let w = words.next()?;
        words.peek().is_some().then_some(w)
    });
    given.take(3).find_map(|w| {
        let w = Lower::new(w);
        let female = lexicon::set_here!("names_female").contains(&w);
        let male = lexicon::set_here!("names_male").contains(&w);
        match (female, male) {
            (true, false) => Some(Some(true)),
            (false, true) => Some(Some(false)),
            (true, true) => Some(None),
            _ => None,
        }
    })?
}

/// A person's gender as a given name (of a name of two words or more: a lone surname says
/// nothing) or a title tells it: `Some(true)` for a woman, `Some(false)` for a man.
fn gender(e: &crate::extract::LocalEntity) -> Option<bool> {
    let by_name = given_name_gender(&e.name);
    let titled = |titles: &[&str]| {
        e.aliases.iter().chain(&e.roles).any(|a| {
            titles.iter().any(|t| {
                a.strip_prefix(t)
                    .is_some_and(|rest| rest.starts_with([' ', '.']))
                    || a == t
            })
        })
    };
    // "widow Terry Vance", "Kim Lee, her husband": a role of one gender says more than a
    // first name both are given.
    if let Some(by_role) = role_gender(&e.roles) {
        return Some(by_role);
    }
    let is_female = by_name == Some(true)
        || titled(&[
            "Mrs", "Ms", "Miss", "Lady", "Dame", "Baroness", "Queen", "Princess",
        ]);
    let is_male =
        by_name == Some(false) || titled(&["Mr", "Sir", "Lord", "King", "Prince", "Baron"]);
    match (is_female, is_male) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// The gender the last word of a role says ("widow", "husband"), when the roles agree; not
/// "spokesman" or "chairman", which some outlets write for women too.
fn role_gender(roles: &[String]) -> Option<bool> {
    const FEMALE: &[&str] = &[
        "widow",
        "mother",
        "wife",
        "daughter",
        "sister",
        "grandmother",
        "actress",
        "spokeswoman",
        "chairwoman",
        "congresswoman",
        "businesswoman",
        "girlfriend",
        "aunt",
        "niece",
        "waitress",
    ];
    const MALE: &[&str] = &[
        "widower",
        "father",
        "husband",
        "son",
        "brother",
        "grandfather",
        "congressman",
        "businessman",
        "boyfriend",
        "uncle",
        "nephew",
    ];
    let mut found = None;
    for r in roles {
        let last = r.rsplit(' ').next().unwrap_or("").to_lowercase();
        let g = if FEMALE.contains(&last.as_str()) {
            true
        } else if MALE.contains(&last.as_str()) {
            false
        } else {
            continue;
        };
        if found.is_some_and(|f| f != g) {
            return None;
        }
        found = Some(g);
    }
    found
}
