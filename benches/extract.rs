//! Load and extraction throughput: analysis + extraction of generated articles on one core
//! (MB of article text per second), and loading a folder from disk on all cores.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hearsay::extract::{actors, attribution, quotes, tokens};
use hearsay::{corpus, gen, pipeline, text};
use std::hint::black_box;

fn extraction_one_core(c: &mut Criterion) {
    let docs = gen::documents(500, 1);
    let bytes: usize = docs.iter().map(|d| d.body.len()).sum();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let mut g = c.benchmark_group("extract");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("500 generated articles, one core", |b| {
        b.iter(|| pool.install(|| black_box(pipeline::build(docs.clone()))))
    });
    g.finish();
}

/// Each stage of one article's analysis alone, over the same 500 generated articles, so a
/// change to one stage can be measured without the noise of the others.
fn stages_one_core(c: &mut Criterion) {
    let docs = gen::documents(500, 1);
    let bytes: usize = docs.iter().map(|d| d.body.len()).sum();
    let analysed: Vec<_> = docs.iter().map(text::analyze).collect();
    let spans: Vec<_> = docs
        .iter()
        .zip(&analysed)
        .map(|(d, a)| quotes::find(&d.body, &a.paragraphs))
        .collect();
    let found: Vec<_> = docs
        .iter()
        .zip(&analysed)
        .zip(&spans)
        .map(|((d, a), s)| actors::find(&d.body, &a.paragraphs, s))
        .collect();
    let mut g = c.benchmark_group("stage");
    g.sample_size(20);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("text analysis", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| black_box(text::analyze(d)).words)
                .sum::<u32>()
        })
    });
    g.bench_function("tokenize", |b| {
        b.iter(|| {
            let mut n = 0;
            for (d, a) in docs.iter().zip(&analysed) {
                for p in &a.paragraphs {
                    n +=
                        tokens::tokenize(&d.body, p.span.start as usize, p.span.end as usize).len();
                }
            }
            black_box(n)
        })
    });
    // Each article with what the stages before the measured one made of it.
    let articles: Vec<_> = docs
        .iter()
        .zip(&analysed)
        .zip(spans.iter().zip(&found))
        .map(|((d, a), (s, f))| (d.body.as_str(), a.paragraphs.as_slice(), s, f))
        .collect();
    g.bench_function("quotes", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|(d, p, ..)| quotes::find(d, p).len())
                .sum::<usize>()
        })
    });
    g.bench_function("actors", |b| {
        b.iter(|| {
            let found = articles.iter().map(|(d, p, s, _)| actors::find(d, p, s));
            found.map(|f| f.entities.len()).sum::<usize>()
        })
    });
    g.bench_function("attribution", |b| {
        b.iter(|| {
            let quotes = articles
                .iter()
                .map(|(d, p, s, f)| attribution::attribute(d, p, s, f));
            quotes.map(|q| q.len()).sum::<usize>()
        })
    });
    g.finish();
}

fn load_folder(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let bytes = gen::write_corpus(dir.path(), 2_000, 2).unwrap();
    let paths = vec![dir.path().to_path_buf()];
    let mut g = c.benchmark_group("load");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("2,000 files: walk, read, decode", |b| {
        b.iter(|| black_box(corpus::load(&paths, &|_| {})))
    });
    g.bench_function("2,000 files: load and extract, all cores", |b| {
        b.iter(|| {
            black_box(pipeline::load(
                &pipeline::Source::Paths(paths.clone()),
                &|_| {},
            ))
        })
    });
    g.finish();
}

/// Grouping reprinted quotes (the browser's worker does it once the corpus is shown).
fn reprints(c: &mut Criterion) {
    let corpus = pipeline::build(gen::documents(20_000, 5));
    let mut g = c.benchmark_group("reprints");
    g.sample_size(10);
    g.bench_function(format!("{} quotes", corpus.quotes.len()), |b| {
        b.iter(|| black_box(hearsay::workflow::group::Reprints::of(&corpus)))
    });
    g.finish();
}

criterion_group!(
    benches,
    extraction_one_core,
    stages_one_core,
    load_folder,
    reprints
);
criterion_main!(benches);
