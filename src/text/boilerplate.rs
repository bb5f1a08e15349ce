//! Boilerplate: the page furniture around a story (sign-up prompts, breadcrumbs, captions
//! and photo credits, tag lists, timestamps), told from prose by general cues so it is
//! dimmed in the reader and never extracted or searched.

use super::words_up_to;
use crate::extract::lexicon;
use crate::extract::tokens::Lower;
use regex::Regex;
use std::sync::OnceLock;

mod skip;

/// What the rules need to know about one paragraph.
pub struct Para<'a> {
    pub text: &'a str,
    /// The paragraph is the headline (or repeats it): never boilerplate.
    pub is_title: bool,
    /// A date line ("January 14, 2020, 1:22pm"): metadata, kept.
    pub is_date: bool,
    /// Words in `text` (counted once by the caller).
    pub words: usize,
}

/// The boilerplate patterns, each asked only of a text holding a byte it cannot match
/// without: a regex search costs a few hundred instructions a paragraph even where it fails
/// (the credit's about 750 on a short line), a byte test or a vectorised search a few dozen.
struct Patterns {
    /// Photo credit: "AP/Evan Vucci", "Liam McBurney/PA Wire".
    credit: Regex,
    /// Breadcrumb: "1. Home".
    crumb: Regex,
    /// A timestamp with a zone: "15:42 GMT".
    timestamp: Regex,
    /// Words stuck together by a lost line break: "standardsDiscussion".
    glued: Regex,
}

fn patterns() -> &'static Patterns {
    static RE: OnceLock<Patterns> = OnceLock::new();
    RE.get_or_init(|| Patterns {
        credit: Regex::new(r"\b[A-Z][\w.]*(?: [A-Z][\w.]*)*/[A-Z][\w.]*").expect("static"),
        crumb: Regex::new(r"^\d{1,2}\. \S").expect("static"),
        timestamp: Regex::new(r"\b\d{1,2}:\d{2}\s?(?:GMT|UTC|BST|CET|EST|EDT|PST|PDT|ET)")
            .expect("static"),
        glued: Regex::new(r"[a-z]{3,}[A-Z][a-z]{3,}").expect("static"),
    })
}

impl Patterns {
    /// A photo credit somewhere in `text`: never without a `/`.
    fn credit(&self, text: &str) -> bool {
        memchr::memchr(b'/', text.as_bytes()).is_some() && self.credit.is_match(text)
    }

    /// A breadcrumb: `text` starts with a digit (`\d` is any Unicode digit, so a non-ASCII
    /// first byte is asked too; an ASCII byte that is no digit starts none).
    fn crumb(&self, text: &str) -> bool {
        text.as_bytes()
            .first()
            .is_some_and(|&b| b.is_ascii_digit() || b >= 0x80)
            && self.crumb.is_match(text)
    }

    /// A zoned timestamp in `text`: never without a `:`.
    fn timestamp(&self, text: &str) -> bool {
        memchr::memchr(b':', text.as_bytes()).is_some() && self.timestamp.is_match(text)
    }

    /// Glued words in `text`: never without an ASCII lower-case letter before a capital.
    fn glued(&self, text: &str) -> bool {
        text.as_bytes()
            .windows(2)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
            && self.glued.is_match(text)
    }
}

fn ends_sentence(text: &str) -> bool {
    let text = text.trim_end();
    // A stop before an opening mark typed for a closing one (`… that. “`) or before a
    // bracket (`… afterward.[10:29.]`, `[Reuters.]`) ends a sentence too.
    let before_mark = || {
        text.strip_suffix(['“', ']'])
            .is_some_and(|t| t.trim_end().ends_with(['.', '!', '?', '”', '"']))
    };
    text.ends_with(['.', '!', '?', '"', '”', '’', '\'', ':', ';', ')', '…']) || before_mark()
}

/// The cues of assets/lexicon/boilerplate.txt: (anchored at the start?, lower-case text).
fn cues() -> &'static [(bool, String)] {
    static CUES: OnceLock<Vec<(bool, String)>> = OnceLock::new();
    CUES.get_or_init(|| {
        lexicon::lines("boilerplate")
            .map(|c| match c.strip_prefix('^') {
                Some(a) => (true, a.to_lowercase()),
                None => (false, c.to_lowercase()),
            })
            .collect()
    })
}

