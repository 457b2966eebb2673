#!/usr/bin/env bash
# Installs every dependency, the test tools included (ci/deps.sh --tests, and
# npm tools), and builds analog-lint with its tests. Used by ci/test.sh; to
# build and run only, ci/build.sh or ci/install.sh need far less (no browser).
# Idempotent: when everything is present it only runs an incremental build.
set -euo pipefail
cd "$(dirname "$0")/.."

ci/deps.sh --tests  # the build and run packages, and the test tools

build=${BUILD_DIR:-build}

# Test tools from the npm registry, one copy in build/tools for every build
# folder: the SARIF 2.1.0 validator (sarif-multitool); playwright-core, which
# drives Debian's Chromium through the page's end-to-end test (it never
# downloads a browser of its own); axe-core, the accessibility rules it runs.
tool="build/tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$tool" ] || [ ! -f build/tools/node_modules/playwright-core/package.json ] ||
   [ ! -f build/tools/node_modules/axe-core/axe.min.js ]; then
  mkdir -p build/tools
  npm install --prefix build/tools --no-audit --no-fund --ignore-scripts --loglevel=error \
    @microsoft/sarif-multitool@5.7.0 playwright-core@1.65.1 axe-core@4.14.1 >/dev/null
  chmod u+x "$tool"  # npm skips install scripts, which would set the mode
fi

if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo ${CMAKE_ARGS:-} >/dev/null
elif grep -q '^BUILD_TESTING:BOOL=OFF' "$build/CMakeCache.txt"; then
  cmake -S . -B "$build" -DBUILD_TESTING=ON >/dev/null  # a folder ci/build.sh made: add the tests
fi
cmake --build "$build" -j "$(nproc)"
