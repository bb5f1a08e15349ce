//! Loading every format, every encoding, and every kind of bad input: warnings name the file
//! (and line), the rest still loads, nothing blocks or panics.

use hearsay::corpus::{self, LoadOutcome};
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/loader")
}

fn load(paths: &[PathBuf]) -> LoadOutcome {
    corpus::load(paths, &|_| {})
}

fn ids(o: &LoadOutcome) -> Vec<&str> {
    o.documents.iter().map(|d| d.id.as_str()).collect()
}

#[test]
fn a_folder_of_every_format_in_stable_order() {
    let o = load(&[fixtures().join("folder")]);
    assert_eq!(
        ids(&o),
        [
            "a.txt",
            "notes.md",
            "sub/lines.jsonl#1",
            "sub/lines.jsonl#3",
            "sub/page.html",
            "sub/records.json#1",
            "sub/records.json#3",
        ],
        "hidden folders and other extensions skipped; records numbered from 1"
    );
    let html = o
        .documents
        .iter()
        .find(|d| d.id == "sub/page.html")
        .unwrap();
    assert_eq!(html.hints.title.as_deref(), Some("HTML headline"));
    assert_eq!(html.hints.date.as_deref(), Some("2021-03-04T09:00:00Z"));
    assert_eq!(html.hints.byline.as_deref(), Some("Ann Writer"));
    assert_eq!(html.hints.outlet.as_deref(), Some("The Example Times"));
    assert!(html
        .body
        .contains("First paragraph of the story.\n\n“It works,” said Ann Writer."));
    assert!(!html.body.contains("not text") && !html.body.contains("Home News"));
    let rec = o
        .documents
        .iter()
        .find(|d| d.id == "sub/records.json#1")
        .unwrap();
    assert_eq!(rec.body, "Record one body.");
    assert_eq!(rec.hints.outlet.as_deref(), Some("example.org"));
    assert_eq!(rec.record, Some(1));
    // The bad JSON record and the bad JSONL line are warnings naming file and line.
    let w: Vec<String> = o.warnings.iter().map(ToString::to_string).collect();
    assert!(
        w.iter().any(|w| w.contains("records.json")
            && w.contains("record 2")
            && w.contains("no article text")),
        "{w:?}"
    );
    assert!(
        w.iter()
            .any(|w| w.ends_with("lines.jsonl:2: invalid JSON at column 2: expected ident")),
        "{w:?}"
    );
}

#[test]
fn encodings_are_decoded_and_latin1_is_flagged() {
    let o = load(&[fixtures().join("latin1.txt"), fixtures().join("utf16.txt")]);
    assert_eq!(
        o.documents[0].body,
        "Café headline\n\nThe café said “hello”.\n"
    );
    assert_eq!(o.documents[1].body, "Hi there\n");
    assert_eq!(o.warnings.len(), 1);
    assert!(o.warnings[0]
        .to_string()
        .contains("latin1.txt: not valid UTF-8"));
}

#[test]
fn escape_sequences_never_survive_loading() {
    let o = load(&[fixtures().join("escapes.txt")]);
    let body = &o.documents[0].body;
    assert_eq!(body, "Evil title\n\nBody red text  end.\n");
    assert!(!body.chars().any(|c| c.is_control() && c != '\n'));
}

#[test]
fn binary_and_empty_files_are_skipped_with_a_warning() {
    let o = load(&[
        fixtures().join("binary.txt"),
        fixtures().join("empty.txt"),
        fixtures().join("folder/a.txt"),
    ]);
    assert_eq!(ids(&o), ["a.txt"]);
    let w: Vec<String> = o.warnings.iter().map(ToString::to_string).collect();
    assert!(w
        .iter()
        .any(|w| w.contains("binary.txt") && w.contains("binary")));
    assert!(w
        .iter()
        .any(|w| w.contains("empty.txt") && w.contains("empty")));
}

#[test]
fn missing_paths_are_errors_the_rest_loads() {
    let o = load(&[
        PathBuf::from("/no/such/dir"),
        fixtures().join("folder/a.txt"),
    ]);
    assert_eq!(ids(&o), ["a.txt"]);
    assert_eq!(o.errors.len(), 1);
    assert!(o.errors[0]
        .to_string()
        .contains("/no/such/dir: no such file or directory"));
}

#[cfg(unix)]
#[test]
fn fifos_symlink_loops_and_unreadable_files_do_not_stop_the_load() {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("good.txt"), "A headline\n\nSome words here.\n").unwrap();
    // A FIFO named like an article: opening it would block forever.
    let fifo = root.join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(
        made.is_ok_and(|s| s.success()),
        "mkfifo is part of coreutils"
    );
    std::fs::create_dir(root.join("loop")).unwrap();
    symlink(root, root.join("loop/back")).unwrap();
    let secret = root.join("secret.txt");
    std::fs::write(&secret, "x y z").unwrap();
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o000)).unwrap();
    let readable = std::fs::read(&secret).is_ok(); // root reads anything

    let o = load(&[root.to_path_buf()]);
    let got = ids(&o);
    assert!(got.contains(&"good.txt"));
    assert!(!got.iter().any(|i| i.starts_with("pipe")));
    let w: Vec<String> = o.warnings.iter().map(ToString::to_string).collect();
    assert!(w.iter().any(|w| w.contains("symlink loop")), "{w:?}");
    if !readable {
        assert!(
            w.iter()
                .any(|w| w.contains("secret.txt") && w.contains("permission denied")),
            "{w:?}"
        );
    }
}

/// A file replaced by a FIFO or a folder between the walk and the read is turned away
/// with a warning naming it, without blocking (the FIFO has no writer).
#[cfg(unix)]
#[test]
fn a_file_replaced_after_the_walk_by_a_fifo_or_folder_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("was-an-article.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(
        made.is_ok_and(|s| s.success()),
        "mkfifo is part of coreutils"
    );
    let folder = dir.path().join("now-a-folder.txt");
    std::fs::create_dir(&folder).unwrap();
    for path in [fifo, folder] {
        let entry = hearsay::corpus::FileEntry {
            path: path.clone(),
            id: "x.txt".into(),
            size: 100,
            modified: None,
        };
        let load = hearsay::corpus::read_file(&entry);
        assert!(load.documents.is_empty());
        let w: Vec<String> = load.warnings.iter().map(ToString::to_string).collect();
        assert!(
            w.len() == 1 && w[0].contains(&*path.to_string_lossy()),
            "{w:?}"
        );
    }
}

#[test]
fn deep_html_and_many_jsonl_records_load_in_bounded_work() {
    let dir = tempfile::tempdir().unwrap();
    let deep = format!(
        "<html><body>{}<p>Deep text.</p>{}</body></html>",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    std::fs::write(dir.path().join("deep.html"), deep).unwrap();
    let mut lines = String::new();
    for i in 0..1_000_000 {
        lines.push_str(&format!("{{\"title\":\"t{i}\",\"text\":\"b{i}\"}}\n"));
    }
    std::fs::write(dir.path().join("many.jsonl"), lines).unwrap();
    let o = load(&[dir.path().to_path_buf()]);
    assert_eq!(o.documents.len(), 1_000_001);
    assert!(o.documents[0].body.contains("Deep text."));
}

#[test]
fn the_bundled_corpus_is_embedded() {
    let o = corpus::load_bundled();
    assert_eq!(o.documents.len(), 4);
    assert!(o.documents.iter().all(|d| d.body.len() > 1000));
}
