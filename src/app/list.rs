//! The article list: how many articles a screen shows (two lines each) and where it starts,
//! and its order — by path (as loaded), by date, by number of quotes or by title. Each sort
//! key picks its order, again reverses it, a third time goes back to path order.

use super::{App, Pane, LIST_ROW_LINES};
use crate::model::Article;
use crate::search::fold::fold;
use std::cmp::Ordering;

/// What the article list is sorted by.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    /// As loaded: by path under the PATH arguments.
    #[default]
    Path,
    Date,
    Quotes,
    Title,
}

/// The list's order: a key and whether it runs the other way from its natural one (newest,
/// most quotes, A to Z first).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ListSort {
    pub key: SortKey,
    pub reversed: bool,
}

impl ListSort {
    /// The order as the list pane's title names it.
    pub fn label(self) -> &'static str {
        match (self.key, self.reversed) {
            (SortKey::Path, _) => "by path",
            (SortKey::Date, false) => "newest first",
            (SortKey::Date, true) => "oldest first",
            (SortKey::Quotes, false) => "most quotes",
            (SortKey::Quotes, true) => "fewest quotes",
            (SortKey::Title, false) => "title A–Z",
            (SortKey::Title, true) => "title Z–A",
        }
    }

    /// The order after `key` was pressed: that key, then the same reversed,
    /// then path order again.
    fn after(self, key: SortKey) -> ListSort {
        match (self.key == key, self.reversed) {
            (false, _) => ListSort {
                key,
                reversed: false,
            },
            (true, false) => ListSort {
                key,
                reversed: true,
            },
            (true, true) => ListSort::default(),
        }
    }
}

/// `visible` (article indices) in `sort`'s order. Articles with no date come last either
/// way; ties keep path order.
pub fn sorted(articles: &[Article], visible: &mut [usize], sort: ListSort) {
    let flip = |o: Ordering| if sort.reversed { o.reverse() } else { o };
    match sort.key {
        SortKey::Path => visible.sort_unstable(),
        SortKey::Date => visible.sort_unstable_by(|&a, &b| {
            let (da, db) = (&articles[a].meta.date, &articles[b].meta.date);
            match (da, db) {
                (Some(x), Some(y)) => flip(y.cmp(x)),
                (Some(_), None) => Ordering::Less,
                (None, Some(_)) => Ordering::Greater,
                (None, None) => Ordering::Equal,
            }
            .then(a.cmp(&b))
        }),
        SortKey::Quotes => visible.sort_unstable_by(|&a, &b| {
            let n = |i: usize| articles[i].quotes.len();
            flip(n(b).cmp(&n(a))).then(a.cmp(&b))
        }),
        SortKey::Title => {
            // Compared as search compares words: case and accents do not count.
            let mut keyed: Vec<(String, usize)> = visible
                .iter()
                .map(|&i| (fold(&articles[i].title).into_owned(), i))
                .collect();
            keyed.sort_unstable_by(|(ka, a), (kb, b)| flip(ka.cmp(kb)).then(a.cmp(b)));
            for (slot, (_, i)) in visible.iter_mut().zip(keyed) {
                *slot = i;
            }
        }
    }
}

impl App {
    /// Articles the list pane shows at once (each takes `LIST_ROW_LINES` lines).
    pub fn list_rows(&self) -> usize {
        // The terminal less the status bar and the pane's borders, as drawn.
        ((self.size.1 as usize).saturating_sub(3) / LIST_ROW_LINES).max(1)
    }

    /// First article on screen in the list (keeps the selection on screen).
    pub fn list_offset(&self) -> usize {
        self.list_selected
            .saturating_sub(self.list_rows().saturating_sub(1))
    }

    /// How far a page moves: articles in the list, lines elsewhere.
    pub(super) fn page_len(&self) -> usize {
        if self.search.is_none() && self.focus == Pane::Articles {
            self.list_rows()
        } else {
            self.page()
        }
    }

    /// A sort key was pressed: the list takes the new order and keeps the open article
    /// selected.
    pub(super) fn sort_list(&mut self, key: SortKey) {
        self.list_sort = self.list_sort.after(key);
        self.sort_visible();
        self.status = Some(format!("articles: {}", self.list_sort.label()));
    }

