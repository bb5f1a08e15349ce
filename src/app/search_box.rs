//! Typing in the search box: each edit makes a new query for the search worker; a query
//! that cannot be read is shown as an error instead. Past queries come back with the
//! history keys.

use super::keymap::Action;
use super::workers::Job;
use super::{App, Request};
use crate::search::Query;
use std::sync::Arc;

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
        self.history.reset();
        self.query_changed();
    }

    /// Sends the query in the box to the search worker, or shows why it cannot be read.
    pub(super) fn query_changed(&mut self) {
        let parsed = match &self.search {
            Some(s) => Query::parse(&s.query),
            None => return,
        };
        // `is:starred` searches among the stars of now.
        let starred = match &parsed {
            Ok(q) if q.filters.starred => Some(Arc::new(self.state.starred_quotes(&self.corpus))),
            _ => None,
        };
        let Some(s) = &mut self.search else { return };
        s.generation += 1;
        s.selected = 0;
        match parsed {
            Ok(_) => {
                s.error = None;
                s.searching = true;
                self.requests.push(Request::Search(
                    s.generation,
                    Job {
                        query: s.query.clone(),
                        starred,
                    },
                ));
            }
            Err(e) => {
                s.error = Some(e.to_string());
                s.searching = false;
                s.hits.clear();
            }
        }
    }

    /// Ctrl-P / Ctrl-N: an older or newer query from the history into the box.
    pub(super) fn browse_history(&mut self, action: Action) {
        let Some(s) = &self.search else { return };
        let typed = s.query.clone();
        let next = match action {
            Action::HistoryPrev => self.history.older(&typed),
            _ => self.history.newer(),
        }
        .map(str::to_string);
        if let (Some(q), Some(s)) = (next, &mut self.search) {
            s.query = q;
            self.query_changed();
        }
    }

    /// Keeps the query in the box in the history (on opening a result or closing the box).
    pub(super) fn remember_query(&mut self) {
        let Some(s) = &self.search else { return };
        if s.error.is_some() {
            return;
        }
        if let Err(e) = self.history.push(&s.query) {
            self.status = Some(format!("could not save the search history: {e}"));
        }
    }
}
