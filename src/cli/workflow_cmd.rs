//! `hearsay export` and `hearsay stats`.

use super::args::{ExportArgs, FormatArg};
use super::output::terminal_safe;
use crate::model::{Corpus, QuoteKind, Speaker};
use crate::search::fold::eq_folded;
use crate::workflow::{export, state, stats};
use std::io::Write;

pub fn export(out: &mut impl Write, corpus: &Corpus, args: &ExportArgs) -> anyhow::Result<()> {
    let starred = if args.starred {
        let (s, warning) = state::State::load(state::default_path());
        if let Some(w) = warning {
            eprintln!("hearsay: warning: {}", terminal_safe(&w.to_string()));
        }
        Some(s)
    } else {
        None
    };
    let wanted = args.speaker.as_deref();
    let quotes: Vec<u32> = (0..corpus.quotes.len() as u32)
        .filter(|&i| {
            let q = &corpus.quotes[i as usize];
            if q.kind == QuoteKind::Scare && !args.scare {
                return false;
            }
            if let Some(s) = &starred {
                if !s.is_starred(&state::star_key(corpus, q)) {
                    return false;
                }
            }
            match (&wanted, &q.speaker) {
                (None, _) => true,
                // Folded: case, diacritics and odd spaces do not count.
                (Some(w), Speaker::Actor(a)) => {
                    let actor = &corpus.actors[*a as usize];
                    eq_folded(&actor.name, w) || actor.aliases.iter().any(|x| eq_folded(x, w))
                }
                (Some(w), Speaker::Unnamed(d)) => eq_folded(d, w),
                (Some(_), Speaker::None) => false,
            }
        })
        .collect();
    let format = match args.format {
        FormatArg::Md => export::Format::Markdown,
        FormatArg::Csv => export::Format::Csv,
        FormatArg::Json => export::Format::Json,
        FormatArg::Jsonl => export::Format::Jsonl,
    };
    match &args.output {
        Some(path) => {
            // Written as it is made, into a temporary file renamed over FILE at the end.
            crate::cache::write_atomic(path, |w| {
                export::write(w, corpus, &quotes, format).map_err(std::io::Error::other)
            })
            .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            eprintln!(
                "hearsay: {} quotes written to {}",
                quotes.len(),
                path.display()
            );
        }
        None => export::write(out, corpus, &quotes, format)?,
    }
    Ok(())
}

pub fn stats(out: &mut impl Write, corpus: &Corpus, json: bool) -> anyhow::Result<()> {
    let s = stats::compute(corpus);
    if json {
        serde_json::to_writer_pretty(&mut *out, &s)?;
        writeln!(out)?;
        return Ok(());
    }
    writeln!(
        out,
        "{} articles, {} quotes ({} indirect)\n",
        s.articles,
        s.quotes,
        s.indirect()
    )?;
    let table = |out: &mut dyn Write, title: &str, rows: &[(String, u32)]| -> std::io::Result<()> {
        writeln!(out, "{title}")?;
        let max = rows.iter().map(|r| r.1).max().unwrap_or(1).max(1);
        for (name, n) in rows.iter().take(20) {
            let bar = "█".repeat(((*n as usize) * 30).div_ceil(max as usize));
            writeln!(out, "  {:<32} {n:>6} {bar}", super::output::cell(name, 32))?;
        }
        writeln!(out)
    };
    table(out, "Quotes per speaker", &s.quotes_per_speaker)?;
    table(out, "Quotes per outlet", &s.quotes_per_outlet)?;
    if !s.indirect_per_speaker.is_empty() {
        table(out, "Indirect speech per speaker", &s.indirect_per_speaker)?;
    }
    table(out, "Articles per day", &s.articles_per_day)?;
    Ok(())
}
