//! Drawing: a pure function of the app state. Every piece of corpus text goes through
//! [`safe`] before it reaches a cell.

use super::layout::{panes, Panes};
use super::theme;
use crate::app::{App, Pane, SidebarItem, Tab};
use crate::model::Speaker;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, Borders, Clear, Gauge, List, ListItem, ListState, Paragraph, Scrollbar,
    ScrollbarOrientation, ScrollbarState, Wrap,
};
use ratatui::Frame;
use unicode_width::UnicodeWidthStr;

/// Smallest terminal drawn; below it a message says so.
pub const MIN_SIZE: (u16, u16) = (40, 10);

/// Text from the corpus made safe for a terminal cell: no control characters.
pub fn safe(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// Cuts `text` to `width` cells, with an ellipsis when cut.
pub(super) fn fit(text: &str, width: usize) -> String {
    let text = safe(text);
    if text.width() <= width {
        return text;
    }
    let mut out = String::new();
    let mut w = 0;
    for c in text.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw + 1 > width {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

pub fn draw(f: &mut Frame, app: &App) {
    let area = f.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        let msg = Paragraph::new(format!(
            "Terminal too small ({}×{}); hearsay needs at least {}×{}.",
            area.width, area.height, MIN_SIZE.0, MIN_SIZE.1
        ))
        .wrap(Wrap { trim: true });
        f.render_widget(msg, area);
        return;
    }
    let p = panes(area, app);
    if app.loading.is_some() && app.corpus.articles.is_empty() {
        draw_loading(f, app, area);
        draw_status(f, app, p.status);
        return;
    }
    // The Stats view covers all but a two-cell margin: the panes under it would be drawn
    // only to be overwritten (half the cost of its frame).
    if !app.stats_view {
        draw_panes(f, app, &p);
    }
    draw_status(f, app, p.status);
    if let Some(_s) = &app.search {
        super::overlay::search(f, app, area);
    }
    if app.help {
        super::overlay::help(f, app, area);
    }
    if app.stats_view {
        super::stats_view::draw(f, app, area);
    }
}

fn draw_panes(f: &mut Frame, app: &App, p: &Panes) {
    if let Some(r) = p.articles {
        super::list::draw_articles(f, app, r);
    }
    if let Some(r) = p.reader {
        draw_reader(f, app, r);
    }
    if let Some(r) = p.sidebar {
        draw_sidebar(f, app, r);
    }
}

pub(super) fn pane_block(app: &App, pane: Pane, title: String) -> Block<'static> {
    let focused = app.focus == pane;
    Block::default()
        .borders(Borders::ALL)
        .border_style(if focused {
            theme::focus()
        } else {
            theme::dim()
        })
        .title(Span::styled(
            title,
            if focused {
                theme::title()
            } else {
                Style::default()
            },
        ))
}

fn draw_reader(f: &mut Frame, app: &App, area: Rect) {
    let Some(article) = app.current else {
        let block = pane_block(app, Pane::Reader, " Reader ".into());
        f.render_widget(Paragraph::new("No article.").block(block), area);
        return;
    };
    let a = &app.corpus.articles[article];
    let total = app.layout.lines.len();
    let pos = format!(
        " {}/{} ",
        (app.reader_scroll + 1).min(total.max(1)),
        total.max(1)
    );
    let block = pane_block(app, Pane::Reader, " Reader ".into())
        .title_bottom(Line::from(pos).alignment(Alignment::Right));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let [header, body] = Layout::vertical([Constraint::Length(3), Constraint::Min(1)]).areas(inner);
    let head = reader_head(a, header.width as usize);
    f.render_widget(Paragraph::new(head), header);

    let text = app.corpus.body(article);
    let quotes = app.corpus.article_quotes(article);
    let height = body.height as usize;
    let lines: Vec<Line> = app
        .layout
        .lines
        .iter()
        .skip(app.reader_scroll)
        .take(height)
        .map(|l| styled_line(app, text, quotes, l))
        .collect();
    let text_area = Rect {
        width: body.width.saturating_sub(1),
        ..body
    };
    f.render_widget(Paragraph::new(lines), text_area);
    if total > height {
        let mut sb = ScrollbarState::new(total.saturating_sub(height)).position(app.reader_scroll);
        f.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight),
            body,
            &mut sb,
        );
    }
}

/// The reader's head, `width` cells wide: the title, then outlet, date, byline,
/// dateline, words and quotes.
fn reader_head(a: &crate::model::Article, width: usize) -> Vec<Line<'static>> {
    let meta: Vec<String> = [
        a.meta.outlet.clone(),
        a.meta.date.clone(),
        a.meta.byline.as_ref().map(|b| format!("by {b}")),
        a.meta.dateline.clone(),
    ]
    .into_iter()
    .flatten()
    .collect();
    vec![
        Line::styled(fit(&a.title, width), theme::title()),
        Line::styled(
            fit(
                &meta
                    .iter()
                    .cloned()
                    .chain([
                        format!("{} words", a.words),
                        format!("{} quotes", a.quotes.len()),
                    ])
                    .collect::<Vec<_>>()
                    .join(" · "),
                width,
            ),
            theme::dim(),
        ),
    ]
}

