//! Opening an article outside the terminal: its URL (from its metadata) in the system's
//! browser, else its file with the system's opener (the `open` crate: detached, in its own
//! session, standard streams closed, so nothing reaches the terminal). Where nothing can
//! be opened — no display (over SSH, on Linux: neither `$DISPLAY` nor `$WAYLAND_DISPLAY`),
//! or the opener fails — the URL or path is copied instead and the status bar says so.
//!
//! The decision ([`plan`]) is plain data, tested without a terminal or a desktop.

use super::clipboard::Env;
use crate::model::Corpus;
use std::path::PathBuf;

/// What an article can be opened as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// An `http` or `https` URL from its metadata (other schemes are not handed to a
    /// browser: the text is untrusted).
    Url(String),
    /// Its file, when it has no such URL and the file is there (not the bundled sample).
    File(PathBuf),
    Nothing,
}

/// The article's [`Target`].
pub fn target(corpus: &Corpus, article: usize) -> Target {
    let a = &corpus.articles[article];
    if let Some(url) = a.meta.url.as_deref().filter(|u| is_web_url(u)) {
        return Target::Url(url.to_string());
    }
    // Absolute, so an opener never reads a name starting with '-' as an option.
    match std::fs::canonicalize(&a.path) {
        Ok(path) if path.is_file() => Target::File(path),
        _ => Target::Nothing,
    }
}

fn is_web_url(u: &str) -> bool {
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && !u.chars().any(|c| c.is_control() || c.is_whitespace())
}

/// What to do for `O`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Plan {
    /// Hand this to the system's opener.
    Open(String),
    /// Copy this instead: nothing to open it with.
    Copy(String),
    Nothing,
}

/// The plan for `target` in `env`.
pub fn plan(target: &Target, env: Env) -> Plan {
    let text = match target {
        Target::Url(u) => u.clone(),
        Target::File(p) => p.display().to_string(),
        Target::Nothing => return Plan::Nothing,
    };
    if env.display {
        Plan::Open(text)
    } else {
        Plan::Copy(text)
    }
}

/// Hands `what` to the system's opener, detached.
pub fn open_detached(what: &str) -> std::io::Result<()> {
    open::that_detached(what)
}

#[cfg(test)]
mod tests {
    use super::*;

    const DESKTOP: Env = Env {
        tmux: false,
        display: true,
    };
    const SSH: Env = Env {
        tmux: true,
        display: false,
    };

    #[test]
    fn a_url_opens_on_a_desktop_and_is_copied_over_ssh() {
        let url = Target::Url("https://example.org/a".into());
        assert_eq!(
            plan(&url, DESKTOP),
            Plan::Open("https://example.org/a".into())
        );
        assert_eq!(plan(&url, SSH), Plan::Copy("https://example.org/a".into()));
        let file = Target::File("/news/a.txt".into());
        assert_eq!(plan(&file, DESKTOP), Plan::Open("/news/a.txt".into()));
        assert_eq!(plan(&file, SSH), Plan::Copy("/news/a.txt".into()));
        assert_eq!(plan(&Target::Nothing, DESKTOP), Plan::Nothing);
    }

    #[test]
    fn the_target_is_a_web_url_else_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "Title\n\nBody.\n").unwrap();
        let mut corpus = crate::pipeline::build(vec![crate::model::Document {
            id: "a.txt".into(),
            path: path.clone(),
            body: "Title\n\nBody.\n".into(),
            ..Default::default()
        }]);
        let file = Target::File(std::fs::canonicalize(&path).unwrap());
        assert_eq!(target(&corpus, 0), file);
        corpus.articles[0].meta.url = Some("HTTPS://example.org/x".into());
        assert_eq!(
            target(&corpus, 0),
            Target::Url("HTTPS://example.org/x".into())
        );
        for bad in ["javascript:alert(1)", "file:///etc/passwd", "https://a b"] {
            corpus.articles[0].meta.url = Some(bad.into());
            assert_eq!(target(&corpus, 0), file, "{bad}");
        }
        corpus.articles[0].path = dir.path().join("gone.txt");
        assert_eq!(target(&corpus, 0), Target::Nothing);
    }
}
