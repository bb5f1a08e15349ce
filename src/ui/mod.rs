//! Terminal browser: drawing the app state with ratatui, and the crossterm event loop.
//! The terminal is restored on every way out: quit, error, panic.

pub mod draw;
mod handoff;
#[cfg(unix)]
mod hangup;
pub mod layout;
mod list;
mod overlay;
mod stats_view;
pub mod theme;
mod titles;
mod wake;

use crate::app::workers::{self, Searcher};
use crate::app::{App, Event, Request};
use crate::pipeline::{Options, Source};
use crate::workflow::clipboard::Clipboard;
use crossterm::event::{Event as TermEvent, KeyEventKind, MouseEventKind};
use crossterm::execute;
use crossterm::terminal::{
    disable_raw_mode, enable_raw_mode, EnterAlternateScreen, LeaveAlternateScreen,
};
use ratatui::backend::CrosstermBackend;
use ratatui::Terminal;
use std::io::{self, Write};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{mpsc, Arc};
use std::time::Instant;

/// Without Unix signals and poll(2) there is no watchdog: the UI thread saves alone.
#[cfg(not(unix))]
mod hangup {
    use crate::workflow::state::State;
    use std::sync::{atomic::AtomicUsize, Arc};

    pub struct Watch;

    impl Watch {
        pub fn start(
            _: &State,
            _: Arc<AtomicUsize>,
            _: impl Fn() + Send + 'static,
        ) -> std::io::Result<Watch> {
            Ok(Watch)
        }
        pub fn update(&self, _: &State) {}
        pub fn save(&self, state: &mut State) -> std::io::Result<()> {
            state.save()
        }
        pub fn finish(&self, state: &mut State) -> std::io::Result<()> {
            state.save()
        }
    }

    pub fn terminal_gone() -> bool {
        false
    }
}

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
        // Not eprintln!, which panics when stderr is a terminal that has gone away: a
        // panic inside the hook aborts.
        let _ = writeln!(
            io::stderr(),
            "hearsay crashed: {info}\nPlease report this at https://github.com/hearsay-news/hearsay/issues with the command you ran."
        );
        let _ = &previous;
    }));
}

/// How the browser looks and starts, from the config file and the command line.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub config: crate::config::Config,
    /// `--color never` or NO_COLOR: no colours, only bold/reverse/underline.
    pub no_color: bool,
    /// Watch the folders opened and reload when they change (`--no-watch`, `watch = false`).
    pub watch: bool,
}

/// Sets the app's keys and starting toggles from the settings.
pub fn configure(app: &mut App, settings: &Settings) {
    use crate::app::keymap::{Action, Keymap};
    let c = &settings.config;
    let overrides = c
        .keys
        .iter()
        .filter_map(|(name, keys)| {
            let action = Action::from_name(name)?;
            let keys = keys
                .iter()
                .filter_map(|k| crate::config::parse_key(k).ok())
                .collect();
            Some((action, keys))
        })
        .collect();
    app.keymap = Keymap::with_overrides(overrides);
    app.hide_boilerplate = c.ui.hide_boilerplate;
    app.hide_scare = c.ui.hide_scare;
    app.hide_indirect = c.ui.hide_indirect;
    app.tab = match c.ui.sidebar_tab {
        crate::config::SidebarTab::Quotes => crate::app::Tab::Quotes,
        crate::config::SidebarTab::Actors => crate::app::Tab::Actors,
    };
}

