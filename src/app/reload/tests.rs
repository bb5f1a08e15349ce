//! Reloads applied to the state: no terminal, no files (corpora built in memory).

use super::*;
use crate::app::{Event, Pane};
use crate::model::Document;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn article(name: &str, quote: &str) -> Document {
    let mut doc = Document::plain(
        name,
        &format!(
            "{name} headline\n\nThe minister, Jane Holloway, spoke on Monday.\n\n\
             \"{quote},\" Holloway said.\n\n\
             Another paragraph follows here.\n\nAnd one more to scroll by.\n\n\
             \"It is money well spent for every region,\" said Mark Osei, a union leader."
        ),
    );
    doc.path = PathBuf::from(name);
    doc
}

fn corpus(docs: &[(&str, &str)]) -> Arc<Corpus> {
    let docs = docs.iter().map(|(n, q)| article(n, q)).collect();
    Arc::new(crate::pipeline::build(docs))
}

fn app_on(docs: &[(&str, &str)]) -> App {
    let mut app = App::new(corpus(docs));
    app.handle(Event::Resize(120, 12));
    app
}

fn key(app: &mut App, code: KeyCode) {
    app.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

/// What a reload worker would send after `changed` files changed, from the app's corpus to
/// `new`.
fn reload(app: &mut App, new: Arc<Corpus>, warnings: Vec<(PathBuf, String)>, changed: &[&str]) {
    let changed: Vec<PathBuf> = changed.iter().map(PathBuf::from).collect();
    let old = app.corpus.clone();
    let event = event(&old, new, SharedPostings::default(), warnings, &changed);
    app.handle(event);
}

fn title(app: &App) -> &str {
    &app.corpus.articles[app.current.unwrap()].title
}

const ABC: [(&str, &str); 3] = [
    ("a.txt", "We will build the line"),
    ("b.txt", "The budget fails families"),
    ("c.txt", "Nobody should pay more"),
];

#[test]
fn a_diff_counts_new_changed_and_removed_articles() {
    let old = corpus(&ABC);
    let new = corpus(&[
        ("a.txt", "We will build the line"),
        ("b.txt", "The budget now helps families"),
        ("d.txt", "A new voice"),
    ]);
    let diff = Diff::between(&old, &new);
    assert_eq!((diff.new, diff.changed, diff.removed), (1, 1, 1));
    assert_eq!(diff.moved, [Some(0), Some(1), None]);
    assert_eq!(
        diff.summary().as_deref(),
        Some("+1 new, 1 changed, 1 removed")
    );
    assert_eq!(Diff::between(&old, &old).summary(), None);
}

#[test]
fn a_reload_keeps_the_open_article_selection_and_scroll() {
    let mut app = app_on(&ABC);
    key(&mut app, KeyCode::Char('j'));
    assert_eq!(title(&app), "b.txt headline");
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Pane::Reader);
    key(&mut app, KeyCode::Char('j'));
    let scroll = app.reader_scroll;
    assert!(scroll > 0, "the reader scrolled");
    // A new article sorted before it moves every index by one; b itself is unchanged.
    let new = corpus(&[("0.txt", "First of all"), ABC[0], ABC[1], ABC[2]]);
    reload(&mut app, new, vec![], &["0.txt"]);
    assert_eq!(app.corpus.articles.len(), 4);
    assert_eq!(title(&app), "b.txt headline", "the same article stays open");
    assert_eq!(app.visible[app.list_selected], app.current.unwrap());
    assert_eq!(app.reader_scroll, scroll);
    assert_eq!(app.focus, Pane::Reader);
    assert_eq!(app.status.as_deref(), Some("+1 new"));
}

#[test]
fn a_changed_open_article_shows_its_new_text_and_keeps_its_marked_quote() {
    let mut app = app_on(&ABC);
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Char('n'));
    let marked = app.selected_quote.expect("a quote marked");
    let span = app.corpus.quotes[marked as usize].span;
    // Only the end of the article changes: the first quote keeps its place.
    let mut doc = article("b.txt", ABC[1].1);
    doc.body.push_str("\n\n\"A late addition,\" Osei said.");
    let docs = vec![article("a.txt", ABC[0].1), doc, article("c.txt", ABC[2].1)];
    reload(
        &mut app,
        Arc::new(crate::pipeline::build(docs)),
        vec![],
        &["b.txt"],
    );
    assert_eq!(title(&app), "b.txt headline");
    let body = app.corpus.body(app.current.unwrap());
    assert!(body.contains("A late addition"));
    let now = app.selected_quote.expect("still marked");
    assert_eq!(app.corpus.quotes[now as usize].span, span);
    assert_eq!(app.status.as_deref(), Some("1 changed"));
}

