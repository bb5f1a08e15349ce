//! "according to X": X is the source, and the content is the sentence around the phrase,
//! what follows it or what precedes it.

use super::{Clause, SourceAt, Words};

impl Words<'_> {
    /// "according to X": X is the source; the content is the rest of the sentence.
    pub(super) fn according_to(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        let s = v + 2;
        let mut e = s;
        while e < b && !self.quoted(e) && e - s < 12 {
            if e > s && self.gap(e).contains([',', ';', ':', '(', '—']) {
                break;
            }
            e += 1;
        }
        if e == s {
            return None;
        }
        // "The plan, according to X, will fail": the sentence around the phrase; "In
        // addition, according to X, the plan …": what follows it; "… 46 percent according
        // to X.": what precedes it.
        let parenthetical = v > a && e < b && self.gap(e).contains(',');
        let content = if parenthetical && v - a > 2 {
            Some(self.span(a, b))
        } else if v > a && (self.gap(v).contains(',') || e >= b) && !parenthetical {
            Some(self.span(a, v))
        } else if e < b {
            Some(self.span(e, b))
        } else {
            None
        }?;
        // The phrase itself is no place to cut "The plan, according to X, will fail"; nor
        // is a content before the phrase ("For ten years, and twelve in all, the ferry has
        // been the busiest, according to X"): the source's to the end, as before any cue.
        let before = content.end <= self.toks[v].start as u32;
        Some(Clause {
            cue: self.span(v, v + 2),
            source: self.span(s, e),
            source_at: SourceAt::After,
            content,
            reported: if parenthetical || before {
                content
            } else {
                self.reported(content, false)
            },
            paragraph: self.index,
            cognition: false,
            stance: false,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::reported_of;

    #[test]
    fn a_content_before_according_to_is_reported_whole() {
        let c = reported_of(
            "For ten straight years, and twelve in all, the ferry has been the busiest in the \
             region, according to a yearly board survey.",
        );
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(
            c[0].1,
            "For ten straight years, and twelve in all, the ferry has been the busiest in the \
             region"
        );
        let c =
            reported_of("Not one, but two ferries would run at night, according to a new plan.");
        assert_eq!(
            c[0].1, "Not one, but two ferries would run at night",
            "{c:?}"
        );
        // After the phrase the content still ends where the narrator goes on.
        let c = reported_of(
            "According to the board, fares will rise in June, but the ferry kept its timetable.",
        );
        assert_eq!(c[0].1, "fares will rise in June", "{c:?}");
    }
}
