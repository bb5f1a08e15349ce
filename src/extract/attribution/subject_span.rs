//! The words a reported clause's speaker is read from, when the source words found with
//! the clause are not its subject: the predicate of a relative clause ("Ann Lee, who runs
//! the fund, said"), an apposition whose name came before it ("Ann Lee, a lawyer for the
//! city, said"), or an adverbial with the subject after it ("If rates rise, analysts say").

use super::bounds::sentence_past_titles;
use super::subject;
use super::written;
use crate::extract::actors::ArticleActors;
use crate::extract::clauses::{Clause, SourceAt};
use crate::extract::span;
use crate::extract::tokens::Lower;
use crate::model::{ActorType, Span};
use crate::text::meta::WEEKDAYS;

/// `c` with its source narrowed or moved to the subject of the cue, or `c` itself.
pub(super) fn subject_clause(body: &str, c: &Clause, actors: &ArticleActors) -> Clause {
    if let Some(narrowed) =
        super::main_subject::narrowed_named(body, c, |s, e| members_by_name(body, actors, s, e))
    {
        return narrowed;
    }
    if c.source_at == SourceAt::After {
        if let Some(named) = name_after_description(body, c, actors) {
            return named;
        }
        return inverted_subject(body, c).unwrap_or(*c);
    }
    if c.source_at != SourceAt::Before || c.source.start >= c.source.end {
        return *c;
    }
    let (start, end) = (c.source.start as usize, c.source.end as usize);
    let source = Span::new;
    let at = |s: usize, e: usize| Clause {
        source: source(s, e),
        ..*c
    };
    if let Some((s, e)) = antecedent(body, start, end) {
        return at(s, e);
    }
    if let Some((s, e)) = named_before_apposition(body, start, end, actors) {
        return at(s, e);
    }
    if let Some(s) = after_adverbial(body, start, end) {
        return at(s, end);
    }
    *c
}

/// Whether the subject `body[start..end]` opens with a name that says it is members of an
/// organisation ("Democrats", "Republicans, who …,": a plural one-word form that is not
/// the organisation's name) or someone's group or kin ("Lee's campaign", "Lee's younger
/// sister": a person's name with a possessive).
fn members_by_name(body: &str, actors: &ArticleActors, start: usize, end: usize) -> bool {
    let Some(m) = actors.mentions_in(start, end).first() else {
        return false;
    };
    let (s, e) = (m.span.start as usize, m.span.end as usize);
    if s != start {
        return false;
    }
    let words = span::slice(body, s, e);
    match actors.kind(m.entity) {
        ActorType::Org => {
            words.ends_with('s')
                && !words.contains(' ')
                && actors.entities[m.entity as usize].name != words
        }
        ActorType::Person => ["'s ", "’s ", "' ", "’ "]
            .iter()
            .any(|p| span::slice(body, e, end).starts_with(p)),
        _ => false,
    }
}

/// Words that open a time or a place after a verb ("said on Tuesday", "wrote in a
/// post"), never its subject.
const NOT_SUBJECT: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "last",
    "this",
    "earlier",
    "later",
    "today",
    "yesterday",
    "of",
    "about",
    "to",
    "via",
];

/// Speech verbs a name follows the inverted way ("…,” said Ann Lee, referring to …").
const INVERTING: &[&str] = &[
    "said",
    "says",
    "added",
    "wrote",
    "told",
    "explained",
    "noted",
];

