//! Exporting quotes with full citations: Markdown (a citable list grouped by speaker), CSV
//! (RFC 4180), JSON and JSON Lines (the JSON rows, one a line, each written as it is made).

use crate::model::{Corpus, QuoteKind, Speaker};
use serde::Serialize;
use std::io::Write;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Csv,
    Json,
    Jsonl,
}

/// One exported quote with everything needed to cite it.
#[derive(Debug, Serialize)]
pub struct Row<'a> {
    pub speaker: Option<&'a str>,
    pub role: Option<&'a str>,
    pub quote: String,
    pub kind: &'a str,
    pub title: &'a str,
    pub outlet: Option<&'a str>,
    pub date: Option<&'a str>,
    pub source: String,
    pub article: &'a str,
    pub start: u32,
    pub end: u32,
    /// The cue words ("said", "according to"), whitespace collapsed; last, so CSV columns
    /// before it keep their places.
    pub cue: Option<String>,
}

pub fn rows<'a>(corpus: &'a Corpus, quotes: &[u32]) -> Vec<Row<'a>> {
    quotes.iter().map(|&i| row(corpus, i)).collect()
}

/// The row of quote `i`.
pub fn row(corpus: &Corpus, i: u32) -> Row<'_> {
    let q = &corpus.quotes[i as usize];
    let a = &corpus.articles[q.article as usize];
    let role = match q.speaker {
        Speaker::Actor(id) => corpus.actors[id as usize].roles.first().map(String::as_str),
        _ => None,
    };
    Row {
        speaker: corpus.speaker_name(q),
        role,
        quote: corpus
            .quote_text(q)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
        kind: q.kind.as_str(),
        title: &a.title,
        outlet: a.meta.outlet.as_deref(),
        date: a.meta.date.as_deref(),
        source: super::cite::source_of(corpus, q.article as usize),
        article: &a.id,
        start: q.span.start,
        end: q.span.end,
        cue: corpus.cue_words(q),
    }
}

pub fn write(
    out: &mut impl Write,
    corpus: &Corpus,
    quotes: &[u32],
    format: Format,
) -> anyhow::Result<()> {
    match format {
        Format::Jsonl => {
            for &i in quotes {
                serde_json::to_writer(&mut *out, &row(corpus, i))?;
                out.write_all(b"\n")?;
            }
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &rows(corpus, quotes))?;
            writeln!(out)?;
        }
        Format::Csv => {
            let mut w = csv::Writer::from_writer(&mut *out);
            for &i in quotes {
                w.serialize(row(corpus, i))?;
            }
            w.flush()?;
        }
        Format::Markdown => {
            let rows = rows(corpus, quotes);
            let mut by_speaker: Vec<(&str, Vec<&Row>)> = Vec::new();
            for r in &rows {
                let who = r.speaker.unwrap_or("Unattributed");
                match by_speaker.iter_mut().find(|(s, _)| *s == who) {
                    Some((_, v)) => v.push(r),
                    None => by_speaker.push((who, vec![r])),
                }
            }
            by_speaker.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));
            for (who, rs) in by_speaker {
                writeln!(out, "## {}\n", md(who))?;
                for r in rs {
                    let role = r.role.map(|r| format!(" ({})", md(r))).unwrap_or_default();
                    let when: Vec<&str> = [r.outlet, r.date].into_iter().flatten().collect();
                    // Reported speech is not put in quotation marks: nobody said these words.
                    let quote = if r.kind == QuoteKind::Indirect.as_str() {
                        format!("{} (reported speech)", md(&r.quote))
                    } else {
                        format!("“{}”", md(&r.quote))
                    };
                    writeln!(
                        out,
                        "- {quote} — {}{role}, *{}*{}{} <{}>",
                        md(who),
                        md(r.title),
                        if when.is_empty() { "" } else { ", " },
                        md(&when.join(", ")),
                        r.source
                    )?;
                }
                writeln!(out)?;
            }
        }
    }
    Ok(())
}

/// Text made safe inside Markdown: control characters dropped, markup escaped.
fn md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().filter(|c| !c.is_control()) {
        if "\\`*_[]<>#|".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A quote and reported speech with its cue.
    fn corpus() -> Corpus {
        crate::pipeline::testing::with_reported(
            "\"We are ready,\" said Jane Holloway.\n\nHolloway told\nreporters the tunnel was finished.",
            "the tunnel was finished",
            "told\nreporters",
        )
    }

    fn export(format: Format) -> String {
        let c = corpus();
        let all: Vec<u32> = (0..c.quotes.len() as u32).collect();
        let mut out = Vec::new();
        write(&mut out, &c, &all, format).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn indirect_speech_is_exported_with_its_kind_and_cue() {
        let json: serde_json::Value = serde_json::from_str(&export(Format::Json)).unwrap();
        let reported = &json[1];
        assert_eq!(reported["kind"], "indirect");
        assert_eq!(reported["quote"], "the tunnel was finished");
        assert_eq!(reported["cue"], "told reporters", "whitespace collapsed");
        // The quoted words' cue is the rules' ("said", or none: then an empty CSV field).
        let said = json[0]["cue"].as_str().unwrap_or("");
        assert!(said.is_empty() || said == "said", "{said}");
        let csv = export(Format::Csv);
        let mut lines = csv.lines();
        assert!(lines.next().unwrap().ends_with(",end,cue"));
        assert!(lines.next().unwrap().ends_with(&format!(",{said}")));
        assert!(lines.next().unwrap().ends_with(",told reporters"));
        let md = export(Format::Markdown);
        assert!(
            md.contains("- the tunnel was finished (reported speech) — "),
            "{md}"
        );
        assert!(md.contains("- “We are ready,” — "), "{md}");
    }
}
