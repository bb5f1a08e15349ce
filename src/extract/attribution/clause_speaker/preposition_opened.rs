//! "Even without changes the commission does urge …", "…, because showed that …": a
//! description as written that opens with a preposition or a conjunction in lower case is
//! no speaker; the subject after the phrase ("the commission") is, when one follows.

use crate::extract::LocalSpeaker;

/// Words that open an adverbial or a clause, never a subject's description.
const OPENERS: &[&str] = &[
    "without", "after", "before", "as", "because", "of", "within", "whose", "about", "during",
    "under", "since", "if",
];

/// `d` read past an opening preposition: the description from a determiner after the
/// phrase ("the commission"), else no speaker; `d` itself when no such word opens it
/// ("about 50 protesters": "about" before a number only counts them).
pub(in crate::extract::attribution) fn read_past(d: String) -> LocalSpeaker {
    // Cheap first: most descriptions open with no such word (a determiner, a capital),
    // told by their first word's length and first letter before any comparison.
    let bytes = d.as_bytes();
    let len = bytes.iter().position(|&b| b == b' ').unwrap_or(bytes.len());
    if !(2..=7).contains(&len)
        || !matches!(
            bytes[0],
            b'w' | b'a' | b'b' | b'o' | b'u' | b's' | b'i' | b'd'
        )
        || !OPENERS.contains(&&d[..len])
    {
        return LocalSpeaker::Unnamed(d);
    }
    let words: Vec<&str> = d.split_whitespace().collect();
    let Some(first) = words.first() else {
        return LocalSpeaker::Unnamed(d);
    };
    let counted = *first == "about"
        && words
            .get(1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
    if !OPENERS.contains(first) || counted {
        return LocalSpeaker::Unnamed(d);
    }
    match words
        .iter()
        .skip(2)
        .position(|w| matches!(*w, "the" | "a" | "an"))
    {
        Some(p) if p + 3 < words.len() => LocalSpeaker::Unnamed(words[p + 2..].join(" ")),
        _ => LocalSpeaker::None,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::attribution::tests::reported_speakers as speakers;

    #[test]
    fn a_description_opened_by_a_preposition_is_read_past_it() {
        let got =
            speakers("Even without changes the harbour board does urge ferry firms to cut fares.");
        assert_eq!(got, vec![Some("the harbour board".to_string())]);
    }
}
