//! The table of every key binding: action, keys, scope, status-bar hint and help text.

use crossterm::event::{KeyCode, KeyModifiers};

use super::{Action, Binding, Key, Scope};

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
