#!/usr/bin/env bash
# Extraction figures against every scorer in ../shared (docs/EVALUATION.md): PolNeAR dev
# (and train with `train`), the BBC and Wikinews gold, the seeds. Each run uses a fresh
# cache folder, so no cached extraction of an older build is scored.
#
#   scripts/eval.sh [train]        BIN=target/release/hearsay by default (built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${BIN:-target/release/hearsay}
shared=${SHARED:-../shared}
[ -x "$bin" ] || cargo build --release --quiet --bin hearsay
export HEARSAY_CACHE_DIR
HEARSAY_CACHE_DIR=$(mktemp -d)
trap 'rm -rf "$HEARSAY_CACHE_DIR"' EXIT
splits=(dev)
[ "${1:-}" = train ] && splits+=(train)
for s in "${splits[@]}"; do
    echo "== PolNeAR $s"
    python3 "$shared/tools/score_attrib.py" --bin "$bin" --corpus "$shared/corpora/polnear/$s"
done
for d in bbc wikinews; do
    echo "== gold/dev/$d"
    python3 "$shared/tools/score.py" --bin "$bin" --corpus "$shared/corpora/$d" --gold "$shared/gold/dev/$d"
done
echo "== gold/seeds"
python3 "$shared/tools/score.py" --bin "$bin" --corpus "$shared/corpora/seeds" --gold "$shared/gold/seeds"
