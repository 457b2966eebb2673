#!/usr/bin/env bash
# Hostile inputs and invocations of the command line, one ctest test each
# (issue 17): hardening_test.sh BIN TEST. Each test asserts the exit code, the
# message, and that nothing is left behind or overwritten; it ends with
# "N passed, N failed" and fails when one check does.
set -u
bin=$1
test=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
draft="$root/corpus/sample-draft.txt"
export SOURCE_DATE_EPOCH=1780000000
unset GITHUB_STEP_SUMMARY
tmp=$(mktemp -d)
chmod 755 "$tmp"
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
pass=0
fail=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@"; then pass=$((pass + 1)); echo "ok: $what"; else fail=$((fail + 1)); echo "FAIL: $what"; fi
}
no_temp_files() { ! find "$1" -name '*.tmp-*' | grep -q .; }
sentence='第一条　申請者は、申請書を市長に提出しなければならない。'

case "$test" in
non-utf8-name)
  # A Shift_JIS name (「日」 is 0x93 0xFA) from a Windows share.
  name=$(printf 'a\x93\xfa.txt')
  printf '%s\n' "$sentence" >"$tmp/$name"
  for format in json jsonl sarif text github markdown html csv xlsx; do
    "$bin" check -f "$format" -o "$tmp/out.$format" --fail-on never "$tmp/$name" 2>"$tmp/err"
    check "$format: exit 0" test $? -eq 0
    check "$format: the report is written" test -s "$tmp/out.$format"
  done
  check "no temporary file is left" no_temp_files "$tmp"
  check "every text report is valid UTF-8" python3 -c "
import sys
for f in sys.argv[1:]: open(f, encoding='utf-8').read()" "$tmp"/out.{json,jsonl,sarif,text,github,markdown,html,csv}
  check "json and jsonl write the name with \\xNN for the bytes that are not UTF-8" python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
assert d['documents'][0]['file'].endswith('a\\\\x93\\\\xFA.txt'), d['documents'][0]['file']
for line in open(sys.argv[2]): assert json.loads(line)['file'].endswith('a\\\\x93\\\\xFA.txt')" "$tmp/out.json" "$tmp/out.jsonl"
  check "sarif percent-encodes the bytes in the URI" python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
uri = d['runs'][0]['results'][0]['locations'][0]['physicalLocation']['artifactLocation']['uri']
assert uri.endswith('/a%93%FA.txt'), uri" "$tmp/out.sarif"
  check "the xlsx workbook is valid XML throughout" python3 -c "
import sys, zipfile, xml.dom.minidom
z = zipfile.ZipFile(sys.argv[1])
for n in z.namelist():
    if n.endswith('.xml'): xml.dom.minidom.parseString(z.read(n))
assert 'a\\\\x93\\\\xFA.txt' in z.read('xl/sharedStrings.xml').decode()" "$tmp/out.xlsx"
  ;;
*)
  echo "unknown test: $test"
  exit 2
  ;;
esac
echo "$pass passed, $fail failed"
test "$fail" -eq 0
