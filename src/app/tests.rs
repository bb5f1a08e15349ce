//! State tests: actions in, state out; no terminal.

use super::*;
use crate::model::{Document, QuoteKind};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

mod indirect;
mod search;

fn corpus() -> Arc<Corpus> {
    let doc = Document::plain;
    Arc::new(crate::pipeline::build(vec![
        doc(
            "a.txt",
            "Rail plan approved\n\nThe transport minister, Jane Holloway, spoke on Monday.\n\n\
             \"We will build the line, and we will build it on time,\" Holloway said.\n\n\
             Critics called it a \"vanity project\" again.\n\n\
             \"It is money well spent for every region,\" said Mark Osei, a union leader.",
        ),
        doc(
            "b.txt",
            "Budget row deepens\n\nMark Osei criticised the budget on Tuesday.\n\n\
             \"This budget fails working families everywhere,\" Osei said.",
        ),
    ]))
}

fn app() -> App {
    let mut app = App::new(corpus());
    app.handle(Event::Resize(120, 40));
    app
}

fn key(app: &mut App, code: KeyCode) {
    app.handle(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

#[test]
fn starts_on_the_first_article() {
    let app = app();
    assert_eq!(app.current, Some(0));
    assert_eq!(app.focus, Pane::Articles);
    assert_eq!(app.visible, [0, 1]);
}

#[test]
fn moving_in_the_list_opens_articles_and_tab_cycles_focus() {
    let mut app = app();
    key(&mut app, KeyCode::Char('j'));
    assert_eq!(app.current, Some(1));
    key(&mut app, KeyCode::Down);
    assert_eq!(app.list_selected, 1, "clamped at the end");
    key(&mut app, KeyCode::Char('g'));
    assert_eq!(app.current, Some(0));
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Pane::Reader);
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.focus, Pane::Sidebar);
    key(&mut app, KeyCode::BackTab);
    assert_eq!(app.focus, Pane::Reader);
}

#[test]
fn n_and_shift_n_step_through_quotes_and_select_them_in_the_sidebar() {
    let mut app = app();
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Char('n'));
    let first = app.selected_quote.expect("a quote is marked");
    assert_eq!(
        app.corpus
            .quote_text(&app.corpus.quotes[first as usize])
            .split_whitespace()
            .next(),
        Some("We")
    );
    assert_eq!(
        app.sidebar_items()[app.sidebar_selected],
        SidebarItem::Quote(first)
    );
    assert!(app.status.as_deref().unwrap().contains("Jane Holloway"));
    key(&mut app, KeyCode::Char('n'));
    let second = app.selected_quote.unwrap();
    assert!(second > first);
    app.handle(Event::Key(KeyEvent::new(
        KeyCode::Char('N'),
        KeyModifiers::SHIFT,
    )));
    assert_eq!(app.selected_quote, Some(first));
}

#[test]
fn enter_on_an_actor_filters_and_esc_clears() {
    let mut app = app();
    app.focus = Pane::Sidebar;
    key(&mut app, KeyCode::Char('t'));
    assert_eq!(app.tab, Tab::Actors);
    let items = app.sidebar_items();
    let osei = items
        .iter()
        .position(|i| matches!(i, SidebarItem::Actor(a) if app.corpus.actors[*a as usize].name == "Mark Osei"))
        .expect("Mark Osei is an actor");
    app.sidebar_selected = osei;
    key(&mut app, KeyCode::Enter);
    let SidebarItem::Actor(a) = items[osei] else {
        unreachable!()
    };
    assert_eq!(app.actor_filter, Some(a));
    assert_eq!(app.visible, [0, 1]);
    assert!(app
        .sidebar_items()
        .iter()
        .all(|i| matches!(i, SidebarItem::Quote(q) if app.corpus.quotes[*q as usize].speaker == crate::model::Speaker::Actor(a))));
    // His two quotations, and whatever reported speech the rules give him besides.
    let his = |kind: Option<QuoteKind>| {
        (app.sidebar_items().iter())
            .filter(|i| matches!(i, SidebarItem::Quote(q) if kind.is_none_or(|k| app.corpus.quotes[*q as usize].kind == k)))
            .count()
    };
    assert_eq!(his(None) - his(Some(QuoteKind::Indirect)), 2);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.actor_filter, None);
}

