//! Putting text where the reader can paste it, and saying where it went.
//!
//! Inside tmux (`$TMUX` set) the text goes to tmux itself, `tmux load-buffer -w -`: tmux's
//! paste buffer, and the outer terminal's clipboard where tmux's `set-clipboard` allows
//! (tmux before 3.2 has no `-w`: plain `load-buffer -` then). An escape sequence would not
//! do: tmux 3.3 drops passthrough unless `allow-passthrough` is on, and passthrough skips
//! tmux's buffer even then. Elsewhere the terminal gets a plain OSC 52 (honoured over SSH
//! by most terminals), and when there is a display the system clipboard gets the text too
//! (`arboard`). On Linux the process that set the clipboard serves it, so the handle is
//! kept for as long as the browser runs ([`Clipboard`] lives in the event loop).

use super::cite::osc52;
use std::ffi::OsString;
use std::io::Write;
use std::process::{Command, Stdio};

/// What the environment offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Env {
    /// Inside tmux (`$TMUX` set and not empty).
    pub tmux: bool,
    /// A graphical display: always on macOS and Windows; elsewhere `$DISPLAY` or
    /// `$WAYLAND_DISPLAY` set (not over SSH without X forwarding).
    pub display: bool,
}

impl Env {
    /// The environment of this process.
    pub fn current() -> Env {
        Env::from_vars(|name| std::env::var_os(name))
    }

    /// The environment described by `var` (testable without touching the process's).
    pub fn from_vars(var: impl Fn(&str) -> Option<OsString>) -> Env {
        let set = |name: &str| var(name).is_some_and(|v| !v.is_empty());
        Env {
            tmux: set("TMUX"),
            display: cfg!(any(target_os = "macos", windows))
                || set("DISPLAY")
                || set("WAYLAND_DISPLAY"),
        }
    }
}

/// Where copied text went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Copied {
    /// tmux's paste buffer (and the outer clipboard, where tmux passes it on).
    TmuxBuffer,
    /// An OSC 52 sequence to the terminal, and the system clipboard when `system`.
    Terminal { system: bool },
    /// Nowhere: why.
    Failed(String),
}

impl Copied {
    /// The status bar's line for `text` copied so.
    pub fn message(&self, text: &str) -> String {
        match self {
            Copied::TmuxBuffer => format!("copied to tmux buffer: {text}"),
            Copied::Terminal { system: true } => {
                format!("copied (OSC 52 + system clipboard): {text}")
            }
            Copied::Terminal { system: false } => format!("copied (OSC 52): {text}"),
            Copied::Failed(why) => format!("could not copy: {why}"),
        }
    }
}

/// The clipboard of a browser session: the system clipboard's handle, opened on first use
/// and kept (see the module's text).
pub struct Clipboard {
    env: Env,
    system: Option<arboard::Clipboard>,
    /// The tmux program (another in tests).
    tmux: &'static str,
}

impl Clipboard {
    pub fn new(env: Env) -> Clipboard {
        Clipboard {
            env,
            system: None,
            tmux: "tmux",
        }
    }

    pub fn env(&self) -> Env {
        self.env
    }

    /// Copies `text`, writing any escape sequence to `terminal`; says where it went.
    pub fn copy(&mut self, text: &str, terminal: &mut dyn Write) -> Copied {
        let sent = |terminal: &mut dyn Write| {
            terminal
                .write_all(osc52(text).as_bytes())
                .and_then(|()| terminal.flush())
        };
        if self.env.tmux {
            return match tmux_load_buffer(self.tmux, text) {
                Ok(()) => Copied::TmuxBuffer,
                // tmux passes a plain OSC 52 on when its set-clipboard is on: worth a try.
                Err(e) => {
                    let _ = sent(terminal);
                    Copied::Failed(format!(
                        "tmux load-buffer: {e} (sent OSC 52, which lands if tmux's set-clipboard is on)"
                    ))
                }
            };
        }
        let sent = sent(terminal);
        let system = self.env.display && self.set_system(text);
        match sent {
            Ok(()) => Copied::Terminal { system },
            Err(e) if !system => Copied::Failed(format!("terminal: {e}")),
            // The system clipboard has it; the terminal could not be written to.
            Err(_) => Copied::Terminal { system: true },
        }
    }

