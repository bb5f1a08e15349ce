//! The one declaration of every key: the event loop maps keys through it, and the status bar
//! and the help overlay are drawn from it, so they cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Everything a key can ask the browser to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    Quit,
    Help,
    FocusNext,
    FocusPrev,
    Up,
    Down,
    PageUp,
    PageDown,
    HalfPageUp,
    HalfPageDown,
    Top,
    Bottom,
    Open,
    Back,
    Search,
    NextQuote,
    PrevQuote,
    SidebarTab,
    CorpusQuotes,
    ToggleBoilerplate,
    ToggleScare,
    ToggleIndirect,
    ToggleThings,
    Copy,
    CopySource,
    OpenExternal,
    Star,
    StarredTab,
    ToggleRead,
    Stats,
    OtherArticle,
    HistoryPrev,
    HistoryNext,
    Reload,
    SortDate,
    SortQuotes,
    SortTitle,
}

impl Action {
    pub const ALL: &'static [Action] = &[
        Action::Quit,
        Action::Help,
        Action::FocusNext,
        Action::FocusPrev,
        Action::Up,
        Action::Down,
        Action::PageUp,
        Action::PageDown,
        Action::HalfPageUp,
        Action::HalfPageDown,
        Action::Top,
        Action::Bottom,
        Action::Open,
        Action::Back,
        Action::Search,
        Action::NextQuote,
        Action::PrevQuote,
        Action::SidebarTab,
        Action::CorpusQuotes,
        Action::ToggleBoilerplate,
        Action::ToggleScare,
        Action::ToggleIndirect,
        Action::ToggleThings,
        Action::Copy,
        Action::CopySource,
        Action::OpenExternal,
        Action::Star,
        Action::StarredTab,
        Action::ToggleRead,
        Action::Stats,
        Action::OtherArticle,
        Action::HistoryPrev,
        Action::HistoryNext,
        Action::Reload,
        Action::SortDate,
        Action::SortQuotes,
        Action::SortTitle,
    ];

    /// The name used in the config file's `[keys]` table.
    pub fn name(self) -> &'static str {
        match self {
            Action::Quit => "quit",
            Action::Help => "help",
            Action::FocusNext => "focus_next",
            Action::FocusPrev => "focus_prev",
            Action::Up => "up",
            Action::Down => "down",
            Action::PageUp => "page_up",
            Action::PageDown => "page_down",
            Action::HalfPageUp => "half_page_up",
            Action::HalfPageDown => "half_page_down",
            Action::Top => "top",
            Action::Bottom => "bottom",
            Action::Open => "open",
            Action::Back => "back",
            Action::Search => "search",
            Action::NextQuote => "next_quote",
            Action::PrevQuote => "prev_quote",
            Action::SidebarTab => "sidebar_tab",
            Action::CorpusQuotes => "corpus_quotes",
            Action::ToggleBoilerplate => "toggle_boilerplate",
            Action::ToggleScare => "toggle_scare",
            Action::ToggleIndirect => "toggle_indirect",
            Action::ToggleThings => "toggle_things",
            Action::Copy => "copy",
            Action::CopySource => "copy_source",
            Action::OpenExternal => "open_external",
            Action::Star => "star",
            Action::StarredTab => "starred",
            Action::ToggleRead => "toggle_read",
            Action::Stats => "stats",
            Action::OtherArticle => "other_article",
            Action::HistoryPrev => "history_prev",
            Action::HistoryNext => "history_next",
            Action::Reload => "reload",
            Action::SortDate => "sort_date",
            Action::SortQuotes => "sort_quotes",
            Action::SortTitle => "sort_title",
        }
    }

    pub fn from_name(name: &str) -> Option<Action> {
        Action::ALL.iter().copied().find(|a| a.name() == name)
    }
}

/// Where a binding applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Global,
    List,
    Reader,
    Sidebar,
    Search,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

pub struct Binding {
    pub action: Action,
    pub keys: &'static [Key],
    pub scope: Scope,
    /// What the help overlay says.
    pub help: &'static str,
    /// Short label for the status bar ("" keeps it out of the bar).
    pub hint: &'static str,
}

const fn bind(
    action: Action,
    keys: &'static [Key],
    scope: Scope,
    hint: &'static str,
    help: &'static str,
) -> Binding {
    Binding {
        action,
        keys,
        scope,
        help,
        hint,
    }
}

use Action as A;

