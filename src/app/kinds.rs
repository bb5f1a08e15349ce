//! Which quotes are shown: scare quotes and indirect speech (reported speech without
//! quotation marks) can each be hidden, everywhere at once — the reader's highlighting,
//! the sidebar, `n`/`N` and search results —, and `n`/`N` step through the shown ones.

use super::{App, SidebarItem};
use crate::model::{Quote, QuoteKind};
use crate::search::Hit;

impl App {
    /// Whether `q` is shown under the current toggles.
    pub fn shows(&self, q: &Quote) -> bool {
        match q.kind {
            QuoteKind::Scare => !self.hide_scare,
            QuoteKind::Indirect => !self.hide_indirect,
            QuoteKind::Direct | QuoteKind::Partial => true,
        }
    }

    /// Shows or hides indirect speech; a marked quote that is hidden now is unmarked.
    pub(super) fn toggle_indirect(&mut self) {
        self.hide_indirect = !self.hide_indirect;
        self.sidebar_selected = 0;
        if let Some(q) = self.selected_quote {
            if !self.shows(&self.corpus.quotes[q as usize]) {
                self.selected_quote = None;
            }
        }
        if let Some(hits) = self.search.as_mut().map(|s| std::mem::take(&mut s.hits)) {
            let hits = shown_hits(self, hits);
            if let Some(s) = &mut self.search {
                s.hits = hits;
                s.selected = s.selected.min(s.hits.len().saturating_sub(1));
            }
        }
        self.status = Some(
            if self.hide_indirect {
                "indirect speech hidden"
            } else {
                "indirect speech shown"
            }
            .into(),
        );
    }

    /// `n` / `N`: the next or previous shown quotation of the current article, marked and
    /// scrolled to.
    pub(super) fn step_quote(&mut self, forward: bool) {
        let Some(a) = self.current else { return };
        let range = self.corpus.articles[a].quotes.clone();
        let ids: Vec<u32> = range
            .filter(|&q| self.shows(&self.corpus.quotes[q as usize]))
            .collect();
        if ids.is_empty() {
            self.status = Some("no quotations in this article".into());
            return;
        }
        let next = match (
            self.selected_quote
                .and_then(|s| ids.iter().position(|&q| q == s)),
            forward,
        ) {
            (None, true) => 0,
            (None, false) => ids.len() - 1,
            (Some(i), true) => (i + 1) % ids.len(),
            (Some(i), false) => (i + ids.len() - 1) % ids.len(),
        };
        let q = ids[next];
        self.mark_quote(q);
        if let Some(i) = self
            .sidebar_items()
            .iter()
            .position(|it| *it == SidebarItem::Quote(q))
        {
            self.sidebar_selected = i;
        }
    }
}

/// The hits whose quotes are shown. Search itself ranks every quote; indirect speech is
/// left out here when hidden, unless the query asks for kinds itself (`kind:indirect`).
pub(super) fn shown_hits(app: &App, hits: Vec<Hit>) -> Vec<Hit> {
    let kinds_asked = app
        .search
        .as_ref()
        .and_then(|s| crate::search::Query::parse(&s.query).ok())
        .is_some_and(|q| q.filters.kinds.is_some());
    if !app.hide_indirect || kinds_asked {
        return hits;
    }
    hits.into_iter()
        .filter(|h| app.shows(&app.corpus.quotes[h.quote as usize]))
        .collect()
}
