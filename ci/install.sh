#!/usr/bin/env bash
# Builds analog-lint (ci/build.sh: build and run packages only, no browser)
# and installs the binary — the rules and seeds are built in — into
# ${PREFIX:-/usr/local}/bin, which is on PATH. For CI, from a clone:
#   git clone --depth 1 https://…/analog-lint.git /tmp/analog-lint && /tmp/analog-lint/ci/install.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export BUILD_DIR=${BUILD_DIR:-build-install}
ci/build.sh
prefix=${PREFIX:-/usr/local}
SUDO=""
if [ ! -w "$prefix" ] && [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
$SUDO cmake --install "$BUILD_DIR" --prefix "$prefix" --component analog-lint >/dev/null
echo "installed $prefix/bin/analog-lint ($("$prefix/bin/analog-lint" --version))"
