//! Web pages: the article, not the page. Fixture pages (written for these tests) carry a
//! nav, a sidebar of quoted headlines, a comment thread, a cookie notice, a footer, an
//! article split across `<div>`s, a JSON-LD-only article and a `<noscript>` copy.

use serde_json::Value;
use std::path::Path;
use std::process::Command;

fn hearsay_json(args: &[&str], path: &Path) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_hearsay"))
        .args(args)
        .arg("--no-cache")
        .arg(path)
        .output()
        .expect("run hearsay");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("one JSON array")
}

fn fixture(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/html")
        .join(name)
}

/// The text `hearsay text --json` keeps of one page.
fn text_of(name: &str) -> String {
    let v = hearsay_json(&["text", "--json"], &fixture(name));
    v[0]["text"].as_str().expect("text").to_string()
}

fn assert_kept(text: &str, kept: &[&str], left_out: &[&str]) {
    for k in kept {
        assert!(text.contains(k), "{k:?} missing from:\n{text}");
    }
    for l in left_out {
        assert!(!text.contains(l), "{l:?} kept in:\n{text}");
    }
}

#[test]
fn article_kept_and_nav_sidebar_comments_cookies_footer_left_out() {
    let text = text_of("furniture.html");
    assert_kept(
        &text,
        &[
            "The town council approved the new harbour plan",
            "“This is the best outcome we could have hoped for,” said Mara Lindqvist",
            "Opponents had argued that the plan",
            "Work is due to start in the spring",
        ],
        &[
            "cookies",
            "Home",
            "Share on",
            "Bob from the quay",
            "Mooring fees will double",
            "Leave a reply",
            "Trending",
            "dark place",
            "We will win the cup",
            "bridge will never close",
            "All rights reserved",
        ],
    );
}

#[test]
fn no_quote_or_speaker_from_the_sidebar() {
    let quotes = hearsay_json(&["quotes", "--json"], &fixture("furniture.html"));
    let texts: Vec<&str> = quotes
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("best outcome")),
        "{texts:?}"
    );
    for q in &texts {
        assert!(
            !q.contains("dark place") && !q.contains("win the cup") && !q.contains("bridge"),
            "sidebar quote {q:?}"
        );
    }
    let actors = hearsay_json(&["actors", "--json"], &fixture("furniture.html"));
    let names = actors.to_string();
    assert!(names.contains("Mara Lindqvist"), "{names}");
    assert!(!names.contains("Bob"), "{names}");
}

#[test]
fn section_label_is_not_the_outlet() {
    let arts = hearsay_json(&["articles", "--json"], &fixture("furniture.html"));
    // og:site_name says "U.S." (a section); the page's address names the outlet.
    assert_eq!(arts[0]["outlet"], "Reuters");
}

#[test]
fn article_split_across_divs_in_furniture_named_wrappers_is_kept() {
    let text = text_of("split.html");
    assert_kept(
        &text,
        &[
            "The orchard festival returns",
            "Organisers expect about four thousand visitors",
            "said Petra Hollis",
            "Tickets are sold at the gate",
        ],
        &[
            "Weekend Gazette",
            "harvest is the worst",
            "Cider makers fear",
            "newsletter",
        ],
    );
}

#[test]
fn json_ld_only_article_gives_text_and_metadata() {
    let text = text_of("jsonld.html");
    assert_kept(
        &text,
        &[
            "Tolls on the river bridge will rise by a fifth in March",
            "which has been closed twice this winter.",
            "said Ines Okafor",
        ],
        &["Loading"],
    );
    let arts = hearsay_json(&["articles", "--json"], &fixture("jsonld.html"));
    let a = &arts[0];
    assert_eq!(a["title"], "Bridge tolls to rise in March");
    assert_eq!(a["date"], "2023-02-14");
    assert_eq!(a["byline"], "Tomas Reyes");
    // publisher.name, not the "Politics" section og:site_name gives.
    assert_eq!(a["outlet"], "Valley Ledger");
    let quotes = hearsay_json(&["quotes", "--json"], &fixture("jsonld.html"));
    let direct = quotes
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["kind"] == "direct")
        .expect("the direct quote");
    assert_eq!(direct["speaker"], "Ines Okafor", "{quotes}");
}

#[test]
fn noscript_copy_is_read_when_the_markup_is_empty() {
    let text = text_of("noscript.html");
    assert_kept(
        &text,
        &[
            "The city library will stay open until nine",
            "said Olu Bakare",
            "The change costs about forty thousand a year",
        ],
        &["<p>", "<div"],
    );
}

#[test]
fn text_all_marks_boilerplate_and_plain_output_is_sanitised() {
    let v = hearsay_json(&["text", "--json", "--all"], &fixture("split.html"));
    let paras = v[0]["paragraphs"].as_array().unwrap();
    assert!(paras.iter().all(|p| p["boilerplate"].is_boolean()));
    let joined: Vec<&str> = paras
        .iter()
        .filter(|p| p["boilerplate"] == false)
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert_eq!(v[0]["text"], joined.join("\n\n"));

    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("esc.html"),
        "<html><body><p>A long enough paragraph of text with an escape \u{1b}[31m inside it, to be kept.</p></body></html>",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_hearsay"))
        .args(["text", "--no-cache"])
        .arg(dir.path())
        .output()
        .unwrap();
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("A long enough paragraph"), "{s}");
    assert!(!s.contains('\u{1b}'), "{s:?}");
}
