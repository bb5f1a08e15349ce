//! The terminal going away: an SSH connection that drops, `tmux kill-session`, a closed
//! tab.
//!
//! crossterm's Unix event source reads the terminal again and again once it answers end of
//! file or EIO (crossterm-rs/crossterm#793), so `event::read` never returns. That happens on
//! the input thread (`wake::spawn_input`), not the UI thread, which blocks on the event
//! channel: nothing would tell it to leave, and the input thread would spin for ever. A
//! watchdog thread waits — blocked in `poll(2)`, no timer — for SIGHUP or SIGTERM (a
//! self-pipe the signal handlers write to) and for the terminal hanging up (POLLHUP,
//! POLLERR or POLLNVAL on the descriptors the browser reads and draws on). It wakes the
//! event loop (which then reads the signal flag) and leaves the way out to the UI thread
//! first, which restores the terminal and saves as on `q`; if the
//! UI thread has not taken it within a grace period, it is stuck (say, in a write to the
//! terminal), and the watchdog saves
//! the stars and read marks from the copy the UI thread keeps here (`Watch::update`) and
//! ends the process with 128 + the signal's number (129 for a hangup seen without one).
//!
//! One mutex holds that copy and who saves on the way out. The UI thread takes it only
//! briefly and never around a crossterm call; the watchdog holds it from its save until the
//! process is gone. So the two never write the state file at once, and neither waits for
//! the other for ever: the UI thread may be blocked in crossterm for good.

use crate::workflow::state::{Changes, State};
use std::io::{self, IsTerminal, Read};
use std::os::fd::{AsFd, AsRawFd, OwnedFd};
use std::os::unix::net::UnixStream;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

/// How long the watchdog leaves the way out to the UI thread when the terminal is gone: it
/// is then usually stuck in crossterm, and only a stuck thread is waited for this long.
const GRACE_TERMINAL_GONE: Duration = Duration::from_millis(300);
/// … and on a signal while the terminal is still there, where the UI thread restoring the
/// terminal is worth a longer wait (it answers within one frame when it is not stuck).
const GRACE_TERMINAL_THERE: Duration = Duration::from_millis(1500);
/// Once the UI thread has saved on its way out, how long the watchdog lets it finish before
/// ending the process anyway (a write to a terminal stopped with Ctrl-s blocks).
const BACKSTOP: Duration = Duration::from_secs(2);

/// Test-only: the watchdog ends the process on SIGTERM alone, so a test can check that a
/// SIGTERM ends a hearsay stuck on a terminal that is gone.
const IGNORE_HANGUP_ENV: &str = "HEARSAY_TEST_IGNORE_HANGUP";

struct Inner {
    /// The UI thread's latest stars and read marks, for the watchdog to save.
    changes: Changes,
    version: u64,
    /// Someone (the UI thread or the watchdog) has saved on the way out.
    finished: bool,
}

struct Shared {
    inner: Mutex<Inner>,
    finished: Condvar,
}

impl Shared {
    fn new(state: &State) -> Shared {
        Shared {
            inner: Mutex::new(Inner {
                changes: state.changes(),
                version: state.changes_version(),
                finished: false,
            }),
            finished: Condvar::new(),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The watchdog's side: waits up to `grace` for the UI thread to take the way out.
    /// `None` when it did; else the way out is the watchdog's (the UI thread will not save
    /// any more), with the lock, to save the copy under.
    fn take_way_out(&self, grace: Duration) -> Option<MutexGuard<'_, Inner>> {
        let (mut inner, _) = self
            .finished
            .wait_timeout_while(self.lock(), grace, |i| !i.finished)
            .unwrap_or_else(PoisonError::into_inner);
        if inner.finished {
            return None;
        }
        inner.finished = true;
        Some(inner)
    }
}

/// The UI thread's side of the watchdog.
pub struct Watch {
    shared: Arc<Shared>,
}

impl Watch {
    /// Registers SIGTERM and SIGHUP (each sets `signalled` to its number, which the event
    /// loop reads, and wakes the watchdog) and starts the watchdog, which calls `wake_loop`
    /// to have the event loop look at `signalled`.
    pub fn start(
        state: &State,
        signalled: Arc<AtomicUsize>,
        wake_loop: impl Fn() + Send + 'static,
    ) -> io::Result<Watch> {
        use signal_hook::consts::{SIGHUP, SIGTERM};
        let (wake, wake_end) = UnixStream::pair()?;
        wake.set_nonblocking(true)?;
        let terminated = Arc::new(AtomicBool::new(false));
        for sig in [SIGTERM, SIGHUP] {
            // The flags first: the watchdog reads them after the pipe wakes it.
            signal_hook::flag::register_usize(sig, signalled.clone(), sig as usize)?;
            if sig == SIGTERM {
                signal_hook::flag::register(sig, terminated.clone())?;
            }
            signal_hook::low_level::pipe::register(sig, wake_end.try_clone()?)?;
        }
        let shared = Arc::new(Shared::new(state));
        let watchdog = Watchdog {
            shared: shared.clone(),
            signalled,
            terminated,
            wake,
            terminals: terminal_fds(),
            ignore_hangup: std::env::var_os(IGNORE_HANGUP_ENV).is_some(),
            wake_loop: Box::new(wake_loop),
        };
        std::thread::Builder::new()
            .name("hangup-watchdog".into())
            .spawn(move || watchdog.run())?;
        Ok(Watch { shared })
    }

