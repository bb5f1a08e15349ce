//! Browser state: plain Rust, no terminal. Keys become actions; actions change state.
//! Long work (loading, searching) runs on workers (`workers`) that report back as events.

mod clock;
pub mod help;
pub mod history;
pub mod keymap;
mod kinds;
pub mod list;
mod memo;
mod navigate;
pub mod reader;
pub mod reload;
mod search_box;
mod sidebar;
pub mod watch;
pub mod workers;
mod workflow;

pub use keymap::{Action, Scope};
pub use list::{ListSort, SortKey};
pub use sidebar::{SidebarItem, Tab};

use crate::corpus::LoadProgress;
use crate::model::Corpus;
use crate::search::{Hit, SharedPostings};
use crate::workflow::group::Reprints;
use reader::Layout;
use std::sync::Arc;
use std::time::Instant;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pane {
    Articles,
    Reader,
    Sidebar,
}

impl Pane {
    const ORDER: [Pane; 3] = [Pane::Articles, Pane::Reader, Pane::Sidebar];

    fn scope(self) -> Scope {
        match self {
            Pane::Articles => Scope::List,
            Pane::Reader => Scope::Reader,
            Pane::Sidebar => Scope::Sidebar,
        }
    }
}

/// The search overlay.
#[derive(Clone, Debug, Default)]
pub struct SearchState {
    pub query: String,
    pub hits: Vec<Hit>,
    pub selected: usize,
    /// Generation of the newest query sent; results of older ones are dropped.
    pub generation: u64,
    pub searching: bool,
    /// Why the query cannot be read (an unknown field, a bad date): shown in the box.
    pub error: Option<String>,
}

/// A load in progress.
#[derive(Clone, Copy, Debug)]
pub struct Loading {
    pub progress: LoadProgress,
    pub started: Instant,
}

/// Something outside the state has happened (reported by a worker or the terminal).
#[derive(Debug)]
pub enum Event {
    Key(crossterm::event::KeyEvent),
    Resize(u16, u16),
    /// Mouse wheel over a pane (positive: down).
    Scroll(Pane, i32),
    /// A click on a pane, at a row inside it (0 = first row of content).
    Click(Pane, usize),
    Progress(LoadProgress),
    /// The corpus, its search postings (built by the first to ask, when the load did not
    /// have them), and the warnings.
    Loaded(Arc<Corpus>, SharedPostings, Vec<String>),
    /// The reprinted quotes of a corpus, grouped on a worker after it was shown.
    Reprints(Arc<Corpus>, Reprints),
    /// A warning after the corpus was shown (writing its snapshot failed).
    Warning(String),
    SearchResults(u64, Vec<Hit>),
    /// A terminal event, read on the input thread (the event loop routes it: keys, sizes,
    /// the mouse over the panes it drew).
    Terminal(crossterm::event::Event),
    /// Reading the terminal failed: the event loop ends.
    TerminalLost(String),
    /// Time has passed (a timed status message may be due to go), or the loop is asked
    /// to look at its flags (a signal).
    Tick,
    /// Files under the watched folders were written, made or removed (paths, once quiet).
    FolderChanged(Vec<std::path::PathBuf>),
    /// The corpus read again, and how it differs from the one it replaces.
    Reloaded(Box<reload::Reloaded>),
}

/// Work the event loop must do outside the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    Search(u64, workers::Job),
    /// Put this text on the clipboard (`workflow::clipboard`).
    Clipboard(String),
    /// Open the article outside the terminal (`workflow::open`).
    Open(crate::workflow::open::Target),
    /// Write stars and read marks.
    SaveState,
    /// Read the corpus again (through the per-file cache), replacing this one; these
    /// files changed (none: a reload by hand).
    Reload(Arc<Corpus>, Vec<std::path::PathBuf>),
}

