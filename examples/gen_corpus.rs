//! Generates a deterministic corpus of news-shaped articles for benchmarks and tests.
//!
//! cargo run --release --example gen_corpus -- --articles N --out DIR [--seed S]
//!
//! The articles come from `hearsay::gen` (word lists written for it; nothing copied).

use std::path::PathBuf;

fn main() {
    let mut articles = 1000usize;
    let mut out: Option<PathBuf> = None;
    let mut seed = 42u64;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let value = args.next();
        match (a.as_str(), value) {
            ("--articles", Some(v)) => articles = v.parse().expect("--articles N"),
            ("--out", Some(v)) => out = Some(PathBuf::from(v)),
            ("--seed", Some(v)) => seed = v.parse().expect("--seed S"),
            _ => {
                eprintln!("usage: gen_corpus --articles N --out DIR [--seed S]");
                std::process::exit(2);
            }
        }
    }
    let Some(out) = out else {
        eprintln!("usage: gen_corpus --articles N --out DIR [--seed S]");
        std::process::exit(2);
    };
    let bytes = match hearsay::gen::write_corpus(&out, articles, seed) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("gen_corpus: {}: {e}", out.display());
            std::process::exit(2);
        }
    };
    eprintln!(
        "{articles} articles, {:.1} MB in {}",
        bytes as f64 / 1e6,
        out.display()
    );
}
