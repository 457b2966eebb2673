#!/usr/bin/env bash
# Hostile input, one case each: what analog-lint says and its exit code.
#   robustness_test.sh BIN
# Inputs are generated here (large ones would not belong in the repository).
# Every case: one clear message naming the file, exit 2 when an input failed,
# the run going on with the other files, and no crash.
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
. "$here/wait_handlers.sh"
good="$here/../../corpus/sample-draft.txt"
tmp=$(mktemp -d)
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
pass=0
fail=0
# expect NAME EXIT MESSAGE-REGEX ARGS...: runs `check ARGS good-draft` and checks the
# exit code, that stderr matches, and that the good draft was still reported.
expect() {
  local name=$1 code=$2 pattern=$3
  shift 3
  "$bin" check --fail-on never -f jsonl "$@" "$good" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  local ok=1
  [ "$got" = "$code" ] || { echo "  exit $got, want $code"; ok=0; }
  grep -Eq "$pattern" "$tmp/err" || { echo "  stderr: $(head -c 300 "$tmp/err")"; ok=0; }
  grep -q '"file":".*sample-draft.txt"' "$tmp/out" || { echo "  the good file was not reported"; ok=0; }
  verdict $((1 - ok)) "$name — $(head -1 "$tmp/err")"
}
# verdict STATUS NAME [DETAIL]: counts a case; STATUS 0 is a pass.
verdict() {
  if [ "$1" = 0 ]; then pass=$((pass + 1)); echo "ok: $2"; else fail=$((fail + 1)); echo "FAIL: $2 ${3:-}"; fi
}

: >"$tmp/empty.txt"
expect "empty file" 2 "empty.txt: the file is empty$" "$tmp/empty.txt"

printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' >"$tmp/image.txt"
expect "binary file" 2 "image.txt: binary file \(NUL byte at offset 8\)" "$tmp/image.txt"

printf '第一条　書面を提出する。\n\x91\xe6\x88\xea\x8f\xf0\n' >"$tmp/mixed.txt"
expect "invalid UTF-8 in the middle (mixed encodings)" 2 "mixed.txt: invalid UTF-8 at byte offset 37 \(line 2\)" "$tmp/mixed.txt"

printf 'abc\xff\xfe\xfd def\n' >"$tmp/latin.txt"
expect "undecodable bytes" 2 "latin.txt: not UTF-8, Shift_JIS/CP932, EUC-JP, ISO-2022-JP or UTF-16 \(invalid byte 0xFF at offset 3\)" "$tmp/latin.txt"

printf '第一条　甲\0乙\n' >"$tmp/nul.txt"
expect "a NUL byte in text" 2 "nul.txt: binary file \(NUL byte at offset 15\)" "$tmp/nul.txt"

printf '<Law><LawBody><MainProvision>\n<Article>\n</Law>\n' >"$tmp/broken.xml"
expect "broken XML" 2 "broken.xml:3:3: broken XML: Start-end tags mismatch" "$tmp/broken.xml"

python3 -c "n=5000; open('$tmp/deep.xml','w').write('<Law><LawBody><MainProvision>'+'<Part>'*n+'</Part>'*n+'</MainProvision></LawBody></Law>')"
expect "XML nested 5,000 deep" 2 "deep.xml:1:[0-9]+: XML nested deeper than 256 elements \(--max-xml-depth\)" "$tmp/deep.xml"

head -c 9000 /dev/zero | tr '\0' 'a' >"$tmp/big.txt"
expect "file over --max-file-size" 2 "big.txt: file too large \(9000 bytes; the limit is 8000, --max-file-size\)" --max-file-size 8000 "$tmp/big.txt"

expect "missing file (or one that vanished)" 2 "gone.txt: no such file" "$tmp/gone.txt"

mkfifo "$tmp/pipe.txt"
expect "a FIFO" 2 "pipe.txt: not a regular file" "$tmp/pipe.txt"

mkdir -p "$tmp/loop/sub"
ln -s .. "$tmp/loop/sub/up"
cp "$good" "$tmp/loop/sub/draft.txt"
"$bin" check --fail-on never -f jsonl "$tmp/loop" >"$tmp/out" 2>"$tmp/err"
code=$?
[ $code = 0 ] && [ "$(grep -c . "$tmp/out")" -gt 0 ] && [ "$(cut -d'"' -f4 "$tmp/out" | sort -u | wc -l)" = 1 ]
verdict $? "a folder with a symbolic-link loop — walked once, links not followed" "(exit $code)"

python3 -c "open('$tmp/longline.txt','w').write('第一条　' + '事業者は、申請書を提出し、' * 300000 + '\n')"
"$bin" check --fail-on never -f jsonl "$tmp/longline.txt" >"$tmp/out" 2>"$tmp/err"
code=$?
[ $code = 0 ] && grep -q "paper-document.submit-form" "$tmp/out"
verdict $? "a line of $(($(wc -c <"$tmp/longline.txt") / 1000000)) MB — checked, findings reported" "(exit $code)"

python3 -c "open('$tmp/noend.txt','w').write('第一条　' + 'あ' * 2000000 + '目視により点検し' + '\n')"
"$bin" check --fail-on never -f jsonl "$tmp/noend.txt" >"$tmp/out" 2>"$tmp/err"
code=$?
[ $code = 0 ] && grep -q "visual-inspection.by-eye" "$tmp/out"
verdict $? "6 MB without a sentence end — one sentence, matched" "(exit $code)"

cp "$good" "$tmp/readonly.txt"
chmod 0444 "$tmp/readonly.txt"
before=$(sha256sum "$tmp/readonly.txt")
"$bin" check --fail-on never -f html -o "$tmp/r.html" "$tmp/readonly.txt" 2>"$tmp/err"
code=$?
[ $code = 0 ] && [ "$before" = "$(sha256sum "$tmp/readonly.txt")" ]
verdict $? "a read-only input — read, never written" "(exit $code)"

# SIGINT in the middle of a long run: no output file, no temporary file, exit 130.
corpus="$here/../../../shared/corpus-samples/egov-xml-2021"
mkdir -p "$tmp/out-dir"
echo "an older report" >"$tmp/out-dir/report.json"
"$bin" check --fail-on never -f json -o "$tmp/out-dir/report.json" -f sarif -o "$tmp/out-dir/report.sarif" \
  "$corpus" >/dev/null 2>"$tmp/err" &
pid=$!
wait_handlers "$pid"
kill -INT $pid
wait $pid
code=$?
[ $code = 130 ] && [ "$(cat "$tmp/out-dir/report.json")" = "an older report" ] &&
  [ "$(ls "$tmp/out-dir")" = "report.json" ] && grep -q "interrupted: no output file was written" "$tmp/err"
verdict $? "SIGINT during a run — exit 130, the older report intact, no temporary file" \
  "(exit $code; files: $(ls "$tmp/out-dir" | tr '\n' ' '))"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
