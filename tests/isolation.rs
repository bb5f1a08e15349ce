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
    assert_eq!(stderr_lines(&out), Vec::<String>::new());
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

/// Three articles of one quote each, in a new folder.
fn three_articles() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, who) in [
        ("a.txt", "Ann Lee"),
        ("b.txt", "Bob Ray"),
        ("c.txt", "Cy Dunn"),
    ] {
        let body = format!(
            "Talks go on\n\n“We will keep talking until it is done,” {who} said on Monday.\n"
        );
        std::fs::write(dir.path().join(name), body).unwrap();
    }
    dir
}

const FAULT: (&str, &str) = ("HEARSAY_TEST_EXTRACT_PANIC", "c.txt");

fn stderr_lines(out: &Output) -> Vec<String> {
    String::from_utf8_lossy(&out.stderr)
        .lines()
        .map(str::to_string)
        .collect()
}

fn assert_one_failure_warning(out: &Output, dir: &Path) {
    let lines = stderr_lines(out);
    assert_eq!(lines.len(), 1, "one line, no backtrace: {lines:?}");
    let prefix = format!(
        "hearsay: warning: {}: extraction failed (internal error: test-only panic requested by HEARSAY_TEST_EXTRACT_PANIC at src/pipeline/isolate.rs:",
        dir.join("c.txt").display()
    );
    assert!(lines[0].starts_with(&prefix), "{}", lines[0]);
    assert!(
        lines[0].ends_with("); its quotes are left out"),
        "{}",
        lines[0]
    );
}

#[test]
fn a_panic_in_one_article_costs_its_quotes_and_nothing_more() {
    let dir = three_articles();
    let out = quotes(dir.path(), &[FAULT]);
    let quoted = rows(&out);
    let who: Vec<(&str, &str)> = quoted
        .iter()
        .map(|r| {
            (
                r["article"].as_str().unwrap(),
                r["speaker"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(who, [("a.txt", "Ann Lee"), ("b.txt", "Bob Ray")]);
    assert_one_failure_warning(&out, dir.path());
    // The article is still listed, with its text and no quotes.
    let out = hearsay(
        &[
            "articles",
            "--json",
            "--no-cache",
            dir.path().to_str().unwrap(),
        ],
        &[FAULT],
    );
    let articles = rows(&out);
    let c = articles
        .iter()
        .find(|a| a["id"] == "c.txt")
        .expect("c.txt listed");
    assert_eq!(c["quotes"], 0);
    assert!(c["words"].as_u64().unwrap() >= 10);
    assert_eq!(articles.len(), 3);
}

#[test]
fn a_failed_article_is_not_cached_as_good_and_the_next_load_tries_again() {
    let dir = three_articles();
    let cache = tempfile::tempdir().unwrap();
    let path = dir.path().to_str().unwrap();
    let run = |env: &[(&str, &str)]| {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_hearsay"));
        cmd.args(["quotes", "--json", path])
            .env_remove("RUST_BACKTRACE")
            .env("HEARSAY_CACHE_DIR", cache.path());
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    };
    for _ in 0..2 {
        // Twice: the second load does not take the failure from either cache.
        let out = run(&[FAULT]);
        assert_eq!(rows(&out).len(), 2);
        assert_one_failure_warning(&out, dir.path());
    }
    let out = run(&[]);
    let articles: Vec<Value> = rows(&out).iter().map(|r| r["article"].clone()).collect();
    assert_eq!(articles, ["a.txt", "b.txt", "c.txt"]);
    assert_eq!(stderr_lines(&out), Vec::<String>::new());
}

#[test]
fn rust_backtrace_asks_for_the_whole_backtrace_of_a_caught_panic() {
    let dir = three_articles();
    let out = quotes(dir.path(), &[FAULT, ("RUST_BACKTRACE", "1")]);
    assert_eq!(rows(&out).len(), 2);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("hearsay: caught a panic in extraction:"),
        "{err}"
    );
    assert!(err.contains("analyse_and_extract"), "a backtrace: {err}");
    assert!(err.contains("extraction failed (internal error:"), "{err}");
}
