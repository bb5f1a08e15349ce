//! The command line as other tools see it: exit codes, JSON shapes, ids and order.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn hearsay(args: &[&str]) -> Output {
    hearsay_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

fn hearsay_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hearsay"))
        .args(args)
        .current_dir(dir)
        .env(
            "HEARSAY_CACHE_DIR",
            std::env::temp_dir().join("hearsay-cli-test-cache"),
        )
        .output()
        .expect("run hearsay")
}

fn fixture(rel: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
        .to_string_lossy()
        .into_owned()
}

fn json(out: &Output) -> Vec<Value> {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Value>(&out.stdout)
        .expect("stdout is JSON")
        .as_array()
        .expect("a JSON array")
        .clone()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn articles_json_has_the_contract_fields_and_relative_ids_in_order() {
    let rows = json(&hearsay(&["articles", "--json", &fixture("cli")]));
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["first.txt", "nested/deeper/second.txt"]);
    for r in &rows {
        assert!(r["title"].is_string());
        assert!(r["date"].is_null() || r["date"].as_str().unwrap().len() == 10);
        // Added field: where the date was found, null exactly when there is none.
        assert_eq!(r["date"].is_null(), r["date_source"].is_null(), "{r}");
        assert!(
            r["date_source"].is_null()
                || ["meta", "text", "path"].contains(&r["date_source"].as_str().unwrap())
        );
        assert!(r["outlet"].is_null() || r["outlet"].is_string());
        assert!(r["byline"].is_null() || r["byline"].is_string());
        assert!(r["words"].as_u64().unwrap() > 5);
        assert!(r["boilerplate"].is_u64());
        assert!(r["quotes"].is_u64());
    }
}

#[test]
fn a_file_argument_is_identified_by_its_file_name() {
    let rows = json(&hearsay(&[
        "articles",
        "--json",
        &fixture("cli/nested/deeper/second.txt"),
    ]));
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["id"], "second.txt");
}

#[test]
fn no_path_opens_the_bundled_corpus_from_any_directory() {
    let elsewhere = tempfile::tempdir().unwrap();
    let rows = json(&hearsay_in(elsewhere.path(), &["articles", "--json"]));
    let ids: Vec<&str> = rows.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "000_e769713a42137bf9.txt",
            "001_0e446df728a89f67.txt",
            "002_4fb658c976d88ccb.txt",
            "003_3c6e9d3ab829ed43.txt"
        ]
    );
}

