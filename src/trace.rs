//! Phase timings for developers: with `HEARSAY_TRACE` set, each load phase prints its wall
//! time, the CPU time the whole process spent meanwhile (all threads: against the wall
//! time, how many cores were busy) and its resident memory to stderr, so PERFORMANCE.md figures can be
//! taken apart without a profiler. Off (one check of a cached flag), it costs nothing.

use std::sync::OnceLock;
use std::time::Instant;

fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("HEARSAY_TRACE").is_some_and(|v| !v.is_empty()))
}

/// Times the phases of one piece of work; prints one line per phase when tracing.
pub struct Phases {
    last: Option<(Instant, f64)>,
}

impl Phases {
    pub fn start() -> Phases {
        Phases {
            last: enabled().then(|| (Instant::now(), cpu_seconds())),
        }
    }

    /// Ends the phase called `name` (the time since the previous one) and starts the next.
    pub fn done(&mut self, name: &str) {
        let Some((last, cpu_before)) = self.last else {
            return;
        };
        let (now, cpu) = (Instant::now(), cpu_seconds());
        let rss = resident_mb().map_or_else(String::new, |mb| format!("  rss {mb} MB"));
        eprintln!(
            "hearsay trace: {name:<22} {:>8.3} s  cpu {:>7.3} s{rss}",
            (now - last).as_secs_f64(),
            cpu - cpu_before
        );
        self.last = Some((now, cpu));
    }
}

/// User and system CPU time of the whole process so far, in seconds.
fn cpu_seconds() -> f64 {
    // SAFETY: getrusage only writes the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    if unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) } != 0 {
        return 0.0;
    }
    let seconds = |t: libc::timeval| t.tv_sec as f64 + t.tv_usec as f64 / 1e6;
    seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

/// Resident memory now, from /proc (Linux only; elsewhere nothing).
fn resident_mb() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * 4096 / (1024 * 1024))
}
