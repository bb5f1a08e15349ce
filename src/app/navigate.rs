//! Moving through the panes: the selection, opening articles and quotes, the reader's scroll.

use super::{Action, App, Layout, Pane, SidebarItem, Tab, LIST_ROW_LINES};

impl App {
    /// A movement key: by a row, a page, half a page, or to the top or bottom.
    pub(super) fn move_for(&mut self, action: Action) {
        let page = self.page_len() as isize;
        let delta = match action {
            Action::Up => -1,
            Action::Down => 1,
            Action::PageUp => -page,
            Action::PageDown => page,
            Action::HalfPageUp => -(page / 2),
            Action::HalfPageDown => page / 2,
            Action::Top => isize::MIN / 2,
            Action::Bottom => isize::MAX / 2,
            _ => return,
        };
        self.move_by(delta);
    }

    pub(super) fn move_by(&mut self, delta: isize) {
        let clamp = |v: usize, len: usize| -> usize {
            let v = v as isize + delta;
            v.clamp(0, len.saturating_sub(1) as isize) as usize
        };
        if let Some(s) = &mut self.search {
            s.selected = clamp(s.selected, s.hits.len());
            return;
        }
        match self.focus {
            Pane::Articles => {
                self.list_selected = clamp(self.list_selected, self.visible.len());
                let a = self.visible.get(self.list_selected).copied();
                if a != self.current {
                    self.open_article(a);
                }
            }
            Pane::Reader => {
                let max = self.layout.lines.len().saturating_sub(self.page());
                self.reader_scroll = clamp(self.reader_scroll, max + 1);
            }
            Pane::Sidebar => {
                let len = self.sidebar_items().len();
                self.sidebar_selected = clamp(self.sidebar_selected, len);
                if let Some(SidebarItem::Quote(q)) = self.sidebar_items().get(self.sidebar_selected)
                {
                    let q = *q;
                    if self.corpus.quotes[q as usize].article as usize
                        == self.current.unwrap_or(usize::MAX)
                    {
                        self.mark_quote(q);
                    }
                }
            }
        }
    }

    pub(super) fn click(&mut self, pane: Pane, row: usize) {
        self.focus = pane;
        match pane {
            Pane::Articles => {
                let at = self.list_offset() + row / LIST_ROW_LINES;
                if at < self.visible.len() {
                    self.list_selected = at;
                    self.open_article(self.visible.get(self.list_selected).copied());
                }
            }
            Pane::Sidebar => {
                if row < self.sidebar_items().len() {
                    self.sidebar_selected = row;
                }
            }
            Pane::Reader => {}
        }
    }

    pub(super) fn open(&mut self) {
        if let Some(s) = &self.search {
            if let Some(hit) = s.hits.get(s.selected) {
                let q = hit.quote;
                self.remember_query();
                self.search = None;
                self.jump_to_quote(q);
            }
            return;
        }
        match self.focus {
            Pane::Articles => {
                self.open_article(self.visible.get(self.list_selected).copied());
                self.focus = Pane::Reader;
            }
            Pane::Reader => {}
            Pane::Sidebar => match self.sidebar_items().get(self.sidebar_selected).cloned() {
                Some(SidebarItem::Quote(q)) => self.jump_to_quote(q),
                Some(SidebarItem::Actor(a)) => {
                    self.set_actor_filter(Some(a));
                    self.tab = Tab::Quotes;
                    self.corpus_quotes = true;
                    self.sidebar_selected = 0;
                }
                None => {}
            },
        }
    }

    /// Opens the quote's article, scrolls to the quote and marks it.
    pub fn jump_to_quote(&mut self, q: u32) {
        let article = self.corpus.quotes[q as usize].article as usize;
        if !self.visible.contains(&article) {
            self.set_actor_filter(None);
        }
        if let Some(i) = self.visible.iter().position(|&a| a == article) {
            self.list_selected = i;
        }
        if self.current != Some(article) {
            self.open_article(Some(article));
        }
        self.mark_quote(q);
        self.focus = Pane::Reader;
    }

    pub(super) fn mark_quote(&mut self, q: u32) {
        self.selected_quote = Some(q);
        let quote = &self.corpus.quotes[q as usize];
        let line = self.layout.line_of(quote.span.start as usize);
        let page = self.page();
        if line < self.reader_scroll || line >= self.reader_scroll + page {
            self.reader_scroll = line.saturating_sub(page / 3);
        }
        let mut status: Vec<String> = self
            .corpus
            .speaker_name(quote)
            .map(|s| format!("said by {s}"))
            .into_iter()
            .collect();
        // The same quote reprinted elsewhere: name the other articles (`o` goes there).
        if let Some(group) = self.reprints.group(q) {
            let others: Vec<&str> = group
                .iter()
                .filter(|&&o| o != q)
                .map(|&o| {
                    let article = self.corpus.quotes[o as usize].article as usize;
                    self.corpus.articles[article].title.as_str()
                })
                .take(3)
                .collect();
            status.push(format!("also in: {}", others.join("; ")));
        }
        self.status = (!status.is_empty()).then(|| status.join(" · "));
    }

    pub(super) fn open_article(&mut self, article: Option<usize>) {
        self.current = article;
        if let Some(a) = article {
            if self.loading.is_none() {
                self.state
                    .set_read(self.corpus.articles[a].content_hash, true);
            }
        }
        self.reader_scroll = 0;
        self.selected_quote = None;
        if !self.corpus_quotes {
            self.sidebar_selected = 0;
        }
        self.relayout();
    }

    pub(super) fn relayout(&mut self) {
        self.layout = match self.current {
            Some(a) => Layout::new(&self.corpus, a, self.reader_width(), self.hide_boilerplate),
            None => Layout::default(),
        };
        if let Some(q) = self.selected_quote {
            let line = self
                .layout
                .line_of(self.corpus.quotes[q as usize].span.start as usize);
            self.reader_scroll = line.saturating_sub(self.page() / 3);
        }
        let max = self.layout.lines.len().saturating_sub(self.page());
        self.reader_scroll = self.reader_scroll.min(max);
    }
}