/// The cues as two automata, one pass each: those found anywhere, and those anchored at
/// the start. When every cue is ASCII but for symbols without case (`©`) they ignore ASCII
/// case, so a text can be matched as it is instead of lower-cased first.
struct CueMatcher {
    anywhere: aho_corasick::AhoCorasick,
    anchored: aho_corasick::AhoCorasick,
    ascii_case: bool,
    /// The first two bytes of every anchored cue, when all are ASCII: a text whose own two
    /// (lower-cased) are none of them starts with no cue, and most are turned away so.
    leads: Option<Vec<[u8; 2]>>,
    /// The unanchored cues' skip table, when they ignore ASCII case: what `anywhere`
    /// answers, at a few instructions per window instead of per byte.
    skip: Option<skip::Skip>,
}

fn cue_matcher() -> Option<&'static CueMatcher> {
    use aho_corasick::{AhoCorasick, StartKind};
    static MATCHER: OnceLock<Option<CueMatcher>> = OnceLock::new();
    MATCHER
        .get_or_init(|| {
            let caseless = |ch: char| ch.is_ascii() || !(ch.is_alphabetic() || ch.is_lowercase());
            let ascii_case = cues().iter().all(|(_, c)| c.chars().all(caseless));
            let build = |anchored: bool| {
                AhoCorasick::builder()
                    .ascii_case_insensitive(ascii_case)
                    .start_kind(if anchored {
                        StartKind::Anchored
                    } else {
                        StartKind::Unanchored
                    })
                    .build(
                        cues()
                            .iter()
                            .filter(|(a, _)| *a == anchored)
                            .map(|(_, c)| c),
                    )
                    .ok()
            };
            let leads = cues()
                .iter()
                .filter(|(anchored, _)| *anchored)
                .map(|(_, c)| match c.as_bytes() {
                    [a, b, ..] if a.is_ascii() && b.is_ascii() => Some([*a, *b]),
                    _ => None,
                })
                .collect();
            let skip = ascii_case
                .then(|| {
                    skip::Skip::new(
                        cues()
                            .iter()
                            .filter(|(anchored, _)| !anchored)
                            .map(|(_, c)| c.as_str()),
                    )
                })
                .flatten();
            Some(CueMatcher {
                anywhere: build(false)?,
                anchored: build(true)?,
                ascii_case,
                leads,
                skip,
            })
        })
        .as_ref()
}

impl CueMatcher {
    /// Whether an unanchored cue stands anywhere in `text`, or (with `anchored`) an
    /// anchored one at its start.
    fn found(&self, text: &str, anchored: bool) -> bool {
        let anywhere = match &self.skip {
            Some(skip) => skip.is_match(text),
            None => self.anywhere.is_match(text),
        };
        anywhere || (anchored && self.starts(text))
    }

    /// False when `text` cannot start with an anchored cue, by its first two characters.
    fn may_lead(&self, text: &str) -> bool {
        let Some(leads) = &self.leads else {
            return true;
        };
        let mut chars = text.chars();
        match (chars.next(), chars.next()) {
            (Some(a), Some(b)) if a.is_ascii() && b.is_ascii() => {
                leads.contains(&[a.to_ascii_lowercase() as u8, b.to_ascii_lowercase() as u8])
            }
            // Every cue starts with ASCII, and only two characters outside it lower-case to
            // something starting with ASCII (a quotation mark, the commonest, does not).
            (Some(a), _) if !a.is_ascii() => !lowers_to_ascii_alike(a.encode_utf8(&mut [0; 4])),
            // One character, or ASCII then not: ask the automaton.
            _ => true,
        }
    }

    fn starts(&self, text: &str) -> bool {
        let input = aho_corasick::Input::new(text).anchored(aho_corasick::Anchored::Yes);
        self.anchored.try_find(input).ok().flatten().is_some()
    }
}

/// Whether a cue stands in `text` outside quotation marks: words someone is quoted saying
/// (“I don't subscribe to that”, “we baked cookies”) are the story, not the page's furniture.
fn has_furniture_cue(text: &str) -> bool {
    // A cue found outside the quotations is found in the whole text too: no cue holds a
    // quotation mark or is blank, so none reaches into the blanked words. The text as it is
    // turns most paragraphs away without a blanked copy.
    // The anchored cues are left out: every caller asks `has_leading_cue` of the same text
    // too (or, for a caption, of a paragraph already marked when it has one), and an
    // anchored cue outside the quotations is at the start of the text itself.
    has_cue(text, false) && (!has_quote_mark(text) || has_cue(&outside_quotes(text), false))
}

