//! The subject of a sentence read from its words, for a reported clause whose source
//! words run past the subject: a participle hanging on the sentence ("The council met
//! late, saying the vote would wait") or a gerund after a preposition ("The mayor opened
//! the session by saying the vote would wait"). The subject is the words before the
//! sentence's first verb, past an adverbial set off by a comma.

mod present;

use super::subject::past_leading;
use crate::extract::clauses::{Clause, SourceAt};
use crate::extract::lexicon;
use crate::extract::span;
use crate::extract::tokens::Lower;

/// Prepositions a gerund cue follows within its sentence ("by saying", "after noting").
const BEFORE_GERUND: &[&str] = &[
    "by", "before", "after", "while", "from", "without", "since", "instead", "upon", "when",
    "through", "despite",
];

/// Verbs that end a subject: auxiliaries and frequent irregular past tenses (a past tense
/// in "-ed" is read by its ending).
#[rustfmt::skip]
const VERBS: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "may",
    "might", "must", "should", "did", "does", "do", "began", "won", "made", "took", "gave",
    "got", "went", "came", "ran", "kept", "left", "spent", "held", "led", "rose", "fell",
    "became", "brought", "sent", "told", "said", "says", "sought", "thought", "felt",
    "found", "stood", "wrote", "drew", "saw", "met", "paid", "lost", "built", "fought",
    "struck", "spoke", "broke", "chose", "grew", "knew", "hasn't", "hasn’t", "didn't",
    "didn’t", "isn't", "isn’t", "wasn't", "wasn’t", "used",
];

/// Words that open an adverbial before the subject, up to a comma ("As the votes came in,
/// the campaign …", "This week, two groups …").
#[rustfmt::skip]
pub(super) const OPENERS: &[&str] = &[
    "if", "when", "while", "as", "after", "before", "although", "though", "because", "since",
    "in", "at", "on", "for", "with", "during", "this", "last", "despite", "amid", "following",
    "earlier", "later", "now", "once", "until", "unless", "outside", "inside",
];

/// Words that are no subject by themselves ("It was at the conference that …").
const NO_SUBJECT: &[&str] = &[
    "it", "there", "that", "this", "what", "which", "who", "here", "such",
];

/// `c` with its source narrowed to the subject of its sentence, for a participle on the
/// sentence or a gerund after a preposition; none for other clauses or when no subject
/// reads from the words.
#[cfg(test)]
pub(super) fn narrowed(body: &str, c: &Clause) -> Option<Clause> {
    narrowed_named(body, c, |_, _| false)
}

/// [`narrowed`], with `named(start, end)` telling whether a subject's words are members
/// of an organisation or someone's group by their name ("Democrats", "Lee's campaign"):
/// such a subject speaks, though no word past its first is capitalised.
pub(super) fn narrowed_named(
    body: &str,
    c: &Clause,
    named: impl Fn(usize, usize) -> bool,
) -> Option<Clause> {
    let (start, end) = (c.source.start as usize, c.source.end as usize);
    if start >= end {
        return None;
    }
    // The cue first: most are no gerund, and the source can be a long sentence.
    let gerund = || {
        let cue = span::slice(body, c.cue.start as usize, c.cue.end as usize);
        let ing = cue
            .split_whitespace()
            .next()
            .is_some_and(|w| w.len() > 4 && w.ends_with("ing"));
        ing && span::slice(body, start, end)
            .split_whitespace()
            .next_back()
            .is_some_and(|last| BEFORE_GERUND.contains(&Lower::new(last).as_str()))
    };
    if !(c.source_at == SourceAt::Sentence
        || c.source_at == SourceAt::Before
            && (gerund() || end - start < 16 && lone_word(&body.as_bytes()[start..end])))
    {
        return None;
    }
    let nearest = if c.source_at == SourceAt::Sentence {
        nearest_clause_subject(body, start, end, &named)
    } else {
        None
    };
    let present = present::after_and_in_present(body, c);
    let (s, e) = match nearest.or_else(|| subject_words_reading(body, start, end, present)) {
        Some(found) => found,
        None if c.source_at == SourceAt::Before => {
            after_opener(body, start, end, c).or_else(|| from_sentence_start(body, start, end))?
        }
        None => return None,
    };
    // A participle hangs on a subject that can speak: "The frustration boiled over …,
    // saying" is someone else's (`nearest_clause_subject` asks it itself).
    if c.source_at == SourceAt::Sentence
        && nearest.is_none()
        && !speaks(span::slice(body, s, e))
        && !named(s, e)
    {
        return None;
    }
    Some(Clause {
        source: crate::model::Span::new(s, e),
        source_at: SourceAt::Before,
        ..*c
    })
}

