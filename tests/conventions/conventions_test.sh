#!/usr/bin/env bash
# The linter's conventions, end to end: conventions_test.sh BIN TEST.
# Each test prints what it checked and ends with "N passed, N failed".
# Tools: python3 (with jsonschema: the rdjsonl schema), xmllint (the
# checkstyle XSD), git (ignores). Drafts are copied into a temporary folder.
set -u
bin=$1
test=$2
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
draft="$root/corpus/sample-draft.txt"
export SOURCE_DATE_EPOCH=1780000000
unset GITHUB_STEP_SUMMARY
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
check() {  # check DESCRIPTION COMMAND...
  local what=$1
  shift
  if "$@"; then pass=$((pass + 1)); echo "ok: $what"; else fail=$((fail + 1)); echo "FAIL: $what"; fi
}
jsonl_files() {  # the set of "file" values of a jsonl report, sorted, one a line
  python3 -c "import json,sys; print('\n'.join(sorted({json.loads(l)['file'] for l in open(sys.argv[1])})))" "$1"
}
mkdir -p "$tmp/repo/jourei"
cp "$draft" "$tmp/repo/jourei/a.txt"
cp "$draft" "$tmp/repo/b.txt"
cd "$tmp/repo"

case "$test" in
paths)
  # Every format names files relative to the folder checked from, without "./".
  "$bin" check . --fail-on never -f github >"$tmp/gh" -f jsonl -o "$tmp/f.jsonl" -f sarif -o "$tmp/f.sarif" \
    -f rdjsonl -o "$tmp/f.rdjsonl" -f checkstyle -o "$tmp/f.xml" -f csv -o "$tmp/f.csv"
  check "github: file=jourei/a.txt and file=b.txt, no ./" \
    bash -c "grep -q '^::error file=jourei/a.txt,line=21,' '$tmp/gh' && grep -q 'file=b.txt,' '$tmp/gh' && ! grep -q 'file=\./' '$tmp/gh'"
  check "jsonl: the files are b.txt and jourei/a.txt" test "$(jsonl_files "$tmp/f.jsonl" | tr '\n' ' ')" = "b.txt jourei/a.txt "
  check "sarif: artifact URIs b.txt and jourei/a.txt" python3 -c "
import json,sys
d=json.load(open(sys.argv[1]))
uris={l['physicalLocation']['artifactLocation']['uri'] for r in d['runs'][0]['results'] for l in r['locations']}
assert uris=={'b.txt','jourei/a.txt'}, uris
assert d['runs'][0]['originalUriBaseIds']['%SRCROOT%']['description']['text']=='The folder analog-lint ran in.'" "$tmp/f.sarif"
  check "rdjsonl: paths b.txt and jourei/a.txt" python3 -c "
import json,sys
assert {json.loads(l)['location']['path'] for l in open(sys.argv[1])}=={'b.txt','jourei/a.txt'}" "$tmp/f.rdjsonl"
  check "checkstyle: file names b.txt and jourei/a.txt" bash -c "grep -q '<file name=\"jourei/a.txt\">' '$tmp/f.xml' && grep -q '<file name=\"b.txt\">' '$tmp/f.xml'"
  check "csv: no ./ in any row" bash -c "! grep -q '\./' '$tmp/f.csv'"
  "$bin" check ./jourei/../b.txt --fail-on never -f jsonl >"$tmp/g.jsonl"
  check "a file named ./jourei/../b.txt is reported as b.txt" test "$(jsonl_files "$tmp/g.jsonl")" = "b.txt"
  git init -q .
  (cd jourei && "$bin" check a.txt --fail-on never -f github -f sarif -o "$tmp/sub.sarif" -f jsonl -o "$tmp/sub.jsonl") >"$tmp/gh"
  check "from a subfolder of a git work tree, github names the file from the root (jourei/a.txt)" \
    bash -c "grep -q '^::error file=jourei/a.txt,line=21,' '$tmp/gh' && ! grep -q 'file=a.txt' '$tmp/gh'"
  check "... and so does sarif, whose %SRCROOT% is the work tree's root" python3 -c "
