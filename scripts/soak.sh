#!/usr/bin/env bash
# Soak test (issue 17): every corpus under ../shared/corpora, rewritten copies of them
# (Title Case, ALL CAPS, lower case, paragraphs joined onto one line, quote marks swapped
# curly<->straight, a third of the marks dropped, lines cut at random points) and a
# generated corpus go through `quotes`, `actors` and `search` (--json --no-cache).
# It fails (exit 1) on any non-zero exit, any "internal error" warning (a panic caught in
# extraction) or panic message, and any quote whose start..end is not its text in its
# article's body (see scripts/soak.py). One line per corpus: files, quotes, seconds.
#
#   scripts/soak.sh [GENERATED_ARTICLES]     (default 100000; 0 skips the generated corpus)
#
# A developer script, not part of `cargo test`. Environment: CORPORA (default
# ../shared/corpora), BIN (default target/release/hearsay, built if missing), GEN (folder
# of the generated corpus, default /tmp/gen<N>, generated once and kept), KEEP=1 keeps the
# rewritten copies (in a temporary folder otherwise removed).
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
corpora=${CORPORA:-../shared/corpora}
bin=${BIN:-target/release/hearsay}
[ -x "$bin" ] || cargo build --release --quiet --bin hearsay
work=$(mktemp -d)
[ "${KEEP:-0}" = 1 ] && echo "rewritten copies in $work" || trap 'rm -rf "$work"' EXIT
export HEARSAY_CACHE_DIR="$work/cache"
unset RUST_BACKTRACE
sources=(seeds wikinews bbc polnear/train/text polnear/dev/text webpages/pages)
status=0
start=$SECONDS
for s in "${sources[@]}"; do
    src="$corpora/$s"
    [ -d "$src" ] || { echo "missing $src" >&2; status=1; continue; }
    python3 scripts/soak.py run "$bin" "$s" "$src" || status=1
    dst="$work/rewritten/$s"
    python3 scripts/soak.py rewrite "$src" "$dst"
    python3 scripts/soak.py run "$bin" "$s" "$dst"/* || status=1
    rm -rf "$dst"
done
if [ "$articles" -gt 0 ]; then
    gen=${GEN:-/tmp/gen$articles}
    if [ ! -d "$gen" ]; then
        cargo run --release --quiet --example gen_corpus -- --articles "$articles" --out "$gen"
    fi
    python3 scripts/soak.py run "$bin" "generated ($articles)" "$gen" || status=1
fi
echo "soak: $((SECONDS - start)) s in all; $([ $status = 0 ] && echo passed || echo FAILED)"
exit $status
