//! Finding quotations: every quote-mark style of real news, apostrophes told apart from
//! closing single quotes, nesting, and quotes that run on into the next paragraph.
//!
//! Marks are read per paragraph with a small stack, so an unbalanced mark can never swallow
//! more than its own paragraph; a quote left open at a paragraph end is kept only when the
//! next paragraph reopens it (the newspaper convention for a quote running on).

mod pairing;

use crate::model::{Paragraph, Span};
use pairing::pair;

/// A quotation found by its marks, before attribution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteSpan {
    /// The quoted words, marks excluded.
    pub text: Span,
    /// From the opening mark to the closing mark (or paragraph end when it runs on).
    pub outer: Span,
    /// Index into the paragraphs.
    pub paragraph: u32,
    /// Index (into the returned list) of the quote this one is nested in.
    pub nested_in: Option<u32>,
    /// Continues the previous paragraph's quote (opening mark repeated, no closing mark).
    pub continues: bool,
    /// No closing mark before the paragraph end.
    pub runs_on: bool,
}

/// The two families of marks: a double-type quote may hold single-type ones and vice versa.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// A straight mark whose role depends on what is open.
    Either,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    start: usize,
    end: usize,
    family: Family,
    role: Role,
    /// `„` closes with `“`: remember so a `“` can close it.
    low: bool,
}

/// Paragraphs longer than this are scanned only up to it (a pathological one-line file must
/// stay linear and bounded).
const MAX_QUOTES_PER_PARAGRAPH: usize = 2_000;

/// Quotes in the non-boilerplate paragraphs of `body`, in text order.
pub fn find(body: &str, paragraphs: &[Paragraph]) -> Vec<QuoteSpan> {
    let mut out: Vec<QuoteSpan> = Vec::new();
    // A quote left open at the end of the previous paragraph, kept if this one reopens it.
    let mut pending: Option<QuoteSpan> = None;
    // One set of working vectors for all the paragraphs: most have marks, and allocating
    // these per paragraph was most of this function's allocations.
    let mut scratch = Scratch::default();
    for (pi, para) in paragraphs.iter().enumerate() {
        if para.boilerplate {
            pending = None;
            continue;
        }
        let (start, end) = (para.span.start as usize, para.span.end as usize);
        let Some(text) = body.get(start..end) else {
            continue;
        };
        scan_marks(text, start, &mut scratch.marks);
        let reopens = scratch
            .marks
            .first()
            .is_some_and(|m| m.start == start && m.role != Role::Close);
        let continued = match pending.take() {
            Some(prev) if reopens => {
                out.push(prev);
                true
            }
            _ => false,
        };
        let base = out.len();
        let open = pair(body, pi as u32, &mut scratch, &mut out);
        if continued {
            if let Some(q) = out[base..]
                .first_mut()
                .filter(|q| q.outer.start as usize == start)
            {
                q.continues = true;
            }
        }
        // The outermost mark still open at the paragraph end may run on into the next one.
        if let Some(m) = open.filter(|m| m.family == Family::Double || m.start == start) {
            let text_start = skip_space(body, m.end, end);
            let text_end = trim_end(body, text_start, end);
            if body[text_start..text_end]
                .chars()
                .any(char::is_alphanumeric)
            {
                pending = Some(QuoteSpan {
                    text: Span::new(text_start, text_end),
                    outer: Span::new(m.start, end),
                    paragraph: pi as u32,
                    nested_in: None,
                    continues: continued && m.start == start,
                    runs_on: true,
                });
            }
        }
    }
    out.sort_by_key(|q| (q.outer.start, std::cmp::Reverse(q.outer.end)));
    out
}

fn skip_space(body: &str, mut i: usize, end: usize) -> usize {
    let bytes = body.as_bytes();
    while i < end && bytes[i].is_ascii_whitespace() {
        i += 1;
    }
    i
}

