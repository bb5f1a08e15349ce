#!/usr/bin/env bash
# HTML pages per second per core: `hearsay text --json --no-cache` over a folder of saved
# pages on one thread (RAYON_NUM_THREADS=1), whole process, RUNS times. CPU time
# (user + sys) is the figure: on a shared host the wall time also counts waiting for a core.
#
#   scripts/html-speed.sh [PAGES_DIR] [RUNS]   (defaults ../shared/corpora/webpages/pages, 5)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/corpora/webpages/pages}
runs=${2:-5}
bin=${BIN:-target/release/hearsay}
[ -n "${BIN:-}" ] || cargo build --release --quiet
pages=$(find "$dir" -maxdepth 1 -name '*.htm*' | wc -l)
for _ in $(seq "$runs"); do
    /usr/bin/time -f "%U %S %e" -o /tmp/html-speed.$$ \
        env RAYON_NUM_THREADS=1 "$bin" text --json --no-cache "$dir" > /dev/null
    read -r user sys wall < /tmp/html-speed.$$
    awk -v p="$pages" -v u="$user" -v s="$sys" -v w="$wall" 'BEGIN {
        cpu = u + s; printf "%d pages  cpu %.2f s  wall %.2f s  %.0f pages/s per core\n", p, cpu, w, p / cpu }'
done
rm -f /tmp/html-speed.$$
