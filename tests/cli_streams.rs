//! JSON Lines (`--jsonl`, `export --format jsonl`) and file lists (`--files-from`, `--null`)
//! as other tools use them.

use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs hearsay with `cache` as its cache folder and `stdin` as its standard input.
fn run(cache: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hearsay"))
        .args(args)
        .env("HEARSAY_CACHE_DIR", cache)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run hearsay");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn fixture(rel: &str) -> String {
    format!("{}/tests/fixtures/{rel}", env!("CARGO_MANIFEST_DIR"))
}

fn ok(out: &Output) -> &[u8] {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    &out.stdout
}

fn array(out: &Output) -> Vec<Value> {
    serde_json::from_slice::<Value>(ok(out))
        .expect("stdout is JSON")
        .as_array()
        .expect("a JSON array")
        .clone()
}

/// Every line parsed as one JSON object.
fn lines(out: &Output) -> Vec<Value> {
    let text = std::str::from_utf8(ok(out)).unwrap();
    assert!(text.ends_with('\n'), "{text:?}");
    text.lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l:?}"));
            assert!(v.is_object(), "{l}");
            v
        })
        .collect()
}

/// `--json` and `--jsonl` give the same rows, in the same order, for every listing; for
/// `quotes` both with no cache (streamed as the files are read) and with one.
#[test]
fn json_lines_are_the_json_arrays_elements() {
    let cache = tempfile::tempdir().unwrap();
    let c = cache.path();
    for dir in [fixture("seeds"), fixture("cli"), fixture("search")] {
        for cmd in [
            &["quotes"][..],
            &["quotes", "--kind", "direct"],
            &["articles"],
            &["actors"],
            &["search", "--limit", "0", "said | the"],
        ] {
            let with = |flag: &str| {
                let mut args = cmd.to_vec();
                args.extend([flag, dir.as_str()]);
                run(c, &args, b"")
            };
            let streamed = lines(&with("--jsonl"));
            let whole = array(&with("--json"));
            assert!(!whole.is_empty(), "{cmd:?} {dir}");
            assert_eq!(streamed, whole, "{cmd:?} {dir}");
            // Again, now that both caches are written.
            assert_eq!(lines(&with("--jsonl")), whole, "{cmd:?} {dir}, cached");
        }
        let export = |format: &str| {
            run(
                c,
                &["export", "--scare", "--format", format, dir.as_str()],
                b"",
            )
        };
        let rows = array(&export("json"));
        assert!(!rows.is_empty());
        assert_eq!(lines(&export("jsonl")), rows, "export {dir}");
    }
}

/// `export --format jsonl -o FILE` writes the lines to FILE.
#[test]
fn export_json_lines_to_a_file() {
    let cache = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("quotes.jsonl");
    let seeds = fixture("seeds");
    let f = file.to_str().unwrap();
    ok(&run(
        cache.path(),
        &["export", "--format", "jsonl", "-o", f, &seeds],
        b"",
    ));
    let written = std::fs::read_to_string(&file).unwrap();
    let whole = array(&run(
        cache.path(),
        &["export", "--format", "json", &seeds],
        b"",
    ));
    let parsed: Vec<Value> = written
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(parsed, whole);
}

