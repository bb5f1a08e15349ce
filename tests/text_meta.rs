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
        let norm = |s: Option<String>| s.map(|s| s.replace('\u{a0}', " "));
        assert_eq!(
            norm(a.meta.title.clone()),
            field(&gold, "title"),
            "{} title",
            doc.id
        );
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
