//! What the browser draws, at 120×40 and 80×24, checked as text snapshots (insta) and, where
//! style carries meaning (quote highlighting, selection), by reading cell styles.

mod common;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use hearsay::app::{App, Event, Pane, SidebarItem};
use hearsay::model::Document;
use hearsay::pipeline;
use hearsay::search::SearchIndex;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;
use ratatui::Terminal;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

fn seeds() -> Arc<hearsay::model::Corpus> {
    let docs = common::seeds().into_iter().map(|(doc, _)| doc).collect();
    Arc::new(pipeline::build(docs))
}

fn app(w: u16, h: u16) -> App {
    let mut app = App::new(seeds());
    app.handle(Event::Resize(w, h));
    app
}

fn press(app: &mut App, code: KeyCode) {
    app.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

fn render(app: &App) -> Buffer {
    let (w, h) = app.size;
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| hearsay::ui::draw::draw(f, app)).unwrap();
    t.backend().buffer().clone()
}

fn text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        for x in 0..area.width {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn sizes() -> [(u16, u16); 2] {
    [(120, 40), (80, 24)]
}

#[test]
fn start_up() {
    for (w, h) in sizes() {
        let app = app(w, h);
        insta::assert_snapshot!(format!("start_up_{w}x{h}"), text(&render(&app)));
    }
}

#[test]
fn article_with_highlighted_quotes() {
    for (w, h) in sizes() {
        let mut app = app(w, h);
        press(&mut app, KeyCode::Tab);
        press(&mut app, KeyCode::Char('n'));
        let buf = render(&app);
        insta::assert_snapshot!(format!("article_quotes_{w}x{h}"), text(&buf));
        // The marked quote (the first of the article, whatever its kind) is drawn
        // reversed, other quotes bold.
        let marked = &app.corpus.quotes[app.selected_quote.unwrap() as usize];
        let initial = app
            .corpus
            .quote_text(marked)
            .chars()
            .next()
            .unwrap()
            .to_string();
        let cells: Vec<_> = buf.content().iter().collect();
        assert!(cells
            .iter()
            .any(|c| c.modifier.contains(Modifier::REVERSED) && c.symbol() == initial));
        assert!(cells.iter().any(
            |c| c.modifier.contains(Modifier::BOLD) && !c.modifier.contains(Modifier::REVERSED)
        ));
    }
}

#[test]
fn search_overlay_with_results() {
    for (w, h) in sizes() {
        let mut app = app(w, h);
        press(&mut app, KeyCode::Char('/'));
        for c in "cyberwar".chars() {
            press(&mut app, KeyCode::Char(c));
        }
        let index = SearchIndex::build(app.corpus.clone());
        let hits = index
            .search("cyberwar", Some(50), &AtomicBool::new(false))
            .unwrap();
        assert!(!hits.is_empty());
        let generation = app.search.as_ref().unwrap().generation;
        app.handle(Event::SearchResults(generation, hits));
        let buf = render(&app);
        insta::assert_snapshot!(format!("search_{w}x{h}"), text(&buf));
        assert!(text(&buf).contains("There is a cyberwar"));
    }
}

#[test]
fn actor_filter() {
    for (w, h) in sizes() {
        let mut app = app(w, h);
        app.focus = Pane::Sidebar;
        press(&mut app, KeyCode::Char('t'));
        let mulvaney = app
            .sidebar_items()
            .iter()
            .position(|i| matches!(i, SidebarItem::Actor(a) if app.corpus.actors[*a as usize].name == "Mick Mulvaney"))
            .unwrap();
        app.sidebar_selected = mulvaney;
        press(&mut app, KeyCode::Enter);
        let shown = text(&render(&app));
        insta::assert_snapshot!(format!("actor_filter_{w}x{h}"), shown);
        assert!(shown.contains("filter: Mick Mulvaney"));
    }
}

/// Articles with titles of 60 to 95 characters, two of them alike for 30 (text written for
/// this test).
fn long_titles() -> Arc<hearsay::model::Corpus> {
    let titles = [
        "Boris Johnson is accused of misleading the Queen over the suspension of Parliament",
        "Boris Johnson interview: the Brexit deal is done and the election will decide it",
        "Flooding closes the coast road between the two harbour towns for a third week",
        "City council approves the new tram line after a six-hour meeting and two walkouts",
        "Scientists report record low sea ice in the Arctic for the month of September",
    ];
    let docs = titles
        .iter()
        .enumerate()
        .map(|(i, t)| Document {
            id: format!("2020/2020-01-0{}_story.txt", i + 1),
            body: format!("{t}\n\n\"We will look at it,\" said Ann Lee.\n"),
            ..Document::default()
        })
        .collect();
    Arc::new(pipeline::build(docs))
}

/// The list pane's text, row by row (inside its borders).
fn list_lines(buf: &Buffer, app: &App) -> Vec<String> {
    let r = hearsay::ui::layout::panes(buf.area, app).articles.unwrap();
    (r.y + 1..r.y + r.height - 1)
        .map(|y| {
            (r.x + 1..r.x + r.width - 1)
                .map(|x| buf[(x, y)].symbol())
                .collect()
        })
        .collect()
}

/// How many of `title`'s first characters (spaces included) the list shows: its two lines
/// joined, the second without its date and count, compared with spaces left out (a line
/// break stands for one).
fn title_chars_shown(lines: &[String], title: &str) -> usize {
    let squeeze = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
    let same = lines
        .chunks_exact(2)
        .map(|pair| {
            let second = pair[1].split("  ").next().unwrap_or("");
            let shown = squeeze(&format!("{}{second}", pair[0]));
            let shown = shown.trim_end_matches('…');
            squeeze(title)
                .chars()
                .zip(shown.chars())
                .take_while(|(a, b)| a == b)
                .count()
        })
        .max()
        .unwrap_or(0);
    // Back to characters of the title: up to its `same`-th that is not a space.
    title
        .chars()
        .scan(0, |seen, c| {
            *seen += usize::from(!c.is_whitespace());
            Some(*seen)
        })
        .take_while(|&seen| seen <= same)
        .count()
}

#[test]
fn article_list_shows_long_titles() {
    let corpus = long_titles();
    for (w, h, at_least) in [(120, 40, 45), (200, 50, usize::MAX)] {
        let mut app = App::new(corpus.clone());
        app.handle(Event::Resize(w, h));
        let buf = render(&app);
        if w == 120 {
            insta::assert_snapshot!("article_list_120x40", text(&buf));
        }
        let lines = list_lines(&buf, &app);
        for a in &corpus.articles {
            let len = a.title.chars().count();
            let shown = title_chars_shown(&lines, &a.title);
            assert!(
                shown >= at_least.min(len),
                "{w}×{h}: {shown} characters of {:?}",
                a.title
            );
        }
    }
}

#[test]
fn help_overlay() {
    for (w, h) in sizes() {
        let mut app = app(w, h);
        press(&mut app, KeyCode::Char('?'));
        let shown = text(&render(&app));
        insta::assert_snapshot!(format!("help_{w}x{h}"), shown);
        assert!(shown.contains("Jump to the next quotation"));
    }
}

/// At 80×24 the help scrolls: page by page, every binding's keys and words are shown; the
/// last page ends with the query syntax; `/` filters it.
#[test]
fn help_overlay_scrolls_and_filters_at_80x24() {
    let mut app = app(80, 24);
    press(&mut app, KeyCode::Char('?'));
    let mut seen = String::new();
    for _ in 0..10 {
        seen.push_str(&text(&render(&app)));
        press(&mut app, KeyCode::PageDown);
    }
    for b in hearsay::app::keymap::BINDINGS {
        let keys: Vec<String> = b.keys.iter().map(hearsay::app::keymap::label).collect();
        let words: String = b.help.chars().take(25).collect();
        assert!(
            seen.contains(&format!("│{} ", keys.join(", "))) && seen.contains(&words),
            "{:?} never shown at 80×24",
            b.action
        );
    }
    press(&mut app, KeyCode::Char('G'));
    let bottom = text(&render(&app));
    insta::assert_snapshot!("help_80x24_scrolled", bottom);
    let last = hearsay::search::query::SYNTAX.last().unwrap().0;
    assert!(bottom.contains(last) && !bottom.contains("Show or hide this help"));
    press(&mut app, KeyCode::Char('/'));
    for c in "sort".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    let filtered = text(&render(&app));
    insta::assert_snapshot!("help_80x24_filtered", filtered);
    assert_eq!(filtered.matches("Sort articles by").count(), 3);
    assert!(filtered.contains("filter: sort"));
}

#[test]
fn stats_view_covers_the_panes() {
    for (w, h) in sizes() {
        let mut app = app(w, h);
        press(&mut app, KeyCode::Char('#'));
        let shown = text(&render(&app));
        insta::assert_snapshot!(format!("stats_{w}x{h}"), shown);
        assert!(shown.contains("Quotes per speaker"), "{shown}");
        // A speaker's bar and count show beside its name, and a name longer than half the
        // chart is cut (it once pushed the bars out and was drawn over the border).
        assert!(
            shown
                .lines()
                .any(|l| l.contains("Boris Johnson") && l.contains("5█")),
            "{shown}"
        );
        let long = shown.lines().find(|l| l.contains("A spokesman for"));
        assert!(long.is_some_and(|l| l.contains("… 1█")), "{shown}");
        // Each day's bar carries its month and day; the title gives the years.
        assert!(shown.contains("01-14 01-27 04-19"), "{shown}");
        assert!(shown.contains("2020-01-14 to 2021-04-19"), "{shown}");
        // Nothing of the panes under the overlay shows in its margin: they are not drawn.
        assert!(!shown.contains("Articles ("), "{shown}");
        assert!(!shown.lines().next().unwrap().contains('┌'), "{shown}");
    }
}

/// The status bar shows whole key hints, as many as fit beside the counts, never one cut
/// mid-word.
#[test]
fn the_status_bar_cuts_between_hints() {
    for w in [60, 70, 80, 95, 120] {
        let mut app = app(w, 24);
        press(&mut app, KeyCode::Enter);
        let shown = text(&render(&app));
        let status = shown.lines().last().unwrap();
        let left = status.split('│').next().unwrap().trim_end();
        let hints = app.keymap.hints(app.scope());
        let last_whole = hints
            .iter()
            .any(|(k, h)| left.ends_with(&format!("{k} {h}")));
        assert!(last_whole, "{w} columns: {status:?}");
    }
}

#[test]
fn a_terminal_too_small_says_so() {
    let app = app(30, 8);
    assert!(text(&render(&app)).contains("Terminal too small"));
}

#[test]
fn escape_sequences_in_article_text_never_reach_a_cell() {
    let doc = Document {
        id: "evil.txt".into(),
        body: hearsay::corpus::sanitize(
            "Title \u{1b}]0;pwned\u{7}here\n\n\"Quote \u{1b}[31mred\" she said.\u{9b}2J",
        ),
        ..Document::default()
    };
    let mut app = App::new(Arc::new(pipeline::build(vec![doc])));
    app.handle(Event::Resize(120, 40));
    let buf = render(&app);
    assert!(buf
        .content()
        .iter()
        .all(|c| !c.symbol().chars().any(char::is_control)));
    assert!(!text(&buf).contains("pwned"));
}

#[test]
fn no_color_keeps_selection_and_quotes_visible_without_colours() {
    hearsay::ui::theme::set_no_color(true);
    let mut app = app(120, 40);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Char('n'));
    let buf = render(&app);
    hearsay::ui::theme::set_no_color(false);
    let cells: Vec<_> = buf.content().iter().collect();
    assert!(
        cells.iter().all(|c| c.fg == ratatui::style::Color::Reset),
        "no colours"
    );
    assert!(
        cells
            .iter()
            .any(|c| c.modifier.contains(Modifier::REVERSED)),
        "selection visible"
    );
    assert!(
        cells.iter().any(|c| c.modifier.contains(Modifier::BOLD)),
        "quotes visible"
    );
}

