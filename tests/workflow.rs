//! The reader's workflow from the command line: export, stats, completions, man, config.

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Output};

fn run(args: &[&str], env: &[(&str, &Path)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hearsay"));
    cmd.args(args).env(
        "HEARSAY_CACHE_DIR",
        std::env::temp_dir().join("hearsay-workflow-test-cache"),
    );
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run hearsay")
}

fn stdout(o: &Output) -> String {
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    String::from_utf8(o.stdout.clone()).unwrap()
}

#[test]
fn export_csv_reads_back_with_full_citations() {
    let text = stdout(&run(&["export", "--format", "csv"], &[]));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    for h in [
        "speaker", "role", "quote", "title", "outlet", "date", "source", "start", "end",
    ] {
        assert!(headers.iter().any(|x| x == h), "missing column {h}");
    }
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let quotes: Vec<Value> =
        serde_json::from_str(&stdout(&run(&["quotes", "--json"], &[]))).unwrap();
    let attributed = quotes.iter().filter(|q| q["kind"] != "scare").count();
    assert_eq!(
        rows.len(),
        attributed,
        "every attributed quote, scare quotes left out"
    );
    let quote_col = headers.iter().position(|h| h == "quote").unwrap();
    assert!(
        rows.iter().any(|r| r[quote_col].contains(',')),
        "commas survive quoting"
    );
}

#[test]
fn export_by_speaker_as_markdown_and_json_to_a_file() {
    let md = stdout(&run(&["export", "--speaker", "bob seely"], &[]));
    assert!(md.starts_with("## Bob Seely\n"), "{md}");
    assert_eq!(md.matches("\n- “").count(), 2);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("q.json");
    let o = run(
        &[
            "export",
            "--format",
            "json",
            "--speaker",
            "Johnson",
            "-o",
            out.to_str().unwrap(),
        ],
        &[],
    );
    assert!(o.status.success());
    let rows: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert!(rows.len() >= 3 && rows.iter().all(|r| r["speaker"] == "Boris Johnson"));
}

#[test]
fn export_starred_uses_the_saved_stars() {
    let data = tempfile::tempdir().unwrap();
    let quotes: Vec<Value> =
        serde_json::from_str(&stdout(&run(&["quotes", "--json"], &[]))).unwrap();
    let q = quotes
        .iter()
        .find(|q| q["speaker"] == "Mick Mulvaney")
        .unwrap();
    // Star it the way the browser does: content hash of the article and the offsets.
    let articles: Vec<Value> =
        serde_json::from_str(&stdout(&run(&["articles", "--json"], &[]))).unwrap();
    let _ = articles;
    let corpus = hearsay::pipeline::load(&hearsay::pipeline::Source::Bundled, &|_| {}).corpus;
    let quote = corpus
        .quotes
        .iter()
        .find(|x| {
            x.span.start as u64 == q["start"].as_u64().unwrap()
                && corpus.articles[x.article as usize].id == q["article"]
        })
        .unwrap();
    let path = data.path().join("hearsay/state.json");
    let (mut state, _) = hearsay::workflow::state::State::load(Some(path));
    state.toggle_star(hearsay::workflow::state::star_key(&corpus, quote));
    state.save().unwrap();
    let text = stdout(&run(
        &["export", "--starred", "--format", "json"],
        &[("XDG_DATA_HOME", data.path())],
    ));
    let rows: Vec<Value> = serde_json::from_str(&text).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["quote"], q["text"]);
}

#[test]
fn stats_agree_with_the_quotes_listing() {
    let s: Value = serde_json::from_str(&stdout(&run(&["stats", "--json"], &[]))).unwrap();
    let quotes: Vec<Value> =
        serde_json::from_str(&stdout(&run(&["quotes", "--json"], &[]))).unwrap();
    assert_eq!(s["quotes"].as_u64().unwrap() as usize, quotes.len());
    assert_eq!(s["articles"], 4);
    let johnson = quotes
        .iter()
        .filter(|q| q["speaker"] == "Boris Johnson")
        .filter(|q| q["kind"] == "direct" || q["kind"] == "partial")
        .count();
    // Every kind counted, in order, as the listing has them.
    let kinds: Vec<(&str, u64)> = s["quotes_by_kind"]
        .as_array()
        .unwrap()
        .iter()
        .map(|k| (k[0].as_str().unwrap(), k[1].as_u64().unwrap()))
        .collect();
    let names: Vec<&str> = kinds.iter().map(|k| k.0).collect();
    assert_eq!(names, ["direct", "partial", "scare", "indirect"]);
    for (kind, n) in kinds {
        let listed = quotes.iter().filter(|q| q["kind"] == kind).count();
        assert_eq!(n as usize, listed, "{kind}");
    }
    let indirect = quotes.iter().filter(|q| q["kind"] == "indirect").count() as u64;
    let per_speaker: u64 = s["indirect_per_speaker"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p[1].as_u64().unwrap())
        .sum();
    assert!(per_speaker <= indirect);
    let top = &s["quotes_per_speaker"][0];
    assert_eq!(top[0], "Boris Johnson");
    assert_eq!(top[1].as_u64().unwrap() as usize, johnson);
    let days: Vec<&str> = s["articles_per_day"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d[0].as_str().unwrap())
        .collect();
    assert_eq!(days, ["2020-01-14", "2020-01-27", "2021-04-19"]);
    let plain = stdout(&run(&["stats"], &[]));
    assert!(plain.contains("Quotes per speaker") && plain.contains("█"));
}

#[test]
fn completions_man_and_version() {
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let text = stdout(&run(&["completions", shell], &[]));
        assert!(
            text.contains("hearsay") && text.contains("export"),
            "{shell}"
        );
    }
    let man = stdout(&run(&["man"], &[]));
    assert!(man.starts_with(".ie") || man.contains(".TH"), "roff");
    assert!(man.contains("hearsay"));
    for sub in [
        "articles",
        "quotes",
        "actors",
        "search",
        "export",
        "stats",
        "completions",
        "man",
        "config",
    ] {
        let help = stdout(&run(&[sub, "--help"], &[]));
        assert!(help.contains("Example"), "{sub} --help has an example");
    }
}

#[test]
fn config_default_and_bad_config_errors() {
    let text = stdout(&run(&["config", "--default"], &[]));
    assert!(text.contains("theme = \"dark\"") && text.contains("# next_quote"));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("config.toml");
    std::fs::write(&bad, "[ui]\ntheme = \"dark\"\nhide_scare = maybe\n").unwrap();
    let o = run(&["--config", bad.to_str().unwrap()], &[]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(&format!("{}:3:14", bad.display())), "{err}");
}
