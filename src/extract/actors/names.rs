//! From tokens to name candidates: capitalised runs split into roles ("Culture Secretary"),
//! gazetteer names (countries, known organisations), organisations by their words
//! ("… Council"), and people.

mod cues;
mod keys;

use crate::extract::lexicon;
use crate::extract::lexicon::WordSet;
use crate::extract::tokens::{Lower, Token};
use crate::model::Span;
use cues::{role_after, role_before, speech_cue};
use keys::lower;
pub use keys::normalise;
#[cfg(test)]
pub(super) use keys::normalise_any;
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Person,
    /// A single unknown capitalised word: a person only if the article names them in full
    /// elsewhere or something cues it (a title, a speech verb).
    MaybePerson,
    Org,
    Place,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// The name as written (without its role).
    pub span: Span,
    /// Canonical name: the gazetteer's, or the words as written.
    pub name: String,
    pub kind: Kind,
    pub role: Option<String>,
    /// Other forms of a gazetteer name, so later mentions resolve to it (the gazetteer's
    /// own list, not a copy per mention).
    pub aliases: &'static [String],
    /// Marked as a person by a title or a speech verb.
    pub cued: bool,
}

struct Gazetteer {
    /// Normalised form → (canonical, is place, every form).
    forms: rustc_hash::FxHashMap<String, (String, bool, Vec<String>)>,
    /// Normalised forms written in capitals ("US", "WHO"): they match capitals only, so
    /// "Us magazine" is not the United States.
    acronyms: WordSet,
    /// First words of every form: most capitalised words start none, and are turned away
    /// before any string is built.
    first_words: WordSet,
    /// The longest form, in words.
    max_words: usize,
}

struct Lexicon {
    common: &'static WordSet,
    titles: &'static WordSet,
    role_nouns: &'static WordSet,
    stop: &'static WordSet,
    org_words: &'static WordSet,
    speech: &'static WordSet,
    /// "Act", "Cup", "Festival": a name ending so is a law, a prize or an event.
    non_actor_suffixes: &'static WordSet,
    /// "telecom giant X", "Swedish company X": a cue noun before an unknown name.
    org_cues: &'static WordSet,
    first_names: &'static WordSet,
    /// "Province", "Island", "Street": a name ending so is a place.
    place_suffixes: &'static WordSet,
    gazetteer: Gazetteer,
}

/// First names that are also common words ("Mark", "Will"): a run starting with one of these
/// can still be a person.
const NAME_LIKE_COMMON: &[&str] = &[
    "mark", "bill", "will", "rose", "may", "hope", "joy", "rich", "sue", "grace", "june", "april",
    "dawn", "frank", "pat", "chase", "dean", "lance", "ray", "victor", "faith", "art", "bob",
    "gene", "guy", "jean", "max", "neil", "penny", "robin", "sandy", "tony",
];

/// Words that start place names, not people ("New Orleans", "North Korea", "Gulf of Mexico").
const PLACE_STARTS: &[&str] = &[
    "new",
    "north",
    "south",
    "east",
    "west",
    "northern",
    "southern",
    "eastern",
    "western",
    "san",
    "santa",
    "los",
    "las",
    "saint",
    "st.",
    "mount",
    "lake",
    "port",
    "fort",
    "cape",
    "gulf",
    "upper",
    "lower",
    "great",
    "little",
    "tropical",
    "hurricane",
    "storm",
    "cyclone",
    "typhoon",
    "national",
    "international",
    "royal",
    "federal",
    "central",
    "general",
    "united",
];

/// Verbs after a single name that show it is someone acting ("Warman was keen").
const SUBJECT_WORDS: &[&str] = &[
    "was", "is", "has", "had", "who", "will", "would", "could", "also", "later", "then",
];

const CONNECTORS: &[&str] = &[
    "of", "for", "de", "da", "van", "von", "bin", "al", "del", "du", "la", "le",
];

