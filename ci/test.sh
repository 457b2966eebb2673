#!/usr/bin/env bash
# Sets up (ci/bootstrap.sh) and runs every test through ctest.
#   ci/test.sh              the release build (build/)
#   ci/test.sh --sanitize   the suite under AddressSanitizer and UBSan (build-asan/), the
#                           blind samples' accuracy floors aside
set -euo pipefail
cd "$(dirname "$0")/.."
exclude=()
if [ "${1:-}" = "--sanitize" ]; then
  export BUILD_DIR=build-asan
  export CMAKE_ARGS="-DANALOGLINT_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug"
  # Leaks are real errors; MeCab's own model is freed at exit like ours.
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  # The blind samples' accuracy floors run the engine dev and train already run
  # under the sanitizers; they are checked by the release run.
  exclude=(-LE accuracy-blind)
fi
ci/bootstrap.sh
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "$(nproc)" "${exclude[@]}"
