//! Reported speech in the browser: shown by default, stepped through with `n`, hidden
//! and shown again with `i` (or hidden from the start by the config).

use super::*;

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
