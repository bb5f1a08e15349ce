//! Reported speech: an attribution whose content holds no quotation marks becomes a quote
//! of kind `indirect` ("The mayor said the city would appeal" → "the city would appeal",
//! spoken by the mayor, cue "said"). Cognition cues count too ("Reid believes the bill
//! will pass"): news reports a stated belief as the person's position, and the cue word
//! shows which it is.

use super::group;
use super::pronoun;
use super::subject::{self, LEADING};
use super::subject_span;
use super::Context;
use crate::extract::clauses::{Clause, SourceAt};
use crate::extract::lexicon;
use crate::extract::quotes::QuoteSpan;
use crate::extract::tokens::Lower;
use crate::extract::{LocalEntity, LocalQuote, LocalSpeaker};
use crate::model::{ActorType, QuoteKind, Span};

/// Fewest words a reported content has: "it would appeal".
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
        let overlaps = quotes.iter().any(|q| {
            q.paragraph == c.paragraph && q.outer.start < span.end && span.start < q.outer.end
        });
        // Reported speech nests (a clause inside another's content) but never crosses.
        let crosses = |q: &LocalQuote| {
            let (a, b) = (q.span, span);
            a.start < b.end && b.start < a.end && !a.contains(b) && !b.contains(a)
        };
        if overlaps || out.iter().any(|q| q.span == span || crosses(q)) {
            continue;
        }
        if asks(body, c, span) {
            continue;
        }
        let c = &subject_span::subject_clause(body, c, ctx.actors);
        // A clause with no source words ("Asked whether …, X said") has no speaker.
        let speaker = if c.source.start == c.source.end {
            Some(LocalSpeaker::None)
        } else {
            match ctx.clause_speaker(c) {
                // Members of the organisation resolved to: as written, else nobody.
                Some(s) if members(body, c, ctx, &s) => {
                    as_written(body, c).or(Some(LocalSpeaker::None))
                }
                // "Syrian hackers", "two in three Americans": people or things of a
                // place, as written; so is someone's group ("Bell's campaign", "the
                // mayor's aides"), not whose it is.
                Some(s) if people_of(body, c, ctx, &s) => as_written(body, c)
                    .filter(|w| matches!(w, LocalSpeaker::Unnamed(_)))
                    .or(Some(s)),
                Some(s) if s != LocalSpeaker::None => Some(s),
                _ => as_written(body, c),
            }
        };
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
        let Some(speaker) = speaker else {
            continue;
        };
        // "…the rival, whom he called a fraud", "the only regret she admitted was …": the
        // "he" or "she" ending the source is whom it names ("what they called" is often
        // no one's).
        let speaker = match pronoun::subject_pronoun(body, c.source) {
            Some(range)
                if c.source_at == SourceAt::Before
                    && !body[range.0..range.1].eq_ignore_ascii_case("they") =>
            {
                subject::resolve(body, ctx.actors, range, c.cue.start as usize).unwrap_or(speaker)
            }
            _ => speaker,
        };
        out.push(LocalQuote {
            span,
            kind: QuoteKind::Indirect,
            speaker,
            paragraph: c.paragraph,
            cue: Some(c.cue),
        });
    }
    without_nested(&mut out);
    out
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
    if ctx.clause_speaker(c).as_ref() != Some(speaker) {
        return None;
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

/// Leaves out reported speech inside another's content ("The mayor said the council
/// wants a new levy" lists what the mayor said, not also what the council wants): the
/// outer content is the one reported. Sorts `out` by start.
fn without_nested(out: &mut Vec<LocalQuote>) {
    // Longest first among equal starts, so whatever holds a content comes before it.
    out.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    let mut end = 0;
    out.retain(|q| {
        let inside = q.span.end <= end;
        end = end.max(q.span.end);
        !inside
    });
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
    let text = text
        .strip_prefix("the ")
        .or_else(|| text.strip_prefix("The "))
        .unwrap_or(text)
        .trim();
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
const FOR_SOMEONE: &[&str] = &[
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

/// Words that never stand as an unnamed source by themselves.
const NOT_A_SOURCE: &[&str] = &[
    "he", "she", "they", "it", "i", "we", "you", "who", "which", "that", "this", "there", "what",
    "and", "but", "or", "as", "so", "if", "when", "while",
];

/// A source no rule names, as written, when it reads as a short noun phrase: "The
/// magazine", "About three in 10", "one of the bill's chief negotiators".
fn as_written(body: &str, c: &Clause) -> Option<LocalSpeaker> {
    let text = body.get(c.source.start as usize..c.source.end as usize)?;
    let text = text.trim_end_matches([',', '.', ' ']);
    let text = past_adverbial(before_aside(text));
    // "But Republicans said": a conjunction opening the sentence is no part of the source,
    // nor is an "even" or "only" before a noun phrase ("Even the mayor said").
    let mut text = text.trim_start();
    while let Some((w, rest)) = text.split_once(' ') {
        let w = Lower::new(w.trim_end_matches(','));
        let focus = matches!(w.as_str(), "even" | "only") && {
            let next = Lower::new(rest.split_whitespace().next().unwrap_or(""));
            !NOT_A_SOURCE.contains(&next.as_str()) && !ADVERBIAL.contains(&next.as_str())
        };
        if !(LEADING.contains(&w.as_str()) || focus) {
            break;
        }
        text = rest.trim_start();
    }
    let text = before_apposition(before_participle(text));
    let words: Vec<&str> = text.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    let fine = words.len() <= 8
        && !text.contains([',', ';', ':', '"', '“', '”', '(', ')'])
        && !text.contains("--")
        && !NOT_A_SOURCE.contains(&first.as_str());
    if !fine {
        return None;
    }
    // Words that read as no noun phrase: reported speech whose source is not known.
    let Some(kept) = super::written::noun_phrase(&words, usize::MAX) else {
        return Some(LocalSpeaker::None);
    };
    let (first, last) = (words[kept.start], words[kept.end - 1]);
    let from = first.as_ptr() as usize - text.as_ptr() as usize;
    let to = last.as_ptr() as usize + last.len() - text.as_ptr() as usize;
    Some(LocalSpeaker::Unnamed(text[from..to].to_string()))
}

/// "The port authority, a body that keeps records on every ship,", "Two harbour
/// pilots (both retired)", "The guild - half of its members -": a source that is a short
/// noun phrase, a name's or a determiner's, before an apposition or an aside set off by a
/// comma, a dash or parentheses is that phrase.
fn before_apposition(text: &str) -> &str {
    // A comma before a space ("125,000" is a number), a parenthesis or a dash.
    let comma = text
        .find(", ")
        .or_else(|| text.strip_suffix(',').map(str::len));
    let Some(i) = [
        comma,
        text.find(" ("),
        text.find(['—', '–']),
        text.find(" - "),
    ]
    .into_iter()
    .flatten()
    .min() else {
        return text;
    };
    let head = text[..i].trim_end();
    let rest = text[i..].trim_start_matches([',', '(', '—', '–', '-', ' ']);
    let by_comma = text[i..].starts_with(',');
    // After a comma, what follows opens an apposition: a determiner, a relative pronoun,
    // a list's "including", a name or a number ("Ann Lee, 53,").
    let next = rest.split_whitespace().next().unwrap_or("");
    let aside = !by_comma
        || next.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
        || APPOSITION_OPENS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(next));
    let mut words = head.split_whitespace();
    let first = words.next().unwrap_or("");
    let is = |list: &[&str]| list.iter().any(|a| a.eq_ignore_ascii_case(first));
    let name = first.starts_with(char::is_uppercase)
        && !is(ADVERBIAL)
        && !is(NOT_A_SOURCE)
        && !is(&["earlier", "later", "last", "this", "so", "now", "then"]);
    let determiner = is(&["a", "an", "the", "some", "many", "several", "only", "most"]);
    let short = words.count() < 6;
    if aside && (name || determiner) && short && !head.contains([';', ':', '"', '“', '”']) {
        head
    } else {
        text
    }
}

/// Words that open an apposition or an aside after a comma.
const APPOSITION_OPENS: &[&str] = &[
    "a",
    "an",
    "the",
    "who",
    "whose",
    "which",
    "that",
    "including",
    "along",
    "like",
    "such",
    "both",
    "all",
    "each",
    "one",
    "of",
    "some",
    "many",
    "himself",
    "herself",
    "itself",
    "themselves",
];

/// "The county poll, which tracks the race daily", "Democrats, historically": a source
/// without the relative clause or the adverb set off after its noun phrase.
fn before_aside(text: &str) -> &str {
    if let Some(i) = [", which ", ", who "].iter().find_map(|p| text.find(p)) {
        return &text[..i];
    }
    match text.rsplit_once(", ") {
        Some((head, adverb))
            if adverb.len() > 4
                && adverb.ends_with("ly")
                && adverb.bytes().all(|b| b.is_ascii_lowercase()) =>
        {
            head
        }
        _ => text,
    }
}

/// "A new batch of emails released this week": a long source up to the participle or the
/// time after its noun ("released", "conducted", "out this week").
fn before_participle(text: &str) -> &str {
    let mut words = text.split_whitespace().enumerate();
    if text.split_whitespace().nth(8).is_none() {
        return text;
    }
    let cut = words.find(|&(i, w)| {
        i >= 2 && (w.len() > 4 && w.ends_with("ed") || matches!(w, "this" | "last" | "out"))
    });
    let Some((_, w)) = cut else {
        return text;
    };
    let mut head = text[..w.as_ptr() as usize - text.as_ptr() as usize].trim_end();
    // "an analysis of the newly filed reports": the adverb, a determiner and a preposition
    // before the participle go with it, and so does a passive's "being" ("lawsuits being
    // heard").
    while let Some((rest, last)) = head.rsplit_once(' ') {
        let joins = matches!(
            last,
            "the"
                | "a"
                | "an"
                | "of"
                | "for"
                | "by"
                | "to"
                | "in"
                | "on"
                | "at"
                | "from"
                | "with"
                | "being"
                | "been"
        );
        if !(joins || last.ends_with("ly")) {
            break;
        }
        head = rest.trim_end();
    }
    head
}

/// Words that open an adverbial clause or phrase before a subject.
const ADVERBIAL: &[&str] = &[
    "if", "should", "when", "while", "as", "after", "before", "although", "though", "because",
    "since", "unless", "once", "in", "at", "on", "for", "with", "during",
];

/// "Should the plan fail, economists": the subject after an adverbial set off by a comma
/// before it.
fn past_adverbial(text: &str) -> &str {
    let Some((before, after)) = text.rsplit_once(',') else {
        return text;
    };
    let opens = before
        .split_whitespace()
        .next()
        .is_some_and(|w| ADVERBIAL.iter().any(|a| a.eq_ignore_ascii_case(w)));
    let after = after.trim();
    if opens && !after.is_empty() && !before.contains([';', ':', '"', '“', '”']) {
        after
    } else {
        text
    }
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
    let mut words = body.get(a..b)?.split_whitespace();
    let enough = min_words == 0 || words.nth(min_words - 1).is_some();
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
mod tests {
    use super::{before_participle, group_of_someone, past_adverbial};

    /// The texts of the indirect quotes of `body` (a headline, then one paragraph).
    fn indirect_of(para: &str) -> Vec<String> {
        let body = format!("Headline\n\n{para}\n");
        let paragraphs = crate::extract::test_paragraphs(&body);
        let out = crate::extract::extract_article(&body, &paragraphs);
        out.quotes
            .iter()
            .filter(|q| q.kind == crate::model::QuoteKind::Indirect)
            .map(|q| body[q.span.start as usize..q.span.end as usize].to_string())
            .collect()
    }

    /// The speakers of the indirect quotes of `para`, as text.
    fn speakers_of(para: &str) -> Vec<String> {
        let body = format!("Headline\n\n{para}\n");
        let paragraphs = crate::extract::test_paragraphs(&body);
        let out = crate::extract::extract_article(&body, &paragraphs);
        out.quotes
            .iter()
            .filter(|q| q.kind == crate::model::QuoteKind::Indirect)
            .map(|q| match &q.speaker {
                crate::extract::LocalSpeaker::Entity(e) => out.entities[*e as usize].name.clone(),
                crate::extract::LocalSpeaker::Unnamed(d) => d.clone(),
                crate::extract::LocalSpeaker::None => String::new(),
            })
            .collect()
    }

    #[test]
    fn reported_speech_inside_another_content_is_left_out() {
        let q = indirect_of("The mayor said the harbour board wants a new levy on ferries.");
        assert_eq!(q, vec!["the harbour board wants a new levy on ferries"]);
        // Two contents side by side both stay.
        let q =
            indirect_of("The mayor said the levy would pass. The treasurer said it would fail.");
        assert_eq!(q, vec!["the levy would pass", "it would fail"]);
    }

    #[test]
    fn someones_group_is_kept_as_written() {
        for s in [
            "Okafor's campaign",
            "the Lindqvist campaign",
            "Lindqvist’ aides",
            "some Okafor backers",
            "one Okafor supporter",
            "Mrs Okafor's campaign strategists",
        ] {
            assert!(group_of_someone(s), "{s}");
        }
        for s in [
            "the campaign",
            "Ann Okafor",
            "Ann Okafor, a Lindqvist supporter,",
            "the mayor",
        ] {
            assert!(!group_of_someone(s), "{s}");
        }
    }

    #[test]
    fn someones_thing_or_circle_is_kept_as_written() {
        for s in [
            "Okafor's inner circle",
            "Okafor’s campaign manager",
            "Okafor's letter",
            "Lindqvist's public defense counsel",
            "Okafor's new HMO form",
        ] {
            assert!(group_of_someone(s), "{s}");
        }
        for s in [
            "Okafor's Son",
            "Ann Okafor's",
            "He's a puppet",
            "the harbour board's four most senior elected members",
        ] {
            assert!(!group_of_someone(s), "{s}");
        }
        let q = speakers_of(
            "Ann Okafor runs the fund. Okafor's inner circle believes the levy will pass.",
        );
        assert_eq!(q, vec!["Okafor's inner circle"]);
    }

    #[test]
    fn a_source_before_an_apposition_is_the_phrase_before_it() {
        use super::before_apposition;
        for (text, head) in [
            (
                "The Harbour Trust, a body that keeps records on every ship,",
                "The Harbour Trust",
            ),
            ("Two harbour pilots (both retired)", "Two harbour pilots"),
            (
                "the harbour guild - half of its members -",
                "the harbour guild",
            ),
            ("Only a dozen pilots, of 40 in all,", "Only a dozen pilots"),
            ("Lindqvist, 53,", "Lindqvist"),
            (
                "The port authority, a body that keeps records,",
                "The port authority",
            ),
        ] {
            assert_eq!(before_apposition(text), head, "{text}");
        }
        // No apposition, or no noun phrase before the comma.
        for text in [
            "so far, only two pilots",
            "Earlier this week, two pilots",
            "the vote appears closer in Oslo, with some polls",
            "more than 20 years, evidence of",
        ] {
            assert_eq!(before_apposition(text), text, "{text}");
        }
        assert_eq!(
            before_apposition("The 125,000 pilots"),
            "The 125,000 pilots"
        );
        let q = speakers_of(
            "The NHA, a major harbour regulator which keeps data on ships, declined to comment.",
        );
        assert_eq!(q, vec!["The NHA"]);
    }

    #[test]
    fn members_hanging_a_participle_are_kept_as_written() {
        let q = speakers_of(
            "Democrats are drafting plans to win over harbour voters, saying the shift is key.",
        );
        assert_eq!(q, vec!["Democrats"]);
    }

    #[test]
    fn a_long_source_ends_before_its_participle() {
        assert_eq!(
            before_participle("A new batch of harbour board minutes released this week"),
            "A new batch of harbour board minutes"
        );
        assert_eq!(
            before_participle("a county analysis of the newly filed harbour board reports"),
            "a county analysis"
        );
        assert_eq!(
            before_participle("Two harbour board lawsuits being considered in the county court"),
            "Two harbour board lawsuits"
        );
        // A short one stays whole.
        assert_eq!(
            before_participle("the letter released today"),
            "the letter released today"
        );
    }

    #[test]
    fn an_adverbial_before_the_subject_is_left_out() {
        assert_eq!(
            past_adverbial("If the plan fails, economists"),
            "economists"
        );
        assert_eq!(
            past_adverbial("After the vote, two senators"),
            "two senators"
        );
        // An apposition is no adverbial.
        assert_eq!(past_adverbial("Mr Smith, a lawyer"), "Mr Smith, a lawyer");
    }
}