/// The source words after a cue that are no subject: "Ann Lee, the mayor, said on
/// Tuesday …" (the subject is before the cue), and "…,” said Ann Lee, referring to …"
/// (a participle cue whose source is the inverted subject of the speech verb before it).
fn inverted_subject(body: &str, c: &Clause) -> Option<Clause> {
    let (start, cue) = (c.source.start as usize, c.cue.start as usize);
    let first = span::from(body, start).split_whitespace().next()?;
    let first = Lower::new(first.trim_end_matches([',', '.']));
    if start < cue {
        let verb = span::upto(body, start).trim_end().rsplit(' ').next()?;
        let participle = super::inverted::participle(body, c.cue);
        return (participle && INVERTING.contains(&verb)).then_some(Clause {
            source_at: SourceAt::Before,
            ..*c
        });
    }
    if !NOT_SUBJECT.contains(&first.as_str()) && !WEEKDAYS.contains(&first.as_str()) {
        return None;
    }
    // Between the sentence's start (or the content before the cue) and the cue.
    let mut from = sentence_past_titles(body, cue);
    if c.content.end as usize <= cue {
        from = from.max(c.content.end as usize);
    }
    let words = span::slice(body, from, cue);
    let lead = words.len()
        - words
            .trim_start_matches([',', ' ', '\'', '’', '"', '”'])
            .len();
    let text = words.trim_end().trim_end_matches(',').trim_end();
    let (s, e) = (from + lead, from + text.len());
    (s < e).then_some(Clause {
        source: Span::new(s, e),
        source_at: SourceAt::Before,
        ..*c
    })
}

/// "…, said the port's chief engineer, Paul Kemp.": a description after the cue, then a
/// comma and a person's name that ends the sentence or a clause. The source is the name.
fn name_after_description(body: &str, c: &Clause, actors: &ArticleActors) -> Option<Clause> {
    let (start, end) = (c.source.start as usize, c.source.end as usize);
    // What was said comes before the cue ("According to X, Ann Lee sent …" is no such).
    if start < c.cue.end as usize || start >= end || c.content.end > c.cue.start {
        return None;
    }
    // Cheap first: the source's words are followed by a comma.
    let rest = span::from(body, end);
    let after = rest.strip_prefix(',')?;
    let at = end + 1 + (after.len() - after.trim_start_matches(' ').len());
    if !span::from(body, start).starts_with(char::is_lowercase) {
        return None;
    }
    let m = actors.mention_at(at)?;
    let (s, e) = (m.span.start as usize, m.span.end as usize);
    let ends = span::from(body, e)
        .chars()
        .next()
        .is_none_or(|ch| matches!(ch, '.' | ',' | ';' | '\n'));
    let person = actors.kind(m.entity) == ActorType::Person;
    let unnamed = !actors
        .mentions_in(start, end)
        .iter()
        .any(|m| actors.kind(m.entity) == ActorType::Person);
    (s == at && ends && person && unnamed).then_some(Clause {
        source: Span::new(s, e),
        ..*c
    })
}

/// Subject pronouns: "who he called" is an object relative, its subject the pronoun.
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we", "you"];

/// "Bill Lee, a delegate who is part of the drive, said": a source that is the predicate
/// of a relative clause opened by "who" right before it. The subject is the antecedent:
/// the sentence up to the "who" (commas and an apposition before it read as usual).
fn antecedent(body: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let head = span::upto(body, start).trim_end();
    // ", which tracks the vote daily, showed": a "which" clause set off by commas.
    let which = head.strip_suffix(", which").filter(|_| {
        let source = span::slice(body, start, end).trim_end();
        source.split_whitespace().nth(2).is_some() && source.ends_with(',')
    });
    // "Ann Lee, the head of Harbour Watch, a group that has sued the city, said": a "that"
    // clause set off by commas after an apposition's noun.
    let that = || {
        let b = head.strip_suffix("that")?;
        let noun = &b[b.rfind(", ")? + 2..];
        let set_off = span::slice(body, start, end).trim_end().ends_with(',');
        (set_off && ["a ", "an ", "the "].iter().any(|d| noun.starts_with(d))).then_some(b)
    };
    let before_who = match which {
        Some(b) => b,
        None => match head.strip_suffix("who") {
            Some(b) => b,
            None => that()?,
        },
    };
    if !before_who.ends_with([' ', ',']) && which.is_none() {
        return None;
    }
    // "who he met" / "who Lee backed": the subject of the relative clause is named.
    let first = span::from(body, start).split_whitespace().next()?;
    let lower = Lower::new(first.trim_end_matches([',', '.']));
    if first.starts_with(char::is_uppercase)
        || PRONOUNS.contains(&lower.as_str())
        || super::subject::is_determiner(lower.as_str())
    {
        return None;
    }
    let mut end = before_who.trim_end().trim_end_matches(',').trim_end().len();
    let from = sentence_past_titles(body, end);
    if which.is_none() && !head.ends_with("who") {
        // After "that", the subject is the name before the first apposition.
        end = from + span::slice(body, from, end).find(", ")?;
    }
    (from < end).then_some((from, end))
}

