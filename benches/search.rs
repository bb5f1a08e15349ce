//! Search latency over generated corpora of about 10k and 100k quotes (1M with
//! HEARSAY_BENCH_1M=1: building it takes a while): fresh queries of one letter, a word, a typo
//! and two terms, the query syntax (exact, anchors, negation, either) and field filters
//! (one letter under a date or kind filter: the most quotes a filter is applied to), and
//! the index build.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use hearsay::search::SearchIndex;
use hearsay::{gen, pipeline};
use std::hint::black_box;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

const QUERIES: &[&str] = &[
    "f",
    "budget",
    "budgte",
    "famlies promise",
    "@kowalski invest",
    "'budget",
    "^we",
    "promise$",
    "budget !families",
    "budget | promise",
    "f date:2019",
    "f kind:direct",
    "budget outlet:reuters date:2016..2018",
];

fn corpus(quotes_wanted: usize) -> Arc<hearsay::model::Corpus> {
    // About seven quotes per generated article.
    Arc::new(pipeline::build(gen::documents(quotes_wanted / 7, 3)))
}

fn search(c: &mut Criterion) {
    let mut sizes = vec![10_000, 100_000];
    if std::env::var_os("HEARSAY_BENCH_1M").is_some() {
        sizes.push(1_000_000);
    }
    let mut g = c.benchmark_group("search");
    g.sample_size(10);
    for size in sizes {
        let corpus = corpus(size);
        let n = corpus.quotes.len();
        g.bench_with_input(BenchmarkId::new("build index", n), &corpus, |b, corpus| {
            b.iter(|| black_box(SearchIndex::build(corpus.clone())))
        });
        let index = SearchIndex::build(corpus);
        let cancel = AtomicBool::new(false);
        for q in QUERIES {
            g.bench_with_input(BenchmarkId::new(format!("{n} quotes"), q), q, |b, q| {
                b.iter(|| black_box(index.search(q, Some(500), &cancel)))
            });
        }
    }
    g.finish();
}

/// One search over all quotes of the BBC research corpus, when it is beside the repository
/// (it is never shipped: ../shared/corpora/bbc on a developer machine).
fn search_bbc(c: &mut Criterion) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/bbc");
    if !dir.is_dir() {
        eprintln!("search_bbc: {} not found; skipped", dir.display());
        return;
    }
    let loaded = pipeline::load(&pipeline::Source::Paths(vec![dir]), &|_| {});
    let index = SearchIndex::build(Arc::new(loaded.corpus));
    let cancel = AtomicBool::new(false);
    let mut g = c.benchmark_group("search bbc");
    for q in ["government", "govrenment", "blair @brown", "p"] {
        g.bench_with_input(BenchmarkId::from_parameter(q), q, |b, q| {
            b.iter(|| black_box(index.search(q, Some(500), &cancel)))
        });
    }
    g.finish();
}

criterion_group!(benches, search, search_bbc);
criterion_main!(benches);
