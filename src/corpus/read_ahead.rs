//! Read-ahead: while the workers read and extract one batch of files, a helper thread asks
//! the kernel to start reading the files after it (`posix_fadvise(WILLNEED)`), so a corpus
//! that is not in the page cache is read from disk with many requests in flight instead of
//! one per worker, and the disk works while the cores extract. On a cold cache this takes
//! about a third off a first load (docs/PERFORMANCE.md); where the call does not exist it
//! does nothing.
//!
//! The helper stays at most [`WINDOW_BYTES`] ahead of the batches started, so the pages it
//! brings in are used before memory pressure could evict them, and it never reads a byte
//! itself: the advice only queues the reads. When a sample of the files is already in the
//! page cache (a corpus read a moment ago), no helper starts: its system calls would only
//! cost time.

use super::{FileEntry, MAX_FILE_BYTES};
use std::sync::{Condvar, Mutex};

/// How far ahead of the workers the helper asks for files, in bytes.
pub const WINDOW_BYTES: u64 = 32 * 1024 * 1024;

/// Runs `work` while a helper reads ahead through `files` in order; `work` reports how far
/// it got with [`ReadAhead::started`]. The helper stops when `work` returns.
pub fn with_read_ahead<R>(files: &[FileEntry], work: impl FnOnce(&ReadAhead) -> R) -> R {
    if !SUPPORTED || files.len() < 2 || sample_in_page_cache(files) {
        return work(&ReadAhead::default());
    }
    beside_helper(files, WINDOW_BYTES, advise, work)
}

/// Runs `work` with the helper advising `files` on another thread.
fn beside_helper<R>(
    files: &[FileEntry],
    window: u64,
    advise: impl Fn(&FileEntry, u64) + Send,
    work: impl FnOnce(&ReadAhead) -> R,
) -> R {
    let ahead = ReadAhead::default();
    std::thread::scope(|scope| {
        // A helper that could not be spawned only means no read-ahead.
        let _helper = std::thread::Builder::new()
            .name("hearsay-read-ahead".into())
            .spawn_scoped(scope, || ahead.run(files, window, advise));
        // Stopped when `work` returns and when it panics: the scope waits for the helper
        // before it lets a panic through, and a helper left waiting would hang it.
        let _stop = StopOnDrop(&ahead);
        work(&ahead)
    })
}

struct StopOnDrop<'a>(&'a ReadAhead);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.stop();
    }
}

/// Files looked at to tell whether the corpus is already in the page cache.
const SAMPLE_FILES: usize = 32;

/// Whether every one of up to [`SAMPLE_FILES`] files spread evenly through `files` has its
/// first pages in the page cache. A file that cannot be checked counts as not cached.
fn sample_in_page_cache(files: &[FileEntry]) -> bool {
    let step = files.len().div_ceil(SAMPLE_FILES).max(1);
    files
        .iter()
        .step_by(step)
        .filter(|f| f.size > 0 && f.size <= MAX_FILE_BYTES)
        .all(|f| resident(f, f.size.min(SAMPLE_BYTES)))
}

/// How much of a sampled file has to be cached.
const SAMPLE_BYTES: u64 = 64 * 1024;

/// Where the workers are, shared with the helper.
#[derive(Default)]
pub struct ReadAhead {
    state: Mutex<State>,
    moved: Condvar,
}

#[derive(Default)]
struct State {
    /// Bytes of the files whose batch the workers have started.
    started: u64,
    stop: bool,
}

impl ReadAhead {
    /// The workers have started on files totalling `bytes` more.
    pub fn started(&self, bytes: u64) {
        self.update(|s| s.started += bytes);
    }

    fn stop(&self) {
        self.update(|s| s.stop = true);
    }

    fn update(&self, change: impl FnOnce(&mut State)) {
        // A poisoned lock only means a panicking helper; the load goes on without it.
        if let Ok(mut state) = self.state.lock() {
            change(&mut state);
            self.moved.notify_all();
        }
    }

    /// The helper: advises each file in order, waiting whenever it is `window` bytes ahead
    /// of the workers; returns how many files it got through before it was stopped.
    fn run(&self, files: &[FileEntry], window: u64, advise: impl Fn(&FileEntry, u64)) -> usize {
        let mut asked = 0u64;
        for (n, entry) in files.iter().enumerate() {
            let Ok(mut state) = self.state.lock() else {
                return n;
            };
            while !state.stop && asked > state.started + window {
                state = match self.moved.wait(state) {
                    Ok(s) => s,
                    Err(_) => return n,
                };
            }
            if state.stop {
                return n;
            }
            drop(state);
            // Files over the limit are skipped by the workers; ask for no more than a window.
            let len = if entry.size > MAX_FILE_BYTES {
                0
            } else {
                entry.size.min(window)
            };
            if len > 0 {
                advise(entry, len);
            }
            asked += entry.size;
        }
        files.len()
    }
}

#[cfg(any(target_os = "linux", target_os = "android", target_os = "freebsd"))]
const SUPPORTED: bool = true;
#[cfg(not(any(target_os = "linux", target_os = "android", target_os = "freebsd")))]
const SUPPORTED: bool = false;

