//! A capitalised run read from its front, step by step: the titles of a role and the known
//! names before the name are passed; or the whole run is something else: a thing named by
//! its last word, a person and where they are from, a titled person, or a firm.

use super::known::{gazetteer_match, org, thing, Lexicon};
use super::runs::local_body;
use super::things;
use super::words::{class, Words, EPONYM_TITLES, HONORIFICS, NATIONALITY_NOUNS};
use super::{group, Candidate, Kind};
use crate::model::Span;

/// The run `k..j` past its roles and the known names before its name: where the name
/// starts and where the role does, if any; `None` when a step made the run's candidates.
/// Read as the steps below, in order: a thing by its last word, a person and where they
/// are from, a titled person, a firm, a known name (passed), a role (passed).
pub(super) fn past_roles(
    words: &Words,
    (k, j): (usize, usize),
    headline: bool,
    lx: &'static Lexicon,
    out: &mut Vec<Candidate>,
) -> Option<(usize, Option<usize>)> {
    let mut k = k;
    let mut role_start: Option<usize> = None;
    while k < j {
        if non_actor(words, (k, j), lx, out)
            || person_and_where(words, (k, j), role_start, headline, lx, out)
            || titled_person(words, (k, j), lx, out)
            || firm(words, (k, j), lx, out)
        {
            return None;
        }
        match known_name(words, (k, j), role_start, lx, out) {
            Known::Done => return None,
            Known::Past(n) => {
                k = n;
                continue;
            }
            Known::No => {}
        }
        let Some(next) = role(words, (k, j), &mut role_start, lx, out) else {
            break;
        };
        k = next;
    }
    Some((k, role_start))
}

/// Where "of" or "for" is in the run `k..j`, from `k`.
fn of_or_for(words: &Words, (k, j): (usize, usize)) -> Option<usize> {
    (k..j).position(|t| words.is_word(t, &["of", "for"]))
}

/// A run of more than one word ending in a word of no actor ("Freedom of Information Act",
/// "World Cup"): a thing by that word, or nothing.
fn non_actor(
    words: &Words,
    (k, j): (usize, usize),
    lx: &'static Lexicon,
    out: &mut Vec<Candidate>,
) -> bool {
    let g = &words.tokens[k..j];
    // "Rebecca Law": a given name before the one suffix word that is also a frequent
    // surname names a person, not a law; after an honorific ("Mr Law", "Ms Bill") any
    // suffix word does.
    let surname = || {
        j - k == 2
            && ((words.is(k, class::FIRST_NAME) && words.lower(k + 1) == "law")
                || words.is_word(k, HONORIFICS))
    };
    if g.len() > 1
        && words.is(j - 1, class::NON_ACTOR_SUFFIX)
        && !surname()
        && gazetteer_match(words, (k, j), lx).is_none()
    {
        // "Freedom of Information Act" (a work), "World Cup" (an event).
        if let Some(kind) = things::by_last_word(&words.lower(j - 1)) {
            out.push(thing(words.body, g, kind));
        }
        return true;
    }
    false
}

/// "Sally Wasef of Griffith University": a person, then where they are from; so after a
/// title, whatever the given name ("Dr. Tristan Wade of Ashby College").
fn person_and_where(
    words: &Words,
    (k, j): (usize, usize),
    role_start: Option<usize>,
    headline: bool,
    lx: &'static Lexicon,
    out: &mut Vec<Candidate>,
) -> bool {
    let connector = of_or_for(words, (k, j));
    let person_first =
        |c: usize| c >= 2 && (words.is(k, class::FIRST_NAME) || (c <= 3 && role_start.is_some()));
    if let Some(c) = connector.filter(|&c| person_first(c)) {
        group(words, (k, k + c), headline, lx, out);
        let from = out.len();
        group(words, (k + c + 1, j), headline, lx, out);
        // Where a person is "of" is an organisation or a place, not a second person,
        // and a speech verb after the run cues the person, not it ("Nick Van den Brul
        // of BNP Paribas said").
        for tail in &mut out[from..] {
            if tail.kind == Kind::Person {
                tail.kind = Kind::Org;
                tail.cued = false;
            }
        }
        return true;
    }
    false
}

