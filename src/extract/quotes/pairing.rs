//! Pairing one paragraph's marks into quotes: [`pair`] and its steps.

use super::{
    skip_space, trim_end, Family, Mark, QuoteSpan, Role, Scratch, MAX_QUOTES_PER_PARAGRAPH,
};
use crate::model::Span;

/// Pairs the marks of one paragraph (`scratch.marks`) into quotes, appended to `out` (their
/// `nested_in` indices into `out`); returns the outermost mark left open.
/// Read as the steps below, in order, for each mark: a double mark reopening after a
/// sentence end ends the open quote there ([`Pairs::joined_run_on`]); else a mark that
/// [`closes`] an open one makes a quote ([`Pairs::close`]), and any other mark but a closing
/// one opens ([`Pairs::open`]). Last the kept quotes are appended ([`append_kept`]).
pub(super) fn pair(
    body: &str,
    paragraph: u32,
    scratch: &mut Scratch,
    out: &mut Vec<QuoteSpan>,
) -> Option<Mark> {
    let Scratch {
        marks,
        stack,
        continued,
        quotes,
        new_index,
    } = scratch;
    stack.clear();
    continued.clear();
    quotes.clear();
    let mut pairs = Pairs {
        body,
        paragraph,
        stack,
        continued,
        quotes,
    };
    for &m in marks.iter() {
        if pairs.quotes.len() >= MAX_QUOTES_PER_PARAGRAPH {
            break;
        }
        let open_pos = pairs.stack.iter().rposition(|(o, _)| o.family == m.family);
        if pairs.joined_run_on(m, open_pos) {
            continue;
        }
        if closes(m, open_pos, pairs.stack) {
            pairs.close(m, open_pos.expect("checked above"));
        } else if m.role != Role::Close {
            pairs.open(m);
        }
    }
    append_kept(quotes, new_index, out);
    stack.first().map(|(m, _)| *m)
}

/// The working state of [`pair`]: the paragraph's open marks, run-on slots and quote slots
/// (as in [`Scratch`]).
struct Pairs<'a> {
    body: &'a str,
    paragraph: u32,
    stack: &'a mut Vec<(Mark, usize)>,
    continued: &'a mut Vec<usize>,
    quotes: &'a mut Vec<Option<QuoteSpan>>,
}

impl Pairs<'_> {
    /// `… 26 weeks. "We are going …`: paragraphs joined on one line keep the run-on
    /// convention (no closing mark, the next paragraph reopens). A double mark opening
    /// after a sentence end while a double quote is open ends that quote there, and opens
    /// the quote that continues it.
    fn joined_run_on(&mut self, m: Mark, open_pos: Option<usize>) -> bool {
        if m.family != Family::Double || m.role == Role::Close || m.low {
            return false;
        }
        let Some(pos) = open_pos.filter(|&p| p + 1 == self.stack.len()) else {
            return false;
        };
        let body = self.body;
        let (open, slot) = self.stack[pos];
        let before = body[open.end..m.start].trim_end();
        let sentence_done = before.ends_with(['.', '!', '?']);
        let next_is_word = body[m.end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric);
        if !(sentence_done && next_is_word && before.split_whitespace().nth(2).is_some()) {
            return false;
        }
        self.stack.truncate(pos);
        let inner_start = skip_space(body, open.end, m.start);
        let inner_end = open.end + before.len();
        self.quotes[slot] = Some(self.quote(
            slot,
            Span::new(inner_start, inner_end),
            Span::new(open.start, inner_end),
            true,
        ));
        self.open(m);
        self.continued.push(self.quotes.len() - 1);
        true
    }

    /// Closes the open mark at `pos` of the stack with `m`: a quote if it holds a word.
    fn close(&mut self, m: Mark, pos: usize) {
        let body = self.body;
        let (open, slot) = self.stack[pos];
        // Marks opened inside and never closed were not quotes (apostrophe-like).
        self.stack.truncate(pos);
        let inner_start = skip_space(body, open.end, m.start);
        let inner_end = trim_end(body, inner_start, m.start);
        let has_word = body[inner_start..inner_end]
            .chars()
            .any(char::is_alphanumeric);
        if has_word {
            self.quotes[slot] = Some(self.quote(
                slot,
                Span::new(inner_start, inner_end),
                Span::new(open.start, m.end),
                false,
            ));
        }
    }

    /// Opens `m`, with an empty slot for its quote.
    fn open(&mut self, m: Mark) {
        self.quotes.push(None);
        self.stack.push((m, self.quotes.len() - 1));
    }

    /// The quote of `slot`, nested in the innermost mark still open.
    fn quote(&self, slot: usize, text: Span, outer: Span, runs_on: bool) -> QuoteSpan {
        QuoteSpan {
            text,
            outer,
            paragraph: self.paragraph,
            nested_in: self.stack.last().map(|(_, s)| *s as u32),
            continues: self.continued.contains(&slot),
            runs_on,
        }
    }
}

/// Whether `m` closes the open mark of its family at `open_pos`.
fn closes(m: Mark, open_pos: Option<usize>, stack: &[(Mark, usize)]) -> bool {
    match m.role {
        Role::Close | Role::Either => open_pos.is_some(),
        // `“` closes a `„` (German and some European styles).
        Role::Open => {
            m.family == Family::Double && !m.low && open_pos.is_some_and(|p| stack[p].0.low)
        }
    }
}

/// Appends the filled slots to `out`, their nesting renumbered to the kept quotes only,
/// counted from the end of `out`.
fn append_kept(
    quotes: &mut Vec<Option<QuoteSpan>>,
    new_index: &mut Vec<Option<u32>>,
    out: &mut Vec<QuoteSpan>,
) {
    let base = out.len() as u32;
    new_index.clear();
    let mut kept = 0u32;
    for q in quotes.iter() {
        new_index.push(q.is_some().then(|| base + kept));
        kept += u32::from(q.is_some());
    }
    out.extend(quotes.drain(..).flatten().map(|mut q| {
        q.nested_in = q.nested_in.and_then(|n| new_index[n as usize]);
        q
    }));
}