#[test]
fn a_missing_path_is_named_on_stderr_with_exit_status_2() {
    let out = hearsay(&["articles", "--json", "/no/such/hearsay/path"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("/no/such/hearsay/path"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_missing_path_beside_a_good_one_still_prints_the_good_one_then_exits_2() {
    let out = hearsay(&["articles", "--json", &fixture("cli"), "/no/such/file.txt"]);
    assert_eq!(out.status.code(), Some(2));
    let rows: Value = serde_json::from_slice(&out.stdout).expect("JSON on stdout");
    assert_eq!(rows.as_array().unwrap().len(), 2);
    assert!(stderr(&out).contains("/no/such/file.txt"));
}

#[test]
fn a_folder_without_articles_is_a_clear_error() {
    let empty = tempfile::tempdir().unwrap();
    let out = hearsay(&["articles", empty.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no articles"), "{}", stderr(&out));
}

#[test]
fn bad_arguments_exit_2_and_help_and_version_exit_0() {
    assert_eq!(
        hearsay(&["quotes", "--kind", "shouted"]).status.code(),
        Some(2)
    );
    let version = hearsay(&["--version"]);
    assert_eq!(version.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&version.stdout).contains(env!("CARGO_PKG_VERSION")));
    let help = hearsay(&["quotes", "--help"]);
    assert_eq!(help.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&help.stdout).contains("Example"));
}

#[test]
fn quotes_json_offsets_point_at_the_quoted_text_in_the_body() {
    let dir = fixture("cli");
    let rows = json(&hearsay(&["quotes", "--json", &dir]));
    assert!(!rows.is_empty(), "the fixtures hold quotations");
    for r in &rows {
        let article = r["article"].as_str().unwrap();
        let body = std::fs::read_to_string(Path::new(&dir).join(article)).unwrap();
        let (start, end) = (
            r["start"].as_u64().unwrap() as usize,
            r["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&body[start..end], r["text"].as_str().unwrap());
        assert!(["direct", "partial", "scare", "indirect"].contains(&r["kind"].as_str().unwrap()));
        assert!(r["speaker"].is_null() || r["speaker"].is_string());
        // The cue's words are the body's, one space between them.
        if let Some(cue) = r["cue"].as_str() {
            let words = body.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(!cue.is_empty() && words.contains(cue), "{cue:?}");
        }
    }
    let holloway = rows
        .iter()
        .find(|r| {
            r["text"]
                .as_str()
                .unwrap()
                .starts_with("We will build the line")
        })
        .expect("the quote in first.txt");
    assert!(holloway["speaker"]
        .as_str()
        .unwrap_or("")
        .contains("Holloway"));
}

/// Every quote row of `quotes`, `search` and `export` (JSON and CSV, where `cue` is the
/// last column) has a `cue`: a string or null, never missing.
#[test]
fn every_quote_row_has_a_cue() {
    let has_cue = |rows: &[Value], what: &str| {
        assert!(!rows.is_empty(), "{what}");
        for r in rows {
            let cue = r
                .get("cue")
                .unwrap_or_else(|| panic!("{what}: no cue in {r}"));
            assert!(cue.is_null() || cue.is_string(), "{what}: {cue}");
        }
    };
    let dir = fixture("cli");
    has_cue(&json(&hearsay(&["quotes", "--json", &dir])), "quotes");
    has_cue(
        &json(&hearsay(&["search", "--json", "--limit", "0", "huawei"])),
        "search",
    );
    has_cue(
        &json(&hearsay(&["export", "--format", "json", &dir])),
        "export",
    );
    let csv = hearsay(&["export", "--format", "csv", &dir]);
    let text = String::from_utf8(csv.stdout).unwrap();
    let header = text.lines().next().unwrap();
    assert_eq!(
        header,
        "speaker,role,quote,kind,title,outlet,date,source,article,start,end,cue"
    );
}

#[test]
fn indirect_is_a_kind_to_select() {
    let out = hearsay(&["quotes", "--json", "--kind", "indirect", &fixture("cli")]);
    assert!(json(&out).iter().all(|r| r["kind"] == "indirect"));
    let bad = hearsay(&["quotes", "--kind", "reported", &fixture("cli")]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn quote_filters_select_by_kind_and_speaker() {
    let dir = fixture("cli");
    let direct = json(&hearsay(&["quotes", "--json", "--kind", "direct", &dir]));
    assert!(direct.iter().all(|r| r["kind"] == "direct"));
    let all = json(&hearsay(&["quotes", "--json", &dir]));
    let speaker = all
        .iter()
        .find_map(|r| r["speaker"].as_str())
        .expect("some attributed quote")
        .to_string();
    let only = json(&hearsay(&[
        "quotes",
        "--json",
        "--speaker",
        &speaker.to_uppercase(),
        &dir,
    ]));
    assert!(!only.is_empty());
    assert!(only.iter().all(|r| r["speaker"] == speaker.as_str()));
}

#[test]
fn actors_json_has_the_contract_fields() {
    let rows = json(&hearsay(&["actors", "--json"]));
    assert!(!rows.is_empty(), "the bundled corpus names actors");
    for r in &rows {
        assert!(!r["name"].as_str().unwrap().is_empty());
        assert!(["person", "org", "place"].contains(&r["type"].as_str().unwrap()));
        assert!(r["aliases"].is_array());
        assert!(r["mentions"].as_u64().unwrap() >= 1);
        assert!(r["quotes"].is_u64());
        assert!(!r["articles"].as_array().unwrap().is_empty());
    }
    let people = json(&hearsay(&["actors", "--json", "--type", "person"]));
    assert!(!people.is_empty() && people.len() < rows.len());
    assert!(people.iter().all(|r| r["type"] == "person"));
}

#[test]
fn plain_output_is_a_readable_table() {
    let out = hearsay(&["articles", &fixture("cli")]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "header and two rows: {text}");
    assert!(lines[0].contains("TITLE") && lines[0].contains("QUOTES"));
    assert!(lines[1].contains("Minister Defends Rail Plan"));
}

#[test]
fn search_prints_ranked_matches_as_json_and_respects_limit() {
    let out = hearsay(&["search", "--json", "--limit", "1", "huawei"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows = json(&out);
    assert_eq!(rows.len(), 1);
    assert!(rows[0]["text"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .contains("huawei"));
    assert!(rows[0]["score"].as_i64().unwrap() > 0);
    let all = json(&hearsay(&["search", "--json", "--limit", "0", "huawei"]));
    assert!(all.len() > 1);
    let by_speaker = json(&hearsay(&["search", "--json", "--limit", "0", "@seely"]));
    assert!(!by_speaker.is_empty());
    assert!(by_speaker.iter().all(|r| r["speaker"] == "Bob Seely"));
}

/// The snapshot is written beside the output (on another thread), and the process waits
/// for it: after exit both cache files are complete and no temporary file is left.
#[test]
fn listing_writes_both_caches_before_exiting_and_reopens_from_them() {
    let cache = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_hearsay"))
            .args(args)
            .env("HEARSAY_CACHE_DIR", cache.path())
            .output()
            .expect("run hearsay")
    };
    let seeds = fixture("cli");
    let first = run(&["quotes", "--json", &seeds]);
    let rows = json(&first);
    assert!(!rows.is_empty());
    let mut names: Vec<String> = std::fs::read_dir(cache.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names[0].starts_with("index-") && names[1].starts_with("snapshot-"));
    let snapshot = cache.path().join(&names[1]);
    let written = std::fs::metadata(&snapshot).unwrap().modified().unwrap();
    // Reopened: the same output, from the snapshot (which is not rewritten).
    let again = run(&["quotes", "--json", &seeds]);
    assert_eq!(json(&again), rows);
    assert_eq!(
        std::fs::metadata(&snapshot).unwrap().modified().unwrap(),
        written
    );
}

/// Wikinews excerpts (CC BY 2.5, see tests/fixtures/search/ATTRIBUTION.md) quoting
/// Recep Tayyip Erdoğan, dated only by their file names.
fn search_fixture(args: &[&str]) -> Output {
    let dir = fixture("search");
    let mut all: Vec<&str> = vec!["search", "--no-cache"];
    all.extend_from_slice(args);
    all.push(&dir);
    hearsay(&all)
}

#[test]
fn articles_dated_by_their_file_names_say_so() {
    let rows = json(&hearsay(&[
        "articles",
        "--json",
        "--no-cache",
        &fixture("search"),
    ]));
    let txt: Vec<&Value> = rows
        .iter()
        .filter(|r| r["id"].as_str().unwrap().ends_with(".txt"))
        .collect();
    assert!(txt.len() >= 2);
    for r in txt {
        let (id, date) = (r["id"].as_str().unwrap(), r["date"].as_str().unwrap());
        assert!(id.contains(date), "{r}");
        assert_eq!(r["date_source"], "path", "{r}");
    }
}

#[test]
fn search_rows_say_where_a_quote_comes_from_and_fold_accents() {
    let rows = json(&search_fixture(&["--json", "--limit", "0", "@erdogan"]));
    assert!(rows.len() >= 3, "{rows:?}");
    for r in &rows {
        assert_eq!(r["speaker"], "Erdoğan");
        assert!(r["title"].as_str().unwrap().len() > 20, "{r}");
        let date = r["date"].as_str().unwrap();
        assert!(
            r["article"].as_str().unwrap().contains(date),
            "date from the file name: {r}"
        );
        assert!(
            r.get("outlet").is_some(),
            "outlet field present (null here)"
        );
    }
    let jan = json(&search_fixture(&[
        "--json",
        "--limit",
        "0",
        "@erdogan date:2020-01",
    ]));
    assert!(!jan.is_empty() && jan.len() < rows.len());
    assert!(jan
        .iter()
        .all(|r| r["date"].as_str().unwrap().starts_with("2020-01")));
    let not = json(&search_fixture(&[
        "--json",
        "--limit",
        "0",
        "@erdogan !mediterranean",
    ]));
    assert!(not
        .iter()
        .all(|r| !r["text"].as_str().unwrap().contains("Mediterranean")));
    assert!(not.len() < rows.len());
}

#[test]
fn search_exits_1_when_nothing_matches_and_2_on_a_query_it_cannot_read() {
    let none = search_fixture(&["'zzyzx"]);
    assert_eq!(none.status.code(), Some(1), "{}", stderr(&none));
    assert!(none.stdout.is_empty());
    let some = search_fixture(&["erdogan"]);
    assert_eq!(some.status.code(), Some(0), "{}", stderr(&some));
    for (query, says) in [
        ("erdogan date:2020-13", "date:2020-13"),
        ("author:smith", "author: is not a field"),
        ("kind:quoted", "kind:quoted"),
    ] {
        let bad = search_fixture(&[query]);
        assert_eq!(bad.status.code(), Some(2), "{query}");
        assert!(stderr(&bad).contains(says), "{query}: {}", stderr(&bad));
        assert!(bad.stdout.is_empty());
    }
    // kind:indirect is a kind, even where no quote is one yet.
    let indirect = search_fixture(&["kind:indirect"]);
    assert!(
        matches!(indirect.status.code(), Some(0 | 1)),
        "{}",
        stderr(&indirect)
    );
    let help = hearsay(&["search", "--help"]);
    let text = String::from_utf8_lossy(&help.stdout);
    for part in [
        "'word",
        "!word",
        "a | b",
        "outlet:NAME",
        "date:2020-01",
        "is:starred",
        "Exit status",
    ] {
        assert!(text.contains(part), "search --help names {part}");
    }
}
