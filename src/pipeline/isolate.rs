//! One article's failure stays that article's: a panic while analysing or extracting it
//! (a bug in hearsay, met on some text) is caught, the article is kept with its text and
//! without quotes, and a warning names its file.
//!
//! A panic hook installed on first use keeps caught panics quiet: it notes where the panic
//! happened (for the warning) and prints nothing, except the full backtrace on stderr when
//! `RUST_BACKTRACE` asks for one and stderr is not the browser's screen ([`quiet`]).
//! Panics anywhere else go to the hook that was there before (Rust's default, or the
//! browser's, which restores the terminal).

use crate::corpus::Warning;
use crate::extract::{self, ArticleExtraction};
use crate::model::{Document, Meta, Paragraph, Span};
use crate::text::{self, Analysis};
use std::cell::{Cell, RefCell};
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Once, OnceLock};

/// The environment variable that makes extraction panic for the article whose id it holds.
/// For tests of this isolation (`tests/isolation.rs`): only whoever starts hearsay can set
/// it, never a file's contents, and all it does is what a bug would — one article loses its
/// quotes, with a warning.
pub const FAULT_VAR: &str = "HEARSAY_TEST_EXTRACT_PANIC";

static HOOK: Once = Once::new();
/// Set by the browser: stderr is its screen, so nothing is printed there.
static QUIET: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// How many [`guarded`] calls this thread is inside.
    static GUARDED: Cell<u32> = const { Cell::new(0) };
    /// Where the last caught panic of this thread happened.
    static LOCATION: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Never print caught panics, not even with `RUST_BACKTRACE` (the browser owns the screen).
pub fn quiet() {
    QUIET.store(true, Ordering::Relaxed);
}

/// Runs `f`; a panic in it becomes `Err(message at file:line:column)`.
pub fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_hook();
    GUARDED.with(|g| g.set(g.get() + 1));
    let outcome = panic::catch_unwind(AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(g.get() - 1));
    outcome.map_err(|payload| {
        let message = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic".to_string());
        match LOCATION.with(|l| l.borrow_mut().take()) {
            Some(at) => format!("{message} at {at}"),
            None => message,
        }
    })
}

fn install_hook() {
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if GUARDED.with(Cell::get) == 0 {
                return previous(info);
            }
            let at = info.location().map(ToString::to_string);
            LOCATION.with(|l| *l.borrow_mut() = at);
            if !QUIET.load(Ordering::Relaxed) {
                let trace = std::backtrace::Backtrace::capture();
                if trace.status() == std::backtrace::BacktraceStatus::Captured {
                    eprintln!("hearsay: caught a panic in extraction: {info}\n{trace}");
                }
            }
        }));
    });
}

/// Analysis and extraction of one document; a panic in either leaves the article its text
/// (and its analysis, when only extraction failed) and no quotes, with a warning.
///
/// Never inlined: profiles of extraction count the instructions inside this function.
#[inline(never)]
pub fn analyse_and_extract(doc: &Document) -> (Analysis, ArticleExtraction, Option<Warning>) {
    let analysis = match guarded(|| text::analyze(doc)) {
        Ok(a) => a,
        Err(message) => {
            return (
                plain_analysis(doc),
                Default::default(),
                failure(doc, message),
            )
        }
    };
    let extracted = guarded(|| {
        injected_fault(&doc.id);
        extract::extract_article(&doc.body, &analysis.paragraphs)
    });
    match extracted {
        Ok(x) => (analysis, x, None),
        Err(message) => (analysis, Default::default(), failure(doc, message)),
    }
}

fn failure(doc: &Document, message: String) -> Option<Warning> {
    let mut path = doc.path.clone().into_os_string();
    if let Some(n) = doc.record {
        path.push(format!("#{n}"));
    }
    Some(Warning {
        path: path.into(),
        line: None,
        message: format!("extraction failed (internal error: {message}); its quotes are left out"),
    })
}

/// What any reader sees without analysis: every non-blank line a paragraph, the id as
/// title. Simple enough not to fail where the analysis did.
fn plain_analysis(doc: &Document) -> Analysis {
    let body = doc.body.as_str();
    let mut paragraphs = Vec::new();
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let start = offset + (line.len() - line.trim_start().len());
        let end = offset + line.trim_end().len();
        if start < end {
            paragraphs.push(Paragraph {
                span: Span::new(start, end),
                boilerplate: false,
            });
        }
        offset += line.len();
    }
    Analysis {
        paragraphs,
        meta: Meta {
            url: doc.hints.url.clone(),
            ..Meta::default()
        },
        title: doc.id.clone(),
        words: body.split_whitespace().count() as u32,
    }
}

/// Panics when [`FAULT_VAR`] names this article.
fn injected_fault(id: &str) {
    static FAULT: OnceLock<Option<String>> = OnceLock::new();
    let fault = FAULT.get_or_init(|| std::env::var(FAULT_VAR).ok());
    if fault.as_deref() == Some(id) {
        panic!("test-only panic requested by {FAULT_VAR}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_a_message_with_its_place_and_the_thread_goes_on() {
        let caught = guarded(|| -> u32 { panic!("begin > end (133 > 128)") });
        let message = caught.unwrap_err();
        assert!(
            message.starts_with("begin > end (133 > 128) at "),
            "{message}"
        );
        assert!(message.contains("isolate.rs:"), "{message}");
        assert_eq!(guarded(|| 7), Ok(7));
        GUARDED.with(|g| assert_eq!(g.get(), 0));
    }

    #[test]
    fn without_analysis_every_line_is_a_paragraph_and_the_id_the_title() {
        let doc = Document {
            id: "a.txt".into(),
            body: "  Head line \n\nFirst “para”.\n last".into(),
            ..Document::default()
        };
        let a = plain_analysis(&doc);
        let texts: Vec<&str> = a
            .paragraphs
            .iter()
            .map(|p| &doc.body[p.span.start as usize..p.span.end as usize])
            .collect();
        assert_eq!(texts, ["Head line", "First “para”.", "last"]);
        assert_eq!(a.title, "a.txt");
        assert_eq!(a.words, 5);
    }
}