/// Openers of a clause after a comma or a dash that a participle after it hangs on ("…,
/// when protesters cut in, shouting …").
const NEAREST_CLAUSE: &[&str] = &[" when ", " where ", " while ", " in which "];

/// "The trouble began during the speech, when protesters cut in, shouting …": a
/// participle after a clause opened by "when", "where", "while" or "in which" after a
/// comma or a dash (the last in `body[start..end]`) hangs on that clause, the nearest one:
/// its subject, when it can speak.
fn nearest_clause_subject(
    body: &str,
    start: usize,
    end: usize,
    named: &impl Fn(usize, usize) -> bool,
) -> Option<(usize, usize)> {
    let text = span::slice(body, start, end);
    // ", but" is found by its comma (a byte search), not by a search for the word.
    let but = text
        .rmatch_indices(',')
        .find(|&(i, _)| text[i + 1..].starts_with(" but "))
        .map(|(i, _)| (i + ", but ".len(), true));
    let at = NEAREST_CLAUSE
        .iter()
        .filter_map(|o| {
            let i = text.rfind(o)?;
            text[..i]
                .ends_with([',', '—', '–'])
                .then_some((i + o.len(), false))
        })
        .chain(but)
        .max()?;
    let (s, e) = subject_words(body, start + at.0, end)?;
    let subject = span::slice(body, s, e);
    // After ", but" a capitalised word opens no sentence: one is a name ("…, but Ortiz
    // brought him back, asking …").
    (speaks(subject) || named(s, e) || at.1 && one_name(subject)).then_some((s, e))
}

/// "After casting doubt on the review, Lee said …", "Lee wasn't so much saying that …":
/// source words that are one lower-case gerund or "much" are no subject; the sentence's
/// subject is.
fn lone_word(source: &[u8]) -> bool {
    let w = source.strip_suffix(b",").unwrap_or(source);
    (w.len() > 5 && w.ends_with(b"ing") || w == b"much")
        && w[0].is_ascii_lowercase()
        && !w.contains(&b' ')
}

/// The subject of the sentence `body[start..end]` (the words before its first verb), or of
/// the nearest clause opened by ", when", ", where" … (`nearest_clause_subject`), when it
/// names someone who can speak.
pub(super) fn speaking_subject(body: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    if let Some(found) = nearest_clause_subject(body, start, end, &|_, _| false) {
        return Some(found);
    }
    let (s, e) = subject_words(body, start, end)?;
    speaks(span::slice(body, s, e)).then_some((s, e))
}

/// "Two years after backing the mayor, Ann Lee ran": a gerund in an adverbial opening the
/// sentence (a few words, no verb) hangs on the subject after the comma that ends its
/// reported part, when that subject can speak.
fn after_opener(body: &str, start: usize, end: usize, c: &Clause) -> Option<(usize, usize)> {
    if span::slice(body, start, end)
        .split_whitespace()
        .nth(4)
        .is_some()
    {
        return None;
    }
    let from = c.reported.end as usize;
    let rest = span::from(body, from);
    let after = rest.trim_start().strip_prefix(',')?.trim_start();
    let at = from + (rest.len() - after.len());
    let sentence = after.find(['.', '?', '!', '\n']).unwrap_or(after.len());
    let (s, e) = subject_words(body, at, at + sentence)?;
    let subject = span::slice(body, s, e);
    (one_name(subject) || speaks(subject)).then_some((s, e))
}

/// Whether a subject is one capitalised word: a surname ("Lee").
fn one_name(subject: &str) -> bool {
    !subject.contains(' ') && subject.starts_with(char::is_uppercase)
}

/// "Lee presented the plan and its costs before explaining …", "Lee went further than
/// Ortiz by proposing …": source words cut short of the sentence's subject (at "and",
/// "than" or a quotation) — the subject read from the sentence's start, when it can speak.
fn from_sentence_start(body: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    let from = sentence_start(body, start);
    if from >= start {
        return None;
    }
    let (s, e) = subject_words(body, from, end)?;
    let subject = span::slice(body, s, e);
    (one_name(subject) || speaks(subject)).then_some((s, e))
}

