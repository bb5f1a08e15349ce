//! The folder changing under the browser. Files written, made or removed (reported by the
//! watcher, `watch`, once quiet) or `R` ask for a reload: the corpus is read again on a
//! worker through the per-file cache (only changed files are read and extracted again;
//! `workers::spawn_reload`), compared there with the one on screen ([`Diff`]), and put in
//! its place here keeping the selection, scroll, open article and actor filter. The status
//! bar says what changed for a few seconds. A file that could not be read (say, JSON still
//! being written) is read once more when it has been quiet again.

use super::{App, Event, Request};
use crate::model::{Corpus, Span};
use crate::search::SharedPostings;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long the summary of a reload stays in the status bar.
pub const SUMMARY_FOR: Duration = Duration::from_secs(4);
/// How long a file must have been left alone before it is read (and the watcher's
/// debounce): a file still being written is not read half-written.
pub const QUIET: Duration = Duration::from_millis(500);

/// A corpus read again, from the reload worker.
pub struct Reloaded {
    pub corpus: Arc<Corpus>,
    pub postings: SharedPostings,
    pub warnings: Vec<String>,
    pub diff: Diff,
    /// Changed files that could not be read (a warning named them): read again once.
    pub unreadable: Vec<PathBuf>,
    /// Asked for with `R` (says so even when nothing changed).
    pub by_hand: bool,
}

impl std::fmt::Debug for Reloaded {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Reloaded")
            .field("articles", &self.corpus.articles.len())
            .field("diff", &self.diff)
            .field("unreadable", &self.unreadable)
            .finish()
    }
}

/// How a corpus differs from the one before it, article by article (an article is its
/// file and record; it changed when its content hash did).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diff {
    pub new: usize,
    pub changed: usize,
    pub removed: usize,
    /// For each article of the old corpus, its index in the new one.
    pub moved: Vec<Option<u32>>,
}

impl Diff {
    /// Compares on the worker: it grows with the corpus.
    pub fn between(old: &Corpus, new: &Corpus) -> Diff {
        let index: HashMap<(&Path, Option<u32>), u32> = new
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| ((a.path.as_path(), a.record), i as u32))
            .collect();
        let mut diff = Diff::default();
        let mut kept = 0;
        for a in &old.articles {
            let found = index.get(&(a.path.as_path(), a.record)).copied();
            match found {
                Some(i) => {
                    kept += 1;
                    if new.articles[i as usize].content_hash != a.content_hash {
                        diff.changed += 1;
                    }
                }
                None => diff.removed += 1,
            }
            diff.moved.push(found);
        }
        diff.new = new.articles.len().saturating_sub(kept);
        diff
    }

    /// "+3 new, 1 changed, 1 removed" (the parts that are not zero), or `None`.
    pub fn summary(&self) -> Option<String> {
        let parts: Vec<String> = [
            (self.new, "+", "new"),
            (self.changed, "", "changed"),
            (self.removed, "", "removed"),
        ]
        .iter()
        .filter(|(n, _, _)| *n > 0)
        .map(|(n, sign, what)| format!("{sign}{n} {what}"))
        .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }

    fn new_index(&self, old: usize) -> Option<usize> {
        self.moved.get(old).copied().flatten().map(|i| i as usize)
    }
}

/// Reloads running, wanted meanwhile, and retried.
#[derive(Debug, Default)]
pub(super) struct Reloads {
    running: bool,
    /// Asked for while one was running (or the first load was): the files changed since.
    again: Option<Vec<PathBuf>>,
    /// Files that could not be read, to read again at this time.
    retry: Option<(Instant, Vec<PathBuf>)>,
    /// Files read again once already since they last changed.
    retried: HashSet<PathBuf>,
}

impl App {
    /// Files changed (none: `R`): reload now, or after the load or reload running.
    pub(super) fn want_reload(&mut self, paths: Vec<PathBuf>) {
        for p in &paths {
            self.reloads.retried.remove(p);
        }
        if paths.is_empty() {
            self.status = Some("reloading…".into());
        }
        if self.reloads.running || self.loading.is_some() {
            self.reloads
                .again
                .get_or_insert_with(Vec::new)
                .extend(paths);
            return;
        }
        self.reloads.running = true;
        self.requests
            .push(Request::Reload(self.corpus.clone(), paths));
    }

    /// The first load is done: files that changed while it ran are read again.
    pub(super) fn reload_if_changed_meanwhile(&mut self) {
        if let Some(paths) = self.reloads.again.take() {
            self.want_reload(paths);
        }
    }

    /// When a retry of unreadable files is due, if one is.
    pub(super) fn retry_deadline(&self) -> Option<Instant> {
        self.reloads.retry.as_ref().map(|(at, _)| *at)
    }

    /// Starts the retry of unreadable files when it is due.
    pub(super) fn retry_if_due(&mut self, now: Instant) {
        if self.retry_deadline().is_some_and(|at| now >= at) {
            if let Some((_, paths)) = self.reloads.retry.take() {
                self.reloads.retried.extend(paths.iter().cloned());
                let retried = std::mem::take(&mut self.reloads.retried);
                self.want_reload(paths);
                self.reloads.retried = retried;
            }
        }
    }

