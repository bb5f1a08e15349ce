//! Whom a description or a bare word of a subject means: a definite description of an
//! organisation ("the company", "the bank"), a surname no name was found at ("Size said"),
//! a name that only says whose a role is ("Clinton ally James Carville"), a word of an
//! organisation's name that modifies a noun or names one member ("the Democratic nominee",
//! "a Maine Republican"), an office after a comma ("…, the Ohio senator said").

use super::reported::FOR_SOMEONE;
use super::subject::{is_determiner, Scope};

mod office;
use crate::extract::actors::{ArticleActors, Mention};
use crate::extract::clauses::LY_NOUNS;
use crate::extract::lexicon;
use crate::extract::span;
use crate::extract::tokens::{is_lower_case_word, Lower, Token};
use crate::extract::LocalSpeaker;
use crate::model::ActorType;
pub(super) use office::{closing_office, office_holder};

/// Head words of a definite description of a business: any organisation named last that is
/// no public body.
const BUSINESS_HEADS: &[&str] = &[
    "company",
    "firm",
    "airline",
    "carrier",
    "retailer",
    "insurer",
    "lender",
    "maker",
    "manufacturer",
    "broadcaster",
    "publisher",
    "operator",
    "supermarket",
    "chain",
];

/// Head words of a definite description of another organisation: one whose name holds the
/// word ("the bank" → the Bank of England, "the party" → the Labour Party).
const ORGANISATION_HEADS: &[&str] = &[
    "bank",
    "party",
    "agency",
    "ministry",
    "department",
    "committee",
    "council",
    "commission",
    "union",
    "club",
    "association",
    "court",
    "board",
    "campaign",
    "foundation",
    "institute",
    "service",
    "authority",
    "office",
    "bureau",
    "federation",
    "organisation",
    "organization",
];

/// Words of a public body's name, which "the company" does not mean.
const PUBLIC_BODY: &[&str] = &[
    "Party",
    "Senate",
    "House",
    "Congress",
    "Parliament",
    "Department",
    "Ministry",
    "Committee",
    "Council",
    "Court",
    "Government",
    "University",
    "Commission",
    "Agency",
    "Police",
    "Army",
    "Office",
    "Administration",
    "Assembly",
    "Democrats",
    "Republicans",
];

/// The words of a definite description after its opening "the" or "The" ("the party
/// leader" → "party leader"); None when it opens with neither.
pub(super) fn after_the(description: &str) -> Option<&str> {
    description
        .strip_prefix("the ")
        .or_else(|| description.strip_prefix("The "))
}

/// "the company said", "the party said": a definite description of an organisation (one
/// or two words) is the organisation last named before it, outside quotes, within a sentence or
/// two: for a business, any that is no public body; otherwise one whose name holds
/// the head word.
pub(super) fn organisation_meant(
    body: &str,
    actors: &ArticleActors,
    description: &str,
    before: usize,
) -> Option<u32> {
    let rest = after_the(description)?;
    let mut words = rest.split_whitespace();
    let head = words.next_back()?.to_lowercase();
    let business = BUSINESS_HEADS.contains(&head.as_str());
    // "the firm", "the consulting firm"; "the bank", not "the appeals court".
    let modifiers = words.count();
    if modifiers > usize::from(business)
        || !(business || ORGANISATION_HEADS.contains(&head.as_str()))
    {
        return None;
    }
    let fits = |e: u32| {
        let name = &actors.entities[e as usize].name;
        if business {
            !name
                .split_whitespace()
                .any(|w| PUBLIC_BODY.iter().any(|p| p.eq_ignore_ascii_case(w)))
        } else {
            name.split_whitespace()
                .any(|w| w.eq_ignore_ascii_case(&head))
        }
    };
    actors
        .mentions_in(before.saturating_sub(400), before)
        .iter()
        .rev()
        .filter(|m| !m.in_quote && actors.kind(m.entity) == ActorType::Org)
        .filter(|m| actors.interviewer != Some(m.entity))
        .filter(|m| !span::from(body, m.span.end as usize).starts_with(['’', '\'']))
        .take(4)
        .find(|m| fits(m.entity))
        .map(|m| m.entity)
}

