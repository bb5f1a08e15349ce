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
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// The first date written in `text`, as `YYYY-MM-DD`, and where it starts.
pub fn find_date(text: &str) -> Option<(usize, String)> {
    // Every date has a year of four ASCII digits in a row (`ymd` parses no others): most
    // lines have none, and are turned away before any pattern runs.
    let mut run = 0;
    let has_year = text.bytes().any(|b| {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        run == 4
    });
    if !has_year {
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

/// Whether a date found at byte `at` of a paragraph is placed as a publication date is:
/// at the start (after at most a weekday, a word such as "Published" or a place in
/// capitals), or inside a dateline (`WASHINGTON, Jan. 5 (Reuters) —`). A date in running text ("Born on December
/// 11, 1935, ...") is not.
pub fn placed_as_published(text: &str, at: usize) -> bool {
    const LEADS: [&str; 14] = [
        "date",
        "dated",
        "published",
        "updated",
        "posted",
        "on",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "last",
    ];
    let before = &text[..at];
    let words_before = before
        .split(|c: char| c.is_whitespace() || c == ',' || c == ':' || c == '|')
        .filter(|w| !w.is_empty());
    // Lead words, and a place in capitals as datelines begin (`WASHINGTON, Jan. 5`).
    let lead = |w: &str| {
        LEADS.iter().any(|l| w.eq_ignore_ascii_case(l))
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
    day_of(secs / 86_400)
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
mod tests {
    use super::*;

    #[test]
    fn section_labels_are_not_outlets_and_sites_name_them() {
        use super::{is_section_label, outlet_of_url};
        assert!(is_section_label("U.S.") && is_section_label(" World "));
        assert!(!is_section_label("Reuters") && !is_section_label("The Example Times"));
        assert_eq!(
            outlet_of_url("https://www.reuters.com/world/us/x"),
            Some("Reuters")
        );
        assert_eq!(
            outlet_of_url("https://www.theguardian.com/a"),
            Some("The Guardian")
        );
        assert_eq!(outlet_of_url("https://www.bbc.co.uk/news/1"), Some("BBC"));
        assert_eq!(outlet_of_url("https://example.org/a"), None);
        assert_eq!(outlet_of_url("not a url"), None);
    }

    #[test]
    fn a_date_counts_where_a_publication_date_is_placed() {
        let at = |t: &str| find_date(t).map(|(at, _)| placed_as_published(t, at));
        assert_eq!(at("January 14, 2020 — The minister said ..."), Some(true));
        assert_eq!(at("Published: 2020-01-14 09:00"), Some(true));
        assert_eq!(at("Friday, July 12, 2019 LONDON"), Some(true));
        assert_eq!(
            at("WASHINGTON, Jan. 5, 2020 (Reuters) — Officials said"),
            Some(true)
        );
        assert_eq!(
            at("Born on December 11, 1935, in Mirati, Pranab Mukherjee began his career."),
            Some(false)
        );
        assert_eq!(at("The treaty of 1 May 2004 changed that."), Some(false));
    }

    #[test]
    fn days_since_the_epoch_are_calendar_days() {
        assert_eq!(day_of(0), "1970-01-01");
        assert_eq!(day_of(18_266), "2020-01-05");
        assert_eq!(day_of(18_321), "2020-02-29");
        assert_eq!(day_of(19_052), "2022-03-01");
        assert_eq!(day_of(10_956), "1999-12-31");
        let today = today();
        assert!(
            today.as_str() > "2024-01-01" && today.len() == 10,
            "{today}"
        );
    }

    #[test]
    fn odd_spaces_become_plain_ones() {
        assert_eq!(
            plain_spaces("5G\u{a0}Networks\u{2009}and\u{3000} Huawei "),
            "5G Networks and Huawei"
        );
        assert_eq!(
            plain_spaces("Isobel\u{202f}Asher\tHamilton"),
            "Isobel Asher Hamilton"
        );
        assert_eq!(plain_spaces("plain"), "plain");
    }

    #[test]
    fn dates_in_file_and_folder_names() {
        assert_eq!(
            date_in_path("2020/2020-01-05_united-states-military-kills-qasem-soleimani.txt"),
            Some("2020-01-05".into())
        );
        assert_eq!(
            date_in_path("2019-12-30/story.html"),
            Some("2019-12-30".into())
        );
        assert_eq!(
            date_in_path("a/2019-12-30/2020-01-02-b.txt"),
            Some("2020-01-02".into())
        );
        assert_eq!(date_in_path("2020/article-000123.txt"), None);
        assert_eq!(
            date_in_path("12020-01-050.txt"),
            None,
            "part of a longer number"
        );
        assert_eq!(date_in_path("2020-13-05.txt"), None, "no month 13");
        for (path, date) in [
            ("2020_01_05_story.txt", Some("2020-01-05")),
            ("news/20200105-story.html", Some("2020-01-05")),
            ("2020/01/05/story.html", Some("2020-01-05")),
            ("archive/2019/12/31/index.html", Some("2019-12-31")),
            ("2020/01/story-7.txt", None),
            ("id-123456789.txt", None),
            ("2020-01_05.txt", None),
            ("20201305.txt", None),
        ] {
            assert_eq!(date_in_path(path).as_deref(), date, "{path}");
        }
    }

    #[test]
    fn outlets_are_found_as_a_search_outlet_by_outlet_finds_them() {
        let outlets: Vec<&str> = lexicon::lines("outlets").collect();
        let reference = |text: &str| outlet_one_by_one(&outlets, text);
        let (a, b) = (outlets[0], outlets[outlets.len() - 1]);
        for text in [
            format!("© {b} and {a} 2020"),
            b.to_string(),
            format!("x{a} {b}y"),
            format!("Copyright {a}s, {b}"),
            format!("“{a}”"),
            "nothing here".to_string(),
        ] {
            assert_eq!(outlet_named(&text), reference(&text), "{text:?}");
        }
        for o in &outlets {
            assert_eq!(
                outlet_named(&format!("Photo: {o}.")),
                reference(&format!("Photo: {o}."))
            );
        }
    }

    #[test]
    fn lines_without_a_four_digit_year_have_no_date() {
        for text in [
            "5G masts in 20 towns by May 12",
            "Jan 3, 202",
            "٢٠٢٠-01-02",
            "3 April 19 99",
        ] {
            assert_eq!(find_date(text), None, "{text:?}");
        }
        assert_eq!(
            find_date("on 3 April 1999.").map(|(_, d)| d).as_deref(),
            Some("1999-04-03")
        );
    }

    /// `find_date` as first written, with every group asked of the regex.
    fn find_date_by_groups(text: &str) -> Option<(usize, String)> {
        let p = patterns();
        let mut found: Vec<(usize, String)> = Vec::new();
        if let Some(c) = p.iso.captures(text) {
            let m: u32 = c[2].parse().unwrap_or(0);
            if let Some(d) = ymd(&c[1], m, &c[3]) {
                found.push((c.get(0).map_or(0, |m| m.start()), d));
            }
        }
        if let Some(c) = p.month_day_year.captures(text) {
            if let Some(d) = month_number(&c[1]).and_then(|m| ymd(&c[3], m, &c[2])) {
                found.push((c.get(0).map_or(0, |m| m.start()), d));
            }
        }
        if let Some(c) = p.day_month_year.captures(text) {
            if let Some(d) = month_number(&c[2]).and_then(|m| ymd(&c[3], m, &c[1])) {
                found.push((c.get(0).map_or(0, |m| m.start()), d));
            }
        }
        found.into_iter().min_by_key(|(at, _)| *at)
    }

    proptest::proptest! {
        /// Dates taken apart by their shape are the dates the groups give.
        #[test]
        fn dates_by_shape_are_dates_by_groups(
            text in concat!(
                "(x|é| |GMT)?(",
                "[0-9٠-٩]{1,3}(st|th|rd)? (Jan|January|Feb|Sept|Mayx)\\.?,? [0-9٠-٩]{3,5}",
                "|(Jan|January|Feb|Sept|May)\\.? [0-9٠-٩]{1,3}(st|th)?,? [0-9٠-٩]{3,5}",
                "|[0-9٠-٩]{4}-[0-9٠-٩]{2}-[0-9٠-٩]{2,3}",
                "|[0-9 ,.a-z-]{0,12}",
                ")( |x|é|9)?( 2020| 19 May 1999)?"
            )
        ) {
            proptest::prop_assert_eq!(find_date(&text), find_date_by_groups(&text));
        }
    }

    #[test]
    fn date_shapes() {
        let d = |s: &str| find_date(s).map(|(_, d)| d);
        assert_eq!(d("date 2020-01-27 LONDON —").as_deref(), Some("2020-01-27"));
        assert_eq!(d("January 14, 2020, 1:22pm").as_deref(), Some("2020-01-14"));
        assert_eq!(d("15:42 GMT19 April 2021").as_deref(), Some("2021-04-19"));
        assert_eq!(d("Friday, July 12, 2019").as_deref(), Some("2019-07-12"));
        assert_eq!(d("Mon, 3rd Feb. 2020").as_deref(), Some("2020-02-03"));
        assert_eq!(d("2020-13-45"), None);
        assert_eq!(d("last Tuesday"), None);
    }

    #[test]
    fn datelines_and_bylines() {
        assert_eq!(
            dateline("date 2020-01-27 LONDON — Boris"),
            Some(("LONDON".into(), None))
        );
        assert_eq!(
            dateline("WASHINGTON (Reuters) - The"),
            Some(("WASHINGTON".into(), Some("Reuters".into())))
        );
        assert_eq!(dateline("The US - and others"), None);
        assert_eq!(
            byline("By Isobel Asher Hamilton", false).as_deref(),
            Some("Isobel Asher Hamilton")
        );
        assert_eq!(
            byline("Isobel Asher Hamilton", true).as_deref(),
            Some("Isobel Asher Hamilton")
        );
        assert_eq!(byline("Listen Live", true), None);
    }

    #[test]
    fn outlets_named_as_whole_words() {
        assert_eq!(
            outlet_named("Want the best of VICE News straight"),
            Some("VICE News")
        );
        assert_eq!(outlet_named("Timeless words"), None);
    }
}
