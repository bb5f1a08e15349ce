//! Colours: one stable colour per speaker, and the styles of focus, selection and hints.
//! With NO_COLOR set, only modifiers (bold, reverse, underline) are used.

use crate::config::Theme;
use crate::model::{Corpus, Quote, QuoteKind, Speaker};
use ratatui::style::{Color, Modifier, Style};
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::RwLock;

static NO_COLOR: AtomicBool = AtomicBool::new(false);

#[derive(Clone, Copy, Debug)]
struct Palette {
    focus: Color,
    dim: Color,
    matched: Color,
}

static PALETTE: RwLock<Palette> = RwLock::new(Palette {
    focus: Color::Cyan,
    dim: Color::DarkGray,
    matched: Color::Yellow,
});

/// Turns colour off (NO_COLOR, `--color never`).
pub fn set_no_color(off: bool) {
    NO_COLOR.store(off, Ordering::Relaxed);
}

/// Chooses a built-in theme and applies the config's colour overrides; unknown colour
/// names are returned as errors.
pub fn set_theme(theme: Theme, overrides: &BTreeMap<String, String>) -> Result<(), String> {
    let mut p = match theme {
        Theme::Dark => Palette {
            focus: Color::Cyan,
            dim: Color::DarkGray,
            matched: Color::Yellow,
        },
        Theme::Light => Palette {
            focus: Color::Blue,
            dim: Color::Gray,
            matched: Color::Magenta,
        },
        Theme::HighContrast => Palette {
            focus: Color::White,
            dim: Color::Gray,
            matched: Color::LightYellow,
        },
    };
    for (name, value) in overrides {
        let c: Color = value
            .parse()
            .map_err(|_| format!("[colors] {name}: unknown colour `{value}`"))?;
        match name.as_str() {
            "focus" => p.focus = c,
            "dim" => p.dim = c,
            "match" => p.matched = c,
            other => {
                return Err(format!(
                    "[colors]: unknown colour slot `{other}` (focus, dim, match)"
                ))
            }
        }
    }
    *PALETTE.write().unwrap_or_else(|e| e.into_inner()) = p;
    Ok(())
}

fn palette() -> Palette {
    *PALETTE.read().unwrap_or_else(|e| e.into_inner())
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

/// A quotation's style: bold in its speaker's colour; scare quotes italic; indirect speech
/// (no quotation marks: the words are the reporter's) underlined in its speaker's colour,
/// not bold.
pub fn quote(q: &Quote, _corpus: &Corpus) -> Style {
    match q.kind {
        QuoteKind::Scare => Style::default().add_modifier(Modifier::ITALIC),
        QuoteKind::Indirect => speaker(&q.speaker).add_modifier(Modifier::UNDERLINED),
        QuoteKind::Direct | QuoteKind::Partial => speaker(&q.speaker).add_modifier(Modifier::BOLD),
    }
}

/// What a list row of a quote starts with (drawn dim): `~ ` for indirect speech.
pub fn kind_mark(q: &Quote) -> &'static str {
    if q.kind == QuoteKind::Indirect {
        "~ "
    } else {
        ""
    }
}

pub fn dim() -> Style {
    colour(Style::default(), palette().dim)
}

pub fn focus() -> Style {
    colour(Style::default(), palette().focus).add_modifier(Modifier::BOLD)
}

pub fn title() -> Style {
    Style::default().add_modifier(Modifier::BOLD)
}

pub fn key() -> Style {
    colour(Style::default(), palette().focus).add_modifier(Modifier::BOLD)
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
    colour(Style::default(), palette().matched).add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cue, Span};

    #[test]
    fn indirect_speech_is_underlined_in_its_speakers_colour_and_not_bold() {
        let q = |kind| Quote {
            article: 0,
            span: Span::default(),
            kind,
            speaker: Speaker::Actor(3),
            paragraph: 0,
            cue: Cue::NONE,
        };
        let corpus = Corpus::default();
        let indirect = quote(&q(QuoteKind::Indirect), &corpus);
        let direct = quote(&q(QuoteKind::Direct), &corpus);
        assert!(indirect.fg.is_some());
        assert_eq!(indirect.fg, speaker(&Speaker::Actor(3)).fg);
        assert_eq!(indirect.fg, direct.fg);
        assert!(indirect.add_modifier.contains(Modifier::UNDERLINED));
        assert!(!indirect.add_modifier.contains(Modifier::BOLD));
        assert_eq!(kind_mark(&q(QuoteKind::Indirect)), "~ ");
        assert_eq!(kind_mark(&q(QuoteKind::Direct)), "");
    }
}
