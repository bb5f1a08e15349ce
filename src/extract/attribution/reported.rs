//! Reported speech: an attribution whose content holds no quotation marks becomes a quote
//! of kind `indirect` ("The mayor said the city would appeal" → "the city would appeal",
//! spoken by the mayor, cue "said"). Cognition cues count too ("Reid believes the bill
//! will pass"): news reports a stated belief as the person's position, and the cue word
//! shows which it is.

use super::group;
use super::pronoun;
use super::referent;
use super::subject;
use super::subject_span;
use super::written;
use super::Context;
use crate::extract::clauses::{Clause, SourceAt};
use crate::extract::lexicon;
use crate::extract::quotes::QuoteSpan;
use crate::extract::span;
use crate::extract::tokens::Lower;
use crate::extract::{LocalEntity, LocalQuote, LocalSpeaker};
use crate::model::{ActorType, QuoteKind, Span};

/// Fewest words a reported content has: "it would appeal".
mod as_written;
mod closing;
mod cue_object;
mod nested;
mod they;
use as_written::{as_written, past_adverbial, NOT_A_SOURCE};
use closing::gives_way;
use nested::without_nested;

const MIN_WORDS: usize = 2;

/// The indirect quotes of the clauses whose content no quotation overlaps and whose source
/// names someone.
pub(super) fn indirect(
    body: &str,
    quotes: &[QuoteSpan],
    clauses: &[Clause],
    ctx: &Context<'_>,
) -> Vec<LocalQuote> {
    let mut out: Vec<LocalQuote> = Vec::new();
    for c in clauses {
        let Some(span) = trimmed(body, c.reported, if c.stance { 1 } else { MIN_WORDS }) else {
            continue;
        };
        let span = to_closing_apostrophe(body, quotes, c.paragraph, span);
        if overlaps_marked(body, quotes, c.paragraph, span) {
            continue;
        }
        // Most clauses meet no listed content: one pass asks only that; the rule runs
        // only on a meeting.
        let meets = |q: &LocalQuote| q.span == span || crosses(q.span, span);
        let displaces = |q: &LocalQuote| gives_way(body, clauses, c, span, q);
        let displaced = out.iter().any(meets);
        if displaced && !out.iter().filter(|q| meets(q)).all(displaces) {
            continue;
        }
        if asks(body, c, span) {
            continue;
        }
        let c = &subject_span::subject_clause(body, c, ctx.actors);
        let Some(speaker) = speaker_of(body, c, ctx) else {
            continue;
        };
        if displaced {
            out.retain(|q| !displaces(q));
        }
        out.push(LocalQuote {
            span,
            kind: QuoteKind::Indirect,
            speaker,
            paragraph: c.paragraph,
            cue: Some(cue_object::through_object(body, c.cue, span)),
        });
    }
    without_nested(body, &mut out);
    out
}

/// Whether a quote of `paragraph` overlaps `span` (not only by apostrophes within it).
fn overlaps_marked(body: &str, quotes: &[QuoteSpan], paragraph: u32, span: Span) -> bool {
    // Only the clause's paragraph's quotes (quotes are in paragraph order).
    let from = quotes.partition_point(|q| q.paragraph < paragraph);
    quotes[from..]
        .iter()
        .take_while(|q| q.paragraph == paragraph)
        .any(|q| {
            q.outer.start < span.end
                && span.start < q.outer.end
                && !apostrophes_within(body, q, span)
        })
}

/// Reported speech nests (a clause inside another's content) but never crosses: whether
/// `a` and `b` overlap with neither holding the other.
fn crosses(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end && !a.contains(b) && !b.contains(a)
}