    /// Puts `visible` in the list's order, the selection on the open article.
    pub(super) fn sort_visible(&mut self) {
        sorted(&self.corpus.articles, &mut self.visible, self.list_sort);
        if let Some(i) = self
            .current
            .and_then(|c| self.visible.iter().position(|&a| a == c))
        {
            self.list_selected = i;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::{Event, Pane};
    use crate::model::Document;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    use std::sync::Arc;

    /// Four articles in path order: a (2019, 1 quote), b (no date, 3), c (2020, 0),
    /// d (2018, 2), with titles out of alphabetical order (one with an accent).
    fn app() -> App {
        let doc = |id: &str, body: &str| Document::plain(id, body);
        let said = |n: usize| {
            (0..n)
                .map(|i| format!("\"Point number {i} was made clearly,\" said Mark Osei.\n\n"))
                .collect::<String>()
        };
        let corpus = crate::pipeline::build(vec![
            doc(
                "a.txt",
                &format!("Zoning board meets\n\nMarch 3, 2019\n\n{}", said(1)),
            ),
            doc(
                "b.txt",
                &format!("Écoles reopen\n\nThe schools opened.\n\n{}", said(3)),
            ),
            doc(
                "c.txt",
                "Budget vote delayed\n\nJanuary 9, 2020\n\nNo one spoke.\n",
            ),
            doc(
                "d.txt",
                &format!("apple harvest up\n\nMay 1, 2018\n\n{}", said(2)),
            ),
        ]);
        let mut app = App::new(Arc::new(corpus));
        app.handle(Event::Resize(120, 40));
        app
    }

    fn press(app: &mut App, c: char) {
        app.handle(Event::Key(KeyEvent::new(
            KeyCode::Char(c),
            KeyModifiers::NONE,
        )));
    }

    #[test]
    fn the_fixture_is_what_the_tests_say() {
        let app = app();
        let a = &app.corpus.articles;
        let dates: Vec<Option<&str>> = a.iter().map(|a| a.meta.date.as_deref()).collect();
        assert_eq!(
            dates,
            [
                Some("2019-03-03"),
                None,
                Some("2020-01-09"),
                Some("2018-05-01")
            ]
        );
        let quotes: Vec<usize> = a.iter().map(|a| a.quotes.len()).collect();
        assert_eq!(quotes, [1, 3, 0, 2]);
    }

    #[test]
    fn each_sort_key_orders_then_reverses_then_goes_back_to_path_order() {
        let mut app = app();
        assert_eq!(app.visible, [0, 1, 2, 3]);
        assert_eq!(app.list_sort.label(), "by path");
        // Undated articles come last either way; titles ignore case and accents.
        let steps = [
            ('d', [2, 0, 3, 1], "newest first"),
            ('d', [3, 0, 2, 1], "oldest first"),
            ('d', [0, 1, 2, 3], "by path"),
            ('c', [1, 3, 0, 2], "most quotes"),
            ('c', [2, 0, 3, 1], "fewest quotes"),
            ('T', [3, 2, 1, 0], "title A–Z"),
            ('T', [0, 1, 2, 3], "title Z–A"),
            ('T', [0, 1, 2, 3], "by path"),
        ];
        for (key, order, label) in steps {
            press(&mut app, key);
            assert_eq!(
                (app.visible.as_slice(), app.list_sort.label()),
                (&order[..], label)
            );
        }
    }

    #[test]
    fn sorting_keeps_the_open_article_selected_and_holds_under_a_filter() {
        let mut app = app();
        press(&mut app, 'j');
        press(&mut app, 'j');
        assert_eq!(app.current, Some(2));
        press(&mut app, 'c');
        assert_eq!(app.current, Some(2), "the same article stays open");
        assert_eq!(app.visible[app.list_selected], 2);
        // Mark Osei's articles, in the order chosen.
        let osei = app
            .corpus
            .actors
            .iter()
            .position(|a| a.name.contains("Osei"))
            .unwrap() as u32;
        app.set_actor_filter(Some(osei));
        assert_eq!(app.visible, [1, 3, 0]);
        assert_eq!(app.list_sort.label(), "most quotes");
    }

    #[test]
    fn sort_keys_belong_to_the_list() {
        let mut app = app();
        app.focus = Pane::Reader;
        press(&mut app, 'd');
        assert_eq!(app.list_sort, ListSort::default(), "not in the reader");
        app.focus = Pane::Articles;
        press(&mut app, 'd');
        assert_eq!(app.list_sort.key, SortKey::Date);
    }

    #[test]
    fn pages_and_clicks_count_articles_of_two_lines() {
        let mut app = app();
        app.handle(Event::Resize(120, 10));
        // 10 rows: 7 inside the pane, three articles of two lines.
        assert_eq!(app.list_rows(), 3);
        app.handle(Event::Click(Pane::Articles, 5));
        assert_eq!(app.list_selected, 2);
        app.handle(Event::Click(Pane::Articles, 1));
        assert_eq!(app.list_selected, 0);
        app.apply(crate::app::Action::PageDown);
        assert_eq!(app.list_selected, 3);
        assert_eq!(app.list_offset(), 1);
    }
}
