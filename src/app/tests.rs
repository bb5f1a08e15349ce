//! State tests: actions in, state out; no terminal.

use super::*;
use crate::model::{Document, QuoteKind};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

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
fn search_typing_sends_requests_and_only_the_newest_results_count() {
    let mut app = app();
    key(&mut app, KeyCode::Char('/'));
    assert_eq!(app.scope(), Scope::Search);
    for c in "budget".chars() {
        key(&mut app, KeyCode::Char(c));
    }
    let reqs = app.take_requests();
    assert_eq!(reqs.len(), 6);
    let job = workers::Job {
        query: "budget".into(),
        starred: None,
    };
    assert_eq!(reqs.last(), Some(&Request::Search(6, job)));
    // 'q' typed into the query does not quit.
    assert!(!app.should_quit);
    let hit = |q| crate::search::Hit { quote: q, score: 1 };
    app.handle(Event::SearchResults(3, vec![hit(0)]));
    assert!(
        app.search.as_ref().unwrap().hits.is_empty(),
        "stale results dropped"
    );
    let budget_quote = (0..app.corpus.quotes.len() as u32)
        .find(|&q| {
            app.corpus
                .quote_text(&app.corpus.quotes[q as usize])
                .contains("budget")
        })
        .unwrap();
    app.handle(Event::SearchResults(6, vec![hit(budget_quote)]));
    key(&mut app, KeyCode::Enter);
    assert!(app.search.is_none());
    assert_eq!(app.current, Some(1));
    assert_eq!(app.selected_quote, Some(budget_quote));
    assert_eq!(app.focus, Pane::Reader);
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

/// An article with quoted words, reported speech by the same speaker (added by hand: the
/// extraction rules do not find it yet) and a scare quote, in that order.
fn with_indirect() -> App {
    let body = "Rail plan approved\n\n\
                \"We will build the line, and we will build it on time,\" Jane Holloway said.\n\n\
                Holloway said the first trains would run in 2030.\n\n\
                Critics called it a \"vanity project\" again.";
    let corpus =
        crate::pipeline::testing::with_reported(body, "the first trains would run in 2030", "said");
    let mut app = App::new(Arc::new(corpus));
    app.handle(Event::Resize(120, 40));
    app.focus = Pane::Reader;
    app
}

/// The quotes `n` marks, pressed `steps` times.
fn stepped(app: &mut App, steps: usize) -> Vec<u32> {
    (0..steps)
        .map(|_| {
            key(app, KeyCode::Char('n'));
            app.selected_quote.unwrap()
        })
        .collect()
}

#[test]
fn indirect_speech_is_shown_by_default_and_n_steps_through_it() {
    let mut app = with_indirect();
    assert!(!app.hide_indirect);
    // In body order: the quoted words, the reported speech, "vanity project" (whatever
    // kinds the rules give the other two).
    assert_eq!(app.corpus.quotes.len(), 3);
    assert_eq!(app.corpus.quotes[1].kind, QuoteKind::Indirect);
    assert_eq!(stepped(&mut app, 4), [0, 1, 2, 0]);
    app.handle(Event::Key(KeyEvent::new(
        KeyCode::Char('N'),
        KeyModifiers::SHIFT,
    )));
    assert_eq!(app.selected_quote, Some(2));
    key(&mut app, KeyCode::Char('N'));
    assert_eq!(app.selected_quote, Some(1));
    assert!(app.status.as_deref().unwrap().contains("Jane Holloway"));
    assert_eq!(
        app.sidebar_items()[app.sidebar_selected],
        SidebarItem::Quote(1)
    );
    assert_eq!(app.sidebar_items().len(), 3);
}

#[test]
fn i_hides_indirect_speech_everywhere_and_shows_it_again() {
    let mut app = with_indirect();
    stepped(&mut app, 2);
    let indirect = app.selected_quote.unwrap();
    assert_eq!(
        app.corpus.quotes[indirect as usize].kind,
        QuoteKind::Indirect
    );
    key(&mut app, KeyCode::Char('/'));
    app.handle(Event::SearchResults(
        app.search.as_ref().unwrap().generation,
        (0..3).map(|quote| Hit { quote, score: 1 }).collect(),
    ));
    assert_eq!(app.search.as_ref().unwrap().hits.len(), 3);
    key(&mut app, KeyCode::Esc);
    // From any pane: the key is global.
    app.focus = Pane::Articles;
    key(&mut app, KeyCode::Char('i'));
    assert!(app.hide_indirect);
    assert_eq!(app.status.as_deref(), Some("indirect speech hidden"));
    assert_eq!(
        app.selected_quote, None,
        "a hidden quote is not left marked"
    );
    assert!(!app.sidebar_items().contains(&SidebarItem::Quote(indirect)));
    assert_eq!(app.sidebar_items().len(), 2);
    app.focus = Pane::Reader;
    assert_eq!(stepped(&mut app, 3), [0, 2, 0]);
    // Search results leave it out while hidden.
    key(&mut app, KeyCode::Char('/'));
    app.handle(Event::SearchResults(
        app.search.as_ref().unwrap().generation,
        (0..3).map(|quote| Hit { quote, score: 1 }).collect(),
    ));
    let hits = &app.search.as_ref().unwrap().hits;
    assert_eq!(hits.len(), 2);
    assert!(hits.iter().all(|h| h.quote != indirect));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('i'));
    assert!(!app.hide_indirect);
    assert!(app.sidebar_items().contains(&SidebarItem::Quote(indirect)));
}

