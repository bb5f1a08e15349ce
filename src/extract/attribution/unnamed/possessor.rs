//! A noun's possessor before an unnamed head is the description's ("The singer's
//! spokesman", "the council's spokesperson", "Mr Lee's lawyer"), kept as written rather
//! than the bare head ("spokesman").

use super::super::written;
use crate::extract::span;
use crate::extract::tokens::{Lower, Token};

/// Whether `words[p]` is a possessor of the next word: "'s" (or "’s") and one space
/// between them, and not a word that opens no noun phrase ("it's", "there's", "that's").
pub(super) fn of_next(body: &str, words: &[Token], p: usize) -> bool {
    let (Some(t), Some(next)) = (words.get(p), words.get(p + 1)) else {
        return false;
    };
    t.possessive
        && matches!(span::slice(body, t.end, next.start), "'s " | "’s ")
        && !written::opens_no_phrase(Lower::new(t.text(body)).as_str())
}

#[cfg(test)]
mod tests {
    use super::super::speakers_of as speakers;
    use crate::extract::LocalSpeaker;

    #[test]
    fn a_possessor_stays_with_its_head() {
        for (s, d) in [
            (
                "The singer's spokesman said the claims were untrue.",
                "The singer's spokesman",
            ),
            (
                "The council's spokesperson said the drop had been expected.",
                "The council's spokesperson",
            ),
            (
                "The prime minister's official spokesman said the plan would go ahead.",
                "The prime minister's official spokesman",
            ),
        ] {
            assert_eq!(speakers(s), vec![LocalSpeaker::Unnamed(d.into())], "{s}");
        }
    }
}
