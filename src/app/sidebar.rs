//! What the sidebar lists: the quotes of the open article (or of the whole corpus, or of
//! the filtered actor), or the actors sorted by how often they are quoted.

use super::App;
use crate::model::Speaker;
use std::rc::Rc;

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

/// What the sidebar's rows are made from: they are remade only when it changes (a
/// corpus-wide list goes through every quote, too slow to redo for every frame and key of
/// a large corpus).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct RowsMadeFrom {
    corpus_version: u64,
    tab: Tab,
    corpus_quotes: bool,
    actor_filter: Option<u32>,
    hide_scare: bool,
    hide_indirect: bool,
    show_things: bool,
    current: Option<usize>,
    stars_version: u64,
}

impl App {
    /// The sidebar's rows, in order (made again only when what they come from changed).
    pub fn sidebar_items(&self) -> Rc<Vec<SidebarItem>> {
        let from = RowsMadeFrom {
            corpus_version: self.corpus_version,
            tab: self.tab,
            corpus_quotes: self.corpus_quotes,
            actor_filter: self.actor_filter,
            hide_scare: self.hide_scare,
            hide_indirect: self.hide_indirect,
            show_things: self.show_things,
            current: self.current,
            stars_version: self.state.stars_version(),
        };
        self.sidebar_rows.get(from, || self.make_sidebar_items())
    }

    fn make_sidebar_items(&self) -> Vec<SidebarItem> {
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
            Tab::Starred => self.starred_ids().map(SidebarItem::Quote).collect(),
        }
    }

    /// The starred quotes of the corpus, in corpus order: only the articles a star names
    /// are looked into (stars are few, quotes many).
    fn starred_ids(&self) -> impl Iterator<Item = u32> + '_ {
        let hashes: std::collections::HashSet<u64> = self
            .state
            .file
            .stars
            .iter()
            .filter_map(|k| u64::from_str_radix(&k.article, 16).ok())
            .collect();
        let corpus = &self.corpus;
        corpus
            .articles
            .iter()
            .filter(move |a| !hashes.is_empty() && hashes.contains(&a.content_hash))
            .flat_map(|a| a.quotes.clone())
            .filter(move |&q| {
                let quote = &corpus.quotes[q as usize];
                self.state
                    .is_starred(&crate::workflow::state::star_key(corpus, quote))
            })
    }

    fn quote_ids(&self) -> Vec<u32> {
        let keep = |q: &crate::model::Quote| {
            self.shows(q)
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
            .filter(|&i| !corpus_wide || !self.reprints.is_repeat(i))
            .collect()
    }

    /// People, organisations and places (works, products and events too when asked), most
    /// quoted first.
    fn actor_ids(&self) -> Vec<u32> {
        let actors = &self.corpus.actors;
        let mut ids: Vec<u32> = (0..actors.len() as u32)
            .filter(|&a| self.show_things || actors[a as usize].actor_type().is_agent())
            .collect();
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