/// The seeds with one sentence of reported speech marked by hand (the extraction rules do
/// not find indirect speech yet): "Andrew Parker, said he had “no reason to think” that …
/// with the U.S." — the partial quote inside it stays a quote of its own.
fn seeds_with_indirect() -> (Arc<hearsay::model::Corpus>, u32, u32) {
    use hearsay::extract::{extract_article, LocalQuote};
    use hearsay::model::{QuoteKind, Span};
    let docs = common::seeds().into_iter().map(|(doc, _)| doc).collect();
    let corpus = pipeline::build_with(docs, |body, analysis| {
        let mut x = extract_article(body, &analysis.paragraphs);
        // Only the hand-made reported speech, whatever the rules find.
        x.quotes.retain(|q| q.kind != QuoteKind::Indirect);
        let Some(cue) = body.find("said he had “no reason") else {
            return x;
        };
        let start = cue + "said ".len();
        let end = start + body[start..].find(" with the U.S.").unwrap() + " with the U.S".len();
        let partial = x
            .quotes
            .iter()
            .find(|q| q.span.start as usize > start)
            .unwrap();
        let quote = LocalQuote {
            span: Span::new(start, end),
            kind: QuoteKind::Indirect,
            speaker: partial.speaker.clone(),
            paragraph: partial.paragraph,
            cue: Some(Span::new(cue, cue + 4)),
        };
        x.quotes.push(quote);
        x
    });
    let find = |kind: QuoteKind, starts: &str| {
        let i = corpus
            .quotes
            .iter()
            .position(|q| q.kind == kind && corpus.quote_text(q).starts_with(starts));
        i.expect("the quote") as u32
    };
    let indirect = find(QuoteKind::Indirect, "he had “no reason");
    let partial = find(QuoteKind::Partial, "no reason to think");
    (Arc::new(corpus), indirect, partial)
}

