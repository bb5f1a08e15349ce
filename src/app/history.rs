//! Search history: the last [`KEEP`] queries, in `$XDG_STATE_HOME/hearsay/history` (one a
//! line, oldest first), browsed in the search box with Ctrl-P / Ctrl-N as in fzf (Up and
//! Down keep moving through the results). Written atomically when a query is added.

use crate::cache::write_atomic;
use std::io::Write;
use std::path::PathBuf;

/// How many queries are kept.
pub const KEEP: usize = 200;

#[derive(Clone, Debug, Default)]
pub struct History {
    /// Oldest first.
    pub entries: Vec<String>,
    /// Where it is kept (`None`: not kept, as in tests).
    pub path: Option<PathBuf>,
    /// The entry being shown while browsing (an index into `entries`).
    cursor: Option<usize>,
    /// What was typed before browsing began, given back past the newest entry.
    draft: String,
}

/// `$XDG_STATE_HOME/hearsay/history`, else `~/.local/state/hearsay/history`.
pub fn default_path() -> Option<PathBuf> {
    crate::cache::xdg_file("XDG_STATE_HOME", ".local/state", "history")
}

impl History {
    /// The history kept at `path` (empty when there is none or it cannot be read).
    pub fn load(path: Option<PathBuf>) -> History {
        let entries = path
            .as_ref()
            .and_then(|p| std::fs::read_to_string(p).ok())
            .map(|text| {
                let lines: Vec<String> = text
                    .lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(str::to_string)
                    .collect();
                let skip = lines.len().saturating_sub(KEEP);
                lines.into_iter().skip(skip).collect()
            })
            .unwrap_or_default();
        History {
            entries,
            path,
            ..History::default()
        }
    }

    /// Adds a query (not twice in a row, not an empty one) and writes the file.
    pub fn push(&mut self, query: &str) -> std::io::Result<()> {
        self.cursor = None;
        let query = query.trim();
        // One line each: a query never holds a line break, but a pasted one might.
        if query.is_empty() || query.contains('\n') {
            return Ok(());
        }
        if self.entries.last().is_some_and(|l| l == query) {
            return Ok(());
        }
        self.entries.push(query.to_string());
        if self.entries.len() > KEEP {
            self.entries.drain(..self.entries.len() - KEEP);
        }
        match &self.path {
            Some(path) => write_atomic(path, |w| {
                for e in &self.entries {
                    writeln!(w, "{e}")?;
                }
                Ok(())
            }),
            None => Ok(()),
        }
    }

    /// The query before the one shown (`typed` is the box's text, kept to come back to).
    pub fn older(&mut self, typed: &str) -> Option<&str> {
        let i = match self.cursor {
            None => {
                self.draft = typed.to_string();
                self.entries.len().checked_sub(1)?
            }
            Some(i) => i.saturating_sub(1),
        };
        self.cursor = Some(i);
        self.entries.get(i).map(String::as_str)
    }

    /// The query after the one shown; past the newest, what was typed before browsing.
    pub fn newer(&mut self) -> Option<&str> {
        let i = self.cursor?;
        if i + 1 < self.entries.len() {
            self.cursor = Some(i + 1);
            self.entries.get(i + 1).map(String::as_str)
        } else {
            self.cursor = None;
            Some(self.draft.as_str())
        }
    }

    /// Browsing ends (the query was edited, or the box closed).
    pub fn reset(&mut self) {
        self.cursor = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_keeps_the_last_queries_without_repeats_in_a_row() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state/hearsay/history");
        let mut h = History::load(Some(path.clone()));
        assert!(h.entries.is_empty());
        for q in ["budget", "budget", " erdogan ", "", "budget"] {
            h.push(q).unwrap();
        }
        assert_eq!(h.entries, ["budget", "erdogan", "budget"]);
        let again = History::load(Some(path.clone()));
        assert_eq!(again.entries, h.entries);
        for n in 0..KEEP + 5 {
            h.push(&format!("q{n}")).unwrap();
        }
        let again = History::load(Some(path.clone()));
        assert_eq!(again.entries.len(), KEEP);
        assert_eq!(again.entries.first().map(String::as_str), Some("q5"));
        assert_eq!(again.entries.last().map(String::as_str), Some("q204"));
        // Written through a temporary file and a rename: nothing else left in the folder.
        let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["history"]);
    }

    #[test]
    fn browsing_goes_back_and_returns_to_what_was_typed() {
        let mut h = History::default();
        for q in ["one", "two", "three"] {
            h.push(q).unwrap();
        }
        assert_eq!(h.newer(), None, "nothing to come back to yet");
        assert_eq!(h.older("thr"), Some("three"));
        assert_eq!(h.older("ignored"), Some("two"));
        assert_eq!(h.older(""), Some("one"));
        assert_eq!(h.older(""), Some("one"), "stops at the oldest");
        assert_eq!(h.newer(), Some("two"));
        assert_eq!(h.newer(), Some("three"));
        assert_eq!(h.newer(), Some("thr"), "the draft");
        assert_eq!(h.newer(), None);
    }
}