import json,sys
d=json.load(open(sys.argv[1]))
assert {l['physicalLocation']['artifactLocation']['uri'] for r in d['runs'][0]['results'] for l in r['locations']}=={'jourei/a.txt'}
assert d['runs'][0]['originalUriBaseIds']['%SRCROOT%']['description']['text']=='The root of the git work tree analog-lint ran in.'" "$tmp/sub.sarif"
  check "... while the other formats keep the name as given (a.txt)" test "$(jsonl_files "$tmp/sub.jsonl")" = "a.txt"
  ;;
output-format)
  "$bin" check b.txt --fail-on never -o "$tmp/out.html" >"$tmp/stdout"
  check "-o out.html alone writes HTML (from the extension)" grep -q "<!DOCTYPE html>" "$tmp/out.html"
  check "... and nothing on standard output" test ! -s "$tmp/stdout"
  "$bin" check b.txt --fail-on never -o "$tmp/x.sarif" -f html >"$tmp/stdout"
  check "-o x.sarif -f html: SARIF to the file" python3 -c "import json,sys; assert json.load(open(sys.argv[1]))['version']=='2.1.0'" "$tmp/x.sarif"
  check "... and HTML to standard output" grep -q "<!DOCTYPE html>" "$tmp/stdout"
  "$bin" check b.txt --fail-on never -f jsonl -o "$tmp/r.jsonl" -o "$tmp/r.xml" -o "$tmp/r.rdjsonl"
  check "-f jsonl -o r.jsonl -o r.xml -o r.rdjsonl: jsonl, checkstyle, rdjsonl" bash -c "
    head -1 '$tmp/r.jsonl' | grep -q '\"fingerprint\"' && grep -q '<checkstyle' '$tmp/r.xml' &&
    head -1 '$tmp/r.rdjsonl' | grep -q '\"severity\":\"WARNING\"'"
  "$bin" check b.txt -f html -o "$tmp/y.sarif" 2>"$tmp/err"
  check "-f html -o y.sarif is an error (exit 2)" test $? -eq 2
  check "... naming both" grep -q "^analog-lint: -f html -o $tmp/y.sarif: the file's extension names sarif, not html" "$tmp/err"
  check "... and writes nothing" test ! -e "$tmp/y.sarif"
  "$bin" check b.txt -o "$tmp/report.out" 2>"$tmp/err"
  check "-o report.out without -f is an error (exit 2)" test $? -eq 2
  check "... that asks for -f" grep -q "cannot tell the format from the extension; give -f FORMAT before -o" "$tmp/err"
  "$bin" check b.txt --fail-on never -f github -o "$tmp/annotations.txt"
  check "-f github -o annotations.txt is allowed (.txt holds text formats)" grep -q "^::error file=b.txt" "$tmp/annotations.txt"
  ;;
option-values)
  "$bin" check --enable paper-document b.txt jourei/a.txt --fail-on never -f jsonl >"$tmp/f.jsonl" 2>"$tmp/err"
  check "--enable X a b: both files are checked" test "$(jsonl_files "$tmp/f.jsonl" | tr '\n' ' ')" = "b.txt jourei/a.txt "
  check "... with X only" python3 -c "
import json,sys
assert {json.loads(l)['category'] for l in open(sys.argv[1])}=={'paper-document'}" "$tmp/f.jsonl"
  "$bin" check --disable paper-document,visual-inspection b.txt --fail-on never -f jsonl >"$tmp/f.jsonl"
  check "--disable a,b c.txt: a comma list, c.txt still an input" python3 -c "