pub struct App {
    pub corpus: Arc<Corpus>,
    pub loading: Option<Loading>,
    pub focus: Pane,
    /// Article indices shown in the list (all, or those of the actor filter).
    pub visible: Vec<usize>,
    pub list_selected: usize,
    /// The article list's order (`d`, `c`, `T`).
    pub list_sort: ListSort,
    /// The article in the reading view.
    pub current: Option<usize>,
    pub reader_scroll: usize,
    pub layout: Layout,
    /// The marked quotation (corpus quote index).
    pub selected_quote: Option<u32>,
    pub tab: Tab,
    pub corpus_quotes: bool,
    pub hide_scare: bool,
    /// Indirect speech hidden everywhere (reader, sidebar, `n`/`N`, search results).
    pub hide_indirect: bool,
    /// The Actors tab lists works, products and events too (not only people,
    /// organisations and places).
    pub show_things: bool,
    pub hide_boilerplate: bool,
    pub sidebar_selected: usize,
    pub actor_filter: Option<u32>,
    pub search: Option<SearchState>,
    pub help: bool,
    /// The help's scroll and filter (`help`).
    pub help_view: help::HelpView,
    pub status: Option<String>,
    /// A status message that goes by itself (`App::flash`), and when.
    flashed: Option<(Instant, String)>,
    pub warnings: Vec<String>,
    pub size: (u16, u16),
    pub should_quit: bool,
    pub keymap: keymap::Keymap,
    pub state: crate::workflow::state::State,
    /// Past queries (Ctrl-P / Ctrl-N in the search box).
    pub history: history::History,
    /// The same quote reprinted in several articles: found on a worker after the corpus is
    /// shown (empty until `Event::Reprints`).
    pub reprints: Reprints,
    /// Moves when the corpus or its reprints change (the sidebar's rows depend on both).
    corpus_version: u64,
    sidebar_rows: memo::Memo<sidebar::RowsMadeFrom, Vec<SidebarItem>>,
    /// The Stats view's counts, for one corpus version (not counted again every frame).
    stats: memo::Memo<u64, crate::workflow::stats::Stats>,
    pub stats_view: bool,
    /// Reloads running, wanted and retried (`reload`).
    reloads: reload::Reloads,
    requests: Vec<Request>,
}

/// Lines an article takes in the list: its title, then the rest of it with date, outlet and
/// quotes.
pub const LIST_ROW_LINES: usize = 2;

/// Below this width one pane is shown at a time.
pub const NARROW: u16 = 100;

impl App {
    pub fn new(corpus: Arc<Corpus>) -> App {
        let mut app = App {
            corpus: Arc::new(Corpus::default()),
            loading: None,
            focus: Pane::Articles,
            visible: Vec::new(),
            list_selected: 0,
            list_sort: ListSort::default(),
            current: None,
            reader_scroll: 0,
            layout: Layout::default(),
            selected_quote: None,
            tab: Tab::Quotes,
            corpus_quotes: false,
            hide_scare: false,
            hide_indirect: false,
            show_things: false,
            hide_boilerplate: false,
            sidebar_selected: 0,
            actor_filter: None,
            search: None,
            help: false,
            help_view: help::HelpView::default(),
            status: None,
            flashed: None,
            warnings: Vec::new(),
            size: (120, 40),
            should_quit: false,
            keymap: keymap::Keymap::default(),
            state: crate::workflow::state::State::default(),
            history: history::History::default(),
            reprints: Reprints::default(),
            corpus_version: 0,
            sidebar_rows: memo::Memo::default(),
            stats: memo::Memo::default(),
            stats_view: false,
            reloads: reload::Reloads::default(),
            requests: Vec::new(),
        };
        app.set_corpus(corpus);
        // A corpus given at once (tests, benchmarks) is grouped at once too.
        app.set_reprints(Reprints::of(&app.corpus));
        app
    }

    /// An app waiting for a load to finish.
    pub fn loading() -> App {
        let mut app = App::new(Arc::new(Corpus::default()));
        app.loading = Some(Loading {
            progress: LoadProgress::default(),
            started: Instant::now(),
        });
        app
    }

    fn set_corpus(&mut self, corpus: Arc<Corpus>) {
        self.corpus = corpus;
        self.set_reprints(Reprints::default());
        self.visible = (0..self.corpus.articles.len()).collect();
        list::sorted(&self.corpus.articles, &mut self.visible, self.list_sort);
        self.list_selected = 0;
        self.actor_filter = None;
        self.open_article(self.visible.first().copied());
    }