/// One display line with the shown quotations coloured by speaker and the marked quote
/// reversed. Quotes may nest (a quoted phrase inside reported speech): each piece of the
/// line takes the style of the innermost quote over it, underlined inside indirect speech.
fn styled_line<'a>(
    app: &App,
    text: &'a str,
    quotes: &[crate::model::Quote],
    l: &crate::app::reader::Line,
) -> Line<'a> {
    let base = if l.boilerplate {
        theme::dim()
    } else {
        Style::default()
    };
    let first = app.corpus.articles[app.current.unwrap_or(0)].quotes.start;
    // Outer quotes before inner ones: quotes are sorted by start, the longest first.
    let on_line: Vec<(u32, &crate::model::Quote)> = quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| {
            (q.span.end as usize) > l.start && (q.span.start as usize) < l.end && app.shows(q)
        })
        .map(|(i, q)| (first + i as u32, q))
        .collect();
    let mut cuts = vec![l.start, l.end];
    for (_, q) in &on_line {
        let clip = |x: u32| (x as usize).clamp(l.start, l.end);
        cuts.extend([clip(q.span.start), clip(q.span.end)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let spans: Vec<Span> = cuts
        .windows(2)
        .map(|w| {
            let (s, e) = (w[0], w[1]);
            let mut style = base;
            let (mut reported, mut marked) = (false, false);
            for (id, q) in on_line
                .iter()
                .filter(|(_, q)| q.span.start as usize <= s && e <= q.span.end as usize)
            {
                style = theme::quote(q, &app.corpus);
                reported |= q.kind == crate::model::QuoteKind::Indirect;
                marked |= app.selected_quote == Some(*id);
            }
            if reported {
                style = style.add_modifier(Modifier::UNDERLINED);
            }
            if marked {
                style = style.add_modifier(Modifier::REVERSED);
            }
            Span::styled(safe(&text[s..e]), style)
        })
        .collect();
    Line::from(spans)
}

fn draw_sidebar(f: &mut Frame, app: &App, area: Rect) {
    let block = pane_block(app, Pane::Sidebar, sidebar_tabs(app).into());
    let inner = block.inner(area);
    f.render_widget(block, area);
    let w = inner.width as usize;
    let items = app.sidebar_items();
    let rows: Vec<ListItem> = items
        .iter()
        .skip(sidebar_offset(app, inner.height as usize))
        .take(inner.height as usize)
        .map(|it| match *it {
            SidebarItem::Quote(q) => quote_row(app, q, w),
            SidebarItem::Actor(a) => actor_row(app, a, w),
        })
        .collect();
    let selected = app
        .sidebar_selected
        .saturating_sub(sidebar_offset(app, inner.height as usize));
    let mut state = ListState::default().with_selected((!items.is_empty()).then_some(selected));
    let list = List::new(rows).highlight_style(theme::selected(app.focus == Pane::Sidebar));
    f.render_stateful_widget(list, inner, &mut state);
}

/// The sidebar's title: its tabs, the open one in brackets.
fn sidebar_tabs(app: &App) -> &'static str {
    match app.tab {
        Tab::Quotes if app.corpus_quotes || app.actor_filter.is_some() => {
            " [Quotes: corpus] Actors "
        }
        Tab::Quotes => " [Quotes] Actors ",
        Tab::Actors => " Quotes [Actors] ",
        Tab::Starred => " Quotes Actors [Starred] ",
    }
}

/// A quote's sidebar row, `w` cells wide: star, kind, speaker, text, and where it comes
/// from and how often it was reprinted.
fn quote_row(app: &App, q: u32, w: usize) -> ListItem<'static> {
    let quote = &app.corpus.quotes[q as usize];
    let starred = app
        .state
        .is_starred(&crate::workflow::state::star_key(&app.corpus, quote));
    let mark = if starred { "★ " } else { "" };
    // "also in N": the same quote reprinted in other articles.
    let also = app
        .reprints
        .group(q)
        .map(|g| format!(" (+{})", g.len() - 1))
        .unwrap_or_default();
    let kind = theme::kind_mark(quote);
    let who = app.corpus.speaker_name(quote).unwrap_or("—");
    let who = fit(who, (w / 3).max(6));
    let rest = w.saturating_sub(who.width() + 2 + mark.width() + kind.width() + also.width());
    let text = app.corpus.quote_text(quote);
    // Quotes from across the corpus say where they come from, as room allows.
    let whole_corpus = app.corpus_quotes || app.actor_filter.is_some() || app.tab == Tab::Starred;
    let (text_w, source) = if whole_corpus {
        split_for_source(text, rest)
    } else {
        (rest, 0)
    };
    let mut spans = vec![
        Span::styled(mark, theme::key()),
        Span::styled(kind, theme::dim()),
        Span::styled(who, theme::quote(quote, &app.corpus)),
        Span::raw(": "),
        Span::raw(fit(text, text_w)),
    ];
    if source > 0 {
        let from = quote_source(&app.corpus, quote.article as usize);
        spans.push(Span::styled(
            format!(" {}", fit(&from, source - 1)),
            theme::dim(),
        ));
    }
    spans.push(Span::styled(also, theme::dim()));
    ListItem::new(Line::from(spans))
}

