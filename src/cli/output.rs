//! What the subcommands print: aligned tables for people, JSON arrays for programs.
//! The JSON field names are a contract (DEVELOPERS.md); tests pin them.

use super::args::{ActorsArgs, QuotesArgs, SearchArgs};
use crate::model::{Actor, ActorType, Corpus, DateSource, Quote, QuoteKind};
use crate::search::{Among, Postings, Query, SearchIndex};
use serde::Serialize;
use std::borrow::Cow;
use std::io::Write;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

mod terminal;

pub(crate) use terminal::cell;
use terminal::is_one_plain_line;
pub use terminal::terminal_safe;

#[derive(Serialize)]
struct ArticleRow<'a> {
    id: &'a str,
    title: &'a str,
    date: Option<&'a str>,
    /// `meta`, `text` or `path`: where `date` was found (null with no date).
    date_source: Option<&'static str>,
    outlet: Option<&'a str>,
    byline: Option<&'a str>,
    dateline: Option<&'a str>,
    url: Option<&'a str>,
    words: u32,
    boilerplate: usize,
    quotes: u32,
}

/// How a listing is printed: a table for people, JSON for programs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Table,
    /// One pretty-printed JSON array (`--json`).
    Json,
    /// JSON Lines (`--jsonl`): one compact object a line, each written as it is made.
    Jsonl,
}

impl Form {
    pub fn of(json: bool, jsonl: bool) -> Form {
        match (json, jsonl) {
            (_, true) => Form::Jsonl,
            (true, false) => Form::Json,
            (false, false) => Form::Table,
        }
    }
}

/// Writes `rows` as one JSON array, or as JSON Lines (`lines`): the same objects, one a
/// line, each written as soon as it is made (nothing collected).
pub(crate) fn json_rows<T: Serialize>(
    out: &mut impl Write,
    rows: impl Iterator<Item = T>,
    lines: bool,
) -> anyhow::Result<()> {
    if lines {
        for row in rows {
            serde_json::to_writer(&mut *out, &row)?;
            out.write_all(b"\n")?;
        }
    } else {
        let rows: Vec<T> = rows.collect();
        serde_json::to_writer_pretty(&mut *out, &rows)?;
        writeln!(out)?;
    }
    Ok(())
}

pub fn articles(out: &mut impl Write, corpus: &Corpus, form: Form) -> anyhow::Result<()> {
    let rows = corpus.articles.iter().map(|a| ArticleRow {
        id: &a.id,
        title: &a.title,
        date: a.meta.date.as_deref(),
        date_source: a.meta.date_source.map(DateSource::as_str),
        outlet: a.meta.outlet.as_deref(),
        byline: a.meta.byline.as_deref(),
        dateline: a.meta.dateline.as_deref(),
        url: a.meta.url.as_deref(),
        words: a.words,
        boilerplate: a.boilerplate_lines(),
        quotes: a.quotes.end - a.quotes.start,
    });
    if form != Form::Table {
        return json_rows(out, rows, form == Form::Jsonl);
    }
    writeln!(
        out,
        "{} {} {} {} {:>6} {:>6}",
        cell("DATE", 10),
        cell("OUTLET", 18),
        cell("TITLE", 60),
        cell("ID", 30),
        "WORDS",
        "QUOTES"
    )?;
    for r in rows {
        writeln!(
            out,
            "{} {} {} {} {:>6} {:>6}",
            cell(r.date.unwrap_or("-"), 10),
            cell(r.outlet.unwrap_or("-"), 18),
            cell(r.title, 60),
            cell(r.id, 30),
            r.words,
            r.quotes
        )?;
    }
    Ok(())
}

#[derive(Serialize)]
pub(super) struct QuoteRow<'a> {
    pub article: &'a str,
    pub text: &'a str,
    pub speaker: Option<&'a str>,
    pub kind: QuoteKind,
    pub start: u32,
    pub end: u32,
    /// The cue words ("said", "according to"), whitespace collapsed; null without one.
    pub cue: Option<String>,
}

