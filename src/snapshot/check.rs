//! A snapshot's corpus checked before use: every range and index inside what it points
//! into, so that a damaged or forged file is an error, never a panic.

use super::invalid;
use crate::model::{Article, Corpus, Speaker};
use rayon::prelude::*;
use std::io;

/// Every range and index in `corpus` lies inside what it points into, on character
/// boundaries, so no later slice can panic. Without `article_details` the articles have
/// no paragraphs to check, and quotes' paragraph numbers are not used.
pub(super) fn corpus(c: &Corpus, article_details: bool) -> io::Result<()> {
    quote_ranges(c)?;
    let articles = c.articles.len() as u32;
    // In blocks, each block's text let go of once checked, to keep memory to what is used.
    const BLOCK: usize = 1024;
    let ok = c.articles.par_chunks(BLOCK).enumerate().all(|(b, block)| {
        let ok = block
            .iter()
            .enumerate()
            .all(|(i, a)| article_ok(c, b * BLOCK + i, a, article_details));
        if let (true, Some(first), Some(last)) = (ok, block.first(), block.last()) {
            c.text.release(first.text.start..last.text.end);
        }
        ok
    });
    if !ok {
        return Err(invalid("damaged article or quote"));
    }
    if c.actors
        .par_iter()
        .any(|a| a.articles.iter().any(|&i| i >= articles))
    {
        return Err(invalid("actor in a missing article"));
    }
    Ok(())
}

/// Quote ranges tile `quotes` in article order.
fn quote_ranges(c: &Corpus) -> io::Result<()> {
    let mut quotes_seen = 0u32;
    for a in &c.articles {
        if a.quotes.start != quotes_seen || a.quotes.end < a.quotes.start {
            return Err(invalid("quote ranges out of order"));
        }
        quotes_seen = a.quotes.end;
    }
    if quotes_seen as usize != c.quotes.len() {
        return Err(invalid("quotes without an article"));
    }
    Ok(())
}

/// Article `i`'s text range, its paragraphs' and quotes' spans, its quotes' article,
/// paragraph (with `article_details`) and speaker all lie inside what they point into.
fn article_ok(c: &Corpus, i: usize, a: &Article, article_details: bool) -> bool {
    let text: &str = &c.text;
    let actors = c.actors.len();
    let ok = a.text.start <= a.text.end
        && a.text.end <= text.len()
        && text.is_char_boundary(a.text.start)
        && text.is_char_boundary(a.text.end);
    if !ok {
        return false;
    }
    let body = &text[a.text.clone()];
    let span_ok = |s: crate::model::Span| {
        s.start <= s.end
            && (s.end as usize) <= body.len()
            && body.is_char_boundary(s.start as usize)
            && body.is_char_boundary(s.end as usize)
    };
    a.paragraphs.iter().all(|p| span_ok(p.span))
        && c.quotes[a.quotes.start as usize..a.quotes.end as usize]
            .iter()
            .all(|q| {
                q.article as usize == i
                    && span_ok(q.span)
                    && q.cue.span().is_none_or(span_ok)
                    && (!article_details || (q.paragraph as usize) < a.paragraphs.len())
                    && match q.speaker {
                        Speaker::Actor(id) => (id as usize) < actors,
                        _ => true,
                    }
            })
}
