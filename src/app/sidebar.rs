//! What the sidebar lists: the quotes of the open article (or of the whole corpus, or of
//! the filtered actor), or the actors sorted by how often they are quoted.

use super::App;
use crate::model::{QuoteKind, Speaker};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Quotes,
    Actors,
    Starred,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SidebarItem {
    Quote(u32),
    Actor(u32),
}

impl App {
    /// The sidebar's rows, in order.
    pub fn sidebar_items(&self) -> Vec<SidebarItem> {
        match self.tab {
            Tab::Quotes => self
                .quote_ids()
                .into_iter()
                .map(SidebarItem::Quote)
                .collect(),
            Tab::Actors => self
                .actor_ids()
                .into_iter()
                .map(SidebarItem::Actor)
                .collect(),
            Tab::Starred => (0..self.corpus.quotes.len() as u32)
                .filter(|&q| {
                    let quote = &self.corpus.quotes[q as usize];
                    self.state
                        .is_starred(&crate::workflow::state::star_key(&self.corpus, quote))
                })
                .map(SidebarItem::Quote)
                .collect(),
        }
    }

    fn quote_ids(&self) -> Vec<u32> {
        let keep = |q: &crate::model::Quote| {
            (!self.hide_scare || q.kind != QuoteKind::Scare)
                && self
                    .actor_filter
                    .is_none_or(|a| q.speaker == Speaker::Actor(a))
        };
        let range = match (
            self.corpus_quotes || self.actor_filter.is_some(),
            self.current,
        ) {
            (true, _) => 0..self.corpus.quotes.len() as u32,
            (false, Some(a)) => self.corpus.articles[a].quotes.clone(),
            (false, None) => 0..0,
        };
        let corpus_wide = self.corpus_quotes || self.actor_filter.is_some();
        range
            .filter(|&i| keep(&self.corpus.quotes[i as usize]))
            // Corpus-wide, a reprinted quote is listed once (its first appearance).
            .filter(|&i| !corpus_wide || self.reprints.group(i).is_none_or(|g| g[0] == i))
            .collect()
    }

    fn actor_ids(&self) -> Vec<u32> {
        let mut ids: Vec<u32> = (0..self.corpus.actors.len() as u32).collect();
        let actors = &self.corpus.actors;
        ids.sort_by(|&a, &b| {
            let (x, y) = (&actors[a as usize], &actors[b as usize]);
            y.quotes
                .cmp(&x.quotes)
                .then(y.mentions.cmp(&x.mentions))
                .then(x.name.cmp(&y.name))
        });
        ids
    }
}
