//! The command line: parse arguments, load the corpus, run a subcommand or the browser.
//!
//! Exit status (as ripgrep): 0 success, 2 an error (a PATH that cannot be read, no
//! articles, bad arguments, a search query that cannot be read), and for `search` 1 when
//! nothing matched. Warnings about single files go to stderr and do not fail.

mod args;
mod files_from;
mod output;
mod progress;
mod stream;
mod text_cmd;
mod workflow_cmd;

pub use args::{Cli, Command};

use crate::corpus::LoadProgress;
use crate::model::Corpus;
use crate::pipeline::{self, Loaded, Options, Source};
use crate::search::Postings;
use clap::Parser;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::Arc;

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
            // Not eprintln!, which panics when stderr is a terminal that has gone away.
            let _ = writeln!(io::stderr(), "hearsay: {e:#}");
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

/// A loaded corpus, shared with the thread writing its snapshot.
struct Ready {
    corpus: Arc<Corpus>,
    postings: Option<Arc<Postings>>,
}

/// Runs `work` on the loaded corpus while its snapshot (if one is due) is written on
/// another thread: the output does not wait for the cache. Always waits for the writer
/// before returning, so the process never exits in the middle of a write.
fn with_snapshot<T>(
    loaded: Loaded,
    work: impl FnOnce(&Ready) -> anyhow::Result<T>,
) -> anyhow::Result<T> {
    let ready = Ready {
        corpus: Arc::new(loaded.corpus),
        postings: loaded.postings,
    };
    let words = loaded.words;
    let (result, written) = std::thread::scope(|s| {
        let writer = loaded
            .pending
            .map(|p| s.spawn(|| p.write(&ready.corpus, ready.postings.as_deref(), words)));
        let result = work(&ready);
        (result, writer.map(|w| w.join()))
    });
    if let Some(Ok(Err(w))) = written {
        eprintln!(
            "hearsay: warning: {}",
            output::terminal_safe(&w.to_string())
        );
    }
    // Freed with the process: dropping a million small allocations would only delay exit.
    std::mem::forget(ready);
    result
}

/// The PATH arguments of the command (or of the browser).
fn corpus_args(cli: &Cli) -> Option<&args::CorpusArgs> {
    match &cli.command {
        None => Some(&cli.corpus),
        Some(Command::Articles(a)) => Some(&a.corpus),
        Some(Command::Quotes(q)) => Some(&q.corpus),
        Some(Command::Actors(a)) => Some(&a.corpus),
        Some(Command::Search(s)) => Some(&s.corpus),
        Some(Command::Export(e)) => Some(&e.corpus),
        Some(Command::Stats(s)) => Some(&s.corpus),
        Some(Command::Text(t)) => Some(&t.corpus),
        Some(Command::Completions { .. } | Command::Man | Command::Config { .. }) => None,
    }
}

/// Runs the command (or the browser); returns the exit status.
fn run(cli: Cli) -> anyhow::Result<i32> {
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let options = load_options(&cli);
    let load = |paths| load(paths, &options);
    let failed = match cli.command {
        None => return browse(&cli, options.clone()),
        Some(Command::Articles(a)) => {
            let (loaded, failed) = load(files_from::paths(&a.corpus)?)?;
            let form = output::Form::of(a.json, a.jsonl);
            with_snapshot(loaded, |l| output::articles(&mut out, &l.corpus, form))?;
            failed
        }
        Some(Command::Text(t)) => {
            let (loaded, failed) = load(files_from::paths(&t.corpus)?)?;
            with_snapshot(loaded, |l| text_cmd::text(&mut out, &l.corpus, &t))?;
            failed
        }
        Some(Command::Quotes(q)) => quotes(&mut out, &q, &options)?,
        Some(Command::Actors(a)) => {
            let (loaded, failed) = load(files_from::paths(&a.corpus)?)?;
            with_snapshot(loaded, |l| output::actors(&mut out, &l.corpus, &a))?;
            failed
        }
        Some(Command::Search(s)) => return search(&mut out, &s, &options),
        Some(Command::Export(e)) => {
            let (loaded, failed) = load(files_from::paths(&e.corpus)?)?;
            with_snapshot(loaded, |l| workflow_cmd::export(&mut out, &l.corpus, &e))?;
            failed
        }
        Some(Command::Stats(s)) => {
            let (loaded, failed) = load(files_from::paths(&s.corpus)?)?;
            with_snapshot(loaded, |l| workflow_cmd::stats(&mut out, &l.corpus, s.json))?;
            failed
        }
        Some(Command::Completions { shell }) => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(shell, &mut cmd, "hearsay", &mut out);
            false
        }
        Some(Command::Man) => {
            let cmd = <Cli as clap::CommandFactory>::command();
            clap_mangen::Man::new(cmd).render(&mut out)?;
            false
        }
        Some(Command::Config { default }) => {
            config(&mut out, default)?;
            false
        }
    };
    out.flush()?;
    Ok(if failed { 2 } else { 0 })
}