fn lex() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut forms = rustc_hash::FxHashMap::default();
        let mut acronyms = WordSet::default();
        let mut first_words = WordSet::default();
        let mut max_words = 1;
        for (file, place) in [("places", true), ("orgs", false)] {
            for row in lexicon::table(file) {
                let canonical = row[0].to_string();
                let all: Vec<String> = row.iter().map(|s| s.to_string()).collect();
                for form in &row {
                    max_words = max_words.max(form.split_whitespace().count());
                    if let Some(w) = normalise(form).split(' ').next() {
                        first_words.insert(w.to_string());
                    }
                    let letters = form.chars().filter(|c| c.is_alphabetic()).count();
                    if letters >= 2 && !form.chars().any(char::is_lowercase) {
                        acronyms.insert(normalise(form));
                    }
                    forms
                        .entry(normalise(form))
                        .or_insert_with(|| (canonical.clone(), place, all.clone()));
                }
            }
        }
        Lexicon {
            common: lexicon::set("common_words"),
            titles: lexicon::set("titles"),
            role_nouns: lexicon::set("role_nouns"),
            stop: lexicon::set("stop_names"),
            org_words: lexicon::set("org_words"),
            speech: lexicon::set("speech_verbs"),
            non_actor_suffixes: lexicon::set("non_actor_suffixes"),
            org_cues: lexicon::set("org_cues"),
            first_names: lexicon::set("first_names"),
            place_suffixes: lexicon::set("place_suffixes"),
            gazetteer: Gazetteer {
                forms,
                acronyms,
                first_words,
                max_words,
            },
        }
    })
}

/// Only spaces between two tokens (no punctuation, no line break), and the first is not a
/// possessive: they can be one name.
fn adjacent(body: &str, a: &Token, b: &Token) -> bool {
    !a.possessive
        && body[a.end..b.start]
            .chars()
            .all(|c| c == ' ' || c == '\u{a0}')
}

/// The name candidates of one paragraph's tokens.
pub fn candidates(body: &str, tokens: &[Token]) -> Vec<Candidate> {
    let lx = lex();
    let mut out = Vec::new();
    // In a Title Case headline capitals say nothing: common words there split names.
    let long: Vec<&Token> = tokens.iter().filter(|t| t.end - t.start >= 4).collect();
    let one_sentence = tokens
        .windows(2)
        .all(|w| !body[w[0].end..w[1].start].contains(['.', '!', '?']));
    let title_case = one_sentence
        && long.len() >= 3
        && long.iter().filter(|t| t.is_capitalised(body)).count() * 10 >= long.len() * 7;
    let plain = |t: &Token| {
        title_case && {
            let w = lower(body, t);
            lx.common.contains(&w) && !NAME_LIKE_COMMON.contains(&&*w) && !lx.titles.contains(&w)
        }
    };
    let mut i = 0;
    while i < tokens.len() {
        if !tokens[i].is_capitalised(body) || plain(&tokens[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < tokens.len() && adjacent(body, &tokens[j - 1], &tokens[j]) {
            if plain(&tokens[j]) {
                break;
            }
            if tokens[j].is_capitalised(body) {
                j += 1;
            } else if CONNECTORS.contains(&&*lower(body, &tokens[j]))
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| n.is_capitalised(body) && adjacent(body, &tokens[j], n))
            {
                j += 2;
            } else {
                break;
            }
        }
        j = extend_list(body, tokens, i, j);
        group(body, tokens, (i, j), title_case, lx, &mut out);
        i = j;
    }
    out
}

/// "Department for Digital, Culture, Media, and Sport": a name with `for`/`of` may go on as a
/// comma list of capitalised words ending in `and X`.
fn extend_list(body: &str, tokens: &[Token], i: usize, j: usize) -> usize {
    let has_of = tokens[i..j]
        .iter()
        .any(|t| matches!(t.text(body), "for" | "of"));
    if !has_of {
        return j;
    }
    let mut k = j;
    while k < tokens.len() && k < j + 12 {
        let gap = &body[tokens[k - 1].end..tokens[k].start];
        let t = tokens[k].text(body);
        if (gap == ", " || gap == " ") && t == "and" {
            if tokens.get(k + 1).is_some_and(|n| n.is_capitalised(body)) {
                return k + 2;
            }
            return j;
        }
        if gap == ", " && tokens[k].is_capitalised(body) {
            k += 1;
            continue;
        }
        return j;
    }
    j
}

fn gazetteer_match<'l>(body: &str, g: &[Token], lx: &'l Lexicon) -> Option<(usize, &'l str)> {
    let first = lower(body, &g[0]);
    let skip_the = first == "the" && g.len() > 1;
    let head = if skip_the { lower(body, &g[1]) } else { first };
    if !lx.gazetteer.first_words.contains(&head) {
        return None;
    }
    let max = lx.gazetteer.max_words.min(g.len());
    (1..=max).rev().find_map(|n| {
        let text = &body[g[0].start..g[n - 1].end];
        let key = normalise(text);
        if lx.gazetteer.acronyms.contains(&key) && text.chars().any(char::is_lowercase) {
            return None;
        }
        lx.gazetteer
            .forms
            .get_key_value(&key)
            .map(|(k, _)| (n, k.as_str()))
    })
}