/// An actor's sidebar row, `w` cells wide: name, first role, type and counts.
fn actor_row(app: &App, a: u32, w: usize) -> ListItem<'static> {
    let actor = &app.corpus.actors[a as usize];
    let kind = actor.actor_type().as_str();
    let right = format!(" {kind:<7} {:>4}q {:>4}m", actor.quotes, actor.mentions);
    let name = fit(&actor.name, w.saturating_sub(right.width()));
    // The first role, as room allows: "Boris Johnson, Prime Minister".
    let room = w.saturating_sub(name.width() + right.width());
    let role = match actor.roles.first() {
        Some(r) if room > 4 => fit(&format!(", {r}"), room),
        _ => String::new(),
    };
    let pad = w.saturating_sub(name.width() + role.width() + right.width());
    ListItem::new(Line::from(vec![
        Span::styled(name, theme::speaker(&Speaker::Actor(a))),
        Span::styled(role, theme::dim()),
        Span::raw(" ".repeat(pad)),
        Span::styled(right, theme::dim()),
    ]))
}

/// Where a quote comes from, as a result row shows it: `date · outlet · title`.
pub(super) fn quote_source(corpus: &crate::model::Corpus, article: usize) -> String {
    let a = &corpus.articles[article];
    [
        a.meta.date.as_deref(),
        a.meta.outlet.as_deref(),
        Some(a.title.as_str()),
    ]
    .into_iter()
    .flatten()
    .filter(|s| !s.is_empty())
    .collect::<Vec<_>>()
    .join(" · ")
}

/// Cells for a quote's text and for its source within `width`: the quote keeps what it
/// needs up to two thirds; the source gets the rest when that is worth showing (12 cells).
pub(super) fn split_for_source(text: &str, width: usize) -> (usize, usize) {
    let text_w = text.width().min(width * 2 / 3).max(width.min(12));
    let source = width.saturating_sub(text_w);
    if source >= 12 {
        (text_w, source)
    } else {
        (width, 0)
    }
}

fn sidebar_offset(app: &App, height: usize) -> usize {
    app.sidebar_selected
        .saturating_sub(height.saturating_sub(1))
}

fn draw_status(f: &mut Frame, app: &App, area: Rect) {
    let mut spans: Vec<Span> = Vec::new();
    if let Some(a) = app.actor_filter {
        spans.push(Span::styled(
            format!(
                " filter: {} (Esc clears) ",
                safe(&app.corpus.actors[a as usize].name)
            ),
            theme::filter(),
        ));
    }
    if let Some(msg) = &app.status {
        spans.push(Span::styled(format!(" {} ", safe(msg)), theme::title()));
    }
    let c = &app.corpus;
    let counts = format!(
        " │ {} articles · {} quotes · {} actors ",
        c.articles.len(),
        c.quotes.len(),
        c.actors.len()
    );
    let [left, right] = Layout::horizontal([
        Constraint::Min(1),
        Constraint::Length(counts.width() as u16),
    ])
    .areas(area);
    // Whole hints only, as many as fit: a hint cut mid-word ("Tab nex") reads as a typo.
    let mut used: usize = spans.iter().map(Span::width).sum();
    for (k, h) in app.keymap.hints(app.scope()) {
        let (key, help) = (format!(" {k}"), format!(" {h} "));
        used += key.width() + help.width();
        if used > left.width as usize {
            break;
        }
        spans.push(Span::styled(key, theme::key()));
        spans.push(Span::raw(help));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), left);
    f.render_widget(Paragraph::new(Span::styled(counts, theme::dim())), right);
}

fn draw_loading(f: &mut Frame, app: &App, area: Rect) {
    let Some(l) = app.loading else { return };
    let p = l.progress;
    let secs = l.started.elapsed().as_secs_f64().max(0.001);
    let ratio = if p.files_total == 0 {
        0.0
    } else {
        p.files_done as f64 / p.files_total as f64
    };
    let label = format!(
        "{} / {} files · {:.1} MB/s",
        p.files_done,
        p.files_total,
        p.bytes_done as f64 / 1e6 / secs
    );
    let r = centered(area, 60, 3);
    f.render_widget(Clear, r);
    let gauge = Gauge::default()
        .block(
            Block::default()
                .borders(Borders::ALL)
                .title(" Loading (q quits) "),
        )
        .gauge_style(theme::focus())
        .ratio(ratio.clamp(0.0, 1.0))
        .label(label);
    f.render_widget(gauge, r);
}

/// The query syntax as help lines (the `?` help and an empty search box show it).
pub(super) fn syntax_lines() -> Vec<Line<'static>> {
    crate::search::query::SYNTAX
        .iter()
        .map(|(typed, means)| {
            Line::from(vec![
                Span::styled(format!("  {typed:<20}"), theme::key()),
                Span::raw(*means),
            ])
        })
        .collect()
}

pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}
