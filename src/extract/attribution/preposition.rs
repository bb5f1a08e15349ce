//! Whether a name stands as the object of a preposition ("matched to Mr Houston"), which a
//! later "he" or "she" passes over.

use crate::extract::lexicon;
use crate::extract::span;
use crate::extract::tokens::Lower;

/// Prepositions whose object a person named right after them is ("matched to Mr Houston");
/// not "of", which mostly joins a title to its name ("Department of Transportation
/// official Troy Roberts").
const PREPOSITIONS: &[&str] = &[
    "to", "with", "by", "from", "for", "about", "against", "at", "on", "into", "over", "than",
    "towards", "toward",
];

/// Whether one of the (up to) three words before byte `at`, in the same clause, is a
/// preposition that makes what follows its object — or one further back when only titles
/// and role words stand between it and the name ("overseen by former U.N. secretary
/// general Ann Lee").
pub(super) fn after_preposition(body: &str, at: usize) -> bool {
    let from = span::ceil(body, at.saturating_sub(80));
    let head = span::slice(body, from, at);
    let clause = clause_tail(head);
    // "According to Muyembe" names a source, not an object.
    let clause = clause.trim_end();
    let according_to = clause
        .get(clause.len().saturating_sub("according to".len())..)
        .is_some_and(|tail| tail.eq_ignore_ascii_case("according to"));
    if according_to {
        return false;
    }
    for (i, w) in clause.split_whitespace().rev().take(8).enumerate() {
        if PREPOSITIONS.contains(&w) {
            // "with Ann Lee — who backs the bill — lambasting the plan": the subject of a
            // participle, not an object.
            return !(w == "with" && participle_after(body, at));
        }
        if i >= 2 && !title_word(w) {
            return false;
        }
    }
    false
}

/// Whether the name at byte `at` is followed, past its words and any aside set off by
/// dashes or commas, by a participle ("Ann Lee — who backs the bill — lambasting …").
fn participle_after(body: &str, at: usize) -> bool {
    let rest = span::slice(body, at, span::floor(body, (at + 240).min(body.len())));
    let mut words = rest.split_whitespace().peekable();
    let mut aside = None;
    for _ in 0..4 {
        match words.next_if(|w| w.starts_with(char::is_uppercase)) {
            Some(w) if w.ends_with(',') => {
                aside = Some(',');
                break;
            }
            Some(_) => {}
            None => break,
        }
    }
    if aside.is_none() && words.next_if(|w| matches!(*w, "—" | "–")).is_some() {
        aside = Some('—');
    }
    if let Some(close) = aside {
        let closed = words
            .by_ref()
            .take(16)
            .any(|w| matches!(w, "—" | "–") && close == '—' || close == ',' && w.ends_with(','));
        if !closed {
            return false;
        }
    }
    words.next().is_some_and(|w| {
        w.len() > 5
            && w.ends_with("ing")
            && w.chars().all(|c| c.is_ascii_lowercase())
            && !matches!(
                w,
                "during"
                    | "including"
                    | "nothing"
                    | "something"
                    | "anything"
                    | "everything"
                    | "morning"
                    | "evening"
            )
    })
}

/// What follows the last clause mark in `head` (a stop only after a word that is no title
/// or initial: "Sen.", "U.N." go on).
fn clause_tail(head: &str) -> &str {
    let mut end = head.len();
    while let Some(i) = head[..end].rfind([',', '.', ';', ':', '"', '“', '”', '(', ')']) {
        let mark = head[i..].chars().next().map_or(1, char::len_utf8);
        if head.as_bytes()[i] == b'.' {
            let word = head[..i].rsplit([' ', '\n']).next().unwrap_or("");
            if title_stop(word) {
                end = i;
                continue;
            }
        }
        return &head[i + mark..];
    }
    head
}

/// Whether `word`, before a full stop, is a title or initials ("Sen", "U.N", "Mr"), whose
/// stop ends no clause here. The only reader of sentences that does not ask the
/// tokenizer's rule (`tokens::stop_is_the_words`): with that rule a clause would end at a
/// short capitalised word closing a paragraph ("… at the Red Oak." before a new one),
/// which on PolNeAR train costs one marked quote's speaker.
fn title_stop(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && (word.len() <= 3 || word.contains('.'))
}

/// A word that can stand between a preposition and the name of its object: a title
/// ("Secretary", "Sen."), initials ("U.N.", "NATO"), a role ("secretary", "general") or a
/// word that goes with one ("former", "the").
fn title_word(w: &str) -> bool {
    const WITH_ROLES: &[&str] = &[
        "former", "then", "late", "the", "a", "an", "its", "his", "her", "their", "deputy", "vice",
        "acting", "senior", "chief", "top", "state", "party", "federal", "general",
    ];
    let initials = w.len() >= 2
        && w.starts_with(char::is_uppercase)
        && (w.contains('.') || w.chars().all(|c| c.is_ascii_uppercase()));
    initials
        || WITH_ROLES.contains(&w)
        || lexicon::set_here!("titles").contains(&Lower::new(w))
        || lexicon::set_here!("role_nouns").contains(&Lower::new(w))
}
