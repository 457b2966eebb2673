#!/usr/bin/env bash
# Sets up (ci/bootstrap.sh) and runs every test through ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
ci/bootstrap.sh
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "$(nproc)"
