//! The search overlay: the query, then ranked results with matched characters highlighted.
//! Highlights are computed for visible rows only. The help overlay: the rows the app's help
//! state leaves (scrolled, filtered).

use super::draw::{centered, fit, quote_source, safe, split_for_source};
use super::theme;
use crate::app::help::{scope_name, HelpRow};
use crate::app::{App, SearchState};
use crate::model::Corpus;
use crate::search::{Hit, SearchIndex};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph};
use ratatui::Frame;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Spans of `text` (cut to `width` cells) with the characters at `positions` highlighted.
fn highlighted(text: &str, positions: &[usize], width: usize, base: Style) -> Vec<Span<'static>> {
    let mut spans = Vec::new();
    let mut w = 0;
    for (i, c) in safe(text).chars().enumerate() {
        let cw = c.width().unwrap_or(0);
        if w + cw > width {
            break;
        }
        w += cw;
        let style = if positions.binary_search(&i).is_ok() {
            theme::matched()
        } else {
            base
        };
        spans.push(Span::styled(c.to_string(), style));
    }
    spans
}

pub fn search(f: &mut Frame, app: &App, area: Rect) {
    let Some(s) = &app.search else { return };
    let list_area = search_box(f, s, area);
    if s.query.trim().is_empty() {
        // Nothing typed yet: what can be typed.
        f.render_widget(Paragraph::new(super::draw::syntax_lines()), list_area);
        return;
    }
    let rows = list_area.height as usize;
    let offset = s.selected.saturating_sub(rows.saturating_sub(1));
    let w = list_area.width as usize;
    let items: Vec<ListItem> = s
        .hits
        .iter()
        .skip(offset)
        .take(rows)
        .map(|hit| hit_row(&app.corpus, hit, &s.query, w))
        .collect();
    let mut state =
        ListState::default().with_selected((!s.hits.is_empty()).then_some(s.selected - offset));
    f.render_stateful_widget(
        List::new(items).highlight_style(theme::selected(true)),
        list_area,
        &mut state,
    );
}

/// The search box over `area`: its frame, title and count, and the query typed (with why
/// it cannot be read, if so). Returns the room left for the results.
fn search_box(f: &mut Frame, s: &SearchState, area: Rect) -> Rect {
    let r = centered(
        area,
        (area.width * 9 / 10).max(40),
        (area.height * 8 / 10).max(8),
    );
    f.render_widget(Clear, r);
    let status = if s.searching {
        "searching…".to_string()
    } else {
        format!("{} matches", s.hits.len())
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .title(" Search quotes ('exact ^start end$ !not a|b @speaker outlet: date: kind: is:starred; Enter opens, Ctrl-P history, Esc closes) ")
        .title_bottom(format!(" {status} "));
    let inner = block.inner(r);
    f.render_widget(block, r);
    let mut input = vec![
        Span::styled("> ", theme::key()),
        Span::raw(safe(&s.query)),
        Span::styled("█", theme::dim()),
    ];
    // A query that cannot be read says why, in the box.
    if let Some(e) = &s.error {
        input.push(Span::styled(format!("  {}", safe(e)), theme::filter()));
    }
    let input = Line::from(input);
    f.render_widget(Paragraph::new(input), Rect { height: 1, ..inner });
    Rect {
        y: inner.y + 1,
        height: inner.height.saturating_sub(1),
        ..inner
    }
}

/// One result row, `w` cells wide: kind and speaker, the quote, then (dim, as room allows)
/// where it comes from; the characters that matched `query` highlighted.
fn hit_row(corpus: &Corpus, hit: &Hit, query: &str, w: usize) -> ListItem<'static> {
    let q = &corpus.quotes[hit.quote as usize];
    let speaker = corpus.speaker_name(q).unwrap_or("—");
    let hl = SearchIndex::highlight_positions(corpus, hit.quote, query);
    let who_w = (w / 4).clamp(6, 30);
    let kind = theme::kind_mark(q);
    let mut spans = vec![Span::styled(kind, theme::dim())];
    spans.extend(highlighted(
        speaker,
        &hl.speaker,
        who_w.saturating_sub(kind.len()),
        theme::speaker(&q.speaker),
    ));
    let used: usize = spans.iter().map(|s| s.width()).sum();
    spans.push(Span::raw(" ".repeat(who_w.saturating_sub(used) + 1)));
    let text = corpus.quote_text(q);
    let (text_w, source_w) = split_for_source(text, w.saturating_sub(who_w + 1));
    spans.extend(highlighted(text, &hl.text, text_w, Style::default()));
    if source_w > 0 {
        let used: usize = spans.iter().map(|s| s.width()).sum();
        let source = quote_source(corpus, q.article as usize);
        spans.push(Span::raw("  "));
        spans.push(Span::styled(
            fit(&source, w.saturating_sub(used + 2)),
            theme::dim(),
        ));
    }
    ListItem::new(Line::from(spans))
}

/// Every key (and the query syntax) from the keymap, scrolled and filtered as the help's
/// state says; the title says where it is and how to move, filter and close.
pub fn help(f: &mut Frame, app: &App, area: Rect) {
    let rows = app.help_rows();
    let v = &app.help_view;
    let page = app.help_page();
    let scroll = v.scroll.min(rows.len().saturating_sub(page));
    // Columns as wide as the widest keys and syntax of all rows (filtered or not: they do
    // not move as the filter changes), so the words get the rest at 80 columns.
    let (keys_w, typed_w) = app
        .help_rows_unfiltered()
        .iter()
        .fold((0, 0), |(k, t), r| match r {
            HelpRow::Binding { keys, .. } => (k.max(keys.width()), t),
            HelpRow::Syntax { typed, .. } => (k, t.max(typed.width())),
            HelpRow::Heading(_) => (k, t),
        });
    let pad =
        |text: &str, w: usize| format!("{text}{} ", " ".repeat(w.saturating_sub(text.width())));
    let shown: Vec<Line> = rows
        .iter()
        .skip(scroll)
        .take(page)
        .map(|r| match r {
            HelpRow::Binding { keys, scope, help } => Line::from(vec![
                Span::styled(pad(keys, keys_w), theme::key()),
                Span::styled(format!("{:<9}", scope_name(*scope)), theme::dim()),
                Span::raw(*help),
            ]),
            HelpRow::Heading(h) => Line::styled(*h, theme::title()),
            HelpRow::Syntax { typed, means } => Line::from(vec![
                Span::styled(format!("  {}", pad(typed, typed_w)), theme::key()),
                Span::raw(*means),
            ]),
        })
        .collect();
    let position = if rows.is_empty() {
        " no key matches ".to_string()
    } else {
        format!(
            " {}–{} of {} ",
            scroll + 1,
            (scroll + page).min(rows.len()),
            rows.len()
        )
    };
    let filter = match (v.typing, v.filter.is_empty()) {
        (true, _) => format!(" filter: {}▏ Enter keeps · Esc clears ", safe(&v.filter)),
        (false, false) => format!(" filter: {} · / another ", safe(&v.filter)),
        (false, true) => " j/k PgDn PgUp scroll · / filter · Esc q ? close ".to_string(),
    };
    let h = (rows.len().max(1) as u16 + 2).min(area.height);
    let r = centered(area, 90.min(area.width), h);
    f.render_widget(Clear, r);
    let block = Block::default()
        .borders(Borders::ALL)
        .title(format!(" Keys{position}"))
        .title_bottom(Line::styled(
            fit(&filter, r.width.saturating_sub(2) as usize),
            theme::dim(),
        ));
    f.render_widget(Paragraph::new(shown).block(block), r);
}
