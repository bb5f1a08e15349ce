//! Where each pane goes for a terminal size: three columns when wide, the focused pane alone
//! when narrow. The event loop uses the same rectangles to route mouse events.

use crate::app::{App, Pane};
use ratatui::layout::Rect;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panes {
    pub articles: Option<Rect>,
    pub reader: Option<Rect>,
    pub sidebar: Option<Rect>,
    pub status: Rect,
}

pub fn panes(area: Rect, app: &App) -> Panes {
    let main = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    let status = Rect {
        y: area.y + main.height,
        height: 1,
        ..area
    };
    if app.narrow() {
        let only = Some(main);
        return Panes {
            articles: (app.focus == Pane::Articles).then_some(main).and(only),
            reader: (app.focus == Pane::Reader).then_some(main),
            sidebar: (app.focus == Pane::Sidebar).then_some(main),
            status,
        };
    }
    // The same arithmetic as `App::reader_width`.
    let w = main.width;
    let left = w * 34 / 100;
    let right = w * 30 / 100;
    let mid = w - left - right;
    Panes {
        articles: Some(Rect {
            width: left,
            ..main
        }),
        reader: Some(Rect {
            x: main.x + left,
            width: mid,
            ..main
        }),
        sidebar: Some(Rect {
            x: main.x + left + mid,
            width: right,
            ..main
        }),
        status,
    }
}

/// The pane under a point, and the content row inside it (below the top border).
pub fn hit(p: &Panes, x: u16, y: u16) -> Option<(Pane, usize)> {
    let inside = |r: Option<Rect>| {
        r.filter(|r| {
            x >= r.x && x < r.x + r.width && y > r.y && y < r.y + r.height.saturating_sub(1)
        })
        .map(|r| (y - r.y - 1) as usize)
    };
    inside(p.articles)
        .map(|row| (Pane::Articles, row))
        .or_else(|| inside(p.reader).map(|row| (Pane::Reader, row)))
        .or_else(|| inside(p.sidebar).map(|row| (Pane::Sidebar, row)))
}
