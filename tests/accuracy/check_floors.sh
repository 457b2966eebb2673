#!/usr/bin/env bash
# ctest accuracy_SET: scores the linter on one labelled set and checks its
# floors in floors.json.
#   check_floors.sh dev|train     a set of ../shared/eval (ci/accuracy.sh)
#   check_floors.sh blind_sN      the units of tests/accuracy/blind/sN drawn without
#                                 the linter (corpus-full unpacked by ci/corpus-full.sh)
#   check_floors.sh blind_mN      the units of the municipal 例規 texts in
#                                 ../shared/corpus-samples/ordinances (tests/accuracy/blind/mN)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
set_name=${1:?usage: check_floors.sh dev|train|blind_sN}
metrics=$(mktemp)
trap 'rm -f "$metrics"' EXIT
case "$set_name" in
  blind_*)
    sample=${set_name#blind_}
    # mN: units of the municipal 例規 texts of corpus-samples/ordinances; sN: of corpus-full
    case "$sample" in
      m*) corpus="${SHARED_DIR:-$here/../../../shared}/corpus-samples/ordinances" ;;
      *) corpus=$(bash "$here/../../ci/corpus-full.sh") ;;
    esac
    python3 "$here/blind_sample.py" score "${ANALOG_LINT:-$here/../../build/analog-lint}" \
      "$corpus" "$here/blind/$sample/sample.jsonl" \
      "$here/blind/$sample/labels.jsonl" --json >"$metrics" ;;
  *) bash "$here/../../ci/accuracy.sh" --set "$set_name" --json >"$metrics" ;;
esac
python3 "$here/check_floors.py" "$metrics" "$here/floors.json" "$set_name"
