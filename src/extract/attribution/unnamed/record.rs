//! A head of `unnamed_heads` used as a modifier of a record ("official figures show",
//! "according to government data", "the firm's official statement"): the record is the
//! source, not an "official" or a "government" cut from it.

use crate::extract::lexicon;
use crate::extract::span;
use crate::extract::tokens::Token;

/// Singular and mass nouns of records that `group_heads` (plurals) leaves out.
const RECORDS: &[&str] = &[
    "data",
    "statistics",
    "statement",
    "figure",
    "report",
    "study",
    "survey",
    "poll",
    "research",
    "estimate",
];

/// Whether `words[h]` modifies the record or role noun right after it: the next word, in
/// lower case and joined by a space only, is one of [`RECORDS`], a plural record or group
/// of `group_heads` ("figures", "reports"), or a role ("executive producer", "executive
/// director": the role is the description, and a name after it is the speaker).
pub(super) fn modifies_record(body: &str, words: &[Token], h: usize) -> bool {
    let Some(next) = words.get(h + 1) else {
        return false;
    };
    let w = next.text(body);
    span::slice(body, words[h].end, next.start) == " "
        && w.starts_with(|c: char| c.is_ascii_lowercase())
        && (RECORDS.contains(&w)
            || w == "producer"
            || lexicon::set_here!("group_heads").contains_folded(w)
            || lexicon::set_here!("role_nouns").contains_folded(w))
}

#[cfg(test)]
mod tests {
    use super::super::speakers_of as speaker;
    use crate::extract::LocalSpeaker;

    #[test]
    fn a_head_before_a_record_is_no_speaker_by_itself() {
        for (s, d) in [
            (
                "Ferry fares on the lake rose sharply in May, official figures show.",
                "official figures",
            ),
            (
                "The town's jobless total fell again, according to official data.",
                "official data",
            ),
            (
                "Rents in the valley doubled in a decade, according to government data.",
                "government data",
            ),
            (
                "The government statement, which was posted online, announced the move \
                 \"with regret\".",
                "The government statement",
            ),
        ] {
            assert_eq!(speaker(s), vec![LocalSpeaker::Unnamed(d.into())], "{s}");
        }
        // A head before a role and a name: the name speaks.
        let got =
            speaker("The play's executive producer Ann Okafor said that the tour would go ahead.");
        assert!(matches!(got[..], [LocalSpeaker::Entity(_)]), "{got:?}");
        // The head itself still speaks.
        let got = speaker("A harbour official said the ferry would sail on Monday.");
        assert!(
            got.iter()
                .any(|q| matches!(q, LocalSpeaker::Unnamed(d) if d.ends_with("official"))),
            "{got:?}"
        );
    }
}