/// Every key binding of the browser.
pub static BINDINGS: &[Binding] = &[
    bind(
        A::Quit,
        &[key('q'), ctrl('c')],
        Scope::Global,
        "quit",
        "Quit",
    ),
    bind(
        A::Help,
        &[key('?'), code(KeyCode::F(1))],
        Scope::Global,
        "help",
        "Show or hide this help",
    ),
    bind(
        A::Search,
        &[key('/')],
        Scope::Global,
        "search",
        "Search every quote (query syntax below)",
    ),
    bind(
        A::FocusNext,
        &[code(KeyCode::Tab), key('l')],
        Scope::Global,
        "next pane",
        "Focus the next pane",
    ),
    bind(
        A::FocusPrev,
        &[code(KeyCode::BackTab), key('h')],
        Scope::Global,
        "",
        "Focus the previous pane",
    ),
    bind(
        A::Down,
        &[key('j'), code(KeyCode::Down)],
        Scope::Global,
        "move",
        "Move down / scroll down",
    ),
    bind(
        A::Up,
        &[key('k'), code(KeyCode::Up)],
        Scope::Global,
        "",
        "Move up / scroll up",
    ),
    bind(
        A::PageDown,
        &[code(KeyCode::PageDown), key(' ')],
        Scope::Global,
        "",
        "Page down",
    ),
    bind(
        A::PageUp,
        &[code(KeyCode::PageUp)],
        Scope::Global,
        "",
        "Page up",
    ),
    bind(
        A::HalfPageDown,
        &[ctrl('d')],
        Scope::Global,
        "",
        "Half a page down",
    ),
    bind(
        A::HalfPageUp,
        &[ctrl('u')],
        Scope::Global,
        "",
        "Half a page up",
    ),
    bind(
        A::Top,
        &[key('g'), code(KeyCode::Home)],
        Scope::Global,
        "",
        "Go to the top",
    ),
    bind(
        A::Bottom,
        &[key('G'), code(KeyCode::End)],
        Scope::Global,
        "",
        "Go to the bottom",
    ),
    bind(
        A::Open,
        &[code(KeyCode::Enter)],
        Scope::List,
        "open",
        "Open the selected article",
    ),
    // Each again reverses the order; a third time goes back to path order.
    bind(
        A::SortDate,
        &[key('d')],
        Scope::List,
        "sort",
        "Sort articles by date (newest first; again: oldest)",
    ),
    bind(
        A::SortQuotes,
        &[key('c')],
        Scope::List,
        "",
        "Sort articles by quote count (most first; again: fewest)",
    ),
    bind(
        A::SortTitle,
        &[key('T')],
        Scope::List,
        "",
        "Sort articles by title (A–Z; again: Z–A; third: by path)",
    ),
    bind(
        A::NextQuote,
        &[key('n')],
        Scope::Reader,
        "next quote",
        "Jump to the next quotation",
    ),
    bind(
        A::PrevQuote,
        &[key('N')],
        Scope::Reader,
        "prev quote",
        "Jump to the previous quotation",
    ),
    bind(
        A::ToggleBoilerplate,
        &[key('b')],
        Scope::Reader,
        "boilerplate",
        "Hide or show boilerplate lines",
    ),
    bind(
        A::Open,
        &[code(KeyCode::Enter)],
        Scope::Sidebar,
        "open",
        "Quote: open its article · Actor: filter to it",
    ),
    bind(
        A::SidebarTab,
        &[key('t')],
        Scope::Sidebar,
        "quotes/actors",
        "Switch between the Quotes and Actors tabs",
    ),
    bind(
        A::CorpusQuotes,
        &[key('a')],
        Scope::Sidebar,
        "all quotes",
        "Quotes of this article or of the whole corpus",
    ),
    bind(
        A::ToggleScare,
        &[key('x')],
        Scope::Sidebar,
        "scare quotes",
        "Hide or show scare quotes",
    ),
    bind(
        A::ToggleIndirect,
        &[key('i')],
        Scope::Global,
        "",
        "Hide or show indirect speech everywhere",
    ),
    bind(
        A::ToggleThings,
        &[key('w')],
        Scope::Sidebar,
        "",
        "Show or hide works, products and events in the Actors tab",
    ),
    bind(
        A::Copy,
        &[key('y')],
        Scope::Global,
        "copy",
        "Copy the marked quote with its citation (tmux, OSC 52)",
    ),
    bind(
        A::CopySource,
        &[key('Y')],
        Scope::Global,
        "",
        "Copy the article's URL or path",
    ),
    bind(
        A::OpenExternal,
        &[key('O')],
        Scope::Global,
        "",
        "Open the article's URL or file (copied over SSH)",
    ),
    bind(
        A::Star,
        &[key('s')],
        Scope::Global,
        "star",
        "Star or unstar the marked quote",
    ),
    bind(
        A::StarredTab,
        &[key('S')],
        Scope::Global,
        "",
        "Show starred quotes across the corpus",
    ),
    bind(
        A::ToggleRead,
        &[key('u')],
        Scope::List,
        "",
        "Mark the article read or unread",
    ),
    bind(
        A::Stats,
        &[key('#')],
        Scope::Global,
        "",
        "Stats: quotes per speaker and outlet, articles per day",
    ),
    bind(
        A::OtherArticle,
        &[key('o')],
        Scope::Global,
        "",
        "Jump to the next article carrying the same quote",
    ),
    bind(
        A::Reload,
        &[key('R')],
        Scope::Global,
        "",
        "Read the folders again (new, changed, removed files)",
    ),
    bind(
        A::Back,
        &[code(KeyCode::Esc)],
        Scope::Global,
        "clear",
        "Close an overlay, clear the actor filter",
    ),
    bind(
        A::Open,
        &[code(KeyCode::Enter)],
        Scope::Search,
        "jump",
        "Open the selected result",
    ),
    bind(
        A::Down,
        &[code(KeyCode::Down), ctrl('j')],
        Scope::Search,
        "move",
        "Next result",
    ),
    bind(
        A::Up,
        &[code(KeyCode::Up), ctrl('k')],
        Scope::Search,
        "",
        "Previous result",
    ),
    // As fzf with --history: Ctrl-P / Ctrl-N go through past queries.
    bind(
        A::HistoryPrev,
        &[ctrl('p')],
        Scope::Search,
        "",
        "Previous query from the history ($XDG_STATE_HOME/hearsay/history)",
    ),
    bind(
        A::HistoryNext,
        &[ctrl('n')],
        Scope::Search,
        "",
        "Next query from the history (past the newest: what was typed)",
    ),
    bind(
        A::Back,
        &[code(KeyCode::Esc)],
        Scope::Search,
        "close",
        "Close the search",
    ),
];

