//! What an element is by its tag, ARIA role, visibility and class/id words: furniture to
//! prune, a block that ends a paragraph, and the weights Readability gives names and tags.

use aho_corasick::AhoCorasick;
use scraper::node::Element;
use std::sync::OnceLock;

/// Elements whose text is never article text.
pub const SKIP: &[&str] = &[
    "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "svg", "button",
    "iframe", "select", "textarea", "input", "object", "embed", "canvas", "dialog", "menu",
];

/// Elements that end a paragraph.
pub const BLOCKS: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "br",
    "section",
    "article",
    "main",
    "tr",
    "pre",
    "dd",
    "dt",
    "hr",
    "table",
    "ul",
    "ol",
    "dl",
    "td",
    "th",
    "address",
    "center",
];

/// ARIA roles of page furniture.
const SKIP_ROLES: &[&str] = &[
    "navigation",
    "complementary",
    "menu",
    "menubar",
    "banner",
    "contentinfo",
    "dialog",
    "alert",
    "alertdialog",
    "search",
];

/// Class/id words of furniture: an element named so is pruned (unless also named like content).
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ad-break",
    "agegate",
    "banner",
    "breadcrumb",
    "combx",
    "comment",
    "community",
    "consent",
    "cookie",
    "cover-wrap",
    "disqus",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "newsletter",
    "outbrain",
    "pager",
    "pagination",
    "popular",
    "popup",
    "promo",
    "related",
    "remark",
    "replies",
    "rss",
    "share",
    "sharing",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "subscribe",
    "supplemental",
    "taboola",
    "trending",
    "more-stories",
    "recommend",
    "signup",
    "sign-up",
    "widget",
    "masthead",
    "author-bio",
    "authorbio",
    "about-author",
    "read-more",
    "readmore",
    "navbar",
    "subnav",
    "topbar",
    "toolbar",
    "ad-disclosure",
    "disclaimer",
    "author",
    "byline",
    "tag-list",
    "taglist",
    "post-tags",
    "jump-to",
    "most-read",
    "mostread",
];
/// Class/id words of content: save an element from [`UNLIKELY`].
const MAYBE: &[&str] = &[
    "article",
    "body",
    "column",
    "content",
    "main",
    "shadow",
    "story",
    "entry",
    "post-text",
    "post-body",
    "prose",
];
const POSITIVE: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
    "blog", "story", "prose",
];
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "foot",
    "footnote",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "tool",
    "widget",
    "byline",
    "author",
    "caption",
    "credit",
    "newsletter",
    "signup",
    "subscribe",
];

struct Words {
    unlikely: AhoCorasick,
    maybe: AhoCorasick,
    positive: AhoCorasick,
    negative: AhoCorasick,
}

fn words() -> &'static Words {
    static W: OnceLock<Words> = OnceLock::new();
    W.get_or_init(|| {
        let ac = |w: &[&str]| AhoCorasick::new(w).expect("static patterns");
        Words {
            unlikely: ac(UNLIKELY),
            maybe: ac(MAYBE),
            positive: ac(POSITIVE),
            negative: ac(NEGATIVE),
        }
    })
}

/// The element's class and id, lower-cased, space-separated.
fn names(e: &Element) -> String {
    let mut s = String::new();
    if let Some(c) = e.attr("class") {
        s.push_str(c);
    }
    if let Some(i) = e.attr("id") {
        s.push(' ');
        s.push_str(i);
    }
    s.to_ascii_lowercase()
}

fn hidden(e: &Element) -> bool {
    e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true")
}

/// Whether the element and its subtree are furniture by tag, role or visibility.
pub fn pruned(e: &Element) -> bool {
    SKIP.contains(&e.name()) || hidden(e) || e.attr("role").is_some_and(|r| SKIP_ROLES.contains(&r))
}

/// Whether the element is furniture by its name (class, id) or a form's tag: pruned unless
/// it holds much of the page's prose (a page builder's form wrapping the whole page).
pub fn named_unlikely(e: &Element, by_name: bool) -> bool {
    if e.name() == "form" {
        return true;
    }
    if !by_name || matches!(e.name(), "body" | "html" | "a" | "article" | "main") {
        return false;
    }
    let n = names(e);
    !n.is_empty() && {
        let w = words();
        w.unlikely.is_match(&n) && !w.maybe.is_match(&n)
    }
}

pub fn class_weight(e: &Element) -> f32 {
    let n = names(e);
    if n.is_empty() {
        return 0.0;
    }
    let w = words();
    let mut s = 0.0;
    if w.negative.is_match(&n) {
        s -= 25.0;
    }
    if w.positive.is_match(&n) {
        s += 25.0;
    }
    s
}

pub fn tag_bonus(name: &str) -> f32 {
    match name {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}
