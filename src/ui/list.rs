//! The article list: two lines an article — its title, then the rest of the title with the
//! date, quote count and (where there is room) outlet — so a title shows about twice the
//! pane's width. The pane's title names the order.

use super::draw::{fit, pane_block, safe};
use super::theme;
use crate::app::{App, Pane, LIST_ROW_LINES};
use crate::model::Article;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{List, ListItem, ListState};
use ratatui::Frame;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Cells the title's rest needs on the second line before the long form of the date and
/// count (`2020-01-05 · 12 quotes`) is used instead of the short one (`2020-01-05  12`).
const REST_MIN: usize = 20;

pub(super) fn draw_articles(f: &mut Frame, app: &App, area: Rect) {
    let order = app.list_sort.label();
    let title = match app.actor_filter {
        Some(a) => format!(
            " Articles · {} · {order} ",
            safe(&app.corpus.actors[a as usize].name)
        ),
        None => format!(" Articles ({}) · {order} ", app.visible.len()),
    };
    let block = pane_block(app, Pane::Articles, title);
    let inner = block.inner(area);
    f.render_widget(block, area);
    let w = inner.width as usize;
    // Only the rows on screen are built: the list may hold 100,000 articles.
    let offset = app.list_offset();
    let rows: Vec<&Article> = app
        .visible
        .iter()
        .skip(offset)
        .take((inner.height as usize / LIST_ROW_LINES).max(1))
        .map(|&i| &app.corpus.articles[i])
        .collect();
    let long = w >= facts(None, true).width() + 1 + REST_MIN;
    // The room the title's rest has on the second line, next to the facts.
    let rest_w = w.saturating_sub(facts(None, long).width() + 1);
    let titles: Vec<&str> = rows.iter().map(|a| a.title.as_str()).collect();
    // Two titles that would look the same once cut show where they differ.
    let fitted = super::titles::fit_distinct(&titles, w + rest_w);
    let items: Vec<ListItem> = rows
        .iter()
        .zip(fitted)
        .map(|(a, shown)| {
            // Unread articles stand out, as in a mail reader.
            let style = if app.state.is_read(a.content_hash) {
                Style::default()
            } else {
                theme::title()
            };
            let (first, rest) = wrap(&shown, w);
            let rest = fit(rest, rest_w);
            let mut right = facts(Some(a), long);
            // The outlet too, where the rest of the title leaves room for it.
            if let Some(o) = &a.meta.outlet {
                let with = format!("{} · {right}", safe(o));
                if rest.width() + 1 + with.width() <= w {
                    right = with;
                }
            }
            let pad = w.saturating_sub(rest.width() + right.width());
            ListItem::new(vec![
                Line::from(Span::styled(first.to_string(), style)),
                Line::from(vec![
                    Span::styled(rest, style),
                    Span::raw(" ".repeat(pad)),
                    Span::styled(right, theme::dim()),
                ]),
            ])
        })
        .collect();
    let mut state = ListState::default().with_selected(Some(app.list_selected - offset));
    let list = List::new(items).highlight_style(theme::selected(app.focus == Pane::Articles));
    f.render_stateful_widget(list, inner, &mut state);
}

/// An article's date and quote count (`2020-01-05 · 12 quotes`, or `2020-01-05  12` when
/// `long` is false); with no article, as wide as any article's.
fn facts(a: Option<&Article>, long: bool) -> String {
    let date = a
        .and_then(|a| a.meta.date.as_deref())
        .unwrap_or("   no date");
    let n = a.map_or(0, |a| a.quotes.len());
    if long {
        format!("{date} · {n:>3} quotes")
    } else {
        format!("{date} {n:>3}")
    }
}

/// `text` (already safe) as a first line of at most `width` cells, broken after a word where
/// one ends in the second half of the line, and the rest.
fn wrap(text: &str, width: usize) -> (&str, &str) {
    let mut used = 0;
    let mut end = text.len();
    let mut last_space = None;
    for (i, c) in text.char_indices() {
        let cw = c.width().unwrap_or(0);
        if used + cw > width {
            end = i;
            break;
        }
        if c == ' ' {
            last_space = Some((i, used));
        }
        used += cw;
    }
    if end == text.len() {
        return (text, "");
    }
    match last_space {
        Some((at, cells)) if cells >= width / 2 => (&text[..at], text[at..].trim_start()),
        _ => (&text[..end], &text[end..]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_wrap_after_a_word_or_mid_word_when_none_ends_late() {
        assert_eq!(
            wrap("Boris Johnson is accused of misleading", 20),
            ("Boris Johnson is", "accused of misleading")
        );
        assert_eq!(wrap("Short title", 20), ("Short title", ""));
        assert_eq!(
            wrap("Supercalifragilistic expialidocious", 10),
            ("Supercalif", "ragilistic expialidocious")
        );
        // Wide characters count two cells.
        assert_eq!(wrap("日本語のタイトル", 6), ("日本語", "のタイトル"));
    }

    #[test]
    fn facts_have_one_width_with_and_without_a_date() {
        assert_eq!(facts(None, true).width(), "2020-01-05 ·   3 quotes".width());
        assert_eq!(facts(None, false), "   no date   0");
    }
}