import json,sys
cats={json.loads(l)['category'] for l in open(sys.argv[1])}
assert cats and not cats & {'paper-document','visual-inspection'}, cats" "$tmp/f.jsonl"
  mkdir -p "$tmp/rules"
  "$bin" check --rules "$tmp/rules" b.txt --fail-on never -f jsonl >"$tmp/f.jsonl" 2>"$tmp/err"
  check "--rules DIR a.txt: a.txt is an input, not a rule folder" test "$(jsonl_files "$tmp/f.jsonl")" = "b.txt"
  "$bin" check --enable seal-signature --enable paper-document b.txt --fail-on never -f jsonl >"$tmp/f.jsonl"
  check "--enable repeated: the union" python3 -c "
import json,sys
assert {json.loads(l)['category'] for l in open(sys.argv[1])}=={'paper-document'}" "$tmp/f.jsonl"
  ;;
no-files)
  mkdir -p "$tmp/empty" "$tmp/nodrafts"
  echo "not a draft" >"$tmp/nodrafts/notes.md"
  "$bin" check "$tmp/empty" >"$tmp/out" 2>"$tmp/err"
  check "an empty folder: exit 2" test $? -eq 2
  check "... saying no files to check" grep -q "^analog-lint: no files to check" "$tmp/err"
  "$bin" check "$tmp/nodrafts" >"$tmp/out" 2>"$tmp/err"
  check "a folder without a draft: exit 2" test $? -eq 2
  git init -q . && git add . && git -c user.name=t -c user.email=t@example.invalid commit -qm v1
  "$bin" check . --changed-since HEAD -f sarif -o "$tmp/empty.sarif" >"$tmp/out" 2>"$tmp/err"
  check "--changed-since with no changed draft: exit 0" test $? -eq 0
  check "... with a note" grep -q "^analog-lint: no changed draft to check since HEAD" "$tmp/err"
  check "... and an empty SARIF log for the upload" python3 -c "
import json,sys
d=json.load(open(sys.argv[1])); assert d['runs'][0]['results']==[]" "$tmp/empty.sarif"
  ;;
ignores)
  git init -q .
  mkdir -p node_modules/x build archive drafts/old .git/x reiki/2020/x
  for f in node_modules/x/n.txt build/b.txt archive/old.txt drafts/keep.txt drafts/old/o.txt drafts/skip.bak.txt \
           generated.txt .git/x/g.txt reiki/2020/x/r.txt; do cp "$draft" "$f"; done
  printf 'generated.txt\n' >.gitignore
  cat >.analog-lint.yaml <<'YAML'
ignore:
  - archive/
  - "*.bak.txt"
  - drafts/old
  - reiki/**/r.txt
YAML
  "$bin" check . --fail-on never -f jsonl >"$tmp/f.jsonl" 2>"$tmp/err"
  check "default ignores, .gitignore and the config's globs leave out all but three" \
    test "$(jsonl_files "$tmp/f.jsonl" | tr '\n' ' ')" = "b.txt drafts/keep.txt jourei/a.txt "
  "$bin" check archive/old.txt --fail-on never -f jsonl >"$tmp/f.jsonl"
  check "a file named on the command line is checked even when ignored" test "$(jsonl_files "$tmp/f.jsonl")" = "archive/old.txt"
  git add -f generated.txt
  "$bin" check . --fail-on never -f jsonl >"$tmp/f.jsonl"
  check "a tracked file is not ignored by .gitignore (git's rule)" grep -q '"file":"generated.txt"' "$tmp/f.jsonl"
  printf 'ignore: ["*"]\n' >.analog-lint.yaml
  rm generated.txt
  "$bin" check . 2>"$tmp/err"
  check "everything ignored: exit 2, no files to check (N ignored)" grep -q "no files to check (7 ignored)" "$tmp/err"
  ;;
config)
  cat >.analog-lint.yaml <<'YAML'
rules:
  disable: [visual-inspection]
  severity:
    paper-document: info
    paper-document.submit-form: warning
fail-on: warning
YAML
  "$bin" check b.txt -f jsonl >"$tmp/f.jsonl"
  check "fail-on: warning from the config (exit 1)" test $? -eq 1
  check "disable and severity overrides (a rule id wins over its category)" python3 -c "
