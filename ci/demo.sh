#!/usr/bin/env bash
# Sets up what the linter needs to build and run (ci/build.sh: no test tools)
# and lints the sample draft: first what the linter understood of it (the
# provision tree), then the check itself.
set -euo pipefail
cd "$(dirname "$0")/.."
ci/build.sh >/dev/null
bin="${BUILD_DIR:-build}/analog-lint"
draft=corpus/sample-draft.txt
echo "== analog-lint parse $draft"
"$bin" parse "$draft"
echo
echo "== analog-lint check $draft"
set +e
"$bin" check "$draft"
code=$?
set -e
echo "(exit code $code: 0 clean, 1 findings, 2 input or usage error)"
[ "$code" -le 1 ]
echo
echo "The same on the drafters' page: $bin serve, then open http://127.0.0.1:8080/ and paste $draft."
