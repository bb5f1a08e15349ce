//! The real binary in a pseudo-terminal: keys typed, the screen read back with vt100.
//! Waits are for screen content (with a deadline), never fixed sleeps alone.

#![cfg(unix)]

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};
use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, BorrowedFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long hearsay may take to end once its terminal is gone or it is signalled. Its own
/// worst case is the watchdog's grace for the UI thread (1.5 s with the terminal still
/// there) plus its backstop after the UI thread has saved (2 s, `ui::hangup`); on a busy
/// machine a debug build needs some room past that.
const EXIT_LIMIT: Duration = Duration::from_secs(5);

fn nz(v: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(v).expect("non-zero size")
}

struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    /// The master side, and the copies of it that read the screen and type keys: all three
    /// are closed by `hang_up`, which is the terminal going away.
    master: Option<Box<dyn MasterPty + Send>>,
    writer: Option<File>,
    reader: Option<(Arc<AtomicBool>, JoinHandle<()>)>,
    child: Box<dyn Child + Send + Sync>,
    /// The scratch home for state, config and cache: removed when the session ends, so
    /// test runs leave nothing behind in the temporary folder.
    _home: tempfile::TempDir,
}

/// A copy of the master side's descriptor, closed on exec (so children that other tests
/// spawn meanwhile do not keep the master open).
fn master_copy(master: &dyn MasterPty) -> File {
    let fd = master.as_raw_fd().expect("a Unix pty");
    // SAFETY: `master` owns this open descriptor for the whole call.
    let fd = unsafe { BorrowedFd::borrow_raw(fd) };
    File::from(fd.try_clone_to_owned().expect("dup the pty master"))
}

