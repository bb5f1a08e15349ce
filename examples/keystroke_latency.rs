//! Keystroke → results on screen, end to end: hearsay in a pseudo-terminal, a query typed a
//! key at a time, the screen read back with vt100. Run by `scripts/keystroke-latency.sh`.
//!
//! keystroke_latency --bin PATH --corpus DIR [--query Q] [--runs N] [--gap MS]
//!
//! For each key, the time from writing it to the pty until the screen shows (1) the query
//! with that key in the search box ("echo") and (2) that query's results: the box's count
//! says "N matches" rather than "searching…". The whole query is typed `runs` times
//! (Ctrl-U in between); the first key of each run starts a fresh search, the others narrow.

use portable_pty::{native_pty_system, CommandBuilder, PtySize};
use std::io::{Read, Write};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// What the reader thread has seen on the screen since the query was last set.
#[derive(Default)]
struct Seen {
    /// The query the main thread is waiting for.
    query: Option<String>,
    echo: Option<Instant>,
    results: Option<Instant>,
    /// The whole screen, for waits on other text.
    screen: String,
    gone: bool,
}

struct Screen {
    seen: Mutex<Seen>,
    changed: Condvar,
}

fn usage() -> ! {
    eprintln!("usage: keystroke_latency --bin PATH --corpus DIR [--query Q] [--runs N] [--gap MS]");
    std::process::exit(2);
}