#[test]
fn help_opens_and_scrolls_without_moving_the_list() {
    let mut app = app();
    key(&mut app, KeyCode::Char('?'));
    assert!(app.help);
    key(&mut app, KeyCode::Char('j'));
    assert!(app.help, "j scrolls the help (help::tests has the rest)");
    assert_eq!(app.current, Some(0), "and does nothing else");
    key(&mut app, KeyCode::Esc);
    assert!(!app.help);
}

#[test]
fn boilerplate_toggle_relayouts_and_resize_rewraps() {
    let mut app = app();
    let wide = app.layout.lines.len();
    app.handle(Event::Resize(40, 20));
    assert!(app.narrow());
    assert!(app.layout.lines.len() > wide, "narrower text, more lines");
    key(&mut app, KeyCode::Char('q'));
    assert!(app.should_quit);
}

#[test]
fn loading_progress_then_corpus() {
    let mut app = App::loading();
    assert!(app.corpus.articles.is_empty());
    app.handle(Event::Progress(LoadProgress {
        files_done: 1,
        files_total: 2,
        bytes_done: 10,
    }));
    assert_eq!(app.loading.unwrap().progress.files_done, 1);
    app.handle(Event::Loaded(
        corpus(),
        SharedPostings::default(),
        vec!["x.txt: bad".into()],
    ));
    assert!(app.loading.is_none());
    assert_eq!(app.current, Some(0));
    // One warning is shown whole (a file whose extraction failed names itself); more are
    // counted.
    assert_eq!(app.status.as_deref(), Some("warning: x.txt: bad"));
    let mut app = App::loading();
    let two = vec!["x.txt: bad".into(), "y.txt: bad".into()];
    app.handle(Event::Loaded(corpus(), SharedPostings::default(), two));
    assert_eq!(app.status.as_deref(), Some("2 warnings while loading"));
}

#[test]
fn a_warning_after_loading_is_kept_and_shown() {
    let mut app = App::loading();
    app.handle(Event::Loaded(corpus(), SharedPostings::default(), vec![]));
    assert!(app.status.is_none());
    app.handle(Event::Warning(
        "cache: could not write the corpus snapshot".into(),
    ));
    assert_eq!(app.warnings.len(), 1);
    assert!(app.status.as_deref().unwrap().contains("could not write"));
    assert_eq!(app.current, Some(0), "the corpus stays as it was");
}

#[test]
fn mouse_scroll_and_click() {
    let mut app = app();
    // Each article takes two lines: the third line is the second article.
    app.handle(Event::Click(Pane::Articles, 2));
    assert_eq!(app.current, Some(1));
    app.handle(Event::Scroll(Pane::Reader, 3));
    assert_eq!(app.focus, Pane::Reader);
}

#[test]
fn copy_star_and_starred_tab() {
    let mut app = app();
    key(&mut app, KeyCode::Char('y'));
    assert!(
        app.take_requests().is_empty(),
        "nothing marked, nothing copied"
    );
    assert!(app.status.as_deref().unwrap().contains("mark a quote"));
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Char('y'));
    let reqs = app.take_requests();
    assert_eq!(
        reqs,
        [Request::Clipboard("“We will build the line, and we will build it on time,” — Jane Holloway (transport minister)".into())]
    );
    key(&mut app, KeyCode::Char('s'));
    assert_eq!(app.take_requests(), [Request::SaveState]);
    app.handle(Event::Key(KeyEvent::new(
        KeyCode::Char('S'),
        KeyModifiers::SHIFT,
    )));
    assert_eq!(app.tab, Tab::Starred);
    assert_eq!(
        *app.sidebar_items(),
        [SidebarItem::Quote(app.selected_quote.unwrap())]
    );
    key(&mut app, KeyCode::Char('s'));
    assert!(app.sidebar_items().is_empty(), "unstarred");
}

#[test]
fn read_marks_follow_opening_and_u_toggles() {
    let mut app = app();
    let h0 = app.corpus.articles[0].content_hash;
    let h1 = app.corpus.articles[1].content_hash;
    assert!(app.state.is_read(h0), "the open article is read");
    assert!(!app.state.is_read(h1));
    key(&mut app, KeyCode::Char('u'));
    assert!(!app.state.is_read(h0));
    key(&mut app, KeyCode::Char('j'));
    assert!(app.state.is_read(h1));
}

