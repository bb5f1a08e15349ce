//! Text analysis: paragraphs, boilerplate and metadata, inferred as a reader would.

mod boilerplate;
pub mod fold;
pub mod meta;
mod words;

pub use words::words_up_to;

use crate::extract::span;
use crate::model::{DateSource, Document, Meta, Paragraph, Span};
use serde::{Deserialize, Serialize};

/// What the text stage learns about one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub paragraphs: Vec<Paragraph>,
    pub meta: Meta,
    /// Display title: the headline, else the first sentence shortened.
    pub title: String,
    pub words: u32,
}

/// How far from the top metadata is looked for (in paragraphs).
const HEAD: usize = 10;

/// Longest paragraph handed to extraction, in bytes. A longer line (a whole file on one
/// line) is cut at spaces into pieces of about this size, so work and memory per paragraph
/// stay bounded whatever the input.
pub const MAX_PARAGRAPH: usize = 64 * 1024;

/// Paragraph spans: every non-blank line (news files put one paragraph per line, with or
/// without blank lines between), trimmed.
pub fn paragraphs(body: &str) -> Vec<Span> {
    let bytes = body.as_bytes();
    let mut out = Vec::new();
    // As `split_inclusive('\n')`, a line at a time from one vectorised search for its end.
    let mut from = 0;
    while from < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[from..]).map_or(bytes.len(), |i| from + i + 1);
        let (a, b) = trimmed(&body[from..end]);
        if a < b {
            split_long(body, from + a, from + b, &mut out);
        }
        from = end;
    }
    out
}

/// Where `line.trim()` starts and ends in `line`: ASCII white space passed over a byte at
/// a time; a character outside ASCII at either end (which may be white space too) is left
/// to `trim`.
#[inline]
fn trimmed(line: &str) -> (usize, usize) {
    let b = line.as_bytes();
    let space = |c: u8| matches!(c, b' ' | b'\t'..=b'\r');
    let mut a = 0;
    while a < b.len() && space(b[a]) {
        a += 1;
    }
    let mut e = b.len();
    while e > a && space(b[e - 1]) {
        e -= 1;
    }
    if a < e && (b[a] >= 0x80 || b[e - 1] >= 0x80) {
        let t = line[a..e].trim();
        let s = span::offset_in(line, t);
        return (s, s + t.len());
    }
    (a, e)
}

fn split_long(body: &str, mut start: usize, end: usize, out: &mut Vec<Span>) {
    while end - start > MAX_PARAGRAPH {
        let mut cut = start + MAX_PARAGRAPH;
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        // Prefer a space in the last quarter; else cut mid-word (no space at all).
        let mut lo = start + MAX_PARAGRAPH * 3 / 4;
        while !body.is_char_boundary(lo) {
            lo -= 1;
        }
        if let Some(i) = body[lo..cut].rfind(' ') {
            cut = lo + i;
        }
        out.push(Span::new(start, cut));
        start = cut;
        while start < end && body.as_bytes()[start] == b' ' {
            start += 1;
        }
    }
    if start < end {
        out.push(Span::new(start, end));
    }
}

/// What the text stage learns about `doc`: its paragraphs (boilerplate marked), its
/// metadata, display title and words, read as the steps of `Lines`.
pub fn analyze(doc: &Document) -> Analysis {
    let spans = paragraphs(&doc.body);
    let lines = Lines::read(doc, &spans);
    let paragraphs: Vec<Paragraph> = spans
        .iter()
        .zip(&lines.bp)
        .map(|(&span, &boilerplate)| Paragraph { span, boilerplate })
        .collect();
    let (date, date_source) = lines.date().unzip();
    let dateline = lines
        .body_paras()
        .take(3)
        .find_map(|i| meta::dateline(lines.texts[i]));
    let byline = lines.byline();
    let outlet = lines.outlet(dateline.as_ref());
    // Shown and compared as written, but with plain spaces: a no-break space in a title
    // or byline is a space to a reader.
    let title = doc
        .hints
        .title
        .as_deref()
        .or(lines.headline)
        .map(meta::plain_spaces);
    let words = lines.words();
    let display = title.clone().unwrap_or_else(|| lines.display_title());
    Analysis {
        paragraphs,
        meta: Meta {
            title,
            date,
            date_source,
            dateline: dateline.map(|(place, _)| place),
            outlet,
            byline,
            url: doc.hints.url.clone(),
        },
        title: display,
        words,
    }
}

