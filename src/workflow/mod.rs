//! What a reader does with quotes once found: cite them (clipboard), open their articles, star them, remember what
//! was read, export them, count them, and see the same quote reprinted across articles.

pub mod cite;
pub mod clipboard;
pub mod export;
pub mod group;
pub mod open;
pub mod state;
pub mod stats;
