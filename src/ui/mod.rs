//! Terminal browser: drawing the app state with ratatui, and the crossterm event loop.
//! The terminal is restored on every way out: quit, error, panic.

pub mod draw;
pub mod layout;
mod overlay;
pub mod theme;

use crate::app::workers::{self, Searcher};
use crate::app::{App, Event, Request};
use crate::pipeline::{Options, Source};
use crossterm::event::{self, Event as TermEvent, KeyEventKind, MouseEventKind};
use crossterm::execute;
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::io::{self, Write};
use std::sync::mpsc;
use std::time::Duration;

/// Leaves raw mode and the alternate screen and shows the cursor. Safe to call twice.
pub fn restore_terminal() {
    let _ = disable_raw_mode();
    let mut out = io::stdout();
    let _ = execute!(
        out,
        crossterm::event::DisableMouseCapture,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = out.flush();
}

/// Restores the terminal when dropped (on return and on unwinding).
struct TerminalGuard;

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore_terminal();
    }
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        eprintln!(
            "hearsay crashed: {info}\nPlease report this at https://github.com/hearsay-news/hearsay/issues with the command you ran."
        );
        let _ = &previous;
    }));
}

/// Runs the full-screen browser. Returns the process exit code.
pub fn run(source: Source, options: Options) -> anyhow::Result<i32> {
    use std::io::IsTerminal;
    if !io::stdout().is_terminal() {
        anyhow::bail!(
            "the browser needs a terminal; for plain output use `hearsay articles` (see --help)"
        );
    }
    if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
        theme::set_no_color(true);
    }
    install_panic_hook();
    enable_raw_mode()?;
    let _guard = TerminalGuard;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        crossterm::event::EnableMouseCapture
    )?;
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    terminal.hide_cursor()?;
    let (tx, rx) = mpsc::channel();
    let mut app = App::loading();
    let size = terminal.size()?;
    app.handle(Event::Resize(size.width, size.height));
    workers::spawn_load(source, options, tx.clone());
    let mut searcher: Option<Searcher> = None;
    let test_panic = std::env::var_os("HEARSAY_TEST_PANIC").is_some();
    loop {
        let area = terminal.draw(|f| draw::draw(f, &app))?.area;
        if test_panic && app.loading.is_none() {
            panic!("test-only panic requested by HEARSAY_TEST_PANIC");
        }
        if event::poll(Duration::from_millis(40))? {
            match event::read()? {
                TermEvent::Key(k) if k.kind != KeyEventKind::Release => app.handle(Event::Key(k)),
                TermEvent::Resize(w, h) => app.handle(Event::Resize(w, h)),
                TermEvent::Mouse(m) => {
                    let panes = layout::panes(area, &app);
                    if let Some((pane, row)) = layout::hit(&panes, m.column, m.row) {
                        match m.kind {
                            MouseEventKind::ScrollDown => app.handle(Event::Scroll(pane, 3)),
                            MouseEventKind::ScrollUp => app.handle(Event::Scroll(pane, -3)),
                            MouseEventKind::Down(_) => app.handle(Event::Click(pane, row)),
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
        }
        while let Ok(ev) = rx.try_recv() {
            if let Event::Loaded(corpus, _) = &ev {
                searcher = Some(Searcher::spawn(corpus.clone(), tx.clone()));
            }
            app.handle(ev);
        }
        for req in app.take_requests() {
            match req {
                Request::Search(generation, query) => {
                    if let Some(s) = &mut searcher {
                        s.search(generation, query);
                    }
                }
            }
        }
        if app.should_quit {
            break;
        }
    }
    drop(terminal);
    Ok(0)
}
