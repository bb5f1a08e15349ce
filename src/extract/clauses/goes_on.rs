//! Words inside a reported content that look like its end but are not: "as well as"
//! after a comma adds to a list ("the mayor, as well as her deputy"). `Words::reported`
//! passes over them.

use super::Words;

impl Words<'_> {
    /// Whether token `i` opens "as well as": a list goes on after it ("…, as well as the
    /// harbour board"), not a clause of the narrator's.
    pub(super) fn as_well_as(&self, i: usize, b: usize) -> bool {
        i + 2 < b
            && self.toks[i].end - self.toks[i].start == 2
            && self.is_word(i, &["as"])
            && self.is_word(i + 1, &["well"])
            && self.is_word(i + 2, &["as"])
            && !self.quoted(i + 2)
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::reported_of;

    #[test]
    fn as_well_as_after_a_comma_goes_on() {
        let c = reported_of(
            "The mayor thanked the ferry crews, as well as the harbour pilots and the police.",
        );
        assert_eq!(
            c[0].1, "the ferry crews, as well as the harbour pilots and the police",
            "{c:?}"
        );
        let c =
            reported_of("The mayor said the pier would close, as well as the old ferry terminal.");
        assert_eq!(
            c[0].1, "the pier would close, as well as the old ferry terminal",
            "{c:?}"
        );
        // "as" alone still ends it.
        let c = reported_of("The mayor said the pier would close, as the tide was rising.");
        assert_eq!(c[0].1, "the pier would close", "{c:?}");
    }
}
