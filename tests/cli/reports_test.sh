#!/usr/bin/env bash
# End-to-end tests of reports and gates: reports_test.sh BIN TEST.
# Each test prints what it checked and ends with "N passed, N failed".
# Tools: python3 (xlsx and JSON checks), chromium (html), sarif-multitool (SARIF
# schema; SARIF_MULTITOOL names its binary, installed by ci/bootstrap.sh).
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

case "$test" in
multi-output)
  "$bin" check -f sarif -o "$tmp/out.sarif" -f text --fail-on never "$draft" >"$tmp/stdout"
  check "text goes to standard output" grep -q "findings in 1 file" "$tmp/stdout"
  check "sarif goes to its file" python3 -c "import json,sys; d=json.load(open(sys.argv[1])); assert d['version']=='2.1.0' and d['runs'][0]['results']" "$tmp/out.sarif"
  check "no temporary file is left" bash -c "! ls '$tmp' | grep -q tmp-"
  "$bin" check -o "$tmp/out.sarif" --fail-on warning "$draft" >"$tmp/stdout" 2>"$tmp/err"
  check "every report in a file, the gate failing: exit 1" test $? -eq 1
  check "... and one line says why, naming the report" bash -c \
    "test ! -s '$tmp/stdout' && grep -q '^analog-lint: [0-9]* open findings at or above warning in 1 file fail the gate (exit 1); see .*out.sarif$' '$tmp/err'"
  "$bin" check -o "$tmp/out.sarif" -f text --fail-on warning "$draft" >/dev/null 2>"$tmp/err"
  check "with a report on standard output, no extra line" bash -c "! grep -q 'fail the gate' '$tmp/err'"
  mkdir "$tmp/twins" && cp "$draft" "$tmp/twins/a.txt" && cp "$draft" "$tmp/twins/b.txt"
  (cd "$tmp/twins" && "$bin" check . -o review.md -o review.html --fail-on never 2>/dev/null)
  check "two drafts of one title: each section and row names its file too" bash -c \
    "grep -q '^## 指摘事項: 架空物品保管業法（案）［a.txt］' '$tmp/twins/review.md' &&
     grep -q '^## 指摘事項: 架空物品保管業法（案）［b.txt］' '$tmp/twins/review.md' &&
     grep -q '<h2>指摘事項: 架空物品保管業法（案）［b.txt］</h2>' '$tmp/twins/review.html'"
  ;;
xlsx)
  "$bin" check -f xlsx -o "$tmp/report.xlsx" --fail-on never "$draft"
  check "the workbook has a summary and a findings sheet, headers, a row, a filter and a frozen header" \
    python3 "$here/check_xlsx.py" "$tmp/report.xlsx"
  ;;
sarif-schema)
  tool=${SARIF_MULTITOOL:-}
  check "sarif-multitool is installed (ci/bootstrap.sh)" test -x "$tool"
  "$bin" check -f sarif -o "$tmp/out.sarif" --fail-on never "$draft" "$root/corpus/municipal-ordinance.txt"
  "$tool" validate "$tmp/out.sarif" -o "$tmp/validation.sarif" >"$tmp/validation.log" 2>&1
  check "sarif-multitool validates the log" test $? -eq 0
  check "no schema error or rule warning in the validation" bash -c "! grep -E ': (error|warning) ' '$tmp/validation.log'"
  ;;
html)
  "$bin" check -f html -o "$tmp/report.html" --fail-on never "$draft"
  browser=$(command -v chromium || true)
  check "chromium is installed (ci/bootstrap.sh)" test -n "$browser"
  flags=(--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update
         --disable-sync --no-first-run "--user-data-dir=$tmp/profile")
  timeout 120 "$browser" "${flags[@]}" --dump-dom "file://$tmp/report.html" >"$tmp/dom.html" 2>/dev/null
  check "the page has the report's heading" grep -q "デジタル法制審査 点検結果" "$tmp/dom.html"
  check "the page lists the findings with the match marked" \
    python3 -c "import sys; t=open(sys.argv[1]).read(); assert t.count('<mark>') >= 5 and t.count('<tr') >= 10" "$tmp/dom.html"
  timeout 120 "$browser" "${flags[@]}" --window-size=1400,1800 "--screenshot=$tmp/report.png" \
    "file://$tmp/report.html" >/dev/null 2>&1
  check "the screenshot is a full page, not a blank one" \
    python3 -c "import os,sys; assert os.path.getsize(sys.argv[1]) > 50000" "$tmp/report.png"
  # Printed on A4 landscape (Chromium's PDF, pages counted): the sample draft in
  # 3 pages or fewer, 地方自治法施行令 at no more than one page per five findings.
  pages() {  # pages HTML PDF: prints the page count of HTML printed to PDF
    timeout 120 "$browser" "${flags[@]}" --no-pdf-header-footer "--print-to-pdf=$2" "file://$1" >/dev/null 2>&1
    python3 -c "import re,sys; print(len(re.findall(rb'/Type\s*/Page(?!s)', open(sys.argv[1],'rb').read())))" "$2"
  }
  n=$(pages "$tmp/report.html" "$tmp/report.pdf")
  echo "sample-draft.txt: $n pages"
  check "the sample draft prints on 3 A4 pages or fewer ($n)" test "$n" -ge 1 -a "$n" -le 3
  law="${SHARED_DIR:-$root/../shared}/corpus-samples/plaintext/322CO0000000016.txt"
  "$bin" check -f html -o "$tmp/law.html" -f jsonl -o "$tmp/law.jsonl" --fail-on never "$law"
  findings=$(wc -l <"$tmp/law.jsonl")
  n=$(pages "$tmp/law.html" "$tmp/law.pdf")
  echo "322CO0000000016.txt: $findings findings, $n pages"
  check "地方自治法施行令 has findings to print ($findings)" test "$findings" -ge 20
  check "地方自治法施行令 prints at one page per five findings or fewer ($n pages)" test "$n" -ge 1 -a $((n * 5)) -le "$findings"
  ;;