/// Where the sentence holding byte `at` starts: after the last line break, or stop and
/// space, before it — not a title's or an initial's stop ("Mr.", "J."), as the tokenizer
/// reads sentences.
pub(super) fn sentence_start(body: &str, at: usize) -> usize {
    super::bounds::sentence_past_titles(body, at)
}

/// The words of `body[start..end]` before its first verb, past an opening conjunction and
/// an adverbial set off by a comma: at most eight words, never a pronoun like "it".
fn subject_words(body: &str, start: usize, end: usize) -> Option<(usize, usize)> {
    subject_words_reading(body, start, end, false)
}

/// [`subject_words`], with a present tense in "-s" ending the subject when no other verb
/// does, if `present` ("The mayor visits the quay every week and says …").
fn subject_words_reading(
    body: &str,
    start: usize,
    end: usize,
    present: bool,
) -> Option<(usize, usize)> {
    let (from, rest) = past_openers(body, start, end)?;
    let mut to = None;
    let mut prev = "";
    // "Ann Lee, who runs the fund, left": a relative clause's verbs are not the
    // sentence's, and the subject ends before it.
    let (mut relative, mut in_relative, mut counted) = (None, false, 0);
    // "The mayor visits the harbour every week and says": a present tense in "-s", taken
    // only when no other verb ends the subject.
    let (present_ok, mut present) = (present, None);
    for (i, w) in rest.split_whitespace().enumerate() {
        let bare = w.trim_end_matches([',', '.']);
        let at = span::offset_in(rest, w);
        let lower = Lower::new(bare);
        if matches!(lower.as_str(), "who" | "which" | "whose" | "whom") && i > 0 {
            relative = relative.or(Some(at));
            in_relative = true;
        }
        // "a certified letter": a participle after a determiner is an adjective.
        let verb = VERBS.contains(&bare)
            || past_tense(bare) && !ATTRIBUTIVE.contains(&Lower::new(prev).as_str());
        if present_ok
            && i > 0
            && present.is_none()
            && !in_relative
            && present::present_singular(bare, prev)
        {
            present = Some(relative.unwrap_or(at));
        }
        prev = bare;
        if verb && i == 0 {
            return None;
        }
        if verb && !in_relative {
            to = Some(relative.unwrap_or(at));
            break;
        }
        if w.ends_with(',') {
            in_relative = false;
        }
        counted += usize::from(!in_relative);
        if counted > 8 || i > 24 {
            if present.is_some() {
                break;
            }
            return None;
        }
    }
    let head = rest[..to.or(present)?]
        .trim_end()
        .trim_end_matches(',')
        .trim_end();
    let lead = Lower::new(head.split_whitespace().next()?);
    (!NO_SUBJECT.contains(&lead.as_str())).then_some((from, from + head.len()))
}

/// The start and the text of `body[start..end]` past leading words and an opening
/// conjunction's or adverbial's phrase up to its comma.
fn past_openers(body: &str, start: usize, end: usize) -> Option<(usize, &str)> {
    let text = span::slice(body, start, end);
    let mut rest = past_leading(text);
    let first = rest.split_whitespace().next()?;
    if OPENERS.contains(&Lower::new(first).as_str()) {
        rest = rest.split_once(", ")?.1.trim_start();
        rest = past_leading(rest);
    }
    Some((start + span::offset_in(text, rest), rest))
}

/// Whether the lower-case word `w` (after `prev`) is a verb ending a plural subject
/// ("Democrats believe", "The owners have", "Workers objected"): an auxiliary or a
/// frequent irregular past, a past in "-ed" after no determiner, a cue verb in a finite
/// form, or a frequent verb after a plural subject.
pub(super) fn is_subject_verb(w: &str, prev: &str) -> bool {
    if !w.starts_with(|c: char| c.is_ascii_lowercase()) {
        return false;
    }
    let lower = Lower::new(w);
    VERBS.contains(&w)
        || past_tense(w) && !ATTRIBUTIVE.contains(&Lower::new(prev).as_str())
        || AFTER_PLURAL.contains(&w)
        || !w.ends_with("ing")
            && (lexicon::set_here!("cue_verbs").contains(&lower)
                || lexicon::set_here!("cue_cognition").contains(&lower))
}