    /// The corpus's counts for the Stats view, counted once per corpus.
    pub fn stats(&self) -> std::rc::Rc<crate::workflow::stats::Stats> {
        self.stats.get(self.corpus_version, || {
            crate::workflow::stats::compute(&self.corpus)
        })
    }

    fn set_reprints(&mut self, reprints: Reprints) {
        self.reprints = reprints;
        self.corpus_version += 1;
    }

    /// Requests for workers made since the last call.
    pub fn take_requests(&mut self) -> Vec<Request> {
        std::mem::take(&mut self.requests)
    }

    /// The scope keys are looked up in.
    pub fn scope(&self) -> Scope {
        if self.search.is_some() {
            Scope::Search
        } else {
            self.focus.scope()
        }
    }

    pub fn narrow(&self) -> bool {
        self.size.0 < NARROW
    }

    /// Rows of text a pane shows (borders and headers excluded); drawing uses the same sums.
    pub fn page(&self) -> usize {
        (self.size.1 as usize).saturating_sub(6).max(1)
    }

    /// Width of the reading view's text, as the drawing lays it out.
    pub fn reader_width(&self) -> u16 {
        let w = self.size.0;
        let pane = if self.narrow() {
            w
        } else {
            w - w * 34 / 100 - w * 30 / 100
        };
        pane.saturating_sub(3).max(8)
    }

    pub fn handle(&mut self, event: Event) {
        match event {
            Event::Key(k) => self.key(k),
            Event::Resize(w, h) => {
                self.size = (w, h);
                self.relayout();
            }
            Event::Scroll(pane, delta) => {
                self.focus = pane;
                let a = if delta > 0 { Action::Down } else { Action::Up };
                for _ in 0..delta.unsigned_abs().min(10) {
                    self.apply(a);
                }
            }
            Event::Click(pane, row) => self.click(pane, row),
            Event::Progress(p) => {
                if let Some(l) = &mut self.loading {
                    l.progress = p;
                }
            }
            Event::Loaded(corpus, _, warnings) => self.loaded(corpus, warnings),
            Event::Reprints(corpus, reprints) => {
                // Only for the corpus on screen (not one loaded before it).
                if Arc::ptr_eq(&corpus, &self.corpus) {
                    self.set_reprints(reprints);
                }
            }
            Event::Warning(warning) => {
                self.status = Some(format!("warning: {warning}"));
                self.warnings.push(warning);
            }
            Event::SearchResults(generation, hits) => self.search_results(generation, hits),
            Event::Tick => self.tick(Instant::now()),
            Event::FolderChanged(paths) => self.want_reload(paths),
            Event::Reloaded(r) => self.reloaded(*r),
            Event::Terminal(_) | Event::TerminalLost(_) => {}
        }
    }

    /// A key: for the help when it is open; any key closes the Stats view; else the action
    /// bound to it, or typing in the search box.
    fn key(&mut self, k: crossterm::event::KeyEvent) {
        if self.help {
            self.help_key(k);
            return;
        }
        if self.stats_view {
            // Any key closes the Stats view; q still quits.
            self.stats_view = false;
            if self.keymap.action_for(&k, Scope::Global) == Some(Action::Quit) {
                self.should_quit = true;
            }
            return;
        }
        match self.keymap.action_for(&k, self.scope()) {
            Some(a) => self.apply(a),
            None if self.search.is_some() => self.search_key(k),
            None => {}
        }
    }

    /// The first load is done: its corpus on screen, its warnings in the status bar.
    fn loaded(&mut self, corpus: Arc<Corpus>, warnings: Vec<String>) {
        self.loading = None;
        self.warnings = warnings;
        match self.warnings.as_slice() {
            [] => {}
            [one] => self.status = Some(format!("warning: {one}")),
            many => self.status = Some(format!("{} warnings while loading", many.len())),
        }
        self.set_corpus(corpus);
        self.reload_if_changed_meanwhile();
    }

    /// Results of the newest query (those of older ones are dropped).
    fn search_results(&mut self, generation: u64, hits: Vec<Hit>) {
        let hits = kinds::shown_hits(self, hits);
        if let Some(s) = &mut self.search {
            if s.generation == generation {
                s.hits = hits;
                s.selected = s.selected.min(s.hits.len().saturating_sub(1));
                s.searching = false;
            }
        }
    }

