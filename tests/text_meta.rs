//! Article metadata and boilerplate for the four sample articles, against hand-made gold
//! (tests/fixtures/seeds/*.json, copied from ../shared/gold/seeds).

mod common;

use common::seeds;
use hearsay::text;
use serde_json::Value;

fn field(gold: &Value, name: &str) -> Option<String> {
    gold["meta"][name].as_str().map(str::to_string)
}

#[test]
fn metadata_matches_gold() {
    for (doc, gold) in seeds() {
        let a = text::analyze(&doc);
        // The gold title is written with plain spaces; the file's has a no-break space.
        assert_eq!(a.meta.title, field(&gold, "title"), "{} title", doc.id);
        assert_eq!(a.meta.date, field(&gold, "date"), "{} date", doc.id);
        assert_eq!(a.meta.outlet, field(&gold, "outlet"), "{} outlet", doc.id);
        assert_eq!(a.meta.byline, field(&gold, "byline"), "{} byline", doc.id);
        if gold["meta"].get("dateline").is_some() {
            assert_eq!(
                a.meta.dateline,
                field(&gold, "dateline"),
                "{} dateline",
                doc.id
            );
        }
    }
}

#[test]
fn boilerplate_lines_match_gold() {
    for (doc, gold) in seeds() {
        let a = text::analyze(&doc);
        let mut ours: Vec<String> = a
            .paragraphs
            .iter()
            .filter(|p| p.boilerplate)
            .map(|p| doc.body[p.span.range()].to_string())
            .collect();
        let mut want: Vec<String> = gold["boilerplate"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().trim().to_string())
            .collect();
        ours.sort();
        ours.dedup();
        want.sort();
        want.dedup();
        assert_eq!(ours, want, "{} boilerplate", doc.id);
    }
}

#[test]
fn paragraph_spans_are_ordered_trimmed_and_on_char_boundaries() {
    for (doc, _) in seeds() {
        let a = text::analyze(&doc);
        let mut last = 0;
        for p in &a.paragraphs {
            let (s, e) = (p.span.start as usize, p.span.end as usize);
            assert!(s >= last && s < e, "{}: spans in order", doc.id);
            assert!(doc.body.is_char_boundary(s) && doc.body.is_char_boundary(e));
            let t = &doc.body[s..e];
            assert_eq!(t, t.trim());
            last = e;
        }
    }
}

/// A birth date in running text is not when an article was published; a file named by
/// its day gives the date when the text has none (Wikinews excerpt, CC BY 2.5, "Former
/// President of India Pranab Mukherjee dies aged 84", 2020-09-03).
#[test]
fn dates_from_placement_and_from_the_file_name() {
    let doc = |id: &str, body: &str| hearsay::model::Document {
        id: id.into(),
        body: body.into(),
        ..Default::default()
    };
    let body = "Former President of India Pranab Mukherjee dies aged 84\n\n\
        Born on December 11, 1935, in Mirati, Pranab Mukherjee began his political career \
        in his ancestral home of West Bengal.\n";
    let a = text::analyze(&doc("mukherjee.txt", body));
    assert_eq!(a.meta.date, None, "not the birth date");
    let a = text::analyze(&doc(
        "2020/2020-09-03_former-president-of-india-pranab-mukherjee-dies-aged-84.txt",
        body,
    ));
    assert_eq!(a.meta.date.as_deref(), Some("2020-09-03"));
    // A date placed as one still wins over the file name.
    let dated = format!("Former President of India dies\n\nSeptember 1, 2020\n\n{body}");
    let a = text::analyze(&doc("2020/2020-09-03_x.txt", &dated));
    assert_eq!(a.meta.date.as_deref(), Some("2020-09-01"));
}

fn doc(id: &str, body: &str) -> hearsay::model::Document {
    hearsay::model::Document {
        id: id.into(),
        body: body.into(),
        ..Default::default()
    }
}

/// The day `days` from today, as `YYYY-MM-DD`.
fn day_from_today(days: i64) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    hearsay::text::meta::day_of((now / 86_400 + days) as u64)
}

