//! JSON articles as news scrapers write them: one object, an array of objects, or JSON Lines
//! (one object per line). Field names vary by scraper; the common ones are all accepted.

use crate::model::MetaHints;
use serde_json::Value;

/// One article record: body text and the metadata fields found beside it.
#[derive(Debug, Default, PartialEq)]
pub struct Record {
    pub text: String,
    pub hints: MetaHints,
}

const TITLE: &[&str] = &["title", "headline"];
const TEXT: &[&str] = &[
    "text",
    "body",
    "content",
    "maintext",
    "article",
    "full_text",
];
const DATE: &[&str] = &[
    "date",
    "published",
    "publish_date",
    "date_publish",
    "published_at",
    "pubDate",
];
const URL: &[&str] = &["url", "link"];
const OUTLET: &[&str] = &[
    "source",
    "outlet",
    "site_name",
    "source_domain",
    "publisher",
];
const AUTHOR: &[&str] = &["author", "authors", "byline"];

/// A record from one JSON value, or why it is not an article.
pub fn record(value: &Value) -> Result<Record, String> {
    let obj = value
        .as_object()
        .ok_or_else(|| format!("expected an object, found {}", kind(value)))?;
    let field = |names: &[&str]| -> Option<String> {
        names.iter().find_map(|n| obj.get(*n)).and_then(as_text)
    };
    let text = field(TEXT)
        .filter(|t| !t.trim().is_empty())
        .ok_or_else(|| format!("no article text (looked for {})", TEXT.join(", ")))?;
    Ok(Record {
        text,
        hints: MetaHints {
            title: field(TITLE),
            date: field(DATE),
            outlet: field(OUTLET),
            byline: field(AUTHOR),
            url: field(URL),
        },
    })
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// Strings as they are; arrays of strings (authors, paragraphs) joined; names inside
/// objects (`{"name": …}`) taken.
fn as_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Number(n) => Some(n.to_string()),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(as_text).collect();
            let joiner = if parts.iter().any(|p| p.len() > 80) {
                "\n\n"
            } else {
                ", "
            };
            Some(parts.join(joiner)).filter(|s| !s.is_empty())
        }
        Value::Object(o) => o.get("name").and_then(as_text),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn scraper_field_names() {
        let r = record(&json!({
            "headline": "H", "maintext": "Body text.", "date_publish": "2020-01-02 10:00:00",
            "source_domain": "example.com", "authors": ["A B", "C D"], "url": "https://x"
        }))
        .unwrap();
        assert_eq!(r.text, "Body text.");
        assert_eq!(r.hints.title.as_deref(), Some("H"));
        assert_eq!(r.hints.byline.as_deref(), Some("A B, C D"));
        assert_eq!(r.hints.outlet.as_deref(), Some("example.com"));
        assert_eq!(r.hints.date.as_deref(), Some("2020-01-02 10:00:00"));
    }

    #[test]
    fn records_without_text_are_explained() {
        assert!(record(&json!({"title": "x"}))
            .unwrap_err()
            .contains("no article text"));
        assert!(record(&json!([1])).unwrap_err().contains("an array"));
    }
}
