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

pub struct Binding {
    pub action: Action,
    pub keys: &'static [Key],
    pub scope: Scope,
    /// What the help overlay says.
    pub help: &'static str,
    /// Short label for the status bar ("" keeps it out of the bar).
    pub hint: &'static str,
}

mod bindings;
pub use bindings::BINDINGS;

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