/// How the command loads its corpus.
fn load_options(cli: &Cli) -> Options {
    // The browser and `search` search; listings need no postings.
    let searches = matches!(cli.command, None | Some(Command::Search(_)));
    Options {
        cache_dir: if cli.no_cache {
            None
        } else {
            crate::cache::default_dir()
        },
        want_postings: searches,
        // These print quotes and actors with their articles' ids, titles, dates and
        // outlets, never paragraphs or the rest of the metadata.
        skip_article_details: matches!(
            cli.command,
            Some(Command::Search(_) | Command::Quotes(_) | Command::Actors(_))
        ),
        // The browser shows the corpus before its postings are built.
        defer_postings: cli.command.is_none(),
        // Listed files could share a file name: their ids are their paths as listed.
        ids_as_given: corpus_args(cli).is_some_and(|c| c.files_from.is_some()),
        defer_snapshot: true,
    }
}

/// The browser (no command), with its config and colours.
fn browse(cli: &Cli, options: Options) -> anyhow::Result<i32> {
    let config = crate::config::load(cli.config.as_deref())?;
    let no_color = match cli.color {
        args::ColorArg::Always => false,
        args::ColorArg::Never => true,
        args::ColorArg::Auto => std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
    };
    let watch = config.ui.watch && !cli.no_watch;
    let settings = crate::ui::Settings {
        config,
        no_color,
        watch,
    };
    let paths = files_from::paths(&cli.corpus)?;
    crate::ui::run(source(paths), options, settings)
}

/// `quotes`; returns whether a PATH failed.
fn quotes(out: &mut impl Write, q: &args::QuotesArgs, options: &Options) -> anyhow::Result<bool> {
    let paths = files_from::paths(&q.corpus)?;
    // JSON Lines of files are written as the files are read (a speaker filter needs every
    // actor's aliases: it waits for the corpus).
    if q.jsonl && q.speaker.is_none() && !paths.is_empty() {
        stream::quotes(out, &paths, options, q)
    } else {
        let (loaded, failed) = load(paths, options)?;
        with_snapshot(loaded, |l| output::quotes(out, &l.corpus, q))?;
        Ok(failed)
    }
}

/// `search`; returns the exit status: as fzf and ripgrep, 1 when nothing matched (unless a
/// PATH failed: 2).
fn search(out: &mut impl Write, s: &args::SearchArgs, options: &Options) -> anyhow::Result<i32> {
    // A query that cannot be read fails before any file is read.
    let query = match crate::search::Query::parse(&s.query) {
        Ok(q) => q,
        Err(e) => {
            eprintln!("hearsay: bad query {:?}: {e}", s.query);
            return Ok(2);
        }
    };
    let (loaded, failed) = load(files_from::paths(&s.corpus)?, options)?;
    let found = with_snapshot(loaded, |l| {
        output::search(out, l.corpus.clone(), l.postings.clone(), s, &query)
    })?;
    out.flush()?;
    Ok(match (found, failed) {
        (_, true) => 2,
        (false, false) => 1,
        (true, false) => 0,
    })
}

/// `config`: the config file's path and how to see every option, or (`--default`) every
/// option with its default.
fn config(out: &mut impl Write, default: bool) -> io::Result<()> {
    if default {
        write!(out, "{}", crate::config::default_text())
    } else {
        let path = crate::config::default_path();
        writeln!(
            out,
            "# {}",
            path.as_ref()
                .map_or("no config path (HOME unset)".into(), |p| p
                    .display()
                    .to_string())
        )?;
        writeln!(
            out,
            "# `hearsay config --default` prints every option with its default."
        )
    }
}