/// Whether `text` holds an opening mark of [`outside_quotes`] (`“`, `«`, `"`): one
/// vectorised search for the first bytes, not a decoding of every character.
fn has_quote_mark(text: &str) -> bool {
    let b = text.as_bytes();
    // `“` is E2 80 9C, `«` is C2 AB; a lead byte is never inside another character.
    memchr::memchr3_iter(b'"', 0xe2, 0xc2, b).any(|i| match b[i] {
        b'"' => true,
        0xe2 => b[i + 1..].starts_with(&[0x80, 0x9c]),
        _ => b[i + 1..].starts_with(&[0xab]),
    })
}

/// `text` with every quotation's words blanked out: what lies between an opening mark
/// (`“`, `«`, or a straight `"` opening a pair) and its closing mark, or the paragraph's end
/// when the quotation runs on into the next paragraph. Borrowed when `text` has no marks.
fn outside_quotes(text: &str) -> std::borrow::Cow<'_, str> {
    if !has_quote_mark(text) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut closer: Option<char> = None;
    for c in text.chars() {
        match closer {
            Some(close) if c == close => {
                closer = None;
                out.push(c);
            }
            Some(_) => out.push(' '),
            None => {
                closer = match c {
                    '“' => Some('”'),
                    '«' => Some('»'),
                    '"' => Some('"'),
                    _ => None,
                };
                out.push(c);
            }
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Whether an unanchored cue stands in `text`, or (with `anchored`) an anchored one at
/// its start.
fn has_cue(text: &str, anchored: bool) -> bool {
    match cue_matcher() {
        // Matched without case on the text itself: no lower-cased copy.
        Some(m) if m.ascii_case && lowers_to_ascii_alike(text) => m.found(text, anchored),
        Some(m) => m.found(&text.to_lowercase(), anchored),
        None if anchored => cues_in_lower(&text.to_lowercase(), true),
        None => {
            let lower = text.to_lowercase();
            cues()
                .iter()
                .any(|(a, cue)| !a && lower.contains(cue.as_str()))
        }
    }
}

/// The cues' rule on lower-case text, one cue at a time: an anchored cue at the start, the
/// others (when `anywhere`) anywhere. What runs if the automata cannot be built, and what
/// they must agree with.
fn cues_in_lower(lower: &str, anywhere: bool) -> bool {
    cues().iter().any(|(anchored, cue)| {
        if *anchored {
            lower.starts_with(cue.as_str())
        } else {
            anywhere && lower.contains(cue.as_str())
        }
    })
}

/// Whether lower-casing `text` changes only ASCII letters into ASCII letters: true unless
/// it holds one of the two characters whose lower case is (partly) ASCII, `İ` and the
/// Kelvin sign.
fn lowers_to_ascii_alike(text: &str) -> bool {
    // By their lead bytes, in one vectorised search: `İ` is C4 B0, the Kelvin sign E2 84 AA.
    let b = text.as_bytes();
    !memchr::memchr2_iter(0xc4, 0xe2, b).any(|i| match b[i] {
        0xc4 => b[i + 1..].starts_with(&[0xb0]),
        _ => b[i + 1..].starts_with(&[0x84, 0xaa]),
    })
}

/// Whether lower-case `text` starts with one of the anchored cues.
fn starts_with_cue(lower: &str) -> bool {
    match cue_matcher() {
        Some(m) => m.starts(lower),
        None => cues_in_lower(lower, false),
    }
}

/// A cue anchored at the start ("Cover:", "READ:") marks furniture at any length.
fn has_leading_cue(text: &str) -> bool {
    if cue_matcher().is_some_and(|m| !m.may_lead(text)) {
        return false;
    }
    // The first 24 characters; when they are ASCII they are the first 24 bytes, and
    // `Lower` lower-cases them on the stack, allocating nothing.
    let owned: String;
    let head = if text.bytes().take(24).all(|b| b.is_ascii()) {
        &text[..text.len().min(24)]
    } else {
        owned = text.chars().take(24).collect();
        &owned
    };
    starts_with_cue(&Lower::new(head))
}

/// A list of short items and nothing else: "ban, Huawei, China, 5G, United Kingdom, US".
fn is_tag_list(text: &str) -> bool {
    // Four items need three commas: most paragraphs are turned away before any splitting,
    // by a vectorised search for the commas.
    if memchr::memchr_iter(b',', text.as_bytes()).nth(2).is_none() {
        return false;
    }
    let items: Vec<&str> = text.split(',').map(str::trim).collect();
    items.len() >= 4
        && !ends_sentence(text)
        && items
            .iter()
            .all(|i| !i.is_empty() && words_up_to(i, 4) <= 3)
}

/// Furniture by its own words, whatever surrounds it: cues, breadcrumbs, timestamps, tag
/// lists, a lone lower-case word.
pub fn is_furniture(text: &str) -> bool {
    let re = patterns();
    let n = words_up_to(text, 26);
    (n <= 25 && has_furniture_cue(text))
        || has_leading_cue(text)
        || re.crumb(text)
        || (n <= 8 && re.timestamp(text))
        || is_tag_list(text)
        || (n <= 4 && re.glued(text) && !ends_sentence(text))
        || (n == 1 && text.chars().all(|c| c.is_lowercase()))
}

/// Which paragraphs are boilerplate.
pub fn classify(paras: &[Para]) -> Vec<bool> {
    let re = patterns();
    let words = |p: &Para| p.words;
    let mut bp: Vec<bool> = paras
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if p.is_title {
                return false;
            }
            if p.is_date {
                // A bare date is metadata; a zoned timestamp is page furniture.
                return re.timestamp(p.text);
            }
            let n = words(p);
            let short = n <= 25;
            let crumbs = re.crumb(p.text)
                && [i.checked_sub(1), Some(i + 1)]
                    .iter()
                    .flatten()
                    .any(|&j| paras.get(j).is_some_and(|q| re.crumb(q.text)));
            (short && has_furniture_cue(p.text))
                || has_leading_cue(p.text)
                || (short && re.credit(p.text) && !ends_sentence(p.text))
                || crumbs
                || (n <= 8 && re.timestamp(p.text))
                || is_tag_list(p.text)
                || (n <= 4 && re.glued(p.text) && !ends_sentence(p.text))
                // A lone lower-case word: navigation ("scorecard").
                || (n == 1 && p.text.chars().all(|c| c.is_lowercase()))
                // A caption: a long line that is not a sentence, away from the top.
                || (i > 0
                    && (6..=40).contains(&n)
                    && !ends_sentence(p.text)
                    && !is_heading_like(p.text)
                    && !looks_like_code(p.text)
                    && !is_signed_quote(p.text))
        })
        .collect();
    // Captions come in blocks around a credit line: a short non-sentence beside one is too.
    for i in 0..paras.len() {
        let is_credit = bp[i] && re.credit(paras[i].text);
        if !is_credit {
            continue;
        }
        for j in [i.wrapping_sub(1), i + 1] {
            if let Some(p) = paras.get(j) {
                let caption = !p.is_title
                    && !p.is_date
                    && words(p) <= 12
                    && (!ends_sentence(p.text)
                        || has_furniture_cue(p.text)
                        || p.text.contains("(left)"));
                if caption {
                    bp[j] = true;
                }
            }
        }
    }
    bp
}