/// Each date says where it was found; a date in the body's running text, however early or
/// late, is never the publication date.
#[test]
fn dates_say_where_they_come_from() {
    use hearsay::model::DateSource;
    let mut html = doc("a.html", "A headline here\n\nThe mayor said no.\n");
    html.hints.date = Some("2019-05-02T10:00:00Z".into());
    let a = text::analyze(&html);
    assert_eq!(a.meta.date.as_deref(), Some("2019-05-02"));
    assert_eq!(a.meta.date_source, Some(DateSource::Meta));

    let a = text::analyze(&doc("a.txt", "A headline here\n\nMarch 3, 2019\n\nText.\n"));
    assert_eq!(a.meta.date.as_deref(), Some("2019-03-03"));
    assert_eq!(a.meta.date_source, Some(DateSource::Text));

    // "born 11 December 1935" in the first paragraph, in the tenth, and as a line's start
    // deep in the body: none of them is when the article was published.
    let mut body =
        String::from("Veteran actor dies\n\nThe actor, born 11 December 1935, died on Monday.\n\n");
    for i in 0..12 {
        body.push_str(&format!(
            "Paragraph {i} of the story, with nothing dated in it.\n\n"
        ));
    }
    body.push_str("11 December 1935 was the day he was born, his family said.\n");
    let a = text::analyze(&doc("obituary.txt", &body));
    assert_eq!((a.meta.date, a.meta.date_source), (None, None));
    let a = text::analyze(&doc("2020/2020-09-03_obituary.txt", &body));
    assert_eq!(a.meta.date.as_deref(), Some("2020-09-03"));
    assert_eq!(a.meta.date_source, Some(DateSource::Path));
}

/// A date after today is refused wherever it is found (the format's metadata, a date line,
/// the file name); today's date is taken.
#[test]
fn dates_after_today_are_refused() {
    use hearsay::model::DateSource;
    let (tomorrow, today) = (day_from_today(1), day_from_today(0));
    let body = |date: &str| format!("Council votes on budget\n\n{date}\n\nThe council met.\n");
    let a = text::analyze(&doc("council.txt", &body(&tomorrow)));
    assert_eq!(a.meta.date, None, "tomorrow, {tomorrow}, is refused");
    let a = text::analyze(&doc("council.txt", &body(&today)));
    assert_eq!(a.meta.date.as_deref(), Some(today.as_str()));
    // Refused in the text, the file name's date is taken; refused in both, none.
    let a = text::analyze(&doc("2020-01-05_council.txt", &body(&tomorrow)));
    assert_eq!(a.meta.date.as_deref(), Some("2020-01-05"));
    assert_eq!(a.meta.date_source, Some(DateSource::Path));
    let a = text::analyze(&doc(
        &format!("{tomorrow}_council.txt"),
        "Council votes\n\nText.\n",
    ));
    assert_eq!(a.meta.date, None);
    let mut html = doc("council.html", &body("The council met on Monday."));
    html.hints.date = Some(format!("{tomorrow}T09:00:00Z"));
    let a = text::analyze(&html);
    assert_eq!(a.meta.date, None, "a future date in the metadata");
}

/// No-break, thin and other odd spaces in a title or byline are plain spaces.
#[test]
fn titles_and_bylines_have_plain_spaces() {
    let a = text::analyze(&doc(
        "a.txt",
        "Trump on Chinese-Built 5G\u{a0}Networks\u{2009}Today\n\nBy Isobel\u{a0}Asher Hamilton\n\nHuawei said no.\n",
    ));
    assert_eq!(
        a.meta.title.as_deref(),
        Some("Trump on Chinese-Built 5G Networks Today")
    );
    assert_eq!(a.title, "Trump on Chinese-Built 5G Networks Today");
    assert_eq!(a.meta.byline.as_deref(), Some("Isobel Asher Hamilton"));
    let mut html = doc("a.html", "Body text here.\n");
    html.hints.title = Some("5G\u{a0}\u{a0}Networks ".into());
    html.hints.byline = Some("Ana\u{202f}López".into());
    let a = text::analyze(&html);
    assert_eq!(a.meta.title.as_deref(), Some("5G Networks"));
    assert_eq!(a.meta.byline.as_deref(), Some("Ana López"));
}
