//! The command line: parse arguments, load the corpus, run a subcommand or the browser.
//!
//! Exit status (as ripgrep): 0 success, 2 an error (a PATH that cannot be read, no
//! articles, bad arguments). Warnings about single files go to stderr and do not fail.

mod args;
mod output;
mod progress;

pub use args::{Cli, Command};

use crate::corpus::LoadProgress;
use crate::pipeline::{self, Loaded, Options, Source};
use clap::Parser;
use std::io::{self, Write};
use std::path::PathBuf;

/// Runs hearsay with the process arguments; returns the exit status.
pub fn main() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return 0;
            }
            eprintln!("hearsay: {e:#}");
            2
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
    })
}

fn source(paths: Vec<PathBuf>) -> Source {
    if paths.is_empty() {
        Source::Bundled
    } else {
        Source::Paths(paths)
    }
}

/// Loads the corpus, reporting warnings and PATH errors on stderr.
/// Returns the corpus and whether any PATH failed (exit status 2 after the output).
fn load(paths: Vec<PathBuf>, options: &Options) -> anyhow::Result<(Loaded, bool)> {
    let src = source(paths);
    let loaded = {
        let bar = progress::Bar::new();
        let loaded = pipeline::load_with(&src, options, &|p: LoadProgress| bar.update(p));
        bar.finish();
        loaded
    };
    let stderr = io::stderr();
    let mut err = stderr.lock();
    for w in &loaded.warnings {
        writeln!(
            err,
            "hearsay: warning: {}",
            output::terminal_safe(&w.to_string())
        )?;
    }
    for e in &loaded.errors {
        writeln!(err, "hearsay: {}", output::terminal_safe(&e.to_string()))?;
    }
    if loaded.corpus.articles.is_empty() {
        anyhow::bail!(
            "no articles found (looked for .txt .text .md .html .htm .json .jsonl .ndjson files)"
        );
    }
    let failed = !loaded.errors.is_empty();
    Ok((loaded, failed))
}

fn run(cli: Cli) -> anyhow::Result<i32> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let options = Options {
        cache_dir: if cli.no_cache {
            None
        } else {
            crate::cache::default_dir()
        },
    };
    let load = |paths| load(paths, &options);
    let failed = match cli.command {
        None => return crate::ui::run(source(cli.paths), options.clone()),
        Some(Command::Articles(a)) => {
            let (loaded, failed) = load(a.corpus.paths)?;
            output::articles(&mut out, &loaded.corpus, a.json)?;
            failed
        }
        Some(Command::Quotes(q)) => {
            let (loaded, failed) = load(q.corpus.paths.clone())?;
            output::quotes(&mut out, &loaded.corpus, &q)?;
            failed
        }
        Some(Command::Actors(a)) => {
            let (loaded, failed) = load(a.corpus.paths.clone())?;
            output::actors(&mut out, &loaded.corpus, &a)?;
            failed
        }
        Some(Command::Search(s)) => {
            let (loaded, failed) = load(s.corpus.paths.clone())?;
            output::search(&mut out, loaded.corpus, &s)?;
            failed
        }
    };
    out.flush()?;
    Ok(if failed { 2 } else { 0 })
}