/// The seeds' files, named one by one.
fn seed_files() -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(fixture("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".txt"))
        .collect();
    files.sort();
    files
}

/// A list on standard input, by lines or NUL-separated, reads the files it names as if
/// they were PATH arguments.
#[test]
fn files_from_standard_input_by_lines_or_nul_bytes() {
    let cache = tempfile::tempdir().unwrap();
    let c = cache.path();
    let files = seed_files();
    assert!(files.len() >= 3);
    let mut args = vec!["quotes", "--json"];
    args.extend(files.iter().map(String::as_str));
    let expected = array(&run(c, &args, b""));
    assert!(!expected.is_empty());
    let by_lines = files.join("\n") + "\n";
    let by_nul = files.join("\0") + "\0";
    for (list, extra) in [
        (by_lines.as_bytes(), None),
        (by_nul.as_bytes(), Some("--null")),
    ] {
        for form in ["--json", "--jsonl"] {
            let mut args = vec!["quotes", form, "--files-from", "-"];
            args.extend(extra);
            let out = run(c, &args, list);
            let rows = if form == "--json" {
                array(&out)
            } else {
                lines(&out)
            };
            // The same rows; a listed file's id is its path as listed.
            assert_eq!(rows.len(), expected.len());
            for (mut row, want) in rows.into_iter().zip(&expected) {
                let id = row["article"].as_str().unwrap().to_string();
                assert!(files.contains(&id), "{id}");
                assert!(id.ends_with(&format!("/{}", want["article"].as_str().unwrap())));
                row["article"] = want["article"].clone();
                assert_eq!(&row, want, "{form} {extra:?}");
            }
            assert!(
                out.stderr.is_empty(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    // A list in a file, beside a PATH argument.
    let dir = tempfile::tempdir().unwrap();
    let list = dir.path().join("list");
    std::fs::write(&list, files[1..].join("\n")).unwrap();
    let mut args = vec!["articles", "--json", &files[0], "--files-from"];
    args.push(list.to_str().unwrap());
    assert_eq!(array(&run(c, &args, b"")).len(), files.len());
}

/// A list naming a missing file, a folder and a binary file warns about each, by name,
/// reads the rest and exits 0; a list with nothing left is an error (exit 2), not the
/// bundled corpus.
#[test]
fn bad_entries_in_a_list_are_warned_about_and_skipped() {
    let cache = tempfile::tempdir().unwrap();
    let c = cache.path();
    let files = seed_files();
    let missing = "/nonexistent/gone.txt";
    let folder = fixture("cli/nested");
    let binary_dir = tempfile::tempdir().unwrap();
    let binary = binary_dir.path().join("picture.txt");
    std::fs::write(&binary, b"GIF89a\0\0\x01\x02 not text").unwrap();
    let list = [
        files[0].as_str(),
        missing,
        &folder,
        binary.to_str().unwrap(),
        &files[1],
    ]
    .join("\n");
    for form in ["--json", "--jsonl"] {
        let out = run(c, &["quotes", form, "--files-from", "-"], list.as_bytes());
        let rows = if form == "--json" {
            array(&out)
        } else {
            lines(&out)
        };
        let articles: std::collections::BTreeSet<&str> = rows
            .iter()
            .map(|r| r["article"].as_str().unwrap())
            .collect();
        assert_eq!(articles.len(), 2, "{articles:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        let warned = |name: &str, what: &str| {
            err.lines().any(|l| {
                l.starts_with("hearsay: warning: ") && l.contains(name) && l.contains(what)
            })
        };
        assert!(warned(missing, "no such file"), "{err}");
        assert!(warned(&folder, "folder"), "{err}");
        assert!(warned("picture.txt", "binary"), "{err}");
    }
    let out = run(
        c,
        &["articles", "--json", "--files-from", "-"],
        missing.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no articles found"));
    let out = run(c, &["articles", "--null"], b"");
    assert_eq!(out.status.code(), Some(2), "--null without --files-from");
}

/// Files of the same name in different folders of a list are told apart: a listed file's
/// id is its path as listed (a file named on the command line alone keeps its file name).
#[test]
fn listed_files_are_identified_by_their_paths_as_listed() {
    let cache = tempfile::tempdir().unwrap();
    let archive = tempfile::tempdir().unwrap();
    for day in ["2020-01-05", "2020-01-06"] {
        let dir = archive.path().join(day);
        std::fs::create_dir(&dir).unwrap();
        let body = format!("News of {day}\n\n\"It rained,\" said Jane Smith.\n");
        std::fs::write(dir.join("index.txt"), body).unwrap();
    }
    let list = "2020-01-05/index.txt\n./2020-01-06/index.txt\n";
    let run_in = |args: &[&str], stdin: &[u8]| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_hearsay"))
            .args(args)
            .current_dir(archive.path())
            .env("HEARSAY_CACHE_DIR", cache.path())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(stdin).unwrap();
        child.wait_with_output().unwrap()
    };
    let ids = |out: &Output, key: &str| -> Vec<String> {
        lines(out)
            .iter()
            .map(|r| r[key].as_str().unwrap().to_string())
            .collect()
    };
    for _ in 0..2 {
        // Twice: the second time from the caches.
        let out = run_in(
            &["articles", "--jsonl", "--files-from", "-"],
            list.as_bytes(),
        );
        assert_eq!(
            ids(&out, "id"),
            ["2020-01-05/index.txt", "./2020-01-06/index.txt"]
        );
        let out = run_in(&["quotes", "--jsonl", "--files-from", "-"], list.as_bytes());
        assert_eq!(
            ids(&out, "article"),
            ["2020-01-05/index.txt", "./2020-01-06/index.txt"]
        );
    }
    let out = run_in(&["articles", "--jsonl", "2020-01-05/index.txt"], b"");
    assert_eq!(ids(&out, "id"), ["index.txt"], "a file argument: its name");
}