    /// Keeps the watchdog's copy of the stars and read marks current (cheap when they have
    /// not changed).
    pub fn update(&self, state: &State) {
        let mut inner = self.shared.lock();
        if inner.version != state.changes_version() {
            inner.changes = state.changes();
            inner.version = state.changes_version();
        }
    }

    /// Saves the state now (a star), unless the process is already on its way out.
    pub fn save(&self, state: &mut State) -> io::Result<()> {
        let mut inner = self.shared.lock();
        if inner.finished {
            return Ok(());
        }
        state.save()?;
        inner.changes = state.changes();
        inner.version = state.changes_version();
        Ok(())
    }

    /// The UI thread's way out: saves the state once and tells the watchdog, which then
    /// leaves the ending to the UI thread. If the watchdog got there first, this waits
    /// until it has ended the process.
    pub fn finish(&self, state: &mut State) -> io::Result<()> {
        let mut inner = self.shared.lock();
        if inner.finished {
            return Ok(());
        }
        inner.finished = true;
        let saved = state.save();
        self.shared.finished.notify_all();
        saved
    }
}

struct Watchdog {
    shared: Arc<Shared>,
    signalled: Arc<AtomicUsize>,
    terminated: Arc<AtomicBool>,
    wake: UnixStream,
    terminals: Vec<OwnedFd>,
    ignore_hangup: bool,
    wake_loop: Box<dyn Fn() + Send>,
}

impl Watchdog {
    fn run(mut self) {
        let mut fds: Vec<libc::pollfd> = self
            .terminals
            .iter()
            // No events asked for: only POLLHUP, POLLERR and POLLNVAL are reported, never
            // input (which stays for crossterm).
            .map(|t| pollfd(t.as_raw_fd(), 0))
            .chain([pollfd(self.wake.as_raw_fd(), libc::POLLIN)])
            .collect();
        let mut hung_up = false;
        let code = loop {
            fds.iter_mut().for_each(|f| f.revents = 0);
            // SAFETY: `fds` is a valid array of `fds.len()` pollfd structures.
            let n = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, -1) };
            if n < 0 {
                if io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
                    continue;
                }
                return; // cannot watch; the event loop still sees the signals it can
            }
            let mut drain = [0u8; 64];
            while matches!(self.wake.read(&mut drain), Ok(n) if n > 0) {}
            let (terminals, _) = fds.split_at_mut(self.terminals.len());
            for t in terminals.iter_mut() {
                if t.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
                    hung_up = true;
                    // Reported again on every poll: watched once.
                    t.fd = -1;
                }
            }
            if self.terminated.load(Ordering::SeqCst) && self.ignore_hangup {
                break 128 + signal_hook::consts::SIGTERM;
            }
            if self.ignore_hangup {
                continue;
            }
            let sig = self.signalled.load(Ordering::SeqCst);
            if sig != 0 {
                break 128 + sig as i32;
            }
            if hung_up {
                // Tells the event loop too, should it still be listening.
                let _ = self.signalled.compare_exchange(
                    0,
                    signal_hook::consts::SIGHUP as usize,
                    Ordering::SeqCst,
                    Ordering::SeqCst,
                );
                break 128 + signal_hook::consts::SIGHUP;
            }
        };
        (self.wake_loop)();
        self.end(code, hung_up || terminal_gone());
    }

    /// Leaves the way out to the UI thread for a while, then takes it: saves from the copy
    /// and ends the process, holding the lock so that the UI thread cannot save meanwhile.
    fn end(&self, code: i32, terminal_gone: bool) -> ! {
        let grace = if terminal_gone {
            GRACE_TERMINAL_GONE
        } else {
            GRACE_TERMINAL_THERE
        };
        let Some(inner) = self.shared.take_way_out(grace) else {
            // The UI thread has saved and is on its way out; the process ends when it
            // returns, or here if it never does.
            std::thread::sleep(BACKSTOP);
            exit_now(code);
        };
        if !terminal_gone {
            // Raw mode off (no write: the terminal may not take output now). The UI thread
            // is stuck elsewhere than crossterm's terminal-mode lock.
            let _ = crossterm::terminal::disable_raw_mode();
        }
        // Nowhere to report a failure: the terminal is gone or not answering. `inner` is
        // held until the process is gone.
        let _ = inner.changes.save();
        exit_now(code)
    }
}