waiver)
  mkdir -p "$tmp/repo/drafts"
  cp "$draft" "$tmp/repo/drafts/draft.txt"
  cat >"$tmp/repo/.analog-lint.yaml" <<'YAML'
waivers:
  - rule: visual-inspection.by-eye
    path: 第四条
    reason: 点検は令和八年度から遠隔監視に切り替える予定であり、その旨を施行規則で定めるため
  - category: seal-signature
    path: 第九十九条
    reason: 試験用の使われない免除
YAML
  (cd "$tmp/repo" && "$bin" check -f jsonl --fail-on never drafts/draft.txt >"$tmp/f.jsonl" 2>"$tmp/err")
  check "exactly one finding is waived, with its reason" python3 -c "
import json,sys
fs=[json.loads(l) for l in open(sys.argv[1])]
w=[f for f in fs if f['status']=='waived']
assert len(w)==1 and w[0]['rule']=='visual-inspection.by-eye' and w[0]['status_reason'].startswith('点検は'), w
assert len(fs) > 5 and all(f['status']=='open' for f in fs if f is not w[0])" "$tmp/f.jsonl"
  check "the unused waiver is reported with its place" grep -q ".analog-lint.yaml:5:5: unused waiver: category seal-signature at 第九十九条" "$tmp/err"
  (cd "$tmp/repo" && "$bin" check -f csv --fail-on never drafts/draft.txt >"$tmp/r.csv")
  check "the report shows it as 存置 with the reason" grep -q "存置,点検は令和八年度" "$tmp/r.csv"
  ;;
docx)
  "$bin" check -f docx -o "$tmp/report.docx" --fail-on never "$draft"
  check "the Word report is a .docx with landscape A4 pages, a repeated header row and the findings" python3 -c "
import sys, zipfile, xml.dom.minidom
z = zipfile.ZipFile(sys.argv[1])
assert {'[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml'} <= set(z.namelist())
doc = z.read('word/document.xml').decode()
xml.dom.minidom.parseString(doc)  # well-formed
assert 'w:orient=\"landscape\"' in doc and 'w:w=\"16838\"' in doc
assert '<w:tblHeader/>' in doc and '<w:highlight w:val=\"yellow\"/>' in doc
for s in ['デジタル原則ごとの結論', '第四条（倉庫の点検）', '未確認', '対応方針・理由', '見直し時期', '1 → 3']:
    assert s in doc, s
# every 類型 in the tally, those without findings too (as md, html and xlsx give them)
for s in ['>FD等記録媒体規制</w:t>', '>常駐・専任規制</w:t>', '>その他のアナログ規制</w:t>']:
    assert s in doc, s  # a row of its own" "$tmp/report.docx"
  "$bin" parse "$tmp/report.docx" >"$tmp/parsed.txt" 2>&1
  check "the project's own Word reader opens the report" grep -q "デジタル法制審査 点検結果" "$tmp/parsed.txt"
  # With no -o: a redirect gets the file, a terminal an error (script(1) gives the run a terminal).
  "$bin" check -f docx --fail-on never "$draft" >"$tmp/piped.docx"
  check "a Word report on stdout goes to a redirect whole" python3 -c "
import sys, zipfile; assert 'word/document.xml' in zipfile.ZipFile(sys.argv[1]).namelist()" "$tmp/piped.docx"
  if command -v script >/dev/null; then
    script -qec "'$bin' check -f docx --fail-on never '$draft'; echo rc=\$?" /dev/null >"$tmp/tty.out" 2>&1 || true
    check "but not onto a terminal (exit 2)" grep -q "rc=2" "$tmp/tty.out"
    check "and says how to write it" grep -q -- "-f docx writes a Word file: give it one with -o FILE, or redirect stdout" "$tmp/tty.out"
  fi
  # Reports written beside the drafts are no drafts: a folder walk leaves them out, and says so.
  mkdir -p "$tmp/walk/out"
  cp "$draft" "$tmp/walk/draft.txt"
  "$bin" check -f docx -o "$tmp/walk/out/r.docx" -f text -o "$tmp/walk/out/r.txt" -f checkstyle -o "$tmp/walk/out/r.xml" \
    --fail-on never "$tmp/walk/draft.txt"
  check "the Word report names analog-lint as its application" python3 -c "
import sys, zipfile
assert b'<Application>analog-lint</Application>' in zipfile.ZipFile(sys.argv[1]).read('docProps/app.xml')" "$tmp/walk/out/r.docx"
  "$bin" check -f jsonl --fail-on never "$tmp/walk" >"$tmp/walk.jsonl" 2>"$tmp/walk.err"
  check "a folder walk checks the draft only" python3 -c "
