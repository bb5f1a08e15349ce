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
