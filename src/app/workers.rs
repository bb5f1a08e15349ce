//! Work that grows with the corpus runs here, off the UI thread: loading the corpus, reading
//! it again when its folders change, and searching it. Each reports back through a channel as [`Event`]s; a newer search cancels
//! the one running.

use super::{reload, Event};
use crate::model::Corpus;
use crate::pipeline::{self, Source};
use crate::search::{Among, Query, SearchIndex, SharedPostings};
use crate::workflow::group::Reprints;
use std::path::PathBuf;
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
            let warnings = warnings(&loaded).into_iter().map(|(_, w)| w).collect();
            let corpus = Arc::new(loaded.corpus);
            let postings = SharedPostings::new(loaded.postings, loaded.words);
            let _ = events.send(Event::Loaded(corpus.clone(), postings.clone(), warnings));
            after_shown(corpus, postings, loaded.pending, &events);
        })
        .expect("spawn the loader thread");
}

/// Reads `source` again on a thread (through the per-file cache: only files that changed
/// are read and extracted again), once the `changed` files have been left alone for
/// [`reload::QUIET`]; sends the corpus with how it differs from `old`.
pub fn spawn_reload(
    source: Source,
    options: pipeline::Options,
    old: Arc<Corpus>,
    changed: Vec<PathBuf>,
    events: Sender<Event>,
) {
    let failed = events.clone();
    let spawned = thread::Builder::new()
        .name("hearsay-reload".into())
        .spawn(move || {
            wait_until_quiet(&changed, reload::QUIET);
            let loaded = pipeline::load_with(&source, &options, &|_| {});
            let warnings = warnings(&loaded);
            let corpus = Arc::new(loaded.corpus);
            let postings = SharedPostings::new(loaded.postings, loaded.words);
            let event = reload::event(&old, corpus.clone(), postings.clone(), warnings, &changed);
            drop(old);
            let _ = events.send(event);
            after_shown(corpus, postings, loaded.pending, &events);
        });
    if spawned.is_err() {
        let _ = failed.send(Event::Warning("could not start a reload".into()));
    }
}

/// Each warning of a load with the file it is about.
fn warnings(loaded: &pipeline::Loaded) -> Vec<(PathBuf, String)> {
    let warnings = loaded
        .warnings
        .iter()
        .map(|w| (w.path.clone(), w.to_string()));
    let errors = loaded
        .errors
        .iter()
        .map(|e| (e.path.clone(), e.to_string()));
    warnings.chain(errors).collect()
}

/// Waits (at most a few seconds) until none of `paths` was modified within `quiet`.
fn wait_until_quiet(paths: &[PathBuf], quiet: std::time::Duration) {
    let give_up = std::time::Instant::now() + 10 * quiet;
    loop {
        let youngest = paths
            .iter()
            .filter_map(|p| std::fs::metadata(p).ok()?.modified().ok()?.elapsed().ok())
            .min();
        match youngest {
            Some(age) if age < quiet && std::time::Instant::now() < give_up => {
                thread::sleep(quiet - age)
            }
            _ => return,
        }
    }
}

/// Once a corpus is on screen: its reprinted quotes grouped, its postings built (the
/// searcher waits for this build rather than making its own) and the snapshot that makes
/// the next start instant written.
fn after_shown(
    corpus: Arc<Corpus>,
    postings: SharedPostings,
    pending: Option<pipeline::PendingSnapshot>,
    events: &Sender<Event>,
) {
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
    if let Some(pending) = pending {
        let postings = postings.get_or_build(&corpus);
        if let Err(w) = pending.write(&corpus, Some(&postings), None) {
            let _ = events.send(Event::Warning(w.to_string()));
        }
    }
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
