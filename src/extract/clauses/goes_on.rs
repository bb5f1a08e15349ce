//! Words inside a reported content that look like its end but are not: "as well as"
//! after a comma adds to a list ("the mayor, as well as her deputy"); ", but" before a
//! verb or "not" goes on with the same clause ("the pier is safe, but would need repairs",
//! "…, but not the bridge"); ", despite" and ", though not" add a concession to the same
//! clause; "from" after a verb of keeping or banning is that verb's own ("barring the
//! ferries from the harbour"); "in" a place or "on" a name's own after a noun of a verb of
//! stance's object ("the war in Iraq", "to vote on the President's nominee"); and ", but"
//! after "not only" ("not just a pier, but a harbour"). `Words::reported` passes over
//! them.

use super::words::class::{self, ADJUNCT, CUE, FINITE, PRONOUN, THE};
use super::Words;

/// Verbs of keeping, banning or withdrawing that take "from" along with their object
/// ("banning trucks from the bridge", "to keep the leak from spreading").
const KEEP_FROM: &[&str] = &[
    "ban",
    "bans",
    "banned",
    "banning",
    "bar",
    "bars",
    "barred",
    "barring",
    "keep",
    "keeps",
    "kept",
    "keeping",
    "prevent",
    "prevents",
    "prevented",
    "preventing",
    "stop",
    "stops",
    "stopped",
    "stopping",
    "withdraw",
    "withdrew",
    "withdrawing",
    "exclude",
    "excluding",
    "protect",
    "protecting",
    "block",
    "blocking",
    "blocked",
    "prohibit",
    "prohibiting",
];