fn quote_row<'a>(corpus: &'a Corpus, q: &'a Quote) -> QuoteRow<'a> {
    QuoteRow {
        article: &corpus.articles[q.article as usize].id,
        text: corpus.quote_text(q),
        speaker: corpus.speaker_name(q),
        kind: q.kind,
        start: q.span.start,
        end: q.span.end,
        cue: corpus.cue_words(q),
    }
}

/// Does `name` name this quote's speaker (canonical name, alias, or description)?
fn speaker_matches(corpus: &Corpus, q: &Quote, name: &str) -> bool {
    // Folded: case, diacritics and odd spaces do not count (`erdogan` = `Erdoğan`).
    let eq = |s: &str| s.eq_ignore_ascii_case(name) || crate::search::fold::eq_folded(s, name);
    match &q.speaker {
        crate::model::Speaker::None => false,
        crate::model::Speaker::Unnamed(d) => eq(d),
        crate::model::Speaker::Actor(id) => {
            let a = &corpus.actors[*id as usize];
            eq(&a.name) || a.aliases.iter().any(|x| eq(x))
        }
    }
}

/// After every 16,384 lines written, lets go of the mapped text's pages: a listing of a
/// million quotes would otherwise end up holding the whole text in this process's memory
/// (page cache pages, but counted as its own), where one page per line is all it needs.
fn let_go_of_text_now_and_then(corpus: &Corpus, lines: usize) {
    if lines % 16_384 == 16_383 {
        corpus.text.release(0..corpus.text.len());
    }
}

fn write_quote_line(out: &mut impl Write, corpus: &Corpus, q: &Quote) -> std::io::Result<()> {
    let speaker = corpus.speaker_name(q).unwrap_or("(no speaker)");
    let quote = corpus.quote_text(q);
    // One line per quote: other whitespace becomes a space (most quotes have none, and
    // no control character either: they are written as they are).
    let text: Cow<str> = if is_one_plain_line(quote) {
        Cow::Borrowed(quote)
    } else {
        terminal_safe(quote)
            .chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect::<String>()
            .into()
    };
    // Pieces written as they are (this runs once per line of a million-quote listing).
    // Reported speech is not put in quotation marks: nobody said these words.
    let (open, close) = match q.kind {
        QuoteKind::Indirect => (" — ", " (reported speech) — "),
        _ => (" — “", "” — "),
    };
    out.write_all(terminal_safe(speaker).as_bytes())?;
    out.write_all(open.as_bytes())?;
    out.write_all(text.trim_end().as_bytes())?;
    out.write_all(close.as_bytes())?;
    out.write_all(terminal_safe(&corpus.articles[q.article as usize].id).as_bytes())?;
    out.write_all(b"\n")
}

