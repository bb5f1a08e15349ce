//! Stars and read marks, kept in `$XDG_DATA_HOME/hearsay/state.json`. Keyed by each
//! article's content hash (so renaming or moving the corpus keeps them) and a quote's
//! offsets. Written atomically; merged with the file on every write so two hearsay
//! instances do not lose each other's stars; a corrupt file is moved aside.

use crate::cache::write_atomic;
use crate::corpus::Warning;
use crate::model::{Corpus, Quote};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// A starred quote: the article's content hash (hex) and the quote's byte offsets.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct StarKey {
    pub article: String,
    pub start: u32,
    pub end: u32,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StateFile {
    #[serde(default)]
    pub stars: BTreeSet<StarKey>,
    /// Content hashes (hex) of articles opened.
    #[serde(default)]
    pub read: BTreeSet<String>,
}

/// The state of this session and what it changed (so a merge keeps others' changes).
#[derive(Debug, Default)]
pub struct State {
    pub path: Option<PathBuf>,
    pub file: StateFile,
    changes: Changes,
    /// Counts changes to the stars (a toggle, a save merging others' stars): lists of
    /// starred quotes are remade only when it moves.
    stars_version: u64,
    /// Counts this session's changes (stars and read marks).
    changes_version: u64,
}

/// What this session changed: enough to save it, merged into the file on disk. Small (it
/// grows with what the reader did, not with the file), so the browser keeps a copy for a
/// watchdog thread to save when the terminal goes away (`ui::hangup`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Changes {
    path: Option<PathBuf>,
    starred: BTreeSet<StarKey>,
    unstarred: BTreeSet<StarKey>,
    read: BTreeSet<String>,
    unread: BTreeSet<String>,
}

impl Changes {
    /// Writes the file on disk now (another instance may have written since) with these
    /// changes merged in: ours added, ours removed, theirs kept. Atomic. Returns what was
    /// written (`None` without a path).
    pub fn save(&self) -> std::io::Result<Option<StateFile>> {
        let Some(path) = &self.path else {
            return Ok(None);
        };
        let mut merged = read_file(path).unwrap_or_default();
        merged.stars.extend(self.starred.iter().cloned());
        merged.read.extend(self.read.iter().cloned());
        for k in &self.unstarred {
            merged.stars.remove(k);
        }
        for h in &self.unread {
            merged.read.remove(h);
        }
        let json = serde_json::to_vec_pretty(&merged).map_err(std::io::Error::other)?;
        write_atomic(path, |w| std::io::Write::write_all(w, &json))?;
        Ok(Some(merged))
    }
}

pub fn default_path() -> Option<PathBuf> {
    crate::cache::xdg_file("XDG_DATA_HOME", ".local/share", "state.json")
}

pub fn hash_hex(h: u64) -> String {
    format!("{h:016x}")
}

pub fn star_key(corpus: &Corpus, q: &Quote) -> StarKey {
    StarKey {
        article: hash_hex(corpus.articles[q.article as usize].content_hash),
        start: q.span.start,
        end: q.span.end,
    }
}

