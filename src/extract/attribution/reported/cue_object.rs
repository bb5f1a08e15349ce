//! The cue as shown when its object names the speech or the stance: "expressed concern
//! about the levy" reports "the levy" (clauses/object), and the words between the verb
//! and that content are the cue's, "expressed concern about", not lost from the row.

use crate::model::Span;

/// Most words between a cue verb and its content that the cue takes up ("offered some
/// very kind words about").
const MOST_WORDS: usize = 6;

/// Prepositions before what a speech or a stance is about.
const ABOUT: &[&str] = &["about", "on", "of", "with", "over", "against"];

/// The cue `cue` run on to the content `span` when what lies between them is a phrase of
/// two to `MOST_WORDS` words ending in a preposition of what the speech is about, with no
/// punctuation in it; else `cue`. Out of line: the caller's loop stays as it was.
#[inline(never)]
pub(super) fn through_object(body: &str, cue: Span, span: Span) -> Span {
    if span.start <= cue.end + 1 {
        return cue;
    }
    let Some(gap) = body.get(cue.end as usize..span.start as usize) else {
        return cue;
    };
    if !gap.starts_with(' ') || gap.contains(|c: char| c.is_ascii_punctuation() && c != '-') {
        return cue;
    }
    let mut n = 0;
    let mut last = "";
    for w in gap.split_whitespace() {
        n += 1;
        last = w;
    }
    if !(2..=MOST_WORDS).contains(&n) || !ABOUT.iter().any(|a| last.eq_ignore_ascii_case(a)) {
        return cue;
    }
    Span {
        start: cue.start,
        end: cue.end + gap.trim_end().len() as u32,
    }
}

#[cfg(test)]
mod tests {
    use crate::model::QuoteKind;

    /// The (cue, content) of the indirect quotes of `para`.
    fn cues(para: &str) -> Vec<(String, String)> {
        let body = format!("Headline\n\n{para}\n");
        let paragraphs = crate::extract::test_paragraphs(&body);
        let out = crate::extract::extract_article(&body, &paragraphs);
        out.quotes
            .iter()
            .filter(|q| q.kind == QuoteKind::Indirect)
            .map(|q| {
                let cue = q.cue.map_or(String::new(), |c| body[c.range()].to_string());
                (cue, body[q.span.range()].to_string())
            })
            .collect()
    }

    #[test]
    fn the_noun_before_what_a_stance_is_about_is_the_cues() {
        let c = cues("Several councillors expressed discomfort with the ferry levy.");
        assert_eq!(
            c,
            [(
                "expressed discomfort with".to_string(),
                "the ferry levy".to_string()
            )]
        );
        let c = cues("The senator offered some kind words about the harbour master.");
        assert_eq!(c[0].0, "offered some kind words about", "{c:?}");
        // A verb going straight on to its content keeps its cue.
        let c = cues("The mayor said the ferry would run on Sundays.");
        assert_eq!(c[0].0, "said", "{c:?}");
    }
}
