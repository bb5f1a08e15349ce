//! `hearsay text`: each article's text as the reader shows it, boilerplate left out
//! (`--all` keeps it, marked). The JSON fields are a contract (DEVELOPERS.md).

use super::args::TextArgs;
use super::output::terminal_safe;
use crate::model::Corpus;
use serde::Serialize;
use std::io::Write;

#[derive(Serialize)]
struct TextRow<'a> {
    id: &'a str,
    title: &'a str,
    /// The paragraphs that are not boilerplate, joined by blank lines.
    text: String,
    paragraphs: Vec<ParaRow<'a>>,
}

#[derive(Serialize)]
struct ParaRow<'a> {
    text: &'a str,
    boilerplate: bool,
}

pub fn text(out: &mut impl Write, corpus: &Corpus, args: &TextArgs) -> anyhow::Result<()> {
    let rows = corpus.articles.iter().enumerate().map(|(i, a)| {
        let body = corpus.body(i);
        let paragraphs: Vec<ParaRow> = a
            .paragraphs
            .iter()
            .filter(|p| args.all || !p.boilerplate)
            .map(|p| ParaRow {
                text: &body[p.span.range()],
                boilerplate: p.boilerplate,
            })
            .collect();
        let text = paragraphs
            .iter()
            .filter(|p| !p.boilerplate)
            .map(|p| p.text)
            .collect::<Vec<_>>()
            .join("\n\n");
        TextRow {
            id: &a.id,
            title: &a.title,
            text,
            paragraphs,
        }
    });
    if args.json {
        let rows: Vec<TextRow> = rows.collect();
        serde_json::to_writer_pretty(&mut *out, &rows)?;
        writeln!(out)?;
        return Ok(());
    }
    for (n, r) in rows.enumerate() {
        if n > 0 {
            writeln!(out)?;
        }
        writeln!(
            out,
            "== {} — {}",
            terminal_safe(r.id),
            terminal_safe(r.title)
        )?;
        for p in &r.paragraphs {
            let mark = if p.boilerplate { "[boilerplate] " } else { "" };
            writeln!(out, "\n{mark}{}", terminal_safe(p.text))?;
        }
    }
    Ok(())
}