#[test]
fn a_removed_open_article_says_so_and_opens_its_neighbour() {
    let mut app = app_on(&ABC);
    key(&mut app, KeyCode::Char('j'));
    reload(&mut app, corpus(&[ABC[0], ABC[2]]), vec![], &["b.txt"]);
    assert_eq!(title(&app), "c.txt headline");
    let status = app.status.clone().unwrap();
    assert!(status.starts_with("1 removed"), "{status}");
    assert!(status.contains("the open article was removed: b.txt headline"));
}

#[test]
fn the_summary_goes_after_a_few_seconds() {
    let mut app = app_on(&ABC);
    reload(&mut app, corpus(&[ABC[0], ABC[1]]), vec![], &["c.txt"]);
    assert_eq!(app.status.as_deref(), Some("1 removed"));
    app.tick(Instant::now() + SUMMARY_FOR);
    assert_eq!(app.status, None);
}

#[test]
fn r_reloads_and_says_so_when_nothing_changed() {
    let mut app = app_on(&ABC);
    key(&mut app, KeyCode::Char('R'));
    let requests = app.take_requests();
    assert!(
        matches!(&requests[..], [Request::Reload(_, changed)] if changed.is_empty()),
        "{requests:?}"
    );
    let same = corpus(&ABC);
    reload(&mut app, same, vec![], &[]);
    assert_eq!(app.status.as_deref(), Some("reloaded: nothing changed"));
}

#[test]
fn changes_during_a_reload_start_another_after_it() {
    let mut app = app_on(&ABC);
    app.handle(Event::FolderChanged(vec!["a.txt".into()]));
    assert_eq!(app.take_requests().len(), 1);
    app.handle(Event::FolderChanged(vec!["b.txt".into()]));
    app.handle(Event::FolderChanged(vec!["c.txt".into()]));
    assert!(app.take_requests().is_empty(), "one reload at a time");
    reload(&mut app, corpus(&ABC), vec![], &["a.txt"]);
    match &app.take_requests()[..] {
        [Request::Reload(_, changed)] => {
            assert_eq!(changed, &[PathBuf::from("b.txt"), "c.txt".into()])
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn changes_during_the_first_load_reload_after_it() {
    let mut app = App::loading();
    app.handle(Event::FolderChanged(vec!["a.txt".into()]));
    assert!(app.take_requests().is_empty());
    app.handle(Event::Loaded(
        corpus(&ABC),
        SharedPostings::default(),
        vec![],
    ));
    assert!(matches!(&app.take_requests()[..], [Request::Reload(_, c)] if c.len() == 1));
}

#[test]
fn an_unreadable_file_is_read_again_once_when_quiet() {
    let mut app = app_on(&ABC);
    app.handle(Event::FolderChanged(vec!["d.json".into()]));
    app.take_requests();
    let warning = vec![("d.json".into(), "d.json: not valid JSON".to_string())];
    reload(&mut app, corpus(&ABC), warning.clone(), &["d.json"]);
    let due = app.next_deadline().expect("a retry is due");
    app.tick(due - Duration::from_millis(1));
    assert!(app.take_requests().is_empty(), "not before it is due");
    app.tick(due);
    match &app.take_requests()[..] {
        [Request::Reload(_, changed)] => assert_eq!(changed, &[PathBuf::from("d.json")]),
        other => panic!("{other:?}"),
    }
    // Still unreadable: not tried a third time until the file changes again.
    reload(&mut app, corpus(&ABC), warning.clone(), &["d.json"]);
    assert_eq!(app.retry_deadline(), None);
    app.handle(Event::FolderChanged(vec!["d.json".into()]));
    app.take_requests();
    reload(&mut app, corpus(&ABC), warning, &["d.json"]);
    assert!(
        app.retry_deadline().is_some(),
        "a new write earns a new retry"
    );
}

#[test]
fn an_open_search_is_run_again_on_the_new_corpus() {
    let mut app = app_on(&ABC);
    key(&mut app, KeyCode::Char('/'));
    for c in "budget".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    app.take_requests();
    let generation = app.search.as_ref().unwrap().generation;
    reload(&mut app, corpus(&ABC[..2]), vec![], &["c.txt"]);
    let requests = app.take_requests();
    assert!(
        matches!(&requests[..], [Request::Search(g, job)] if *g > generation && job.query == "budget"),
        "{requests:?}"
    );
}

#[test]
fn a_reload_keeps_the_list_in_the_order_chosen() {
    let mut app = app_on(&ABC);
    app.focus = Pane::Articles;
    key(&mut app, KeyCode::Char('T'));
    key(&mut app, KeyCode::Char('T'));
    assert_eq!(app.list_sort.label(), "title Z–A");
    assert_eq!(app.visible, [2, 1, 0]);
    let new = corpus(&[
        ("a.txt", "We will build the line"),
        ("b.txt", "The budget still fails families"),
        ("c.txt", "Nobody should pay more"),
        ("d.txt", "A new line for the north"),
    ]);
    reload(&mut app, new, Vec::new(), &["b.txt", "d.txt"]);
    assert_eq!(app.list_sort.label(), "title Z–A");
    assert_eq!(app.visible, [3, 2, 1, 0]);
}