/// A document's lines as the text stage reads them, and what is known of each: its words,
/// whether it is a date line, the headline, boilerplate.
struct Lines<'a> {
    doc: &'a Document,
    texts: Vec<&'a str>,
    /// Words in each line.
    counts: Vec<usize>,
    /// The date of each short line (`meta::is_date_line` is a short line with one), kept
    /// for the publication date.
    short_dates: Vec<Option<(usize, String)>>,
    dates: Vec<bool>,
    /// The headline: the first paragraph that is not furniture, if it reads like one.
    headline: Option<&'a str>,
    paras: Vec<boilerplate::Para<'a>>,
    /// Whether each line is boilerplate.
    bp: Vec<bool>,
    /// The lines metadata is looked for in.
    head: Vec<usize>,
}

impl<'a> Lines<'a> {
    /// The lines of `doc` at `spans`, with their words, dates, headline and boilerplate.
    fn read(doc: &'a Document, spans: &[Span]) -> Lines<'a> {
        let body = doc.body.as_str();
        let texts: Vec<&str> = spans.iter().map(|s| &body[s.range()]).collect();
        let counts: Vec<usize> = texts.iter().map(|t| words_up_to(t, usize::MAX)).collect();
        let short_dates: Vec<Option<(usize, String)>> = texts
            .iter()
            .zip(&counts)
            .map(|(t, &n)| if n <= 8 { meta::find_date(t) } else { None })
            .collect();
        let dates: Vec<bool> = short_dates.iter().map(Option::is_some).collect();
        let headline = texts
            .iter()
            .zip(&dates)
            .take(HEAD)
            .find(|(t, &d)| !d && !boilerplate::is_furniture(t))
            .map(|(t, _)| *t)
            .filter(|t| meta::is_headline(t));
        let paras: Vec<boilerplate::Para> = texts
            .iter()
            .zip(&dates)
            .zip(&counts)
            .map(|((t, &d), &words)| boilerplate::Para {
                text: t,
                is_title: Some(*t) == headline,
                is_date: d,
                words,
            })
            .collect();
        let bp = boilerplate::classify(&paras);
        let head: Vec<usize> = (0..texts.len()).take(HEAD).collect();
        Lines {
            doc,
            texts,
            counts,
            short_dates,
            dates,
            headline,
            paras,
            bp,
            head,
        }
    }

    /// The publication date and where it was found: the page's metadata, else a date
    /// placed as one in the first lines, else the file's name or folders. A date after
    /// today is not a publication date (a typo, a scheduled event): it is refused wherever
    /// it was found.
    fn date(&self) -> Option<(String, DateSource)> {
        let today = meta::today();
        let past = |d: &String| d.as_str() <= today.as_str();
        self.doc
            .hints
            .date
            .as_deref()
            .and_then(meta::find_date)
            .map(|(_, d)| d)
            .filter(past)
            .map(|d| (d, DateSource::Meta))
            .or_else(|| {
                // A date in the text is the publication date only where one is placed, in
                // the first lines: a line that is a date, or the start of a line or its
                // dateline; not a birth date or an anniversary in running text.
                self.head
                    .iter()
                    .filter_map(|&i| {
                        let t = self.texts[i];
                        // A short line's date was found already (`find_date` of the same
                        // text).
                        let found = if self.counts[i] <= 8 {
                            self.short_dates[i].clone()
                        } else {
                            meta::find_date(t)
                        };
                        found.filter(|(at, _)| self.dates[i] || meta::placed_as_published(t, *at))
                    })
                    .map(|(_, d)| d)
                    .find(past)
                    .map(|d| (d, DateSource::Text))
            })
            // Else the day in the file's name or folders (relative to the PATH given).
            .or_else(|| {
                meta::date_in_path(&self.doc.id)
                    .filter(past)
                    .map(|d| (d, DateSource::Path))
            })
    }

    /// The first lines of the story proper: neither boilerplate, the headline nor a date.
    fn body_paras(&self) -> impl Iterator<Item = usize> + '_ {
        self.head
            .iter()
            .copied()
            .filter(|&i| !self.bp[i] && !self.paras[i].is_title && !self.dates[i])
    }