/// Words that open a surname of two words ("Ten Bosch", "Van Dyke", "De Rossi").
const SURNAME_PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "ten", "ter", "le", "la", "du", "di", "da", "del", "dos",
];

/// "Size, whose album won a prize, said", "Cross said": a subject that opens with one
/// capitalised word no name was found at, which is the last word of the name of one person
/// of the article (a surname that is also a common word), is that person. So is a word
/// read as a country's short name ("Jordan said", "Cuban said", after "Anna Jordan" and
/// "Mark Cuban" were named).
pub(super) fn surname(
    body: &str,
    actors: &ArticleActors,
    words: &[Token],
    start: usize,
) -> Option<u32> {
    let (w, rest) = words.split_first()?;
    let text = w.text(body);
    // The cheap tests first (all of them must pass).
    if w.start < start || text.len() < 3 || !w.is_capitalised(body) {
        return None;
    }
    let ends_at = |i: usize| {
        rest.get(i).is_none_or(|n| {
            let gap = span::slice(body, rest.get(i.wrapping_sub(1)).unwrap_or(w).end, n.start);
            gap.contains(',') || !n.is_capitalised(body)
        })
    };
    let named = || {
        actors.mention_at(w.start).is_some_and(|m| {
            actors.kind(m.entity) != ActorType::Place
                || m.span.start as usize != w.start
                || m.span.end as usize != w.end
        })
    };
    if text.contains(' ') || named() {
        return None;
    }
    // "Ten Cate said", after "Henk Ten Cate": a surname of two capitalised words, the
    // first one no name opens with.
    let text = if ends_at(0) {
        text
    } else {
        let n = rest.first()?;
        let pair = span::slice(body, w.start, n.end);
        let one_space = pair.len() == text.len() + 1 + n.text(body).len();
        let particle = SURNAME_PARTICLES
            .iter()
            .any(|p| p.eq_ignore_ascii_case(text));
        if !particle || !one_space || !ends_at(1) || actors.mention_at(n.start).is_some() {
            return None;
        }
        pair
    };
    // The name's last word is `text` (a token: no spaces), after a space.
    let mut people = actors
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == ActorType::Person && last_word_is(&e.name, text));
    match (people.next(), people.next()) {
        (Some((i, _)), None) => Some(i as u32),
        _ => None,
    }
}

/// Whether `name` ends in a space and `word` (as `name.strip_suffix(word)` ending in a
/// space): the byte before the word told first, most names failing there.
fn last_word_is(name: &str, word: &str) -> bool {
    let (n, w) = (name.as_bytes(), word.as_bytes());
    n.len() > w.len() && n[n.len() - w.len() - 1] == b' ' && n.ends_with(w)
}

/// Whether the lower-cased `w` is a word for a person or a group that a name before it may
/// modify: a role ("spokesman") or an unnamed speaker's head ("officials").
#[inline]
pub(super) fn role_or_unnamed_head(w: &Lower) -> bool {
    lexicon::set_here!("role_nouns").contains(w) || lexicon::set_here!("unnamed_heads").contains(w)
}

/// "Clinton ally James Carville", "a 2008 Clinton veteran", "Trump supporters": a name of
/// one word right before a lower-case word for a person or a group (a role, an unnamed
/// speaker's head) inside the subject (`end`: where it ends) says whose they are; the name
/// is no speaker.
pub(super) fn names_a_noun(body: &str, name_end: usize, end: usize) -> bool {
    let Some(next) = span::slice(body, name_end, end).strip_prefix(' ') else {
        return false;
    };
    let word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
    if word.len() < 3 || !word.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    let w = Lower::new(&word);
    role_or_unnamed_head(&w)
        || matches!(
            w.as_str(),
            "ally" | "allies" | "veteran" | "veterans" | "campaign" | "loyalist" | "loyalists"
        )
}