/// "Ann Lee, a lawyer for the city, said", "Sen. Bo Cruz (R-Tex.), facing a challenge,
/// said": a source that is an apposition (or a participle phrase) after a name alone at
/// the sentence's start. The subject is that name. So with more than one apposition
/// ("Ann Lee, the editor of the weekly, The Harbour News, said"; "Ann Lee, a backer from
/// Leeds, Kent, attending the fair, said"), where the source is only the last.
fn named_before_apposition(
    body: &str,
    start: usize,
    end: usize,
    actors: &ArticleActors,
) -> Option<(usize, usize)> {
    // Only after "Name, " (checked first: most sources follow no comma).
    if !span::upto(body, start).trim_end_matches(' ').ends_with(',') {
        return None;
    }
    let first = span::from(body, start).split_whitespace().next()?;
    // The sentence's start, or past a quotation closed by a comma before the source ("“…,”
    // Mr Okafor, Hartley's chief executive said") and the spaces after it.
    let sentence = span::slice(body, sentence_past_titles(body, start), start);
    let sentence = sentence
        .rsplit_once(['"', '”'])
        .filter(|(quoted, _)| quoted.trim_end().ends_with(','))
        .map_or(sentence, |(_, rest)| rest.trim_start());
    // "But Ann Lee, a lawyer, said": a conjunction opening the sentence is no name's.
    let from = start - subject::past_leading(sentence).len();
    let head = span::slice(body, from, start)
        .trim_end()
        .strip_suffix(',')?;
    // "Mr Okafor, Hartley's chief executive said": an apposition may open with a
    // possessor, a capitalised word that is no name of the subject.
    let possessor = first.ends_with("'s") || first.ends_with("’s");
    if !first.starts_with(char::is_uppercase) || possessor {
        if let Some(found) = named_head(head, from, actors) {
            return Some(found);
        }
    }
    // More appositions: the name before the first comma, the rest a description.
    let (name, between) = head.split_once(", ")?;
    let source = span::slice(body, start, end).trim_end();
    let person_first = actors.mentions_in(start, end).first().is_some_and(|m| {
        m.span.start as usize == start && actors.kind(m.entity) == ActorType::Person
    });
    let described = between.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        && source.ends_with(',')
        && !person_first
        && !between.contains(['(', '“', '"', ';', '—', ':'])
        && between.split_whitespace().nth(40).is_none()
        && !between
            .split(" and ")
            .skip(1)
            .any(|w| w.starts_with(char::is_uppercase))
        && !between.contains(", and ");
    described.then(|| named_head(name, from, actors)).flatten()
}

/// `head` (at byte `from`) as a name alone: one to five capitalised words holding a
/// person's mention, past an age or a party and state after it ("Ann Lee, 53",
/// "Bo Cruz (R-Tex.)").
fn named_head(head: &str, from: usize, actors: &ArticleActors) -> Option<(usize, usize)> {
    let mut name = head.trim_end();
    if let Some((n, age)) = name.rsplit_once(", ") {
        if age.bytes().all(|b| b.is_ascii_digit()) {
            name = n.trim_end();
        }
    }
    if name.ends_with(')') {
        name = name.rsplit_once(" (")?.0.trim_end();
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    let end = from + name.len();
    let named = (1..=5).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && !w.ends_with(','))
        && actors
            .mentions_in(from, end)
            .iter()
            .any(|m| actors.kind(m.entity) == ActorType::Person && m.span.end as usize <= end);
    named.then_some((from, end))
}

