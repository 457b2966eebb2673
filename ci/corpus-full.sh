#!/usr/bin/env bash
# Unpacks ../shared/corpus-full (8,077 laws as e-Gov XML) once into a cache
# folder ($ANALOG_LINT_BENCH_CACHE, default ~/.cache/analog-lint-bench) and
# prints that folder: the one copy ci/bench.sh, ci/accuracy.sh and
# ci/nothing-lost.sh read.
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED_DIR:-../shared}
cache=${ANALOG_LINT_BENCH_CACHE:-$HOME/.cache/analog-lint-bench}
corpus="$cache/corpus-full"
if [ ! -f "$corpus/.unpacked" ]; then
  echo "corpus-full: unpacking the corpus into $corpus (once)" >&2
  mkdir -p "$corpus"
  zstd -dc "$shared/corpus-full/egov-xml-2021-full.tar.zst" | tar -x -C "$corpus"
  touch "$corpus/.unpacked"
fi
echo "$corpus"
