//! A description that is a piece of a clause, not a noun phrase: a verb with its object or
//! complement ("hearing him", "adding them to the package", "trying to view the site"), an
//! adverb before a participle ("briefly renewed", "increasingly gunning for each other") or
//! a phrase a preposition opens ("through public records lawsuits", "whenever a viewer").
//! It was read as the cue's subject from the words before the cue. Such a quote has no
//! speaker, but stays listed: its content was read right more often than not. Where the piece ends in the noun phrase that speaks, that
//! phrase is the speaker: "echoing some far-right critics" → "some far-right critics",
//! "along with full-page ads" → "full-page ads", "got people" → "people", "despite photos"
//! → "photos".

use crate::extract::{LocalQuote, LocalSpeaker};

/// First words that open an adverbial phrase, never a speaker.
const OPENERS: &[&str] = &[
    "through", "along", "apart", "despite", "compared", "based", "whenever",
];

/// Object pronouns: after a first word, the description is a verb and its object.
const OBJECTS: &[&str] = &[
    "him",
    "them",
    "it",
    "us",
    "me",
    "himself",
    "herself",
    "themselves",
];

/// Words after a participle that make it a verb with its complement ("begging a woman",
/// "trying to view", "appeared in court"), not an adjective before a noun ("registered
/// voters").
const COMPLEMENT: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "my", "our", "some", "most", "to", "up",
    "about", "in", "with", "for", "into", "over", "on", "at", "from", "against",
];

/// Verbs that take "people" as their object ("give people", "lets people").
const PEOPLE_VERBS: &[&str] = &[
    "got",
    "get",
    "gets",
    "give",
    "gives",
    "gave",
    "help",
    "helps",
    "deny",
    "denies",
    "think",
    "want",
    "wants",
    "make",
    "makes",
    "made",
    "let",
    "lets",
    "allow",
    "allows",
    "push",
    "pushes",
    "prompt",
    "prompts",
    "comforts",
    "forcing",
    "stopping",
    "charging",
    "targeting",
    "tell",
    "tells",
    "urge",
    "urges",
];

/// Gives the quotes whose speaker is such a piece the noun phrase it ends in, or none.
pub(super) fn clear_fragments(quotes: &mut [LocalQuote]) {
    for q in quotes {
        let LocalSpeaker::Unnamed(d) = &q.speaker else {
            continue;
        };
        match fragment(d) {
            Piece::NounPhrase => {}
            Piece::Clause => q.speaker = LocalSpeaker::None,
            Piece::EndsIn(at) => {
                let rest = d[at..].to_string();
                q.speaker = LocalSpeaker::Unnamed(rest);
            }
        }
    }
}

/// What a description reads as.
#[derive(Debug, PartialEq)]
enum Piece {
    NounPhrase,
    /// A piece of a clause with no speaker in it.
    Clause,
    /// A piece of a clause whose noun phrase from this byte on speaks.
    EndsIn(usize),
}

/// What `d`, lower-case and of two words or more, reads as.
fn fragment(d: &str) -> Piece {
    // Most descriptions start with a capital or a determiner: one byte test turns the
    // capitals away.
    if !d.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return Piece::NounPhrase;
    }
    let mut words = d.split_whitespace();
    let (Some(a), Some(b)) = (words.next(), words.next()) else {
        return Piece::NounPhrase;
    };
    let third = words.next();
    let at = |w: &str| w.as_ptr() as usize - d.as_ptr() as usize;
    let participle = |w: &str| w.len() > 4 && (w.ends_with("ing") || w.ends_with("ed"));
    if a == "along" && b == "with" {
        return third.map_or(Piece::Clause, |w| Piece::EndsIn(at(w)));
    }
    if a == "despite" && third.is_none() && b.ends_with('s') {
        return Piece::EndsIn(at(b));
    }
    if b == "people" && third.is_none() && PEOPLE_VERBS.contains(&a) {
        return Piece::EndsIn(at(b));
    }
    if participle(a) && b == "some" && third.is_some() {
        return Piece::EndsIn(at(b));
    }
    let clause = OPENERS.contains(&a)
        || OBJECTS.contains(&b)
        || (participle(a) && COMPLEMENT.contains(&b))
        || (a.len() > 4
            && a.ends_with("ly")
            && participle(b)
            && third.is_none_or(|w| COMPLEMENT.contains(&w)));
    if clause {
        Piece::Clause
    } else {
        Piece::NounPhrase
    }
}

#[cfg(test)]
mod tests {
    use super::{fragment, Piece};
    use crate::extract::LocalSpeaker;

    #[test]
    fn pieces_of_a_clause_are_fragments() {
        for d in [
            "hearing him",
            "adding them to the package",
            "trying to view the site",
            "begging a woman",
            "focusing most of his time there",
            "briefly renewed",
            "increasingly gunning for each other",
            "despite a court order",
            "whenever a viewer",
        ] {
            assert_eq!(fragment(d), Piece::Clause, "{d}");
        }
        for d in [
            "registered voters",
            "working people",
            "many of them",
            "about 50 protesters",
            "the people",
            "leading economists",
            "recently hacked party documents",
            "Helping Hands",
            "officials",
        ] {
            assert_eq!(fragment(d), Piece::NounPhrase, "{d}");
        }
        for (d, rest) in [
            ("echoing some far-right critics", "some far-right critics"),
            ("along with full-page ads", "full-page ads"),
            ("got people", "people"),
            ("help people", "people"),
            ("despite photos", "photos"),
        ] {
            assert_eq!(fragment(d), Piece::EndsIn(d.len() - rest.len()), "{d}");
        }
    }

    #[test]
    fn a_verb_and_its_object_before_a_cue_speak_for_no_one() {
        let body = "Ferries\n\nThe new timetable will help people remember where the \
                    night boats stop. Visitors trying to book the crossing got a message \
                    saying the berths were full.\n";
        let paragraphs = crate::extract::test_paragraphs(body);
        let out = crate::extract::extract_article(body, &paragraphs);
        let piece = |s: &LocalSpeaker| matches!(s, LocalSpeaker::Unnamed(d) if fragment(d) != Piece::NounPhrase);
        assert!(
            !out.quotes.iter().any(|q| piece(&q.speaker)),
            "{:?}",
            out.quotes
        );
    }
}
