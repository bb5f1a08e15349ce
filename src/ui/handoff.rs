//! Handing text and articles to the world outside the terminal, for the event loop:
//! copying (`workflow::clipboard`) and opening (`workflow::open`), each returning the
//! status bar's line.

use crate::workflow::clipboard::{Clipboard, Copied};
use crate::workflow::open::{self, Plan, Target};
use std::io;

/// Copies `text`; the status line says where it went.
pub fn copy(clipboard: &mut Clipboard, text: &str) -> String {
    clipboard.copy(text, &mut io::stdout()).message(text)
}

/// Opens `target`, or copies it when nothing can open it; the status line says which.
pub fn open(clipboard: &mut Clipboard, target: &Target) -> String {
    match open::plan(target, clipboard.env()) {
        Plan::Nothing => "nothing to open: the article has no web address and no file".into(),
        Plan::Open(what) => match open::open_detached(&what) {
            Ok(()) => format!("opened {what}"),
            Err(e) => copied_instead(clipboard, &what, &format!("could not open it ({e})")),
        },
        Plan::Copy(what) => copied_instead(clipboard, &what, "no display to open it on"),
    }
}

fn copied_instead(clipboard: &mut Clipboard, what: &str, why: &str) -> String {
    match clipboard.copy(what, &mut io::stdout()) {
        Copied::Failed(e) => format!("{why}; could not copy it either: {e}"),
        copied => format!("{why}: {}", copied.message(what)),
    }
}
