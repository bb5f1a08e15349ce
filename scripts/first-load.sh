#!/usr/bin/env bash
# Times first loads (both caches written, whole process) of a generated corpus: a cold one
# (the page cache dropped first, as for an archive not read lately) and a warm one, in turn.
#
#   scripts/first-load.sh [ARTICLES] [RUNS] [BIN...]   (defaults 100000, 3, target/release/hearsay)
#
# Several binaries are run in turn, so a busy host slows them alike. Dropping the page
# cache needs root (/proc/sys/vm/drop_caches); without it only warm loads are timed. The
# corpus is generated once into $CORPUS (default /tmp/gen<ARTICLES>) and kept. Each line
# ends with the CPU time the hypervisor gave to other guests during the run ("steal", both
# cores together, from /proc/stat): a busy host shows there, not in the program's own times.
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-100000}
runs=${2:-3}
shift $(( $# < 2 ? $# : 2 ))
bins=("$@")
[ ${#bins[@]} -gt 0 ] || { cargo build --release --quiet; bins=(target/release/hearsay); }
corpus=${CORPUS:-/tmp/gen$articles}
if [ ! -d "$corpus" ]; then
    cargo run --release --quiet --example gen_corpus -- --articles "$articles" --out "$corpus"
fi
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT
export HEARSAY_CACHE_DIR="$cache"
# Steal time so far, in hundredths of a second (USER_HZ).
steal() { awk '/^cpu /{print $9}' /proc/stat; }
modes=(warm)
[ -w /proc/sys/vm/drop_caches ] && modes=(cold warm)
for _ in $(seq "$runs"); do
    for bin in "${bins[@]}"; do
        for mode in "${modes[@]}"; do
            rm -rf "${cache:?}"/*
            sync
            [ "$mode" = cold ] && echo 1 > /proc/sys/vm/drop_caches
            before=$(steal)
            /usr/bin/time -o "$cache/.time" -f "$bin $mode %e s %M KB %U u %S s" \
                "$bin" articles --json "$corpus" > /dev/null
            echo "$(cat "$cache/.time") $(( ($(steal) - before) * 10 )) ms steal"
        done
    done
done