/// "Hong Kong Chief Executive Carrie Lam": a title, then a given name: the org word
/// belongs to the role, and a person follows.
fn titled_person(
    words: &Words,
    (k, j): (usize, usize),
    lx: &'static Lexicon,
    out: &mut Vec<Candidate>,
) -> bool {
    let (body, tokens) = (words.body, words.tokens);
    let g = &tokens[k..j];
    // A name the lexicon does not know counts when it is two or three capitalised words
    // none of which is a common, office or organisation word ("Coast Guard Commandant
    // Admiral Elson Hermogino").
    let unknown_name = |m: usize| {
        (2..=3).contains(&(g.len() - m - 1))
            && (k + m + 1..j).all(|t| {
                tokens[t].is_capitalised(body)
                    && !words.is(t, class::TITLE | class::ORG_WORD | class::CONNECTOR)
                    && (!words.is(t, class::COMMON) || words.is(t, class::NAME_LIKE_COMMON))
            })
    };
    let titled_person = (1..g.len().saturating_sub(1)).rev().find(|&m| {
        words.is(k + m, class::TITLE)
            && (words.is(k + m + 1, class::FIRST_NAME) || unknown_name(m))
            // At most three names; particles do not count ("Ursula von der Leyen"),
            // but "of" and "for" do ("Bernie Sanders of Vermont" is a name and a place).
            && (m + 1..g.len())
                .filter(|&t| {
                    let particle = !g[t].is_capitalised(body)
                        && words.is(k + t, class::CONNECTOR)
                        && !words.is_word(k + t, &["of", "for"]);
                    !particle
                })
                .count()
                <= 3
    });
    let Some(m) = titled_person else {
        return false;
    };
    // "Economy and Labour Minister Karl Brandt": a portfolio, not the party.
    let portfolio = k > 0 && words.is_word(k - 1, &["and"]);
    if let Some((n, key)) = gazetteer_match(words, (k, k + m), lx).filter(|_| !portfolio) {
        let (canonical, place, forms) = &lx.gazetteer.forms[key];
        out.push(Candidate {
            span: Span::new(g[0].start, g[n - 1].end),
            name: canonical.clone(),
            kind: if *place { Kind::Place } else { Kind::Org },
            role: None,
            alias_keys: forms,
            cued: false,
        });
    }
    let name = &g[m + 1..];
    out.push(Candidate {
        span: Span::new(name[0].start, name[name.len() - 1].end),
        name: body[name[0].start..name[name.len() - 1].end].to_string(),
        kind: Kind::Person,
        role: Some(body[g[0].start..g[m].end].to_string()),
        alias_keys: &[],
        cued: true,
    });
    true
}

/// A firm by its words: a known organisation's word after the first ("UK National Security
/// Council"), or first before "of" ("Bank of Lisbon"), or an ampersand ("Procter &
/// Gamble"); not after a title.
fn firm(
    words: &Words,
    (k, j): (usize, usize),
    lx: &'static Lexicon,
    out: &mut Vec<Candidate>,
) -> bool {
    let (body, tokens) = (words.body, words.tokens);
    let g = &tokens[k..j];
    // A known organisation's words anywhere after the first make the whole run an
    // organisation ("UK National Security Council").
    // "News of the World", "Bank of Lisbon": the organisation word first, then "of".
    let org_word = (k + 1..j).any(|t| words.is(t, class::ORG_WORD))
        || (j - k >= 3 && words.is(k, class::ORG_WORD) && words.is_word(k + 1, &["of", "for"]));
    // "Gen. Santos Doctors' Hospital", "King Edward Hospital": a title that places and
    // institutions are named after, in an organisation's name.
    let starts_with_title = words.is(k, class::TITLE)
        && !(EPONYM_TITLES.contains(&&*words.lower(k)) && words.is(j - 1, class::ORG_WORD));
    // "Marsh & McLennan", "Procter & Gamble": a firm's name.
    let ampersand = (k + 1..j).any(|t| &body[tokens[t - 1].end..tokens[t].start] == " & ");
    if (org_word || ampersand) && !starts_with_title && g.len() > 1 {
        out.push(org(body, g, lx));
        return true;
    }
    false
}

/// What [`known_name`] made of the run.
enum Known {
    /// No known name at its front.
    No,
    /// The run's candidates are made.
    Done,
    /// A known name, passed: the run goes on from here.
    Past(usize),
}

/// A known place or organisation at the run's front ("Trump administration", "Chinese
/// government"), or an outlet's channel ("BBC Sport"), or a local body named by its place.
fn known_name(
    words: &Words,
    (k, j): (usize, usize),
    role_start: Option<usize>,
    lx: &'static Lexicon,
    out: &mut Vec<Candidate>,
) -> Known {
    let (body, tokens) = (words.body, words.tokens);
    let g = &tokens[k..j];
    // "Mr Houston", "Dr Jordan": after a personal honorific a place's name is a surname.
    let honorific = role_start.is_some() && HONORIFICS.contains(&&*words.lower(k - 1));
    let Some((n, key)) = gazetteer_match(words, (k, j), lx).filter(|_| !honorific) else {
        return Known::No;
    };
    let (canonical, place, forms) = &lx.gazetteer.forms[key];
    let span = Span::new(g[0].start, g[n - 1].end);
    let next = tokens.get(k + n);
    // "BBC Sport", "BBC Radio Five Live": an outlet's programme or channel.
    let channel = !*place
        && k + n < j
        && words.is_word(
            k + n,
            &[
                "sport",
                "news",
                "radio",
                "online",
                "television",
                "world",
                "breakfast",
            ],
        );
    if channel {
        out.push(thing(body, &tokens[k..j], Kind::Org));
        return Known::Done;
    }
    if let Some(end) = local_body(words, k + n).filter(|_| *place && k + n == j) {
        out.push(thing(body, &tokens[k..end], Kind::Org));
        return Known::Done;
    }
    // "Trump administration", "Chinese government".
    out.push(Candidate {
        span,
        name: canonical.clone(),
        kind: if *place { Kind::Place } else { Kind::Org },
        role: None,
        alias_keys: forms,
        cued: false,
    });
    if *place && k + n == j {
        if let Some(next) = next.filter(|t| t.bytes(body) == b"government") {
            out.last_mut().expect("pushed").span.end = next.end as u32;
        }
    }
    Known::Past(k + n)
}