import json, sys
files = {json.loads(l)['file'] for l in open(sys.argv[1])}
assert files == {sys.argv[2]}, files" "$tmp/walk.jsonl" "$tmp/walk/draft.txt"
  check "and names each report it left out" test "$(grep -c 'a report analog-lint wrote, not a draft: left out' "$tmp/walk.err")" = 3
  # A text report with no open finding: a waived one first, or the summary line alone.
  printf '第1条　市長は、規則を定める。\n' >"$tmp/walk/clean.txt"
  "$bin" check -f text -o "$tmp/walk/out/clean.txt" "$tmp/walk/clean.txt"
  "$bin" check -f text -o "$tmp/walk/out/none.txt" --changed-since HEAD "$tmp/walk/clean.txt" 2>/dev/null || true
  "$bin" check --fail-on never "$tmp/walk" >/dev/null 2>"$tmp/walk2.err"
  check "a report of no finding is left out too" grep -q "out/clean.txt: a report analog-lint wrote" "$tmp/walk2.err"
  printf '<&"x">\n第一条　申請書を提出しなければならない。\n' >"$tmp/a&b<c>.txt"
  "$bin" check -f docx -o "$tmp/esc.docx" --fail-on never "$tmp/a&b<c>.txt"
  check "markup characters in names and text are escaped" python3 -c "
import sys, zipfile, xml.dom.minidom
xml.dom.minidom.parseString(zipfile.ZipFile(sys.argv[1]).read('word/document.xml'))" "$tmp/esc.docx"
  ;;
decisions)
  # A review file in the folder the run starts from, with a glob relative to it,
  # a hand-written full-width path covering its 項, and one decision of each kind.
  mkdir -p "$tmp/repo/drafts"
  cp "$draft" "$tmp/repo/drafts/draft.txt"
  cat >"$tmp/repo/.analog-lint.yaml" <<'YAML'
