//! Fast paths of clause reading checked against the rules they replace.

use super::super::*;
use crate::extract::{quotes, test_paragraphs};
use proptest::prelude::*;

/// Each paragraph's per-token quotes, classes and clause-opening words as read one token
/// at a time with every quote test (the rule `Words::new` skips for words before the
/// next quote's opening mark).
fn check(body: &str) -> Result<(), TestCaseError> {
    let classes = words::classes();
    each_paragraph(body, |w, toks, here| {
        let mut qi = 0;
        for (i, t) in toks.iter().enumerate() {
            while qi < here.len() && (here[qi].outer.end as usize) <= t.start {
                qi += 1;
            }
            let q = here
                .get(qi)
                .filter(|s| (s.outer.start as usize) <= t.start && t.end <= s.outer.end as usize)
                .and_then(|_| u16::try_from(qi).ok());
            let soft = w.soft.iter().any(|&(a, b)| (a..b).contains(&i));
            if !soft {
                prop_assert_eq!(w.quote_of[i], q, "{}", t.text(body));
            }
            let c = if q.is_some() || soft {
                0
            } else {
                classes.get_in(body, t)
            };
            prop_assert_eq!(w.class[i], c, "{}", t.text(body));
        }
        let starts: Vec<u32> = (0..toks.len() as u32)
            .filter(|&i| w.class[i as usize] & CLAUSE_START != 0)
            .collect();
        prop_assert_eq!(&w.starts, &starts);
        Ok(())
    })
}

/// Runs `f` on each paragraph of `body`: its words as clause reading sees them, its tokens
/// and its quotes (not nested ones).
fn each_paragraph(
    body: &str,
    mut f: impl FnMut(&Words, &[Token], &[&QuoteSpan]) -> Result<(), TestCaseError>,
) -> Result<(), TestCaseError> {
    let paragraphs = test_paragraphs(body);
    let spans = quotes::find(body, &paragraphs);
    for (pi, para) in paragraphs.iter().enumerate() {
        let here: Vec<&QuoteSpan> = spans
            .iter()
            .filter(|s| s.paragraph as usize == pi && s.nested_in.is_none())
            .collect();
        let toks = tokenize_pooled(body, para.span.start as usize, para.span.end as usize);
        let w = Words::new(body, pi as u32, &toks, &here, Buffers::default());
        f(&w, &toks, &here)?;
    }
    Ok(())
}

#[test]
fn quotes_and_classes_of_written_paragraphs() {
    check(
        "The mayor said \"we will win\" and \u{201c}nobody doubts it,\u{201d} she added.\n\
         ''Soft quotes,'' said the aide, according to reports.\n\
         \"Runs on to the end, said nobody\n\
         He told reporters: \"No.\" Then he said 'fine' and left \"",
    )
    .unwrap();
}

proptest! {
    /// Any words, quote marks and cue words in any order.
    #[test]
    fn quotes_and_classes_agree_with_the_token_by_token_rule(
        body in "((said|told|according|to|the|Mayor|\"|\u{201c}|\u{201d}|''|'|,|\\.|\n|x[a-z]{0,6}) ){0,40}"
    ) {
        check(&body)?;
    }
}

/// Every span of words of each paragraph of `body` (up to `most` words), as a content of a
/// verb of stance and of any other: `reported` with the fast pass over words that end
/// nothing is `reported` without it.
fn check_reported(body: &str, most: usize) -> Result<(), TestCaseError> {
    each_paragraph(body, |w, toks, _| {
        for a in 0..toks.len() {
            for b in a + 1..=toks.len().min(a + most) {
                let content = w.span(a, b);
                for stance in [false, true] {
                    prop_assert_eq!(
                        w.reported_from(content, stance, true),
                        w.reported_from(content, stance, false)
                    );
                }
            }
        }
        Ok(())
    })
}

#[test]
fn reported_speech_of_written_paragraphs() {
    check_reported(
        "The board said the levy, and the fee, would rise; the mayor backed Ortiz on Monday \
         for the post, and she said that it was fair, although he disagreed, saying it was \
         not, compared with last year, which nobody denied.\n\
         Lee endorsed Ortiz, Park and Kim during the vote, but Cole said \"no\" and left.",
        40,
    )
    .unwrap();
}

proptest! {
    /// Any words of the classes the rules ask, commas, semicolons and quote marks.
    #[test]
    fn reported_speech_agrees_without_the_fast_pass(
        body in "((said|saying|and|but|or|on|in|at|during|that|which|who|compared|with|he|she|has|the|Ortiz|\"|,|;|x[a-z]{0,4}) ){0,24}"
    ) {
        check_reported(&body, 24)?;
    }
}
