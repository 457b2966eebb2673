#!/usr/bin/env bash
# Word drafts and 新旧対照表 end to end: builds the .docx files with make_docx.py, then
# compares what analog-lint understood (parse) and found (check) with the
# expected files beside this script, and checks that a broken archive, a
# zip without a document and a zip bomb are clear errors with exit code 2.
# Set UPDATE_GOLDEN=1 to rewrite the expected files.
set -u
bin=$1
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$here/make_docx.py" "$tmp" || { echo "FAIL: make_docx.py"; exit 1; }
cd "$tmp"
fail=0
compare() {  # NAME COMMAND...: stdout, stderr and exit code against expected/NAME.*
  local name=$1; shift
  "$@" >out 2>err </dev/null
  echo $? >code
  for f in out err code; do
    if [ "${UPDATE_GOLDEN:-}" = 1 ]; then cp $f "$here/expected/$name.$f"; fi
    if ! diff -u "$here/expected/$name.$f" $f; then echo "FAIL $name: $f differs"; fail=1; fi
  done
}
export SOURCE_DATE_EPOCH=1780000000
compare draft-parse "$bin" parse draft.docx
compare draft-parse-as-docx "$bin" parse --input-format docx draft.docx
compare draft-check "$bin" check -f jsonl --fail-on never draft.docx
compare draft-report "$bin" check -f json --fail-on never draft.docx
compare comparison-parse "$bin" parse comparison.docx
compare comparison-check "$bin" check -f text --fail-on never comparison.docx
compare comparison-jsonl "$bin" check -f jsonl --fail-on never comparison.docx
compare comparison-markdown "$bin" check -f markdown --fail-on never comparison.docx
compare draft-markdown "$bin" check -f markdown --fail-on never draft.docx
compare comparison-sarif "$bin" check -f sarif --fail-on never comparison.docx
compare truncated "$bin" check truncated.docx
compare no-body "$bin" check no-body.docx
compare bomb "$bin" check bomb.docx
# The amendment's point, said outright, for a Word and a plain-text 新旧対照表:
# a duty only in 改正前 (申請書の提出, 常駐; being removed) is not reported, and
# one only in 改正後 (目視 in Word, 掲示 in the text) is reported as new.
expect() {  # DESCRIPTION COMMAND...
  if ! "${@:2}"; then echo "FAIL: $1"; fail=1; fi
}
"$bin" check -f jsonl --fail-on never comparison.docx >word.jsonl
"$bin" check -f jsonl --fail-on never "$here/../../corpus/comparison-table.txt" >text.jsonl
for out in word.jsonl text.jsonl; do
  expect "$out: a duty only in 改正前 is not reported" bash -c "! grep -q -e paper-document -e resident-dedicated $out"
done
expect "word: 目視 only in 改正後 is new" grep -q '"rule":"visual-inspection.by-eye".*"change":"new"' word.jsonl
expect "text: 掲示 only in 改正後 is new" grep -q '"rule":"physical-posting.post-notice".*"change":"new"' text.jsonl
expect "text: 目視 in both columns is unchanged" grep -q '"rule":"visual-inspection.by-eye".*"change":"unchanged"' text.jsonl

# A Word file in a folder is found; Word's lock file beside it is not.
mkdir -p tree && cp draft.docx tree/ && printf 'junk' >'tree/~$draft.docx'
compare folder "$bin" check -f text --fail-on never tree
[ $fail = 0 ] && echo "docx: all outputs as expected"
exit $fail