fn pollfd(fd: i32, events: libc::c_short) -> libc::pollfd {
    libc::pollfd {
        fd,
        events,
        revents: 0,
    }
}

/// Ends the process at once: no destructors, no exit handlers (which could wait on a lock a
/// stuck thread holds).
fn exit_now(code: i32) -> ! {
    // SAFETY: _exit is async-signal-safe and touches no process state but the exit.
    unsafe { libc::_exit(code) }
}

/// The descriptors the browser reads (stdin when it is a terminal, else /dev/tty, as
/// crossterm does) and draws on (stdout), duplicated for the watchdog.
fn terminal_fds() -> Vec<OwnedFd> {
    let input = if io::stdin().is_terminal() {
        io::stdin().as_fd().try_clone_to_owned().ok()
    } else {
        std::fs::File::open("/dev/tty").ok().map(OwnedFd::from)
    };
    let output = io::stdout().as_fd().try_clone_to_owned().ok();
    input.into_iter().chain(output).collect()
}

/// Whether the terminal has hung up (the browser's input or output reports POLLHUP,
/// POLLERR or POLLNVAL). Does not wait.
pub fn terminal_gone() -> bool {
    terminal_fds().iter().any(|t| {
        let mut fd = [pollfd(t.as_raw_fd(), 0)];
        // SAFETY: one valid pollfd; a zero timeout never blocks.
        let n = unsafe { libc::poll(fd.as_mut_ptr(), 1, 0) };
        n > 0 && fd[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workflow::state::tests::key;
    use std::time::Instant;

    fn state_in(dir: &std::path::Path) -> State {
        State::load(Some(dir.join("hearsay/state.json"))).0
    }

    /// A state saved under `dir`, and a watch over it (no watchdog thread: the tests play
    /// its part).
    fn watched(dir: &std::path::Path) -> (State, Watch) {
        let state = state_in(dir);
        let shared = Arc::new(Shared::new(&state));
        (state, Watch { shared })
    }

    #[test]
    fn a_stuck_ui_thread_leaves_the_watchdog_to_save_its_copy() {
        let dir = tempfile::tempdir().unwrap();
        let (mut state, watch) = watched(dir.path());
        state.toggle_star(key(1));
        state.set_read(7, true);
        watch.update(&state);
        // The UI thread never answers: the watchdog takes the way out after the grace.
        let start = Instant::now();
        let inner = watch.shared.take_way_out(Duration::from_millis(50));
        assert!(start.elapsed() >= Duration::from_millis(50));
        let inner = inner.expect("the way out is the watchdog's");
        inner.changes.save().unwrap();
        drop(inner);
        let saved = state_in(dir.path());
        assert!(saved.is_starred(&key(1)) && saved.is_read(7));
        // The UI thread waking late saves nothing over it.
        state.toggle_star(key(2));
        watch.save(&mut state).unwrap();
        watch.finish(&mut state).unwrap();
        assert!(!state_in(dir.path()).is_starred(&key(2)));
    }

    #[test]
    fn a_ui_thread_on_its_way_out_saves_and_the_watchdog_leaves_it() {
        let dir = tempfile::tempdir().unwrap();
        let (mut state, watch) = watched(dir.path());
        let shared = watch.shared.clone();
        let watchdog =
            std::thread::spawn(move || shared.take_way_out(Duration::from_secs(20)).is_none());
        state.set_read(9, true);
        watch.finish(&mut state).unwrap();
        assert!(
            watchdog.join().unwrap(),
            "the watchdog leaves the way out to the UI thread"
        );
        assert!(state_in(dir.path()).is_read(9));
    }

    #[test]
    fn the_copy_follows_the_state() {
        let dir = tempfile::tempdir().unwrap();
        let (mut state, watch) = watched(dir.path());
        state.set_read(3, true);
        assert_ne!(watch.shared.lock().changes, state.changes());
        watch.update(&state);
        assert_eq!(watch.shared.lock().changes, state.changes());
        state.toggle_star(key(4));
        watch.save(&mut state).unwrap();
        assert_eq!(watch.shared.lock().changes, state.changes());
        assert!(state_in(dir.path()).is_starred(&key(4)));
    }
}
