#!/usr/bin/env bash
# ctest accuracy_SET: scores the linter on one labelled set (dev or train) and checks its floors.
#   check_floors.sh SET
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
set_name=${1:?usage: check_floors.sh dev|train}
metrics=$(mktemp)
trap 'rm -f "$metrics"' EXIT
bash "$here/../../ci/accuracy.sh" --set "$set_name" --json >"$metrics"
python3 "$here/check_floors.py" "$metrics" "$here/floors.json" "$set_name"