/// Opens a file to advise on or look at, if it is still a regular file (as the workers
/// do, the path is checked just before opening: a device put in its place since the walk
/// is never opened). Non-blocking, so a FIFO swapped in after the check does not hang the
/// helper, and no controlling terminal.
#[cfg(any(target_os = "linux", target_os = "android", target_os = "freebsd"))]
fn open(entry: &FileEntry) -> Option<std::fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    if !std::fs::metadata(&entry.path).is_ok_and(|m| m.is_file()) {
        return None;
    }
    std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(&entry.path)
        .ok()
}

/// Asks the kernel to read the first `len` bytes of a file into the page cache. Errors are
/// ignored: the worker reading the file reports them.
#[cfg(any(target_os = "linux", target_os = "android", target_os = "freebsd"))]
fn advise(entry: &FileEntry, len: u64) {
    use std::os::unix::io::AsRawFd;
    let Some(file) = open(entry) else { return };
    let len = libc::off_t::try_from(len).unwrap_or(libc::off_t::MAX);
    // SAFETY: the descriptor is open for as long as `file` lives; the call only reads its
    // arguments.
    unsafe {
        libc::posix_fadvise(file.as_raw_fd(), 0, len, libc::POSIX_FADV_WILLNEED);
    }
}

/// Whether the first `len` bytes (`len` > 0) of a file are all in the page cache: the file
/// is mapped (never touched) and `mincore` says which of its pages are resident.
#[cfg(any(target_os = "linux", target_os = "android", target_os = "freebsd"))]
fn resident(entry: &FileEntry, len: u64) -> bool {
    use std::os::unix::io::AsRawFd;
    let Some(file) = open(entry) else {
        return false;
    };
    let Ok(len) = usize::try_from(len) else {
        return false;
    };
    // SAFETY: sysconf only reads its argument.
    let page = usize::try_from(unsafe { libc::sysconf(libc::_SC_PAGESIZE) }).unwrap_or(4096);
    let mut pages = vec![0u8; len.div_ceil(page)];
    // SAFETY: a fresh read-only shared mapping of an open descriptor; its memory is never
    // read or written (so a file shrinking under it cannot fault us), only passed to
    // mincore with its own length, then unmapped.
    unsafe {
        let addr = libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ,
            libc::MAP_SHARED,
            file.as_raw_fd(),
            0,
        );
        if addr == libc::MAP_FAILED {
            return false;
        }
        let asked = libc::mincore(addr, len, pages.as_mut_ptr().cast());
        libc::munmap(addr, len);
        asked == 0 && pages.iter().all(|p| p & 1 == 1)
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_os = "freebsd")))]
fn advise(_: &FileEntry, _: u64) {}

