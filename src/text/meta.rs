//! Metadata a reader infers from a plain-text article: headline, date, dateline, byline and
//! the outlet where the text names itself.

use crate::extract::lexicon;
use regex::Regex;
use std::sync::OnceLock;

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

struct Patterns {
    iso: Regex,
    month_day_year: Regex,
    day_month_year: Regex,
    dateline: Regex,
    byline: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    const MONTH: &str = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    P.get_or_init(|| Patterns {
        iso: Regex::new(r"\b(\d{4})-(\d{2})-(\d{2})").expect("static"),
        month_day_year: Regex::new(&format!(r"\b{MONTH} (\d{{1,2}})(?:st|nd|rd|th)?,? (\d{{4}})\b"))
            .expect("static"),
        day_month_year: Regex::new(&format!(r"(\d{{1,2}})(?:st|nd|rd|th)? {MONTH},? (\d{{4}})\b"))
            .expect("static"),
        dateline: Regex::new(
            r"^(?:date \S+\s+)?([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*)(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?\s*(?:\(([^)]{2,40})\))?\s*(?:—|–|--|-)\s",
        )
        .expect("static"),
        byline: Regex::new(r"^(?i:by)\s+([A-Z][\p{L}.'-]+(?:\s+(?:and\s+)?[A-Z][\p{L}.'-]+){1,5})\s*$")
            .expect("static"),
    })
}

fn month_number(name: &str) -> Option<u32> {
    let lower = name.to_lowercase();
    MONTHS
        .iter()
        .position(|m| lower.starts_with(m))
        .map(|i| i as u32 + 1)
}

fn ymd(y: &str, m: u32, d: &str) -> Option<String> {
    let (y, d): (u32, u32) = (y.parse().ok()?, d.parse().ok()?);
    ((1800..=2200).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| iso_day(y, m, d))
}

/// `YYYY-MM-DD` of a year of four digits, a month and a day of at most two (as
/// `format!("{y:04}-{m:02}-{d:02}")` writes them, without the formatting machinery: every
/// date line of every article makes one).
fn iso_day(y: u32, m: u32, d: u32) -> String {
    let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
    [
        digit(y / 1000),
        digit(y / 100),
        digit(y / 10),
        digit(y),
        '-',
        digit(m / 10),
        digit(m),
        '-',
        digit(d / 10),
        digit(d),
    ]
    .into_iter()
    .collect()
}

/// The first date written in `text`, as `YYYY-MM-DD`, and where it starts.
pub fn find_date(text: &str) -> Option<(usize, String)> {
    // Every date has a year of four ASCII digits in a row (`ymd` parses no others): most
    // lines have none, and are turned away before any pattern runs.
    if !four_digits(text.as_bytes()) {
        return None;
    }
    let p = patterns();
    let mut found: Vec<(usize, String)> = Vec::new();
    if let Some((at, [y, m, d])) = groups(&p.iso, text, iso_shape) {
        if let Some(date) = ymd(y, m.parse().unwrap_or(0), d) {
            found.push((at, date));
        }
    }
    if let Some((at, [month, d, y])) = groups(&p.month_day_year, text, month_day_year_shape) {
        if let Some(date) = month_number(month).and_then(|m| ymd(y, m, d)) {
            found.push((at, date));
        }
    }
    if let Some((at, [d, month, y])) = groups(&p.day_month_year, text, day_month_year_shape) {
        if let Some(date) = month_number(month).and_then(|m| ymd(y, m, d)) {
            found.push((at, date));
        }
    }
    found.into_iter().min_by_key(|(at, _)| *at)
}

/// Whether four ASCII digits stand in a row in `b`. Only the last byte of each window of
/// four is read first: where it is no digit, no run of four ends before the byte after it
/// ends the next window; where it is one, the digits before it say where to look next.
fn four_digits(b: &[u8]) -> bool {
    let mut i = 3;
    while i < b.len() {
        // The digits in a row ending at `i`, up to four.
        let run = b[i - 3..=i]
            .iter()
            .rev()
            .take_while(|d| d.is_ascii_digit())
            .count();
        if run == 4 {
            return true;
        }
        // A run of four ending at `j` starts after the byte that is no digit: `j` is at
        // least `i - run + 4`.
        i += 4 - run;
    }
    false
}