/// A quotation signed with a dash after its closing mark (`“We need …” ― Carla Diaz`), as
/// readers' and witnesses' words are listed: no sentence end, but no caption either.
fn is_signed_quote(text: &str) -> bool {
    text.starts_with(['“', '”', '"', '«', '‘'])
        && text.rfind(['”', '"', '»', '’']).is_some_and(|at| {
            let mark = text[at..].chars().next().map_or(1, char::len_utf8);
            text[at + mark..]
                .trim_start()
                .starts_with(['―', '—', '–', '-'])
        })
}

/// A line of code or configuration quoted in the story (assignments, calls, blocks,
/// comments, prompts): not a caption, though it is no sentence either.
fn looks_like_code(text: &str) -> bool {
    text.contains(" = ")
        || text.contains("==")
        || text.contains("<-")
        || text.contains("()")
        || text.ends_with(['{', '}', ';', '\\'])
        || text.starts_with(['$', '}'])
        || text.starts_with(">>>")
        || text.starts_with("//")
        // A shell or Python comment, a JSON member.
        || text.starts_with("# ")
        || (text.starts_with('"') && text.contains("\": "))
}

/// A section heading inside the story ("Reaction in Parliament"): short Title-ish text.
fn is_heading_like(text: &str) -> bool {
    words_up_to(text, 9) <= 8 && !text.contains(',')
}

#[cfg(test)]
mod tests;
