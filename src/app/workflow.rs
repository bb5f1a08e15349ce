//! The reader's workflow in the browser: copying citations, starring, read marks, and the
//! same quote reprinted in other articles.

use super::{App, Request};

impl App {
    pub(super) fn copy(&mut self) {
        match self.selected_quote {
            Some(q) => {
                let c =
                    crate::workflow::cite::citation(&self.corpus, &self.corpus.quotes[q as usize]);
                self.status = Some(format!("copied: {c}"));
                self.requests.push(Request::Clipboard(c));
            }
            None => self.status = Some("mark a quote first (n, or Enter in the sidebar)".into()),
        }
    }

    pub(super) fn copy_source(&mut self) {
        if let Some(a) = self.current {
            let src = crate::workflow::cite::source_of(&self.corpus, a);
            self.status = Some(format!("copied: {src}"));
            self.requests.push(Request::Clipboard(src));
        }
    }

    /// `O`: the article's URL or file, for the event loop to open (or copy).
    pub(super) fn open_external(&mut self) {
        match self.current {
            Some(a) => {
                let target = crate::workflow::open::target(&self.corpus, a);
                self.requests.push(Request::Open(target));
            }
            None => self.status = Some("open an article first".into()),
        }
    }

    pub(super) fn star(&mut self) {
        match self.selected_quote {
            Some(q) => {
                let key =
                    crate::workflow::state::star_key(&self.corpus, &self.corpus.quotes[q as usize]);
                let on = self.state.toggle_star(key);
                self.status = Some(if on { "starred" } else { "unstarred" }.into());
                self.requests.push(Request::SaveState);
            }
            None => self.status = Some("mark a quote first (n, or Enter in the sidebar)".into()),
        }
    }

    pub(super) fn toggle_read(&mut self) {
        if let Some(&a) = self.visible.get(self.list_selected) {
            let h = self.corpus.articles[a].content_hash;
            let read = !self.state.is_read(h);
            self.state.set_read(h, read);
            self.requests.push(Request::SaveState);
        }
    }

    /// Jumps to the next article carrying the marked quote (wire copy reprinted).
    pub(super) fn other_article(&mut self) {
        let Some(q) = self.selected_quote else {
            self.status = Some("mark a quote first".into());
            return;
        };
        let Some(group) = self.reprints.group(q).map(<[u32]>::to_vec) else {
            self.status = Some("this quote appears in one article only".into());
            return;
        };
        let i = group.iter().position(|&x| x == q).unwrap_or(0);
        let next = group[(i + 1) % group.len()];
        self.jump_to_quote(next);
        self.status = Some(format!(
            "same quote in {} articles ({}/{})",
            group.len(),
            (i + 1) % group.len() + 1,
            group.len()
        ));
    }
}