/// Frequent verbs after a plural subject that no list of cues holds ("Most voters tend
/// to …", "Both parties want …").
#[rustfmt::skip]
const AFTER_PLURAL: &[&str] = &[
    "tend", "want", "need", "remain", "see", "agree", "expect", "hope", "fear", "plan",
    "seem", "appear", "continue", "face", "make", "take", "get", "know", "think", "feel",
    "view", "support", "oppose", "hold", "keep", "like", "worry", "also", "still", "often",
    "already",
];

/// Words after which a participle describes a noun ("the newly elected", "of a signed").
const ATTRIBUTIVE: &[&str] = &[
    "a", "an", "the", "of", "and", "its", "his", "her", "their", "by", "for", "in", "with",
];

/// Whether a subject's words name someone who can speak: a capitalised word past the
/// first, a personal pronoun, or a head word for people ("the port workers", "the
/// billionaire businessman", "many of the speakers").
pub(super) fn speaks(subject: &str) -> bool {
    let words: Vec<&str> = subject.split_whitespace().collect();
    let person = |w: &&str| {
        let lower = Lower::new(w.trim_end_matches([',', '.']));
        let w = lower.as_str();
        let one = w.strip_suffix('s').unwrap_or(w);
        let heads = lexicon::set_here!("unnamed_heads");
        let roles = lexicon::set_here!("role_nouns");
        ["he", "she", "they", "we", "i"].contains(&w)
            || [w, one]
                .iter()
                .any(|x| heads.contains_folded(x) || roles.contains_folded(x))
            || ["man", "men", "woman", "women"]
                .iter()
                .any(|e| w.ends_with(e))
    };
    words
        .iter()
        .skip(1)
        .any(|w| w.starts_with(char::is_uppercase))
        || words.iter().any(person)
}

