//! Watching the folders the browser opened: the `notify` crate's watcher for the platform
//! (inotify, FSEvents, …) behind `notify-debouncer-full`, which reports a file once it has
//! been quiet for [`reload::QUIET`]; a polling watcher where that watcher cannot start
//! (too many inotify watches) and on network and FUSE mounts, where no events come
//! (`HEARSAY_WATCH_POLL=1` forces it). What changed arrives as [`Event::FolderChanged`];
//! the bundled sample corpus is not watched.

use super::{reload, Event};
use notify_debouncer_full::notify::{self, EventKind, PollWatcher, RecursiveMode, Watcher};
use notify_debouncer_full::{
    new_debouncer, new_debouncer_opt, DebounceEventResult, Debouncer, FileIdCache, NoCache,
};
use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

/// How often the polling watcher looks at every file.
const POLL_EVERY: Duration = Duration::from_secs(1);

/// Watching, as long as this is kept.
pub struct FolderWatch {
    _debouncer: Box<dyn std::any::Any + Send>,
    /// How: "events" or "polling (REASON)".
    pub how: String,
}

/// Watches `roots` from a thread of its own for as long as the process lives: setting the
/// watches walks the folders (and a polling watcher reads every file's times), which grows
/// with the corpus and so is kept off the UI thread. A watcher that cannot start at all is
/// reported as a warning.
pub fn spawn(roots: Vec<PathBuf>, ignore: Option<PathBuf>, events: Sender<Event>) {
    let warn = events.clone();
    let spawned = std::thread::Builder::new()
        .name("hearsay-watch".into())
        .spawn(move || match start(&roots, ignore, events.clone()) {
            Ok(_watching) => loop {
                std::thread::park();
            },
            Err(e) => {
                let message = format!("not watching the folders: {e} (R reloads)");
                let _ = events.send(Event::Warning(message));
            }
        });
    if spawned.is_err() {
        let _ = warn.send(Event::Warning(
            "could not start watching the folders".into(),
        ));
    }
}

/// Starts watching `roots` (folders recursively, files alone); changes under `ignore` (the
/// cache folder, should it lie inside) are not reported.
pub fn start(
    roots: &[PathBuf],
    ignore: Option<PathBuf>,
    events: Sender<Event>,
) -> Result<FolderWatch, String> {
    let forced = std::env::var_os("HEARSAY_WATCH_POLL").is_some_and(|v| !v.is_empty());
    start_with(roots, ignore, events, forced)
}

/// [`start`], polling when `poll` says so.
fn start_with(
    roots: &[PathBuf],
    ignore: Option<PathBuf>,
    events: Sender<Event>,
    poll: bool,
) -> Result<FolderWatch, String> {
    let network = roots.iter().find(|r| on_network_mount(r));
    let why_poll = if poll {
        Some("asked for".to_string())
    } else if let Some(r) = network {
        Some(format!("{} is a network or FUSE mount", r.display()))
    } else {
        let handler = handler(roots.to_vec(), ignore.clone(), events.clone());
        match new_debouncer(reload::QUIET, None, handler)
            .map_err(|e| e.to_string())
            .and_then(|d| watch_all(d, roots))
        {
            Ok(d) => {
                return Ok(FolderWatch {
                    _debouncer: Box::new(d),
                    how: "events".into(),
                })
            }
            Err(e) => Some(e),
        }
    };
    let config = notify::Config::default().with_poll_interval(POLL_EVERY);
    let handler = handler(roots.to_vec(), ignore, events);
    let polling =
        new_debouncer_opt::<_, PollWatcher, _>(reload::QUIET, None, handler, NoCache, config)
            .map_err(|e| e.to_string())
            .and_then(|d| watch_all(d, roots))?;
    Ok(FolderWatch {
        _debouncer: Box::new(polling),
        how: format!("polling ({})", why_poll.unwrap_or_default()),
    })
}

fn watch_all<T: Watcher, C: FileIdCache>(
    mut debouncer: Debouncer<T, C>,
    roots: &[PathBuf],
) -> Result<Debouncer<T, C>, String> {
    for root in roots {
        let mode = if root.is_dir() {
            RecursiveMode::Recursive
        } else {
            RecursiveMode::NonRecursive
        };
        debouncer
            .watch(root, mode)
            .map_err(|e| format!("{}: {e}", root.display()))?;
    }
    Ok(debouncer)
}

/// Sends the paths of each quiet batch of changes that may change the corpus.
fn handler(
    roots: Vec<PathBuf>,
    ignore: Option<PathBuf>,
    events: Sender<Event>,
) -> impl FnMut(DebounceEventResult) + Send + 'static {
    move |result: DebounceEventResult| {
        let Ok(batch) = result else { return };
        let mut paths: Vec<PathBuf> = batch
            .iter()
            .filter(|e| !matches!(e.kind, EventKind::Access(_)))
            .flat_map(|e| e.paths.iter())
            .filter(|p| matters(p, &roots, ignore.as_deref()))
            .cloned()
            .collect();
        paths.sort();
        paths.dedup();
        if !paths.is_empty() {
            let _ = events.send(Event::FolderChanged(paths));
        }
    }
}

