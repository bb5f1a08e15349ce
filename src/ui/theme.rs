//! Colours: one stable colour per speaker, and the styles of focus, selection and hints.
//! With NO_COLOR set, only modifiers (bold, reverse, underline) are used.

use crate::model::{Corpus, Quote, QuoteKind, Speaker};
use ratatui::style::{Color, Modifier, Style};
use std::sync::atomic::{AtomicBool, Ordering};

static NO_COLOR: AtomicBool = AtomicBool::new(false);

/// Turns colour off (NO_COLOR, `--color never`).
pub fn set_no_color(off: bool) {
    NO_COLOR.store(off, Ordering::Relaxed);
}

fn colour(style: Style, c: Color) -> Style {
    if NO_COLOR.load(Ordering::Relaxed) {
        style
    } else {
        style.fg(c)
    }
}

const SPEAKER_COLOURS: [Color; 10] = [
    Color::Cyan,
    Color::Yellow,
    Color::Green,
    Color::Magenta,
    Color::LightBlue,
    Color::LightRed,
    Color::LightGreen,
    Color::LightMagenta,
    Color::LightYellow,
    Color::Blue,
];

/// The same speaker always gets the same colour (by actor id or description).
pub fn speaker(s: &Speaker) -> Style {
    let i = match s {
        Speaker::None => return dim(),
        Speaker::Actor(id) => *id as usize,
        Speaker::Unnamed(d) => d
            .bytes()
            .fold(7usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize)),
    };
    colour(Style::default(), SPEAKER_COLOURS[i % SPEAKER_COLOURS.len()])
}

pub fn quote(q: &Quote, _corpus: &Corpus) -> Style {
    if q.kind == QuoteKind::Scare {
        return Style::default().add_modifier(Modifier::ITALIC);
    }
    speaker(&q.speaker).add_modifier(Modifier::BOLD)
}

pub fn dim() -> Style {
    colour(Style::default(), Color::DarkGray)
}

pub fn focus() -> Style {
    colour(Style::default(), Color::Cyan).add_modifier(Modifier::BOLD)
}

pub fn title() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

pub fn key() -> Style {
    colour(Style::default(), Color::Cyan).add_modifier(Modifier::BOLD)
}

pub fn filter() -> Style {
    Style::default().add_modifier(Modifier::REVERSED)
}

pub fn selected(focused: bool) -> Style {
    if focused {
        Style::default().add_modifier(Modifier::REVERSED)
    } else {
        Style::default().add_modifier(Modifier::UNDERLINED)
    }
}

pub fn matched() -> Style {
    colour(Style::default(), Color::Yellow).add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}
