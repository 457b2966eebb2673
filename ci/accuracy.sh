#!/usr/bin/env bash
# Scores analog-lint on the labelled statute provisions of ../shared/eval/dev.jsonl:
# checks the e-Gov XML of every law named there (--format jsonl) and prints the
# table of ../shared/eval/score.py. Extra arguments go to score.py
# (--show-errors N, --min-unit-f1 X, --min-category-f1 X, --json).
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED_DIR:-../shared}
bin=${ANALOG_LINT:-${BUILD_DIR:-build}/analog-lint}
[ -x "$bin" ] || ci/bootstrap.sh >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
python3 -c '
import json, sys
ids = sorted({json.loads(l)["law_id"] for l in open(sys.argv[1]) if l.strip()})
print("\n".join(ids))' "$shared/eval/dev.jsonl" |
  sed "s|.*|$shared/corpus-samples/egov-xml-2021/&.xml|" >"$out/files"
set +e
xargs "$bin" check --format jsonl --fail-on never <"$out/files" >"$out/findings.jsonl"
code=$?
set -e
[ "$code" = 0 ] || { echo "accuracy: analog-lint check failed (exit $code)" >&2; exit 2; }
python3 "$shared/eval/score.py" "$shared/eval/dev.jsonl" "$out/findings.jsonl" "$@"
