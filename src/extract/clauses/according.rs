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
        Some(Clause {
            cue: self.span(v, v + 2),
            source: self.span(s, e),
            source_at: SourceAt::After,
            content,
            // The phrase itself is no place to cut "The plan, according to X, will fail".
            reported: if parenthetical {
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
