//! Issue 17: text that made extraction panic (a person mention read past the window of its
//! sentence, in Title Case news) now extracts; and a panic in one article costs only that
//! article's quotes.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn hearsay(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hearsay"));
    cmd.args(args).env_remove("RUST_BACKTRACE").env(
        "HEARSAY_CACHE_DIR",
        std::env::temp_dir().join("hearsay-isolation-test-cache"),
    );
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run hearsay")
}

/// `hearsay quotes --json --no-cache PATH`.
fn quotes(path: &Path, env: &[(&str, &str)]) -> Output {
    hearsay(
        &["quotes", "--json", "--no-cache", path.to_str().unwrap()],
        env,
    )
}

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

fn rows(out: &Output) -> Vec<Value> {
    assert_eq!(
        out.status.code(),
        Some(0),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("a JSON array")
}

/// Every quote row's start..end lies in its article's body, on character boundaries, and
/// is its text.
fn assert_spans_in(rows: &[Value], dir: &Path) {
    for r in rows {
        let body = std::fs::read_to_string(dir.join(r["article"].as_str().unwrap())).unwrap();
        let (start, end) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(body.get(start..end), r["text"].as_str(), "{r}");
    }
}

#[test]
fn the_title_case_article_of_issue_17_gives_its_two_quotes_to_jane_roe() {
    let path = fixture("panics/title_case_speech.txt");
    let out = quotes(&path, &[]);
    let rows = rows(&out);
    let texts: Vec<&str> = rows.iter().map(|r| r["text"].as_str().unwrap()).collect();
    assert_eq!(
        texts,
        [
            "You Are The Best People.",
            "GUEST: Senator, Bob Lee from Austin, Texas. I have a question."
        ]
    );
    for r in &rows {
        assert!(
            r["speaker"] == "Jane Roe" || r["speaker"].is_null(),
            "speaker {}",
            r["speaker"]
        );
    }
    assert_spans_in(&rows, path.parent().unwrap());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_name_read_past_its_sentence_window_no_longer_panics() {
    // "Jane Roe Joked, “…”": the name runs into the verb, past the subject's window; its
    // end was sliced against the window's end (begin > end) before issue 17.
    let dir = fixture("panics");
    let out = quotes(&dir, &[]);
    let rows = rows(&out);
    let comma = rows
        .iter()
        .filter(|r| r["article"] == "title_case_comma.txt")
        .count();
    assert_eq!(comma, 2);
    assert_spans_in(&rows, &dir);
}