    fn set_system(&mut self, text: &str) -> bool {
        if self.system.is_none() {
            self.system = arboard::Clipboard::new().ok();
        }
        self.system
            .as_mut()
            .is_some_and(|c| c.set_text(text.to_string()).is_ok())
    }
}

/// `tmux load-buffer -w -` with `text` on its input; without `-w` when this tmux has none.
fn tmux_load_buffer(tmux: &str, text: &str) -> Result<(), String> {
    tmux_load(tmux, text, &["load-buffer", "-w", "-"]).or_else(|with_w| {
        tmux_load(tmux, text, &["load-buffer", "-"]).map_err(|plain| {
            if with_w == plain {
                plain
            } else {
                format!("{with_w}; without -w: {plain}")
            }
        })
    })
}

fn tmux_load(tmux: &str, text: &str, args: &[&str]) -> Result<(), String> {
    let mut child = Command::new(tmux)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    let written = child
        .stdin
        .take()
        .map(|mut input| input.write_all(text.as_bytes()));
    let out = child.wait_with_output().map_err(|e| e.to_string())?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        let first = err.lines().next().unwrap_or("").trim();
        return Err(if first.is_empty() {
            format!("exit status {}", out.status.code().unwrap_or(-1))
        } else {
            first.to_string()
        });
    }
    match written {
        Some(Err(e)) => Err(e.to_string()),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(vars: &[(&str, &str)]) -> Env {
        Env::from_vars(|name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| OsString::from(v))
        })
    }

    #[test]
    fn tmux_and_a_display_are_told_by_the_environment() {
        assert!(env(&[("TMUX", "/tmp/tmux-0/default,1,0")]).tmux);
        assert!(!env(&[("TMUX", "")]).tmux);
        if cfg!(any(target_os = "macos", windows)) {
            return;
        }
        assert!(!env(&[]).display, "over SSH: no display");
        assert!(env(&[("DISPLAY", ":0")]).display);
        assert!(env(&[("WAYLAND_DISPLAY", "wayland-0")]).display);
        assert!(!env(&[("DISPLAY", "")]).display);
    }

    /// Outside tmux, with no display: a plain OSC 52 (no tmux passthrough) and nothing else.
    #[test]
    fn outside_tmux_without_a_display_the_terminal_gets_osc52() {
        let mut clipboard = Clipboard::new(Env {
            tmux: false,
            display: false,
        });
        let mut terminal = Vec::new();
        let copied = clipboard.copy("hi", &mut terminal);
        assert_eq!(copied, Copied::Terminal { system: false });
        assert_eq!(terminal, b"\x1b]52;c;aGk=\x07");
        assert_eq!(copied.message("hi"), "copied (OSC 52): hi");
    }

    /// In tmux without a working `tmux` program: a plain OSC 52 still goes out, and the
    /// status says the copy did not land in tmux.
    #[test]
    fn a_failing_tmux_falls_back_to_osc52_and_says_so() {
        let mut clipboard = Clipboard::new(Env {
            tmux: true,
            display: false,
        });
        clipboard.tmux = "/nonexistent/tmux";
        let mut terminal = Vec::new();
        let copied = clipboard.copy("hi", &mut terminal);
        assert_eq!(terminal, b"\x1b]52;c;aGk=\x07");
        let Copied::Failed(why) = &copied else {
            panic!("{copied:?}")
        };
        assert!(
            why.starts_with("tmux load-buffer: ") && why.contains("OSC 52"),
            "{why}"
        );
        assert!(copied.message("hi").starts_with("could not copy: tmux"));
    }

    #[test]
    fn messages_say_where_the_text_went() {
        assert_eq!(
            Copied::TmuxBuffer.message("“x”"),
            "copied to tmux buffer: “x”"
        );
        assert_eq!(
            Copied::Terminal { system: true }.message("x"),
            "copied (OSC 52 + system clipboard): x"
        );
        assert!(Copied::Failed("no tmux".into())
            .message("x")
            .starts_with("could not copy: no tmux"));
    }
}