/// The three groups of `re`'s first match in `text`, and where it starts. An ASCII match
/// is taken apart by its shape: asking the regex for its groups is a second, slower
/// search. `\d` also matches other scripts' digits, so other matches ask the regex.
fn groups<'t>(
    re: &Regex,
    text: &'t str,
    shape: fn(&'t str) -> [&'t str; 3],
) -> Option<(usize, [&'t str; 3])> {
    let m = re.find(text)?;
    if m.as_str().is_ascii() {
        return Some((m.start(), shape(m.as_str())));
    }
    let c = re.captures(text)?;
    Some((
        m.start(),
        [c.get(1)?, c.get(2)?, c.get(3)?].map(|g| g.as_str()),
    ))
}

/// `2020-01-27`: year, month, day.
fn iso_shape(m: &str) -> [&str; 3] {
    [&m[..4], &m[5..7], &m[8..10]]
}

/// `January 14, 2020`, `Feb. 3rd 2020`: the month's letters, the digits after the first
/// space, the last four digits.
fn month_day_year_shape(m: &str) -> [&str; 3] {
    let day = m
        .find(' ')
        .map_or("", |i| leading(&m[i + 1..], u8::is_ascii_digit));
    [leading(m, u8::is_ascii_alphabetic), day, &m[m.len() - 4..]]
}

/// `19 April 2021`, `3rd Feb. 2020`: the leading digits, the letters after the first
/// space, the last four digits.
fn day_month_year_shape(m: &str) -> [&str; 3] {
    let month = m
        .find(' ')
        .map_or("", |i| leading(&m[i + 1..], u8::is_ascii_alphabetic));
    [leading(m, u8::is_ascii_digit), month, &m[m.len() - 4..]]
}

/// The longest start of ASCII `s` whose bytes are all `keep`.
fn leading(s: &str, keep: fn(&u8) -> bool) -> &str {
    &s[..s.bytes().position(|b| !keep(&b)).unwrap_or(s.len())]
}

/// The months in full, lower-case: "in June" names no one, nor does "on 4 June".
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The days of the week, lower-case.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether a date found at byte `at` of a paragraph is placed as a publication date is:
/// at the start (after at most a weekday, a word such as "Published" or a place in
/// capitals), or inside a dateline (`WASHINGTON, Jan. 5 (Reuters) —`). A date in running text ("Born on December
/// 11, 1935, ...") is not.
pub fn placed_as_published(text: &str, at: usize) -> bool {
    const LEADS: [&str; 7] = [
        "date",
        "dated",
        "published",
        "updated",
        "posted",
        "on",
        "last",
    ];
    let before = &text[..at];
    let words_before = before
        .split(|c: char| c.is_whitespace() || c == ',' || c == ':' || c == '|')
        .filter(|w| !w.is_empty());
    // Lead words, and a place in capitals as datelines begin (`WASHINGTON, Jan. 5`).
    let lead = |w: &str| {
        LEADS
            .iter()
            .chain(&WEEKDAYS)
            .any(|l| w.eq_ignore_ascii_case(l))
            || (w.len() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '.'))
    };
    let leads_only = words_before.clone().all(lead) && words_before.count() <= 3;
    leads_only || dateline_at(text).is_some_and(|(_, _, end)| at < end)
}

/// A date in a file or folder name — `YYYY-MM-DD`, `YYYY_MM_DD`, `YYYYMMDD`, or
/// `YYYY/MM/DD` folders (`2020/2020-01-05_soleimani.txt`, `2020/01/05/story.html`) — the
/// last one given: many archives name files by the day they were published. Digits that
/// run on either side are part of some other number.
pub fn date_in_path(path: &str) -> Option<String> {
    let b = path.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    (0..b.len())
        .rev()
        .filter(|&i| i == 0 || !b[i - 1].is_ascii_digit())
        .find_map(|i| {
            if !digits(i..i + 4) {
                return None;
            }
            let (month, day, end) = match b.get(i + 4) {
                Some(&sep @ (b'-' | b'_' | b'/'))
                    if b.get(i + 7) == Some(&sep)
                        && digits(i + 5..i + 7)
                        && digits(i + 8..i + 10) =>
                {
                    (i + 5, i + 8, i + 10)
                }
                _ if digits(i + 4..i + 8) => (i + 4, i + 6, i + 8),
                _ => return None,
            };
            if b.get(end).is_some_and(u8::is_ascii_digit) {
                return None;
            }
            ymd(
                &path[i..i + 4],
                path[month..month + 2].parse().ok()?,
                &path[day..day + 2],
            )
        })
}

/// Today's date in UTC as `YYYY-MM-DD`: no publication date comes after it.
pub fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = secs / 86_400;
    // Asked once per article: the day's text is made once per thread and day.
    thread_local! {
        static TODAY: std::cell::RefCell<Option<(u64, String)>> = const { std::cell::RefCell::new(None) };
    }
    TODAY.with_borrow_mut(|today| match today {
        Some((d, text)) if *d == days => text.clone(),
        _ => today.insert((days, day_of(days))).1.clone(),
    })
}

/// The day `days` days after 1970-01-01, as `YYYY-MM-DD` (the proleptic Gregorian
/// calendar; H. Hinnant's `civil_from_days`).
pub fn day_of(days: u64) -> String {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + u64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// `text` with every run of spaces — no-break, thin, ideographic, tabs, line breaks — as
/// one plain space, trimmed: titles and bylines as a reader sees them.
pub fn plain_spaces(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace() || c == '\u{200b}') {
        if !word.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
    }
    out
}

/// A short line that is mostly a date ("January 14, 2020, 1:22pm", "Friday, July 12, 2019").
pub fn is_date_line(text: &str) -> bool {
    super::words_up_to(text, 9) <= 8 && find_date(text).is_some()
}