/// Classifies the capitalised run `tokens[i..j]`; in a headline, people are only kept if the
/// article names them elsewhere.
fn group(
    body: &str,
    tokens: &[Token],
    (i, j): (usize, usize),
    headline: bool,
    lx: &'static Lexicon,
    out: &mut Vec<Candidate>,
) {
    let mut k = i;
    // Sentence-initial common words and articles are capitalised by position only.
    while k < j {
        let t = &tokens[k];
        let w = lower(body, t);
        let is_article = matches!(&*w, "the" | "a" | "an");
        // "Singer-songwriter Robert Hunter", "Co-lead author": common words joined by hyphens.
        // (Names join capitalised parts: "Jean-Claude", "Schoch-Spana".)
        let original = t.text(body);
        let common_compound = original.contains('-')
            && original
                .split('-')
                .skip(1)
                .all(|p| p.chars().next().is_some_and(char::is_lowercase));
        // "Tunisian-born", "London-based": a description, not part of a name.
        let adjectival = ["-born", "-based", "-owned", "-led", "-run", "-backed"]
            .iter()
            .any(|suffix| w.ends_with(suffix));
        // "Unclogging Beijing …": a gerund opening a sentence.
        let gerund = t.sentence_start && w.ends_with("ing") && !lx.first_names.contains(&w);
        let drop = is_article
            || adjectival
            || gerund
            || (t.sentence_start && common_compound)
            || (t.sentence_start
                && lx.common.contains(&w)
                && !lx.titles.contains(&w)
                && !NAME_LIKE_COMMON.contains(&&*w)
                && !(k + 1 < j && lx.titles.contains(&lower(body, &tokens[k + 1])))
                && gazetteer_match(body, &tokens[k..j], lx).is_none());
        if !drop {
            break;
        }
        k += 1;
    }
    let mut role_start: Option<usize> = None;
    while k < j {
        let g = &tokens[k..j];
        // A known organisation's words anywhere after the first make the whole run an
        // organisation ("UK National Security Council").
        let org_word = g
            .iter()
            .skip(1)
            .any(|t| lx.org_words.contains(&lower(body, t)));
        let starts_with_title = lx.titles.contains(&lower(body, &g[0]));
        let last = lower(body, &g[g.len() - 1]);
        if g.len() > 1
            && lx.non_actor_suffixes.contains(&last)
            && gazetteer_match(body, g, lx).is_none()
        {
            return; // "Freedom of Information Act", "World Cup"
        }
        // "Sally Wasef of Griffith University": a person, then where they are from.
        let connector = g
            .iter()
            .position(|t| matches!(&*lower(body, t), "of" | "for"));
        if let Some(c) =
            connector.filter(|&c| c >= 2 && lx.first_names.contains(&lower(body, &g[0])))
        {
            group(body, tokens, (k, k + c), headline, lx, out);
            group(body, tokens, (k + c + 1, j), headline, lx, out);
            return;
        }
        // "Hong Kong Chief Executive Carrie Lam": a title, then a given name: the org word
        // belongs to the role, and a person follows.
        let titled_person = (1..g.len().saturating_sub(1)).rev().find(|&m| {
            lx.titles.contains(&lower(body, &g[m]))
                && lx.first_names.contains(&lower(body, &g[m + 1]))
                && g.len() - m - 1 <= 3
        });
        if let Some(m) = titled_person {
            if let Some((n, key)) = gazetteer_match(body, &g[..m], lx) {
                let (canonical, place, forms) = &lx.gazetteer.forms[key];
                out.push(Candidate {
                    span: Span::new(g[0].start, g[n - 1].end),
                    name: canonical.clone(),
                    kind: if *place { Kind::Place } else { Kind::Org },
                    role: None,
                    aliases: forms,
                    cued: false,
                });
            }
            let name = &g[m + 1..];
            out.push(Candidate {
                span: Span::new(name[0].start, name[name.len() - 1].end),
                name: body[name[0].start..name[name.len() - 1].end].to_string(),
                kind: Kind::Person,
                role: Some(body[g[0].start..g[m].end].to_string()),
                aliases: &[],
                cued: true,
            });
            return;
        }
        if org_word && !starts_with_title && g.len() > 1 {
            out.push(org(body, g, lx));
            return;
        }
        if let Some((n, key)) = gazetteer_match(body, g, lx) {
            let (canonical, place, forms) = &lx.gazetteer.forms[key];
            let span = Span::new(g[0].start, g[n - 1].end);
            let next = tokens.get(k + n);
            // "Trump administration", "Chinese government".
            out.push(Candidate {
                span,
                name: canonical.clone(),
                kind: if *place { Kind::Place } else { Kind::Org },
                role: None,
                aliases: forms,
                cued: false,
            });
            if *place && k + n == j {
                if let Some(next) = next.filter(|t| t.text(body) == "government") {
                    out.last_mut().expect("pushed").span.end = next.end as u32;
                }
            }
            k += n;
            continue;
        }
        // Titles: everything up to the last title word followed by a name is the role.
        let last_title = (k..j.saturating_sub(1))
            .rev()
            .find(|&m| lx.titles.contains(&lower(body, &tokens[m])));
        if let Some(m) = last_title {
            role_start.get_or_insert(k);
            // Words of the role may name organisations ("Conservative MP", "Tory leader").
            for r in k..m {
                if let Some((1, key)) = gazetteer_match(body, &tokens[r..r + 1], lx) {
                    let (canonical, place, forms) = &lx.gazetteer.forms[key];
                    out.push(Candidate {
                        span: Span::new(tokens[r].start, tokens[r].end),
                        name: canonical.clone(),
                        kind: if *place { Kind::Place } else { Kind::Org },
                        role: None,
                        aliases: forms,
                        cued: false,
                    });
                }
            }
            k = m + 1;
            // "Secretary of State Corey Stapleton", "Minister for Health Jane Doe".
            if k + 2 < j && CONNECTORS.contains(&&*lower(body, &tokens[k])) {
                // "of National Intelligence": the office's common words, up to the name.
                let mut n = k + 1;
                while n + 2 < j + 1 && {
                    let w = lower(body, &tokens[n]);
                    (lx.common.contains(&w) && !NAME_LIKE_COMMON.contains(&&*w))
                        || CONNECTORS.contains(&&*w)
                } {
                    n += 1;
                }
                if n > k + 1 && j - n >= 1 {
                    k = n;
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
        .or_else(|| role_before(body, tokens, k, lx))
        .or_else(|| role_after(body, tokens, j, lx));
    let span = Span::new(g[0].start, g[g.len() - 1].end);
    let name = body[g[0].start..g[g.len() - 1].end].to_string();
    let words: Vec<Lower> = g.iter().map(|t| lower(body, t)).collect();
    let next = tokens.get(j).filter(|n| adjacent(body, &g[g.len() - 1], n));
    if let Some(next) = next.filter(|n| n.text(body) == "administration") {
        out.push(Candidate {
            span: Span::new(g[0].start, next.end),
            name: format!("{name} administration"),
            kind: Kind::Org,
            role: None,
            aliases: &[],
            cued: false,
        });
        return;
    }
    let titled = role_start.is_some();
    let candidate = |kind, cued| Candidate {
        span,
        name: name.clone(),
        kind,
        role: role.clone(),
        aliases: &[],
        cued,
    };
    if g.len() == 1 {
        let w = &words[0];
        if lx.stop.contains(w) {
            // "May said" (Brian May named earlier) but not "in May", "May 5".
            let before = k.checked_sub(1).map(|p| lower(body, &tokens[p]));
            let temporal = before.as_deref().is_some_and(|b| {
                matches!(
                    b,
                    "in" | "on"
                        | "by"
                        | "since"
                        | "until"
                        | "till"
                        | "last"
                        | "next"
                        | "of"
                        | "from"
                        | "early"
                        | "late"
                        | "mid"
                        | "this"
                        | "every"
                        | "before"
                        | "after"
                        | "during"
                        | "through"
                        | "to"
                        | "between"
                        | "and"
                        | "or"
                )
            });
            let dated = tokens
                .get(j)
                .is_some_and(|t| t.text(body).starts_with(|c: char| c.is_ascii_digit()));
            let name_like = lx.first_names.contains(w) || NAME_LIKE_COMMON.contains(&w.as_str());
            if !temporal && !dated && name_like && !headline {
                let cued = speech_cue(body, tokens, k, j, lx);
                out.push(candidate(Kind::MaybePerson, cued));
            }
            return;
        }
        if w.len() < 2 || lx.titles.contains(w) {
            return;
        }
        if g[0].is_acronym(body) && !titled {
            // "LONDON —": a dateline, not an organisation; acronyms are short.
            let letters = w.chars().filter(|c| c.is_alphabetic()).count();
            if !lx.common.contains(w) && (letters <= 5 || w.chars().any(|c| c.is_ascii_digit())) {
                out.push(candidate(Kind::Org, false));
            }
            return;
        }
        // "telecom giant Huawei", "Swedish company Ericsson": an organisation.
        let cue_before = k > 0
            && adjacent(body, &tokens[k - 1], &tokens[k])
            && lx.org_cues.contains(&lower(body, &tokens[k - 1]));
        if cue_before && !titled && !lx.common.contains(w) {
            out.push(candidate(Kind::Org, false));
            return;
        }
        let cued = !headline && (titled || speech_cue(body, tokens, k, j, lx));
        // "Casinos said …": a plural of a common word, capitalised by position.
        let plural_common =
            g[0].sentence_start && w.strip_suffix('s').is_some_and(|s| lx.common.contains(s));
        if (!lx.common.contains(w) && !plural_common) || titled {
            out.push(candidate(Kind::MaybePerson, cued));
        }
        return;
    }
    let all_titles = words.iter().all(|w| lx.titles.contains(w));
    if g.iter().all(|t| t.is_acronym(body)) || lx.stop.contains(&words[0]) || all_titles {
        return;
    }
    if let Some(c) = words
        .iter()
        .position(|w| matches!(w.as_str(), "of" | "for" | "and" | "on"))
    {
        // "Sally Wasef of Griffith University": a person, then where they are from.
        if c >= 2 && lx.first_names.contains(&words[0]) && !titled {
            group(body, tokens, (k, k + c), headline, lx, out);
            group(body, tokens, (k + c + 1, j), headline, lx, out);
        }
        return;
    }
    if PLACE_STARTS.contains(&words[0].as_str()) && !titled {
        return;
    }
    if lx.place_suffixes.contains(&words[words.len() - 1]) && !titled {
        out.push(Candidate {
            kind: Kind::Place,
            ..candidate(Kind::Place, false)
        });
        return;
    }
    let first_is_name = !lx.common.contains(&words[0])
        || NAME_LIKE_COMMON.contains(&words[0].as_str())
        || lx.first_names.contains(&words[0]);
    if headline {
        out.push(candidate(Kind::MaybePerson, false));
    } else if titled || first_is_name {
        out.push(candidate(Kind::Person, true));
    }
}

fn org(body: &str, g: &[Token], lx: &'static Lexicon) -> Candidate {
    let span = Span::new(g[0].start, g[g.len() - 1].end);
    let text = &body[g[0].start..g[g.len() - 1].end];
    let (name, aliases) = match lx.gazetteer.forms.get(&normalise(text)) {
        Some((canonical, _, forms)) => (canonical.clone(), forms.as_slice()),
        None => (text.to_string(), &[][..]),
    };
    Candidate {
        span,
        name,
        kind: Kind::Org,
        role: None,
        aliases,
        cued: false,
    }
}