impl Words<'_> {
    /// Whether token `i`, after a comma, adds to what comes before it, as a list does:
    /// "as well as", "or" ([`Words::or_goes_on`]), "including" ([`Words::including`]) or a
    /// clause of "that" that spells out a noun ([`Words::that_goes_on`]).
    pub(super) fn adds_to_list(&self, i: usize, b: usize) -> bool {
        self.as_well_as(i, b)
            || self.or_goes_on(i, b)
            || self.including(i, b)
            || self.that_goes_on(i, b)
    }

    /// Whether "including" at token `i`, after a comma, names members of what comes before
    /// it ("a ban on all boats, including the night ferries"): a word in lower case follows
    /// (a name after it, "…, including Mayor Ortiz", is the narrator's pointing out who),
    /// with no adjunct right after that word ("…, including those at the pier": a verb of
    /// stance's object would end at it), and no quotation.
    fn including(&self, i: usize, b: usize) -> bool {
        i + 1 < b
            && self.len(i) == 9
            && self.is_word(i, &["including"])
            && !self.toks[i + 1].is_capitalised(self.body)
            && !(i + 2 < b && self.is(i + 2, ADJUNCT))
            && !(i + 1..b).any(|j| self.quoted(j))
    }

    /// Whether "that" at token `i`, after a comma, opens a clause that spells out the noun
    /// of a verb of stance's object ("mentioned the mayor's promise, that the ferry would
    /// sail"): a word follows that is no finite verb ("…, that was the point" is a
    /// pronoun's clause), and no quotation.
    fn that_goes_on(&self, i: usize, b: usize) -> bool {
        i + 1 < b
            && self.len(i) == 4
            && self.is_word(i, &["that"])
            && !self.is(i + 1, FINITE)
            && !(i + 1..b).any(|j| self.quoted(j))
    }

    /// Whether token `i` opens "as well as": a list goes on after it ("…, as well as the
    /// harbour board"), not a clause of the narrator's.
    fn as_well_as(&self, i: usize, b: usize) -> bool {
        i + 2 < b
            && self.len(i) == 2
            && self.is_word(i, &["as"])
            && self.is_word(i + 1, &["well"])
            && self.is_word(i + 2, &["as"])
            && !self.quoted(i + 2)
    }

    /// Whether "but" at token `i`, after a comma in a content from `c` to `b`, goes on with
    /// the clause before it: a verb with no subject of its own ("…, but would need
    /// repairs", "…, but couldn't say"; not after an infinitive, "to stay in the ward, but
    /// was sent home", whose "but" is the narrator's), or "not", "never", "also" or
    /// "rather" ("…, but not the bridge"; not "but not until …", a clause of time), or
    /// anything after "not only" in the content ("not just a pier, but a harbour"). No
    /// quotation may follow: the quote reports it.
    pub(super) fn but_goes_on(&self, c: usize, i: usize, b: usize) -> bool {
        if i + 2 >= b || self.len(i) != 3 || !self.is_word(i, &["but"]) {
            return false;
        }
        let n = i + 1;
        // "not just a few stars, but the moon": the second half of "not only … but".
        if self.not_only(c, i) {
            return !(n..b).any(|j| self.quoted(j));
        }
        let verb = self.is(n, FINITE) && !self.is_word(c, &["to"]);
        let not = self.is_word(n, &["not", "never", "also", "rather"]) && !self.is(n + 1, ADJUNCT);
        (verb || not) && !(n..b).any(|j| self.quoted(j))
    }

    /// Whether "not just", "not only", "not merely" or "not simply" stands in tokens `c..i`
    /// outside quotations: a "but" after it completes the pair.
    fn not_only(&self, c: usize, i: usize) -> bool {
        (c..i.saturating_sub(1)).any(|j| {
            self.len(j) == 3
                && self.is_word(j, &["not"])
                && !self.quoted(j)
                && self.is_word(j + 1, &["just", "only", "merely", "simply"])
        })
    }

    /// Whether the word at token `i`, after a comma, adds a concession to the reported
    /// clause ("despite", "though not").
    pub(super) fn after_comma_goes_on(&self, i: usize, b: usize) -> bool {
        self.despite_goes_on(i, b) || self.though_not(i, b)
    }

    /// Whether "despite" at token `i`, after a comma, adds a concession to the reported
    /// clause ("the pier is safe, despite the storm"), with no quotation after it.
    fn despite_goes_on(&self, i: usize, b: usize) -> bool {
        self.len(i) == 7 && self.is_word(i, &["despite"]) && !(i + 1..b).any(|j| self.quoted(j))
    }

    /// Whether "or" at token `i`, after a comma, offers an alternative inside the reported
    /// content, which a verb of stance's object would otherwise end at its comma
    /// ("mentioned the ferry only in passing, or not at all", "questioning whether the
    /// pier would close, or whether it would be sold"): no cue after it ("…, or said
    /// nothing") and no quotation.
    fn or_goes_on(&self, i: usize, b: usize) -> bool {
        i + 1 < b
            && self.len(i) == 2
            && self.is_word(i, &["or"])
            && !self.is(i + 1, CUE)
            && !(i + 1..b).any(|j| self.quoted(j))
    }

    /// Whether "though" or "although" at token `i`, after a comma, opens a contrast with no
    /// clause of its own: "not" follows ("the hull, though not the engine"), and no
    /// quotation.
    fn though_not(&self, i: usize, b: usize) -> bool {
        i + 2 < b
            && self.is_word(i, &["though", "although"])
            && self.is_word(i + 1, &["not"])
            && !(i + 1..b).any(|j| self.quoted(j))
    }

    /// Whether "from" at token `i` of a content from `c` belongs to a verb of keeping or
    /// banning up to four words before it, inside the content ("banning trucks from the
    /// bridge"): no adjunct of place or time that ends a verb of stance's object.
    pub(super) fn kept_from(&self, c: usize, i: usize) -> bool {
        self.len(i) == 4
            && self.is_word(i, &["from"])
            && (i.saturating_sub(4).max(c)..i)
                .any(|j| !self.quoted(j) && self.is_word(j, KEEP_FROM))
    }

    /// Whether "in" or "on" at token `i` goes on to a name after a noun of the object: "in"
    /// a place ("the war in Iraq", "an attack in New York City"), "on" what a name owns ("to
    /// vote on the President's nominee", "the delays on Ortiz's watch"). The name is a
    /// capitalised word that names no month, day or time, after a word in lower case that
    /// is no verb, cue, pronoun or adverb ("endorsed Ortiz in May", "voted early in Ohio",
    /// "the plan on Twitter" end there).
    pub(super) fn named_topic(&self, i: usize, b: usize) -> bool {
        let (p, n) = (i - 1, i + 1);
        let in_place = self.is_word(i, &["in"]);
        n < b
            && !self.quoted(p)
            && !self.toks[p].is_capitalised(self.body)
            && !self.is(p, FINITE | class::WHEN | CUE | PRONOUN)
            && !self.ends_with(p, "ly")
            && !self.is(n, class::WHEN | THE)
            && !self.is_word(n, &crate::text::meta::MONTH_NAMES)
            && (in_place
                || (n..b.min(n + 3))
                    .take_while(|&j| !self.quoted(j) && self.toks[j].is_capitalised(self.body))
                    .any(|j| self.toks[j].possessive))
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

    #[test]
    fn but_after_not_only_goes_on() {
        let c = reported_of("The mayor promised not just a new pier, but a whole harbour.");
        assert_eq!(c[0].1, "not just a new pier, but a whole harbour", "{c:?}");
        let c = reported_of(
            "The mayor said the ferry must not only sail on time, but carry more cars.",
        );
        assert_eq!(
            c[0].1, "the ferry must not only sail on time, but carry more cars",
            "{c:?}"
        );
    }

    #[test]
    fn from_after_a_verb_of_keeping_goes_on() {
        let c = reported_of("The council proposed banning trucks from the old bridge.");
        assert_eq!(c[0].1, "banning trucks from the old bridge", "{c:?}");
        let c = reported_of("The mayor promised to keep the leak from reaching the harbour.");
        assert_eq!(
            c[0].1, "to keep the leak from reaching the harbour",
            "{c:?}"
        );
        // "from" after another verb still opens an adjunct that ends the object.
        let c = reported_of("The council proposed a levy from Monday onwards.");
        assert_eq!(c[0].1, "a levy", "{c:?}");
    }

    #[test]
    fn despite_after_a_comma_goes_on() {
        let c = reported_of("The mayor said the pier was safe, despite the storm last week.");
        assert_eq!(
            c[0].1, "the pier was safe, despite the storm last week",
            "{c:?}"
        );
    }

    #[test]
    fn or_after_a_comma_goes_on() {
        let c = reported_of("Many councillors mention the ferry only briefly, or not once.");
        assert_eq!(c[0].1, "the ferry only briefly, or not once", "{c:?}");
        let c = reported_of(
            "Some residents are questioning whether the pier could be sold, or whether it would close.",
        );
        assert_eq!(
            c[0].1, "whether the pier could be sold, or whether it would close",
            "{c:?}"
        );
        let c = reported_of(
            "The harbour board would prefer a pilot who knows the channel, or one chosen by the mayor.",
        );
        assert_eq!(
            c[0].1, "a pilot who knows the channel, or one chosen by the mayor",
            "{c:?}"
        );
        // A cue after it is the narrator's clause.
        let c = reported_of("The mayor criticised the ferry crews, or said nothing at all.");
        assert_eq!(c[0].1, "the ferry crews", "{c:?}");
    }

    #[test]
    fn including_after_a_comma_goes_on() {
        let c =
            reported_of("The council proposed a ban on all boats, including the night ferries.");
        assert_eq!(
            c[0].1, "a ban on all boats, including the night ferries",
            "{c:?}"
        );
        // The comma after the members ends a verb of stance's object as before.
        let c = reported_of(
            "The union backed a levy on all boats, including the night ferries, in May.",
        );
        assert_eq!(
            c[0].1, "a levy on all boats, including the night ferries",
            "{c:?}"
        );
        // A name after it is the narrator's aside on who.
        let c = reported_of("The mayor thanked several crews, including Captain Ann Ortiz.");
        assert_eq!(c[0].1, "several crews", "{c:?}");
        // Nor does it go on to a lone word before an adjunct.
        let c = reported_of("The mayor thanked the ferry crews, including those at the pier.");
        assert_eq!(c[0].1, "the ferry crews", "{c:?}");
    }

    #[test]
    fn that_after_a_comma_goes_on() {
        let c = reported_of("The clerk mentioned the mayor's promise, that the ferry would sail.");
        assert_eq!(
            c[0].1, "the mayor's promise, that the ferry would sail",
            "{c:?}"
        );
        // "that" before a verb is a pronoun's clause.
        let c = reported_of("The clerk mentioned the mayor's promise, that was all.");
        assert_eq!(c[0].1, "the mayor's promise", "{c:?}");
    }

    #[test]
    fn though_not_after_a_comma_goes_on() {
        let c = reported_of("The mayor said the storm damaged the hull, though not the engine.");
        assert_eq!(
            c[0].1, "the storm damaged the hull, though not the engine",
            "{c:?}"
        );
    }

    #[test]
    fn a_stance_verbs_object_goes_on_to_a_named_topic() {
        let c = reported_of("The senator mentioned the war in Ruritania at a rally.");
        assert_eq!(c[0].1, "the war in Ruritania", "{c:?}");
        let c = reported_of("The mayor proposed a new pier in Port Alban at a rally.");
        assert_eq!(c[0].1, "a new pier in Port Alban", "{c:?}");
        // A month, a name or a verb before "in" opens an adjunct.
        let c = reported_of("The union endorsed the levy in June after a long debate.");
        assert_eq!(c[0].1, "the levy", "{c:?}");
        let c = reported_of("The union endorsed Ann Ortiz in Port Alban last week.");
        assert_eq!(c[0].1, "Ann Ortiz", "{c:?}");
        // "on" goes on to what a name owns, not to a name alone.
        let c = reported_of("The senator mentioned the delays on Ann Ortiz's watch at a rally.");
        assert_eq!(c[0].1, "the delays on Ann Ortiz's watch", "{c:?}");
        let c = reported_of("The mayor mentioned the plan on Harbourcast late at night.");
        assert_eq!(c[0].1, "the plan", "{c:?}");
    }
}