import json,sys
fs=[json.loads(l) for l in open(sys.argv[1])]
assert not [f for f in fs if f['category']=='visual-inspection']
sev={f['rule']:f['severity'] for f in fs if f['category']=='paper-document'}
assert sev.get('paper-document.submit-form')=='warning', sev
assert all(v=='info' for k,v in sev.items() if k!='paper-document.submit-form'), sev" "$tmp/f.jsonl"
  "$bin" check b.txt --fail-on never -f jsonl >/dev/null
  check "--fail-on on the command line wins (exit 0)" test $? -eq 0
  printf 'rules:\n  enabel: [x]\n' >.analog-lint.yaml
  "$bin" check b.txt 2>"$tmp/err" >/dev/null
  check "an unknown key: exit 2" test $? -eq 2
  check "... naming file:line:col, with the key meant" grep -q "^analog-lint: .analog-lint.yaml:2:3: unknown key 'enabel' (allowed: enable, disable, severity); did you mean 'enable'?" "$tmp/err"
  printf 'fail-on: warnings\nrules:\n  severity:\n    paper-document: hgih\nfail_on: never\n' >.analog-lint.yaml
  "$bin" check b.txt 2>"$tmp/err" >/dev/null
  check "a slip in each part of the config: all named in one run, in the order written" python3 -c "
import sys
lines=[l for l in open(sys.argv[1]) if '.analog-lint.yaml:' in l]
assert len(lines)==3, lines
assert \"1:10: unknown fail-on 'warnings' (error, warning, info, never); did you mean 'warning'?\" in lines[0], lines
assert \"4:21: unknown severity 'hgih'\" in lines[1] and \"5:1: unknown key 'fail_on'\" in lines[2] and \"did you mean 'fail-on'?\" in lines[2], lines
" "$tmp/err"
  printf 'rules:\n  disable: [periodic-inspecton]\n' >.analog-lint.yaml
  "$bin" check b.txt --fail-on never 2>"$tmp/err" >/dev/null
  check "a mistyped rule or category under rules: exit 2" test $? -eq 2
  check "... with the name meant" grep -q "^analog-lint: .analog-lint.yaml:2:13: rules: disable: 'periodic-inspecton' is no rule or category; did you mean 'periodic-inspection'?" "$tmp/err"
  printf 'rules:\n  enable: [paper-document]\n' >.analog-lint.yaml
  "$bin" check b.txt --enable visual-inspection --fail-on never 2>"$tmp/err" >/dev/null
  check "a category the config enables is known though --enable leaves it out (exit 0)" test $? -eq 0
  printf 'decisions:\n  - rule: paper-document.submit-from\n    decision: 存置\n    reason: 試験\n' >.analog-lint.yaml
  "$bin" check b.txt --fail-on never 2>"$tmp/err" >/dev/null
  check "a misspelt rule id in decisions: exit 2" test $? -eq 2
  check "... at its place, with the name meant" grep -q "^analog-lint: .analog-lint.yaml:2:5: rule 'paper-document.submit-from' is no rule or category; did you mean 'paper-document.submit-form'?" "$tmp/err"
  # Every slip of a file in one run, in the order written: entries, then names.
  printf 'decisions:\n  - category: seal-signature\n    decision: 存置\n  - rule: visual-inspection.by-eye\n    decision: 存置\n' >.analog-lint.yaml
  "$bin" check b.txt --fail-on never 2>"$tmp/err" >/dev/null
  check "two decisions without a reason are both named in one run" \
    test "$(grep -c "^analog-lint: .analog-lint.yaml:[24]:5: a 存置 decision needs a 'reason'" "$tmp/err")" = 2
  printf 'decisions:\n  - rule: visual-inspection\n    decision: 誤検出\n  - category: paper-documnet\n    decision: 誤検出\n' >.analog-lint.yaml
  "$bin" check b.txt --fail-on never 2>"$tmp/err" >/dev/null
  check "and two wrong names too" python3 -c "
