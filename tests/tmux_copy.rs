//! `y` inside tmux with its default settings (`-f /dev/null`: no `allow-passthrough`, no
//! `set-clipboard on`) lands in tmux's paste buffer. The browser runs in a tmux session on
//! a private server (its own socket), keys are sent with `send-keys`, and the buffer is
//! read back with `show-buffer`. Skipped, saying so, where tmux is not installed.

#![cfg(unix)]

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A tmux server of its own, killed when dropped.
struct Server {
    socket: String,
}

impl Server {
    fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-f", "/dev/null", "-L", &self.socket])
            .args(args)
            .output()
            .expect("run tmux")
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", "t"]).stdout).into()
    }

    /// Waits until `done` holds of what `probe` returns; returns it (or fails naming it).
    fn wait_for(
        &self,
        what: &str,
        probe: impl Fn() -> String,
        done: impl Fn(&str) -> bool,
    ) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let seen = probe();
            if done(&seen) {
                return seen;
            }
            assert!(
                Instant::now() < deadline,
                "waited for {what}; last seen:\n{seen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

fn tmux_installed() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn y_in_tmux_copies_the_quote_to_the_paste_buffer() {
    if !tmux_installed() {
        println!("skipped: tmux is not installed");
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cli/first.txt");
    let server = Server {
        socket: format!("hearsay-test-{}", std::process::id()),
    };
    let h = home.path().display();
    // Everything hearsay writes goes under the temporary home; no display, so no system
    // clipboard is tried.
    let command = format!(
        "env -u DISPLAY -u WAYLAND_DISPLAY HOME={h} XDG_CACHE_HOME={h}/cache XDG_DATA_HOME={h}/data \
         XDG_STATE_HOME={h}/state XDG_CONFIG_HOME={h}/config {} --no-cache {}",
        env!("CARGO_BIN_EXE_hearsay"),
        fixture.display()
    );
    let started = server.tmux(&[
        "new-session",
        "-d",
        "-s",
        "t",
        "-x",
        "120",
        "-y",
        "30",
        &command,
    ]);
    assert!(
        started.status.success(),
        "{}",
        String::from_utf8_lossy(&started.stderr)
    );
    server.wait_for(
        "the article",
        || server.screen(),
        |s| s.contains("Minister Defends Rail Plan"),
    );
    assert!(
        !server.tmux(&["show-buffer"]).status.success(),
        "a fresh server has no buffer"
    );
    // Reported speech hidden (so `n` finds the quotation), to the reader, the first
    // quote, copy.
    for k in ["i", "Tab", "n", "y"] {
        server.tmux(&["send-keys", "-t", "t", k]);
        std::thread::sleep(Duration::from_millis(100));
    }
    let buffer = server.wait_for(
        "the tmux buffer",
        || String::from_utf8_lossy(&server.tmux(&["show-buffer"]).stdout).into_owned(),
        |b| !b.is_empty(),
    );
    assert!(
        buffer.contains("We will build the line, and we will build it on time")
            && buffer.contains("Jane Holloway"),
        "{buffer:?}"
    );
    server.wait_for(
        "the status",
        || server.screen(),
        |s| s.contains("copied to tmux buffer"),
    );
    server.tmux(&["send-keys", "-t", "t", "q"]);
}