/// Who speaks clause `c`'s content: its source read, then read again past a focus word,
/// as the plural "they" means, as an "according to" source, or as the pronoun ending it.
/// None when no reading names anyone.
fn speaker_of(body: &str, c: &Clause, ctx: &Context<'_>) -> Option<LocalSpeaker> {
    let narrowed = super::clause_speaker::time_opener::past_time_phrase(body, c);
    let c = narrowed.as_ref().unwrap_or(c);
    let speaker = source_speaker(body, c, ctx);
    // "If confirmed, …": a conjunction or adverb alone as the source names no one.
    let opener = super::clause_speaker::opener_word::only_opener(body, c);
    let speaker = speaker.map(|s| if opener { LocalSpeaker::None } else { s });
    // "Even the organiser of the rally said": the description without its "even",
    // read again past it (a description is cut at a number of words).
    let speaker = match speaker {
        Some(LocalSpeaker::Unnamed(d)) if group::past_focus(&d).len() < d.len() => {
            as_written(body, c)
                .filter(|w| matches!(w, LocalSpeaker::Unnamed(_)))
                .unwrap_or_else(|| LocalSpeaker::Unnamed(group::past_focus(&d).to_string()))
                .into()
        }
        s => s,
    };
    // "Several harbour owners met on Monday. They said …": the plural subject "they"
    // means, as written.
    let speaker = match they_at(body, c) {
        Some(at) => they::plural_subject(body, ctx.actors, at)
            .map(LocalSpeaker::Unnamed)
            .or(speaker),
        None => speaker,
    };
    // "according to a review of federal election filings by the Herald": a long
    // source no rule read, as written.
    let speaker = match speaker {
        Some(LocalSpeaker::None) => as_written::according_to_source(body, c).or(speaker),
        s => s,
    };
    // "Even without changes the commission does urge": past an opening preposition.
    let speaker = match speaker? {
        LocalSpeaker::Unnamed(d) => super::clause_speaker::preposition_opened::read_past(d),
        s => s,
    };
    Some(pronoun_ending_source(body, c, ctx, speaker))
}

/// The speaker clause `c`'s source words name: the one they resolve to, else as written.
fn source_speaker(body: &str, c: &Clause, ctx: &Context<'_>) -> Option<LocalSpeaker> {
    // A clause with no source words ("Asked whether …, X said") has no speaker.
    if c.source.start == c.source.end {
        return Some(LocalSpeaker::None);
    }
    match ctx.clause_speaker(c) {
        // Members of the organisation resolved to: as written, else nobody.
        Some(s) if members(body, c, ctx, &s) => as_written(body, c).or(Some(LocalSpeaker::None)),
        // "Syrian hackers", "two in three Americans": people or things of a
        // place, as written; so is someone's group ("Bell's campaign", "the
        // mayor's aides"), not whose it is.
        Some(s) if people_of(body, c, ctx, &s) => as_written(body, c)
            .filter(|w| matches!(w, LocalSpeaker::Unnamed(_)))
            .or(Some(s)),
        Some(s) if s != LocalSpeaker::None => Some(s),
        _ => as_written(body, c),
    }
}

/// "…the rival, whom he called a fraud", "the only regret she admitted was …": the
/// "he" or "she" ending the source is whom it names ("what they called" is often
/// no one's); otherwise `speaker`.
fn pronoun_ending_source(
    body: &str,
    c: &Clause,
    ctx: &Context<'_>,
    speaker: LocalSpeaker,
) -> LocalSpeaker {
    match pronoun::subject_pronoun(body, c.source) {
        Some(range)
            if c.source_at == SourceAt::Before
                && !body[range.0..range.1].eq_ignore_ascii_case("they") =>
        {
            subject::resolve(body, ctx.actors, range, c.cue.start as usize).unwrap_or(speaker)
        }
        _ => speaker,
    }
}

/// Whether `q` is set off by straight apostrophes and lies within `span`: a phrase the
/// reported content quotes ("Lee says the plan is 'a disaster' for the town"), which the
/// content is still reported around, as with two apostrophes (clauses/soft); not the
/// whole content, which is a quote of its own.
fn apostrophes_within(body: &str, q: &QuoteSpan, span: Span) -> bool {
    span.start <= q.outer.start
        && q.outer.end <= span.end
        && q.outer.end > q.outer.start + 1
        && (span.start < q.outer.start || q.outer.end < span.end)
        && in_apostrophes(body, q)
}

/// Whether `q` opens and closes with a straight apostrophe and does not run on past its
/// paragraph.
fn in_apostrophes(body: &str, q: &QuoteSpan) -> bool {
    let b = body.as_bytes();
    let (s, e) = (q.outer.start as usize, q.outer.end as usize);
    !q.runs_on && e > s && b.get(s) == Some(&b'\'') && b.get(e - 1) == Some(&b'\'')
}

