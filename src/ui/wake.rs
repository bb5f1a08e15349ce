//! What wakes the event loop. One channel of [`Event`]s is fed by a thread reading the
//! terminal (this module), the loader and searcher (`app::workers`), the folder watcher
//! (`app::watch`) and the hangup watchdog (`hangup`, a [`Event::Tick`] when a signal comes
//! or the terminal goes away). The UI thread blocks on it, waking for the first event or
//! the next timer (`App::next_deadline`), and draws once the events waiting are handled:
//! a search's results are on screen as soon as they arrive, not after a poll times out.

use crate::app::Event;
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

/// How often a frame that only shows load progress is drawn at most: progress arrives once
/// per file, and the gauge need not be redrawn for each.
const PROGRESS_FRAME: Duration = Duration::from_millis(30);

/// Reads the terminal on a thread of its own until the channel closes or the terminal
/// fails (reported as [`Event::TerminalLost`]). A terminal that has gone away can leave
/// this thread stuck in crossterm (see `hangup`); the UI thread is not, and leaves.
pub fn spawn_input(events: Sender<Event>) -> std::io::Result<()> {
    std::thread::Builder::new()
        .name("hearsay-input".into())
        .spawn(move || loop {
            let sent = match crossterm::event::read() {
                Ok(ev) => events.send(Event::Terminal(ev)),
                Err(e) => {
                    let _ = events.send(Event::TerminalLost(e.to_string()));
                    return;
                }
            };
            if sent.is_err() {
                return;
            }
        })
        .map(drop)
}

/// Waits for the next event or `deadline`, then takes every event already waiting: the
/// batch to handle before the next frame (empty when the deadline came first). A batch of
/// load progress alone is held until [`PROGRESS_FRAME`] after `last_frame`, gathering
/// more, unless something else arrives meanwhile.
pub fn next_batch(
    rx: &Receiver<Event>,
    deadline: Option<Instant>,
    last_frame: Instant,
) -> Vec<Event> {
    let first = match deadline {
        None => rx.recv().map_err(|_| RecvTimeoutError::Disconnected),
        Some(d) => rx.recv_timeout(d.saturating_duration_since(Instant::now())),
    };
    let mut batch = match first {
        Ok(ev) => vec![ev],
        // Every sender gone cannot happen while the loop holds one; a timeout is a tick.
        Err(_) => return Vec::new(),
    };
    batch.extend(rx.try_iter());
    let progress_only = |b: &[Event]| b.iter().all(|e| matches!(e, Event::Progress(_)));
    while progress_only(&batch) {
        let left = (last_frame + PROGRESS_FRAME).saturating_duration_since(Instant::now());
        match rx.recv_timeout(left) {
            Ok(ev) => {
                batch.push(ev);
                batch.extend(rx.try_iter());
            }
            Err(_) => break,
        }
        if left.is_zero() {
            break;
        }
    }
    batch
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::LoadProgress;
    use std::sync::mpsc;

    #[test]
    fn a_batch_is_every_event_waiting() {
        let (tx, rx) = mpsc::channel();
        tx.send(Event::Tick).unwrap();
        tx.send(Event::Warning("w".into())).unwrap();
        let batch = next_batch(&rx, None, Instant::now());
        assert_eq!(batch.len(), 2);
        assert!(rx.try_recv().is_err());
    }

    #[test]
    fn the_deadline_ends_the_wait_with_nothing() {
        let (_tx, rx) = mpsc::channel::<Event>();
        let start = Instant::now();
        let batch = next_batch(&rx, Some(start + Duration::from_millis(30)), start);
        assert!(batch.is_empty());
        assert!(start.elapsed() >= Duration::from_millis(30));
    }

    #[test]
    fn an_event_from_another_thread_wakes_the_wait_at_once() {
        let (tx, rx) = mpsc::channel();
        let sent = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            let at = Instant::now();
            tx.send(Event::SearchResults(1, Vec::new())).unwrap();
            at
        });
        let batch = next_batch(
            &rx,
            Some(Instant::now() + Duration::from_secs(10)),
            Instant::now(),
        );
        let woke = Instant::now();
        let at = sent.join().unwrap();
        assert!(matches!(batch[..], [Event::SearchResults(1, _)]));
        assert!(woke.duration_since(at) < Duration::from_millis(500));
    }

    #[test]
    fn progress_alone_waits_for_the_frame_and_gathers() {
        let (tx, rx) = mpsc::channel();
        tx.send(Event::Progress(LoadProgress::default())).unwrap();
        let sender = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(5));
            tx.send(Event::Progress(LoadProgress::default())).unwrap();
            tx
        });
        let start = Instant::now();
        let batch = next_batch(&rx, None, start);
        let _tx = sender.join().unwrap();
        assert_eq!(batch.len(), 2, "the second progress joins the first frame");
        assert!(start.elapsed() >= PROGRESS_FRAME);
    }
}
