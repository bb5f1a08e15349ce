//! hearsay: who said what in a folder of news articles.
//!
//! Data flows one way: [`corpus`] loads files into [`model::Document`]s →
//! [`text`] finds paragraphs, boilerplate and metadata → [`extract`] finds quotes,
//! speakers and actors → [`pipeline`] assembles the [`model::Corpus`] → [`search`]
//! indexes its quotes → [`app`] holds the browser state → [`ui`] draws it.
//! [`cli`] wires the command line to these stages.

pub mod app;
pub mod cache;
pub mod cli;
pub mod config;
pub mod corpus;
pub mod extract;
pub mod gen;
pub mod model;
pub mod pipeline;
pub mod search;
pub mod snapshot;
pub mod text;
pub mod trace;
pub mod ui;
pub mod workflow;

/// Extraction makes and drops many small strings and vectors per article (a tenth of its
/// instructions went to the system allocator): mimalloc serves them faster. Set here, in
/// the library, so the binary, the tests and the benches all run on it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
