//! Work that grows with the corpus runs here, off the UI thread: loading the corpus and
//! searching it. Each reports back through a channel as [`Event`]s; a newer search cancels
//! the one running.

use super::Event;
use crate::model::Corpus;
use crate::pipeline::{self, Source};
use crate::search::{Among, Query, SearchIndex, SharedPostings};
use crate::workflow::group::Reprints;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Arc;
use std::thread;

/// How many results a search keeps for the overlay.
pub const SEARCH_LIMIT: usize = 500;

/// Loads `source` on a thread, sending progress and then the corpus; then writes the
/// corpus snapshot, if the load left one to write.
pub fn spawn_load(source: Source, options: pipeline::Options, events: Sender<Event>) {
    // The screen is the browser's: a caught panic in extraction prints nothing (it arrives
    // as a warning).
    pipeline::isolate::quiet();
    thread::Builder::new()
        .name("hearsay-load".into())
        .spawn(move || {
            let progress_events = events.clone();
            let progress = move |p| {
                let _ = progress_events.send(Event::Progress(p));
            };
            let progress = std::sync::Mutex::new(progress);
            let loaded = pipeline::load_with(&source, &options, &|p| {
                if let Ok(f) = progress.lock() {
                    f(p);
                }
            });
            let warnings = loaded
                .warnings
                .iter()
                .map(ToString::to_string)
                .chain(loaded.errors.iter().map(ToString::to_string))
                .collect();
            let corpus = Arc::new(loaded.corpus);
            let postings = SharedPostings::new(loaded.postings);
            let _ = events.send(Event::Loaded(corpus.clone(), postings.clone(), warnings));
            // Reprints are grouped beside the postings build (the pool is shared).
            let grouping = {
                let (corpus, events) = (corpus.clone(), events.clone());
                thread::Builder::new()
                    .name("hearsay-reprints".into())
                    .spawn(move || {
                        let reprints = Reprints::of(&corpus);
                        let _ = events.send(Event::Reprints(corpus, reprints));
                    })
            };
            if grouping.is_err() {
                let _ = events.send(Event::Warning("could not group reprinted quotes".into()));
            }
            // The corpus is on screen; now its postings (the searcher waits for this build
            // rather than making its own) and the snapshot that makes the next start instant.
            if let Some(pending) = loaded.pending {
                let postings = postings.get_or_build(&corpus);
                if let Err(w) = pending.write(&corpus, Some(&postings)) {
                    let _ = events.send(Event::Warning(w.to_string()));
                }
            }
        })
        .expect("spawn the loader thread");
}

/// A query for the search thread.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Job {
    /// As typed.
    pub query: String,
    /// The starred quotes' ids, ascending, when the query asks for `is:starred`.
    pub starred: Option<Arc<Vec<u32>>>,
}

/// A search thread over one corpus.
pub struct Searcher {
    requests: Sender<(u64, Job, Arc<AtomicBool>)>,
    cancel: Arc<AtomicBool>,
}

impl Searcher {
    /// Starts a searcher; the index is built on its thread, not the caller's.
    pub fn spawn(corpus: Arc<Corpus>, postings: SharedPostings, events: Sender<Event>) -> Searcher {
        let (tx, rx): (_, Receiver<(u64, Job, Arc<AtomicBool>)>) = mpsc::channel();
        thread::Builder::new()
            .name("hearsay-search".into())
            .spawn(move || {
                let postings = postings.get_or_build(&corpus);
                let index = SearchIndex::with_postings(corpus, Some(postings));
                // The last finished query and all its matches: a query extending it searches
                // only among them.
                let mut last: Option<(Query, Vec<u32>)> = None;
                while let Ok(mut job) = rx.recv() {
                    // Only the newest query matters.
                    while let Ok(newer) = rx.try_recv() {
                        job = newer;
                    }
                    let (generation, job, cancel) = job;
                    // The box shows a query's error and sends only queries that parse.
                    let query = Query::parse(&job.query).unwrap_or_default();
                    let within = last
                        .as_ref()
                        .filter(|(prev, _)| prev.narrows_to(&query))
                        .map(|(_, ids)| ids.as_slice());
                    let among = Among {
                        within,
                        starred: job.starred.as_deref().map(Vec::as_slice),
                    };
                    let Some((hits, ids)) =
                        index.search_query(&query, &among, Some(SEARCH_LIMIT), &cancel)
                    else {
                        continue;
                    };
                    last = Some((query, ids));
                    if events.send(Event::SearchResults(generation, hits)).is_err() {
                        break;
                    }
                }
            })
            .expect("spawn the search thread");
        Searcher {
            requests: tx,
            cancel: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Cancels the running search and starts this one.
    pub fn search(&mut self, generation: u64, job: Job) {
        self.cancel.store(true, Ordering::Relaxed);
        self.cancel = Arc::new(AtomicBool::new(false));
        let _ = self.requests.send((generation, job, self.cancel.clone()));
    }
}