fn main() {
    let mut bin = None;
    let mut corpus = None;
    let mut query = "families deserve".to_string();
    let mut runs = 5usize;
    let mut gap = 120u64;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let v = args.next().unwrap_or_else(|| usage());
        match a.as_str() {
            "--bin" => bin = Some(v),
            "--corpus" => corpus = Some(v),
            "--query" => query = v,
            "--runs" => runs = v.parse().unwrap_or_else(|_| usage()),
            "--gap" => gap = v.parse().unwrap_or_else(|_| usage()),
            _ => usage(),
        }
    }
    let (Some(bin), Some(corpus)) = (bin, corpus) else {
        usage()
    };
    let (rows, cols) = (40u16, 120u16);
    let size = PtySize {
        rows,
        cols,
        ..PtySize::default()
    };
    let pair = native_pty_system().openpty(size).expect("open a pty");
    // A path the pty's spawn can find whatever its search path.
    let bin = std::fs::canonicalize(&bin).unwrap_or_else(|e| panic!("{bin}: {e}"));
    let mut cmd = CommandBuilder::new(&bin);
    cmd.arg(&corpus);
    cmd.env("TERM", "xterm-256color");
    for var in [
        "HEARSAY_CACHE_DIR",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
        "XDG_CONFIG_HOME",
    ] {
        if let Some(v) = std::env::var_os(var) {
            cmd.env(var, v);
        }
    }
    let mut child = pair.slave.spawn_command(cmd).expect("spawn hearsay");
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().expect("pty reader");
    let mut writer = pair.master.take_writer().expect("pty writer");
    let screen = Arc::new(Screen {
        seen: Mutex::new(Seen::default()),
        changed: Condvar::new(),
    });
    let reading = {
        let screen = screen.clone();
        std::thread::spawn(move || {
            let mut parser = vt100::Parser::new(
                std::num::NonZeroU16::new(rows).unwrap(),
                std::num::NonZeroU16::new(cols).unwrap(),
                0,
            );
            let mut buf = [0u8; 65536];
            loop {
                let n = match reader.read(&mut buf) {
                    Ok(n) if n > 0 => n,
                    _ => break,
                };
                let at = Instant::now();
                parser.process(&buf[..n]);
                let contents = parser.screen().contents();
                let mut seen = screen.seen.lock().unwrap();
                if let Some(q) = &seen.query {
                    let echoed = contents.contains(&format!("> {q}█"));
                    if echoed && seen.echo.is_none() {
                        seen.echo = Some(at);
                    }
                    if echoed
                        && seen.results.is_none()
                        && contents.contains(" matches ")
                        && !contents.contains("searching…")
                    {
                        seen.results = Some(at);
                    }
                }
                seen.screen = contents;
                screen.changed.notify_all();
            }
            screen.seen.lock().unwrap().gone = true;
            screen.changed.notify_all();
        })
    };
    let wait_until = |what: &dyn Fn(&Seen) -> bool, limit: Duration, doing: &str| {
        let deadline = Instant::now() + limit;
        let mut seen = screen.seen.lock().unwrap();
        while !what(&seen) {
            let now = Instant::now();
            if now >= deadline || seen.gone {
                eprintln!(
                    "gave up waiting for {doing}; the screen shows:\n{}",
                    seen.screen
                );
                std::process::exit(1);
            }
            seen = screen.changed.wait_timeout(seen, deadline - now).unwrap().0;
        }
    };
    let load_started = Instant::now();
    wait_until(
        &|s| s.screen.contains(" articles · ") && !s.screen.contains("Loading"),
        Duration::from_secs(600),
        "the corpus",
    );
    eprintln!("loaded in {:.1} s", load_started.elapsed().as_secs_f64());
    let send = |writer: &mut Box<dyn Write + Send>, bytes: &[u8]| {
        writer.write_all(bytes).unwrap();
        writer.flush().unwrap();
    };
    // Type `typed` (already in the box) + `key`; returns (echo, results) latencies.
    let press = |writer: &mut Box<dyn Write + Send>, typed: &str, key: char| {
        let q = format!("{typed}{key}");
        {
            let mut seen = screen.seen.lock().unwrap();
            seen.query = Some(q.clone());
            seen.echo = None;
            seen.results = None;
        }
        let t0 = Instant::now();
        send(writer, key.to_string().as_bytes());
        if std::env::var_os("LATENCY_DEBUG").is_some() {
            eprintln!("pressed {key:?} for {q:?}");
        }
        wait_until(&|s| s.results.is_some(), Duration::from_secs(20), &q);
        let seen = screen.seen.lock().unwrap();
        (seen.echo.unwrap_or(t0) - t0, seen.results.unwrap() - t0)
    };
    send(&mut writer, b"/");
    wait_until(
        &|s| s.screen.contains("Search quotes"),
        Duration::from_secs(10),
        "the box",
    );
    // The first query waits for the search index to be made: not a keystroke's cost.
    let started = Instant::now();
    press(&mut writer, "", 'x');
    eprintln!(
        "search index ready in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let mut fresh = Vec::new();
    let mut narrowing = Vec::new();
    let mut echoes = Vec::new();
    for _ in 0..runs {
        send(&mut writer, b"\x15"); // Ctrl-U empties the box
        std::thread::sleep(Duration::from_millis(300));
        let mut typed = String::new();
        for key in query.chars() {
            std::thread::sleep(Duration::from_millis(gap));
            let (echo, results) = press(&mut writer, &typed, key);
            echoes.push(echo);
            if typed.is_empty() {
                fresh.push(results);
            } else {
                narrowing.push(results);
            }
            typed.push(key);
        }
    }
    // Esc and q apart (together they read as Alt-q).
    send(&mut writer, b"\x1b");
    std::thread::sleep(Duration::from_millis(300));
    send(&mut writer, b"q");
    let _ = child.wait();
    let _ = reading.join();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let report = |name: &str, v: &mut Vec<Duration>| {
        v.sort();
        if v.is_empty() {
            return;
        }
        let at = |p: f64| v[((v.len() - 1) as f64 * p).round() as usize];
        println!(
            "{name:<28} n={:<4} median {:6.1} ms  p95 {:6.1} ms  max {:6.1} ms",
            v.len(),
            ms(at(0.5)),
            ms(at(0.95)),
            ms(*v.last().unwrap())
        );
    };
    let mut all: Vec<Duration> = fresh.iter().chain(&narrowing).copied().collect();
    println!("query {query:?} typed {runs} times, {gap} ms between keys, {cols}x{rows}");
    report("echo (query drawn)", &mut echoes);
    report("results, narrowing keys", &mut narrowing);
    report("results, first key (fresh)", &mut fresh);
    report("results, every key", &mut all);
}
