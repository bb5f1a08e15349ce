//! The help overlay's state: every binding of the keymap and the query syntax as rows,
//! scrolled with the moving keys, filtered with `/`, closed only by `Esc`, `q` or `?`.

use super::keymap::{self, Action, Keymap, Scope, BINDINGS};
use super::App;
use crate::search::fold::{contains_folded, fold};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Where the help is scrolled to and what it is filtered by.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HelpView {
    /// First row shown.
    pub scroll: usize,
    /// Rows shown hold this (case and accents aside); empty shows all.
    pub filter: String,
    /// Keys go to the filter (after `/`, until `Enter` or `Esc`).
    pub typing: bool,
}

/// One row of the help: a binding (its keys as configured, its scope, what it does), a
/// heading, or a line of the query syntax (what is typed, what it finds).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HelpRow {
    Binding {
        keys: String,
        scope: Scope,
        help: &'static str,
    },
    Heading(&'static str),
    Syntax {
        typed: &'static str,
        means: &'static str,
    },
}

impl HelpRow {
    fn holds(&self, folded: &str) -> bool {
        match self {
            HelpRow::Binding { keys, scope, help } => [keys.as_str(), scope_name(*scope), help]
                .iter()
                .any(|t| contains_folded(t, folded)),
            HelpRow::Heading(_) => false,
            HelpRow::Syntax { typed, means } => {
                contains_folded(typed, folded) || contains_folded(means, folded)
            }
        }
    }
}

/// A scope as the help names it.
pub fn scope_name(scope: Scope) -> &'static str {
    match scope {
        Scope::Global => "anywhere",
        Scope::List => "list",
        Scope::Reader => "reader",
        Scope::Sidebar => "sidebar",
        Scope::Search => "search",
    }
}

/// Every row of the help, filtered by `filter` (a heading stays when a row under it does).
pub fn rows(keys: &Keymap, filter: &str) -> Vec<HelpRow> {
    let bindings = BINDINGS.iter().map(|b| HelpRow::Binding {
        keys: keys
            .keys(b)
            .iter()
            .map(keymap::label)
            .collect::<Vec<_>>()
            .join(", "),
        scope: b.scope,
        help: b.help,
    });
    let syntax = crate::search::query::SYNTAX
        .iter()
        .map(|&(typed, means)| HelpRow::Syntax { typed, means });
    let folded = fold(filter.trim()).into_owned();
    let keep = |r: &HelpRow| folded.is_empty() || r.holds(&folded);
    let mut out: Vec<HelpRow> = bindings.filter(keep).collect();
    let syntax: Vec<HelpRow> = syntax.filter(keep).collect();
    if !syntax.is_empty() {
        out.push(HelpRow::Heading("Query syntax (/)"));
        out.extend(syntax);
    }
    out
}

impl App {
    /// The help's rows as the filter leaves them.
    pub fn help_rows(&self) -> Vec<HelpRow> {
        rows(&self.keymap, &self.help_view.filter)
    }

    /// Every row of the help, the filter aside.
    pub fn help_rows_unfiltered(&self) -> Vec<HelpRow> {
        rows(&self.keymap, "")
    }

    /// Rows the help shows at once: the screen less the overlay's borders, as drawn.
    pub fn help_page(&self) -> usize {
        (self.size.1 as usize).saturating_sub(2).max(1)
    }

    /// Opens the help at its top, unfiltered.
    pub(super) fn open_help(&mut self) {
        self.help = true;
        self.help_view = HelpView::default();
    }

    /// A key while the help is open: scrolling, filtering, closing; nothing else happens.
    pub(super) fn help_key(&mut self, k: KeyEvent) {
        let ctrl = k.modifiers.contains(KeyModifiers::CONTROL);
        if self.help_view.typing {
            match k.code {
                KeyCode::Char('c') if ctrl => self.should_quit = true,
                KeyCode::Char(c) if !ctrl => self.set_help_filter(|f| f.push(c)),
                KeyCode::Backspace => self.set_help_filter(|f| {
                    f.pop();
                }),
                KeyCode::Enter => self.help_view.typing = false,
                KeyCode::Esc => {
                    self.help_view.typing = false;
                    self.set_help_filter(String::clear);
                }
                KeyCode::Down => self.scroll_help(1),
                KeyCode::Up => self.scroll_help(-1),
                _ => {}
            }
            return;
        }
        let page = self.help_page() as isize;
        match self.keymap.action_for(&k, Scope::Global) {
            // Ctrl-C still quits; `q` only closes the help.
            Some(Action::Quit) if ctrl => self.should_quit = true,
            Some(Action::Quit | Action::Help | Action::Back) => self.help = false,
            Some(Action::Search) => {
                self.help_view.typing = true;
                self.set_help_filter(String::clear);
            }
            Some(Action::Down) => self.scroll_help(1),
            Some(Action::Up) => self.scroll_help(-1),
            Some(Action::PageDown) => self.scroll_help(page),
            Some(Action::PageUp) => self.scroll_help(-page),
            Some(Action::HalfPageDown) => self.scroll_help(page / 2),
            Some(Action::HalfPageUp) => self.scroll_help(-page / 2),
            Some(Action::Top) => self.scroll_help(isize::MIN / 2),
            Some(Action::Bottom) => self.scroll_help(isize::MAX / 2),
            _ => {}
        }
    }

