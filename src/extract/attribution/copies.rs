//! Quoted words repeated in an article: a headline's `'bomb them'` or a later `the
//! “rigged” row` with no speaker of its own are the words of whoever the article quotes
//! saying them elsewhere.

use crate::extract::span;
use crate::extract::{LocalQuote, LocalSpeaker};
use crate::model::QuoteKind;

/// The fewest letters of quoted words shared this way: one or two (`rock 'n' roll`) are
/// too common to mean anyone, and a quoted date or figure alone names no one's words.
const MIN_LETTERS: usize = 3;

/// Gives a scare quote the speaker (see [`speaks`]) of the same words (case, outer
/// punctuation and spacing aside) elsewhere in the article, with a cue of its own (a verb
/// or noun of speech), taking that quote's kind, when every copy with a speaker names the
/// same one (a copy only the object rule or a neighbour gave a speaker is often a term used
/// again). Not a title or slogan in title case ("Meet the Press"), named more often than
/// said.
pub(super) fn share(body: &str, marked: &mut [LocalQuote]) {
    let text = |q: &LocalQuote| span::slice(body, q.span.start as usize, q.span.end as usize);
    let open: Vec<usize> = marked
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind == QuoteKind::Scare && may_share(text(q)))
        .map(|(i, _)| i)
        .collect();
    if open.is_empty() {
        return;
    }
    let keys: Vec<String> = marked.iter().map(|q| key(text(q))).collect();
    let given: Vec<(usize, LocalSpeaker, QuoteKind)> = open
        .into_iter()
        .filter_map(|i| {
            let copies = marked
                .iter()
                .zip(&keys)
                .filter(|(q, k)| q.kind != QuoteKind::Scare && **k == keys[i])
                .map(|(q, _)| q);
            // The copy a cue speaks for (a verb or noun of speech) names the speaker.
            let cued = copies.clone().find(|q| q.cue.is_some())?;
            if !speaks(&cued.speaker) {
                return None;
            }
            copies
                .clone()
                .all(|q| q.speaker == cued.speaker)
                .then(|| (i, cued.speaker.clone(), cued.kind))
        })
        .collect();
    for (i, speaker, kind) in given {
        marked[i].speaker = speaker;
        marked[i].kind = kind;
    }
}

/// Whether a copy's speaker may speak for the other copies: a named actor, or a description
/// opened by an article ("the BCC", "A PR expert"); a bare phrase ("UK mortgage lending")
/// is more often a subject misread as a speaker.
fn speaks(speaker: &LocalSpeaker) -> bool {
    match speaker {
        LocalSpeaker::None => false,
        LocalSpeaker::Entity(_) => true,
        LocalSpeaker::Unnamed(d) => {
            let first = d.split(' ').next().unwrap_or("");
            ["the", "a", "an"]
                .iter()
                .any(|a| first.eq_ignore_ascii_case(a))
        }
    }
}

/// Whether quoted words may be shared: three letters or more, not in title case.
fn may_share(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphabetic()).count() >= MIN_LETTERS
        && !super::object::title_case(text)
}

/// The words as compared: lower case, one space between words, no punctuation or quote
/// marks around them.
fn key(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    words
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use crate::extract::attribution::tests::attributed;

    #[test]
    fn a_headline_copy_takes_the_body_speaker() {
        let body = "Time to 'clean the house' in the capital.\n\n\
                    Ann Lee said on Monday she would “clean the house” once in office.";
        let got = attributed(body);
        assert_eq!(got[0].0, "clean the house");
        assert_eq!(got[0].1.as_deref(), Some("Ann Lee"), "{got:?}");
    }

    #[test]
    fn a_copy_no_cue_speaks_for_gives_none() {
        // The body's copy is Lee's only as the quote after hers, no verb of its own.
        let body = "Time for a “fair deal” in the capital.\n\n\
                    “We will win this,” Ann Lee said on Monday. “Fair deal.”";
        let got = attributed(body);
        assert_eq!(got[2].1.as_deref(), Some("Ann Lee"), "{got:?}");
        assert_eq!(got[0].1, None, "{got:?}");
    }

    #[test]
    fn copies_naming_two_speakers_give_none() {
        let body = "The “fair deal” row goes on.\n\n\
                    Ann Lee said on Monday she would sign a “fair deal” with the union.\n\n\
                    Tom Reyes said on Tuesday he would sign a “fair deal” with the board.";
        let got = attributed(body);
        assert_eq!(got[0].0, "fair deal");
        assert_eq!(got[0].1, None);
    }

    #[test]
    fn titles_and_dates_stay_unattributed() {
        let title = "The “Harbour Lights” vote is on.\n\n“Harbour Lights,” Ann Lee said.";
        let got = attributed(title);
        assert_eq!(got[1].1.as_deref(), Some("Ann Lee"), "{got:?}");
        assert_eq!(got[0].1, None, "{got:?}");
        let date = "The “2020-05-01” file is out.\n\n“2020-05-01,” Ann Lee said.";
        let got = attributed(date);
        assert_eq!(got[1].1.as_deref(), Some("Ann Lee"), "{got:?}");
        assert_eq!(got[0].1, None, "{got:?}");
    }

    #[test]
    fn a_description_with_an_article_speaks_a_bare_one_not() {
        let body = "A “slow spring” for shops.\n\n\
                    The trade group said sales faced a “slow spring” this year.";
        let got = attributed(body);
        assert_eq!(got[1].1.as_deref(), Some("The trade group"), "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("The trade group"), "{got:?}");
        assert!(!super::speaks(&crate::extract::LocalSpeaker::Unnamed(
            "UK mortgage lending".to_string()
        )));
    }

    #[test]
    fn keys_ignore_case_and_outer_punctuation() {
        assert_eq!(super::key("Clean  the House,"), "clean the house");
        assert_eq!(super::key("clean the house"), "clean the house");
    }
}
