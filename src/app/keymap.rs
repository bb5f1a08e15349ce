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
        "Fuzzy search every quote (@name: speaker only)",
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
        &[code(KeyCode::Down), ctrl('j'), ctrl('n')],
        Scope::Search,
        "move",
        "Next result",
    ),
    bind(
        A::Up,
        &[code(KeyCode::Up), ctrl('k'), ctrl('p')],
        Scope::Search,
        "",
        "Previous result",
    ),
    bind(
        A::Back,
        &[code(KeyCode::Esc)],
        Scope::Search,
        "close",
        "Close the search",
    ),
];

fn matches(k: &Key, ev: &KeyEvent) -> bool {
    // Shift is implied by the character itself ('G', '?'), so it is ignored for characters.
    let mods = match ev.code {
        KeyCode::Char(_) => ev.modifiers - KeyModifiers::SHIFT,
        _ => ev.modifiers,
    };
    k.code == ev.code && k.mods == mods
}

/// The action a key asks for in `scope` (scope bindings first, then global ones).
pub fn action_for(ev: &KeyEvent, scope: Scope) -> Option<Action> {
    let find = |s: Scope| {
        BINDINGS
            .iter()
            .filter(|b| b.scope == s)
            .find(|b| b.keys.iter().any(|k| matches(k, ev)))
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

/// Status-bar hints for a scope: `key label` pairs.
pub fn hints(scope: Scope) -> Vec<(String, &'static str)> {
    BINDINGS
        .iter()
        .filter(|b| {
            !b.hint.is_empty()
                && (b.scope == scope || (scope != Scope::Search && b.scope == Scope::Global))
        })
        .map(|b| (label(&b.keys[0]), b.hint))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn vim_and_arrow_keys_both_move() {
        for k in [KeyCode::Char('j'), KeyCode::Down] {
            assert_eq!(
                action_for(&ev(k, KeyModifiers::NONE), Scope::List),
                Some(Action::Down)
            );
        }
        assert_eq!(
            action_for(
                &ev(KeyCode::Char('d'), KeyModifiers::CONTROL),
                Scope::Reader
            ),
            Some(Action::HalfPageDown)
        );
        assert_eq!(
            action_for(&ev(KeyCode::Char('G'), KeyModifiers::SHIFT), Scope::Reader),
            Some(Action::Bottom)
        );
    }

    #[test]
    fn typing_in_search_is_not_a_command() {
        assert_eq!(
            action_for(&ev(KeyCode::Char('q'), KeyModifiers::NONE), Scope::Search),
            None
        );
        assert_eq!(
            action_for(
                &ev(KeyCode::Char('j'), KeyModifiers::CONTROL),
                Scope::Search
            ),
            Some(Action::Down)
        );
        assert_eq!(
            action_for(
                &ev(KeyCode::Char('c'), KeyModifiers::CONTROL),
                Scope::Search
            ),
            Some(Action::Quit)
        );
    }

    #[test]
    fn every_binding_has_help_and_keys() {
        for b in BINDINGS {
            assert!(!b.keys.is_empty() && !b.help.is_empty(), "{:?}", b.action);
        }
        assert!(hints(Scope::Reader)
            .iter()
            .any(|(k, h)| k == "n" && *h == "next quote"));
    }
}
