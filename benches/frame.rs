//! One full frame of the browser at 200×60 (article list, reader with highlighted quotes,
//! sidebar, status bar), drawn into ratatui's test backend, in each of the views a reader
//! spends time in. 2,000 generated articles; with `HEARSAY_BENCH_100K=1` also 100,000
//! (built in memory first: about a minute), where a frame must not grow with the corpus.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use hearsay::app::{App, Event, Pane, Tab};
use hearsay::{gen, pipeline};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::sync::Arc;

/// Each view and the keys that reach it from a fresh browser: the reader with the article's
/// quotes in the sidebar, the sidebar listing every quote of the corpus, the actors tab,
/// and the Stats overlay.
const VIEWS: [(&str, &[KeyCode]); 4] = [
    ("reader", &[KeyCode::Tab, KeyCode::Char('n')]),
    (
        "corpus quotes",
        &[KeyCode::Tab, KeyCode::Tab, KeyCode::Char('a')],
    ),
    ("actors", &[KeyCode::Tab, KeyCode::Tab, KeyCode::Char('t')]),
    ("stats", &[KeyCode::Char('#')]),
];

fn frame(c: &mut Criterion) {
    let mut sizes = vec![2_000];
    if std::env::var_os("HEARSAY_BENCH_100K").is_some() {
        sizes.push(100_000);
    }
    let mut group = c.benchmark_group("frame 200x60");
    for articles in sizes {
        let corpus = Arc::new(pipeline::build(gen::documents(articles, 4)));
        for (view, keys) in VIEWS {
            let mut app = App::new(corpus.clone());
            app.handle(Event::Resize(200, 60));
            for &code in keys {
                app.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
            }
            let reached = match view {
                "reader" => app.focus == Pane::Reader && app.selected_quote.is_some(),
                "corpus quotes" => app.focus == Pane::Sidebar && app.corpus_quotes,
                "actors" => app.focus == Pane::Sidebar && app.tab == Tab::Actors,
                _ => app.stats_view,
            };
            assert!(reached, "the keys of {view:?} did not reach it");
            let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
            let id = BenchmarkId::new(view, format!("{articles} articles"));
            group.bench_function(id, |b| {
                b.iter(|| {
                    terminal.draw(|f| hearsay::ui::draw::draw(f, &app)).unwrap();
                })
            });
        }
    }
    group.finish();
}

criterion_group!(benches, frame);
criterion_main!(benches);