/// The keys an action has in the declaration (its first scope's binding).
pub fn default_keys(action: Action) -> &'static [Key] {
    BINDINGS
        .iter()
        .find(|b| b.action == action)
        .map_or(&[], |b| b.keys)
}

/// The keymap in use: the declaration with the config's `[keys]` applied.
#[derive(Clone, Debug, Default)]
pub struct Keymap {
    /// Replacement keys per action (every scope the action is bound in).
    overrides: Vec<(Action, Vec<Key>)>,
}

impl Keymap {
    pub fn with_overrides(overrides: Vec<(Action, Vec<Key>)>) -> Keymap {
        Keymap { overrides }
    }

    /// The keys of a binding as configured.
    pub fn keys<'a>(&'a self, b: &'a Binding) -> &'a [Key] {
        self.overrides
            .iter()
            .find(|(a, _)| *a == b.action)
            .map_or(b.keys, |(_, k)| k.as_slice())
    }

    pub fn action_for(&self, ev: &KeyEvent, scope: Scope) -> Option<Action> {
        let find = |s: Scope| {
            BINDINGS
                .iter()
                .filter(|b| b.scope == s)
                .find(|b| self.keys(b).iter().any(|k| matches(k, ev)))
                .map(|b| b.action)
        };
        if scope == Scope::Search {
            return find(Scope::Search).or_else(|| {
                // Only non-character keys fall through while typing a query.
                let ctrl_c =
                    ev.code == KeyCode::Char('c') && ev.modifiers.contains(KeyModifiers::CONTROL);
                ctrl_c.then_some(Action::Quit)
            });
        }
        find(scope).or_else(|| find(Scope::Global))
    }

    /// Status-bar hints for a scope: `key label` pairs.
    pub fn hints(&self, scope: Scope) -> Vec<(String, &'static str)> {
        BINDINGS
            .iter()
            .filter(|b| {
                !b.hint.is_empty()
                    && (b.scope == scope || (scope != Scope::Search && b.scope == Scope::Global))
            })
            .filter_map(|b| self.keys(b).first().map(|k| (label(k), b.hint)))
            .collect()
    }
}

fn matches(k: &Key, ev: &KeyEvent) -> bool {
    // Shift is implied by the character itself ('G', '?'), so it is ignored for characters.
    let mods = match ev.code {
        KeyCode::Char(_) => ev.modifiers - KeyModifiers::SHIFT,
        _ => ev.modifiers,
    };
    k.code == ev.code && k.mods == mods
}

/// The action a key asks for in `scope` with the default keys.
pub fn action_for(ev: &KeyEvent, scope: Scope) -> Option<Action> {
    Keymap::default().action_for(ev, scope)
}

/// A key as the help shows it: `j`, `Ctrl-d`, `PgDn`.
pub fn label(k: &Key) -> String {
    let base = match k.code {
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_string(),
        KeyCode::Enter => "Enter".into(),
        KeyCode::Esc => "Esc".into(),
        KeyCode::Tab => "Tab".into(),
        KeyCode::BackTab => "Shift-Tab".into(),
        KeyCode::Up => "↑".into(),
        KeyCode::Down => "↓".into(),
        KeyCode::Left => "←".into(),
        KeyCode::Right => "→".into(),
        KeyCode::PageUp => "PgUp".into(),
        KeyCode::PageDown => "PgDn".into(),
        KeyCode::Home => "Home".into(),
        KeyCode::End => "End".into(),
        KeyCode::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    if k.mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl-{base}")
    } else {
        base
    }
}

/// Status-bar hints for a scope with the default keys.
pub fn hints(scope: Scope) -> Vec<(String, &'static str)> {
    Keymap::default().hints(scope)
}

#[cfg(test)]
mod tests;
