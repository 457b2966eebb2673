#!/usr/bin/env bash
# The nothing-lost check over the whole e-Gov corpus (8,077 laws): every
# finding's `match` equals the bytes at its offsets, 0 exceptions. Unpacks
# ../shared/corpus-full once into the cache ci/bench.sh uses
# ($ANALOG_LINT_BENCH_CACHE, default ~/.cache/analog-lint-bench). ctest runs the
# same check on ../shared/corpus-samples (nothing_lost_samples).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED_DIR:-../shared}
bin=${ANALOG_LINT:-${BUILD_DIR:-build}/analog-lint}
[ -x "$bin" ] || ci/bootstrap.sh >/dev/null
cache=${ANALOG_LINT_BENCH_CACHE:-$HOME/.cache/analog-lint-bench}
corpus="$cache/corpus-full"
if [ ! -f "$corpus/.unpacked" ]; then
  echo "nothing-lost: unpacking the corpus into $corpus (once)"
  mkdir -p "$corpus"
  zstd -dc "$shared/corpus-full/egov-xml-2021-full.tar.zst" | tar -x -C "$corpus"
  touch "$corpus/.unpacked"
fi
python3 tests/cli/nothing_lost.py "$bin" "$corpus"
