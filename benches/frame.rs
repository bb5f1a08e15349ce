//! One full frame of the browser at 200×60 (article list, reader with highlighted quotes,
//! sidebar, status bar), drawn into ratatui's test backend.

use criterion::{criterion_group, criterion_main, Criterion};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use hearsay::app::{App, Event};
use hearsay::{gen, pipeline};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::sync::Arc;

fn frame(c: &mut Criterion) {
    let corpus = Arc::new(pipeline::build(gen::documents(2_000, 4)));
    let mut app = App::new(corpus);
    app.handle(Event::Resize(200, 60));
    for code in [KeyCode::Tab, KeyCode::Char('n')] {
        app.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    c.bench_function("frame 200x60", |b| {
        b.iter(|| {
            terminal.draw(|f| hearsay::ui::draw::draw(f, &app)).unwrap();
        })
    });
}

criterion_group!(benches, frame);
criterion_main!(benches);