fn read_file(path: &Path) -> Result<StateFile, String> {
    match std::fs::read_to_string(path) {
        Ok(text) => serde_json::from_str(&text).map_err(|e| e.to_string()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(StateFile::default()),
        Err(e) => Err(e.to_string()),
    }
}

impl State {
    /// Loads the state at `path`; a corrupt file is moved to `.bak` with a warning.
    pub fn load(path: Option<PathBuf>) -> (State, Option<Warning>) {
        let mut state = State {
            path: path.clone(),
            ..State::default()
        };
        let Some(path) = path else {
            return (state, None);
        };
        match read_file(&path) {
            Ok(file) => {
                state.file = file;
                (state, None)
            }
            Err(e) => {
                let bak = path.with_extension("json.bak");
                let moved = std::fs::rename(&path, &bak).is_ok();
                let message = format!(
                    "unreadable state ({e}){}; starting afresh",
                    if moved {
                        ", moved aside to state.json.bak"
                    } else {
                        ""
                    }
                );
                (
                    state,
                    Some(Warning {
                        path,
                        line: None,
                        message,
                    }),
                )
            }
        }
    }

    pub fn is_starred(&self, key: &StarKey) -> bool {
        self.file.stars.contains(key)
    }

    pub fn stars_version(&self) -> u64 {
        self.stars_version
    }

    /// Stars or unstars; returns whether it is now starred.
    pub fn toggle_star(&mut self, key: StarKey) -> bool {
        self.stars_version += 1;
        self.changes_version += 1;
        let c = &mut self.changes;
        if self.file.stars.remove(&key) {
            c.starred.remove(&key);
            c.unstarred.insert(key);
            false
        } else {
            c.unstarred.remove(&key);
            c.starred.insert(key.clone());
            self.file.stars.insert(key);
            true
        }
    }

    /// The ids of the starred quotes of `corpus`, ascending (`is:starred` in a search):
    /// articles are looked up by content hash, without a string per quote.
    pub fn starred_quotes(&self, corpus: &Corpus) -> Vec<u32> {
        let mut by_article: rustc_hash::FxHashMap<u64, Vec<(u32, u32)>> = Default::default();
        for k in &self.file.stars {
            if let Ok(h) = u64::from_str_radix(&k.article, 16) {
                by_article.entry(h).or_default().push((k.start, k.end));
            }
        }
        let mut ids = Vec::new();
        if by_article.is_empty() {
            return ids;
        }
        for a in &corpus.articles {
            let Some(spans) = by_article.get(&a.content_hash) else {
                continue;
            };
            for q in a.quotes.clone() {
                let span = corpus.quotes[q as usize].span;
                if spans.contains(&(span.start, span.end)) {
                    ids.push(q);
                }
            }
        }
        ids
    }

    pub fn is_read(&self, hash: u64) -> bool {
        self.file.read.contains(&hash_hex(hash))
    }

    pub fn set_read(&mut self, hash: u64, read: bool) {
        let h = hash_hex(hash);
        let c = &mut self.changes;
        let changed = if read {
            let was_unread = c.unread.remove(&h);
            self.file.read.insert(h.clone());
            c.read.insert(h) | was_unread
        } else {
            let was_read = c.read.remove(&h);
            self.file.read.remove(&h);
            c.unread.insert(h) | was_read
        };
        if changed {
            self.changes_version += 1;
        }
    }

    /// This session's changes, with the path they are saved to.
    pub fn changes(&self) -> Changes {
        Changes {
            path: self.path.clone(),
            ..self.changes.clone()
        }
    }

    /// Moves with every star toggled and read mark set: a copy of `changes` is stale when
    /// it differs.
    pub fn changes_version(&self) -> u64 {
        self.changes_version
    }

    /// Writes the state, merged with what is on disk now (another instance may have
    /// written since): ours added, ours removed, theirs kept. Atomic.
    pub fn save(&mut self) -> std::io::Result<()> {
        let Some(merged) = self.changes().save()? else {
            return Ok(());
        };
        if merged.stars != self.file.stars {
            self.stars_version += 1;
        }
        self.file = merged;
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A star in a made-up article (also for `ui::hangup`'s tests).
    pub(crate) fn key(n: u32) -> StarKey {
        StarKey {
            article: "00000000000000ab".into(),
            start: n,
            end: n + 5,
        }
    }

    #[test]
    fn round_trip_and_merge_between_two_instances() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hearsay/state.json");
        let (mut a, _) = State::load(Some(path.clone()));
        let (mut b, _) = State::load(Some(path.clone()));
        a.toggle_star(key(1));
        a.set_read(7, true);
        a.save().unwrap();
        b.toggle_star(key(2));
        b.save().unwrap();
        let (c, w) = State::load(Some(path.clone()));
        assert!(w.is_none());
        assert!(
            c.is_starred(&key(1)) && c.is_starred(&key(2)),
            "neither star lost"
        );
        assert!(c.is_read(7));
        // Unstarring in one instance survives the other's later write.
        a.toggle_star(key(1));
        a.save().unwrap();
        b.save().unwrap();
        let (d, _) = State::load(Some(path));
        assert!(!d.is_starred(&key(1)) && d.is_starred(&key(2)));
    }

    #[test]
    fn a_copy_of_the_changes_saves_what_the_state_would() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("hearsay/state.json");
        let (mut a, _) = State::load(Some(path.clone()));
        let v0 = a.changes_version();
        a.toggle_star(key(1));
        a.set_read(7, true);
        let v1 = a.changes_version();
        assert!(v1 > v0, "a star and a read mark move the version");
        a.set_read(7, true);
        assert_eq!(
            a.changes_version(),
            v1,
            "marking read twice changes nothing"
        );
        let copy = a.changes();
        // Another instance writes meanwhile; the copy's save keeps its star.
        let (mut b, _) = State::load(Some(path.clone()));
        b.toggle_star(key(2));
        b.save().unwrap();
        let written = copy.save().unwrap().expect("a path");
        assert!(written.stars.contains(&key(1)) && written.stars.contains(&key(2)));
        let (c, _) = State::load(Some(path));
        assert_eq!(c.file, written);
        assert!(c.is_read(7));
        assert_eq!(State::default().changes().save().unwrap(), None);
    }

    #[test]
    fn corrupt_state_is_moved_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state.json");
        std::fs::write(&path, "{ not json").unwrap();
        let (s, w) = State::load(Some(path.clone()));
        assert!(s.file.stars.is_empty());
        assert!(w.unwrap().message.contains("moved aside"));
        assert!(dir.path().join("state.json.bak").exists());
        assert!(!path.exists());
    }
}
