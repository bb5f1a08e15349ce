//! Time in the state: status messages that go by themselves, unreadable files read again
//! once quiet (`reload`). The event loop sleeps until
//! [`App::next_deadline`] and then calls [`App::tick`].

use super::App;
use std::time::{Duration, Instant};

/// How often the loading gauge (its rate and elapsed time) is redrawn when no progress
/// arrives.
const LOADING_REFRESH: Duration = Duration::from_millis(250);

impl App {
    /// Shows `message` in the status bar for `how_long`, or until another message.
    pub fn flash(&mut self, message: String, how_long: Duration) {
        self.status = Some(message.clone());
        self.flashed = Some((Instant::now() + how_long, message));
    }

    /// When the state next changes by itself, if it will: the event loop wakes then.
    pub fn next_deadline(&self) -> Option<Instant> {
        let flash = self.flashed.as_ref().map(|(until, _)| *until);
        let loading = self.loading.map(|_| Instant::now() + LOADING_REFRESH);
        flash
            .into_iter()
            .chain(loading)
            .chain(self.retry_deadline())
            .min()
    }

    /// Time is `now`: a flashed message that is due goes, unless another one has taken
    /// its place.
    pub fn tick(&mut self, now: Instant) {
        self.retry_if_due(now);
        let Some((until, message)) = &self.flashed else {
            return;
        };
        if self.status.as_ref() != Some(message) {
            self.flashed = None;
        } else if now >= *until {
            self.status = None;
            self.flashed = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::app::App;
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    #[test]
    fn a_flashed_message_goes_when_due_and_not_before() {
        let mut app = App::new(Arc::new(crate::model::Corpus::default()));
        assert_eq!(app.next_deadline(), None, "nothing to wake for");
        app.flash("+1 new".into(), Duration::from_secs(3));
        let due = app.next_deadline().expect("a deadline");
        app.tick(due - Duration::from_millis(1));
        assert_eq!(app.status.as_deref(), Some("+1 new"));
        app.tick(due);
        assert_eq!(app.status, None);
        assert_eq!(app.next_deadline(), None);
    }

    #[test]
    fn a_message_shown_since_stays() {
        let mut app = App::new(Arc::new(crate::model::Corpus::default()));
        app.flash("+1 new".into(), Duration::from_millis(1));
        app.status = Some("copied: …".into());
        app.tick(Instant::now() + Duration::from_secs(1));
        assert_eq!(app.status.as_deref(), Some("copied: …"));
        assert_eq!(app.next_deadline(), None);
    }

    #[test]
    fn a_load_wakes_the_loop_for_its_gauge() {
        let app = App::loading();
        assert!(app.next_deadline().is_some());
    }
}
