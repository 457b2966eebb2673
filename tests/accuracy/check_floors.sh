#!/usr/bin/env bash
# ctest accuracy_SET: scores the linter on one labelled set and checks its
# floors in floors.json.
#   check_floors.sh dev|train     a set of ../shared/eval (ci/accuracy.sh)
#   check_floors.sh blind_sN      the units of tests/accuracy/blind/sN drawn without
#                                 the linter (corpus-full unpacked by ci/corpus-full.sh)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
set_name=${1:?usage: check_floors.sh dev|train|blind_sN}
metrics=$(mktemp)
trap 'rm -f "$metrics"' EXIT
case "$set_name" in
  blind_*)
    sample=${set_name#blind_}
    python3 "$here/blind_sample.py" score "${ANALOG_LINT:-$here/../../build/analog-lint}" \
      "$(bash "$here/../../ci/corpus-full.sh")" "$here/blind/$sample/sample.jsonl" \
      "$here/blind/$sample/labels.jsonl" --json >"$metrics" ;;
  *) bash "$here/../../ci/accuracy.sh" --set "$set_name" --json >"$metrics" ;;
esac
python3 "$here/check_floors.py" "$metrics" "$here/floors.json" "$set_name"
