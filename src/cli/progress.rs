//! A progress bar on stderr while a corpus loads — only when stderr is a terminal, so pipes
//! and logs stay clean.

use crate::corpus::LoadProgress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;

pub struct Bar(Option<ProgressBar>);

impl Bar {
    pub fn new() -> Bar {
        if !std::io::stderr().is_terminal() {
            return Bar(None);
        }
        let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
        bar.set_style(
            ProgressStyle::with_template(
                "{spinner} loading {pos}/{len} files {bytes_per_sec:>12} {wide_bar}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        Bar(Some(bar))
    }

    pub fn update(&self, p: LoadProgress) {
        if let Some(bar) = &self.0 {
            bar.set_length(p.files_total as u64);
            bar.set_position(p.files_done as u64);
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}