/// Articles that open a description naming a person only as its modifier.
const NAME_MODIFIED: &[&str] = &["a", "an", "one", "another", "this", "that", "the"];

/// Adverbs and auxiliaries that can follow a subject: no noun of it ("Lee's aides also
/// said", "Lee's family has").
#[rustfmt::skip]
const NOT_NOUN: &[&str] = &[
    "also", "then", "later", "again", "still", "even", "never", "once", "just", "already",
    "always", "often", "has", "had", "have", "would", "will", "did", "does", "was", "were",
    "are", "can", "could", "may", "might", "should", "must", "not",
];

/// "one Lee confidant", "a 2010 Lee veteran", "this Lee look-alike": an article, words in
/// lower case or figures, a person's name and one lower-case noun that ends the subject (a
/// "who" clause may follow) describe someone else than the person named: the description
/// as written. So does a person's possessive opening the subject before one or two
/// lower-case words ("Lee's office", "Lee's campaign staff"). `words` start at the
/// subject's first word.
pub(super) fn name_modified<'a>(
    body: &'a str,
    actors: &ArticleActors,
    words: &[Token],
    mentions: &[Mention],
) -> Option<&'a str> {
    let first = words.first()?;
    let (article, rest, m) = modified_person(body, actors, words, mentions)?;
    let n = rest.iter().position(|t| t.start >= m.span.end as usize)?;
    let gap = span::slice(body, m.span.end as usize, rest[n].start);
    let possessed = matches!(gap, "’s " | "'s " | "’ " | "' ");
    if !(article && gap == " " || !article && possessed) {
        return None;
    }
    let last = modified_noun(body, rest, n, article)?;
    // What may follow: "who", or after a possessive an adverb or an auxiliary ("Lee's
    // campaign also went").
    match rest.get(last + 1).map(|t| t.text(body)) {
        None | Some("who" | "whose") => {}
        Some(w) if !article && (w.ends_with("ly") || NOT_NOUN.contains(&w)) => {}
        Some(_) => return None,
    }
    Some(span::slice(body, first.start, rest[last].end))
}

/// The person [`name_modified`] reads a description of: whether the subject opens with an
/// article (else with a capitalised name and a possessive), its words past the article,
/// and the mention (outside quotes) of the person named, with nothing but words and
/// spaces before it.
fn modified_person<'t, 'm>(
    body: &str,
    actors: &ArticleActors,
    words: &'t [Token],
    mentions: &'m [Mention],
) -> Option<(bool, &'t [Token], &'m Mention)> {
    // Cheap tests first: most subjects open with neither an article before a capitalised
    // word nor a capitalised name and a possessive.
    let first = words.first()?;
    let w = first.text(body);
    let article = w.len() <= 7 && NAME_MODIFIED.iter().any(|a| w.eq_ignore_ascii_case(a));
    let k = if article {
        words[1..]
            .iter()
            .take(3)
            .position(|t| t.is_capitalised(body))?
    } else if first.is_capitalised(body) && words.iter().take(4).any(|t| t.possessive) {
        0
    } else {
        return None;
    };
    let rest = if article { &words[1..] } else { words };
    let m = mentions
        .iter()
        .find(|m| m.span.start as usize == rest[k].start && !m.in_quote)?;
    if actors.kind(m.entity) != ActorType::Person {
        return None;
    }
    // Nothing but words and spaces from the article to the name.
    let lead = span::slice(body, first.start, rest[k].start);
    if !lead.bytes().all(|b| b.is_ascii_alphanumeric() || b == b' ') {
        return None;
    }
    Some((article, rest, m))
}

