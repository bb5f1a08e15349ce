//! Test helpers shared by the integration tests.

use hearsay::model::Document;
use serde_json::Value;
use std::path::Path;

/// The four sample articles (tests/fixtures/seeds/*.txt, copied from ../shared/corpora/seeds)
/// with their gold annotations (*.json, from ../shared/gold/seeds), in file order.
pub fn seeds() -> Vec<(Document, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    let mut out = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    for path in names {
        let body = std::fs::read_to_string(&path)
            .unwrap()
            .replace("\r\n", "\n");
        let gold: Value =
            serde_json::from_str(&std::fs::read_to_string(path.with_extension("json")).unwrap())
                .unwrap();
        let doc = Document {
            id: path.file_name().unwrap().to_string_lossy().into_owned(),
            path: path.clone(),
            body,
            ..Document::default()
        };
        out.push((doc, gold));
    }
    assert_eq!(out.len(), 4, "four seed articles with gold");
    out
}
