//! HTML articles: the main text (the article node found by [`content`], without scripts,
//! navigation, sidebars, comments or link lists), paragraph breaks kept, and the metadata
//! pages state about themselves (JSON-LD first, then OpenGraph and meta tags).
//! When the visible markup holds less of the article than the page's structured data or
//! a `<noscript>` copy, that is read instead.

mod content;
mod lines;
mod names;
mod structured;

use crate::model::MetaHints;
use ego_tree::NodeId;
use names::BLOCKS;
use scraper::{Html, Node, Selector};
use std::collections::HashSet;

/// The body text (paragraphs separated by blank lines) and the page's metadata.
pub fn parse(source: &str) -> (String, MetaHints) {
    let doc = Html::parse_document(source);
    let ld = structured::find(&doc);
    let hints = MetaHints {
        title: ld
            .headline
            .clone()
            .or_else(|| meta(&doc, "og:title"))
            .or_else(|| first_text(&doc, "title"))
            .or_else(|| first_text(&doc, "h1")),
        date: ld
            .date
            .clone()
            .or_else(|| meta(&doc, "article:published_time"))
            .or_else(|| attr(&doc, "time[datetime]", "datetime"))
            .or_else(|| meta(&doc, "date")),
        outlet: ld.publisher.clone().or_else(|| meta(&doc, "og:site_name")),
        byline: ld
            .author
            .clone()
            .or_else(|| meta(&doc, "author"))
            .or_else(|| meta(&doc, "article:author")),
        url: meta(&doc, "og:url").or_else(|| attr(&doc, "link[rel=canonical]", "href")),
    };
    let mut text = visible_text(&doc);
    // The headline, when the article node starts below it (in a header of its own).
    if let Some(h) = headline(&doc, hints.title.as_deref()) {
        if !text.contains(h.as_str()) {
            text = if text.is_empty() {
                h
            } else {
                format!("{h}\n\n{text}")
            };
        }
    }
    // A `<noscript>` copy of the story (pages that build it with scripts): its markup is
    // kept as text by the parser, so it is parsed on its own.
    let sel = selector("noscript");
    for n in doc.select(&sel) {
        let inner: String = n.text().collect();
        if inner.len() > text.len() && inner.contains('<') {
            let copy = visible_text(&Html::parse_document(&inner));
            if words(&copy) > words(&text) * 2 {
                text = copy;
            }
        }
    }
    if let Some(body) = ld.body.as_deref() {
        // Structured data wins when the markup shows less than four fifths of it.
        if words(&text) * 5 < words(body) * 4 {
            text = paragraphs_of(body);
        }
    }
    (text, hints)
}

/// The page's first `<h1>`, when the page's title holds it (the article's headline, not a
/// site name or a section's heading).
fn headline(doc: &Html, title: Option<&str>) -> Option<String> {
    let h1 = first_text(doc, "h1")?;
    let title = title?.to_lowercase();
    (h1.len() <= 300 && h1.split_whitespace().count() >= 3 && title.contains(&h1.to_lowercase()))
        .then_some(h1)
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// A structured-data body as paragraphs: its own line breaks, else the text as one.
fn paragraphs_of(body: &str) -> String {
    let body = if body.contains('<') {
        let mut out = String::new();
        let frag = Html::parse_fragment(body);
        text_of(&frag, frag.root_element().id(), &HashSet::new(), &mut out);
        out
    } else {
        body.to_string()
    };
    body.lines()
        .map(clean)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The article's text in the page's markup.
fn visible_text(doc: &Html) -> String {
    let root = doc
        .select(&selector("body"))
        .next()
        .unwrap_or_else(|| doc.root_element());
    let mut out = String::new();
    let a = content::article(doc, root.id());
    for id in a.nodes {
        text_of(doc, id, &a.drop, &mut out);
    }
    out
}

fn selector(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

fn meta(doc: &Html, name: &str) -> Option<String> {
    let sel = selector(&format!("meta[property=\"{name}\"], meta[name=\"{name}\"]"));
    doc.select(&sel)
        .find_map(|e| e.value().attr("content"))
        .map(clean)
        .filter(|s| !s.is_empty())
}

fn attr(doc: &Html, sel: &str, name: &str) -> Option<String> {
    doc.select(&selector(sel))
        .find_map(|e| e.value().attr(name))
        .map(clean)
        .filter(|s| !s.is_empty())
}

fn first_text(doc: &Html, sel: &str) -> Option<String> {
    doc.select(&selector(sel))
        .map(|e| clean(&e.text().collect::<String>()))
        .find(|s| !s.is_empty())
}

fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Walks the tree without recursion (pages nested thousands deep must not overflow the stack).
/// Furniture (pruned elements, link lists) is left out.
fn text_of(doc: &Html, root: NodeId, drop: &HashSet<NodeId>, out: &mut String) {
    let mut line = String::new();
    // Where `<br>`s fell in `line`.
    let mut breaks: Vec<usize> = Vec::new();
    use lines::flush;
    // (node, entering?) pairs.
    let Some(root) = doc.tree.get(root) else {
        return;
    };
    let mut stack = vec![(root, true)];
    // Inside `<pre>`: each line of code is a paragraph of its own.
    let mut pre = 0usize;
    while let Some((node, entering)) = stack.pop() {
        match node.value() {
            Node::Text(t) if entering && pre > 0 => {
                let mut lines = t.split('\n');
                line.push_str(lines.next().unwrap_or_default());
                for l in lines {
                    flush(&mut line, &mut breaks, out);
                    line.push_str(l);
                }
            }
            Node::Text(t) if entering => line.push_str(t),
            Node::Element(e) => {
                if entering && (names::pruned(e) || drop.contains(&node.id())) {
                    continue;
                }
                if entering && e.name() == "sup" && citation_mark(node) {
                    continue;
                }
                if e.name() == "br" && pre == 0 {
                    breaks.push(line.len());
                    continue;
                }
                if BLOCKS.contains(&e.name()) {
                    flush(&mut line, &mut breaks, out);
                }
                if e.name() == "pre" {
                    pre = if entering {
                        pre + 1
                    } else {
                        pre.saturating_sub(1)
                    };
                }
                if entering {
                    stack.push((node, false));
                    let children: Vec<_> = node.children().collect();
                    for child in children.into_iter().rev() {
                        stack.push((child, true));
                    }
                }
            }
            _ => {}
        }
    }
    flush(&mut line, &mut breaks, out);
}

/// A reference mark set in superscript ("[10]", "[citation needed]"): not part of the
/// sentence it follows.
fn citation_mark(node: ego_tree::NodeRef<Node>) -> bool {
    let mut text = String::new();
    for t in node.descendants().filter_map(|n| n.value().as_text()) {
        text.push_str(t);
        if text.len() > 40 {
            return false;
        }
    }
    let t = text.trim();
    t.starts_with('[') && t.ends_with(']')
}

#[cfg(test)]
mod tests;