/// Where the noun [`name_modified`] reads after the name ends in `rest`: the word at `n`
/// after the name, or the one after that past a modifier (after a possessive), each a
/// lower-case noun; after a possessive, a group or office that speaks for its possessor.
fn modified_noun(body: &str, rest: &[Token], n: usize, article: bool) -> Option<usize> {
    // "a Lee ally", "one Lee ad": nouns in "-ly" or of two letters that are no adverb.
    let lower_noun = |t: &Token| {
        let w = t.text(body);
        (w.len() >= 3 || w == "ad")
            && is_lower_case_word(w)
            && (!w.ends_with("ly") || LY_NOUNS.contains(&w))
            && !NOT_NOUN.contains(&w)
            && !lexicon::set_here!("speech_verbs").contains(&Lower::new(w))
    };
    // The noun: the word after the name, or the one after that past a modifier.
    let two = !article
        && rest.get(n + 1).is_some_and(|t| {
            span::slice(body, rest[n].end, t.start) == " "
                && !matches!(t.text(body), "who" | "whose")
                && lower_noun(t)
        });
    let last = if two { n + 1 } else { n };
    if !rest[n..=last].iter().all(lower_noun) {
        return None;
    }
    // A possessor's group or office speaks for them ("Lee's campaign"), not a thing of
    // theirs ("Lee's gloomy tone").
    if !article && !FOR_SOMEONE.contains(&rest[last].text(body)) {
        return None;
    }
    Some(last)
}

/// "32% of Republican claims", "the Democratic nominee": one word of an organisation's
/// name before a lower-case word that is no verb modifies that word; it is no speaker.
pub(super) fn modifier(
    body: &str,
    actors: &ArticleActors,
    m: &crate::extract::actors::Mention,
) -> bool {
    let b = m.span.end as usize;
    if actors.kind(m.entity) != ActorType::Org || one_word(body, m).is_none() {
        return false;
    }
    let rest = span::from(body, b);
    let Some(next) = rest.strip_prefix(' ') else {
        return false;
    };
    let word: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
    word.chars().next().is_some_and(char::is_lowercase)
        && !lexicon::set_here!("speech_verbs").contains(&Lower::new(&word))
        && !matches!(
            word.as_str(),
            "also"
                | "has"
                | "have"
                | "had"
                | "is"
                | "are"
                | "was"
                | "were"
                | "will"
                | "would"
                | "as"
                | "of"
                | "in"
                | "on"
                | "for"
                | "and"
                | "or"
                | "to"
                | "at"
                | "with"
                | "by"
                | "from"
                | "that"
                | "which"
                | "who"
        )
}

/// "Ann Lee said she backed Tom Reyes's plan. The Ohio senator added …": a definite
/// description of one person goes on with the person who was the source of the last clause
/// before `before` (within 1,200 bytes), when every person named since is that one or named
/// inside what that source said.
pub(super) fn continued_source(actors: &Scope, before: usize) -> Option<u32> {
    let i = actors
        .person_sources
        .partition_point(|(s, _, _)| (s.end as usize) <= before);
    let &(source, content, e) = actors.person_sources[..i].last()?;
    if before - source.end as usize > 1200 {
        return None;
    }
    let inside = |m: &Mention| content.start <= m.span.start && m.span.end <= content.end;
    actors
        .mentions_in(source.end as usize, before)
        .iter()
        .filter(|m| !m.in_quote && actors.kind(m.entity) == ActorType::Person)
        .all(|m| m.entity == e || inside(m))
        .then_some(e)
}

/// "a prominent RNC member said … the RNC member said": a definite description
/// (`description`) that would name a person (`held`) whose last word ends the unnamed
/// source of a clause before `before` (within 4,000 bytes) is that source as written, not
/// someone named near it.
pub(super) fn repeated_description(
    body: &str,
    actors: &Scope,
    description: &str,
    before: usize,
    held: Option<u32>,
) -> Option<LocalSpeaker> {
    if held.is_none_or(|e| actors.kind(e) != ActorType::Person) {
        return None;
    }
    let rest = after_the(description)?;
    let head = rest.rsplit(' ').next()?;
    let i = actors
        .sources
        .partition_point(|s| (s.end as usize) <= before);
    for (k, s) in actors.sources[..i].iter().enumerate().rev() {
        if before - s.end as usize > 4000 {
            break;
        }
        if let Some(d) = unnamed_source(body, actors, k) {
            if d.rsplit(' ')
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case(head))
            {
                return Some(LocalSpeaker::Unnamed(d.to_owned()));
            }
        }
    }
    None
}

