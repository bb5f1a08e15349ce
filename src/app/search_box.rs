//! Typing in the search box: each edit makes a new query for the search worker.

use super::{App, Request};

impl App {
    pub(super) fn search_key(&mut self, k: crossterm::event::KeyEvent) {
        use crossterm::event::{KeyCode, KeyModifiers};
        let Some(s) = &mut self.search else { return };
        match k.code {
            KeyCode::Char('u') if k.modifiers.contains(KeyModifiers::CONTROL) => s.query.clear(),
            KeyCode::Char('w') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                let trimmed = s.query.trim_end().len();
                let cut = s.query[..trimmed].rfind(' ').map_or(0, |i| i + 1);
                s.query.truncate(cut);
            }
            KeyCode::Char(c) if !k.modifiers.contains(KeyModifiers::CONTROL) && !c.is_control() => {
                s.query.push(c)
            }
            KeyCode::Backspace => {
                s.query.pop();
            }
            _ => return,
        }
        s.generation += 1;
        s.selected = 0;
        s.searching = true;
        self.requests
            .push(Request::Search(s.generation, s.query.clone()));
    }
}
