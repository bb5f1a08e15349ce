//! "according to X" and "as reported by X": X is the source, and the content is the
//! sentence around the phrase, what follows it or what precedes it.

use super::words::class::{BREAK, BY};
use super::{Clause, SourceAt, Words};

/// The most words of the source a phrase names after it ("according to the harbour
/// board's own auditors").
const MAX_SOURCE_WORDS: usize = 12;

/// The most words of the subject of "was reported by X": a short noun phrase ("The
/// mayor's plan to sell the ferry"), not a clause.
const MAX_REPORTED_SUBJECT_WORDS: usize = 8;

impl Words<'_> {
    /// "according to X": X is the source; the content is the rest of the sentence.
    pub(super) fn according_to(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        self.phrase_source(a, b, v, v + 2)
    }

    /// "As reported by X, …", "as noted by X" ("reported" or "noted" at `v`; "as first
    /// reported by X") is read as "according to X" ("as recalled by", "as described by"
    /// rarely report a clause). "The meeting was first reported by X.": what was reported
    /// is the subject.
    pub(super) fn as_reported_by(&self, a: usize, b: usize, v: usize) -> Option<Clause> {
        // Most cues stand before no "by": told first.
        if v + 2 >= b
            || !self.is(v + 1, BY)
            || v == a
            || self.quoted(v - 1)
            || self.quoted(v + 2)
            || !self.is_word(v, &["reported", "noted"])
        {
            return None;
        }
        // "first" or "originally" may stand before the participle.
        let w = if self.is_word(v - 1, &["first", "originally"]) && v - 1 > a {
            v - 1
        } else {
            v
        };
        if self.is_word(w - 1, &["as"]) {
            return self.phrase_source(a, b, w - 1, v + 2);
        }
        self.reported_by(a, b, w, v)
    }

    /// "The meeting was first reported by X." (the participle at `v`, "first" from `w`):
    /// the subject, a short phrase with no comma, is what X reported; X runs to the
    /// sentence's end.
    fn reported_by(&self, a: usize, b: usize, w: usize, v: usize) -> Option<Clause> {
        let be = w - 1;
        if be <= a
            || !self.is_word(v, &["reported"])
            || !self.is_word(be, &["was", "were"])
            || be - a > MAX_REPORTED_SUBJECT_WORDS
            || (a..be).any(|i| self.quoted(i) || (i > a && self.gap(i).contains([',', ';'])))
            || self.is_word(be - 1, &["which", "that", "who"])
        {
            return None;
        }
        let s = v + 2;
        let e = self.phrase_end(s, b);
        if e < b {
            return None;
        }
        let content = self.span(a, be);
        Some(Clause {
            cue: self.span(be, s),
            source: self.span(s, e),
            source_at: SourceAt::After,
            content,
            reported: content,
            paragraph: self.index,
            cognition: false,
            stance: false,
        })
    }

    /// The clause of a phrase that names its source after it: the phrase runs from token
    /// `v` to the source's first word `s`.
    fn phrase_source(&self, a: usize, b: usize, v: usize, s: usize) -> Option<Clause> {
        let mut e = s;
        while e < b && !self.quoted(e) && e - s < MAX_SOURCE_WORDS {
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
        // "Fares rose by a tenth, according to X, even as …": a conjunction or subordinator
        // after the phrase opens the narrator's clause; the content is what precedes it.
        let narrator_after = parenthetical && v - a > 2 && self.is(e, BREAK);
        let content = if narrator_after {
            Some(self.span(a, v))
        } else if parenthetical && v - a > 2 {
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
            cue: self.span(v, s),
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
        // A conjunction after the phrase goes on with the narrator's words.
        let c = reported_of(
            "Ferry fares rose by a tenth last year, according to the harbour board, even as \
             the crossings grew shorter.",
        );
        assert_eq!(c[0].1, "Ferry fares rose by a tenth last year", "{c:?}");
        // After the phrase the content still ends where the narrator goes on.
        let c = reported_of(
            "According to the board, fares will rise in June, but the ferry kept its timetable.",
        );
        assert_eq!(c[0].1, "fares will rise in June", "{c:?}");
    }

    #[test]
    fn as_reported_by_names_its_source_after_by() {
        let c = reported_of(
            "As reported by the Harbour Gazette, the ferry company lost two of its boats.",
        );
        assert_eq!(
            c,
            vec![(
                "As reported by".into(),
                "the ferry company lost two of its boats".into()
            )]
        );
        let c = reported_of("The levy will rise, as noted by the board's own auditors.");
        assert_eq!(c, vec![("as noted by".into(), "The levy will rise".into())]);
        let c = reported_of("The fares rose, as first reported by the Harbour Gazette.");
        assert_eq!(
            c,
            vec![("as first reported by".into(), "The fares rose".into())]
        );
        // A passive: the subject is what was reported.
        let c =
            reported_of("The mayor's plan to sell the ferry was first reported by the Gazette.");
        assert_eq!(
            c,
            vec![(
                "was first reported by".into(),
                "The mayor's plan to sell the ferry".into()
            )]
        );
        // Another participle, or no "as": nothing of the kind.
        let c = reported_of("As described by the crew, the ferry left late.");
        assert!(c.iter().all(|x| x.0 != "As described by"), "{c:?}");
    }
}