    /// Puts a reloaded corpus in place of this one, keeping what the reader was looking at.
    pub(super) fn reloaded(&mut self, r: Reloaded) {
        self.reloads.running = false;
        let Reloaded {
            corpus,
            warnings,
            diff,
            unreadable,
            by_hand,
            ..
        } = r;
        let was = self.on_screen();
        self.corpus = corpus;
        self.set_reprints(crate::workflow::group::Reprints::default());
        self.warnings = warnings;
        self.actor_filter = was.actor.as_ref().and_then(|name| {
            let found = self.corpus.actors.iter().position(|a| a.name == *name);
            found.map(|i| i as u32)
        });
        self.visible = self.filtered_articles();
        let last = self.visible.len().saturating_sub(1);
        self.list_selected = was
            .selected
            .and_then(|a| diff.new_index(a))
            .and_then(|a| self.visible.iter().position(|&v| v == a))
            .unwrap_or(was.list_selected.min(last));
        let notice = self.reopen(was, &diff);
        let rows = self.sidebar_items().len();
        self.sidebar_selected = self.sidebar_selected.min(rows.saturating_sub(1));
        // Results of the open search come from the new corpus.
        if self.search.is_some() {
            self.query_changed();
        }
        let summary = match (diff.summary(), by_hand) {
            (Some(s), _) => Some(s),
            (None, true) => Some("reloaded: nothing changed".to_string()),
            (None, false) => None,
        };
        let message: Vec<String> = summary.into_iter().chain(notice).collect();
        if !message.is_empty() {
            self.flash(message.join(" · "), SUMMARY_FOR);
        }
        self.after_reload(unreadable);
    }

    /// What is on screen, by article.
    fn on_screen(&self) -> OnScreen {
        let open = self.current;
        OnScreen {
            open,
            open_title: open.map(|a| self.corpus.articles[a].title.clone()),
            selected: self.visible.get(self.list_selected).copied(),
            quote: self.selected_quote.map(|q| {
                let q = &self.corpus.quotes[q as usize];
                (q.article as usize, q.span)
            }),
            actor: self
                .actor_filter
                .map(|a| self.corpus.actors[a as usize].name.clone()),
            list_selected: self.list_selected,
            scroll: self.reader_scroll,
        }
    }

    /// The article that was open, open again in the new corpus with its marked quote and
    /// scroll; else the selected one. Says so when the open article was removed.
    fn reopen(&mut self, was: OnScreen, diff: &Diff) -> Option<String> {
        match was.open.map(|a| diff.new_index(a)) {
            Some(Some(now)) => {
                self.current = Some(now);
                self.selected_quote = was.quote.and_then(|(article, span)| {
                    let article = diff.new_index(article)?;
                    let range = self.corpus.articles[article].quotes.clone();
                    range
                        .clone()
                        .zip(self.corpus.article_quotes(article))
                        .find(|(_, q)| q.span == span)
                        .map(|(i, _)| i)
                });
                self.reader_scroll = was.scroll;
                self.relayout();
                None
            }
            Some(None) => {
                let notice = format!(
                    "the open article was removed: {}",
                    was.open_title.unwrap_or_default()
                );
                self.open_article(self.visible.get(self.list_selected).copied());
                Some(notice)
            }
            None => {
                self.open_article(self.visible.get(self.list_selected).copied());
                None
            }
        }
    }

    /// After a reload: its unreadable files (not retried yet) retried once quiet, and the
    /// reload asked for meanwhile started.
    fn after_reload(&mut self, unreadable: Vec<PathBuf>) {
        let retry: Vec<PathBuf> = unreadable
            .into_iter()
            .filter(|p| !self.reloads.retried.contains(p))
            .collect();
        if !retry.is_empty() {
            self.reloads.retry = Some((Instant::now() + QUIET, retry));
        }
        if let Some(paths) = self.reloads.again.take() {
            self.want_reload(paths);
        }
    }
}

/// What was on screen before a reload, by article (indices change with the corpus).
struct OnScreen {
    open: Option<usize>,
    open_title: Option<String>,
    /// The article selected in the list, and the list's selected row.
    selected: Option<usize>,
    list_selected: usize,
    /// The marked quote: its article and span.
    quote: Option<(usize, Span)>,
    /// The actor filter's actor, by name.
    actor: Option<String>,
    scroll: usize,
}

/// The [`Event`] a reload worker sends.
pub fn event(
    old: &Corpus,
    corpus: Arc<Corpus>,
    postings: SharedPostings,
    warnings: Vec<(PathBuf, String)>,
    changed: &[PathBuf],
) -> Event {
    let diff = Diff::between(old, &corpus);
    let unreadable = warnings
        .iter()
        .filter(|(p, _)| changed.contains(p))
        .map(|(p, _)| p.clone())
        .collect();
    Event::Reloaded(Box::new(Reloaded {
        corpus,
        postings,
        warnings: warnings.into_iter().map(|(_, w)| w).collect(),
        diff,
        unreadable,
        by_hand: changed.is_empty(),
    }))
}

#[cfg(test)]
mod tests;
