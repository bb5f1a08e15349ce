//! From tokens to name candidates: capitalised runs split into roles ("Culture Secretary"),
//! gazetteer names (countries, known organisations), organisations by their words
//! ("… Council"), and people.

mod context;
mod cues;
mod keys;
mod known;
mod openers;
mod roles;
mod runs;
mod single;
mod things;
mod words;

use crate::extract::span;
use crate::extract::tokens::Token;
use crate::model::Span;
use cues::{role_after, role_before, speech_cue};
pub use keys::normalise;
use known::{gazetteer_match, lex, thing, Lexicon};
use runs::{
    ampersand_link, and_the_known, contraction_of, extend_list, local_body, plural_org_and,
    possessive_link, pronoun_i_after, the_after_connector,
};
use words::{class, Words};

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
/// Read as the steps below, in order: a capitalised run starts ([`starts_run`]), grows
/// ([`run_end`]), is trimmed ([`trim_run`]), then is classified ([`group`]) and its
/// candidates read in their context.
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
    let mut i = 0;
    while i < tokens.len() {
        if !starts_run(&words, i, title_case) {
            i += 1;
            continue;
        }
        let j = run_end(&words, i, title_case);
        let j = trim_run(&words, (i, j), lx);
        if j == i + 1 && dated_month(&words, i) {
            i = j;
            continue;
        }
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

/// Whether token `i` is a month's name in a date: after a day's number ("on 4 June",
/// "24-26 June") or before a number ("June 4", "May 2005"). It names no one, whatever its
/// neighbours say.
fn dated_month(words: &Words, i: usize) -> bool {
    // The months are among the stop names: the class, known by now, turns most words away.
    if !words.is(i, class::STOP) {
        return false;
    }
    let (body, tokens) = (words.body, words.tokens);
    let day_before = i.checked_sub(1).is_some_and(|p| {
        let t = tokens[p].text(body);
        // "4 June", "24-26 June".
        (1..=5).contains(&t.len())
            && t.starts_with(|c: char| c.is_ascii_digit())
            && t.bytes().all(|b| b.is_ascii_digit() || b == b'-')
    });
    let number_after = tokens
        .get(i + 1)
        .is_some_and(|t| t.text(body).starts_with(|c: char| c.is_ascii_digit()));
    (day_before || number_after) && words.is_word(i, &crate::text::meta::MONTH_NAMES)
}

/// A common word in a Title Case headline, where its capital says nothing.
fn plain(words: &Words, title_case: bool, i: usize) -> bool {
    title_case
        && words.is(i, class::COMMON)
        // An organisation word still ends a name ("The Walt Disney Company owns both
        // Marvel Studios and ABC.", a sentence of capitals).
        && !words.is(i, class::NAME_LIKE_COMMON | class::TITLE | class::ORG_WORD)
}

/// Token `i` starts a capitalised run: capitalised, not [`plain`], not a contraction.
fn starts_run(words: &Words, i: usize, title_case: bool) -> bool {
    let (body, tokens) = (words.body, words.tokens);
    tokens[i].is_capitalised(body)
        && !plain(words, title_case, i)
        && !contraction_of(body, &tokens[i])
}

/// The end of the capitalised run starting at `i`: adjacent capitalised words, linked by a
/// possessive or "&", past name particles ([`past_particles`]) and a plural organisation's
/// "and"; a [`plain`] word or a contraction ends it.
fn run_end(words: &Words, i: usize, title_case: bool) -> usize {
    let (body, tokens) = (words.body, words.tokens);
    let mut j = i + 1;
    while j < tokens.len()
        && (adjacent(body, &tokens[j - 1], &tokens[j])
            || possessive_link(words, j)
            || ampersand_link(words, j))
    {
        if plain(words, title_case, j) || contraction_of(body, &tokens[j]) {
            break;
        }
        if tokens[j].is_capitalised(body) {
            j += 1;
        } else if words.is_connector(j) {
            match past_particles(words, j) {
                Some(e) => j = e,
                None => break,
            }
        } else if let Some(e) = plural_org_and(words, i, j) {
            j = e;
        } else {
            break;
        }
    }
    j
}

/// "van Gaal", and two particles in a row: "von der Leyen", "Van den Brul". The run's end
/// past the particle at `j` and the capitalised word after it, if one follows.
fn past_particles(words: &Words, j: usize) -> Option<usize> {
    let (body, tokens) = (words.body, words.tokens);
    let mut k = j + 1;
    if k < tokens.len()
        && (words.is_connector(k) || the_after_connector(words, j))
        && !tokens[k].is_capitalised(body)
        && adjacent(body, &tokens[j], &tokens[k])
    {
        k += 1;
    }
    tokens
        .get(k)
        .is_some_and(|n| n.is_capitalised(body) && adjacent(body, &tokens[k - 1], n))
        .then_some(k + 1)
}

/// The run's end after its trims, in order: on past "and the" and a known name, back off a
/// speech verb before a quote ([`speech_verb_before_quote`]) and a pronoun "I", on over a
/// list ([`extend_list`]).
fn trim_run(words: &Words, (i, j): (usize, usize), lx: &'static Lexicon) -> usize {
    let mut j = j;
    if let Some(e) = and_the_known(words, (i, j), |name| {
        lx.gazetteer.forms.contains_key(&normalise(name))
    }) {
        j = e;
    }
    if speech_verb_before_quote(words, (i, j), lx) {
        j -= 1;
    }
    if pronoun_i_after(words, i, j) {
        j -= 1;
    }
    extend_list(words, i, j)
}

/// "Jane Roe Joked “…”", "SENATOR SMITH SAID: “…”" (Title Case, capitals): a speech verb
/// ending a run right before a quote is the verb, not part of the name (unless the run is a
/// known name: "the United States “…”").
fn speech_verb_before_quote(words: &Words, (i, j): (usize, usize), lx: &Lexicon) -> bool {
    j - i >= 2
        && words.is(j - 1, class::SPEECH)
        && gazetteer_match(words, (i, j), lx).is_none_or(|(n, _)| n < j - i)
        && span::from(words.body, words.tokens[j - 1].end)
            .trim_start_matches(' ')
            .starts_with(['“', '"', '‘', '«', '„', ':'])
}

/// Classifies the capitalised run `tokens[i..j]`; in a headline, people are only kept if the
/// article names them elsewhere.
/// Read as the steps below, in order: past the openers and a closing weekday, a work or a
/// product or a name made a description, past the roles and known names at the run's front
/// ([`roles::past_roles`]), and last the name left.
fn group(
    words: &Words,
    (i, j): (usize, usize),
    headline: bool,
    lx: &'static Lexicon,
    out: &mut Vec<Candidate>,
) {
    let Some(k) = openers::past_openers(words, (i, j), lx, out) else {
        return;
    };
    let j = past_weekdays(words, k, j);
    if thing_or_description(words, (k, j), out) {
        return;
    }
    let Some((k, role_start)) = roles::past_roles(words, (k, j), headline, lx, out) else {
        return;
    };
    if k >= j {
        return;
    }
    let from = out.len();
    name_left(words, (k, j), role_start, headline, lx, out);
    group_not_person(words, j, &mut out[from..]);
}

/// "Roman Catholic", "Pacific Islander", "Latino Republicans", "Latinos": a name that ends
/// in a word naming a people, a faith or a party's members (`group_identities.txt`) is a
/// group, not a person: it is no actor, so no rule that wants a person takes it.
fn group_not_person(words: &Words, j: usize, made: &mut [Candidate]) {
    if !words.is(j - 1, class::GROUP_IDENTITY) {
        return;
    }
    let end = words.tokens[j - 1].end as u32;
    for c in made {
        if matches!(c.kind, Kind::Person | Kind::MaybePerson) && c.span.end == end {
            c.kind = Kind::Skip;
        }
    }
}

/// The run `k..j` without the weekdays it ends with: "told MSNBC Monday", "Ann Lee
/// Tuesday": a weekday after a name says when, and is no part of it.
fn past_weekdays(words: &Words, k: usize, j: usize) -> usize {
    let mut j = j;
    while j > k + 1 && words.is_word(j - 1, &crate::text::meta::WEEKDAYS) {
        j -= 1;
    }
    j
}

/// The run `k..j` as a work or a product (a candidate made), or as a name made a
/// description (none): whether it is either.
fn thing_or_description(words: &Words, (k, j): (usize, usize), out: &mut Vec<Candidate>) -> bool {
    let (body, tokens) = (words.body, words.tokens);
    // "the film Reservoir Dogs", "Hey Jude, the single", "Falcon 9": a work or a product.
    if k < j {
        let kind = things::cue_before(words, k)
            .or_else(|| things::cue_after(words, j))
            .or_else(|| things::model_number(words, (k, j)).then_some(Kind::Product))
            .or_else(|| things::system_name(words, (k, j)).then_some(Kind::Product))
            .or_else(|| things::titled_preposition(words, (k, j)).then_some(Kind::Work));
        if let Some(kind) = kind {
            out.push(thing(body, &tokens[k..j], kind));
            return true;
        }
    }
    // "a Janet Jackson-style outfit", "UWB-using devices": a name made a description.
    k < j && words::adjectival(&words.lower(j - 1))
}

/// The name `k..j` left past the run's roles (`role_start`: where they start): an
/// organisation by the word after it, one word ([`single::one_word`]), no name, or a
/// place or a person.
fn name_left(
    words: &Words,
    (k, j): (usize, usize),
    role_start: Option<usize>,
    headline: bool,
    lx: &'static Lexicon,
    out: &mut Vec<Candidate>,
) {
    let (body, tokens) = (words.body, words.tokens);
    let g = &tokens[k..j];
    let role = role_start
        .map(|r| body[tokens[r].start..tokens[k - 1].end].to_string())
        .or_else(|| role_before(words, k))
        .or_else(|| role_after(words, j));
    let span = Span::new(g[0].start, g[g.len() - 1].end);
    let name = body[g[0].start..g[g.len() - 1].end].to_string();
    if org_by_next_word(words, (k, j), role_start, span, &name, out) {
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
    if no_name(words, (k, j), titled, headline, lx, out) {
        return;
    }
    if let Some((kind, cued)) = place_or_person(words, (k, j), titled, headline) {
        out.push(candidate(kind, cued));
    }
}

/// An organisation named by the word after the name: "Trump administration", "the Thai
/// Raksa Chart party", a local body ([`local_body`]); whether one was made.
fn org_by_next_word(
    words: &Words,
    (k, j): (usize, usize),
    role_start: Option<usize>,
    span: Span,
    name: &str,
    out: &mut Vec<Candidate>,
) -> bool {
    let (body, tokens) = (words.body, words.tokens);
    let g = &tokens[k..j];
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
        return true;
    }
    // "the Thai Raksa Chart party": the party named (the name joins its full form).
    if next.is_some_and(|n| n.bytes(body) == b"party") && role_start.is_none() {
        out.push(Candidate {
            span,
            name: name.to_string(),
            kind: Kind::Org,
            role: None,
            alias_keys: &[],
            cued: false,
        });
        return true;
    }
    if let Some(end) = local_body(words, j).filter(|_| role_start.is_none()) {
        out.push(thing(body, &tokens[k..end], Kind::Org));
        return true;
    }
    false
}

/// The words `k..j` (two or more) name nobody: all acronyms, a stop word first, all
/// titles, a connector inside (but "Sally Wasef of Griffith University": a person, then
/// where they are from, each a run of its own), or a place's first word untitled.
fn no_name(
    words: &Words,
    (k, j): (usize, usize),
    titled: bool,
    headline: bool,
    lx: &'static Lexicon,
    out: &mut Vec<Candidate>,
) -> bool {
    let (body, tokens) = (words.body, words.tokens);
    let g = &tokens[k..j];
    let all_titles = (k..j).all(|t| words.is(t, class::TITLE));
    // "Jan Brewer", "June Carter": a month that is also a given name, before a name that
    // is no common word, is a person ("in June Congress" and "Jan Talks" are not).
    let given_month = words.is(k, class::FIRST_NAME)
        && !single::after_time_word(words, k)
        && !words.is(k + 1, class::COMMON | class::STOP);
    let stop = words.is(k, class::STOP) && !given_month;
    if g.iter().all(|t| t.is_acronym(body)) || stop || all_titles {
        return true;
    }
    if let Some(c) = (k..j).position(|t| words.is_word(t, &["of", "for", "and", "on"])) {
        // "Sally Wasef of Griffith University": a person, then where they are from.
        if c >= 2 && words.is(k, class::FIRST_NAME) && !titled {
            group(words, (k, k + c), headline, lx, out);
            group(words, (k + c + 1, j), headline, lx, out);
        }
        return true;
    }
    words.is(k, class::PLACE_START) && !titled
}

/// The kind of the name `k..j` (two or more words) and whether it is cued: where ("in
/// Maidan Kor", a place's last word), a channel's, or a person (maybe, in a headline).
fn place_or_person(
    words: &Words,
    (k, j): (usize, usize),
    titled: bool,
    headline: bool,
) -> Option<(Kind, bool)> {
    let (body, tokens) = (words.body, words.tokens);
    let g = &tokens[k..j];
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
        return Some((Kind::Place, false));
    }
    if words.is(j - 1, class::PLACE_SUFFIX) && !titled {
        return Some((Kind::Place, false));
    }
    // "Ban Ki-moon": a family name that is a common word, before a hyphenated given name.
    let first_is_name = !words.is(k, class::COMMON)
        || words.is(k, class::NAME_LIKE_COMMON | class::FIRST_NAME)
        || (j == k + 2 && openers::hyphenated_given_name(tokens[k + 1].text(body)));
    if let Some(kind) = things::channel(words, j).filter(|_| (headline || first_is_name) && !titled)
    {
        return Some((kind, false));
    }
    if headline {
        Some((Kind::MaybePerson, false))
    } else if titled || first_is_name {
        Some((Kind::Person, true))
    } else {
        None
    }
}