/// `span` out to the closing mark of a quote in straight apostrophes that ends it ("Khans:
/// Trump stirs 'ugliness'", "… is 'dangerously wrong.'"): the content's words stop at the
/// last word, before the stop and the mark.
fn to_closing_apostrophe(body: &str, quotes: &[QuoteSpan], paragraph: u32, span: Span) -> Span {
    let b = body.as_bytes();
    // Most contents end at no apostrophe: no quote to look for.
    let end = span.end as usize;
    if b.get(end) != Some(&b'\'') && b.get(end + 1) != Some(&b'\'') {
        return span;
    }
    let closes = |q: &&QuoteSpan| {
        q.paragraph == paragraph
            && span.start < q.outer.start
            && q.outer.start < span.end
            && span.end < q.outer.end
            && q.outer.end <= span.end + 2
            && in_apostrophes(body, q)
            && b[end..q.outer.end as usize - 1]
                .iter()
                .all(|c| matches!(c, b'.' | b',' | b'!' | b'?'))
    };
    match quotes.iter().find(closes) {
        Some(q) => Span::new(span.start as usize, q.outer.end as usize),
        None => span,
    }
}

/// Where the source words of `c` end in "they" ("they", "So far, they", "a step they",
/// "they've"): the pronoun's byte.
fn they_at(body: &str, c: &Clause) -> Option<usize> {
    if c.source_at == SourceAt::Sentence {
        return None;
    }
    let source = body.get(c.source.start as usize..c.source.end as usize)?;
    let source = source.trim_end_matches([',', ' ']);
    // Cheap first: "they" and its contractions hold "hey" in their last eight bytes.
    let tail = &source.as_bytes()[source.len().saturating_sub(8)..];
    if !tail.windows(3).any(|w| w.eq_ignore_ascii_case(b"hey")) {
        return None;
    }
    let last = source.rsplit(' ').next()?;
    let bare = ["'ve", "’ve", "'re", "’re", "'d", "’d", "'ll", "’ll"]
        .iter()
        .find_map(|c| last.strip_suffix(c))
        .unwrap_or(last);
    bare.eq_ignore_ascii_case("they")
        .then(|| c.source.start as usize + span::offset_in(source, last))
}

/// Whether the source words of `c` name people or things of the place `s` resolved to
/// ("Syrian hackers", "two in three Americans"), or someone's group ("Bell's campaign",
/// "the mayor's aides", "Israeli officials"), rather than `s` itself.
fn people_of(body: &str, c: &Clause, ctx: &Context<'_>, s: &LocalSpeaker) -> bool {
    of_place(body, c, ctx, s)
        || (matches!(s, LocalSpeaker::Entity(_)) && possessed_group(body, c))
        || of_group(body, c, ctx, s)
}

/// A marked quote in the content of `c` whose speaker is the entity the clause's source
/// resolved to, when those source words name people or a group of it, not it: the source
/// as written, as reported speech gives it ("Republicans in the Senate said the memo
/// was “a smoking gun”", "the U.S. media claimed to be “unbiased”").
pub(super) fn group_as_written(
    body: &str,
    c: &Clause,
    ctx: &Context<'_>,
    speaker: &LocalSpeaker,
) -> Option<LocalSpeaker> {
    // An organisation or a place, or a person's group or office named with a possessive
    // ("Bell's campaign said", "Bell's aides told", read first: it is cheap).
    let LocalSpeaker::Entity(e) = speaker else {
        return None;
    };
    if ctx.actors.kind(*e) == ActorType::Person && !possessed_group(body, c) {
        return None;
    }
    let c = &subject_span::subject_clause(body, c, ctx.actors);
    match ctx.clause_speaker(c) {
        Some(s) if &s == speaker => {}
        // "Lee's campaign is already claiming": the subject alone read as written.
        Some(LocalSpeaker::Unnamed(d))
            if ctx.actors.kind(*e) == ActorType::Person
                && (d.contains("’s ") || d.contains("'s ")) =>
        {
            return Some(LocalSpeaker::Unnamed(d))
        }
        _ => return None,
    }
    let group = members(body, c, ctx, speaker) || people_of(body, c, ctx, speaker);
    // Not a headline's clause ("Iran admits downing jet, cites …"): no speech verb in it.
    let speech = lexicon::set_here!("speech_verbs");
    group
        .then(|| as_written(body, c))
        .flatten()
        .filter(|w| match w {
            LocalSpeaker::Unnamed(d) => !d
                .split_whitespace()
                .any(|w| w.starts_with(char::is_lowercase) && speech.contains(&Lower::new(w))),
            _ => false,
        })
}

