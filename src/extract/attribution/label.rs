//! A line that opens with a dash and names a person right before a quote, with no verb:
//! `- Harbour boss Ann Lee "We were poor."`, as under a match report: the person named last
//! is the speaker, whatever the words before the name say about them ("Harbour boss").

use super::subject::Scope;
use crate::extract::span;
use crate::extract::LocalSpeaker;
use crate::model::ActorType;

/// At most this many words stand between the dash and the quote.
const MAX_WORDS: usize = 8;

/// The person a dash line (`before`, the words from the sentence's start to the quote's
/// opening mark) names right before the quote: a person mention ending where only spaces
/// stand before the quote, on a line of a few capitalised words and role words that opens
/// with a dash.
pub(super) fn dash_label(
    body: &str,
    actors: &Scope,
    before: (usize, usize),
) -> Option<LocalSpeaker> {
    let text = span::slice(body, before.0, before.1);
    // The cheap test first: the line opens with a dash.
    let rest = text.trim_start().strip_prefix(['-', '–', '—'])?;
    let words = rest.split_whitespace();
    // A line of a few words with no stop, comma or colon: a label, not a sentence.
    if words.clone().count() > MAX_WORDS || rest.contains(['.', ',', ':', ';', '(']) {
        return None;
    }
    let end = before.0 + text.trim_end().len();
    let m = actors.mentions_in(before.0, end).last()?;
    (m.span.end as usize == end && !m.in_quote && actors.kind(m.entity) == ActorType::Person)
        .then_some(LocalSpeaker::Entity(m.entity))
}

#[cfg(test)]
mod tests {
    use super::super::tests::quote_speaker;

    const REPORT: &str =
        "Kingsford beat Harbourton on Saturday. Harbourton were poor after the break.\n\n\
        - Harbourton boss Dan Merrick \"I am sorry for our fans. \"We were not ready.\"\n \
        - Kingsford boss Alan Pryce \"We deserved the win. \"They are a hard side.\"";

    #[test]
    fn a_dash_line_names_the_person_before_the_quote() {
        assert_eq!(
            quote_speaker(REPORT, "sorry for our fans").as_deref(),
            Some("Dan Merrick")
        );
        assert_eq!(
            quote_speaker(REPORT, "deserved the win").as_deref(),
            Some("Alan Pryce")
        );
    }

    #[test]
    fn a_line_with_a_verb_is_no_label() {
        let body = "Dan Merrick spoke after the game.\n\n- Dan Merrick said \"We were poor.\"";
        assert_eq!(
            quote_speaker(body, "We were poor").as_deref(),
            Some("Dan Merrick")
        );
    }
}
