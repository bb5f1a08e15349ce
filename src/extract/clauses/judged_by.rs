//! A passive of judging with its judge named after "by" and the grounds after "for" (or
//! "of" after "accused"): "The mayor was criticised by harbour owners for closing the
//! pier", "The firm has been accused by unions of cutting pay". The judge is the source;
//! what they judged — from "for"/"of" on — the content.

use super::Words;

/// Verbs of judging whose passive names its judge: "was criticised by X for …".
const JUDGING: &[&str] = &[
    "criticized",
    "criticised",
    "attacked",
    "praised",
    "blasted",
    "slammed",
    "condemned",
    "lauded",
    "faulted",
    "mocked",
    "ridiculed",
    "rebuked",
    "denounced",
    "assailed",
    "hailed",
    "thanked",
    "accused",
];

/// Most words of the judge between "by" and "for": "by many Wall Street players".
const MAX_JUDGE: usize = 10;

impl Words<'_> {
    /// For the passive verb at `v` in a sentence ending at `b`, the judge after "by"
    /// (tokens `s..e`) and where the grounds open (`e`, at "for", or "of" after
    /// "accused"), with nothing quoted or set off by a comma or a dash between.
    pub(super) fn judged_by(&self, v: usize, b: usize) -> Option<(usize, usize)> {
        if !self.is_word(v, JUDGING) || v + 3 >= b || !self.is_word(v + 1, &["by"]) {
            return None;
        }
        let grounds: &[&str] = if self.is_word(v, &["accused"]) {
            &["of"]
        } else {
            &["for"]
        };
        let s = v + 2;
        let e = (s + 1..b.min(s + 1 + MAX_JUDGE))
            .take_while(|&i| !self.quoted(i) && !self.gap(i).contains([',', ';', ':', '—', '–']))
            .find(|&i| self.is_word(i, grounds))?;
        (e + 1 < b && !self.quoted(s) && !self.quoted(e + 1)).then_some((s, e))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::clauses_of;

    #[test]
    fn a_passive_of_judging_has_its_judge_as_source() {
        let c = clauses_of("The mayor was criticised by harbour owners for closing the pier.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "harbour owners");
        assert_eq!(c[0].2, "for closing the pier");
        let c = clauses_of("The firm has been accused by the union of cutting pay.");
        assert_eq!(c.len(), 1, "{c:?}");
        assert_eq!(c[0].1, "the union");
        assert_eq!(c[0].2, "of cutting pay");
    }

    #[test]
    fn a_passive_of_judging_with_no_grounds_reports_nothing() {
        assert!(clauses_of("The mayor was criticised by harbour owners.").is_empty());
        assert!(clauses_of("The plan was praised by the board at its meeting.").is_empty());
    }
}
