//! A capitalised run of one word: a month or a surname, an acronym, a firm after "telecom
//! giant", a place after "in", an abstract noun, or a person if nothing says otherwise.

use super::cues::{self, speech_cue};
use super::known::Lexicon;
use super::things;
use super::words::{class, Words};
use super::{adjacent, Candidate, Kind};
use crate::extract::tokens::Lower;

/// Classifies the one-word run `tokens[k]`; `candidate` makes a candidate of it. Read in
/// this order: a stop word, a title, a thing by its word, an acronym, where or a firm by
/// the words around it, no one's name, else a person.
pub(super) fn one_word(
    words: &Words,
    k: usize,
    titled: bool,
    headline: bool,
    lx: &'static Lexicon,
    candidate: &dyn Fn(Kind, bool) -> Candidate,
    out: &mut Vec<Candidate>,
) {
    let w = words.lower(k);
    if words.is(k, class::STOP) {
        if let Some(cued) = stop_word_person(words, k, headline) {
            out.push(candidate(Kind::MaybePerson, cued));
        }
        return;
    }
    if w.len() < 2 || words.is(k, class::TITLE) {
        return;
    }
    if let Some(kind) = thing_by_word(words, k, &w) {
        out.push(candidate(kind, false));
        return;
    }
    if words.tokens[k].is_acronym(words.body) && !titled {
        if acronym_org(words, k, &w) {
            out.push(candidate(Kind::Org, false));
        }
        return;
    }
    match where_or_firm(words, k, titled).or_else(|| no_ones_name(words, k, &w, titled)) {
        Some(Some(kind)) => {
            out.push(candidate(kind, false));
            return;
        }
        Some(None) => return,
        None => {}
    }
    if let Some(cued) = person(words, k, &w, titled, headline, lx) {
        out.push(candidate(Kind::MaybePerson, cued));
    }
}

/// Whether the stop word `k` is someone's name, and then whether it is cued: "May said"
/// (Brian May named earlier) but not "in May", "May 5".
fn stop_word_person(words: &Words, k: usize, headline: bool) -> Option<bool> {
    let (body, tokens) = (words.body, words.tokens);
    let j = k + 1;
    let temporal = after_time_word(words, k);
    let dated = tokens
        .get(j)
        .is_some_and(|t| t.text(body).starts_with(|c: char| c.is_ascii_digit()));
    let name_like = words.is(k, class::FIRST_NAME | class::NAME_LIKE_COMMON);
    (!temporal && !dated && name_like && !headline).then(|| speech_cue(words, k, j))
}

/// The kind of an event or a work named by its one word `w` ("the Olympiad", "the
/// Oscars").
fn thing_by_word(words: &Words, k: usize, w: &str) -> Option<Kind> {
    words
        .is(k, class::NON_ACTOR_SUFFIX)
        .then(|| things::by_last_word(w))
        .flatten()
        .filter(|_| {
            !words.tokens[k].sentence_start
                && !words.is(k, class::FIRST_NAME | class::NAME_LIKE_COMMON)
        })
        // "Law said": a bare word with no article before it that a speech verb follows
        // is someone's surname; "the Act says" stays a work.
        .filter(|_| !(w == "law" && speaks_bare(words, k)))
}

/// Whether the acronym `w` is an organisation's: not a dateline ("LONDON —"), a Roman
/// numeral or a thing's initials.
fn acronym_org(words: &Words, k: usize, w: &str) -> bool {
    // "LONDON —": a dateline, not an organisation; acronyms are short. "stage IV",
    // "Henry VIII": a Roman numeral.
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    let numeral = w.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'));
    // "DVD quality", "HIV tests": a thing's initials, not a body's.
    let thing = matches!(
        w,
        "dvd"
            | "cd"
            | "tv"
            | "pc"
            | "usb"
            | "gps"
            | "sms"
            | "mp3"
            | "hiv"
            | "aids"
            | "dna"
            | "gdp"
            | "vat"
            | "lcd"
            | "led"
            | "pdf"
            | "suv"
            | "atm"
            | "r&b"
    );
    !words.is(k, class::COMMON)
        && !numeral
        && !thing
        && (letters <= 5 || w.chars().any(|c| c.is_ascii_digit()))
}

/// Where or a firm by the words right before `k`: `Some(Some(kind))` a candidate of that
/// kind, `Some(None)` no one's name (a state's abbreviation), `None` read on.
fn where_or_firm(words: &Words, k: usize, titled: bool) -> Option<Option<Kind>> {
    let (body, tokens) = (words.body, words.tokens);
    // "telecom giant Huawei", "Swedish company Ericsson": an organisation.
    let cue_before =
        k > 0 && adjacent(body, &tokens[k - 1], &tokens[k]) && words.is(k - 1, class::ORG_CUE);
    if cue_before && !titled && !words.is(k, class::COMMON) {
        return Some(Some(Kind::Org));
    }
    // "a hospital in Watford", "near Slough": one word after "in" or "near" is where,
    // not who; a possessor is not ("in Vane's home town": the town is where).
    let locative = k > 0
        && !tokens[k].possessive
        && adjacent(body, &tokens[k - 1], &tokens[k])
        && words.is_word(k - 1, &["in", "near"])
        && !words.is(
            k,
            class::FIRST_NAME | class::NAME_LIKE_COMMON | class::COMMON,
        );
    if locative && !titled {
        return Some(Some(Kind::Place));
    }
    // "Green Bay, Wis.", "Paul Ryan (R-Wis.)": a state's abbreviation, no one's name.
    if state_abbreviation(words, k) {
        return Some(None);
    }
    // "the town of Wismar", "the Greek island of Lesbos": where, not who.
    let place_of = k >= 2
        && !tokens[k].possessive
        && words.is_word(k - 1, &["of"])
        && adjacent(body, &tokens[k - 1], &tokens[k])
        && !tokens[k - 2].is_capitalised(body)
        && words.is(k - 2, class::PLACE_SUFFIX)
        && !words.is(k, class::FIRST_NAME);
    if place_of && !titled {
        return Some(Some(Kind::Place));
    }
    None
}

