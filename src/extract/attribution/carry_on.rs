//! `“The board has walked away,” Lee said. Instead, “it just waits for the vote.”`: the
//! words quoted in a sentence that names nobody, right after a quote and its short
//! attribution, carry on the same speaker's words.

use crate::extract::quotes::QuoteSpan;
use crate::extract::span;

/// The most words of the attribution closing the sentence of the quote before (`, Lee
/// said.`, `, she told reporters on Friday.`).
const ATTRIBUTION_WORDS: usize = 6;

/// The most words before the quote in its own sentence (`But that is not the same as`).
const OPENER_WORDS: usize = 12;

/// Whether `q` carries on the words of `prev`: same paragraph; between them only a short
/// attribution ending `prev`'s sentence with a stop, then a few words opening `q`'s
/// sentence with no name, stop or colon among them (`Instead,`, `It is`, `But that is not
/// the same thing as`); `q` three words or more (a term is no one's words that way).
pub(super) fn carries_on(body: &str, prev: &QuoteSpan, q: &QuoteSpan) -> bool {
    if prev.paragraph != q.paragraph || prev.outer.end > q.outer.start {
        return false;
    }
    let text = span::slice(body, q.text.start as usize, q.text.end as usize);
    if text.split_whitespace().nth(2).is_none() {
        return false;
    }
    let between = span::slice(body, prev.outer.end as usize, q.outer.start as usize);
    if between.contains('\n') {
        return false;
    }
    let Some(stop) = between.find(['.', '!', '?']) else {
        return false;
    };
    let (attribution, opener) = (&between[..stop], between[stop + 1..].trim());
    if !between[stop..].starts_with('.')
        || !between[stop + 1..].starts_with(char::is_whitespace)
        || attribution.split_whitespace().count() > ATTRIBUTION_WORDS
        || opener.is_empty()
        || opener.contains(['.', '!', '?', ';', ':', '(', '“', '"'])
    {
        return false;
    }
    let mut words = opener.split_whitespace();
    words.next();
    words.clone().count() < OPENER_WORDS && words.all(|w| !w.starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use crate::extract::attribution::tests::attributed;

    #[test]
    fn a_quote_after_an_attribution_carries_on() {
        let body = "Ann Lee spoke on Friday. “The board has walked away from us,” Lee said. \
                    Instead, “it just waits for the vote to pass.”";
        let got = attributed(body);
        assert_eq!(got[1].0, "it just waits for the vote to pass.");
        assert_eq!(got[1].1.as_deref(), Some("Ann Lee"), "{got:?}");
    }

    #[test]
    fn a_named_sentence_or_a_term_does_not() {
        let named = "Ann Lee spoke on Friday. “The board has walked away from us,” Lee said. \
                     Then Tom Reyes found the “plan for all parties” in a drawer.";
        assert_ne!(attributed(named)[1].1.as_deref(), Some("Ann Lee"));
        let term = "Ann Lee spoke on Friday. “The board has walked away from us,” Lee said. \
                    The “plan” is due in May.";
        assert_ne!(attributed(term)[1].1.as_deref(), Some("Ann Lee"));
    }
}