/// Runs the full-screen browser. Returns the process exit code.
pub fn run(source: Source, options: Options, settings: Settings) -> anyhow::Result<i32> {
    use std::io::IsTerminal;
    if !io::stdout().is_terminal() {
        anyhow::bail!(
            "the browser needs a terminal; for plain output use `hearsay articles` (see --help)"
        );
    }
    theme::set_no_color(settings.no_color);
    theme::set_theme(settings.config.ui.theme, &settings.config.colors)
        .map_err(anyhow::Error::msg)?;
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
    let mut app = new_app(&settings);
    let size = terminal.size()?;
    app.handle(Event::Resize(size.width, size.height));
    // SIGTERM and SIGHUP end the loop like `q`, so the terminal is restored; the exit code
    // says which signal (128 + its number), as a shell would. The watchdog wakes the loop
    // for them, and ends the process when the terminal goes away and the loop does not
    // answer (see `hangup`).
    let signalled = Arc::new(AtomicUsize::new(0));
    let (tx, rx) = mpsc::channel();
    let watch = start_threads(&app, &signalled, &tx, (&source, &options), &settings)?;
    let looped = event_loop(
        &mut terminal,
        &mut app,
        &watch,
        &signalled,
        (tx, rx),
        (&source, &options),
    );
    if terminal.show_cursor().is_err() {
        // The terminal is gone: dropped, ratatui would try again and report the failure
        // with eprintln!, which panics on a dead stderr.
        std::mem::forget(terminal);
    }
    exit_code(&mut app, &watch, &signalled, looped)
}

/// The app as it starts: loading, configured, with its stars, read marks and query history
/// (a status line when they could not be read).
fn new_app(settings: &Settings) -> App {
    let mut app = App::loading();
    configure(&mut app, settings);
    let (state, warning) =
        crate::workflow::state::State::load(crate::workflow::state::default_path());
    app.state = state;
    app.history = crate::app::history::History::load(crate::app::history::default_path());
    if let Some(w) = warning {
        app.status = Some(w.to_string());
    }
    app
}

/// What feeds the loop's channel `tx`: the watchdog (returned), the terminal reader, the
/// folder watcher and the first load.
fn start_threads(
    app: &App,
    signalled: &Arc<AtomicUsize>,
    tx: &mpsc::Sender<Event>,
    (source, options): (&Source, &Options),
    settings: &Settings,
) -> anyhow::Result<hangup::Watch> {
    let waker = tx.clone();
    let watch = hangup::Watch::start(&app.state, signalled.clone(), move || {
        let _ = waker.send(Event::Tick);
    })?;
    wake::spawn_input(tx.clone())?;
    // Changes to the folders are read as they come; the bundled corpus does not change.
    if let (Source::Paths(roots), true) = (source, settings.watch) {
        crate::app::watch::spawn(roots.clone(), options.cache_dir.clone(), tx.clone());
    }
    workers::spawn_load(source.clone(), options.clone(), tx.clone());
    Ok(watch)
}

/// Read marks saved, and the exit code: the loop's, or 128 + the signal's number when a
/// signal or a hangup ended it.
fn exit_code(
    app: &mut App,
    watch: &hangup::Watch,
    signalled: &AtomicUsize,
    looped: anyhow::Result<i32>,
) -> anyhow::Result<i32> {
    // Read marks are saved once, on the way out (stars are saved as they change).
    if let Err(e) = watch.finish(&mut app.state) {
        restore_terminal();
        let _ = writeln!(
            io::stderr(),
            "hearsay: warning: could not save read marks: {e}"
        );
    }
    match looped {
        // Drawing on a terminal that has gone away fails: that is a hangup, not an error.
        Err(_) if signalled.load(Ordering::SeqCst) != 0 || hangup::terminal_gone() => {
            let sig = signalled.load(Ordering::SeqCst);
            Ok(128 + if sig == 0 { 1 } else { sig as i32 }) // SIGHUP is 1
        }
        looped => looped,
    }
}

