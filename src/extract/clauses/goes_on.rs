//! Words inside a reported content that look like its end but are not: "as well as"
//! after a comma adds to a list ("the mayor, as well as her deputy"), and ", but" before a
//! verb or "not" goes on with the same clause ("the pier is safe, but would need repairs",
//! "…, but not the bridge"). `Words::reported` passes over them.

use super::words::class::{ADJUNCT, FINITE};
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

    /// Whether "but" at token `i`, after a comma in a content from `c` to `b`, goes on with
    /// the clause before it: a verb with no subject of its own ("…, but would need
    /// repairs", "…, but couldn't say"; not after an infinitive, "to stay in the ward, but
    /// was sent home", whose "but" is the narrator's), or "not", "never", "also" or
    /// "rather" ("…, but not the bridge"; not "but not until …", a clause of time). No
    /// quotation may follow: the quote reports it.
    pub(super) fn but_goes_on(&self, c: usize, i: usize, b: usize) -> bool {
        if i + 2 >= b || self.toks[i].end - self.toks[i].start != 3 || !self.is_word(i, &["but"]) {
            return false;
        }
        let n = i + 1;
        let verb = self.is(n, FINITE) && !self.is_word(c, &["to"]);
        let not = self.is_word(n, &["not", "never", "also", "rather"]) && !self.is(n + 1, ADJUNCT);
        (verb || not) && !(n..b).any(|j| self.quoted(j))
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

    #[test]
    fn but_before_a_verb_or_not_goes_on() {
        let c = reported_of("The mayor said the pier was safe, but would need repairs by May.");
        assert_eq!(
            c[0].1, "the pier was safe, but would need repairs by May",
            "{c:?}"
        );
        let c = reported_of("The mayor said the ferries should stop, but not the night boats.");
        assert_eq!(
            c[0].1, "the ferries should stop, but not the night boats",
            "{c:?}"
        );
        // A new subject, a clause of time, an infinitive's "but" or a quotation after it
        // are the narrator's.
        let c = reported_of("The mayor said the pier was safe, but the engineers disagree.");
        assert_eq!(c[0].1, "the pier was safe", "{c:?}");
        let c = reported_of("The mayor said the pier was safe, but not until the spring tide.");
        assert_eq!(c[0].1, "the pier was safe", "{c:?}");
        let c = reported_of("The mayor did not want to close the pier, but was outvoted in May.");
        assert_eq!(c[0].1, "to close the pier", "{c:?}");
        let c = reported_of(
            "The mayor said the pier was safe, but is now \"a wreck\" after the storm.",
        );
        assert_eq!(c[0].1, "the pier was safe", "{c:?}");
    }
}