/// No one's name or a firm's by the word `w` itself: `Some(None)` an abstract noun or a
/// noun for unnamed people at a sentence's start, `Some(Some(Org))` a workplace or a brand,
/// `None` read on.
fn no_ones_name(words: &Words, k: usize, w: &str, titled: bool) -> Option<Option<Kind>> {
    let (body, tokens) = (words.body, words.tokens);
    let g = &tokens[k..k + 1];
    // "Civilisation", "Teamwork is essential": an abstract noun, no one's name.
    let abstract_noun = ["tion", "sion", "ism", "ness", "hood"]
        .iter()
        .any(|s| w.ends_with(s))
        || (g[0].sentence_start && (w.ends_with("work") || w.ends_with("ship")));
    if abstract_noun && !titled && !words.is(k, class::FIRST_NAME) {
        return Some(None);
    }
    // "a researcher at Futurelab": where someone works.
    let workplace = k >= 2
        && words.is_word(k - 1, &["at"])
        && adjacent(body, &tokens[k - 1], &tokens[k])
        && adjacent(body, &tokens[k - 2], &tokens[k - 1])
        && words.is(k - 2, class::ROLE_NOUN);
    // "DaimlerChrysler", "SpaceX": a capital inside a word is a brand's (not
    // "McLennan", "MacFarlane", "LeBron").
    if (workplace || cues::camel_case(g[0].text(body)))
        && !titled
        && !words.is(k, class::COMMON | class::FIRST_NAME)
    {
        return Some(Some(Kind::Org));
    }
    // "Aides said …", "Investors fled": a noun for people who go unnamed, capitalised by
    // its place at a sentence's start, is no one's name.
    if g[0].sentence_start && !titled && !words.is(k, class::FIRST_NAME) && people_noun(w) {
        return Some(None);
    }
    None
}

/// Whether the word `w` left over is a person's name, and then whether it is cued.
fn person(
    words: &Words,
    k: usize,
    w: &str,
    titled: bool,
    headline: bool,
    lx: &'static Lexicon,
) -> Option<bool> {
    let g = &words.tokens[k..k + 1];
    let cued = !headline && (titled || speech_cue(words, k, k + 1) || cues::kin_before(words, k));
    // "Casinos said …": a plural of a common word, capitalised by position.
    let plural_common =
        g[0].sentence_start && w.strip_suffix('s').is_some_and(|s| lx.common.contains(s));
    if (!words.is(k, class::COMMON) && !plural_common) || titled {
        Some(cued)
    } else if !plural_common && !g[0].sentence_start && speaks_bare(words, k) {
        // "…,” Ban said": a common word a speech verb follows is a surname if the article
        // names its bearer in full ("Ban Ki-moon"); uncued, it is no one otherwise.
        Some(false)
    } else {
        None
    }
}

/// Whether `w` (in lower case) is a head noun of unnamed people or groups
/// (`unnamed_heads`, `group_heads`), as written or as the plural of one.
fn people_noun(w: &str) -> bool {
    let heads = [
        crate::extract::lexicon::set_here!("unnamed_heads"),
        crate::extract::lexicon::set_here!("group_heads"),
    ];
    let singular = w.strip_suffix('s');
    heads
        .iter()
        .any(|h| h.contains(&Lower::new(w)) || singular.is_some_and(|s| h.contains(&Lower::new(s))))
}

/// Whether the word before token `k` makes a month's name there a date ("in May", "last
/// June", "between Jan").
pub(super) fn after_time_word(words: &Words, k: usize) -> bool {
    let before = k.checked_sub(1).map(|p| words.lower(p));
    before.as_deref().is_some_and(|b| {
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
    })
}

/// Whether token `k` is a US state's abbreviation as a dateline or a party label writes it:
/// "Green Bay, Wis.", "Sen. Ann Lee (R-Wis.)", "Ann Lee, D-Ore.,": a known abbreviation
/// with its stop, after a comma or a party's letter.
fn state_abbreviation(words: &Words, k: usize) -> bool {
    let (body, tokens) = (words.body, words.tokens);
    let t = &tokens[k];
    if !body[t.end..].starts_with('.') {
        return false;
    }
    let text = t.text(body);
    let (abbreviation, party) = match text.split_once('-') {
        Some((p, rest)) => (rest, matches!(p, "R" | "D" | "I")),
        None => (text, false),
    };
    let after_comma = body[..t.start].trim_end().ends_with(',');
    (party || after_comma)
        && crate::extract::lexicon::set_here!("state_abbreviations")
            .contains(&crate::extract::tokens::Lower::new(abbreviation))
}

/// Whether the one word at `k` has a speech verb right after it and no article or
/// demonstrative before it ("…,” Law said"; not "the Law says").
fn speaks_bare(words: &Words, k: usize) -> bool {
    let (body, tokens) = (words.body, words.tokens);
    let verb = tokens
        .get(k + 1)
        .is_some_and(|t| adjacent(body, &tokens[k], t) && words.is(k + 1, class::SPEECH));
    verb && !(k > 0 && words.is_word(k - 1, &["the", "a", "this", "that", "its", "our"]))
}
