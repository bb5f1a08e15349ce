//! Where a clause's source words start and end around its cue: back over auxiliaries to
//! the subject's last word, back to where the subject starts, past an apposition
//! ("McConnell, R-Ky., said"), or forward over a source after the cue ("…, said Ms Ortiz").

use super::words::class::{self, *};
use super::words::LY_NOUNS;
use super::{Clause, SourceAt, Words};
use crate::model::Span;

/// The most words of a source after its cue, up to a comma or the sentence's end ("…, said
/// Ms Ortiz, the city's lawyer."): a longer phrase is not read as one.
const MAX_INVERTED_SOURCE_WORDS: usize = 8;

/// The most lower-case words of a description before a name after a cue ("…, said former
/// mayor Tom Reyes.").
const MAX_DESCRIPTION_WORDS: usize = 4;

/// The most words of a new clause's subject before its verb, after an earlier clause's
/// reported words ("…, and the Harbour Civil Liberties Union has sued").
const MAX_HOST_SUBJECT_WORDS: usize = 8;

impl Words<'_> {
    /// Back from the verb at `v` over auxiliaries and adverbs ("has also", "publicly") to
    /// just after the subject's last word.
    pub(super) fn before_auxiliaries(&self, a: usize, v: usize) -> usize {
        self.back_over(a, v, class::AUX, &[])
    }

    /// Back from token `k` (the first word of a verb group) over a phrase of time between
    /// the subject and its verb ("Sanders on Saturday criticized", "Rep. Ortiz (D-Calif.)
    /// last month joked", "The board earlier in the day said"): where the phrase starts,
    /// or `k` when none ends there.
    pub(super) fn before_time(&self, a: usize, k: usize) -> usize {
        let plain = |i: usize| i > a && !self.quoted(i) && self.gap(i + 1).trim().is_empty();
        // "on Saturday", "last month", "this week"
        if k >= a + 3
            && plain(k - 1)
            && plain(k - 2)
            && self.is(k - 1, WHEN)
            && self.is_word(k - 2, &["on", "last", "this"])
        {
            return k - 2;
        }
        // "earlier in the day", "later this week"
        let periods = ["day", "week", "month", "year", "morning", "evening"];
        if k >= a + 4
            && (k - 3..k).all(plain)
            && self.is_word(k - 1, &periods)
            && self.is_word(k - 2, &["the", "this"])
            && self.is_word(k - 3, &["in", "earlier", "later"])
        {
            let j = if self.is_word(k - 3, &["in"]) {
                k - 4
            } else {
                k - 3
            };
            if j > a && plain(j) && self.is_word(j, &["earlier", "later"]) {
                return j;
            }
            if self.is_word(k - 3, &["earlier", "later"]) {
                return k - 3;
            }
        }
        k
    }

    /// Back from the verb at `v` over words of `classes`, the words `also` and adverbs in
    /// "-ly" (not capitalised), none quoted or set off by punctuation: just after the
    /// subject's last word. Shared by the cues' subjects, raised subjects ("is expected
    /// to") and the subjects of words that report only before "that" or "to".
    #[inline]
    pub(super) fn back_over(&self, a: usize, v: usize, classes: u32, also: &[&str]) -> usize {
        let mut k = v;
        while k > a
            && !self.quoted(k - 1)
            && self.gap(k).trim().is_empty()
            && (self.is(k - 1, classes)
                || (!also.is_empty() && self.is_word(k - 1, also))
                || (self.ends_with(k - 1, "ly")
                    && !self.toks[k - 1].is_capitalised(self.body)
                    && !self.is_word(k - 1, LY_NOUNS)))
        {
            k -= 1;
        }
        k
    }

    /// Tokens `s..k` with the comma that closes an apposition before the verb at `k`
    /// ("Mitch McConnell, R-Ky.,"), so the subject reads as set off from it.
    pub(super) fn through_comma(&self, s: usize, k: usize) -> Span {
        let end = self.toks[k - 1].end + self.gap(k).find(',').map_or(0, |i| i + 1);
        Span::new(self.toks[s].start, end)
    }

    /// Whether the words after the cue at `v` are its source and nothing more ("…, said
    /// Ms Ortiz, the city's lawyer."): a name or a determiner's phrase up to the sentence
    /// end or a comma.
    pub(super) fn inverted(&self, v: usize, b: usize) -> bool {
        let n = v + 1;
        if n >= b || self.quoted(n) {
            return false;
        }
        // "…, said a handful of farmers who work the valley.": a relative clause that
        // describes the source runs to the sentence's end; the source stops at "who".
        let relative = self.inverted_relative(n, b);
        let e = relative.unwrap_or_else(|| self.phrase_end(n, b));
        let starts = self.toks[n].is_capitalised(self.body)
            || self.is(n, SOURCE_HEAD)
            || self.described_name(n, e);
        // A clause ("said the bill would pass") is content, not a source.
        let verb = (n..e).any(|i| self.is(i, FINITE));
        starts
            && !verb
            && e - n <= MAX_INVERTED_SOURCE_WORDS
            && (relative.is_some() || e >= b || self.gap(e).contains(','))
    }

    /// The "who" opening a relative clause after a source that follows its cue, from token
    /// `n` ("…, said six hundred people who lost their homes."): within the source's most
    /// words, and the clause running to the sentence's end `b` with nothing quoted or set
    /// off. Not after a verb of telling, whose next words are the hearer ("told a voter
    /// who …"), nor after a quotation, whose source keeps its relative clause (“…,” said a
    /// member who backs Reyes: "the member" later is the same one).
    pub(super) fn inverted_relative(&self, n: usize, b: usize) -> Option<usize> {
        if self.is(n - 1, TELL) || (n >= 2 && self.quoted(n - 2)) {
            return None;
        }
        let plain = |i: usize| !self.quoted(i) && !self.gap(i).contains([',', ';', ':', '(', '—']);
        let r = (n + 1..b.min(n + 1 + MAX_INVERTED_SOURCE_WORDS))
            .take_while(|&i| plain(i))
            .find(|&i| self.is_word(i, &["who"]))?;
        (r..b).all(plain).then_some(r)
    }

    /// Whether the word before the cue at `v` ends an outlet's name ("Fox News reported",
    /// "The Associated Press said"): "news", "press" or "media" capitalised past the
    /// sentence's first word, where before a cue they otherwise make it a noun ("press
    /// reports", "news releases").
    pub(super) fn outlet_name_before(&self, a: usize, v: usize) -> bool {
        v > a + 1
            && self.toks[v - 1].is_capitalised(self.body)
            && self.is_word(v - 1, &["news", "press", "media"])
    }

    /// Whether tokens `n..e` after a cue are a name with a short description before it in
    /// lower case ("…, said former mayor Tom Reyes.", "…, says historian Ann Ortiz."): up to
    /// four lower-case words, none opening an adjunct or naming a hearer ("said in Ohio",
    /// "told reporters in Ohio"; "of" may join the description), then capitalised words
    /// to the phrase's end.
    fn described_name(&self, n: usize, e: usize) -> bool {
        let Some(c) = (n + 1..e).find(|&i| self.toks[i].is_capitalised(self.body)) else {
            return false;
        };
        c - n <= MAX_DESCRIPTION_WORDS
            && self.toks[n].starts_with_letter()
            && !self.is(n, WHEN | HEARER)
            && (n..c).all(|i| !self.is(i, PREPOSITION) || self.is_word(i, &["of"]))
            && self.capitalised_to(c, e)
    }

    /// Whether tokens `c..e` are capitalised, or capitalised words then "in", "of" or
    /// "from" and a capitalised place to the end ("historian Ann Ortiz in Madrid").
    fn capitalised_to(&self, c: usize, e: usize) -> bool {
        let caps = |i: usize| self.toks[i].is_capitalised(self.body);
        match (c..e).find(|&i| !caps(i)) {
            None => true,
            Some(p) => p + 1 < e && self.is_word(p, &["in", "of", "from"]) && (p + 1..e).all(caps),
        }
    }

    /// The first word after the last comma in tokens `s..k` (a subject after its content:
    /// "…, top lawmakers said."), or `s` when there is none.
    pub(super) fn after_last_comma(&self, s: usize, k: usize) -> usize {
        (s + 1..k)
            .rev()
            .find(|&j| self.gap(j).contains(',') && !self.quoted(j - 1))
            .unwrap_or(s)
    }

    /// The end (exclusive) of the phrase that starts at `s`: up to a comma, stop, quote or
    /// a dozen words.
    pub(super) fn phrase_end(&self, s: usize, b: usize) -> usize {
        let mut e = s + 1;
        while e < b
            && !self.quoted(e)
            && e - s < 12
            && !self.gap(e).contains([',', ';', ':', '(', '—'])
        {
            e += 1;
        }
        e
    }

    /// Where the subject ending before token `k` starts: back to the sentence start, a
    /// quote, a clause opener ("that", "because", "and he"), or a comma after which a
    /// subject stands on its own.
    pub(super) fn subject_start(&self, a: usize, k: usize) -> usize {
        // "Rep. Ann Lee (D-Md.), chair of …, said": the subject runs on before a party tag
        // in brackets.
        let k = self.before_bracketed_tag(a, k);
        let mut j = k - 1;
        // Whether a comma stands between `j` and the verb (one that may close a relative
        // clause): noted as the loop passes each gap (the verb's own is read only at a
        // conjunction).
        let mut comma = false;
        loop {
            if j == a || self.quoted(j - 1) || k - j > 20 {
                return j;
            }
            let g = self.gap(j);
            if g.contains([':', ';', '—', '"', '“', '”', '(', ')', '–']) {
                return j;
            }
            if self.is(j - 1, OPENER) {
                return j;
            }
            // "Officials, who granted tax breaks and other incentives, are furious": an
            // "and" inside a relative clause set off by commas opens no subject.
            if self.is(j - 1, CONJUNCTION)
                && (self.is(j, SUBJECT_HEAD) || !self.toks[j].is_capitalised(self.body))
                && !((comma || self.comma_after(k - 1)) && self.in_relative(a, j))
            {
                return j;
            }
            // "The board contends that it is on track, and Tom Reyes, its adviser, said":
            // a name after ", and" opens a new clause when the words before the comma
            // hold a verb (not a list of names: "Lee, Ortiz, and Reyes said").
            if self.is(j - 1, CONJUNCTION) && self.clause_before_conjunction(a, j - 1) {
                return j;
            }
            if g.contains(',') {
                comma = true;
                // After a comma a subject may start: a pronoun, a determiner, a name; not
                // a party and state after a name ("Sen. Bo Lee, R-Ohio, a rancher,").
                let capital = self.toks[j].is_capitalised(self.body) && !self.party_tag(a, j);
                if capital || self.is(j, SUBJECT_HEAD | ARTICLE) {
                    return j;
                }
            }
            j -= 1;
        }
    }

    /// The first token of a party and state in brackets ending right before token `k`
    /// with a comma ("Ann Lee (D-Md.), chair"), or `k` when there is none.
    fn before_bracketed_tag(&self, a: usize, k: usize) -> usize {
        // Most subjects end before no bracket: the bytes before token `k` first.
        if k < a + 3 || !self.body[..self.toks[k].start].trim_end().ends_with("),") {
            return k;
        }
        let p = k - 1;
        let t = self.toks[p].text(self.body).as_bytes();
        let tag = self.gap(p).trim() == "("
            && t.len() >= 3
            && matches!(t[0], b'R' | b'D' | b'I')
            && t[1] == b'-'
            && t[2].is_ascii_uppercase();
        if tag {
            p
        } else {
            k
        }
    }

    /// Where the clause that a participle or a second verb at `v` hangs on starts, when it
    /// is not `earlier`'s: after the words `earlier` reports end at a comma, a new subject
    /// and its verb ("When Reyes objected, Ann Lee seized on the remark, repeating …",
    /// "Groups say the rules are unfair, and the union has sued, saying …"). The subject
    /// opens with a name or an article (past "and"/"but"); its verb is an auxiliary, a
    /// past tense in "-ed" or a cue, within eight words and before any comma or quote.
    pub(super) fn host_after(&self, earlier: &Clause, a: usize, v: usize) -> Option<usize> {
        // A content before its cue ("“…,” Lee told Ortiz, adding …") ends before the
        // clause's own subject, which the participle shares.
        let end = earlier.reported.end as usize;
        if end <= earlier.cue.end as usize || end >= self.toks[v].start {
            return None;
        }
        let j = a + self.toks[a..v].partition_point(|t| t.start < end);
        // The comma may stand inside a quotation's marks: "… for all,” Lee seized …".
        if j + 1 >= v || !self.body[end..self.toks[j].start].contains(',') {
            return None;
        }
        let s = if self.is(j, CONJUNCTION) { j + 1 } else { j };
        let opens = !self.quoted(s)
            && !self.is(s, OPENER | PRONOUN)
            && (self.toks[s].is_capitalised(self.body) || self.is(s, THE | ARTICLE));
        if !opens {
            return None;
        }
        let verb = (s + 1..v.min(s + 1 + MAX_HOST_SUBJECT_WORDS))
            .take_while(|&i| !self.quoted(i) && self.gap(i).trim().is_empty())
            .any(|i| {
                self.is(i, FINITE)
                    || !self.toks[i].is_capitalised(self.body)
                        && (self.ends_with(i, "ed") || self.is(i, CUE) && !self.ends_with(i, "ing"))
            });
        verb.then_some(s)
    }

    /// The source a participle or a second verb ending the words before it at `end`
    /// shares: the subject of a new clause after `earlier`'s reported words
    /// ([`Words::host_after`]), else `earlier`'s source, else the sentence's words from `a`.
    pub(super) fn shared_source(
        &self,
        earlier: Option<&Clause>,
        a: usize,
        end: usize,
    ) -> (Span, SourceAt) {
        match earlier {
            Some(c) => match self.host_after(c, a, end) {
                Some(s) => (self.span(s, end), SourceAt::Sentence),
                None => (c.source, c.source_at),
            },
            None => (self.span(a, end), SourceAt::Sentence),
        }
    }

    /// The last of `earlier` whose source has words and whose cue is no participle: a
    /// verb after "and" shares a finite verb's subject, not the subject of a participle
    /// inside its clause ("Members complained about Reyes vowing to fight on and said …":
    /// the members said it, not Reyes). "According to" is no participle ("according to a
    /// person who attended and described …").
    pub(super) fn last_finite_sourced<'c>(&self, earlier: &'c [Clause]) -> Option<&'c Clause> {
        let mut upto = earlier.len();
        loop {
            let c = Self::last_sourced(&earlier[..upto])?;
            let cue = &self.body.as_bytes()[c.cue.start as usize..c.cue.end as usize];
            let first = cue.split(|&b| b == b' ').next().unwrap_or(cue);
            if !first.ends_with(b"ing") || first.eq_ignore_ascii_case(b"according") {
                return Some(c);
            }
            upto = earlier[..upto].iter().rposition(|o| std::ptr::eq(o, c))?;
        }
    }

    /// Whether the conjunction at token `c` follows a comma that closes a clause: the words
    /// back to the comma or quotation before them hold a finite verb ("it is on track,
    /// and") and open no relative clause, so the words after the conjunction are a new
    /// subject.
    fn clause_before_conjunction(&self, a: usize, c: usize) -> bool {
        if c <= a || !self.gap(c).contains(',') {
            return false;
        }
        let mut s = c - 1;
        while s > a && !self.quoted(s - 1) && !self.gap(s).contains(',') {
            s -= 1;
        }
        // "Lee, who has retired, and Reyes said": a relative clause is the name's.
        !self.is_word(s, &["who", "whose", "which"])
            && (s..c).any(|i| !self.quoted(i) && (self.is(i, FINITE) || self.past(i)))
    }

    /// Whether the conjunction before token `j` stands inside a relative clause opened by
    /// ", who" or ", which" (the clause's first comma back from `j` opens it); the caller
    /// knows a comma after it closes it.
    fn in_relative(&self, a: usize, j: usize) -> bool {
        (a + 1..j - 1)
            .rev()
            .take(20)
            .find(|&i| self.quoted(i) || self.comma_after(i - 1))
            .is_some_and(|i| !self.quoted(i) && self.is_word(i, &["who", "which"]))
    }

    /// Whether a comma follows token `i` right after its last byte.
    fn comma_after(&self, i: usize) -> bool {
        self.body.as_bytes().get(self.toks[i].end) == Some(&b',')
    }

    /// Whether token `j` is a party and state set off by commas after a name ("Bo Lee,
    /// R-Ohio,", "Ann Ortiz, D-N.Y.,"): a letter, a hyphen and a capital.
    fn party_tag(&self, a: usize, j: usize) -> bool {
        let t = self.toks[j].text(self.body).as_bytes();
        t.len() >= 3
            && matches!(t[0], b'R' | b'D' | b'I')
            && t[1] == b'-'
            && t[2].is_ascii_uppercase()
            && j > a + 1
            && self.toks[j - 1].is_capitalised(self.body)
            && self.gap(j + 1).contains(',')
    }

    /// The relative pronoun that opens a relative clause set off by commas right before
    /// token `k`, however long and whatever commas it holds ("Ann Ortiz, who lost her
    /// seat in Marion, Ohio, in 2012, said"): the subject ends before it.
    pub(super) fn relative_start(&self, a: usize, k: usize) -> Option<usize> {
        let mut j = k - 1;
        while j > a + 1 && k - j <= 40 {
            if self.quoted(j - 1) || self.gap(j).contains([':', ';', '"', '“', '”']) {
                return None;
            }
            if self.gap(j).trim() == "," && self.is_word(j, &["who", "whose", "which"]) {
                return Some(j);
            }
            j -= 1;
        }
        None
    }

    /// The first word of an apposition that ends right before token `k` ("McConnell, R-Ky.,
    /// said", "Otis Ferry, a former Eton pupil, said"): the word after the comma that opens
    /// it, when a name stands before that comma.
    pub(super) fn apposition_start(&self, a: usize, k: usize) -> Option<usize> {
        let mut j = k - 1;
        while j > a && k - j <= 24 {
            if self.quoted(j - 1) {
                return None;
            }
            let g = self.gap(j);
            if g.contains([':', ';', '"', '“', '”']) {
                return None;
            }
            if g.contains(',') {
                let name = self.toks[j - 1].is_capitalised(self.body)
                    || self.toks[j - 1].is_acronym(self.body);
                // A long apposition is a relative clause: "Aparna Mathur, who studies tax
                // policy at the American Enterprise Institute, said".
                let relative = matches!(self.toks[j].text(self.body), "who" | "whose" | "which");
                // One that opens with "a" may hold two roles: "Tom Reyes, a former trade
                // minister and a deputy prime minister under Mr. Lund, said".
                let most = if self.is(j, ARTICLE) { 14 } else { 10 };
                return (name && (k - j <= most || relative)).then_some(j);
            }
            j -= 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::clauses_of;

    /// The source of `cue` in `body`'s clauses.
    fn source_of(body: &str, cue: &str) -> String {
        let c = clauses_of(body);
        c.iter()
            .find(|c| c.0 == cue)
            .unwrap_or_else(|| panic!("no {cue:?} in {c:?}"))
            .1
            .clone()
    }

    #[test]
    fn a_name_after_a_clause_and_its_comma_and_opens_a_new_subject() {
        let body = "The harbour board contends that the ferry plan is on track, and Tom Reyes, \
                    the county transport adviser, said he and his staff were drawing up routes.";
        assert_eq!(
            source_of(body, "said"),
            "Tom Reyes, the county transport adviser,"
        );
        let body = "The harbour board contends that the ferry plan is on track, and Tom Reyes \
                    said he and his staff were drawing up routes.";
        assert_eq!(source_of(body, "said"), "Tom Reyes");
        // The clause's verb is an irregular past no word class holds.
        let body = "The ferry crews went on strike, and Tom Reyes, the county transport \
                    adviser, said he and his staff were drawing up routes.";
        assert_eq!(
            source_of(body, "said"),
            "Tom Reyes, the county transport adviser,"
        );
    }

    #[test]
    fn a_party_tag_in_brackets_before_an_apposition_is_the_names() {
        let body =
            "Rep. Ann Lee (D-Md.), chair of the harbour committee, said the tolls were unfair.";
        assert_eq!(
            source_of(body, "said"),
            "Rep. Ann Lee (D-Md.), chair of the harbour committee,"
        );
    }

    #[test]
    fn a_list_of_names_or_a_relative_clause_before_and_opens_none() {
        for body in [
            "Ann Lee, a ferry captain, and Tom Reyes said the new timetable was unfair.",
            "Ann Lee, who has retired, and Tom Reyes said the new timetable was unfair.",
        ] {
            // Both people said it: the source is not cut to the last name.
            assert_ne!(source_of(body, "said"), "Tom Reyes", "{body}");
        }
    }
}
