#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan) in build-fuzz/ and runs each
# for SECONDS (default 20; CI runs a short pass, a longer run is documented in
# the README). Seeds: corpus/, a few statutes of ../shared, the shipped rules.
# Prints executions and coverage per target; a crash, a sanitizer report of any
# kind (UBSan included: it is built not to recover) or a broken invariant fails
# the script and leaves its input in build-fuzz/crashes/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shared=${SHARED_DIR:-../shared}
ci/bootstrap.sh >/dev/null
command -v clang++ >/dev/null || { echo "fuzz: clang++ is needed (apt-get install clang)"; exit 2; }
build=build-fuzz
if [ ! -f "$build/build.ninja" ]; then
  CXX=clang++ CC=clang cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DANALOGLINT_FUZZ=ON >/dev/null
fi
cmake --build "$build" -j "$(nproc)" >/dev/null
mkdir -p "$build/crashes"
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS=abort_on_error=1:detect_leaks=1

seed() {  # seed TARGET FILES...
  local dir="$build/seeds/$1"
  shift
  mkdir -p "$dir"
  for f in "$@"; do if [ -f "$f" ]; then head -c 65536 "$f" >"$dir/$(basename "$f")"; fi; done
}
small_xml=$(ls -S "$shared"/corpus-samples/egov-xml-2021/*.xml | tail -n 20)
seed decode corpus/*.txt tests/cli/cases/*.txt tests/fuzz/seeds/*.txt $small_xml
seed plain_text corpus/*.txt tests/cli/cases/*.txt tests/fuzz/seeds/*.txt "$shared"/corpus-samples/ordinances/katsuragi-reiki-html/*.txt
seed egov_xml $small_xml tests/cli/cases/*.xml
seed egov_json "$shared"/corpus-samples/api/v2-real/*.json
# The JSON targets take whole files (no 64 KB cap): a law written with \u
# escapes, and nesting near and past the depth limit.
python3 - "$shared"/corpus-samples/api/v2-shape/405AC0000000088.law_data.v2.json "$build/seeds/egov_json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
json.dump(d, open(sys.argv[2] + '/escaped.json', 'w'), ensure_ascii=True)
json.dump(d, open(sys.argv[2] + '/plain.json', 'w'), ensure_ascii=False)
for n in (250, 600):
    open(sys.argv[2] + '/deep-%d.json' % n, 'w').write(
        '{"law_full_text": ' + '{"tag": "P", "children": [' * n + '"\\u3042"' + ']}' * n + '}')
PY
mkdir -p "$build/seeds/egov_json_tree"
printf '\000\001\002\004\060\102\005\047\003\003' >"$build/seeds/egov_json_tree/small"
head -c 600 /dev/zero >"$build/seeds/egov_json_tree/deep"
python3 tests/docx/make_docx.py "$build/docx" && rm -f "$build/docx/bomb.docx"
python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("word/document.xml"))' \
  "$build/docx/draft.docx" >"$build/docx/document.xml"
seed docx "$build"/docx/*
seed segment_normalize corpus/*.txt tests/fuzz/seeds/*.txt
seed rule_loader rules/*/*.yaml tests/cli/cases/packs/*/*.yaml
seed decisions tests/cli/cases/waivers/*.yaml
# upload: two bytes (content type, file name) before the body.
mkdir -p "$build/seeds/upload"
for f in corpus/sample-draft.txt corpus/comparison-table.txt; do
  { printf '\001\000'; head -c 65536 "$f"; } >"$build/seeds/upload/$(basename "$f")"
done
printf '\000\000{"text": "第一条　書面を提出する。", "name": "a.txt"}' >"$build/seeds/upload/json"
# lsp: framed messages and config files.
mkdir -p "$build/seeds/lsp"
printf 'Content-Length: 52\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"shutdown","x":"𠮷"}' >"$build/seeds/lsp/message"
seed lsp ci/github/analog-lint.yml tests/cli/cases/*.yaml

# run_target TARGET: fuzzes it for $seconds and writes "STATUS EXECUTIONS COVERAGE FEATURES"
# to build-fuzz/fuzz_TARGET.result (STATUS: ok or FAILED).
run_target() {
  local target=$1 max_len=65536 code=0
  local log="$build/fuzz_$target.log"
  mkdir -p "$build/corpus-$target"
  case $target in egov_json*) max_len=1048576 ;; esac
  "$build/tests/fuzz/fuzz_$target" "$build/corpus-$target" "$build/seeds/$target" \
      -max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="$build/crashes/$target-" >"$log" 2>&1 || code=$?
  local verdict=ok
  # Any sanitizer report fails the target, whatever the exit code.
  if [ "$code" -ne 0 ] || grep -qE 'runtime error:|ERROR: [A-Za-z]*Sanitizer|invariant broken' "$log"; then
    verdict=FAILED
  fi
  local line execs cov ft
  line=$(grep -E "^#[0-9]+.*(DONE|pulse|NEW|REDUCE)" "$log" | tail -1 || true)
  execs=$(echo "$line" | sed -E 's/^#([0-9]+).*/\1/')
  cov=$(echo "$line" | sed -nE 's/.*cov: ([0-9]+).*/\1/p')
  ft=$(echo "$line" | sed -nE 's/.*ft: ([0-9]+).*/\1/p')
  echo "$verdict ${execs:--} ${cov:--} ${ft:--}" >"$build/fuzz_$target.result"
}

# One target per core at a time (libFuzzer runs one thread): each still gets $seconds.
targets="decode plain_text egov_xml egov_json egov_json_tree docx segment_normalize rule_loader upload decisions lsp"
for target in $targets; do
  rm -f "$build/fuzz_$target.result"
  run_target "$target" &
  while [ "$(jobs -rp | wc -l)" -ge "$(nproc)" ]; do wait -n || true; done
done
wait

status=0
passed=0
failed=0
printf '%-20s %12s %8s %8s\n' target executions coverage features
for target in $targets; do
  read -r verdict execs cov ft <"$build/fuzz_$target.result" || verdict=FAILED
  if [ "$verdict" = ok ]; then
    passed=$((passed + 1))
  else
    echo "fuzz: $target FAILED; see $build/fuzz_$target.log and $build/crashes/"
    status=1
    failed=$((failed + 1))
  fi
  printf '%-20s %12s %8s %8s\n' "$target" "${execs:-}" "${cov:-}" "${ft:-}"
done
echo "fuzz: $passed passed, $failed failed"
exit $status
