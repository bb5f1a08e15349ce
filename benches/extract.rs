//! Load and extraction throughput: analysis + extraction of generated articles on one core
//! (MB of article text per second), and loading a folder from disk on all cores.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hearsay::{corpus, gen, pipeline};
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

criterion_group!(benches, extraction_one_core, load_folder);
criterion_main!(benches);
