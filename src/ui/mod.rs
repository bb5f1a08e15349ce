//! Terminal browser: drawing the app state with ratatui, and the crossterm event loop.

use crate::pipeline::Source;

/// Runs the full-screen browser. Returns the process exit code.
pub fn run(source: Source) -> anyhow::Result<i32> {
    // Until the browser exists, print the article list.
    let loaded = crate::pipeline::load(&source, &|_| {});
    for a in &loaded.corpus.articles {
        println!("{}", a.title);
    }
    Ok(0)
}
