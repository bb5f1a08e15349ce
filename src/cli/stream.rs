//! `hearsay quotes --jsonl` over files: each article's quote rows are written as soon as
//! the article is read and extracted (`pipeline::stream`), so the first line comes out
//! after the first batch of files, not after the corpus, and memory holds a few batches
//! whatever the corpus's size. Rows are those of `quotes --json`, in its order; a speaker
//! named by a bare surname is resolved against the articles read so far
//! (`extract::actors::RunningNames`: the one case that can differ from `--json`).
//!
//! The pipeline's workers hand each article's lines over a bounded channel to the calling
//! thread, which holds stdout: a slow reader of the output slows the read, never fills
//! memory, and a closed pipe stops it.

use super::args::QuotesArgs;
use super::output::{terminal_safe, QuoteRow};
use crate::extract::actors::RunningNames;
use crate::extract::ArticleExtraction;
use crate::model::{Cue, Document, QuoteKind};
use crate::pipeline::{self, Options};
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::mpsc;

/// Articles' lines waiting for the output: bounds memory when the output is slow.
const WAITING: usize = 256;

/// Writes the quote rows of the files under `paths` as JSON Lines as they are read;
/// returns whether a PATH failed (exit status 2).
pub fn quotes(
    out: &mut impl Write,
    paths: &[PathBuf],
    options: &Options,
    args: &QuotesArgs,
) -> anyhow::Result<bool> {
    let kind: Option<QuoteKind> = args.kind.map(Into::into);
    let (tx, rx) = mpsc::sync_channel::<Vec<u8>>(WAITING);
    let (streamed, read, written) = std::thread::scope(|s| {
        let reader = s.spawn(move || {
            let mut names = RunningNames::default();
            pipeline::stream(paths, options, &|_| {}, &mut |doc, x| {
                let lines = article_lines(&mut names, doc, x, kind)?;
                if lines.is_empty() {
                    return Ok(());
                }
                tx.send(lines)
                    .map_err(|_| io::Error::from(io::ErrorKind::BrokenPipe))
            })
        });
        let mut written = Ok(());
        for lines in rx {
            written = out.write_all(&lines).and_then(|()| out.flush());
            if written.is_err() {
                break; // dropping the receiver stops the reader
            }
        }
        let (streamed, read) = reader.join().expect("the reading thread panicked");
        (streamed, read, written)
    });
    written?;
    // The reader's own error is only ever the closed channel, which `written` reports.
    drop(read);
    let mut err = io::stderr().lock();
    for w in &streamed.warnings {
        writeln!(err, "hearsay: warning: {}", terminal_safe(&w.to_string()))?;
    }
    for e in &streamed.errors {
        writeln!(err, "hearsay: {}", terminal_safe(&e.to_string()))?;
    }
    if streamed.articles == 0 {
        anyhow::bail!(
            "no articles found (looked for .txt .text .md .html .htm .json .jsonl .ndjson files)"
        );
    }
    Ok(!streamed.errors.is_empty())
}

/// One article's quote rows as JSON Lines, in the corpus's order (by start, the longer
/// of two quotes starting together first).
fn article_lines(
    names: &mut RunningNames,
    doc: &Document,
    x: &ArticleExtraction,
    kind: Option<QuoteKind>,
) -> io::Result<Vec<u8>> {
    let speakers = names.article(x);
    let mut order: Vec<&crate::extract::LocalQuote> = x
        .quotes
        .iter()
        .filter(|q| kind.is_none_or(|k| q.kind == k))
        .collect();
    order.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    let mut lines = Vec::new();
    for q in order {
        let row = QuoteRow {
            article: &doc.id,
            text: doc.body.get(q.span.range()).unwrap_or_default(),
            speaker: RunningNames::speaker(&speakers, &q.speaker),
            kind: q.kind,
            start: q.span.start,
            end: q.span.end,
            // Through `Cue` as the corpus keeps it (a cue too long to keep is none).
            cue: Cue::new(q.cue)
                .span()
                .and_then(|c| doc.body.get(c.range()))
                .map(|w| w.split_whitespace().collect::<Vec<_>>().join(" ")),
        };
        serde_json::to_writer(&mut lines, &row)?;
        lines.push(b'\n');
    }
    Ok(lines)
}