/// Words that open no subject after a comma: a relative pronoun, a conjunction, a
/// preposition or a time ("…, after", "…, to employees", "…, last year").
const NOT_FIRST: &[&str] = &[
    "who", "whom", "whose", "which", "that", "and", "or", "but", "after", "before", "to", "for",
    "in", "on", "at", "with", "by", "from", "of", "about", "last", "this", "next", "then", "also",
    "again", "later", "earlier", "than", "as",
];

/// Words that end no subject: a time ("…, last year") or an adverb ("…, even after").
const NOT_LAST: &[&str] = &[
    "after",
    "before",
    "even",
    "then",
    "also",
    "again",
    "later",
    "earlier",
    "ago",
    "year",
    "years",
    "week",
    "weeks",
    "month",
    "months",
    "day",
    "days",
    "time",
    "today",
    "yesterday",
];

/// "If rates rise, analysts say", "On Tuesday, some backers urged": the noun phrase after
/// the source's last comma, running to the cue, when what comes before that comma is no
/// name the phrase lists with ("Lee, Cruz and Bell said").
pub(super) fn after_adverbial(body: &str, start: usize, end: usize) -> Option<usize> {
    let text = span::slice(body, start, end).trim_end();
    if text.ends_with(',') {
        return None;
    }
    let i = span::rfind_comma_space(text)?;
    // "the Department for Culture, Media, and Sport": the last item of a list ending in
    // "and"/"or" after another short item between commas, no phrase after an adverbial
    // ("Ortiz, currently holds a stake in the club, and the club's statement said" is one).
    let raw = text[i + 2..].trim_start();
    let short_item = span::rfind_comma_space(&text[..i])
        .is_some_and(|p| text[p + 2..i].split_whitespace().count() <= 3);
    if (raw.starts_with("and ") || raw.starts_with("or ")) && short_item {
        return None;
    }
    // "…, but Shelby said": a conjunction opening the subject is no part of it.
    let (before, tail) = (
        &text[..i],
        subject::past_leading(text[i + 2..].trim_start()),
    );
    let words: Vec<&str> = tail.split_whitespace().collect();
    fn lower(w: &str) -> Lower<'_> {
        Lower::new(w.trim_end_matches([',', '.']))
    }
    let firsts = lower(words.first()?);
    let lasts = lower(words.last()?);
    // "…, who has run before, continue": the comma closes a relative clause of the subject.
    if words.len() > 8
        || span::contains_word(before, "who")
        || NOT_FIRST.contains(&firsts.as_str())
        || NOT_LAST.contains(&lasts.as_str())
        || (firsts.ends_with("ing") && !tail.starts_with(char::is_uppercase))
        || words
            .iter()
            .any(|w| matches!(lower(w).as_str(), "who" | "whom" | "whose" | "which"))
    {
        return None;
    }
    // A list of names: "Lee, Cruz and Bell".
    if words.iter().any(|w| lower(w).as_str() == "and") && before.split_whitespace().count() <= 4 {
        return None;
    }
    let phrase = if PRONOUNS.contains(&firsts.as_str()) {
        words.len() == 1
    } else {
        // The phrase runs to the cue, or a participle phrase follows it ("families of
        // those hit by the flood"); a verb right before the cue makes a clause.
        written::noun_phrase(&words, 8)
            .is_some_and(|r| r.start == 0 && (r.end == words.len() || r.end + 2 <= words.len()))
    };
    phrase.then(|| start + span::offset_in(text, tail))
}

