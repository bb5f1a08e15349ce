//! From tokens to name candidates: capitalised runs split into roles ("Culture Secretary"),
//! gazetteer names (countries, known organisations), organisations by their words
//! ("… Council"), and people.

mod context;
mod cues;
mod keys;
mod known;
mod openers;
mod runs;
mod single;
mod things;
mod words;

use crate::extract::span;
use crate::extract::tokens::Token;
use crate::model::Span;
use cues::{role_after, role_before, speech_cue};
pub use keys::normalise;
use known::{gazetteer_match, lex, org, thing, Lexicon};
use runs::{
    ampersand_link, and_the_known, contraction_of, extend_list, local_body, plural_org_and,
    possessive_link, pronoun_i_after, the_after_connector,
};
use words::{class, Words, EPONYM_TITLES, HONORIFICS, NATIONALITY_NOUNS};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Person,
    /// A single unknown capitalised word: a person only if the article names them in full
    /// elsewhere or something cues it (a title, a speech verb).
    MaybePerson,
    Org,
    Place,
    /// A title: film, song, book, show, report, law.
    Work,
    Product,
    Event,
    /// Not an actor after all ("the Chakri dynasty"): dropped before clustering.
    Skip,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// The name as written (without its role).
    pub span: Span,
    /// Canonical name: the gazetteer's, or the words as written.
    pub name: String,
    pub kind: Kind,
    pub role: Option<String>,
    /// The keys ([`normalise`]d) of every form of a gazetteer name, so later mentions
    /// resolve to it (the gazetteer's own list, not a copy per mention).
    pub alias_keys: &'static [String],
    /// Marked as a person by a title or a speech verb.
    pub cued: bool,
}

/// Only spaces between two tokens (no punctuation, no line break), and the first is not a
/// possessive: they can be one name.
fn adjacent(body: &str, a: &Token, b: &Token) -> bool {
    if a.possessive {
        return false;
    }
    // Most gaps are one byte: a space or not, no character to decode.
    if let [g] = body.as_bytes()[a.end..b.start] {
        return g == b' ';
    }
    body[a.end..b.start]
        .chars()
        .all(|c| c == ' ' || c == '\u{a0}')
}

/// The name candidates of one paragraph's tokens; `seen` is working memory, kept by the
/// caller for the next paragraph. `opening`: the article's first paragraph, where a headline
/// in Title Case may run to more than one sentence ("Jane Roe Wins The Vote. Now What?").
/// Returns whether the paragraph is in Title Case.
pub fn candidates(
    body: &str,
    tokens: &[Token],
    opening: bool,
    seen: &mut Vec<std::cell::Cell<u16>>,
    out: &mut Vec<Candidate>,
) -> bool {
    let lx = lex();
    let words = Words::new(body, tokens, &lx.classes, seen);
    // In a Title Case headline capitals say nothing: common words there split names.
    let title_case = super::headline::is_title_case(body, tokens, opening);
    let plain = |i: usize| {
        title_case
            && words.is(i, class::COMMON)
            // An organisation word still ends a name ("The Walt Disney Company owns both
            // Marvel Studios and ABC.", a sentence of capitals).
            && !words.is(i, class::NAME_LIKE_COMMON | class::TITLE | class::ORG_WORD)
    };
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].is_capitalised(body) || plain(i) || contraction_of(body, &tokens[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len()
            && (adjacent(body, &tokens[j - 1], &tokens[j])
                || possessive_link(&words, j)
                || ampersand_link(&words, j))
        {
            if plain(j) || contraction_of(body, &tokens[j]) {
                break;
            }
            if tokens[j].is_capitalised(body) {
                j += 1;
            } else if words.is_connector(j) {
                // "van Gaal", and two particles in a row: "von der Leyen", "Van den Brul".
                let mut k = j + 1;
                if k < tokens.len()
                    && (words.is_connector(k) || the_after_connector(&words, j))
                    && !tokens[k].is_capitalised(body)
                    && adjacent(body, &tokens[j], &tokens[k])
                {
                    k += 1;
                }
                if tokens
                    .get(k)
                    .is_some_and(|n| n.is_capitalised(body) && adjacent(body, &tokens[k - 1], n))
                {
                    j = k + 1;
                } else {
                    break;
                }
            } else if let Some(e) = plural_org_and(&words, i, j) {
                j = e;
            } else {
                break;
            }
        }
        if let Some(e) = and_the_known(&words, (i, j), |name| {
            lx.gazetteer.forms.contains_key(&normalise(name))
        }) {
            j = e;
        }
        // "Jane Roe Joked “…”", "SENATOR SMITH SAID: “…”" (Title Case, capitals): a
        // speech verb ending a run right before a quote is the verb, not part of the name
        // (unless the run is a known name: "the United States “…”").
        if j - i >= 2
            && words.is(j - 1, class::SPEECH)
            && gazetteer_match(&words, (i, j), lx).is_none_or(|(n, _)| n < j - i)
            && span::from(body, tokens[j - 1].end)
                .trim_start_matches(' ')
                .starts_with(['“', '"', '‘', '«', '„', ':'])
        {
            j -= 1;
        }
        if pronoun_i_after(&words, i, j) {
            j -= 1;
        }
        j = extend_list(&words, i, j);
        let from = out.len();
        group(&words, (i, j), title_case, lx, out);
        // The context only changes the run's candidates: a run that made none (a
        // sentence's capitalised first word, most often) has none to change.
        if out.len() > from {
            context::around(&words, (i, j), lx, &mut out[from..]);
        }
        i = j;
    }
    title_case
}