#[cfg(not(any(target_os = "linux", target_os = "android", target_os = "freebsd")))]
fn resident(_: &FileEntry, _: u64) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicU64, Ordering};

    /// Shared state with the workers `started` bytes in.
    fn workers_at(started: u64) -> ReadAhead {
        ReadAhead {
            state: Mutex::new(State {
                started,
                stop: false,
            }),
            moved: Condvar::new(),
        }
    }

    fn entries(sizes: &[u64]) -> Vec<FileEntry> {
        sizes
            .iter()
            .enumerate()
            .map(|(i, &size)| FileEntry {
                path: PathBuf::from(format!("f{i}")),
                id: format!("f{i}"),
                size,
                modified: None,
            })
            .collect()
    }

    /// The helper never gets more than a window ahead of what the workers started, and
    /// advises every file, in order, once they have.
    #[test]
    fn stays_within_the_window_and_advises_every_file() {
        let files = entries(&[10; 100]);
        let ahead = workers_at(0);
        let advised = Mutex::new(Vec::new());
        let started = AtomicU64::new(0);
        std::thread::scope(|s| {
            let helper = s.spawn(|| {
                ahead.run(&files, 50, |entry, len| {
                    let asked_before: u64 = advised.lock().unwrap().len() as u64 * 10;
                    assert!(
                        asked_before <= started.load(Ordering::SeqCst) + 50,
                        "{} advised ahead of {} started",
                        entry.id,
                        started.load(Ordering::SeqCst)
                    );
                    assert_eq!(len, 10);
                    advised.lock().unwrap().push(entry.id.clone());
                })
            });
            for _ in 0..10 {
                std::thread::sleep(std::time::Duration::from_millis(2));
                // Counted before the helper can see it, so the assertion above is sound.
                started.fetch_add(100, Ordering::SeqCst);
                ahead.started(100);
            }
            assert_eq!(helper.join().unwrap(), 100);
        });
        let advised = advised.into_inner().unwrap();
        let expected: Vec<String> = files.iter().map(|f| f.id.clone()).collect();
        assert_eq!(advised, expected);
    }

    /// Stopping wakes a helper waiting for the workers, and it advises nothing more.
    #[test]
    fn stop_ends_a_waiting_helper() {
        let files = entries(&[10; 100]);
        let ahead = workers_at(0);
        let count = std::sync::atomic::AtomicUsize::new(0);
        let n = std::thread::scope(|s| {
            let helper = s.spawn(|| {
                ahead.run(&files, 25, |_, _| {
                    count.fetch_add(1, Ordering::SeqCst);
                })
            });
            // The helper advises what is in reach, then waits for the workers: stopped once
            // it has advised (waited for, not slept on: a busy host can delay its start).
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
            while count.load(Ordering::SeqCst) < 3 && std::time::Instant::now() < deadline {
                std::thread::sleep(std::time::Duration::from_millis(1));
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
            ahead.stop();
            helper.join().unwrap()
        });
        // The files starting 0, 10 and 20 bytes in are within 25 bytes of nothing started;
        // the one at 30 is not.
        assert_eq!(n, 3);
        assert_eq!(count.load(Ordering::SeqCst), 3);
    }

    /// Files over the size limit are not asked for; big ones only up to the window.
    #[test]
    fn asks_for_no_more_than_a_window_and_nothing_over_the_limit() {
        let big = WINDOW_BYTES + 8 * 1024 * 1024;
        assert!(big < MAX_FILE_BYTES);
        let files = entries(&[MAX_FILE_BYTES + 1, big, 7]);
        let ahead = workers_at(u64::MAX / 2);
        let mut asked = Vec::new();
        let asked_cell = Mutex::new(&mut asked);
        ahead.run(&files, WINDOW_BYTES, |e, len| {
            asked_cell.lock().unwrap().push((e.id.clone(), len))
        });
        assert_eq!(
            asked,
            vec![("f1".to_string(), WINDOW_BYTES), ("f2".to_string(), 7)]
        );
    }

    fn real_files(dir: &std::path::Path, n: usize) -> Vec<FileEntry> {
        (0..n)
            .map(|i| {
                let path = dir.join(format!("a{i:03}.txt"));
                std::fs::write(&path, format!("Article {i}.\n").repeat(200)).unwrap();
                // Read back, so its pages are in the page cache on any file system.
                let size = std::fs::read(&path).unwrap().len() as u64;
                FileEntry {
                    id: format!("a{i:03}.txt"),
                    path,
                    size,
                    modified: None,
                }
            })
            .collect()
    }

    /// A file just read is in the page cache; one that is gone cannot be and does not
    /// count as cached, so a corpus with it sampled gets the helper.
    #[cfg(target_os = "linux")]
    #[test]
    fn files_just_read_are_cached_and_missing_ones_are_not() {
        let dir = tempfile::tempdir().unwrap();
        let files = real_files(dir.path(), 40);
        assert!(resident(&files[0], files[0].size));
        assert!(sample_in_page_cache(&files));
        std::fs::remove_file(&files[0].path).unwrap();
        assert!(!resident(&files[0], files[0].size));
        assert!(!sample_in_page_cache(&files));
    }

    /// A file replaced by a FIFO after the walk neither hangs the helper nor counts as
    /// cached.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_fifo_is_passed_over_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let mut files = real_files(dir.path(), 1);
        std::fs::remove_file(&files[0].path).unwrap();
        let made = std::process::Command::new("mkfifo")
            .arg(&files[0].path)
            .status();
        assert!(
            made.is_ok_and(|s| s.success()),
            "mkfifo is part of coreutils"
        );
        files[0].size = 4096;
        let (done, finished) = std::sync::mpsc::channel();
        let entry = files[0].clone();
        std::thread::spawn(move || {
            advise(&entry, 4096);
            let cached = resident(&entry, 4096);
            let _ = done.send(cached);
        });
        let cached = finished
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("advising a FIFO returns at once");
        assert!(!cached);
    }

    /// The helper with the real advice over real files (one gone since the walk) advises
    /// them all; `with_read_ahead` hands back the work's result.
    #[test]
    fn real_files_are_advised_and_the_work_result_comes_back() {
        let dir = tempfile::tempdir().unwrap();
        let files = real_files(dir.path(), 5);
        std::fs::remove_file(&files[2].path).unwrap();
        let ahead = workers_at(u64::MAX / 2);
        assert_eq!(ahead.run(&files, WINDOW_BYTES, advise), files.len());
        let read = with_read_ahead(&files, |ahead| {
            ahead.started(files.iter().map(|f| f.size).sum());
            files.iter().filter(|f| f.path.exists()).count()
        });
        assert_eq!(read, 4);
    }

    /// Work that panics while the helper waits for it: the panic comes through (the
    /// helper is stopped), the process does not hang.
    #[test]
    fn a_panic_in_the_work_stops_the_helper() {
        let (done, finished) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let files = entries(&[10; 100]);
            let outcome = std::panic::catch_unwind(|| {
                beside_helper(
                    &files,
                    5,
                    |_, _| {},
                    |_| -> () {
                        // Long enough for the helper to be waiting for the workers.
                        std::thread::sleep(std::time::Duration::from_millis(20));
                        panic!("a bug in extraction");
                    },
                )
            });
            let _ = done.send(outcome.is_err());
        });
        let panicked = finished
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("the load ends instead of hanging");
        assert!(panicked);
    }
}
