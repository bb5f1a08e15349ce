//! `Lee said that for years critics had predicted the port's closure.` and then a quoted
//! paragraph: the quote goes on with Lee's words, not the critics'. A report nested in
//! another's content gives way to the clause it is nested in.

use crate::extract::clauses::Clause;
use crate::extract::LocalSpeaker;
use crate::model::ActorType;

/// The outermost clause among `clauses` (one paragraph's, in text order) whose content
/// holds `inner`'s cue, followed out one report at a time; `inner` itself when no clause
/// before it holds it. Cognition cues ("believes") hold no report here, and a cue closing
/// the words it reports (`…, the spokesman said.`) is nested in none.
pub(super) fn outermost<'a>(clauses: &'a [Clause], inner: &'a Clause) -> &'a Clause {
    let mut c = inner;
    if inner.content.end <= inner.cue.start {
        return inner;
    }
    while let Some(outer) = clauses
        .iter()
        .find(|o| !o.cognition && o.cue.start < c.cue.start && holds(o, c))
    {
        c = outer;
    }
    c
}

impl super::Context<'_> {
    /// `Lee is upbeat, because she sees Ortiz as a builder.` and then a quoted paragraph:
    /// with no report but a cognition cue in the paragraph before (and no quote there),
    /// the person holding that view speaks on, when the cue's subject names one.
    pub(super) fn believer(&self, previous: &[Clause], no_quote: bool) -> Option<LocalSpeaker> {
        let c = previous.last().filter(|c| no_quote && c.cognition)?;
        self.clause_speaker(c).filter(
            |s| matches!(s, LocalSpeaker::Entity(e) if self.actors.kind(*e) == ActorType::Person),
        )
    }
}

/// Whether `outer`'s content holds `inner`'s cue.
fn holds(outer: &Clause, inner: &Clause) -> bool {
    outer.content.start <= inner.cue.start && inner.cue.end <= outer.content.end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::clauses::SourceAt;
    use crate::model::Span;

    fn clause(cue: (usize, usize), content: (usize, usize)) -> Clause {
        let content = Span::new(content.0, content.1);
        Clause {
            cue: Span::new(cue.0, cue.1),
            source: Span::new(0, cue.0),
            source_at: SourceAt::Before,
            content,
            reported: content,
            paragraph: 0,
            cognition: false,
            stance: false,
        }
    }

    #[test]
    fn a_nested_report_gives_way_to_the_one_holding_it() {
        let outer = clause((4, 8), (9, 80));
        let inner = clause((30, 45), (46, 80));
        let clauses = [outer, inner];
        assert_eq!(outermost(&clauses, &clauses[1]), &clauses[0]);
    }

    #[test]
    fn a_report_side_by_side_stays_itself() {
        let first = clause((4, 8), (9, 20));
        let second = clause((30, 45), (46, 80));
        let clauses = [first, second];
        assert_eq!(outermost(&clauses, &clauses[1]), &clauses[1]);
    }

    #[test]
    fn a_closing_cue_is_nested_in_no_report() {
        let earlier = clause((4, 8), (9, 80));
        let closing = clause((60, 64), (9, 58));
        let clauses = [earlier, closing];
        assert_eq!(outermost(&clauses, &clauses[1]), &clauses[1]);
    }

    #[test]
    fn a_cognition_cue_holds_no_report() {
        let mut outer = clause((4, 8), (9, 80));
        outer.cognition = true;
        let inner = clause((30, 45), (46, 80));
        let clauses = [outer, inner];
        assert_eq!(outermost(&clauses, &clauses[1]), &clauses[1]);
    }
}