decisions:
  - rule: paper-document.submit-form
    path: 第３条
    file: drafts/*.txt
    decision: 存置
    reason: 上位法で規定
  - category: in-person-viewing
    file: drafts/*.txt
    decision: 誤検出
    reason: 電子閲覧を既に定めている
  - category: visual-inspection
    path: 第4条
    decision: 見直す
    reason: カメラによる遠隔確認を認める
    due: 2027-03-31
  - category: physical-posting
    path: 第九十九条
    decision: 存置
    reason: 使われない判定
YAML
  (cd "$tmp/repo" && "$bin" check -f jsonl -o f.jsonl -f markdown -o r.md -f csv -o r.csv -f html -o r.html \
     -f sarif -o r.sarif -f text -o r.txt -f xlsx -o r.xlsx -f docx -o r.docx -f json -o r.json \
     --fail-on warning drafts/draft.txt 2>"$tmp/err")
  check "open findings still fail the gate (exit 1)" test $? -eq 1
  check "each decision covers its findings" python3 -c "
import json,sys
fs=[json.loads(l) for l in open(sys.argv[1])]
d={(f['rule'],f['location']['path']):f.get('decision',{}).get('decision','') for f in fs}
assert d[('paper-document.submit-form','第三条第一項')]=='存置', d
assert all(v=='誤検出' for (r,p),v in d.items() if r.startswith('in-person-viewing')), d
assert d[('visual-inspection.by-eye','第四条')]=='見直す', d
st={f['rule']:f['status'] for f in fs}
assert st['paper-document.submit-form']=='waived' and st['visual-inspection.by-eye']=='open'
" "$tmp/repo/f.jsonl"
  check "the unused decision is named with its place" grep -q ".analog-lint.yaml:16:5: unused decision: 存置 for category physical-posting at 第九十九条" "$tmp/err"
  check "a 見直し時期 not yet reached is no note" bash -c "! grep -q 'has passed' '$tmp/err'"
  (cd "$tmp/repo" && "$bin" check -f markdown -o late.md --report-date 2027-04-01 --fail-on never drafts/draft.txt 2>"$tmp/err")
  check "a 見直し時期 passed: a note naming the decision's place" \
    grep -q "^analog-lint: .analog-lint.yaml:11:5: note: the 見直す decision's due date 2027-03-31 has passed (today is 2027-04-01)" "$tmp/err"
  check "and the review report says 期限切れ, in the row and in the decisions" \
    test "$(grep -c '2027-03-31（期限切れ）' "$tmp/repo/late.md")" -eq 2
  for f in r.md r.csv r.html r.txt r.sarif r.json; do
    check "$f shows the decisions and their reasons" bash -c "grep -q 上位法で規定 '$tmp/repo/$f' && grep -q 電子閲覧を既に定めている '$tmp/repo/$f' && grep -q 2027-03-31 '$tmp/repo/$f'"
  done
  check "xlsx shows the decisions" python3 -c "
import zipfile,sys
s=zipfile.ZipFile(sys.argv[1]).read('xl/sharedStrings.xml').decode()
assert '上位法で規定' in s and '誤検出' in s and '2027-03-31' in s" "$tmp/repo/r.xlsx"
  check "docx shows the decisions" python3 -c "
import zipfile,sys
s=zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode()
assert '上位法で規定' in s and '電子閲覧を既に定めている' in s and '2027-03-31' in s and '記録された判定' in s" "$tmp/repo/r.docx"
  check "markdown lists each decision with the findings it covers" grep -q "| 存置 | 上位法で規定 |  | .analog-lint.yaml:2:5 | No.1 第三条第一項 書面規制" "$tmp/repo/r.md"
  check "markdown lists the unused decision too, saying it covered nothing" \
    grep -q "| 存置 | 使われない判定 |  | .analog-lint.yaml:16:5 | なし（類型 physical-posting（第九十九条）に当たる指摘はありません" "$tmp/repo/r.md"
  check "json marks the unused decision" python3 -c "
import json,sys
d=[u for u in json.load(open(sys.argv[1]))['decisions'] if u['reason']=='使われない判定']
assert d and d[0]['unused'] is True and d[0]['covers']==[], d" "$tmp/repo/r.json"
  check "html lists the unused decision" grep -q 使われない判定 "$tmp/repo/r.html"
  check "docx lists the unused decision" python3 -c "
import zipfile,sys
assert '使われない判定' in zipfile.ZipFile(sys.argv[1]).read('word/document.xml').decode()" "$tmp/repo/r.docx"
  check "sarif suppresses 存置 and 誤検出 with the reason" python3 -c "
import json,sys
rs=json.load(open(sys.argv[1]))['runs'][0]['results']
sup=[r['suppressions'][0]['justification'] for r in rs if r.get('suppressions')]
assert '存置: 上位法で規定' in sup and any(s.startswith('誤検出: ') for s in sup), sup" "$tmp/repo/r.sarif"
  cat >"$tmp/repo/all.yaml" <<'YAML'
decisions:
  - category: paper-document
    decision: 存置
    reason: x
YAML
  (cd "$tmp/repo" && "$bin" check -f jsonl --waivers all.yaml --enable paper-document --fail-on info drafts/draft.txt >/dev/null 2>&1)
  check "--fail-on counts only open findings (all kept: exit 0)" test $? -eq 0
  (cd "$tmp/repo" && "$bin" check -f jsonl --waivers all.yaml --fail-on never drafts/draft.txt >"$tmp/both.jsonl" 2>/dev/null)
  check "--waivers adds to the project's decisions: both files' entries apply" python3 -c "
import json,sys
fs=[json.loads(l) for l in open(sys.argv[1])]
why={f['rule']:f.get('decision',{}).get('reason','') for f in fs}
assert why['paper-document.submit-form']=='x', why                        # the run's file wins
assert why['in-person-viewing.keep-at-office']=='電子閲覧を既に定めている', why  # the project's still applies
" "$tmp/both.jsonl"
  # A --waivers file elsewhere: its globs are from its own folder. One written
  # from the top names no draft there and says so; ../ reaches the drafts.
  mkdir -p "$tmp/repo/ci"
  printf 'decisions:\n  - rule: visual-inspection.by-eye\n    file: drafts/*.txt\n    decision: 存置\n    reason: y\n' >"$tmp/repo/ci/d.yaml"
  (cd "$tmp/repo" && "$bin" check --waivers ci/d.yaml --fail-on never drafts >/dev/null 2>"$tmp/err")
  check "a glob that names no draft is said, with the folder it is taken from" \
    grep -q "ci/d.yaml:2:5: unused decision: .*'file: drafts/\*.txt' names no draft under ci/" "$tmp/err"
  (cd "$tmp/repo" && "$bin" check --waivers ci/d.yaml -f github --fail-on never drafts >"$tmp/gh" 2>/dev/null)
  check "-f github annotates it at its entry, saying why" grep -q "^::warning file=ci/d.yaml,line=2,col=5,title=analog-lint unused decision::unused decision: 存置 for rule visual-inspection.by-eye in drafts/\*.txt: 'file: drafts/\*.txt' names no draft under ci/" "$tmp/gh"
  (cd "$tmp/repo/ci" && "$bin" check --waivers d.yaml --fail-on never ../drafts >/dev/null 2>"$tmp/err")
  check "run from that folder, it names the current folder, not ./" \
    grep -q "analog-lint: d.yaml:2:5: unused decision: .*names no draft in the current folder (a glob" "$tmp/err"
  sed -i 's|file: drafts|file: ../drafts|' "$tmp/repo/ci/d.yaml"
  (cd "$tmp/repo" && "$bin" check --waivers ci/d.yaml -f jsonl --fail-on never drafts 2>"$tmp/err" >"$tmp/up.jsonl")
  check "a glob from ../ covers the drafts" grep -q '"reason":"y"' "$tmp/up.jsonl"
  check "and nothing is called unused" bash -c "! grep -q 'ci/d.yaml.*unused' '$tmp/err'"
  # rule: with a category's name would cover nothing: an error at its place.
  printf 'decisions:\n  - rule: visual-inspection\n    decision: 存置\n    reason: z\n' >"$tmp/repo/ci/d.yaml"
  (cd "$tmp/repo" && "$bin" check --waivers ci/d.yaml --fail-on never drafts >/dev/null 2>"$tmp/err")
  check "rule: naming a category exits 2" test $? -eq 2
  check "and says which key to write, once, with no unused line" bash -c \
    "grep -q \"ci/d.yaml:2:5: 'visual-inspection' is a category: write category: visual-inspection\" '$tmp/err' && ! grep -q unused '$tmp/err'"
  ;;
baseline)
  cp "$draft" "$tmp/jourei.txt"
  "$bin" check --fail-on never --write-baseline "$tmp/baseline.json" "$tmp/jourei.txt" >"$tmp/out" 2>"$tmp/err"
  check "writing a baseline prints no finding, only what it wrote" bash -c \
    "test ! -s '$tmp/out' && grep -q '^analog-lint: wrote the baseline .*baseline.json: [0-9]* findings in 1 file$' '$tmp/err'"
  "$bin" check --write-baseline "$tmp/again.json" "$tmp/jourei.txt" 2>"$tmp/err"
  check "a refresh that fails the gate says so, and how a refresh step runs" grep -q \
    "open findings at or above error in 1 file fail the gate (exit 1); a step that refreshes the baseline adds --fail-on never" "$tmp/err"
  "$bin" check -f text --fail-on never --write-baseline "$tmp/again.json" "$tmp/jourei.txt" >"$tmp/out"
  check "with -f text, the findings are printed too" grep -q "findings in 1 file" "$tmp/out"
  cp "$draft" "$tmp/other.txt"
  "$bin" check --fail-on warning --baseline "$tmp/baseline.json" "$tmp/other.txt" >/dev/null
  check "the same sentences in another file are not in its baseline (exit 1)" test $? -eq 1
  # The next version: a new article before the others (renumbering them) and edits elsewhere.
  python3 - "$draft" "$tmp/jourei.txt" <<'PY'
import sys
text = open(sys.argv[1]).read()
text = text.replace("　　　第二章　業務\n", "　　　第二章　業務\n　（届出）\n第三条　物品保管業者は、毎年、事業の状況を主務大臣に届け出なければならない。\n", 1)
for old, new in [("第三条　物品保管業を", "第四条　物品保管業を"), ("第四条　物品保管業者は、一年", "第五条　物品保管業者は、一年"),
                 ("第五条　物品保管業者は、帳簿", "第六条　物品保管業者は、帳簿"), ("第六条　主務大臣は", "第七条　主務大臣は"),
                 ("寄託者の利益を保護する", "寄託者の利益を確実に保護する")]:
    text = text.replace(old, new, 1)
open(sys.argv[2], "w").write(text)
PY
  "$bin" check --fail-on warning --baseline "$tmp/baseline.json" "$tmp/jourei.txt" >/dev/null
  check "renumbered articles and edits elsewhere: every old finding is in the baseline (exit 0)" test $? -eq 0
  sed -i 's/事業の状況を主務大臣に届け出なければならない。/事業の状況を記載した報告書を主務大臣に提出しなければならない。/' "$tmp/jourei.txt"
  "$bin" check -f jsonl --fail-on warning --baseline "$tmp/baseline.json" "$tmp/jourei.txt" >"$tmp/f.jsonl"
  check "a new analog requirement fails the gate (exit 1)" test $? -eq 1
  check "only the new finding is open" python3 -c "
import json,sys
fs=[json.loads(l) for l in open(sys.argv[1])]
opened=[f for f in fs if f['status']=='open']
assert len(opened)==1 and opened[0]['location']['path']=='第三条', opened
assert sum(f['status']=='baselined' for f in fs) == len(fs)-1" "$tmp/f.jsonl"
  # The review's result line adds up as the text does: a baselined finding with
  # a 見直す decision is baselined, not 要見直し; the open one is 1 件・1 条項.
  mkdir -p "$tmp/rv"
  cp "$tmp/jourei.txt" "$tmp/baseline.json" "$tmp/rv/"
  printf 'decisions:\n  - category: in-person-viewing\n    decision: 見直す\n    reason: 電子閲覧\n' >"$tmp/rv/.analog-lint.yaml"
  "$bin" check -f markdown -o "$tmp/rv.md" -f text -o "$tmp/rv.txt" --fail-on never --baseline "$tmp/rv/baseline.json" "$tmp/rv/jourei.txt"
  baselined=$(grep -o '[0-9]* baselined' "$tmp/rv.txt" | cut -d' ' -f1)
  check "markdown counts what text counts: 1 open in 1 条項, the rest baselined" \
    grep -q "| 結果 | 要見直し 1 件・1 条項（未確認 1 件、見直す 0 件）、存置 0 件、誤検出 0 件、ベースライン登録済み $baselined 件 |" "$tmp/rv.md"
  check "a baselined finding keeps its 見直す in its row" grep -q "| 見直す・ベースライン登録済み |" "$tmp/rv.md"
  check "a principle touched only by baselined findings is concluded so, not 要見直し" \
    grep -q "| 共通基盤利用原則 | ベースライン登録済み | No.[0-9]* 第六条第二項（ベースライン登録済み） |" "$tmp/rv.md"
  # Entries name files from the baseline's own folder: the gate matches them from any folder.
  mkdir -p "$tmp/repo/drafts" "$tmp/repo/ci" "$tmp/repo/sub"
  cp "$draft" "$tmp/repo/drafts/a.txt"
  (cd "$tmp/repo" && "$bin" check --fail-on never --write-baseline ci/baseline.json drafts/a.txt >/dev/null)
  check "entries name the file from the baseline's folder" grep -q '"file": "../drafts/a.txt"' "$tmp/repo/ci/baseline.json"
  (cd "$tmp/repo/sub" && "$bin" check --fail-on warning --baseline ../ci/baseline.json ../drafts/a.txt >/dev/null 2>&1)
  check "a gate run from another folder matches the baseline (exit 0)" test $? -eq 0
  python3 - "$tmp/repo/ci/baseline.json" "$tmp/repo/v1.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
d['schema_version'] = 1  # an older baseline: names relative to the folder it was written from
for f in d['findings']:
    f['file'] = 'drafts/a.txt'
json.dump(d, open(sys.argv[2], 'w'))
PY
  (cd "$tmp/repo" && "$bin" check --fail-on warning --baseline v1.json drafts/a.txt >/dev/null 2>&1)
  check "a schema-1 baseline is still read as before (exit 0)" test $? -eq 0
  (cd "$tmp/repo/sub" && "$bin" check --fail-on warning --baseline ../v1.json ../drafts/a.txt >/dev/null 2>"$tmp/err")
  check "a baseline that names the file from another folder is said, not silent" \
    grep -q "../drafts/a.txt: not in the baseline ../v1.json, which names drafts/a.txt" "$tmp/err"
  ;;
amendment)
  # 改め文: each place in the amended ordinance is its own row, named in every format.
  amend="$root/corpus/municipal-amendment.txt"
  "$bin" check -f markdown -o "$tmp/r.md" -f sarif -o "$tmp/r.sarif" --fail-on never "$amend"
  check "markdown names the place in the amended ordinance" \
    grep -q "| 第１条（架空市手数料条例の一部改正） → 改正後の架空市手数料条例第６条第３号 |" "$tmp/r.md"
  "$bin" check --write-baseline "$tmp/b.json" "$amend" 2>/dev/null
  check "a baseline names the place in the amended ordinance too" python3 -c "
import json,sys
got={e.get('amended','') for e in json.load(open(sys.argv[1]))['findings']}
assert '改正後の架空市手数料条例第６条第３号' in got, got" "$tmp/b.json"
  check "two places amended by one article are two rows" \
    grep -q "| 2 | 第１条（架空市手数料条例の一部改正） → 改正後の架空市手数料条例第８条第２項第３号 |" "$tmp/r.md"
  check "sarif names the place in the amended ordinance" python3 -c "
import json,sys
d=json.load(open(sys.argv[1]))
clauses={r['properties']['clause'] for r in d['runs'][0]['results']}
assert '第２条（架空市公園条例の一部改正） → 改正後の架空市公園条例第１２条第２項' in clauses, clauses" "$tmp/r.sarif"
  # A decision names the place in the amended ordinance, as the reports print it;
  # one for a file this run does not check is not "unused".
  mkdir -p "$tmp/d"
  cp "$amend" "$tmp/d/kaisei.txt"
  cat >"$tmp/d/.analog-lint.yaml" <<'YAML'
decisions:
  - rule: visual-inspection.patrol-watch
    path: 第12条第2項
    decision: 存置
    reason: 遊具の安全は現地でしか確かめられないため
  - category: paper-document
    path: 第3条
    file: other-*.txt
    decision: 見直す
    reason: 電子申請を認める
YAML
  printf '第1条　この条例は、公布の日から施行する。\n第3条　申請者は、申請書を市長に提出しなければならない。\n' >"$tmp/d/other-a.txt"
  "$bin" check -f jsonl --fail-on never "$tmp/d/kaisei.txt" >"$tmp/d.jsonl" 2>"$tmp/d.err"
  check "a decision by the amended place covers the finding" python3 -c "
import json,sys
fs=[json.loads(l) for l in open(sys.argv[1])]
w=[f for f in fs if f['rule']=='visual-inspection.patrol-watch']
assert w and all(f['status']=='waived' for f in w), w" "$tmp/d.jsonl"
  check "a decision for files not checked is not called unused" bash -c "! grep -q unused '$tmp/d.err'"
  # A decision with no file: glob may be for any draft under its folder: a run
  # that checks one of them (a pre-commit hook) cannot call it unused; a run
  # over the whole folder can.
  printf '第1条　許可を受けた者は、許可証を見やすい場所に掲示しなければならない。\n' >"$tmp/d/keiji.txt"
  cat >>"$tmp/d/.analog-lint.yaml" <<'YAML'
  - rule: physical-posting.post-notice
    path: 第1条
    decision: 存置
    reason: 現地で示す必要があるため
  - rule: seal-signature.seal-or-sign
    path: 第1条
    decision: 誤検出
    reason: 押印を求める規定はない
YAML
  "$bin" check --fail-on never "$tmp/d/kaisei.txt" >/dev/null 2>"$tmp/d1.err"
  check "a one-draft run calls no decision for the other drafts unused" bash -c "! grep -q unused '$tmp/d1.err'"
  "$bin" check - --stdin-filename "$tmp/d/kaisei.txt" --fail-on never <"$tmp/d/kaisei.txt" >/dev/null 2>"$tmp/d2.err"
  check "nor does a run on standard input" bash -c "! grep -q unused '$tmp/d2.err'"
  "$bin" check --fail-on never "$tmp/d" >/dev/null 2>"$tmp/d3.err"
  check "a run over the folder calls the decision that covered nothing unused" \
    grep -q "unused decision: 誤検出 for rule seal-signature.seal-or-sign at 第1条" "$tmp/d3.err"
  check "and only that one" test "$(grep -c unused "$tmp/d3.err")" = 1
  ;;
advisories)
  # An info finding (keeping books) is advice: out of the review's rows and totals, said apart.
  printf '第1条　事業者は、帳簿を備え、取引の内容を記載し、これを5年間保存しなければならない。\n第2条　事業者は、申請書を町長に提出しなければならない。\n' >"$tmp/kb.txt"
  "$bin" check -f markdown -o "$tmp/kb.md" -f json -o "$tmp/kb.json" --fail-on never "$tmp/kb.txt"
  check "the review counts the warning only and says the advisory apart" \
    grep -q "要見直し 1 件・1 条項（未確認 1 件、見直す 0 件）、存置 0 件、誤検出 0 件（このほか参考 1 件" "$tmp/kb.md"
  check "the keep-books row is not in the review" bash -c "! grep -q '^| [0-9]* | 第1条 |' '$tmp/kb.md'"
  check "json lists both findings and counts the advisory" python3 -c "
import json,sys
d=json.load(open(sys.argv[1]))
assert len(d['findings'])==2 and d['summary']['open']==1 and d['summary']['advisories']==1, d['summary']" "$tmp/kb.json"
  ;;
changed-since)
  mkdir -p "$tmp/repo"
  cp "$draft" "$tmp/repo/a.txt"
  cp "$draft" "$tmp/repo/b.txt"
  git -C "$tmp/repo" init -q && git -C "$tmp/repo" add . &&
    git -C "$tmp/repo" -c user.name=t -c user.email=t@example.invalid commit -qm v1
  echo "２　物品保管業者は、帳簿を書面により提出しなければならない。" >>"$tmp/repo/b.txt"
  cp "$draft" "$tmp/repo/c.txt"
  (cd "$tmp/repo" && "$bin" check -f jsonl --fail-on never --changed-since HEAD . >"$tmp/f.jsonl")
  check "only the changed and the new file are linted" python3 -c "
import json,sys
files={json.loads(l)['file'] for l in open(sys.argv[1])}
assert files=={'b.txt','c.txt'}, files" "$tmp/f.jsonl"
  (cd "$tmp/repo" && "$bin" check --changed-since no-such-ref . >/dev/null 2>"$tmp/err")
  check "a bad ref is a usage error (exit 2)" test $? -eq 2
  # A change to the decisions alone reopens what they kept: the drafts under them are linted.
  mkdir -p "$tmp/repo/sub"
  cp "$draft" "$tmp/repo/sub/d.txt"
  printf 'decisions:\n  - category: paper-document\n    decision: 存置\n    reason: 上位法で規定\n' >"$tmp/repo/sub/.analog-lint.yaml"
  git -C "$tmp/repo" add . && git -C "$tmp/repo" -c user.name=t -c user.email=t@example.invalid commit -qm v2
  printf 'decisions: []\n' >"$tmp/repo/sub/.analog-lint.yaml"
  (cd "$tmp/repo" && "$bin" check -f jsonl --fail-on never --changed-since HEAD . >"$tmp/f.jsonl")
  check "a changed .analog-lint.yaml has the drafts under it linted" python3 -c "
import json,sys
files={json.loads(l)['file'] for l in open(sys.argv[1])}
assert files=={'sub/d.txt'}, files" "$tmp/f.jsonl"
  ;;
github-summary)
  GITHUB_STEP_SUMMARY="$tmp/summary.md" "$bin" check -f github --fail-on never "$draft" >"$tmp/out"
  check "annotations name the file, line and column" grep -q "^::error file=.*sample-draft.txt,line=26,col=" "$tmp/out"
  check "the job summary is appended" grep -q "# デジタル法制審査 点検結果" "$tmp/summary.md"
  ;;
pre-commit)
  mkdir -p "$tmp/repo"
  git -C "$tmp/repo" init -q
  cp "$draft" "$tmp/repo/draft.txt"
  printf '第一条　この規則は、公布の日から施行する。\n' >"$tmp/repo/clean.txt"
  git -C "$tmp/repo" add clean.txt
  (cd "$tmp/repo" && ANALOG_LINT="$bin" bash "$root/ci/pre-commit-hook.sh" >/dev/null 2>&1)
  check "a clean staged draft passes the hook" test $? -eq 0
  git -C "$tmp/repo" add draft.txt
  (cd "$tmp/repo" && ANALOG_LINT="$bin" bash "$root/ci/pre-commit-hook.sh" >"$tmp/out" 2>&1)
  check "a staged draft with findings stops the commit" test $? -eq 1
  check "the hook names the finding" grep -q "draft.txt:21:27: error" "$tmp/out"
  mkdir -p "$tmp/repo/sub"
  cp "$draft" "$tmp/repo/sub/draft.txt"
  printf 'rules:\n  disable: [visual-inspection]\n' >"$tmp/repo/sub/.analog-lint.yaml"
  git -C "$tmp/repo" add sub/draft.txt
  (cd "$tmp/repo" && ANALOG_LINT="$bin" bash "$root/ci/pre-commit-hook.sh" >"$tmp/out" 2>&1)
  check "a folder's own .analog-lint.yaml applies in the hook" \
    bash -c "grep -q '^sub/draft.txt:' '$tmp/out' && ! grep -q '^sub/draft.txt:.*visual-inspection' '$tmp/out'"
  # What the commit records is checked, not the work tree: a clean draft staged,
  # then a finding added to the work tree only, passes; the reverse stops.
  git -C "$tmp/repo" reset -q
  printf '第一条　この規則は、公布の日から施行する。\n' >"$tmp/repo/part.txt"
  git -C "$tmp/repo" add part.txt
  printf '第一条　申請者は、申請書に押印しなければならない。\n' >"$tmp/repo/part.txt"
  (cd "$tmp/repo" && ANALOG_LINT="$bin" bash "$root/ci/pre-commit-hook.sh" >"$tmp/out" 2>&1)
  check "the hook checks the staged content, not the work tree's" test $? -eq 0
  git -C "$tmp/repo" add part.txt
  printf '第一条　この規則は、公布の日から施行する。\n' >"$tmp/repo/part.txt"
  (cd "$tmp/repo" && ANALOG_LINT="$bin" bash "$root/ci/pre-commit-hook.sh" >"$tmp/out" 2>&1)
  check "a finding staged but gone from the work tree still stops the commit" test $? -eq 1
  check "and is named at its staged line" grep -q "^part.txt:1:.*押印" "$tmp/out"
  rm "$tmp/repo/part.txt"
  (cd "$tmp/repo" && ANALOG_LINT="$bin" bash "$root/ci/pre-commit-hook.sh" >"$tmp/out" 2>&1)
  check "a staged draft since deleted from the work tree is still checked" \
    bash -c "test $? -eq 1 && grep -q '^part.txt:1:.*押印' '$tmp/out'"
  git -C "$tmp/repo" checkout -q -- part.txt
  # The repository's baseline applies, its names from the top; a decision for a
  # draft not staged is not called unused.
  printf '第1条　許可を受けた者は、許可証を見やすい場所に掲示しなければならない。\n' >"$tmp/repo/keiji.txt"
  printf 'decisions:\n  - category: physical-posting\n    path: 第1条\n    decision: 存置\n    reason: 例示\n' >"$tmp/repo/.analog-lint.yaml"
  git -C "$tmp/repo" add -A
  git -C "$tmp/repo" -c user.name=t -c user.email=t@example.org commit -q --no-verify -m drafts
  (cd "$tmp/repo" && "$bin" check . --write-baseline .analog-lint-baseline.json --fail-on never >/dev/null 2>&1)
  printf '\n' >>"$tmp/repo/draft.txt"
  git -C "$tmp/repo" add draft.txt
  (cd "$tmp/repo" && ANALOG_LINT="$bin" bash "$root/ci/pre-commit-hook.sh" >"$tmp/out" 2>&1)
  check "findings in the repository's baseline pass the hook" test $? -eq 0
  check "the hook says nothing of the baseline's names" bash -c "! grep -q 'not in the baseline' '$tmp/out'"
  check "nor calls a decision for an unstaged draft unused" bash -c "! grep -q 'unused' '$tmp/out'"
  # A commit that stages only the decisions: deleting a 存置 reopens its finding.
  git -C "$tmp/repo" -c user.name=t -c user.email=t@example.org commit -q --no-verify -m more
  printf 'decisions: []\n' >"$tmp/repo/.analog-lint.yaml"
  git -C "$tmp/repo" add .analog-lint.yaml
  (cd "$tmp/repo" && ANALOG_LINT="$bin" bash "$root/ci/pre-commit-hook.sh" >"$tmp/out" 2>&1)
  check "a commit of the decisions alone is checked: the reopened finding stops it" test $? -eq 1
  check "naming it" grep -q "^keiji.txt:1:.*physical-posting" "$tmp/out"
  (cd "$tmp/repo" && "$bin" check --staged --write-baseline b.json . >/dev/null 2>"$tmp/err")
  check "--write-baseline is refused with --staged (exit 2)" test $? -eq 2
  check "saying why" grep -q "write-baseline b.json: not with --staged, which checks some drafts only" "$tmp/err"
  mkdir -p "$tmp/nogit"
  (cd "$tmp/nogit" && GIT_CEILING_DIRECTORIES="$tmp" "$bin" check --staged . >/dev/null 2>"$tmp/err")
  check "--staged outside a git work tree exits 2" test $? -eq 2
  check "and says why" grep -q "staged: not in a git work tree" "$tmp/err"
  ;;
failed-input)
  # A file that cannot be checked is named in every report, not only on standard error.
  (cd "$tmp" && "$bin" check "$draft" missing.txt -f sarif -o out.sarif -f markdown -o out.md -f json -o out.json \
     -f html -o out.html --fail-on never >/dev/null 2>"$tmp/err")
  check "exit 2 when an input cannot be read" test $? -eq 2
  check "standard error names the file" grep -q "missing.txt: no such file" "$tmp/err"
  check "sarif: the invocation failed, with a notification at the file" python3 -c "
import json, sys
inv = json.load(open(sys.argv[1]))['runs'][0]['invocations'][0]
assert inv['executionSuccessful'] is False
n = inv['toolExecutionNotifications'][0]
assert n['level'] == 'error' and 'no such file' in n['message']['text']
assert n['locations'][0]['physicalLocation']['artifactLocation']['uri'] == 'missing.txt'" "$tmp/out.sarif"
  check "markdown: the result counts it and the summary names it" \
    bash -c "grep -q '点検できなかったファイル 1 件' '$tmp/out.md' && grep -q '| 点検できなかったファイル | ファイルが見つかりません（missing.txt: no such file） |' '$tmp/out.md'"
  check "markdown: it does not claim the whole input was checked" bash -c "! grep -q '全文を点検しました' '$tmp/out.md'"
  check "json: failures lists it" python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
assert d['failures'] == [{'file': 'missing.txt', 'message': 'missing.txt: no such file'}]" "$tmp/out.json"
  check "html: the summary names it, in Japanese with the message printed" grep -q "点検できなかったファイル: ファイルが見つかりません（missing.txt: no such file）" "$tmp/out.html"
  tool=${SARIF_MULTITOOL:-}
  if [ -x "$tool" ]; then
    "$tool" validate "$tmp/out.sarif" -o "$tmp/validation.sarif" >"$tmp/validation.log" 2>&1
    check "sarif-multitool validates the log with the failed invocation" test $? -eq 0
  fi
  (cd "$tmp" && "$bin" check "$draft" -f sarif -o ok.sarif --fail-on never >/dev/null 2>&1)
  check "sarif: a run that read every input succeeded" python3 -c "
import json, sys
inv = json.load(open(sys.argv[1]))['runs'][0]['invocations'][0]
assert inv['executionSuccessful'] is True and inv['toolExecutionNotifications'] == []" "$tmp/ok.sarif"
  # A draft checked whose decisions could not be applied is named apart from the inputs not checked.
  mkdir -p "$tmp/cfg"
  cp "$draft" "$tmp/cfg/draft.txt"
  printf 'decisions:\n  - rule: paper-document.no-such-rule\n    decision: 存置\n    reason: 様式の一部\n' \
    >"$tmp/cfg/.analog-lint.yaml"
  (cd "$tmp/cfg" && "$bin" check draft.txt -f markdown -o out.md -f json -o out.json --fail-on never >/dev/null 2>&1)
  check "exit 2 when the decisions cannot be applied" test $? -eq 2
  check "markdown: the draft is named as checked without its decisions, not as unchecked" \
    bash -c "grep -q '判定を適用できなかったファイル 1 件' '$tmp/cfg/out.md' && ! grep -q '点検できなかったファイル' '$tmp/cfg/out.md'"
  check "json: the failure says the draft was checked" python3 -c "
import json, sys
d = json.load(open(sys.argv[1]))
assert [f.get('checked') for f in d['failures']] == [True] and d['findings']" "$tmp/cfg/out.json"
  ;;
*)
  echo "unknown test $test"
  fail=1
  ;;
esac
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
