//! `The levy is a “bad idea” and a “costly mistake,” Ortiz said.`: an attribution closing
//! the sentence after its last quote speaks for every quote of the sentence, so an earlier
//! quote with no speaker of its own is the same speaker's.

use super::inherit::same_sentence;
use crate::extract::quotes::QuoteSpan;
use crate::extract::span;
use crate::extract::LocalSpeaker;
use crate::model::Span;

/// The most bytes from a quote's closing mark to the stop that ends its sentence, the
/// attribution between them (`, Ann Ortiz, the mayor, told reporters.`).
const ATTRIBUTION_BYTES: usize = 80;

/// Gives a quote with no speaker the speaker of the next quote of its sentence, when that
/// one's own rules found it from a cue after it that closes the sentence (its words end
/// in a comma, and a stop follows the cue within [`ATTRIBUTION_BYTES`]).
pub(super) fn share_back(
    body: &str,
    quotes: &[QuoteSpan],
    found: &mut [(LocalSpeaker, bool)],
    cues: &[Option<Span>],
) {
    for i in (0..quotes.len().saturating_sub(1)).rev() {
        if found[i].0 != LocalSpeaker::None || quotes[i].nested_in.is_some() {
            continue;
        }
        let Some(j) = (i + 1..quotes.len()).find(|&j| quotes[j].nested_in.is_none()) else {
            continue;
        };
        let (q, next) = (&quotes[i], &quotes[j]);
        let text = span::slice(body, q.text.start as usize, q.text.end as usize);
        if !found[j].1
            || found[j].0 == LocalSpeaker::None
            || super::object::title_case(text)
            || !same_sentence(body, q, next)
            || !closes_sentence(body, next, cues[j])
        {
            continue;
        }
        found[i].0 = found[j].0.clone();
    }
}

/// Whether `cue` follows the quote `q`, whose words end in a comma, and a stop ends the
/// sentence right after it.
fn closes_sentence(body: &str, q: &QuoteSpan, cue: Option<Span>) -> bool {
    let Some(cue) = cue.filter(|c| c.start >= q.outer.end) else {
        return false;
    };
    let said = span::slice(body, q.text.start as usize, q.text.end as usize).trim_end();
    let close = q.outer.end as usize;
    let end = span::floor(body, (close + ATTRIBUTION_BYTES).min(body.len()));
    let after = span::slice(body, close, end);
    said.ends_with(',')
        && after
            .find(['.', '!', '?', '\n', '“', '"'])
            .is_some_and(|k| {
                after[k..].starts_with(['.', '!', '?']) && close + k >= cue.end as usize
            })
}

#[cfg(test)]
mod tests {
    use crate::extract::attribution::tests::attributed;

    #[test]
    fn an_earlier_quote_of_the_sentence_takes_the_closing_attribution() {
        let body = "Tom Ortiz spoke later. The levy is a “bad idea” and a “costly mistake,” \
                    Ortiz said.";
        let got = attributed(body);
        assert_eq!(got[0].0, "bad idea");
        assert_eq!(got[0].1.as_deref(), Some("Tom Ortiz"), "{got:?}");
    }

    #[test]
    fn not_a_title_nor_an_attribution_that_runs_on() {
        let title = "Tom Ortiz spoke later. On “Morning Hour” the levy was “a costly \
                     mistake,” Ortiz said.";
        assert_eq!(attributed(title)[0].1, None);
        let runs_on = "Tom Ortiz spoke later. The “fair share” rule was “a costly mistake,” \
                       Ortiz said, and the council had known it for years before the vote.";
        assert_eq!(attributed(runs_on)[0].1, None);
    }
}