/// The cells of the first `word` drawn in columns `xs`.
fn cells_of<'a>(
    buf: &'a Buffer,
    word: &str,
    xs: std::ops::Range<u16>,
) -> Vec<&'a ratatui::buffer::Cell> {
    let n = word.chars().count() as u16;
    for y in 0..buf.area.height {
        for x in xs.start..xs.end.saturating_sub(n) {
            let cells: Vec<_> = (x..x + n).map(|x| &buf[(x, y)]).collect();
            if cells.iter().map(|c| c.symbol()).collect::<String>() == word {
                return cells;
            }
        }
    }
    panic!("{word} is not drawn:\n{}", text(buf));
}

fn all_have(cells: &[&ratatui::buffer::Cell], on: Modifier, off: Modifier) -> bool {
    cells
        .iter()
        .all(|c| c.modifier.contains(on) && (c.modifier & off).is_empty())
}

/// Indirect speech is underlined in its speaker's colour (not bold, not reversed unless
/// marked), the partial quote inside it keeps its bold, the sidebar marks it `~`, and `i`
/// takes it out of the reader and the sidebar while the partial quote stays.
#[test]
fn indirect_speech_is_underlined_marked_and_toggled() {
    let (corpus, indirect, partial) = seeds_with_indirect();
    let mut app = App::new(corpus);
    app.handle(Event::Resize(120, 40));
    // The reader's columns at 120: right of the list (34 %), left of the sidebar (30 %).
    let reader = 40..84;
    let (u, b, r) = (Modifier::UNDERLINED, Modifier::BOLD, Modifier::REVERSED);
    app.jump_to_quote(indirect);
    let buf = render(&app);
    insta::assert_snapshot!("indirect_120x40", text(&buf));
    assert!(all_have(
        &cells_of(&buf, "threaten", reader.clone()),
        u | r,
        b
    ));
    assert!(all_have(
        &cells_of(&buf, "reason", reader.clone()),
        u | r | b,
        Modifier::empty()
    ));
    assert!(
        text(&buf).contains("│~ Andrew Par…: he had “no reason"),
        "{}",
        text(&buf)
    );
    // The partial quote marked: the reported speech around it is no longer reversed.
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(app.selected_quote, Some(partial));
    let buf = render(&app);
    assert!(all_have(
        &cells_of(&buf, "threaten", reader.clone()),
        u,
        b | r
    ));
    assert!(all_have(
        &cells_of(&buf, "reason", reader.clone()),
        u | r | b,
        Modifier::empty()
    ));
    press(&mut app, KeyCode::Char('i'));
    let buf = render(&app);
    assert!(all_have(
        &cells_of(&buf, "threaten", reader.clone()),
        Modifier::empty(),
        u | b | r
    ));
    assert!(all_have(&cells_of(&buf, "reason", reader), r | b, u));
    assert!(!text(&buf).contains("~ Andrew Park"), "{}", text(&buf));
    assert!(text(&buf).contains("indirect speech hidden"));
}
