#!/usr/bin/env bash
# Scores analog-lint on labelled statute provisions: checks the e-Gov XML of
# every law the set names (--format jsonl) and prints the table of
# ../shared/eval/score.py.
#
#   ci/accuracy.sh [--set SET] [score.py arguments...]
#
# SET: dev            ../shared/eval/dev.jsonl (laws in corpus-samples; tuned on)
#      train          ../shared/eval/train.jsonl (laws in corpus-full)
#      train-studied  train less the held-out laws of tests/accuracy/train-split.json
#      train-heldout  the held-out third: quote its totals only, never study its errors
# score.py arguments: --show-errors N, --min-unit-f1 X, --min-category-f1 X, --json.
# corpus-full is unpacked once by ci/corpus-full.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
set_name=dev
if [ "${1:-}" = "--set" ]; then set_name=$2; shift 2; fi
shared=${SHARED_DIR:-../shared}
bin=${ANALOG_LINT:-${BUILD_DIR:-build}/analog-lint}
[ -x "$bin" ] || ci/bootstrap.sh >/dev/null
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

case "$set_name" in
  dev)
    labels=$shared/eval/dev.jsonl
    xml_dir=$shared/corpus-samples/egov-xml-2021 ;;
  train | train-studied | train-heldout)
    labels=$shared/eval/train.jsonl
    xml_dir=$(ci/corpus-full.sh) ;;
  *) echo "accuracy: unknown set '$set_name' (dev, train, train-studied, train-heldout)" >&2; exit 2 ;;
esac

# The labels of the set, and the XML file of each law it names.
python3 - "$labels" "$set_name" tests/accuracy/train-split.json "$xml_dir" "$out" <<'EOF'
import json, sys
labels, set_name, split, xml_dir, out = sys.argv[1:]
rows = [l for l in open(labels, encoding='utf-8') if l.strip()]
if set_name.startswith('train-'):
    held = set(json.load(open(split))['heldout'])
    want_held = set_name == 'train-heldout'
    rows = [l for l in rows if (json.loads(l)['law_id'] in held) == want_held]
open(out + '/labels.jsonl', 'w', encoding='utf-8').writelines(rows)
ids = sorted({json.loads(l)['law_id'] for l in rows})
open(out + '/files', 'w').write(''.join('%s/%s.xml\n' % (xml_dir, i) for i in ids))
EOF

set +e
xargs "$bin" check --format jsonl --fail-on never <"$out/files" >"$out/findings.jsonl"
code=$?
set -e
[ "$code" = 0 ] || { echo "accuracy: analog-lint check failed (exit $code)" >&2; exit 2; }
python3 "$shared/eval/score.py" "$out/labels.jsonl" "$out/findings.jsonl" "$@"
