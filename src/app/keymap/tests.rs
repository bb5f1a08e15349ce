use super::*;

fn ev(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, mods)
}

#[test]
fn vim_and_arrow_keys_both_move() {
    for k in [KeyCode::Char('j'), KeyCode::Down] {
        assert_eq!(
            action_for(&ev(k, KeyModifiers::NONE), Scope::List),
            Some(Action::Down)
        );
    }
    assert_eq!(
        action_for(
            &ev(KeyCode::Char('d'), KeyModifiers::CONTROL),
            Scope::Reader
        ),
        Some(Action::HalfPageDown)
    );
    assert_eq!(
        action_for(&ev(KeyCode::Char('G'), KeyModifiers::SHIFT), Scope::Reader),
        Some(Action::Bottom)
    );
}

#[test]
fn typing_in_search_is_not_a_command() {
    assert_eq!(
        action_for(&ev(KeyCode::Char('q'), KeyModifiers::NONE), Scope::Search),
        None
    );
    assert_eq!(
        action_for(
            &ev(KeyCode::Char('j'), KeyModifiers::CONTROL),
            Scope::Search
        ),
        Some(Action::Down)
    );
    assert_eq!(
        action_for(
            &ev(KeyCode::Char('c'), KeyModifiers::CONTROL),
            Scope::Search
        ),
        Some(Action::Quit)
    );
}

#[test]
fn every_binding_has_help_and_keys() {
    for b in BINDINGS {
        assert!(!b.keys.is_empty() && !b.help.is_empty(), "{:?}", b.action);
    }
    assert!(hints(Scope::Reader)
        .iter()
        .any(|(k, h)| k == "n" && *h == "next quote"));
}
