#!/usr/bin/env python3
"""Reads an xlsx review report back (zip + XML) and checks its structure."""
import re
import sys
import zipfile

z = zipfile.ZipFile(sys.argv[1])
workbook = z.read("xl/workbook.xml").decode()
sheets = re.findall(r'<sheet name="([^"]+)"', workbook)
assert sheets == ["概要", "指摘事項"], sheets
strings = [s for s in re.findall(r"<t[^>]*>([^<]*)</t>", z.read("xl/sharedStrings.xml").decode())]
for header in ["番号", "法令名・法令番号", "条項", "規定の抜粋", "類型", "抵触するデジタル原則", "判定",
               "対応方針・理由", "見直し時期", "現在PHASE→目標PHASE", "代替技術の例", "見直しの方向性"]:
    assert header in strings, header
findings = z.read("xl/worksheets/sheet2.xml").decode()
assert re.search(r'<autoFilter ref="A1:Q\d+"/>', findings), "no filter on the header row"
# 判定 (column G) offers the four decisions as a drop-down list.
assert re.search(r'<dataValidation type="list"[^>]*sqref="G2:G\d+"', findings), "no drop-down on 判定"
assert '<formula1>"未確認,見直す,存置,誤検出"</formula1>' in findings, "the drop-down lists the wrong choices"
assert 'wrapText="1"' in z.read("xl/styles.xml").decode(), "no wrapped text"
assert 'state="frozen"' in findings and 'ySplit="1"' in findings, "the header row is not frozen"
rows = re.findall(r"<row r=\"(\d+)\"", findings)
assert len(rows) >= 6, rows
# A row: the 第四条 finding with its excerpt marked.
assert any(s.startswith("第四条") for s in strings), "no 第四条 row"
assert any("【" in s and "目視" in s for s in strings if s.startswith("物品保管業者は、")), "no excerpt with the match marked"
assert "未確認" in strings and "1 → 3" in strings
print("xlsx ok: sheets %s, %d rows" % (sheets, len(rows)))
# The summary sheet gives the result line of every review format, and the file's format and encoding.
assert any(re.match(r"要見直し \d+ 件・\d+ 条項（未確認 \d+ 件、見直す \d+ 件）、存置 \d+ 件、誤検出 \d+ 件", s) for s in strings), \
    "no result line on the summary sheet"
assert any(s.endswith("、text、UTF-8）") for s in strings), "the 対象 line names no format and encoding"
print("xlsx summary ok")