/// A question asked, not speech reported: the source opens with an auxiliary or a
/// question word and the sentence ends in "?" ("Can you tell us about the plan?", "Why do
/// you think it failed?").
fn asks(body: &str, c: &Clause, content: Span) -> bool {
    let source = body
        .get(c.source.start as usize..c.source.end as usize)
        .unwrap_or("");
    let first = source.split_whitespace().next().unwrap_or("");
    let question_word = [
        "can", "could", "would", "will", "do", "does", "did", "why", "what", "how", "when",
        "where", "is", "are", "have", "has", "should",
    ]
    .iter()
    .any(|w| first.eq_ignore_ascii_case(w));
    question_word
        && body.get(content.end as usize..).is_some_and(|rest| {
            // The first end of sentence after the content is a question mark.
            rest.find(['?', '.', '!', '\n'])
                .is_some_and(|i| rest.as_bytes()[i] == b'?')
        })
}

/// Whether the source words of `c` name members or a role of the organisation `speaker`
/// resolved to, not the organisation: "Republicans said", "the party's nominee said" (a
/// plural name that is no word of the organisation's name, or a head noun that is no word
/// of an organisation). Such a source is kept as written.
fn members(body: &str, c: &Clause, ctx: &Context<'_>, speaker: &LocalSpeaker) -> bool {
    // A sentence's subject (`X has deemed … and says`): its last word is no head noun.
    let Some((entity, text)) = resolved_to(body, c, ctx, speaker, ActorType::Org) else {
        return false;
    };
    let Some(head) = text
        .split_whitespace()
        .next_back()
        .map(|w| w.trim_end_matches([',', '.']))
        .map(|w| w.trim_end_matches("'s").trim_end_matches("’s"))
        .filter(|w| w.len() > 2 && w.chars().all(char::is_alphabetic))
    else {
        return false;
    };
    let in_name = entity
        .name
        .split_whitespace()
        .any(|n| n.eq_ignore_ascii_case(head));
    if head.starts_with(char::is_uppercase) {
        head.ends_with('s') && !in_name
    } else {
        !in_name && !lexicon::set_here!("org_words").contains_folded(head)
    }
}

/// Whether the source words of `c` name people or things of the place `speaker` resolved
/// to rather than the place itself: the place is the source only when the words are its
/// name or an alias of it that is no plural ("Iran", "the United States", "Tehran"; not
/// "the Iranians", "Syrian hackers", "U.S. lobbying records").
fn of_place(body: &str, c: &Clause, ctx: &Context<'_>, speaker: &LocalSpeaker) -> bool {
    let Some((entity, text)) = resolved_to(body, c, ctx, speaker, ActorType::Place) else {
        return false;
    };
    let text = text.trim_end_matches([',', '.', ' ']);
    let text = referent::after_the(text).unwrap_or(text).trim();
    let is = |n: &str| n.eq_ignore_ascii_case(text);
    !(is(&entity.name) || entity.aliases.iter().any(|a| is(a) && !a.ends_with('s')))
}

/// Whether the source words of `c` name a group of people ("the mayor's closest allies",
/// "harbour advocates", "some of Mr. Okafor's neighbours") rather than the entity
/// `speaker` resolved to ([`group::names_a_group`]).
fn of_group(body: &str, c: &Clause, ctx: &Context<'_>, speaker: &LocalSpeaker) -> bool {
    let LocalSpeaker::Entity(e) = speaker else {
        return false;
    };
    if c.source_at == SourceAt::Sentence {
        return false;
    }
    let Some(entity) = ctx.actors.actors.entities.get(*e as usize) else {
        return false;
    };
    let text = body
        .get(c.source.start as usize..c.source.end as usize)
        .unwrap_or("");
    let text = past_adverbial(text.trim_end_matches([',', '.', ' ']));
    group::names_a_group(text, &entity.name)
}

/// The entity of `kind` that `speaker` is, with the source words of `c`; none for a
/// clause whose source is its whole sentence (the subject is somewhere in it).
fn resolved_to<'a>(
    body: &'a str,
    c: &Clause,
    ctx: &'a Context<'_>,
    speaker: &LocalSpeaker,
    kind: ActorType,
) -> Option<(&'a LocalEntity, &'a str)> {
    let LocalSpeaker::Entity(e) = speaker else {
        return None;
    };
    let entity = ctx.actors.actors.entities.get(*e as usize)?;
    if entity.kind != kind || c.source_at == SourceAt::Sentence {
        return None;
    }
    let text = body
        .get(c.source.start as usize..c.source.end as usize)
        .unwrap_or("");
    Some((entity, text))
}