/// Headline-like: short, not a sentence ending in a full stop.
pub fn is_headline(text: &str) -> bool {
    let n = super::words_up_to(text, 31);
    (2..=30).contains(&n) && !text.trim_end().ends_with('.') && !is_date_line(text)
}

/// `LONDON` and, when given, the agency in `WASHINGTON (Reuters) —`.
pub fn dateline(text: &str) -> Option<(String, Option<String>)> {
    dateline_at(text).map(|(place, agency, _)| (place, agency))
}

/// As [`dateline`], with the byte where the story proper starts.
pub fn dateline_at(text: &str) -> Option<(String, Option<String>, usize)> {
    let c = patterns().dateline.captures(text)?;
    let place = c[1].trim().to_string();
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let end = c.get(0).map_or(0, |m| m.end());
    (letters >= 3).then(|| (place, c.get(2).map(|m| m.as_str().trim().to_string()), end))
}

/// `Isobel Asher Hamilton` from `By Isobel Asher Hamilton`, or from a bare name line.
pub fn byline(text: &str, bare_name_ok: bool) -> Option<String> {
    let text = text.trim();
    // The pattern starts with "by" in any case (no other character folds to `b` or `y`).
    if text.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("by")) {
        if let Some(c) = patterns().byline.captures(text) {
            return Some(c[1].to_string());
        }
    }
    if !bare_name_ok {
        return None;
    }
    // A bare name is two to four words: a fifth ends the look (paragraphs can be long).
    let words: Vec<&str> = text.split_whitespace().take(5).collect();
    let name_like = (2..=4).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || "-.'’".contains(c))
        });
    if !name_like {
        return None;
    }
    let common = lexicon::set("common_words");
    let has_common = words.iter().any(|w| common.contains(&w.to_lowercase()));
    (!has_common).then(|| words.join(" "))
}

/// Section labels a page may give where its outlet belongs ("U.S.", "World"): never an outlet.
const SECTIONS: &[&str] = &[
    "u.s.",
    "us",
    "u.k.",
    "uk",
    "world",
    "news",
    "politics",
    "business",
    "sport",
    "sports",
    "opinion",
    "technology",
    "tech",
    "health",
    "science",
    "markets",
    "entertainment",
    "europe",
    "asia",
    "americas",
    "africa",
    "middle east",
    "lifestyle",
    "culture",
    "local",
    "national",
    "international",
    "home",
    "breaking news",
    "top news",
    "latest",
];

/// Whether `name` is a section label rather than an outlet.
pub fn is_section_label(name: &str) -> bool {
    let n = name.trim().to_lowercase();
    n.is_empty() || SECTIONS.contains(&n.as_str())
}

/// The known outlet whose name is the web address's site: `www.reuters.com` → Reuters.
pub fn outlet_of_url(url: &str) -> Option<&'static str> {
    let host = url.split("//").nth(1)?.split(['/', '?', '#', ':']).next()?;
    let host = host.to_ascii_lowercase();
    let labels: Vec<&str> = host.split('.').collect();
    // The registered name: the label before the suffix ("co.uk" counts as one).
    let site = match labels.as_slice() {
        [.., name, "co" | "com" | "org" | "net", _] if labels.len() >= 3 => *name,
        [.., name, _] => *name,
        _ => return None,
    };
    lexicon::lines("outlets").find(|o| {
        let squashed: String = o
            .chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect();
        squashed == site || squashed.strip_prefix("the").is_some_and(|s| s == site)
    })
}

/// The first known outlet named in `text`.
pub fn outlet_named(text: &str) -> Option<&'static str> {
    static OUTLETS: OnceLock<(Vec<&'static str>, Option<aho_corasick::AhoCorasick>)> =
        OnceLock::new();
    let (outlets, ac) = OUTLETS.get_or_init(|| {
        let outlets: Vec<&'static str> = lexicon::lines("outlets").collect();
        let ac = aho_corasick::AhoCorasick::new(&outlets).ok();
        (outlets, ac)
    });
    let Some(ac) = ac else {
        return outlet_one_by_one(outlets, text);
    };
    // Every occurrence of every outlet in one pass; the first outlet of the list that
    // stands as a whole word wins, as a search outlet by outlet would find.
    ac.find_overlapping_iter(text)
        .filter(|m| whole_word(text, m.start(), outlets[m.pattern().as_usize()]))
        .map(|m| m.pattern().as_usize())
        .min()
        .map(|i| outlets[i])
}

/// The first of `outlets` that `text` names as a whole word, searched one by one: what
/// runs if the automaton cannot be built, and what it must agree with.
fn outlet_one_by_one<'o>(outlets: &[&'o str], text: &str) -> Option<&'o str> {
    outlets
        .iter()
        .copied()
        .find(|o| text.match_indices(o).any(|(i, _)| whole_word(text, i, o)))
}

/// Whether `word`, found at byte `at` of `text`, has no letter or digit either side.
fn whole_word(text: &str, at: usize, word: &str) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at + word.len()..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests;
