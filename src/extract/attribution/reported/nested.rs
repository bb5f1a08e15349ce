//! Reported speech inside another content: the outer content is the one reported ("The
//! mayor said the council wants a new levy" lists what the mayor said, not also what the
//! council wants) — unless the outer content speaks for nobody or opens with a
//! conjunction, when the clause inside it, with its own speaker, is the one.

use crate::extract::{LocalQuote, LocalSpeaker};
use crate::model::Span;

/// Leaves out reported speech inside another's content, keeping the outer content, but
/// for an outer content that gives way to the one inside it ([`gives_way_to_inner`]).
/// Sorts `out` by start.
pub(super) fn without_nested(body: &str, out: &mut Vec<LocalQuote>) {
    // Longest first among equal starts, so whatever holds a content comes before it.
    out.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    let mut kept: Vec<LocalQuote> = Vec::with_capacity(out.len());
    let mut end = 0;
    for q in out.drain(..) {
        if q.span.end > end {
            end = q.span.end;
            kept.push(q);
            continue;
        }
        // Inside the last kept content that holds it.
        let holder = kept
            .iter()
            .rposition(|o| o.span.start <= q.span.start && q.span.end <= o.span.end);
        if let Some(o) = holder.filter(|&o| gives_way_to_inner(body, &kept[o], &q)) {
            let outer = kept.remove(o);
            let mut q = q;
            if joined_verb(body, &outer, &q) {
                q.speaker = outer.speaker;
            }
            end = kept
                .iter()
                .map(|k| k.span.end)
                .max()
                .unwrap_or(0)
                .max(q.span.end);
            kept.push(q);
        }
    }
    *out = kept;
}

/// Whether the outer content `o` gives way to the content `q` inside it: `q` has a
/// speaker and its cue stands inside `o`, and either `o` speaks for nobody, asks nothing
/// and `q`'s cue is a finite verb of saying ("The union's team said the board appears to
/// skirt the rules": "appears to" names no one; the team said it), or `o`'s content opens
/// with a conjunction after its cue ("… copied on the questions and Lee said she spoke
/// to Reyes": the noun's content ran on into a clause of its own).
fn gives_way_to_inner(body: &str, o: &LocalQuote, q: &LocalQuote) -> bool {
    let (Some(oc), Some(qc)) = (o.cue, q.cue) else {
        return false;
    };
    if q.speaker == LocalSpeaker::None || qc.start < o.span.start {
        return false;
    }
    // "… talking about others who say this is their goal": a relative clause's verb
    // reports for no subject of its own.
    let before = body
        .get(o.span.start as usize..qc.start as usize)
        .unwrap_or("");
    let last = before.split_whitespace().next_back().unwrap_or("");
    if ["who", "which", "that"]
        .iter()
        .any(|w| last.eq_ignore_ascii_case(w))
    {
        return false;
    }
    let first = |c: Span| {
        let w = body.get(c.start as usize..c.end as usize).unwrap_or("");
        w.split_whitespace().next().unwrap_or("")
    };
    let saying = || SAYING.iter().any(|w| first(qc).eq_ignore_ascii_case(w));
    (o.speaker == LocalSpeaker::None && !first(oc).eq_ignore_ascii_case("asked") && saying())
        || (oc.end <= o.span.start && opens_with_conjunction(body, o))
}

/// Finite verbs of saying whose clause inside a content with no speaker is the one
/// reported; not "told" nor "claimed", which a relative clause inside the content often holds
/// ("… the women who claimed affairs").
const SAYING: &[&str] = &[
    "said", "says", "say", "believes", "believe", "argued", "argues", "insisted", "insists",
    "noted", "warned", "added", "wrote",
];

/// Whether the inner cue of `q` is the verb right after the conjunction opening `o`'s
/// content ("Quist had decided and informed the league she would not race"): the two
/// verbs share one subject, so what the inner clause reports is the outer speaker's,
/// whatever its own source words were read as. Not with a subject of its own after the
/// conjunction ("… and Reyes said he would have vetoed").
fn joined_verb(body: &str, o: &LocalQuote, q: &LocalQuote) -> bool {
    let Some(qc) = q.cue else {
        return false;
    };
    o.speaker != LocalSpeaker::None
        && opens_with_conjunction(body, o)
        && body
            .get(o.span.start as usize..qc.start as usize)
            .is_some_and(|w| w.split_whitespace().count() == 1)
}

/// Whether the content `o` opens with "and", "but" or "or".
fn opens_with_conjunction(body: &str, o: &LocalQuote) -> bool {
    let text = body
        .get(o.span.start as usize..o.span.end as usize)
        .unwrap_or("");
    let first = text.split_whitespace().next().unwrap_or("");
    ["and", "but", "or"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests {
    use super::super::tests::indirect_quotes;

    #[test]
    fn a_content_that_speaks_for_nobody_gives_way_to_a_saying_inside_it() {
        let q = indirect_quotes(
            "The dockers' union said the harbour board appears to skirt the rules on overtime.",
        );
        assert!(
            q.iter().any(
                |(t, s)| t == "the harbour board appears to skirt the rules on overtime"
                    && !s.is_empty()
            ),
            "{q:?}"
        );
        // A question asked keeps its content.
        let q = indirect_quotes("Asked whether she thinks the ferry will survive, Lee smiled.");
        assert!(
            q.iter().all(|(t, _)| t != "the ferry will survive"),
            "{q:?}"
        );
    }

    #[test]
    fn a_relative_clause_inside_a_content_that_speaks_for_nobody_is_left_out() {
        let q = indirect_quotes(
            "The ferry plan appears to worry residents who say the tolls are unfair.",
        );
        assert!(q.iter().all(|(t, _)| t != "the tolls are unfair"), "{q:?}");
    }

    #[test]
    fn a_content_opening_with_and_gives_way_to_a_saying_inside_it() {
        let q = indirect_quotes(
            "It was the clause the mayor and two councillors most strongly opposed and Reyes said he would have vetoed.",
        );
        assert!(
            q.iter()
                .any(|(t, s)| t == "he would have vetoed" && s == "Reyes"),
            "{q:?}"
        );
        assert!(q.iter().all(|(t, _)| !t.starts_with("and ")), "{q:?}");
    }

    #[test]
    fn a_verb_joined_by_and_keeps_the_speaker_of_the_verb_before_it() {
        let q = indirect_quotes(
            "The league announced their decision although Mara Quist had previously decided and informed the rowing league she did not wish to race for Norway.",
        );
        assert!(
            q.iter()
                .any(|(t, s)| t.ends_with("she did not wish to race for Norway")
                    && s == "Mara Quist"),
            "{q:?}"
        );
    }
}
