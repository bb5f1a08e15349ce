//! Interviews: "you" in the interviewer's questions is the interviewee.
//!
//! A transcript gives the interviewer's turns a label — "((WN))" (Wikinews), "Q:",
//! "Question:" — and in them "you" is the person interviewed: `((WN)) On your website you
//! state "…"` quotes the interviewee. Anywhere else "you" names nobody the article does.

use super::subject::Scope;
use crate::extract::tokens::Token;
use crate::model::ActorType;

/// When the subject words end in "you" (with "have", "also" …) in an interviewer's turn:
/// `Some` of the interviewee, if the article has one.
pub(super) fn addressed(body: &str, actors: &Scope, words: &[Token]) -> Option<Option<u32>> {
    let is = |t: &Token, w: &str| t.bytes(body).eq_ignore_ascii_case(w.as_bytes());
    // Only subject words with "you" among them can be: nearly all are turned away by one
    // comparison a word, before the words between "you" and its cue are looked for.
    if !words.iter().any(|t| is(t, "you")) {
        return None;
    }
    let last = words
        .iter()
        .rev()
        .find(|t| !BETWEEN.iter().any(|w| is(t, w)))?;
    if !is(last, "you") || !in_interviewer_turn(body, last.start) {
        return None;
    }
    Some(interviewee(actors))
}

/// Words between "you" and its cue: "you have also said".
const BETWEEN: &[&str] = &[
    "have",
    "had",
    "'ve",
    "’ve",
    "also",
    "once",
    "previously",
    "recently",
    "publicly",
    "repeatedly",
    "often",
];

/// Whether the paragraph around byte `at` is an interviewer's turn.
pub(super) fn in_interviewer_turn(body: &str, at: usize) -> bool {
    let at = crate::extract::span::floor(body, at);
    let start = body[..at].rfind('\n').map_or(0, |i| i + 1);
    interviewer_label(body[start..].trim_start())
}

/// "((WN))", "((CNN))": a bracketed label of capitals (an outlet's); "Q:", "Q.",
/// "Question:".
fn interviewer_label(line: &str) -> bool {
    if let Some(rest) = line.strip_prefix("((") {
        let label = rest.split("))").next().unwrap_or("");
        return rest.len() > label.len()
            && (1..=6).contains(&label.len())
            && label.bytes().all(|b| b.is_ascii_uppercase());
    }
    ["Q:", "Q.", "Question:"]
        .iter()
        .any(|p| line.starts_with(p) && line[p.len()..].starts_with(' '))
}

/// The person the article is about when it is an interview: the one named most often
/// outside quotations, if someone is named at least twice and more than anyone else.
pub(super) fn interviewee(actors: &Scope) -> Option<u32> {
    let mut counts = rustc_hash::FxHashMap::<u32, u32>::default();
    for m in actors.mentions.iter().filter(|m| !m.in_quote) {
        if actors.kind(m.entity) == ActorType::Person {
            *counts.entry(m.entity).or_default() += 1;
        }
    }
    let mut ranked: Vec<(u32, u32)> = counts.into_iter().map(|(e, n)| (n, e)).collect();
    ranked.sort_unstable_by(|a, b| b.cmp(a));
    match ranked.as_slice() {
        [(n, e), rest @ ..] if *n >= 2 && rest.first().is_none_or(|(m, _)| m < n) => Some(*e),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::interviewer_label;

    #[test]
    fn interviewer_labels() {
        assert!(interviewer_label("((WN)) What do you want?"));
        assert!(interviewer_label("Q: Why now?"));
        assert!(interviewer_label("Question: Why now?"));
        assert!(!interviewer_label("((Wayne Tseng)) I was born in Vietnam."));
        assert!(!interviewer_label("Quentin said no."));
        assert!(!interviewer_label("Q.E.D. was written."));
    }

    #[test]
    fn a_pronoun_in_the_answer_never_means_the_interviewers_label() {
        let q = super::super::tests::attributed(
            "Wikinews talks to a rower\n\nMara Quist rowed for Norway at the world \
             championships this year.\n\n\
             ((WN)) What happened at the final?\n\n\
             ((Mara Quist)) They said \"You will row in the final, so rest now.\"\n",
        );
        assert!(
            q.iter()
                .all(|(_, s, _)| !matches!(s.as_deref(), Some("WN" | "Wikinews"))),
            "{q:?}"
        );
    }
}