#[test]
fn hide_indirect_can_start_on_from_the_config() {
    let mut app = with_indirect();
    let mut settings = crate::ui::Settings::default();
    settings.config.ui.hide_indirect = true;
    crate::ui::configure(&mut app, &settings);
    assert!(app.hide_indirect);
    assert_eq!(app.sidebar_items().len(), 2);
}

fn ctrl(app: &mut App, c: char) {
    app.handle(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::CONTROL,
    )));
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn query(app: &App) -> &str {
    &app.search.as_ref().unwrap().query
}

#[test]
fn a_query_that_cannot_be_read_shows_its_error_and_is_not_sent() {
    let mut app = app();
    key(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "budget date:2020-13");
    let s = app.search.as_ref().unwrap();
    assert!(
        s.error.as_deref().unwrap().contains("date:2020-13"),
        "{s:?}"
    );
    assert!(!s.searching);
    let sent: Vec<String> = app
        .take_requests()
        .into_iter()
        .filter_map(|r| match r {
            Request::Search(_, job) => Some(job.query),
            _ => None,
        })
        .collect();
    // `date:2020-1` is no date either (months have two digits): the last sent was before.
    assert_eq!(sent.last().map(String::as_str), Some("budget date:2020"));
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    type_text(&mut app, "01");
    assert_eq!(app.search.as_ref().unwrap().error, None);
    assert!(
        matches!(app.take_requests().last(), Some(Request::Search(_, j)) if j.query == "budget date:2020-01")
    );
}

#[test]
fn history_comes_back_with_ctrl_p_and_ctrl_n_and_arrows_still_move() {
    let mut app = app();
    for q in ["budget", "@osei"] {
        key(&mut app, KeyCode::Char('/'));
        type_text(&mut app, q);
        key(&mut app, KeyCode::Esc);
    }
    assert_eq!(app.history.entries, ["budget", "@osei"]);
    key(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "rai");
    ctrl(&mut app, 'p');
    assert_eq!(query(&app), "@osei");
    ctrl(&mut app, 'p');
    assert_eq!(query(&app), "budget");
    ctrl(&mut app, 'n');
    ctrl(&mut app, 'n');
    assert_eq!(query(&app), "rai", "past the newest: what was typed");
    // Each recalled query is searched.
    assert!(matches!(app.take_requests().last(), Some(Request::Search(_, j)) if j.query == "rai"));
    let hit = |q| crate::search::Hit { quote: q, score: 1 };
    let generation = app.search.as_ref().unwrap().generation;
    app.handle(Event::SearchResults(generation, vec![hit(0), hit(1)]));
    key(&mut app, KeyCode::Down);
    assert_eq!(app.search.as_ref().unwrap().selected, 1);
    assert_eq!(
        query(&app),
        "rai",
        "Down moves through results, not history"
    );
}

#[test]
fn is_starred_sends_the_stars_of_now() {
    let mut app = app();
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Char('s'));
    app.take_requests();
    let starred = app.state.starred_quotes(&app.corpus);
    assert_eq!(starred.len(), 1, "one quote starred");
    key(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "is:starred");
    match app.take_requests().last() {
        Some(Request::Search(_, job)) => {
            assert_eq!(job.starred.as_deref(), Some(&starred));
        }
        other => panic!("{other:?}"),
    }
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