/// Classifies the capitalised run `tokens[i..j]`; in a headline, people are only kept if the
/// article names them elsewhere.
fn group(
    words: &Words,
    (i, j): (usize, usize),
    headline: bool,
    lx: &'static Lexicon,
    out: &mut Vec<Candidate>,
) {
    let (body, tokens) = (words.body, words.tokens);
    let Some(mut k) = openers::past_openers(words, (i, j), lx, out) else {
        return;
    };
    // "told MSNBC Monday", "Ann Lee Tuesday": a weekday after a name says when, and is no
    // part of it.
    let mut j = j;
    while j > k + 1 && words.is_word(j - 1, &crate::text::meta::WEEKDAYS) {
        j -= 1;
    }
    // "the film Reservoir Dogs", "Hey Jude, the single", "Falcon 9": a work or a product.
    if k < j {
        let kind = things::cue_before(words, k)
            .or_else(|| things::cue_after(words, j))
            .or_else(|| things::model_number(words, (k, j)).then_some(Kind::Product))
            .or_else(|| things::system_name(words, (k, j)).then_some(Kind::Product))
            .or_else(|| things::titled_preposition(words, (k, j)).then_some(Kind::Work));
        if let Some(kind) = kind {
            out.push(thing(body, &tokens[k..j], kind));
            return;
        }
    }
    // "a Janet Jackson-style outfit", "UWB-using devices": a name made a description.
    if k < j && words::adjectival(&words.lower(j - 1)) {
        return;
    }
    let mut role_start: Option<usize> = None;
    while k < j {
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
        // "Rebecca Law": a given name before the one suffix word that is also a frequent
        // surname names a person, not a law.
        let surname =
            || j - k == 2 && words.is(k, class::FIRST_NAME) && words.lower(k + 1) == "law";
        if g.len() > 1
            && words.is(j - 1, class::NON_ACTOR_SUFFIX)
            && !surname()
            && gazetteer_match(words, (k, j), lx).is_none()
        {
            // "Freedom of Information Act" (a work), "World Cup" (an event).
            if let Some(kind) = things::by_last_word(&words.lower(j - 1)) {
                out.push(thing(body, g, kind));
            }
            return;
        }
        // "Sally Wasef of Griffith University": a person, then where they are from; so
        // after a title, whatever the given name ("Dr. Tristan Wade of Ashby College").
        let connector = (k..j).position(|t| words.is_word(t, &["of", "for"]));
        let person_first = |c: usize| {
            c >= 2 && (words.is(k, class::FIRST_NAME) || (c <= 3 && role_start.is_some()))
        };
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
            return;
        }
        // "Hong Kong Chief Executive Carrie Lam": a title, then a given name: the org word
        // belongs to the role, and a person follows.
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
        if let Some(m) = titled_person {
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
            return;
        }
        // "Marsh & McLennan", "Procter & Gamble": a firm's name.
        let ampersand = (k + 1..j).any(|t| &body[tokens[t - 1].end..tokens[t].start] == " & ");
        if (org_word || ampersand) && !starts_with_title && g.len() > 1 {
            out.push(org(body, g, lx));
            return;
        }
        // "Mr Houston", "Dr Jordan": after a personal honorific a place's name is a surname.
        let honorific = role_start.is_some() && HONORIFICS.contains(&&*words.lower(k - 1));
        if let Some((n, key)) = gazetteer_match(words, (k, j), lx).filter(|_| !honorific) {
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
                return;
            }
            if let Some(end) = local_body(words, k + n).filter(|_| *place && k + n == j) {
                out.push(thing(body, &tokens[k..end], Kind::Org));
                return;
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
            k += n;
            continue;
        }
        // Titles: everything up to the last title word followed by a name is the role.
        // Not when the run after the title is the name of a place or an organisation: "Imam
        // Khomeini International Airport", "General Santos City" (but "Former United States
        // Central Intelligence Agency" names a known one after its title, and "Professor
        // Carl Lipo of Binghamton University" is a person and where he is from).
        let ends_as_thing =
            words.is(j - 1, class::PLACE_SUFFIX | class::ORG_WORD) && connector.is_none();
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
        if let Some(m) = last_title {
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
            k = m + 1;
            // "Secretary of State Corey Stapleton", "Minister for Health Jane Doe".
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
            continue;
        }
        break;
    }
    if k >= j {
        return;
    }
    let g = &tokens[k..j];
    let role = role_start
        .map(|r| body[tokens[r].start..tokens[k - 1].end].to_string())
        .or_else(|| role_before(words, k))
        .or_else(|| role_after(words, j));
    let span = Span::new(g[0].start, g[g.len() - 1].end);
    let name = body[g[0].start..g[g.len() - 1].end].to_string();
    let next = tokens.get(j).filter(|n| adjacent(body, &g[g.len() - 1], n));
    if let Some(next) = next.filter(|n| n.bytes(body) == b"administration") {
        out.push(Candidate {
            span: Span::new(g[0].start, next.end),
            name: format!("{name} administration"),
            kind: Kind::Org,
            role: None,
            alias_keys: &[],
            cued: false,
        });
        return;
    }
    // "the Thai Raksa Chart party": the party named (the name joins its full form).
    if next.is_some_and(|n| n.bytes(body) == b"party") && role_start.is_none() {
        out.push(Candidate {
            span,
            name,
            kind: Kind::Org,
            role: None,
            alias_keys: &[],
            cued: false,
        });
        return;
    }
    if let Some(end) = local_body(words, j).filter(|_| role_start.is_none()) {
        out.push(thing(body, &tokens[k..end], Kind::Org));
        return;
    }
    let titled = role_start.is_some();
    let candidate = |kind, cued| Candidate {
        span,
        name: name.clone(),
        kind,
        role: role.clone(),
        alias_keys: &[],
        cued,
    };
    if g.len() == 1 {
        single::one_word(words, k, titled, headline, lx, &candidate, out);
        return;
    }
    let all_titles = (k..j).all(|t| words.is(t, class::TITLE));
    // "Jan Brewer", "June Carter": a month that is also a given name, before a name that
    // is no common word, is a person ("in June Congress" and "Jan Talks" are not).
    let given_month = words.is(k, class::FIRST_NAME)
        && !single::after_time_word(words, k)
        && !words.is(k + 1, class::COMMON | class::STOP);
    let stop = words.is(k, class::STOP) && !given_month;
    if g.iter().all(|t| t.is_acronym(body)) || stop || all_titles {
        return;
    }
    if let Some(c) = (k..j).position(|t| words.is_word(t, &["of", "for", "and", "on"])) {
        // "Sally Wasef of Griffith University": a person, then where they are from.
        if c >= 2 && words.is(k, class::FIRST_NAME) && !titled {
            group(words, (k, k + c), headline, lx, out);
            group(words, (k + c + 1, j), headline, lx, out);
        }
        return;
    }
    if words.is(k, class::PLACE_START) && !titled {
        return;
    }
    // "a base in Maidan Kor", "near Arroyo Verde": two or three words after "in" or "near",
    // no first name, are where; a possessor is not ("in Hal Vane's home town").
    let locative = k > 0
        && !tokens[j - 1].possessive
        && adjacent(body, &tokens[k - 1], &tokens[k])
        && words.is_word(k - 1, &["in", "near"])
        && g.len() <= 3
        && !words.is(k, class::FIRST_NAME | class::NAME_LIKE_COMMON)
        && !speech_cue(words, k, j);
    if locative && !titled {
        out.push(candidate(Kind::Place, false));
        return;
    }
    if words.is(j - 1, class::PLACE_SUFFIX) && !titled {
        out.push(Candidate {
            kind: Kind::Place,
            ..candidate(Kind::Place, false)
        });
        return;
    }
    // "Ban Ki-moon": a family name that is a common word, before a hyphenated given name.
    let first_is_name = !words.is(k, class::COMMON)
        || words.is(k, class::NAME_LIKE_COMMON | class::FIRST_NAME)
        || (j == k + 2 && openers::hyphenated_given_name(tokens[k + 1].text(body)));
    if let Some(kind) = things::channel(words, j).filter(|_| (headline || first_is_name) && !titled)
    {
        out.push(candidate(kind, false));
        return;
    }
    if headline {
        out.push(candidate(Kind::MaybePerson, false));
    } else if titled || first_is_name {
        out.push(candidate(Kind::Person, true));
    }
}