    /// The byline: the page's, else one in the first lines (after the headline, one may go
    /// without "By").
    fn byline(&self) -> Option<String> {
        let title_at = self
            .headline
            .and_then(|h| self.texts.iter().position(|t| *t == h));
        self.doc
            .hints
            .byline
            .clone()
            .or_else(|| {
                self.head.iter().find_map(|&i| {
                    let after_title = title_at.is_some_and(|t| i > t && i <= t + 2);
                    (!self.bp[i] && !self.paras[i].is_title)
                        .then(|| meta::byline(self.texts[i], after_title))
                        .flatten()
                })
            })
            .map(|b| meta::plain_spaces(&b))
    }

    /// The outlet: the page's, else the site of its address, the dateline's agency, or one
    /// named in boilerplate. A section label ("U.S.") is never the outlet.
    fn outlet(&self, dateline: Option<&(String, Option<String>)>) -> Option<String> {
        self.doc
            .hints
            .outlet
            .clone()
            .filter(|o| !meta::is_section_label(o))
            .or_else(|| {
                self.doc
                    .hints
                    .url
                    .as_deref()
                    .and_then(meta::outlet_of_url)
                    .map(str::to_string)
            })
            .or_else(|| dateline.and_then(|(_, agency)| agency.clone()))
            .or_else(|| {
                (0..self.texts.len())
                    .filter(|&i| self.bp[i])
                    .find_map(|i| meta::outlet_named(self.texts[i]))
                    .map(str::to_string)
            })
    }

    /// Words outside boilerplate.
    fn words(&self) -> u32 {
        self.counts
            .iter()
            .zip(&self.bp)
            .filter(|(_, &b)| !b)
            .map(|(&n, _)| n as u32)
            .sum()
    }

    /// The title shown without a headline: the story's first sentence, else the id.
    fn display_title(&self) -> String {
        self.body_paras()
            .next()
            .map(|i| {
                // The story proper, after "date 2020-01-27 LONDON — ".
                let t = self.texts[i];
                let story = meta::dateline_at(t).map_or(t, |(_, _, end)| &t[end..]);
                meta::plain_spaces(&first_sentence(story))
            })
            .unwrap_or_else(|| self.doc.id.clone())
    }
}

/// The first sentence, shortened to about 80 characters at a word boundary.
fn first_sentence(text: &str) -> String {
    let text = text.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '“' && c != '"');
    let end = text.find(". ").map_or(text.len(), |i| i + 1);
    let sentence = &text[..end];
    if sentence.chars().count() <= 80 {
        return sentence.to_string();
    }
    let cut: String = sentence.chars().take(80).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(a, _)| a);
    format!("{cut}…")
}

#[cfg(test)]
mod tests {
    #[cfg(target_arch = "x86_64")]
    use super::{paragraphs, split_long};

    proptest::proptest! {
        /// Lines found by searching for line ends are the lines `split_inclusive` gives.
        #[test]
        fn paragraphs_are_the_trimmed_lines(body in "([a-z]{0,4}|[ \t\r\n\x0b\x0c]|\u{a0}|\u{85}|\u{2003}|\u{3000}|[“”é]){0,40}") {
            let mut want = Vec::new();
            let mut offset = 0;
            for line in body.split_inclusive('\n') {
                let trimmed = line.trim();
                if !trimmed.is_empty() {
                    let start = offset + (line.len() - line.trim_start().len());
                    split_long(&body, start, start + trimmed.len(), &mut want);
                }
                offset += line.len();
            }
            proptest::prop_assert_eq!(paragraphs(&body), want);
        }
    }
}
