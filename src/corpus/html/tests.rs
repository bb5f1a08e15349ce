//! Fixture pages written for these tests: the article kept, the page around it left out.

use super::parse;

#[test]
fn main_text_and_metadata() {
    let html = r#"<html><head><title>T</title>
        <meta property="og:title" content="The headline">
        <meta property="article:published_time" content="2020-01-27T10:00:00Z">
        <meta name="author" content="Jane Doe"><meta property="og:site_name" content="Daily Bugle">
        <script>var x = "no";</script><style>p{}</style></head>
        <body><nav>Home | News</nav><header>Site</header>
        <article><h1>The headline</h1><p>First <b>para</b>.</p><p>“Quote,” she said.</p>
        <aside>Related</aside><form>Sign up</form></article><footer>©</footer></body></html>"#;
    let (text, hints) = parse(html);
    assert_eq!(text, "The headline\n\nFirst para.\n\n“Quote,” she said.");
    assert_eq!(hints.title.as_deref(), Some("The headline"));
    assert_eq!(hints.date.as_deref(), Some("2020-01-27T10:00:00Z"));
    assert_eq!(hints.byline.as_deref(), Some("Jane Doe"));
    assert_eq!(hints.outlet.as_deref(), Some("Daily Bugle"));
}

#[test]
fn code_keeps_its_lines_and_link_lists_go() {
    let html = r#"<html><body><article>
        <p>A paragraph long enough to score as prose, with a comma, and another one.</p>
        <pre>x = 1
print(x)</pre>
        <p>Another paragraph long enough to score as prose, with commas, as before.</p>
        <ul class="list"><li><a href="/1">One linked headline</a></li><li><a href="/2">Another one</a></li></ul>
        </article></body></html>"#;
    let (text, _) = parse(html);
    assert!(text.contains("\n\nx = 1\n\nprint(x)\n\n"), "{text}");
    assert!(!text.contains("linked headline"), "{text}");
}

#[test]
fn deep_nesting_does_not_overflow() {
    let html = format!(
        "{}deep text{}",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    let (text, _) = parse(&html);
    assert!(text.contains("deep text"));
}

/// Paragraphs of prose, long enough to score: `n` of them, numbered.
fn prose(n: usize, what: &str) -> String {
    (1..=n)
        .map(|i| {
            format!(
                "<p>Paragraph {i} of the {what}, with a comma, another comma, and enough words to read as prose.</p>"
            )
        })
        .collect()
}

#[test]
fn a_form_wrapping_the_whole_page_is_kept_a_small_one_is_not() {
    let html = format!(
        r#"<html><body><form id="page"><div class="recipe">{}</div></form>
        <div><form class="box"><p>Get our recipes in your inbox every week, sign up below.</p>
        <input type="email"></form></div></body></html>"#,
        prose(4, "recipe")
    );
    let (text, _) = parse(&html);
    assert!(text.contains("Paragraph 4 of the recipe"), "{text}");
    assert!(!text.contains("inbox"), "{text}");
}

#[test]
fn a_section_lead_above_its_links_is_kept_the_links_are_not() {
    let html = format!(
        r#"<html><body><article>{}
        <div class="programs"><h2><a href="/p">Our programmes</a></h2>
        <p>Our work spans many different fields and partners, all of them working to the same end: a richer commons.</p>
        <ul><li><a href="/a">Arts and culture programme</a></li><li><a href="/b">Open science programme</a></li>
        <li><a href="/c">Education and schools programme</a></li></ul></div></article></body></html>"#,
        prose(3, "page")
    );
    let (text, _) = parse(&html);
    assert!(text.contains("Our work spans many"), "{text}");
    assert!(!text.contains("Arts and culture"), "{text}");
}

#[test]
fn a_page_built_of_widgets_keeps_its_prose() {
    // Every block of the story sits in an element named like furniture, none holding 40 %
    // of the page: pruning by name would leave nothing, so names are not trusted.
    let blocks: String = (1..=4)
        .map(|i| {
            format!(
                r#"<div class="page-widget">{}</div>"#,
                prose(1, &format!("part {i}"))
            )
        })
        .collect();
    let html = format!(
        r#"<html><body><div class="builder">{blocks}</div><footer>© The Owners</footer></body></html>"#
    );
    let (text, _) = parse(&html);
    assert!(text.contains("Paragraph 1 of the part 1"), "{text}");
    assert!(text.contains("Paragraph 1 of the part 4"), "{text}");
    assert!(!text.contains("Owners"), "{text}");
}

#[test]
fn the_headline_above_the_article_node_is_kept_a_site_heading_is_not() {
    let page = |h1: &str| {
        format!(
            r#"<html><head><title>Harbour plan approved after long debate | The Gazette</title></head>
            <body><header class="story-head"><h1>{h1}</h1></header>
            <div class="story">{}</div></body></html>"#,
            prose(3, "story")
        )
    };
    let (text, _) = parse(&page("Harbour plan approved after long debate"));
    assert!(
        text.starts_with("Harbour plan approved after long debate\n\nParagraph 1"),
        "{text}"
    );
    let (text, _) = parse(&page("Welcome to our website"));
    assert!(text.starts_with("Paragraph 1"), "{text}");
}

#[test]
fn citation_marks_are_left_out_superscripts_are_not() {
    let html = r##"<html><body><article>
        <p>The spell was first seen in the third book, and used again in the fifth.<sup class="reference"><a href="#n1">[10]</a></sup></p>
        <p>Water boils at 100 degrees, and a square of side 3 has an area of 3<sup>2</sup> units.</p>
        </article></body></html>"##;
    let (text, _) = parse(html);
    assert!(text.contains("used again in the fifth.\n\n"), "{text}");
    assert!(!text.contains("[10]"), "{text}");
    assert!(text.contains("area of 32 units"), "{text}");
}

#[test]
fn the_article_never_widens_to_the_page_wrapper_and_its_overlays() {
    // The page wrapper holds little more than the story, but its siblings are an
    // off-canvas menu repeating the site's notice.
    let html = format!(
        r#"<html><body><div class="viewport"><div class="main"><div class="story">{}</div>
        <p>Share</p></div></div>
        <div class="offcanvas"><p>All rights reserved by the Owners, a partnership of two local printing houses and a radio station.</p></div>
        </body></html>"#,
        prose(8, "story")
    );
    let (text, _) = parse(&html);
    assert!(text.contains("Paragraph 8 of the story"), "{text}");
    assert!(!text.contains("Owners"), "{text}");
}