/// A past tense by its ending: "-ed" on a lower-case word ("agreed", "pushed").
fn past_tense(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::{narrowed, sentence_start, speaks, subject_words, subject_words_reading};
    use crate::extract::clauses::{Clause, SourceAt};
    use crate::model::Span;

    /// A clause of `text` whose cue is the word `cue`, its source from byte `source` to
    /// the cue's space, its content and reported part `content`.
    fn clause_at(
        text: &str,
        cue: &str,
        source: usize,
        source_at: SourceAt,
        content: (usize, usize),
        stance: bool,
    ) -> Clause {
        let at = text.find(cue).unwrap();
        let content = Span::new(content.0, content.1);
        Clause {
            cue: Span::new(at, at + cue.len()),
            source: Span::new(source, at - 1),
            source_at,
            content,
            reported: content,
            paragraph: 0,
            cognition: false,
            stance,
        }
    }

    /// The source words `narrowed` leaves of `c`, if it narrows them.
    fn narrowed_source<'t>(text: &'t str, c: &Clause) -> Option<&'t str> {
        let n = narrowed(text, c)?;
        Some(&text[n.source.start as usize..n.source.end as usize])
    }

    fn subject(text: &str) -> Option<&str> {
        let (s, e) = subject_words(text, 0, text.len())?;
        Some(&text[s..e])
    }

    /// A title's stop ends no sentence, whatever white space comes before the title ("the
    /// former\u{a0}Gov. Ann Lee"); a word's stop does.
    #[test]
    fn a_sentence_starts_after_a_stop_that_ends_no_title() {
        let text = "It rained. Then the former\u{a0}Gov. Ann Lee spoke.";
        let at = text.find("Lee").unwrap();
        assert_eq!(
            &text[sentence_start(text, at)..at],
            "Then the former\u{a0}Gov. Ann "
        );
        let text = "It rained on the pier. Ann Lee spoke.";
        let at = text.find("Lee").unwrap();
        assert_eq!(&text[sentence_start(text, at)..at], "Ann ");
    }

    #[test]
    fn the_subject_is_the_words_before_the_first_verb() {
        assert_eq!(
            subject("The harbour board tripped up Lindqvist by"),
            Some("The harbour board")
        );
        assert_eq!(
            subject("But the Okafor campaign has drawn praise from"),
            Some("the Okafor campaign")
        );
        assert_eq!(
            subject("As the ferries came in, the port workers sent out a notice"),
            Some("the port workers")
        );
        assert_eq!(
            subject("Ms Lindqvist, the mayor, began the meeting by"),
            Some("Ms Lindqvist, the mayor")
        );
        assert_eq!(
            subject("In Oslo, Ann Lindqvist, a columnist who is new, walked off after"),
            Some("Ann Lindqvist, a columnist")
        );
    }

    #[test]
    fn a_present_tense_ends_the_subject_when_no_other_verb_does() {
        let present = |text| {
            let (s, e) = subject_words_reading(text, 0, text.len(), true)?;
            Some(&text[s..e])
        };
        let text = "The harbour master visits the quay every week and";
        assert_eq!(present(text), Some("The harbour master"));
        // Not unless asked: a word in "-s" is most often a plural noun.
        assert_eq!(subject(text), None);
        assert_eq!(
            present("The new ad touts the senator's long record on ferries and"),
            Some("The new ad")
        );
        // Another verb first: the present tense is not needed.
        assert_eq!(
            present("The port workers sent out notices and"),
            Some("The port workers")
        );
        // A plural of people is no verb.
        assert_eq!(present("The campaign officials visit the quay and"), None);
    }

    #[test]
    fn a_participle_after_a_determiner_is_no_verb() {
        assert_eq!(subject("The notice of a certified harbour letter"), None);
        assert_eq!(
            subject("The notice of a certified letter reached"),
            Some("The notice of a certified letter")
        );
    }

    #[test]
    fn a_gerund_in_an_opening_adverbial_takes_the_subject_after_it() {
        let text =
            "Two years after backing Ann Lee, harbour owner Bo Lindqvist has switched sides.";
        let content = text.find("Ann Lee").unwrap();
        let c = clause_at(
            text,
            "backing",
            0,
            SourceAt::Before,
            (content, content + 7),
            true,
        );
        assert_eq!(
            narrowed_source(text, &c),
            Some("harbour owner Bo Lindqvist")
        );
        // A subject that cannot speak is left alone.
        let text = "Two years after backing Ann Lee, the harbour has changed.";
        assert!(narrowed(text, &c).is_none());
    }

    /// "… healing and forgiveness before explaining": source words cut at "and" read the
    /// sentence's subject from its start.
    #[test]
    fn a_gerund_whose_source_words_miss_the_subject_reads_the_sentence() {
        let text = "The ferry ran late. Okafor presented a plan about fares and timetables \
                    before explaining why the board had failed.";
        let source = text.find("timetables").unwrap();
        let content = (text.find("why").unwrap(), text.len() - 1);
        let c = clause_at(text, "explaining", source, SourceAt::Before, content, false);
        assert_eq!(narrowed_source(text, &c), Some("Okafor"));
    }

    /// A participle after a clause opened by ", but" hangs on that clause's subject, a lone
    /// name too.
    #[test]
    fn a_participle_after_a_but_clause_takes_that_clause_s_subject() {
        let text = "Reyes pivoted to talking about trade, but Ortiz brought him back to the \
                    levy, asking Reyes to explain the fees.";
        let content = (text.find("Reyes to").unwrap(), text.len() - 1);
        let c = clause_at(text, "asking", 0, SourceAt::Sentence, content, false);
        assert_eq!(narrowed_source(text, &c), Some("Ortiz"));
    }

    /// A participle after a clause opened by ", when" or ", where" hangs on that clause's
    /// subject, not the sentence's; after an opening "Outside …," on the subject past it.
    #[test]
    fn a_participle_after_a_when_clause_takes_that_clause_s_subject() {
        let text = "The trouble began during the speech, when ferry workers interrupted it, \
                    shouting that the fares were unfair.";
        let content = (text.find("that the").unwrap(), text.len() - 1);
        let c = clause_at(text, "shouting", 0, SourceAt::Sentence, content, false);
        assert_eq!(narrowed_source(text, &c), Some("ferry workers"));
        assert_eq!(
            subject("Outside the town hall, about 200 protesters gathered in the rain"),
            Some("about 200 protesters")
        );
    }

    #[test]
    fn a_subject_that_speaks() {
        assert!(speaks("the port workers"));
        assert!(speaks("The billionaire businessman"));
        assert!(speaks("the Okafor campaign"));
        assert!(speaks("she"));
        assert!(!speaks("the frustration"));
        assert!(!speaks("The long delay"));
    }

    #[test]
    fn no_subject_without_a_verb_or_with_a_dummy_subject() {
        assert_eq!(subject("Eight years after"), None);
        assert_eq!(
            subject("offered the mayor a stage to say whatever he wanted, from"),
            None
        );
        assert_eq!(
            subject("It was at the harbour meeting that Lindqvist spoke"),
            None
        );
        assert_eq!(
            subject("the long list of harbour board members and their many friends voted"),
            None
        );
    }
}