/// `, herself a Reyes supporter, drew boos`, ` (D), a Reyes ally, praised …`: the words
/// after a name (and its bracket) are an apposition set off by commas, then a lower-case
/// word that goes on with the name's own clause.
pub(super) fn set_off_apposition(after: &str) -> bool {
    let rest = after.trim_start();
    let rest = match rest.strip_prefix('(') {
        Some(r) => r.split_once(')').map_or("", |(_, r)| r),
        None => rest,
    };
    let Some((inner, next)) = rest.strip_prefix(", ").and_then(|r| r.split_once(',')) else {
        return false;
    };
    let inner = ["herself ", "himself "]
        .iter()
        .find_map(|p| inner.strip_prefix(p))
        .unwrap_or(inner);
    let next = next.trim_start();
    ["a ", "an ", "another "]
        .iter()
        .any(|d| inner.starts_with(d))
        && !inner.contains(['(', '“', '"', ';', '—'])
        && inner.split_whitespace().count() <= 10
        && next.starts_with(|c: char| c.is_lowercase())
        && !["and ", "or ", "but "].iter().any(|c| next.starts_with(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn antecedent_of<'a>(text: &'a str, source: &str) -> Option<&'a str> {
        let s = text.find(source).unwrap();
        let (s, e) = antecedent(text, s, s + source.len())?;
        Some(&text[s..e])
    }

    fn after_adverbial_of<'a>(text: &'a str, source: &str) -> Option<&'a str> {
        let s = text.find(source).unwrap();
        Some(&text[after_adverbial(text, s, s + source.len())?..s + source.len()])
    }

    #[test]
    fn a_relative_clause_source_moves_to_its_antecedent() {
        let t = "It rained. Bill Okoro, a county clerk who is part of the drive, said it was lost.";
        assert_eq!(
            antecedent_of(t, "is part of the drive,"),
            Some("Bill Okoro, a county clerk")
        );
        let t = "It rained. The county poll, which tracks the race every day, showed a tie.";
        assert_eq!(
            antecedent_of(t, "tracks the race every day,"),
            Some("The county poll")
        );
        // An object relative keeps its own subject.
        let t = "It rained. The rival, who he said was weak, would lose.";
        assert_eq!(antecedent_of(t, "he said"), None);
        assert_eq!(antecedent_of(t, "would lose"), None);
    }

    #[test]
    fn the_subject_after_an_adverbial_is_the_source() {
        let t =
            "If the harbour floods again this winter, local fishermen say the town will suffer.";
        let source = "If the harbour floods again this winter, local fishermen";
        assert_eq!(after_adverbial_of(t, source), Some("local fishermen"));
        let t = "The mayor was away, but Lindqvist said the plan was sound.";
        assert_eq!(
            after_adverbial_of(t, "The mayor was away, but Lindqvist"),
            Some("Lindqvist")
        );
        // A list of names, and an apposition closed by a comma, stay whole.
        let t = "Lund, Ortiz and Bell said the plan was sound.";
        assert_eq!(after_adverbial_of(t, "Lund, Ortiz and Bell"), None);
        let t = "Ann Ortiz, the mayor, said the plan was sound.";
        assert_eq!(after_adverbial_of(t, "Ann Ortiz, the mayor,"), None);
        // A name holding a list ends in its last item, no phrase after an adverbial.
        let t = "A spokesman for the Office of Roads, Ports, and Harbours told the Gazette.";
        let source = "A spokesman for the Office of Roads, Ports, and Harbours";
        assert_eq!(after_adverbial_of(t, source), None);
        // A long clause between the commas is no list item: the phrase after it speaks.
        let t = "Ortiz, currently holds a large stake in the club, and the club's statement said: “No.”";
        let source = "Ortiz, currently holds a large stake in the club, and the club's statement";
        assert!(after_adverbial_of(t, source).is_some());
        // A clause after the comma is no subject.
        let t = "In 2011, he resigned from the board after saying it failed.";
        assert_eq!(
            after_adverbial_of(t, "In 2011, he resigned from the board after"),
            None
        );
    }
}