/// Draws, then waits for what the channel brings (keys, results, timers; see `wake`) and
/// hands work out, until quit or a signal; returns the exit code.
fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<io::Stdout>>,
    app: &mut App,
    watch: &hangup::Watch,
    signalled: &AtomicUsize,
    (tx, rx): (mpsc::Sender<Event>, mpsc::Receiver<Event>),
    (source, options): (&Source, &Options),
) -> anyhow::Result<i32> {
    let mut searcher: Option<Searcher> = None;
    // Kept for the session: on Linux the system clipboard lives as long as its handle.
    let mut clipboard = Clipboard::new(crate::workflow::clipboard::Env::current());
    let test_panic = std::env::var_os("HEARSAY_TEST_PANIC").is_some();
    loop {
        let area = terminal.draw(|f| draw::draw(f, app))?.area;
        let drawn = Instant::now();
        if test_panic && app.loading.is_none() {
            panic!("test-only panic requested by HEARSAY_TEST_PANIC");
        }
        for ev in wake::next_batch(&rx, app.next_deadline(), drawn) {
            handle_event(app, area, ev, &mut searcher, &tx)?;
        }
        app.tick(Instant::now());
        for req in app.take_requests() {
            let to = (&mut searcher, &mut clipboard, watch, &tx);
            carry_out(app, req, to, (source, options));
        }
        watch.update(&app.state);
        if app.should_quit {
            return Ok(0);
        }
        let sig = signalled.load(Ordering::SeqCst);
        if sig != 0 {
            return Ok(128 + sig as i32);
        }
    }
}

/// One event from the channel, for the app (of the frame last drawn, `area`); a loaded or
/// reloaded corpus gets a searcher of its own. Fails when the terminal cannot be read.
fn handle_event(
    app: &mut App,
    area: ratatui::layout::Rect,
    ev: Event,
    searcher: &mut Option<Searcher>,
    tx: &mpsc::Sender<Event>,
) -> anyhow::Result<()> {
    match ev {
        Event::Terminal(t) => terminal_event(app, area, t),
        Event::TerminalLost(e) => anyhow::bail!("reading the terminal: {e}"),
        Event::Loaded(corpus, postings, warnings) => {
            *searcher = Some(Searcher::spawn(
                corpus.clone(),
                postings.clone(),
                tx.clone(),
            ));
            app.handle(Event::Loaded(corpus, postings, warnings));
        }
        Event::Reloaded(r) => {
            *searcher = Some(Searcher::spawn(
                r.corpus.clone(),
                r.postings.clone(),
                tx.clone(),
            ));
            app.handle(Event::Reloaded(r));
        }
        ev => app.handle(ev),
    }
    Ok(())
}

/// One request of the app carried out: a search sent to the searcher, text copied, an
/// address opened, a reload started, the stars saved.
fn carry_out(
    app: &mut App,
    req: Request,
    (searcher, clipboard, watch, tx): (
        &mut Option<Searcher>,
        &mut Clipboard,
        &hangup::Watch,
        &mpsc::Sender<Event>,
    ),
    (source, options): (&Source, &Options),
) {
    match req {
        Request::Search(generation, query) => {
            if let Some(s) = searcher {
                s.search(generation, query);
            }
        }
        Request::Clipboard(text) => {
            app.status = Some(handoff::copy(clipboard, &text));
        }
        Request::Open(target) => {
            app.status = Some(handoff::open(clipboard, &target));
        }
        Request::Reload(old, changed) => {
            let (source, options) = (source.clone(), options.clone());
            workers::spawn_reload(source, options, old, changed, tx.clone());
        }
        Request::SaveState => {
            if let Err(e) = watch.save(&mut app.state) {
                app.status = Some(format!("could not save stars: {e}"));
            }
        }
    }
}

/// A key, a new size, or the mouse over a pane (of the frame last drawn, `area`).
fn terminal_event(app: &mut App, area: ratatui::layout::Rect, event: TermEvent) {
    match event {
        TermEvent::Key(k) if k.kind != KeyEventKind::Release => app.handle(Event::Key(k)),
        TermEvent::Resize(w, h) => app.handle(Event::Resize(w, h)),
        TermEvent::Mouse(m) => {
            let panes = layout::panes(area, app);
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
