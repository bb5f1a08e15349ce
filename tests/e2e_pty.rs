//! The real binary in a pseudo-terminal: keys typed, the screen read back with vt100.
//! Waits are for screen content (with a deadline), never fixed sleeps alone.

#![cfg(unix)]

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn nz(v: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(v).expect("non-zero size")
}

struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
}

impl Session {
    fn start(args: &[&str], env: &[(&str, &str)], cols: u16, rows: u16) -> Session {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_hearsay"));
        cmd.args(args);
        cmd.env("TERM", "xterm-256color");
        cmd.cwd(std::env::temp_dir());
        // State, config and cache go to a scratch folder, never the tester's home.
        let home = std::env::temp_dir().join(format!("hearsay-pty-{}", std::process::id()));
        cmd.env("XDG_DATA_HOME", home.join("data"));
        cmd.env("XDG_CONFIG_HOME", home.join("config"));
        cmd.env("HEARSAY_CACHE_DIR", home.join("cache"));
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn hearsay");
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (p, r) = (parser.clone(), raw.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Session {
            parser,
            raw,
            writer,
            child,
            master: pair.master,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.screen().contains(what) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("screen never showed {what:?}; it shows:\n{}", self.screen());
    }

    fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.child.kill().ok();
        panic!("hearsay did not exit; screen:\n{}", self.screen());
    }

    /// Raw mode off is not visible on the screen; the alternate screen left and the cursor
    /// shown are.
    fn assert_restored(&self) {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let restored = {
                let p = self.parser.lock().unwrap();
                !p.screen().alternate_screen() && !p.screen().hide_cursor()
            };
            if restored {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "terminal left in the alternate screen or without a cursor"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

#[test]
fn search_jump_and_quit() {
    let mut s = Session::start(&[], &[], 120, 40);
    s.wait_for("4 articles");
    s.send("/");
    s.wait_for("Search quotes");
    s.send("cyberwar");
    s.wait_for("There is a cyberwar");
    s.send("\r");
    s.wait_for("said by Iain Duncan Smith");
    assert!(!s.screen().contains("Search quotes"));
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

/// The indirect-speech toggle in the real binary: started hidden by the config file, `i`
/// shows it and hides it again, and the help lists the key.
#[test]
fn the_indirect_speech_toggle_starts_from_the_config_and_i_flips_it() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "[ui]\nhide_indirect = true\n").unwrap();
    let mut s = Session::start(&["--config", config.to_str().unwrap()], &[], 120, 40);
    s.wait_for("4 articles");
    s.send("?");
    s.wait_for("Hide or show indirect speech everywhere");
    s.send("j");
    s.send("i");
    s.wait_for("indirect speech shown");
    s.send("i");
    s.wait_for("indirect speech hidden");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn resize_storm_redraws_and_still_quits_cleanly() {
    let mut s = Session::start(&[], &[], 120, 40);
    s.wait_for("4 articles");
    for i in 0..30u16 {
        let (cols, rows) = if i % 2 == 0 { (60 + i, 20) } else { (140, 45) };
        s.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        s.parser.lock().unwrap().set_size(nz(rows), nz(cols));
    }
    s.master
        .resize(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    s.parser.lock().unwrap().set_size(nz(24), nz(80));
    // Settled at the last size: the narrow layout shows one pane and the counts.
    s.wait_for("4 articles");
    std::thread::sleep(Duration::from_millis(300));
    s.send("?");
    s.wait_for("Keys (any key closes)");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn a_panic_restores_the_terminal_and_says_where_to_report() {
    let mut s = Session::start(&[], &[("HEARSAY_TEST_PANIC", "1")], 100, 30);
    let code = s.wait_exit();
    assert_ne!(code, 0);
    s.assert_restored();
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let out = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
        if out.contains("Please report this") {
            break;
        }
        assert!(Instant::now() < deadline, "no crash message in:\n{out}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Issue 17: a panic while extracting one article (injected by a test-only variable) is a
/// warning in the status line; the browser keeps running with the other articles.
#[test]
fn a_panic_in_one_article_is_a_warning_and_the_browser_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.txt", "b.txt", "c.txt"] {
        let body = format!("Story {name}\n\n“We will go on talking,” Ann Lee said on Monday.\n");
        std::fs::write(dir.path().join(name), body).unwrap();
    }
    let path = dir.path().to_str().unwrap();
    let mut s = Session::start(
        &["--no-cache", path],
        &[
            ("HEARSAY_TEST_EXTRACT_PANIC", "c.txt"),
            ("RUST_BACKTRACE", "1"),
        ],
        160,
        30,
    );
    s.wait_for("3 articles");
    s.wait_for("c.txt: extraction failed (internal error");
    // Still running, and nothing but the screen was drawn: no backtrace on the terminal.
    s.send("j");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
    let out = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    assert!(!out.contains("stack backtrace") && !out.contains("caught a panic"));
}

#[test]
fn ctrl_c_quits() {
    let mut s = Session::start(&[], &[], 100, 30);
    s.wait_for("4 articles");
    s.send("\u{3}");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

fn signal(s: &Session, sig: i32) {
    let pid = s.child.process_id().expect("child pid");
    let ok = std::process::Command::new("kill")
        .arg(format!("-{sig}"))
        .arg(pid.to_string())
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill -{sig} {pid}");
}

#[test]
fn sigterm_and_sighup_restore_the_terminal_with_a_meaningful_code() {
    for (sig, code) in [(15, 143), (1, 129)] {
        let mut s = Session::start(&[], &[], 100, 30);
        s.wait_for("4 articles");
        signal(&s, sig);
        assert_eq!(s.wait_exit(), code, "signal {sig}");
        s.assert_restored();
    }
}

#[test]
fn ctrl_c_during_a_long_load_quits_at_once() {
    let dir = tempfile::tempdir().unwrap();
    hearsay::gen::write_corpus(dir.path(), 20_000, 5).unwrap();
    let path = dir.path().to_str().unwrap().to_string();
    let cache = tempfile::tempdir().unwrap();
    let mut s = Session::start(
        &["--no-cache", &path],
        &[("HEARSAY_CACHE_DIR", cache.path().to_str().unwrap())],
        100,
        30,
    );
    s.wait_for("Loading");
    s.send("\u{3}");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}