/// The unnamed description source `k` of the scope reads as, resolved the first time it is
/// asked for and kept in [`Scope::unnamed_sources`].
fn unnamed_source<'s>(body: &str, actors: &'s Scope, k: usize) -> Option<&'s str> {
    let cell = &actors.unnamed_sources[k];
    if cell.get().is_none() {
        let s = actors.sources[k];
        let range = (s.start as usize, s.end as usize);
        let d = match super::subject::resolve(body, actors, range, range.1) {
            Some(LocalSpeaker::Unnamed(d)) => Some(d.into_boxed_str()),
            _ => None,
        };
        // Set unless resolving it asked for it already (the same answer, from the memo).
        let _ = cell.set(d);
    }
    cell.get()?.as_deref()
}

/// The word of a mention of one word, past a written "The" ("The Republican").
fn one_word<'b>(body: &'b str, m: &crate::extract::actors::Mention) -> Option<&'b str> {
    let text = span::slice(body, m.span.start as usize, m.span.end as usize);
    let word = after_the(text).unwrap_or(text);
    (!word.contains(' ')).then_some(word)
}

/// "a New Hampshire Republican said", "the Wisconsin Republican said": one word of an
/// organisation's name that is not its last ("Republican" of "Republican Party"), ending
/// the subject after a determiner and capitalised words, names one member of it, not the
/// organisation ("Labour said" has no determiner: the party). Some(true) after "the",
/// Some(false) after another determiner, None when the mention is no such member.
pub(super) fn member(
    body: &str,
    actors: &ArticleActors,
    m: &crate::extract::actors::Mention,
    words: &[Token],
    end: usize,
) -> Option<bool> {
    let word = one_word(body, m).filter(|_| actors.kind(m.entity) == ActorType::Org)?;
    let mut name = actors
        .entities
        .get(m.entity as usize)?
        .name
        .split_whitespace();
    let last = name.next_back()?;
    if last.eq_ignore_ascii_case(word) || !name.any(|w| w.eq_ignore_ascii_case(word)) {
        return None;
    }
    let rest = span::slice(body, m.span.end as usize, end);
    if !rest
        .trim_matches(|c: char| c.is_whitespace() || c == ',')
        .is_empty()
    {
        return None;
    }
    // A written "The" inside the mention, else the determiner before the capitalised words.
    let start = m.span.start as usize;
    if span::slice(body, start, m.span.end as usize).len() > word.len() {
        return Some(true);
    }
    let i = words.iter().rposition(|t| t.start < start)?;
    let determiner =
        words[..=i].iter().rev().take(4).find(|t| {
            !t.is_capitalised(body) || is_determiner(Lower::new(t.text(body)).as_str())
        })?;
    let d = Lower::new(determiner.text(body));
    match d.as_str() {
        "the" => Some(true),
        "a" | "an" | "another" | "one" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod last_word_tests {
    use super::last_word_is;

    proptest::proptest! {
        /// The byte test agrees with the suffix it replaces.
        #[test]
        fn last_word_is_the_suffix_after_a_space(name in "[A-Za-z é]{0,12}", word in "[A-Za-z é]{0,5}") {
            let old = name.strip_suffix(word.as_str()).is_some_and(|h| h.ends_with(' '));
            proptest::prop_assert_eq!(last_word_is(&name, &word), old);
            let joined = format!("{name} {word}");
            proptest::prop_assert!(last_word_is(&joined, &word));
        }
    }
}