/// In the browser, reprints arrive after the corpus (grouped on a worker): until then no
/// quote is in a group; a grouping of another corpus is ignored.
#[test]
fn reprints_arrive_after_the_corpus_and_only_for_it() {
    let doc = Document::plain;
    let quote = "\"We will not back down on this issue at all,\" said Jane Holloway.";
    let corpus = Arc::new(crate::pipeline::build(vec![
        doc("a.txt", &format!("Wire story\n\n{quote}")),
        doc("b.txt", &format!("Reprint\n\n{quote}")),
    ]));
    let mut app = App::new(Arc::new(crate::model::Corpus::default()));
    app.handle(Event::Loaded(
        corpus.clone(),
        SharedPostings::default(),
        vec![],
    ));
    assert!(
        app.reprints.groups.is_empty(),
        "not grouped on the UI thread"
    );
    app.corpus_quotes = true;
    assert_eq!(app.sidebar_items().len(), 2, "both listed until grouped");
    let grouped = crate::workflow::group::Reprints::of(&corpus);
    assert_eq!(grouped.groups.len(), 1);
    let other = Arc::new(crate::pipeline::build(vec![doc("c.txt", quote)]));
    app.handle(Event::Reprints(other, grouped.clone()));
    assert!(app.reprints.groups.is_empty(), "another corpus's grouping");
    assert_eq!(app.sidebar_items().len(), 2);
    app.handle(Event::Reprints(corpus, grouped.clone()));
    assert_eq!(app.reprints, grouped);
    assert_eq!(
        app.sidebar_items().len(),
        1,
        "the rows are made again: listed once"
    );
}

#[test]
fn the_same_quote_in_two_articles_is_listed_once_and_o_cycles() {
    let doc = Document::plain;
    let corpus = Arc::new(crate::pipeline::build(vec![
        doc("a.txt", "Wire story\n\n\"We will not back down on this issue at all,\" said Jane Holloway."),
        doc("b.txt", "Reprint\n\nA new intro line here.\n\n\"We will not back down on this issue at all,\" said Jane Holloway."),
    ]));
    let mut app = App::new(corpus);
    app.handle(Event::Resize(120, 40));
    assert_eq!(app.reprints.groups.len(), 1);
    app.focus = Pane::Sidebar;
    key(&mut app, KeyCode::Char('a'));
    assert_eq!(app.sidebar_items().len(), 1, "listed once corpus-wide");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.current, Some(0));
    assert!(
        app.status.as_deref().unwrap().contains("also in: Reprint"),
        "{:?}",
        app.status
    );
    key(&mut app, KeyCode::Char('o'));
    assert_eq!(app.current, Some(1));
    assert!(app.status.as_deref().unwrap().contains("2 articles"));
    key(&mut app, KeyCode::Char('o'));
    assert_eq!(app.current, Some(0));
}

#[test]
fn configured_keys_replace_defaults() {
    let mut app = app();
    let mut settings = crate::ui::Settings::default();
    settings
        .config
        .keys
        .insert("next_quote".into(), vec!["F5".into()]);
    settings.config.ui.hide_scare = true;
    crate::ui::configure(&mut app, &settings);
    assert!(app.hide_scare);
    app.focus = Pane::Reader;
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(app.selected_quote, None);
    key(&mut app, KeyCode::F(5));
    assert!(app.selected_quote.is_some());
}

/// Works, products and events are kept out of the Actors tab until `w` asks for them.
#[test]
fn the_actors_tab_shows_things_only_when_asked() {
    let doc = Document::plain;
    let corpus = Arc::new(crate::pipeline::build(vec![doc(
        "c.txt",
        "Film news\n\nThe director Ana Ruiz spoke warmly about her work at the Kelso Film Festival on Friday.\n\n\
         \"We made it for the fans,\" Ruiz said of the film Quiet Harbour Nights.",
    )]));
    let mut app = App::new(corpus);
    app.handle(Event::Resize(120, 40));
    app.focus = Pane::Sidebar;
    key(&mut app, KeyCode::Char('t'));
    let names = |app: &App| -> Vec<String> {
        app.sidebar_items()
            .iter()
            .filter_map(|i| match i {
                SidebarItem::Actor(a) => Some(app.corpus.actors[*a as usize].name.clone()),
                SidebarItem::Quote(_) => None,
            })
            .collect()
    };
    let people = names(&app);
    assert!(people.contains(&"Ana Ruiz".to_string()), "{people:?}");
    assert!(
        !people
            .iter()
            .any(|n| n.contains("Festival") || n.contains("Harbour")),
        "{people:?}"
    );
    key(&mut app, KeyCode::Char('w'));
    assert!(app.show_things);
    let all = names(&app);
    assert!(all.contains(&"Kelso Film Festival".to_string()), "{all:?}");
    assert!(all.contains(&"Quiet Harbour Nights".to_string()), "{all:?}");
}