    pub fn apply(&mut self, action: Action) {
        self.status = None;
        match action {
            Action::Quit => self.should_quit = true,
            Action::Help => self.open_help(),
            Action::Search => {
                self.search = Some(SearchState::default());
                self.history.reset();
            }
            Action::HistoryPrev | Action::HistoryNext => self.browse_history(action),
            Action::Back => self.back(),
            Action::FocusNext | Action::FocusPrev => self.cycle_focus(action == Action::FocusNext),
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::HalfPageUp
            | Action::HalfPageDown
            | Action::Top
            | Action::Bottom => self.move_for(action),
            Action::Open => self.open(),
            Action::NextQuote => self.step_quote(true),
            Action::PrevQuote => self.step_quote(false),
            Action::SidebarTab
            | Action::StarredTab
            | Action::CorpusQuotes
            | Action::ToggleScare
            | Action::ToggleThings => self.sidebar_action(action),
            Action::ToggleIndirect => self.toggle_indirect(),
            Action::ToggleBoilerplate => {
                self.hide_boilerplate = !self.hide_boilerplate;
                self.relayout();
            }
            Action::Copy => self.copy(),
            Action::CopySource => self.copy_source(),
            Action::OpenExternal => self.open_external(),
            Action::Star => self.star(),
            Action::ToggleRead => self.toggle_read(),
            Action::Stats => self.stats_view = true,
            Action::OtherArticle => self.other_article(),
            Action::Reload => self.want_reload(Vec::new()),
            Action::SortDate => self.sort_list(SortKey::Date),
            Action::SortQuotes => self.sort_list(SortKey::Quotes),
            Action::SortTitle => self.sort_list(SortKey::Title),
        }
    }

    /// Esc: closes the search (remembering its query), else drops the actor filter.
    fn back(&mut self) {
        if self.search.is_some() {
            self.remember_query();
            self.search = None;
        } else if self.actor_filter.is_some() {
            self.set_actor_filter(None);
        }
    }

    /// Focus to the next pane (`forward`) or the one before.
    fn cycle_focus(&mut self, forward: bool) {
        let i = Pane::ORDER
            .iter()
            .position(|p| *p == self.focus)
            .unwrap_or(0);
        let step = if forward { 1 } else { 2 };
        self.focus = Pane::ORDER[(i + step) % 3];
    }

    /// What the sidebar lists changes (its tab, or which quotes it shows): back to its top.
    fn sidebar_action(&mut self, action: Action) {
        match action {
            Action::SidebarTab => {
                self.tab = match self.tab {
                    Tab::Quotes => Tab::Actors,
                    Tab::Actors | Tab::Starred => Tab::Quotes,
                };
            }
            Action::StarredTab => self.tab = Tab::Starred,
            Action::CorpusQuotes => self.corpus_quotes = !self.corpus_quotes,
            Action::ToggleScare => self.hide_scare = !self.hide_scare,
            Action::ToggleThings => self.show_things = !self.show_things,
            _ => return,
        }
        self.sidebar_selected = 0;
    }

    /// The articles the list shows: all, or the actor filter's, in the list's sort order.
    fn filtered_articles(&self) -> Vec<usize> {
        let mut visible: Vec<usize> = match self.actor_filter {
            None => (0..self.corpus.articles.len()).collect(),
            Some(a) => self.corpus.actors[a as usize]
                .articles
                .iter()
                .map(|&i| i as usize)
                .collect(),
        };
        list::sorted(&self.corpus.articles, &mut visible, self.list_sort);
        visible
    }

    fn set_actor_filter(&mut self, actor: Option<u32>) {
        self.actor_filter = actor;
        self.visible = self.filtered_articles();
        self.list_selected = self
            .current
            .and_then(|c| self.visible.iter().position(|&a| a == c))
            .unwrap_or(0);
        if self.current.is_none_or(|c| !self.visible.contains(&c)) {
            self.open_article(self.visible.first().copied());
        }
    }
}

#[cfg(test)]
mod tests;
