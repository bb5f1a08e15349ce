//! The search box: typing sends requests (only the newest results count), a query that
//! cannot be read, the query history, and `is:starred`.

use super::*;

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
