//! The configuration file: `$XDG_CONFIG_HOME/hearsay/config.toml` (or `--config FILE`).
//! Every option is optional. Errors name the file, line and column.

use crate::app::keymap::{self, Action, Key};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Printed by `hearsay config --default`; parsing it gives the defaults (a test checks).
pub const DEFAULT_CONFIG: &str = r##"# hearsay configuration. Every option is optional; these are the defaults.
# Location: $XDG_CONFIG_HOME/hearsay/config.toml (usually ~/.config/hearsay/config.toml),
# or any file given with --config FILE.

[ui]
# Colour theme: "dark", "light" or "high-contrast".
theme = "dark"
# Start with boilerplate lines (captions, sign-up prompts) hidden in the reader.
hide_boilerplate = false
# Start with scare quotes (quoted words nobody said) hidden in the sidebar.
hide_scare = false
# Start with indirect speech (reported speech, no quotation marks) hidden everywhere.
hide_indirect = false
# Sidebar tab at start: "quotes" or "actors".
sidebar_tab = "quotes"
# Watch the folders opened and show new, changed and removed articles as they come
# (--no-watch turns it off for one run; R reloads by hand either way).
watch = true

[colors]
# Override single colours of the theme: a name (red, lightblue, darkgray …) or "#rrggbb".
# focus = "cyan"
# dim = "darkgray"
# match = "yellow"

[keys]
# Rebind actions: action = ["key", …]. Keys: a character ("j", "G", "?"), or
# Enter, Esc, Tab, Shift-Tab, Space, Up, Down, Left, Right, PgUp, PgDn, Home, End, F1…F12,
# with Ctrl- before any of them ("Ctrl-d"). Actions and their default keys:
"##;

#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    #[serde(default)]
    pub ui: Ui,
    #[serde(default)]
    pub colors: BTreeMap<String, String>,
    #[serde(default)]
    pub keys: BTreeMap<String, Vec<String>>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Ui {
    pub theme: Theme,
    pub hide_boilerplate: bool,
    pub hide_scare: bool,
    pub hide_indirect: bool,
    pub sidebar_tab: SidebarTab,
    pub watch: bool,
}

impl Default for Ui {
    fn default() -> Ui {
        Ui {
            theme: Theme::Dark,
            hide_boilerplate: false,
            hide_scare: false,
            hide_indirect: false,
            sidebar_tab: SidebarTab::Quotes,
            watch: true,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Theme {
    Dark,
    Light,
    HighContrast,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SidebarTab {
    Quotes,
    Actors,
}

/// A configuration problem, with where it is.
#[derive(Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub path: PathBuf,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.path.display(),
            self.line,
            self.column,
            self.message
        )
    }
}

impl std::error::Error for ConfigError {}

pub fn default_path() -> Option<PathBuf> {
    crate::cache::xdg_file("XDG_CONFIG_HOME", ".config", "config.toml")
}

/// The full default text, with the key list generated from the keymap declaration.
pub fn default_text() -> String {
    let mut s = DEFAULT_CONFIG.to_string();
    for a in Action::ALL {
        let keys: Vec<String> = keymap::default_keys(*a).iter().map(keymap::label).collect();
        s.push_str(&format!("# {} = {:?}\n", a.name(), keys));
    }
    s
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rfind('\n')
        .map_or(before.chars().count(), |i| before[i + 1..].chars().count())
        + 1;
    (line, column)
}

/// Parses a configuration text; `path` is only for messages.
pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
    let err = |offset: usize, message: String| {
        let (line, column) = line_col(text, offset);
        ConfigError {
            path: path.to_path_buf(),
            line,
            column,
            message,
        }
    };
    let config: Config = toml::from_str(text).map_err(|e| {
        let offset = e.span().map_or(0, |s| s.start);
        err(offset, e.message().to_string())
    })?;
    // Key names and key specs are checked here, so a typo is an error with a position.
    for (action, keys) in &config.keys {
        let at = text.find(action.as_str()).unwrap_or(0);
        if Action::from_name(action).is_none() {
            return Err(err(at, format!("unknown action `{action}` in [keys]")));
        }
        for k in keys {
            if let Err(m) = parse_key(k) {
                return Err(err(at, m));
            }
        }
    }
    Ok(config)
}

