#!/usr/bin/env bash
# Installs what analog-lint needs to build and run (ci/deps.sh, no test tools)
# and builds the binary into ${BUILD_DIR:-build}. A new build folder is
# configured without the tests; one ci/bootstrap.sh configured keeps them.
set -euo pipefail
cd "$(dirname "$0")/.."
ci/deps.sh
build=${BUILD_DIR:-build}
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF ${CMAKE_ARGS:-} >/dev/null
fi
cmake --build "$build" --target analog-lint -j "$(nproc)"