pub fn quotes(out: &mut impl Write, corpus: &Corpus, args: &QuotesArgs) -> anyhow::Result<()> {
    let kind: Option<QuoteKind> = args.kind.map(Into::into);
    let selected = corpus.quotes.iter().filter(|q| {
        kind.is_none_or(|k| q.kind == k)
            && args
                .speaker
                .as_deref()
                .is_none_or(|name| speaker_matches(corpus, q, name))
    });
    if args.json || args.jsonl {
        let rows = selected.enumerate().map(|(n, q)| {
            let_go_of_text_now_and_then(corpus, n);
            quote_row(corpus, q)
        });
        json_rows(out, rows, args.jsonl)?;
    } else {
        for (n, q) in selected.enumerate() {
            write_quote_line(out, corpus, q)?;
            let_go_of_text_now_and_then(corpus, n);
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct ActorRow<'a> {
    name: &'a str,
    #[serde(rename = "type")]
    kind: ActorType,
    aliases: &'a [String],
    roles: &'a [String],
    mentions: u32,
    quotes: u32,
    articles: Vec<&'a str>,
}

pub fn actors(out: &mut impl Write, corpus: &Corpus, args: &ActorsArgs) -> anyhow::Result<()> {
    let want: Option<ActorType> = args.kind.map(Into::into);
    let mut list: Vec<&Actor> = corpus
        .actors
        .iter()
        .filter(|a| want.is_none_or(|t| a.actor_type() == t))
        .collect();
    list.sort_by(|a, b| {
        (b.quotes, b.mentions)
            .cmp(&(a.quotes, a.mentions))
            .then_with(|| a.name.cmp(&b.name))
    });
    if args.json || args.jsonl {
        let rows = list.iter().map(|a| ActorRow {
            name: &a.name,
            kind: a.actor_type(),
            aliases: &a.aliases,
            roles: &a.roles,
            mentions: a.mentions,
            quotes: a.quotes,
            articles: a
                .articles
                .iter()
                .map(|&i| corpus.articles[i as usize].id.as_str())
                .collect(),
        });
        return json_rows(out, rows, args.jsonl);
    }
    writeln!(
        out,
        "{} {} {:>6} {:>8} {:>8}  ALIASES",
        cell("NAME", 32),
        cell("TYPE", 6),
        "QUOTES",
        "MENTIONS",
        "ARTICLES"
    )?;
    for a in list {
        writeln!(
            out,
            "{} {} {:>6} {:>8} {:>8}  {}",
            cell(&a.name, 32),
            cell(a.actor_type().as_str(), 6),
            a.quotes,
            a.mentions,
            a.articles.len(),
            terminal_safe(&a.aliases.join(", "))
        )?;
    }
    Ok(())
}

#[derive(Serialize)]
struct SearchRow<'a> {
    score: i64,
    #[serde(flatten)]
    quote: QuoteRow<'a>,
    /// Where the quote comes from: its article's title, date and outlet.
    title: &'a str,
    date: Option<&'a str>,
    outlet: Option<&'a str>,
}

/// Prints the matches of `query`; returns whether there were any.
pub fn search(
    out: &mut impl Write,
    corpus: Arc<Corpus>,
    postings: Option<Arc<Postings>>,
    args: &SearchArgs,
    query: &Query,
) -> anyhow::Result<bool> {
    let mut phases = crate::trace::Phases::start();
    let starred = query.filters.starred.then(|| {
        let (s, warning) =
            crate::workflow::state::State::load(crate::workflow::state::default_path());
        if let Some(w) = warning {
            eprintln!("hearsay: warning: {}", terminal_safe(&w.to_string()));
        }
        s.starred_quotes(&corpus)
    });
    let index = SearchIndex::with_postings(corpus, postings);
    let limit = (args.limit > 0).then_some(args.limit);
    let among = Among {
        within: None,
        starred: starred.as_deref(),
    };
    let (hits, _) = index
        .search_query(query, &among, limit, &AtomicBool::new(false))
        .unwrap_or_default();
    phases.done("search");
    let corpus = index.corpus();
    if args.json || args.jsonl {
        let rows = hits.iter().map(|h| {
            let q = &corpus.quotes[h.quote as usize];
            let a = &corpus.articles[q.article as usize];
            SearchRow {
                score: h.score,
                quote: quote_row(corpus, q),
                title: &a.title,
                date: a.meta.date.as_deref(),
                outlet: a.meta.outlet.as_deref(),
            }
        });
        json_rows(out, rows, args.jsonl)?;
    } else {
        for (n, h) in hits.iter().enumerate() {
            write_quote_line(out, corpus, &corpus.quotes[h.quote as usize])?;
            let_go_of_text_now_and_then(corpus, n);
        }
    }
    out.flush()?;
    phases.done("output");
    let found = !hits.is_empty();
    // The index and corpus die with the process: freeing a million small allocations one
    // by one would only delay the exit.
    std::mem::forget(index);
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A corpus of one article holding `n` one-word quotes, its text in memory or mapped
    /// from a temporary file.
    fn many_quotes(n: usize, mapped: bool) -> Corpus {
        use crate::model::{Article, Meta, Paragraph, Span, Speaker, Text};
        let mut body = String::new();
        let mut quotes = Vec::new();
        for i in 0..n {
            body.push('“');
            let start = body.len();
            body.push_str(&format!("word{i}"));
            let span = Span::new(start, body.len());
            body.push_str("” said someone. ");
            let kind = QuoteKind::Scare;
            let (article, paragraph, speaker) = (0, 0, Speaker::None);
            quotes.push(Quote {
                article,
                span,
                kind,
                speaker,
                paragraph,
                cue: crate::model::Cue::NONE,
            });
        }
        let article = Article {
            id: "a.txt".into(),
            path: "a.txt".into(),
            record: None,
            text: 0..body.len(),
            title: String::new(),
            meta: Meta::default(),
            paragraphs: vec![Paragraph {
                span: Span::new(0, body.len()),
                boilerplate: false,
            }],
            words: 0,
            quotes: 0..n as u32,
            content_hash: 0,
        };
        let text = if mapped {
            Text::mapped_copy(body.as_bytes(), 0..body.len()).unwrap()
        } else {
            Text::from(body)
        };
        Corpus {
            text,
            articles: vec![article],
            quotes,
            actors: Vec::new(),
        }
    }

    /// Resident kilobytes of the mapping that holds `addr` (Linux's /proc/self/smaps).
    #[cfg(target_os = "linux")]
    fn mapping_rss_kb(addr: usize) -> u64 {
        let smaps = std::fs::read_to_string("/proc/self/smaps").unwrap();
        let mut inside = false;
        for line in smaps.lines() {
            let range = line.split_whitespace().next().unwrap_or("");
            if let Some((a, b)) = range.split_once('-').filter(|_| !line.ends_with(" kB")) {
                let (a, b) = (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16));
                inside = matches!((a, b), (Ok(a), Ok(b)) if a <= addr && addr < b);
            } else if inside && line.starts_with("Rss:") {
                return line.split_whitespace().nth(1).unwrap().parse().unwrap();
            }
        }
        panic!("no mapping holds {addr:#x}");
    }

    /// A listing longer than 16,384 lines lets go of the mapped text on the way (so it
    /// never holds the whole text), and writes every line as from text in memory.
    #[test]
    fn a_long_listing_lets_go_of_the_mapped_text() {
        let n = 50_000;
        let args = QuotesArgs {
            json: false,
            jsonl: false,
            speaker: None,
            kind: None,
            corpus: super::super::args::CorpusArgs {
                paths: Vec::new(),
                files_from: None,
                null: false,
            },
        };
        let listing = |corpus: &Corpus| {
            let mut out = Vec::new();
            quotes(&mut out, corpus, &args).unwrap();
            String::from_utf8(out).unwrap()
        };
        let mapped = many_quotes(n, true);
        let shown = listing(&mapped);
        assert_eq!(shown, listing(&many_quotes(n, false)));
        assert_eq!(shown.lines().count(), n);
        assert!(shown
            .lines()
            .last()
            .unwrap()
            .contains(&format!("“word{}”", n - 1)));
        #[cfg(target_os = "linux")]
        {
            // The last 1,232 lines' pages are back; the 48,768 before them were let go of.
            let whole_kb = (mapped.text.len() / 1024) as u64;
            let rss = mapping_rss_kb(mapped.text.as_ptr() as usize);
            assert!(rss * 4 < whole_kb, "{rss} kB of {whole_kb} kB resident");
        }
    }

    #[test]
    fn reported_speech_is_listed_without_quotation_marks() {
        let mut c = many_quotes(2, false);
        c.quotes[1].kind = QuoteKind::Indirect;
        let line = |q: &Quote| {
            let mut out = Vec::new();
            write_quote_line(&mut out, &c, q).unwrap();
            String::from_utf8(out).unwrap()
        };
        assert_eq!(line(&c.quotes[0]), "(no speaker) — “word0” — a.txt\n");
        assert_eq!(
            line(&c.quotes[1]),
            "(no speaker) — word1 (reported speech) — a.txt\n"
        );
    }
}