    fn set_help_filter(&mut self, change: impl FnOnce(&mut String)) {
        change(&mut self.help_view.filter);
        self.help_view.scroll = 0;
    }

    fn scroll_help(&mut self, by: isize) {
        let last = self.help_rows().len().saturating_sub(self.help_page());
        let to = (self.help_view.scroll as isize).saturating_add(by);
        self.help_view.scroll = to.clamp(0, last as isize) as usize;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::Event;
    use std::sync::Arc;

    fn app(w: u16, h: u16) -> App {
        let mut app = App::new(Arc::new(crate::model::Corpus::default()));
        app.handle(Event::Resize(w, h));
        app
    }

    fn press(app: &mut App, code: KeyCode) {
        app.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
    }

    fn type_in(app: &mut App, text: &str) {
        for c in text.chars() {
            press(app, KeyCode::Char(c));
        }
    }

    #[test]
    fn every_binding_and_the_syntax_are_rows() {
        let all = rows(&Keymap::default(), "");
        let bindings = all
            .iter()
            .filter(|r| matches!(r, HelpRow::Binding { .. }))
            .count();
        assert_eq!(bindings, BINDINGS.len());
        assert!(all.contains(&HelpRow::Heading("Query syntax (/)")));
        assert_eq!(
            all.len(),
            BINDINGS.len() + 1 + crate::search::query::SYNTAX.len()
        );
    }

    #[test]
    fn scrolling_stops_at_the_last_page_and_other_keys_do_not_close() {
        let mut app = app(80, 24);
        press(&mut app, KeyCode::Char('?'));
        assert!(app.help);
        let last = app.help_rows().len() - app.help_page();
        assert!(last > 0, "at 80×24 the help is longer than the screen");
        press(&mut app, KeyCode::Char('j'));
        press(&mut app, KeyCode::Down);
        assert_eq!(app.help_view.scroll, 2);
        press(&mut app, KeyCode::PageDown);
        press(&mut app, KeyCode::PageDown);
        press(&mut app, KeyCode::PageDown);
        assert_eq!(app.help_view.scroll, last);
        press(&mut app, KeyCode::Char('k'));
        assert_eq!(app.help_view.scroll, last - 1);
        press(&mut app, KeyCode::Char('g'));
        assert_eq!(app.help_view.scroll, 0);
        for c in ['n', 'x', 'T', 'd'] {
            press(&mut app, KeyCode::Char(c));
        }
        assert!(app.help, "keys that are not closing keys leave it open");
        assert_eq!(app.list_sort, Default::default(), "and do nothing else");
    }

    #[test]
    fn esc_q_and_question_mark_close_and_ctrl_c_quits() {
        let mut app = app(120, 40);
        for close in [KeyCode::Esc, KeyCode::Char('q'), KeyCode::Char('?')] {
            press(&mut app, KeyCode::Char('?'));
            assert!(app.help);
            press(&mut app, close);
            assert!(!app.help, "{close:?} closes");
            assert!(!app.should_quit);
        }
        press(&mut app, KeyCode::Char('?'));
        app.handle(Event::Key(KeyEvent::new(
            KeyCode::Char('c'),
            KeyModifiers::CONTROL,
        )));
        assert!(app.should_quit);
    }

    #[test]
    fn slash_filters_the_rows_case_and_accents_aside() {
        let mut app = app(80, 24);
        press(&mut app, KeyCode::Char('?'));
        press(&mut app, KeyCode::Char('j'));
        press(&mut app, KeyCode::Char('/'));
        type_in(&mut app, "SÖRT");
        assert_eq!(app.help_view.scroll, 0);
        let shown = app.help_rows();
        assert_eq!(shown.len(), 3, "{shown:?}");
        assert!(shown
            .iter()
            .all(|r| matches!(r, HelpRow::Binding { help, .. } if help.contains("Sort"))));
        // `q` while typing is a letter of the filter, not a closing key.
        press(&mut app, KeyCode::Char('q'));
        assert!(app.help && app.help_rows().is_empty());
        press(&mut app, KeyCode::Backspace);
        press(&mut app, KeyCode::Enter);
        assert!(!app.help_view.typing && app.help_rows().len() == 3);
        // The syntax is searched too, under its heading.
        press(&mut app, KeyCode::Char('/'));
        type_in(&mut app, "outlet:");
        assert_eq!(app.help_rows()[0], HelpRow::Heading("Query syntax (/)"));
        // Esc while typing clears the filter; Esc again closes.
        press(&mut app, KeyCode::Esc);
        assert!(app.help && app.help_view.filter.is_empty());
        press(&mut app, KeyCode::Esc);
        assert!(!app.help);
        press(&mut app, KeyCode::Char('?'));
        assert_eq!(
            app.help_view,
            HelpView::default(),
            "opens unfiltered, at the top"
        );
    }
}