fn trim_end(body: &str, start: usize, mut end: usize) -> usize {
    let bytes = body.as_bytes();
    while end > start && bytes[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    end
}

/// Working vectors of [`find`], emptied and reused for each paragraph.
#[derive(Default)]
struct Scratch {
    /// The paragraph's marks ([`scan_marks`]).
    marks: Vec<Mark>,
    /// Open marks, each with the index of its slot in `quotes`.
    stack: Vec<(Mark, usize)>,
    /// Slots of quotes that continue an inline run-on quote.
    continued: Vec<usize>,
    /// A slot per opening mark, filled when the mark is closed into a quote.
    quotes: Vec<Option<QuoteSpan>>,
    /// Slot → index among the filled slots.
    new_index: Vec<Option<u32>>,
}

/// The next byte that can start a mark: the ASCII marks (`" ' ``), or the lead byte of the
/// others (`“ ” „ ‘ ’` start with E2, `« »` with C2). Each kind is found by a vectorised
/// search and remembered until passed, so the text between marks is read once, quickly.
struct MarkStarts<'t> {
    bytes: &'t [u8],
    ascii: Option<usize>,
    lead: Option<usize>,
}

impl<'t> MarkStarts<'t> {
    fn new(bytes: &'t [u8]) -> MarkStarts<'t> {
        MarkStarts {
            bytes,
            ascii: memchr::memchr3(b'"', b'\'', b'`', bytes),
            lead: memchr::memchr2(0xC2, 0xE2, bytes),
        }
    }

    /// The first candidate at `from` or after.
    fn next(&mut self, from: usize) -> Option<usize> {
        let rest = self.bytes.get(from..)?;
        if self.ascii.is_some_and(|p| p < from) {
            self.ascii = memchr::memchr3(b'"', b'\'', b'`', rest).map(|i| from + i);
        }
        if self.lead.is_some_and(|p| p < from) {
            self.lead = memchr::memchr2(0xC2, 0xE2, rest).map(|i| from + i);
        }
        match (self.ascii, self.lead) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// Every quote mark of a paragraph with its family and role, apostrophes left out.
fn scan_marks(text: &str, offset: usize, marks: &mut Vec<Mark>) {
    let bytes = text.as_bytes();
    marks.clear();
    let mut pos = 0;
    // The text between marks is skipped without decoding it.
    let mut starts = MarkStarts::new(bytes);
    while let Some(at) = starts.next(pos) {
        pos = at;
        let Some(c) = text[pos..].chars().next() else {
            break;
        };
        let after = pos + c.len_utf8();
        let prev = text[..pos].chars().next_back();
        let next = text[after..].chars().next();
        let mut mark = |len_chars: usize, family, role, low| {
            let end = if len_chars == 2 {
                after + next.map_or(0, char::len_utf8)
            } else {
                after
            };
            marks.push(Mark {
                start: offset + pos,
                end: offset + end,
                family,
                role,
                low,
            });
            end
        };
        pos = match c {
            '“' => mark(1, Family::Double, Role::Open, false),
            // `”` typed for `“` (`”We waited …”`): before a word, after a space or the
            // paragraph start, it opens when no double quote is open.
            '”' if is_opening_context(prev) && next.is_some_and(char::is_alphanumeric) => {
                mark(1, Family::Double, Role::Either, false)
            }
            '”' => mark(1, Family::Double, Role::Close, false),
            '„' => mark(1, Family::Double, Role::Open, true),
            '«' => mark(1, Family::Double, Role::Open, false),
            '»' => mark(1, Family::Double, Role::Close, false),
            '‘' if next == Some('‘') => mark(2, Family::Double, Role::Open, false),
            '’' if next == Some('’') => mark(2, Family::Double, Role::Close, false),
            '`' if next == Some('`') => mark(2, Family::Double, Role::Open, false),
            '\'' if next == Some('\'') && prev.is_some_and(|p| !p.is_whitespace()) => {
                mark(2, Family::Double, Role::Close, false)
            }
            '"' => {
                let role = straight_role(prev, next);
                mark(1, Family::Double, role, false)
            }
            '‘' => mark(1, Family::Single, Role::Open, false),
            '’' | '\'' => {
                let next2 = next.and_then(|n| text[after + n.len_utf8()..].chars().next());
                match single_role(c, prev, next, next2) {
                    Some(role) => mark(1, Family::Single, role, false),
                    None => after,
                }
            }
            _ => after,
        };
    }
}

fn is_opening_context(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || "([{—–-/:".contains(c))
}

fn is_closing_context(c: Option<char>) -> bool {
    c.is_none_or(|c| c.is_whitespace() || ".,;:!?)]}—–-…".contains(c))
}

fn straight_role(prev: Option<char>, next: Option<char>) -> Role {
    let opening = is_opening_context(prev) && next.is_some_and(|n| !n.is_whitespace());
    let closing = is_closing_context(next) && prev.is_some_and(|p| !p.is_whitespace());
    match (opening, closing) {
        (true, false) => Role::Open,
        (false, true) => Role::Close,
        _ => Role::Either,
    }
}

/// The role of a single mark, or `None` for an apostrophe (Trump’s, don't, '90s, players').
fn single_role(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    next2: Option<char>,
) -> Option<Role> {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if letter(prev) && letter(next) {
        return None; // inside a word: don't, Trump’s, rock'n'roll
    }
    if is_opening_context(prev) && letter(next) {
        // '90s, 'em, 'cause: an elision, not an opening mark.
        if next.is_some_and(|n| n.is_ascii_digit()) && next2.is_some_and(|n| n.is_ascii_digit()) {
            return None;
        }
        return Some(if c == '’' { Role::Either } else { Role::Open });
    }
    if (letter(prev) || prev.is_some_and(|p| ".,!?…".contains(p))) && is_closing_context(next) {
        // players' or a closing mark: decided by whether a single quote is open.
        return Some(Role::Close);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Asked at rising offsets, as the scan asks, the searches find what a byte-by-byte
        /// look for the five start bytes finds.
        #[test]
        fn mark_starts_are_the_first_candidate_bytes(
            text in "([a-z ]{0,6}|[\"'`“”„‘’«»é—]){0,30}",
            steps in proptest::collection::vec(0usize..12, 0..12),
        ) {
            let bytes = text.as_bytes();
            let naive = |from: usize| {
                (from..bytes.len()).find(|&i| matches!(bytes[i], b'"' | b'\'' | b'`' | 0xC2 | 0xE2))
            };
            let mut starts = MarkStarts::new(bytes);
            let mut from = 0;
            for step in steps {
                prop_assert_eq!(starts.next(from), naive(from));
                from += step;
            }
        }
    }

    fn quotes(body: &str) -> Vec<String> {
        let paragraphs = crate::extract::test_paragraphs(body);
        find(body, &paragraphs)
            .iter()
            .map(|q| body[q.text.start as usize..q.text.end as usize].to_string())
            .collect()
    }

    #[test]
    fn every_mark_style() {
        assert_eq!(quotes("He said \"yes, now\" today."), ["yes, now"]);
        assert_eq!(quotes("He said “yes, now” today."), ["yes, now"]);
        assert_eq!(quotes("He said ‘‘at war,’’ in a sense."), ["at war,"]);
        assert_eq!(quotes("He said ``at war,'' in a sense."), ["at war,"]);
        assert_eq!(quotes("Il a dit «non merci» hier."), ["non merci"]);
        assert_eq!(quotes("Er sagte „nein danke“ gestern."), ["nein danke"]);
        assert_eq!(
            quotes("It is 'practically useless' now."),
            ["practically useless"]
        );
        assert_eq!(
            quotes("It is ‘practically useless’ now."),
            ["practically useless"]
        );
    }

    #[test]
    fn a_closing_mark_typed_as_the_opening_one_still_opens() {
        assert_eq!(
            quotes("”We waited three years,” she said. He said ”no” twice."),
            ["We waited three years,", "no"]
        );
        // Inside an open quote, it closes as before.
        assert_eq!(quotes("“It ended ”well enough."), ["It ended"]);
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quotes("Trump’s demand, don't panic, the '90s and the players' union.").is_empty());
        assert!(quotes("They thanked the players’ union.").is_empty());
        assert_eq!(quotes("‘We don’t know,’ she said."), ["We don’t know,"]);
    }

    #[test]
    fn nested_quotes_of_the_other_family() {
        let body = "“He told me ‘never again’ last year,” she said.";
        let p = crate::extract::test_paragraphs(body);
        let found = find(body, &p);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].nested_in, Some(0));
        assert_eq!(
            &body[found[1].text.start as usize..found[1].text.end as usize],
            "never again"
        );
    }

    #[test]
    fn nesting_is_counted_in_the_whole_list_and_a_paragraph_starts_afresh() {
        // The working vectors are reused from paragraph to paragraph: a mark left open in
        // the first must not pair with the second's, and the second's nesting must point
        // into the list of all the quotes, not into its own paragraph's.
        let body = "A “first ‘inner one’ here,” he said. And an 'open one\n\n\
                    “Second ‘inner two’ there,” she said. And “third ‘inner three’ now.”";
        let p = crate::extract::test_paragraphs(body);
        assert_eq!(p.len(), 2);
        let found = find(body, &p);
        let text = |i: usize| &body[found[i].text.start as usize..found[i].text.end as usize];
        let texts: Vec<&str> = (0..found.len()).map(text).collect();
        assert_eq!(
            texts,
            [
                "first ‘inner one’ here,",
                "inner one",
                "Second ‘inner two’ there,",
                "inner two",
                "third ‘inner three’ now.",
                "inner three"
            ]
        );
        let nesting: Vec<Option<u32>> = found.iter().map(|q| q.nested_in).collect();
        assert_eq!(nesting, [None, Some(0), None, Some(2), None, Some(4)]);
    }

    #[test]
    fn unbalanced_marks_stay_in_their_paragraph() {
        let body =
            "He said \"this never closes.\n\nNext paragraph is plain.\n\nAnd “this one” closes.";
        assert_eq!(quotes(body), ["this one"]);
    }

    #[test]
    fn run_on_quotes_are_one_per_paragraph() {
        let body = "“First part of it.\n\n“Second part,” she said.";
        let p = crate::extract::test_paragraphs(body);
        let found = find(body, &p);
        let texts: Vec<_> = found
            .iter()
            .map(|q| &body[q.text.start as usize..q.text.end as usize])
            .collect();
        assert_eq!(texts, ["First part of it.", "Second part,"]);
        assert!(found[0].runs_on);
        assert!(found[1].continues);
    }

    #[test]
    fn run_on_quotes_joined_on_one_line_are_split() {
        let body = "She said: \"We have doubled it already. \"We are going to extend the pay by 2007.\" Then she left.";
        assert_eq!(
            quotes(body),
            [
                "We have doubled it already.",
                "We are going to extend the pay by 2007."
            ]
        );
        let p = crate::extract::test_paragraphs(body);
        let found = find(body, &p);
        assert!(found[0].runs_on && found[1].continues);
    }

    #[test]
    fn interrupted_quote_is_two_quotes() {
        assert_eq!(
            quotes("\"We will win,\" he said, \"and soon.\""),
            ["We will win,", "and soon."]
        );
    }

    #[test]
    fn many_marks_stay_fast_and_bounded() {
        let body = "\"a\" ".repeat(100_000);
        let n = quotes(&body).len();
        assert!(n > 0 && n <= MAX_QUOTES_PER_PARAGRAPH);
        let body = "“".repeat(100_000);
        assert!(quotes(&body).is_empty());
    }
}