/// Titles: everything up to the last title word followed by a name is the role (its
/// known names made candidates); where the run goes on past it, or `None` when there is no
/// role. `role_start` is set where the first role starts.
fn role(
    words: &Words,
    (k, j): (usize, usize),
    role_start: &mut Option<usize>,
    lx: &'static Lexicon,
    out: &mut Vec<Candidate>,
) -> Option<usize> {
    let tokens = words.tokens;
    // Not when the run after the title is the name of a place or an organisation: "Imam
    // Khomeini International Airport", "General Santos City" (but "Former United States
    // Central Intelligence Agency" names a known one after its title, and "Professor
    // Carl Lipo of Binghamton University" is a person and where he is from).
    let ends_as_thing = words.is(j - 1, class::PLACE_SUFFIX | class::ORG_WORD)
        && of_or_for(words, (k, j)).is_none();
    // A role word before a given name and a surname is a title too ("Managing Editor
    // Bill Sammon", "Billionaire Jane Roe").
    // Opening a sentence, before any name that is no common word ("Comic Pasquale won").
    // A nationality as a noun, before a given name and a surname, too ("Scot Jane
    // Roe"; not "Dane Bowers").
    let before_full_name = |m: usize| {
        let given = m + 2 < j && words.is(m + 1, class::FIRST_NAME);
        (words.is(m, class::ROLE_NOUN)
            && (given
                || (m + 1 < j
                    && tokens[m].sentence_start
                    && !words.is(m + 1, class::COMMON | class::TITLE))))
            || (given && words.is_word(m, NATIONALITY_NOUNS))
    };
    let last_title = (k..j.saturating_sub(1))
        .rev()
        .find(|&m| words.is(m, class::TITLE) || before_full_name(m))
        .filter(|&m| {
            // Only the titles that places and institutions are named after ("Mr Lane"
            // is a person, "Lane" though a street's last word).
            let eponym = EPONYM_TITLES.contains(&&*words.lower(m));
            !(ends_as_thing && eponym) || words.is(m + 1, class::GAZETTEER_FIRST)
        });
    let m = last_title?;
    role_start.get_or_insert(k);
    // Words of the role may name organisations ("Conservative MP", "Tory leader").
    for (r, t) in tokens.iter().enumerate().take(m).skip(k) {
        // "Economy and Labour Minister": a portfolio, not the party.
        let portfolio = (r > 0 && words.is_word(r - 1, &["and"]))
            || (r + 1 < m && words.is_word(r + 1, &["and"]));
        if portfolio {
            continue;
        }
        if let Some((1, key)) = gazetteer_match(words, (r, r + 1), lx) {
            let (canonical, place, forms) = &lx.gazetteer.forms[key];
            out.push(Candidate {
                span: Span::new(t.start, t.end),
                name: canonical.clone(),
                kind: if *place { Kind::Place } else { Kind::Org },
                role: None,
                alias_keys: forms,
                cued: false,
            });
        }
    }
    Some(past_office(words, (m + 1, j), lx, out))
}

/// "Secretary of State Corey Stapleton", "Minister for Health Jane Doe": the run `k..j`
/// right after a title, past the office it is of (a known place or body made a
/// candidate); `k` when there is none.
fn past_office(
    words: &Words,
    (k, j): (usize, usize),
    lx: &'static Lexicon,
    out: &mut Vec<Candidate>,
) -> usize {
    let tokens = words.tokens;
    let mut k = k;
    if k + 2 < j && words.is(k, class::CONNECTOR) {
        // "of National Intelligence": the office's common words, up to the name.
        let mut n = k + 1;
        while n + 2 < j + 1
            && ((words.is(n, class::COMMON) && !words.is(n, class::NAME_LIKE_COMMON))
                || words.is(n, class::CONNECTOR))
        {
            n += 1;
        }
        if n > k + 1 && j - n >= 1 {
            k = n;
        } else if let Some((len, key)) =
            gazetteer_match(words, (k + 1, j), lx).filter(|&(len, _)| j >= k + 1 + len + 2)
        {
            // "President of Ukraine Volodymyr Zelenskyy": a known place or body.
            let (canonical, place, forms) = &lx.gazetteer.forms[key];
            let (a, b) = (&tokens[k + 1], &tokens[k + len]);
            out.push(Candidate {
                span: Span::new(a.start, b.end),
                name: canonical.clone(),
                kind: if *place { Kind::Place } else { Kind::Org },
                role: None,
                alias_keys: forms,
                cued: false,
            });
            k += 1 + len;
        }
    }
    k
}
