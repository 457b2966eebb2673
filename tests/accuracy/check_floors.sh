#!/usr/bin/env bash
# ctest accuracy_dev: scores the linter on the labelled provisions and checks the floors.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
metrics=$(mktemp)
trap 'rm -f "$metrics"' EXIT
bash "$here/../../ci/accuracy.sh" --json >"$metrics"
python3 "$here/check_floors.py" "$metrics" "$here/floors.json"
