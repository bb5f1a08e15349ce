//! The commas of a list: a comma in a content that stands between the items of a list
//! ("the ferry, the bus, and the tram", "endorsed Ortiz, Lee and Park") ends nothing.

use super::words::class::*;
use super::Words;

impl Words<'_> {
    /// Whether a verb stands at token `v` (before `b`), past adverbs: a finite verb ("has",
    /// "would") or a word in "-ed" in lower case ("later voted", "stopped").
    fn verb_at(&self, mut v: usize, b: usize) -> bool {
        while v + 1 < b
            && !self.quoted(v)
            && (self.ends_with(v, "ly")
                || self.is_word(v, &["not", "also", "then", "later", "still"]))
        {
            v += 1;
        }
        v < b
            && !self.quoted(v)
            && (self.is(v, FINITE)
                || (self.ends_with(v, "ed") && !self.toks[v].is_capitalised(self.body)))
    }

    /// Whether "and" or "or" at token `i` of a content from `c` to `b`, after a comma, adds
    /// the last item of a list: a comma stands up to four words before it, with no verb,
    /// "that" or number between ("the ferry, the bus, and the tram"; not "June 4, 2019, and
    /// …"), and no verb follows it ("…, and later voted …" is a clause of its own).
    pub(super) fn last_of_list(&self, c: usize, i: usize, b: usize) -> bool {
        self.is_word(i, &["and", "or"])
            && !self.verb_at(i + 1, b)
            && (i.saturating_sub(4).max(c + 1)..i).any(|j| {
                self.gap(j).trim() == ","
                    && (j - 1..i).all(|k| {
                        !self.quoted(k)
                            && !self.is(k, FINITE | CUE | THAT)
                            && !self.toks[k]
                                .text(self.body)
                                .starts_with(|c: char| c.is_ascii_digit())
                    })
            })
    }

    /// Whether the words after the comma before token `i` are an item of a list that goes
    /// on to "and" or "or" within four words, with no verb or "that" ("endorsed Ortiz, Lee
    /// and Park", "groups of black, brown and young voters"); not after a word that ends a
    /// content (a conjunction, "although") nor before a verb or "including" ("rejected
    /// both objections, ruled Cruz eligible and …").
    pub(super) fn list_goes_on(&self, i: usize, b: usize) -> bool {
        !self.is(i, BREAK)
            && !self.verb_at(i, b)
            && !self.is_word(i, &["including", "such", "especially"])
            && (i + 1..b.min(i + 5))
                .take_while(|&j| {
                    !self.quoted(j)
                        && !self.gap(j).contains([';', ':', '—', '–', '(', ')'])
                        && !self.is(j, FINITE | CUE | THAT)
                })
                .any(|j| self.is_word(j, &["and", "or"]) && !self.is_word(j - 1, &["and", "or"]))
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::reported_of;

    #[test]
    fn the_commas_of_a_list_do_not_end_the_content() {
        let c = reported_of("The mayor said the ferry, the bus, and the tram would run late.");
        assert_eq!(
            c[0].1, "the ferry, the bus, and the tram would run late",
            "{c:?}"
        );
        let c = reported_of("The union endorsed Ann Ortiz, Ben Lee and Cara Park.");
        assert_eq!(c[0].1, "Ann Ortiz, Ben Lee and Cara Park", "{c:?}");
        // A verb after "and" opens a clause of the narrator's; "including" adds members
        // (clauses/goes_on).
        let c =
            reported_of("The union endorsed Ann Ortiz, her deputy, and later opposed the levy.");
        assert_eq!(c[0].1, "Ann Ortiz, her deputy", "{c:?}");
        let c = reported_of("The union endorsed Ann Ortiz, including her plan and her levy.");
        assert_eq!(
            c[0].1, "Ann Ortiz, including her plan and her levy",
            "{c:?}"
        );
        // A date's commas are no list.
        let c = reported_of("The mayor said the ferry sank on June 4, 2019, and the crew left.");
        assert_eq!(c[0].1, "the ferry sank on June 4, 2019", "{c:?}");
    }
}
