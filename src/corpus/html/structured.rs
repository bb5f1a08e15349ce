//! What a page states about its article in structured data: JSON-LD (`NewsArticle`,
//! `Article`, `BlogPosting` ..., also inside `@graph` arrays and lists) and, as a last
//! resort, Next.js's `__NEXT_DATA__` (the longest `articleBody`/`body` string in it).

use scraper::{Html, Selector};
use serde_json::Value;

/// The article as JSON-LD (or page data) gives it. Fields are raw text as found.
#[derive(Debug, Default, PartialEq)]
pub struct Structured {
    pub body: Option<String>,
    pub headline: Option<String>,
    pub date: Option<String>,
    pub author: Option<String>,
    pub publisher: Option<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "SocialMediaPosting",
    "LiveBlogPosting",
    "ScholarlyArticle",
    "TechArticle",
    "Report",
];

fn is_article(v: &Value) -> bool {
    let ty = |t: &Value| t.as_str().is_some_and(|s| ARTICLE_TYPES.contains(&s));
    match v.get("@type") {
        Some(Value::Array(ts)) => ts.iter().any(ty),
        Some(t) => ty(t),
        None => false,
    }
}

/// Article objects in one JSON-LD value: the value itself, list items, `@graph` members.
fn articles<'a>(v: &'a Value, out: &mut Vec<&'a Value>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| articles(i, out, depth + 1)),
        Value::Object(map) => {
            if is_article(v) {
                out.push(v);
            }
            if let Some(g) = map.get("@graph") {
                articles(g, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn text(v: Option<&Value>) -> Option<String> {
    let s = match v? {
        Value::String(s) => s.clone(),
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(|i| text(Some(i))).collect();
            if names.is_empty() {
                return None;
            }
            names.join(", ")
        }
        o @ Value::Object(_) => return text(o.get("name")),
        _ => return None,
    };
    let s = s.trim().to_string();
    (!s.is_empty()).then_some(s)
}

/// The page's structured article: the JSON-LD article object with the longest body (or
/// the first one), else page data with an article body.
pub fn find(doc: &Html) -> Structured {
    let sel = Selector::parse("script[type=\"application/ld+json\"]").expect("static selector");
    let values: Vec<Value> = doc
        .select(&sel)
        .filter_map(|s| serde_json::from_str(&s.text().collect::<String>()).ok())
        .collect();
    let mut found = Vec::new();
    for v in &values {
        articles(v, &mut found, 0);
    }
    let best = found
        .iter()
        .max_by_key(|a| text(a.get("articleBody")).map_or(0, |b| b.len()));
    let mut s = best.map_or_else(Structured::default, |a| Structured {
        body: text(a.get("articleBody")),
        headline: text(a.get("headline")),
        date: text(a.get("datePublished")),
        author: text(a.get("author")),
        publisher: text(a.get("publisher")),
    });
    if s.body.is_none() {
        s.body = next_data(doc);
    }
    s
}

/// The longest `articleBody` or `body` string in Next.js's page data (`__NEXT_DATA__`).
fn next_data(doc: &Html) -> Option<String> {
    let sel = Selector::parse("script#__NEXT_DATA__").expect("static selector");
    let v: Value =
        serde_json::from_str(&doc.select(&sel).next()?.text().collect::<String>()).ok()?;
    let mut best: Option<&str> = None;
    let mut stack = vec![(&v, 0usize)];
    while let Some((v, depth)) = stack.pop() {
        match v {
            Value::Object(map) if depth < 64 => {
                for (k, x) in map {
                    match x {
                        Value::String(s)
                            if matches!(k.as_str(), "articleBody" | "body")
                                && !s.trim_start().starts_with('<')
                                && best.is_none_or(|b| s.len() > b.len()) =>
                        {
                            best = Some(s)
                        }
                        _ => stack.push((x, depth + 1)),
                    }
                }
            }
            Value::Array(items) if depth < 64 => stack.extend(items.iter().map(|i| (i, depth + 1))),
            _ => {}
        }
    }
    best.map(str::to_string)
}
