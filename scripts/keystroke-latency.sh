#!/usr/bin/env bash
# Keystroke → results drawn, end to end in a pseudo-terminal (examples/keystroke_latency.rs):
# hearsay opens a generated corpus, a query is typed a key at a time, and the screen is read
# back after each key until it shows that query's results ("N matches"). Prints the median
# and p95 for narrowing keys, for each run's first key (a fresh search) and for the echo.
#
#   scripts/keystroke-latency.sh [ARTICLES] [RUNS] [QUERY]   (defaults 100000, 5, "families deserve")
#
# The corpus is generated once into $CORPUS (default /tmp/gen<ARTICLES>) and kept; the caches
# go to a temporary folder, filled by a first `articles` run so that the browser reopens
# the corpus from its snapshot, as a reader's second start does. BIN=PATH times another
# build of hearsay (say, an older one) with the same harness.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
runs=${2:-5}
query=${3:-families deserve}
bin=${BIN:-target/release/hearsay}
[ -n "${BIN:-}" ] || cargo build --release --quiet
cargo build --release --quiet --example keystroke_latency
corpus=${CORPUS:-/tmp/gen$articles}
if [ ! -d "$corpus" ]; then
    cargo run --release --quiet --example gen_corpus -- --articles "$articles" --out "$corpus"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HEARSAY_CACHE_DIR="$scratch/cache" XDG_DATA_HOME="$scratch/data" \
    XDG_STATE_HOME="$scratch/state" XDG_CONFIG_HOME="$scratch/config"
"$bin" articles --json "$corpus" > /dev/null
target/release/examples/keystroke_latency --bin "$bin" --corpus "$corpus" \
    --runs "$runs" --query "$query"
