#!/usr/bin/env bash
# ctest accuracy_blind_SAMPLE: scores the linter on a blind sample's units
# drawn without the linter (tests/accuracy/blind/SAMPLE) and checks the floors
# of blind_SAMPLE in floors.json. corpus-full is unpacked by ci/corpus-full.sh.
#   check_blind.sh SAMPLE
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sample=${1:?usage: check_blind.sh s4|s5|s6|s8}
bin=${ANALOG_LINT:-$here/../../build/analog-lint}
corpus=$(bash "$here/../../ci/corpus-full.sh")
metrics=$(mktemp)
trap 'rm -f "$metrics"' EXIT
python3 "$here/blind_sample.py" score "$bin" "$corpus" "$here/blind/$sample/sample.jsonl" \
  "$here/blind/$sample/labels.jsonl" --json >"$metrics"
python3 "$here/check_floors.py" "$metrics" "$here/floors.json" "blind_$sample"