import sys
lines = open(sys.argv[1]).read().splitlines()
assert lines[0] == \"analog-lint: .analog-lint.yaml:2:5: 'visual-inspection' is a category: write category: visual-inspection\", lines
assert lines[1].startswith(\"analog-lint: .analog-lint.yaml:4:5: category 'paper-documnet' is no rule or category; did you mean 'paper-document'?\"), lines" "$tmp/err"
  # Names, an entry's several slips and rules: together: one run names all five.
  printf 'rules:\n  disable: [periodic-inspecton]\ndecisions:\n  - rule: paper-document.submit-from\n    path: 9条\n    decision: 存置\n  - rule: visual-inspection\n    decision: 見直す\n' >.analog-lint.yaml
  "$bin" check b.txt --fail-on never 2>"$tmp/err" >/dev/null
  check "every slip of a config in one run: the rules: name, each entry's name, path and reason" python3 -c "
import sys
lines = open(sys.argv[1]).read().splitlines()
want = ['.analog-lint.yaml:2:13: rules: disable:', '.analog-lint.yaml:4:5: rule \'paper-document.submit-from\'',
        '.analog-lint.yaml:5:11: path \'9条\'', '.analog-lint.yaml:4:5: a 存置 decision needs a \'reason\'',
        '.analog-lint.yaml:7:5: \'visual-inspection\' is a category']
assert [any(l.startswith('analog-lint: ' + w) for l in lines) for w in want] == [True] * 5, lines" "$tmp/err"
  rm .analog-lint.yaml
  "$bin" check b.txt --waivers no-such-decisions.yaml 2>"$tmp/err" >/dev/null
  check "a missing --waivers file stops the run (exit 2)" test $? -eq 2
  check "... naming the option" grep -q "^analog-lint: --waivers no-such-decisions.yaml: " "$tmp/err"
  "$bin" check b.txt --baseline no-such-baseline.json 2>"$tmp/err" >/dev/null
  check "a missing --baseline file names the option" grep -q "^analog-lint: --baseline no-such-baseline.json: " "$tmp/err"
  printf 'decisions:\n  - category: paper-document\n    decision: \x91\xb6\x92\x75\n' >.analog-lint.yaml
  "$bin" check b.txt --fail-on never 2>"$tmp/err" >/dev/null
  check "a Shift_JIS config: exit 2, saying it is not UTF-8" grep -q "^analog-lint: .analog-lint.yaml:3: not UTF-8 (invalid byte at offset 54): save the file as UTF-8" "$tmp/err"
  printf 'rules:\n\tdisable: [visual-inspection]\n' >.analog-lint.yaml
  "$bin" check b.txt --fail-on never 2>"$tmp/err" >/dev/null
  check "a tab in the indentation is named as such" grep -q "^analog-lint: .analog-lint.yaml:2:9: YAML syntax error: .* (a tab in the indentation: YAML indents with spaces)" "$tmp/err"
  printf 'rules: {}\nfail-on: sometimes\n' >.analog-lint.yaml
  "$bin" check b.txt 2>"$tmp/err" >/dev/null
  check "a bad fail-on names its place" grep -q "^analog-lint: .analog-lint.yaml:2:10: unknown fail-on 'sometimes'" "$tmp/err"
  printf 'input-format:\n  "*.txt": egov-xml\n' >.analog-lint.yaml
  "$bin" check b.txt 2>"$tmp/err" >/dev/null
  check "input-format: *.txt read as e-Gov XML (so it is broken XML)" grep -q "^analog-lint: b.txt:[0-9]*:[0-9]*: broken XML" "$tmp/err"
  printf 'waivers:\n  - rule: visual-inspection.by-eye\n    path: 第四条\n    reason: 試験\nrules:\n  enable: [visual-inspection]\n' >.analog-lint.yaml
  "$bin" check b.txt -f jsonl --fail-on never >"$tmp/f.jsonl" 2>"$tmp/err"
  check "waivers beside the project keys still apply" python3 -c "
import json,sys
fs=[json.loads(l) for l in open(sys.argv[1])]
assert fs and all(f['category']=='visual-inspection' for f in fs) and fs[0]['status']=='waived', fs" "$tmp/f.jsonl"
  ;;
init)
  "$bin" init >"$tmp/out"
  check "init writes .analog-lint.yaml" grep -q "wrote .analog-lint.yaml" "$tmp/out"
  "$bin" check b.txt -f jsonl >/dev/null 2>"$tmp/err"
  check "the written file is valid (exit 1: findings, no config error)" bash -c "[ \$? -le 1 ] && ! grep -q yaml '$tmp/err'"
  check "it is commented" test "$(grep -c '^ *#' .analog-lint.yaml)" -ge 15
  "$bin" init 2>"$tmp/err"
  check "a second init keeps the file (exit 2)" test $? -eq 2
  check "... saying so" grep -q "already exists (--force replaces it)" "$tmp/err"
  sed -i 's/^fail-on: error/fail-on: never/; s/^    # - periodic-inspection/    - visual-inspection/' .analog-lint.yaml
  "$bin" check b.txt -f jsonl >"$tmp/f.jsonl"
  check "its commented entries work when uncommented (exit 0, a category left out)" bash -c "[ \$? -eq 0 ] && ! grep -q visual-inspection '$tmp/f.jsonl'"
  ;;
