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

    /// The skipping search for four digits in a row finds what a byte-by-byte count finds.
    #[test]
    fn four_digits_skipping_is_four_digits_counted(text in "[0-9a ]{0,24}") {
        let mut run = 0;
        let counted = text.bytes().any(|b| {
            run = if b.is_ascii_digit() { run + 1 } else { 0 };
            run == 4
        });
        proptest::prop_assert_eq!(four_digits(text.as_bytes()), counted);
    }
}

/// Four digits in a row are found at a line's start, middle and end, and not when broken.
#[test]
fn four_digits_in_a_row() {
    for yes in ["2020", "x 1999", "in 2004.", "a12345", "on 12 May 2019"] {
        assert!(four_digits(yes.as_bytes()), "{yes}");
    }
    for no in ["", "202", "20 20", "1 2 3 4", "12a34", "Mayday 999"] {
        assert!(!four_digits(no.as_bytes()), "{no}");
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

#[test]
fn a_day_is_written_as_format_writes_it_and_today_is_kept_per_day() {
    for y in 1800..=2200 {
        for (m, d) in [(1, 1), (2, 9), (10, 10), (12, 31), (7, 4)] {
            assert_eq!(iso_day(y, m, d), format!("{y:04}-{m:02}-{d:02}"));
        }
    }
    assert_eq!(ymd("2023", 3, "19").as_deref(), Some("2023-03-19"));
    assert_eq!(ymd("1799", 3, "19"), None);
    // The kept day is the day computed afresh (asked twice: made, then kept).
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let (first, second) = (today(), today());
    assert_eq!(first, second);
    assert!(first == day_of(secs / 86_400) || first == day_of(secs / 86_400 + 1));
}