/// Reads the configuration: `explicit` must exist; the default path may be missing.
pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
    let (path, must_exist) = match explicit {
        Some(p) => (p.to_path_buf(), true),
        None => match default_path() {
            Some(p) => (p, false),
            None => return Ok(Config::default()),
        },
    };
    match std::fs::read_to_string(&path) {
        Ok(text) => parse(&text, &path),
        Err(e) if !must_exist && e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
        Err(e) => Err(ConfigError {
            path,
            line: 0,
            column: 0,
            message: e.to_string(),
        }),
    }
}

/// A key as written in the config: "j", "G", "Ctrl-d", "PgDn", "F1", "Shift-Tab".
pub fn parse_key(spec: &str) -> Result<Key, String> {
    use crossterm::event::{KeyCode, KeyModifiers};
    let (mods, rest) = match spec
        .strip_prefix("Ctrl-")
        .or_else(|| spec.strip_prefix("ctrl-"))
    {
        Some(r) if !r.is_empty() => (KeyModifiers::CONTROL, r),
        _ => (KeyModifiers::NONE, spec),
    };
    let code = match rest.to_ascii_lowercase().as_str() {
        "enter" | "return" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "shift-tab" | "backtab" => KeyCode::BackTab,
        "space" => KeyCode::Char(' '),
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pgup" | "pageup" => KeyCode::PageUp,
        "pgdn" | "pagedown" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "backspace" => KeyCode::Backspace,
        f if f.len() >= 2
            && f.starts_with('f')
            && f[1..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n)) =>
        {
            KeyCode::F(f[1..].parse().expect("checked"))
        }
        _ => {
            let mut chars = rest.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if !c.is_control() => KeyCode::Char(c),
                _ => {
                    return Err(format!(
                        "unknown key `{spec}` (try \"j\", \"Ctrl-d\", \"PgDn\", \"F1\")"
                    ))
                }
            }
        }
    };
    Ok(Key { code, mods })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_text_parses_to_the_defaults() {
        let c = parse(&default_text(), Path::new("config.toml")).unwrap();
        assert_eq!(c, Config::default());
        assert!(default_text().contains("# next_quote = [\"n\"]"));
    }

    #[test]
    fn options_and_keys() {
        let c = parse(
            "[ui]\ntheme = \"high-contrast\"\nhide_scare = true\n[keys]\nnext_quote = [\"Ctrl-n\", \"F5\"]\n",
            Path::new("c.toml"),
        )
        .unwrap();
        assert_eq!(c.ui.theme, Theme::HighContrast);
        assert!(c.ui.hide_scare);
        assert_eq!(c.keys["next_quote"].len(), 2);
    }

    #[test]
    fn watching_is_on_unless_turned_off_and_reload_can_be_rebound() {
        assert!(Config::default().ui.watch);
        let c = parse(
            "[ui]\nwatch = false\n[keys]\nreload = [\"F5\"]\n",
            Path::new("c.toml"),
        )
        .unwrap();
        assert!(!c.ui.watch);
        assert_eq!(Action::from_name("reload"), Some(Action::Reload));
        assert_eq!(c.keys["reload"], ["F5"]);
    }

    #[test]
    fn errors_name_file_line_and_column() {
        let e = parse(
            "[ui]\nhide_scare = true\nthemee = \"dark\"\n",
            Path::new("/x/config.toml"),
        )
        .unwrap_err();
        assert_eq!((e.line, e.column), (3, 1), "{e}");
        assert!(
            e.to_string()
                .starts_with("/x/config.toml:3:1: unknown field `themee`"),
            "{e}"
        );
        let e = parse("[ui]\ntheme = \"purple\"\n", Path::new("c.toml")).unwrap_err();
        assert_eq!((e.line, e.column), (2, 9), "{e}");
        let e = parse("[keys]\nfly = [\"j\"]\n", Path::new("c.toml")).unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.message.contains("unknown action `fly`"));
        let e = parse("[keys]\nquit = [\"Hyper-q\"]\n", Path::new("c.toml")).unwrap_err();
        assert!(e.message.contains("unknown key"));
    }

    #[test]
    fn key_specs() {
        use crossterm::event::{KeyCode, KeyModifiers};
        assert_eq!(parse_key("j").unwrap().code, KeyCode::Char('j'));
        assert_eq!(parse_key("Ctrl-d").unwrap().mods, KeyModifiers::CONTROL);
        assert_eq!(parse_key("PgDn").unwrap().code, KeyCode::PageDown);
        assert_eq!(parse_key("F12").unwrap().code, KeyCode::F(12));
        assert!(parse_key("F13").is_err());
        assert!(parse_key("jj").is_err());
    }
}
