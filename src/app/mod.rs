//! Browser state: plain Rust, no terminal. Keys become actions; actions change state.
