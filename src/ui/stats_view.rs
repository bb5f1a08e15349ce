//! The Stats overlay: who gets a voice (quotes per speaker), quotes per outlet and articles
//! per day, as bar charts; the title counts indirect speech apart.

use super::draw::{centered, fit, safe};
use super::theme;
use crate::app::App;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Bar, BarChart, BarGroup, Block, Borders, Clear};
use ratatui::Frame;

/// Width of a day's bar: its label, "MM-DD".
const DAY_BAR: usize = 5;

/// A bar chart of `rows` for `area`. Horizontal bars' labels are cut to half the width:
/// BarChart gives the bars only what the widest label leaves, and draws a label wider
/// than the chart over its border.
fn chart<'a>(
    title: &'a str,
    rows: &[(String, u32)],
    horizontal: bool,
    max_rows: usize,
    area: Rect,
) -> BarChart<'a> {
    let label_width = (area.width.saturating_sub(2) / 2).max(1) as usize;
    let bars: Vec<Bar> = rows
        .iter()
        .take(max_rows)
        .map(|(label, n)| {
            let label = if horizontal {
                fit(label, label_width)
            } else {
                safe(label)
            };
            Bar::default()
                .value(u64::from(*n))
                .label(ratatui::text::Line::from(label))
                .style(theme::focus())
        })
        .collect();
    let chart = BarChart::default()
        .block(Block::default().borders(Borders::ALL).title(title))
        .data(BarGroup::default().bars(&bars));
    if horizontal {
        chart
            .direction(ratatui::layout::Direction::Horizontal)
            .bar_width(1)
            .bar_gap(0)
    } else {
        chart.bar_width(DAY_BAR as u16).bar_gap(1)
    }
}

pub fn draw(f: &mut Frame, app: &App, area: Rect) {
    let s = app.stats();
    let r = centered(
        area,
        area.width.saturating_sub(4),
        area.height.saturating_sub(2),
    );
    f.render_widget(Clear, r);
    let block = Block::default().borders(Borders::ALL).title(format!(
        " Stats: {} articles, {} quotes, {} indirect (any key closes) ",
        s.articles,
        s.quotes,
        s.indirect()
    ));
    let inner = block.inner(r);
    f.render_widget(block, r);
    let [top, bottom] =
        Layout::vertical([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(inner);
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(top);
    let rows = top.height.saturating_sub(2) as usize;
    f.render_widget(
        chart(
            " Quotes per speaker ",
            &s.quotes_per_speaker,
            true,
            rows,
            left,
        ),
        left,
    );
    f.render_widget(
        chart(
            " Quotes per outlet ",
            &s.quotes_per_outlet,
            true,
            rows,
            right,
        ),
        right,
    );
    // The latest days that fit, each bar wide enough for its "MM-DD"; the title gives the
    // years, which the labels leave out.
    let columns = (bottom.width.saturating_sub(2) as usize / (DAY_BAR + 1)).max(1);
    let shown = &s.articles_per_day[s.articles_per_day.len().saturating_sub(columns)..];
    let days: Vec<(String, u32)> = shown
        .iter()
        .map(|(d, n)| (d.get(5..).unwrap_or(d).to_string(), *n))
        .collect();
    let title = match (shown.first(), shown.last()) {
        (Some((first, _)), Some((last, _))) if first != last => {
            format!(" Articles per day, {} to {} ", safe(first), safe(last))
        }
        (Some((day, _)), _) => format!(" Articles per day, {} ", safe(day)),
        _ => " Articles per day ".to_string(),
    };
    f.render_widget(chart(&title, &days, false, columns, bottom), bottom);
}