/// Whether a change to `path` may change the corpus: an article file (by its extension) or
/// a folder (made, moved or removed), not hidden below its root, not under `ignore`.
pub fn matters(path: &Path, roots: &[PathBuf], ignore: Option<&Path>) -> bool {
    if ignore.is_some_and(|i| path.starts_with(i)) {
        return false;
    }
    let Some(root) = roots.iter().find(|r| path.starts_with(r)) else {
        return false;
    };
    let below = path.strip_prefix(root).unwrap_or(path);
    let hidden = below
        .components()
        .any(|c| c.as_os_str().to_string_lossy().starts_with('.'));
    if hidden {
        return false;
    }
    // A folder, or a name that is gone (a removed folder has no extension to tell by).
    crate::corpus::is_article_path(path)
        || path.is_dir()
        || (!path.exists() && path.extension().is_none())
}

/// Whether `path` lies on a file system that sends no change events (NFS, SMB, FUSE, 9p…).
#[cfg(target_os = "linux")]
fn on_network_mount(path: &Path) -> bool {
    use std::os::unix::ffi::OsStrExt;
    const NETWORK: [i64; 9] = [
        0x6969,      // NFS
        0x517B,      // SMB
        0xFF53_4D42, // CIFS
        0xFE53_4D42, // SMB2
        0x6573_5546, // FUSE (sshfs, rclone …)
        0x0102_1997, // 9p (virtual machine shares, WSL)
        0x5346_414F, // AFS
        0x00C3_6400, // Ceph
        0x0BD0_0BD0, // Lustre
    ];
    let Ok(c) = std::ffi::CString::new(path.as_os_str().as_bytes()) else {
        return false;
    };
    let mut fs: libc::statfs = unsafe { std::mem::zeroed() };
    // SAFETY: a valid NUL-terminated path and a statfs buffer of the right size.
    if unsafe { libc::statfs(c.as_ptr(), &mut fs) } != 0 {
        return false;
    }
    NETWORK.contains(&(fs.f_type as i64))
}

#[cfg(not(target_os = "linux"))]
fn on_network_mount(_: &Path) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::time::Instant;

    #[test]
    fn only_article_files_and_folders_matter() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        let roots = [root.clone()];
        std::fs::create_dir(root.join("sub")).unwrap();
        assert!(matters(&root.join("a.txt"), &roots, None));
        assert!(matters(&root.join("sub/b.JSON"), &roots, None));
        assert!(matters(&root.join("sub"), &roots, None), "a folder");
        assert!(
            matters(&root.join("gone"), &roots, None),
            "a removed folder"
        );
        assert!(!matters(&root.join("a.txt.swp"), &roots, None));
        assert!(!matters(&root.join(".hidden/a.txt"), &roots, None));
        assert!(!matters(
            &root.join("cache/a.txt"),
            &roots,
            Some(&root.join("cache"))
        ));
        assert!(!matters(Path::new("/elsewhere/a.txt"), &roots, None));
    }

    /// Waits for a batch naming `path`.
    fn reported(rx: &mpsc::Receiver<Event>, path: &Path) -> bool {
        let deadline = Instant::now() + Duration::from_secs(10);
        while let Some(left) = deadline.checked_duration_since(Instant::now()) {
            match rx.recv_timeout(left) {
                Ok(Event::FolderChanged(paths)) if paths.iter().any(|p| p == path) => return true,
                Ok(_) => {}
                Err(_) => return false,
            }
        }
        false
    }

    /// A file made, changed and removed is reported each time, by either watcher.
    fn reports_changes(poll: bool) {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        let (tx, rx) = mpsc::channel();
        let watch = start_with(std::slice::from_ref(&root), None, tx, poll).unwrap();
        assert_eq!(watch.how.starts_with("polling"), poll, "{}", watch.how);
        let file = root.join("new.txt");
        std::fs::write(&file, "Headline\n\nBody.").unwrap();
        assert!(reported(&rx, &file), "made");
        // A polling watcher compares modification times between its scans: the change is
        // made in a later second than the file was made.
        std::thread::sleep(Duration::from_millis(1_100));
        std::fs::write(&file, "Headline\n\nAnother body, longer.").unwrap();
        assert!(reported(&rx, &file), "changed");
        std::fs::remove_file(&file).unwrap();
        assert!(reported(&rx, &file), "removed");
    }

    #[test]
    fn the_platform_watcher_reports_changes_once_quiet() {
        reports_changes(false);
    }

    #[test]
    fn the_polling_watcher_reports_changes_too() {
        reports_changes(true);
    }
}