stdin)
  "$bin" check - --stdin-filename jourei/from-editor.txt --fail-on never -f jsonl <"$draft" >"$tmp/f.jsonl"
  check "check - reads standard input, named by --stdin-filename" test "$(jsonl_files "$tmp/f.jsonl")" = "jourei/from-editor.txt"
  "$bin" check --fail-on never -f jsonl - <"$draft" >"$tmp/g.jsonl"
  check "the same findings as the file" test "$(wc -l <"$tmp/f.jsonl")" = "$(wc -l <"$tmp/g.jsonl")"
  check "without --stdin-filename it is <stdin>" test "$(jsonl_files "$tmp/g.jsonl")" = "<stdin>"
  printf 'rules:\n  disable: [visual-inspection]\n' >jourei/.analog-lint.yaml
  "$bin" check - --stdin-filename jourei/x.txt --fail-on never -f jsonl <"$draft" >"$tmp/f.jsonl"
  check "the config is looked for from --stdin-filename's folder" bash -c "! grep -q visual-inspection '$tmp/f.jsonl'"
  python3 "$root/tests/docx/make_docx.py" "$tmp/docx" >/dev/null
  "$bin" check - --stdin-filename d.docx --fail-on never <"$tmp/docx/draft.docx" >"$tmp/out"
  check "a Word draft on standard input (format detected by content)" grep -q "^d.docx:" "$tmp/out"
  "$bin" check - - <"$draft" 2>"$tmp/err" >/dev/null
  check "- twice is an error" grep -q "standard input (-) can be read only once" "$tmp/err"
  ;;
rdjsonl)
  "$bin" check . --fail-on never -f rdjsonl -o "$tmp/f.rdjsonl"
  check "every line is valid against the rdjsonl schema" python3 -c "
import json,sys,jsonschema
schema=json.load(open(sys.argv[1]))
lines=open(sys.argv[2]).read().splitlines()
assert len(lines) > 10
for l in lines: jsonschema.validate(json.loads(l), schema)" "$root/tests/conventions/schemas/rdjsonl.schema.json" "$tmp/f.rdjsonl"
  check "the 目視 finding: line 21, columns in UTF-8 bytes (27th character = byte 79), end exclusive" python3 -c "