/// Reads the screen until told to stop (polling, so that it can stop while nothing comes).
fn read_screen(
    mut reader: File,
    stop: Arc<AtomicBool>,
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
) {
    let mut buf = [0u8; 8192];
    while !stop.load(Ordering::SeqCst) {
        let mut fd = libc::pollfd {
            fd: reader.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        if unsafe { libc::poll(&mut fd, 1, 20) } <= 0 {
            continue;
        }
        match reader.read(&mut buf) {
            Ok(n) if n > 0 => {
                parser.lock().unwrap().process(&buf[..n]);
                raw.lock().unwrap().extend_from_slice(&buf[..n]);
            }
            _ => break,
        }
    }
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
        let home = tempfile::Builder::new()
            .prefix("hearsay-pty-")
            .tempdir()
            .expect("a scratch home");
        cmd.env("XDG_DATA_HOME", home.path().join("data"));
        cmd.env("XDG_CONFIG_HOME", home.path().join("config"));
        cmd.env("HEARSAY_CACHE_DIR", home.path().join("cache"));
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn hearsay");
        drop(pair.slave);
        let reader = master_copy(&*pair.master);
        let writer = master_copy(&*pair.master);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (p, r, st) = (parser.clone(), raw.clone(), stop.clone());
        let reading = std::thread::spawn(move || read_screen(reader, st, p, r));
        Session {
            parser,
            raw,
            master: Some(pair.master),
            writer: Some(writer),
            reader: Some((stop, reading)),
            child,
            _home: home,
        }
    }

    fn master(&self) -> &dyn MasterPty {
        &**self.master.as_ref().expect("the terminal is still there")
    }

    /// Closes every copy of the master side: the terminal goes away, as when an SSH
    /// connection drops or tmux kills the session.
    fn hang_up(&mut self) {
        if let Some((stop, reading)) = self.reader.take() {
            stop.store(true, Ordering::SeqCst);
            reading.join().unwrap();
        }
        self.writer = None;
        self.master = None;
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
        let writer = self.writer.as_mut().expect("the terminal is still there");
        writer.write_all(keys.as_bytes()).unwrap();
        writer.flush().unwrap();
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
    // `?` again closes the help (other keys scroll it or do nothing).
    s.send("?");
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
        s.master()
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        s.parser.lock().unwrap().set_size(nz(rows), nz(cols));
    }
    s.master()
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
    s.wait_for("Keys 1–22 of");
    // The first `q` closes the help, the second quits.
    s.send("qq");
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

/// hearsay loading a generated corpus of 20,000 files (seconds of work), on the loading
/// screen; the corpus folder lives as long as the returned guard.
fn start_a_long_load(env: &[(&str, &str)]) -> (Session, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    hearsay::gen::write_corpus(dir.path(), 20_000, 5).unwrap();
    let path = dir.path().to_str().unwrap().to_string();
    let s = Session::start(&["--no-cache", &path], env, 100, 30);
    s.wait_for("Loading");
    (s, dir)
}

#[test]
fn ctrl_c_during_a_long_load_quits_at_once() {
    let cache = tempfile::tempdir().unwrap();
    let (mut s, _corpus) =
        start_a_long_load(&[("HEARSAY_CACHE_DIR", cache.path().to_str().unwrap())]);
    s.send("\u{3}");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

/// The stars and read marks saved under a session's own `XDG_DATA_HOME`.
fn saved_state(data: &std::path::Path) -> hearsay::workflow::state::StateFile {
    let text = std::fs::read_to_string(data.join("hearsay/state.json")).unwrap_or_default();
    serde_json::from_str(&text).unwrap_or_default()
}

impl Session {
    /// Waits for the process to be gone within `limit`; returns its exit code.
    fn gone_within(&mut self, limit: Duration) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                assert_eq!(status.signal(), None, "killed by a signal");
                return status.exit_code();
            }
            if start.elapsed() > limit {
                self.child.kill().ok();
                panic!("hearsay still running {limit:?} after its terminal went away");
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Stars the quote a search for "cyberwar" lands on (saved at once), then opens
    /// another article, whose read mark stays in memory until hearsay exits.
    fn star_a_quote_then_read_another_article(&mut self, data: &std::path::Path) {
        self.wait_for("4 articles");
        self.send("/");
        self.wait_for("Search quotes");
        self.send("cyberwar");
        self.wait_for("There is a cyberwar");
        self.send("\r");
        self.wait_for("said by Iain Duncan Smith");
        self.send("s");
        self.wait_for("starred");
        let deadline = Instant::now() + Duration::from_secs(20);
        while saved_state(data).stars.is_empty() {
            assert!(Instant::now() < deadline, "the star was never saved");
            std::thread::sleep(Duration::from_millis(20));
        }
        // Reader → sidebar → article list, then its last article.
        self.send("\t\tG");
        self.wait_for("It looks like Huawei is about");
    }
}

#[test]
fn closing_the_terminal_ends_hearsay_and_saves_stars_and_read_marks() {
    let data = tempfile::tempdir().unwrap();
    let mut s = Session::start(
        &[],
        &[("XDG_DATA_HOME", data.path().to_str().unwrap())],
        120,
        40,
    );
    s.star_a_quote_then_read_another_article(data.path());
    let before = saved_state(data.path());
    s.hang_up();
    assert_eq!(s.gone_within(EXIT_LIMIT), 129);
    let after = saved_state(data.path());
    assert_eq!(after.stars, before.stars, "the star kept");
    assert_eq!(after.stars.len(), 1);
    assert!(before.read.is_subset(&after.read));
    assert_eq!(
        after.read.len(),
        before.read.len() + 1,
        "the article opened last is marked read: {:?} then {:?}",
        before.read,
        after.read
    );
}

#[test]
fn closing_the_terminal_while_loading_ends_hearsay() {
    // Nothing can be starred or read while loading: the stars and read marks of an
    // earlier session must come through the watchdog's save.
    let data = tempfile::tempdir().unwrap();
    let earlier = r#"{"stars":[{"article":"00000000000000ab","start":1,"end":9}],"read":["00000000000000cd"]}"#;
    std::fs::create_dir_all(data.path().join("hearsay")).unwrap();
    std::fs::write(data.path().join("hearsay/state.json"), earlier).unwrap();
    let (mut s, _corpus) = start_a_long_load(&[("XDG_DATA_HOME", data.path().to_str().unwrap())]);
    s.hang_up();
    assert_eq!(s.gone_within(EXIT_LIMIT), 129);
    let after = saved_state(data.path());
    assert_eq!(after.stars.len(), 1);
    assert!(after.read.contains("00000000000000cd"));
}

#[test]
fn sigterm_ends_hearsay_stuck_on_a_closed_terminal() {
    // The watchdog is told to ignore the hangup, so the process stays stuck in crossterm
    // (which reads the closed terminal for ever) until SIGTERM. Once in a while the closing
    // lands while a frame is drawn rather than in crossterm's read: drawing fails and
    // hearsay exits by itself; that session proves nothing here, so another is started.
    for _ in 0..5 {
        let data = tempfile::tempdir().unwrap();
        let mut s = Session::start(
            &[],
            &[
                ("XDG_DATA_HOME", data.path().to_str().unwrap()),
                ("HEARSAY_TEST_IGNORE_HANGUP", "1"),
            ],
            100,
            30,
        );
        s.wait_for("4 articles");
        s.hang_up();
        std::thread::sleep(Duration::from_millis(500));
        if s.child.try_wait().unwrap().is_some() {
            continue;
        }
        assert!(
            saved_state(data.path()).read.is_empty(),
            "nothing saved yet"
        );
        signal(&s, 15);
        assert_eq!(s.gone_within(EXIT_LIMIT), 143);
        // The first article, opened at start, is marked read in memory only: saved by
        // the watchdog.
        assert_eq!(saved_state(data.path()).read.len(), 1);
        return;
    }
    panic!("hearsay never stayed on a closed terminal until SIGTERM");
}

impl Session {
    /// Waits for `what` on the screen no longer than `limit`.
    fn wait_within(&self, what: &str, limit: Duration) {
        let start = Instant::now();
        while start.elapsed() < limit {
            if self.screen().contains(what) {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!(
            "screen did not show {what:?} within {limit:?}; it shows:\n{}",
            self.screen()
        );
    }
}

/// An article file: a headline and one attributed quote.
fn write_article(path: &std::path::Path, headline: &str, quote: &str) {
    let body = format!(
        "{headline}\n\nThe harbour board met on Monday to settle the matter.\n\n\
         \"{quote},\" said Ana Lopes, the board's chair.\n"
    );
    std::fs::write(path, body).unwrap();
}

/// hearsay on a temporary folder of one article (`flags` before the folder), on screen.
fn one_article_folder(flags: &[&str]) -> (Session, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    write_article(
        &dir.path().join("a.txt"),
        "Ferry timetable changes",
        "We run every hour",
    );
    let path = dir.path().to_str().unwrap().to_string();
    let args: Vec<&str> = flags.iter().copied().chain([path.as_str()]).collect();
    let s = Session::start(&args, &[], 120, 40);
    s.wait_for("1 articles");
    // Give the watcher a moment to be in place before the folder changes.
    std::thread::sleep(Duration::from_millis(300));
    (s, dir)
}

#[test]
fn a_watched_folder_shows_new_changed_and_removed_articles_without_a_key() {
    let (mut s, dir) = one_article_folder(&[]);
    let new = dir.path().join("b.txt");
    write_article(
        &new,
        "Harbour deal signed",
        "The harbour will open in spring",
    );
    s.wait_within("Harbour deal signed", Duration::from_secs(2));
    s.wait_within("+1 new", Duration::from_secs(2));
    assert!(s.screen().contains("2 articles"));
    // Open it, then change it under the reader: its new quote shows in place.
    s.send("j");
    s.wait_for("open in spring");
    write_article(
        &new,
        "Harbour deal signed",
        "The harbour will open in summer",
    );
    s.wait_within("open in summer", Duration::from_secs(2));
    s.wait_within("1 changed", Duration::from_secs(2));
    std::fs::remove_file(&new).unwrap();
    s.wait_within("the open article was removed", Duration::from_secs(2));
    s.wait_for("1 articles");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn r_reloads_by_hand_with_watching_off() {
    let (mut s, dir) = one_article_folder(&["--no-watch"]);
    write_article(
        &dir.path().join("b.txt"),
        "Harbour deal signed",
        "It opens in spring",
    );
    std::thread::sleep(Duration::from_millis(1500));
    assert!(!s.screen().contains("Harbour deal signed"), "not watched");
    s.send("R");
    s.wait_for("Harbour deal signed");
    s.wait_for("+1 new");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_file_written_in_two_halves_is_listed_once_whole() {
    let (mut s, dir) = one_article_folder(&[]);
    // Half a JSON file, then (after a pause longer than the debounce) the rest.
    let json = dir.path().join("c.json");
    let whole = r#"{"title": "Port strike ends", "text": "Dockers went back to work on Friday.\n\n\"We won what we asked for,\" said Ana Lopes, the union's leader."}"#;
    let (first, rest) = whole.split_at(40);
    std::fs::write(&json, first).unwrap();
    std::thread::sleep(Duration::from_millis(900));
    assert!(!s.screen().contains("Port strike ends"));
    let mut f = std::fs::OpenOptions::new()
        .append(true)
        .open(&json)
        .unwrap();
    f.write_all(rest.as_bytes()).unwrap();
    drop(f);
    s.wait_within("Port strike ends", Duration::from_secs(3));
    s.wait_for("2 articles");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
}
