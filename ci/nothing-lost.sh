#!/usr/bin/env bash
# The nothing-lost check over the whole e-Gov corpus (8,077 laws): every
# finding's `match` equals the bytes at its offsets, 0 exceptions. Unpacks
# ../shared/corpus-full once into the cache ci/bench.sh uses
# ($ANALOG_LINT_BENCH_CACHE, default ~/.cache/analog-lint-bench). ctest runs the
# same check on ../shared/corpus-samples (nothing_lost_samples).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${ANALOG_LINT:-${BUILD_DIR:-build}/analog-lint}
[ -x "$bin" ] || ci/bootstrap.sh >/dev/null
corpus=$(ci/corpus-full.sh)
python3 tests/cli/nothing_lost.py "$bin" "$corpus"