/// Heads of a group or an office that speaks for someone: "Bell's campaign".
pub(super) const FOR_SOMEONE: &[&str] = &[
    "campaign",
    "team",
    "camp",
    "aide",
    "aides",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "allies",
    "staff",
    "staffers",
    "office",
    "supporters",
    "backers",
    "surrogates",
    "strategists",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "lawyer",
    "lawyers",
    "attorney",
    "attorneys",
    "supporter",
    "backer",
];

/// Whether the source words of `c` are someone's group or office ("Bell's campaign",
/// "Mrs Bell's campaign strategists"): a possessive among the last three words and a
/// last word that names such a group.
fn possessed_group(body: &str, c: &Clause) -> bool {
    if c.source_at == SourceAt::Sentence {
        return false;
    }
    let text = body
        .get(c.source.start as usize..c.source.end as usize)
        .unwrap_or("");
    group_of_someone(text)
}

/// Whether `text` is someone's group or office: "Lee's campaign", "the Jones' aides", "the
/// Lee campaign", "some Lee backers".
fn group_of_someone(text: &str) -> bool {
    let text = text.trim_end_matches([',', '.', ' ']);
    let mut words = text.split_whitespace().rev();
    let Some(last) = words.next() else {
        return false;
    };
    let possessive =
        |w: &str| w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’");
    if !FOR_SOMEONE.contains(&last) {
        return possessed_thing(text, possessive);
    }
    // "Lee's campaign", "the Jones' campaign", or a name before the head: "the Lee
    // campaign", "some Lee backers" (a short phrase only).
    let mut before = words.take(2);
    let named = text.split_whitespace().nth(4).is_none()
        && before
            .clone()
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase));
    named || before.any(possessive)
}

/// Whether `text` is a short phrase whose head is a common noun someone's possessive
/// governs: "Lee's inner circle", "Lee's campaign manager", "Lee's letter", "Lee's plea
/// agreement" — one to three words after the possessive, none capitalised but an
/// acronym, the last in lower case. Whose it is does not say it.
fn possessed_thing(text: &str, possessive: impl Fn(&str) -> bool) -> bool {
    // Most sources hold no apostrophe: nothing to split.
    if !text.contains(['\'', '’']) {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() > 6 {
        return false;
    }
    let Some(p) = words.iter().rposition(|w| possessive(w)) else {
        return false;
    };
    // "He's a puppet", "That's the plan": a pronoun's "is", no possessive.
    let owner = words[p].trim_end_matches(['s', '\'', '’']);
    if NOT_A_SOURCE.contains(&Lower::new(owner).as_str()) || owner.eq_ignore_ascii_case("let") {
        return false;
    }
    let after = &words[p + 1..];
    let lower = |w: &&str| w.chars().all(|c| c.is_lowercase() || c == '-');
    let acronym = |w: &&str| w.len() > 1 && w.chars().all(|c| c.is_ascii_uppercase());
    (1..=3).contains(&after.len())
        && after.last().is_some_and(lower)
        && after.iter().all(|w| lower(w) || acronym(w))
}

/// The content without a leading "that" and trailing punctuation; none when too short.
fn trimmed(body: &str, content: Span, min_words: usize) -> Option<Span> {
    let (mut a, mut b) = (content.start as usize, content.end as usize);
    let text = body.get(a..b)?;
    if let Some(rest) = text
        .strip_prefix("that ")
        .or_else(|| text.strip_prefix("That "))
    {
        a = b - rest.len();
    }
    let inner = body.get(a..b)?;
    let kept = inner.trim_end_matches(|c: char| !c.is_alphanumeric());
    b = a + kept.len();
    // Enough words, counted no further than needed (a content can be a long sentence).
    let enough = crate::text::words_up_to(body.get(a..b)?, min_words) == min_words;
    enough.then(|| Span::new(a, b))
}

/// Marked and reported quotes in text order (a marked quote first where both start at the
/// same byte).
pub(super) fn merge(marked: Vec<LocalQuote>, reported: Vec<LocalQuote>) -> Vec<LocalQuote> {
    if reported.is_empty() {
        return marked;
    }
    let mut out = Vec::with_capacity(marked.len() + reported.len());
    let mut r = reported.into_iter().peekable();
    for q in marked {
        while let Some(x) = r.next_if(|x| x.span.start < q.span.start) {
            out.push(x);
        }
        out.push(q);
    }
    out.extend(r);
    out
}

#[cfg(test)]
mod tests;