import json,sys
for l in open(sys.argv[1]):
    d=json.loads(l)
    if d['code']['value']=='visual-inspection.by-eye' and d['location']['path']=='b.txt':
        r=d['location']['range']
        assert r=={'start':{'line':21,'column':79},'end':{'line':21,'column':85}}, r
        assert d['severity']=='ERROR' and d['message'].startswith('第四条: ')
        break
else: raise SystemExit('no finding')" "$tmp/f.rdjsonl"
  ;;
checkstyle)
  "$bin" check . "$root/corpus/municipal-ordinance.txt" --fail-on never -f checkstyle -o "$tmp/f.xml"
  check "xmllint validates the report against the checkstyle XSD" \
    xmllint --noout --schema "$root/tests/conventions/schemas/checkstyle.xsd" "$tmp/f.xml"
  check "the 目視 finding: line 21 column 27, severity error, source analog-lint.RULE" \
    grep -q '<error line="21" column="27" severity="error" message="第四条: .*" source="analog-lint.visual-inspection.by-eye"/>' "$tmp/f.xml"
  printf '第一条　この規則は、公布の日から施行する。\n' >clean.txt
  "$bin" check clean.txt -f checkstyle >"$tmp/clean.xml"
  check "a clean file is listed without errors" grep -q '<file name="clean.txt">' "$tmp/clean.xml"
  check "... and validates" xmllint --noout --schema "$root/tests/conventions/schemas/checkstyle.xsd" "$tmp/clean.xml"
  ;;
word-decisions)
  python3 "$here/make_commented_docx.py" decided.docx
  "$bin" check decided.docx --fail-on never -f jsonl >"$tmp/f.jsonl" 2>"$tmp/err"
  check "the 存置 comment is that finding's decision, with its reason" python3 -c "
import json,sys
fs={json.loads(l)['location']['path']:json.loads(l) for l in open(sys.argv[1])}
f=fs['第一条']
assert f['status']=='waived' and f['status_reason']=='本人確認のため原本の提出が必要', f
assert f['decision']['decision']=='存置' and f['decision']['recorded_at']=='decided.docx:2:10', f
assert fs['第二条']['status']=='waived' and fs['第二条']['decision']['decision']=='誤検出', fs['第二条']
assert fs['第三条']['status']=='open', fs['第三条']
assert fs['第六条']['status']=='open' and 'decision' not in fs['第六条'], fs['第六条']
fourth=[json.loads(l) for l in open(sys.argv[1]) if json.loads(l)['location']['path']=='第四条']
by_role={f['location']['role']:f['status'] for f in fourth}
assert by_role=={'前段':'open','後段':'waived'}, by_role" "$tmp/f.jsonl"
  "$bin" check decided.docx --fail-on never -f markdown >"$tmp/review.md" 2>/dev/null
  check "a review row of 前段 and 後段 findings is named by its 条項 alone" grep -q "^| 4 | 第四条 |" "$tmp/review.md"
  check "the decision without a note is a warning naming where" \
    grep -q "^analog-lint: decided.docx:3:10: the Word comment \"analog-lint: 誤検出\" has no note" "$tmp/err"
  check "a decision comment on a sentence with no finding is an unused decision, with its place" \
    grep -q "^analog-lint: decided.docx:6:5: unused decision: 誤検出 in a Word comment at 第五条 covers no finding" "$tmp/err"
  check "and the review report lists it as covering nothing" grep -q "| 誤検出 | 委任規定であり手続を定めない | .*| なし（第五条の Word コメントに当たる指摘はありません" "$tmp/review.md"
  check "a 存置 without a reason decides nothing, as in .analog-lint.yaml" \
    grep -q "^analog-lint: decided.docx:7:10: the Word comment \"analog-lint: 存置\" has no reason, so it decides nothing" "$tmp/err"
  check "a reviewer's own comment is not a decision (no warning about it)" test "$(wc -l <"$tmp/err")" -eq 3
  ;;
*)
  echo "unknown test $test"
  fail=1
  ;;
esac
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
