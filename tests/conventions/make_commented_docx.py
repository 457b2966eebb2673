#!/usr/bin/env python3
"""Writes a Word draft whose review decisions are Word comments:

  make_commented_docx.py OUT.docx

Three paragraphs with an analog duty each. The first carries the comment
"analog-lint: 存置 …" (with a reason), the second "analog-lint: 誤検出" (no
note: a warning), the third a reviewer's own comment (not a decision). The fourth's comment is
anchored on its 後段 from the byte where the 前段 ends: it decides the 後段's
finding only. The fifth has no finding, and its decision comment is unused.
The sixth's "analog-lint: 存置" has no reason: it decides nothing (a warning).
"""
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def commented(cid, before, anchored, after):
    return (f'<w:p>{run(before)}<w:commentRangeStart w:id="{cid}"/>{run(anchored)}'
            f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:commentReference w:id="{cid}"/></w:r>{run(after)}</w:p>')


def comment(cid, text):
    return (f'<w:comment w:id="{cid}" w:author="審査担当" w:date="2026-01-01T00:00:00Z">'
            f'<w:p>{run(text)}</w:p></w:comment>')


body = ''.join([
    f'<w:p>{run("架空市窓口手続条例（案）")}</w:p>',
    commented(0, '第一条　申請者は、', '申請書を市長に提出しなければならない。', ''),
    commented(1, '第二条　事業者は、', '毎年一回、施設を目視により点検しなければならない。', ''),
    commented(2, '第三条　届出者は、', '届出書に押印しなければならない。', ''),
    commented(3, '第四条　事業者は、報告書を市長に提出しなければならない。',
              'この場合において、報告書には代表者が押印しなければならない。', ''),
    commented(4, '第五条　', 'この条例の施行に関し必要な事項は、規則で定める。', ''),
    commented(5, '第六条　利用者は、', '利用届を窓口に持参しなければならない。', ''),
])
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>'
comments = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W}>'
            + comment(0, 'analog-lint: 存置 本人確認のため原本の提出が必要')
            + comment(1, 'analog-lint：誤検出')
            + comment(2, '押印は廃止の方向で検討中')
            + comment(3, 'analog-lint: 存置 代表者の意思確認のため')
            + comment(4, 'analog-lint: 誤検出 委任規定であり手続を定めない')
            + comment(5, 'analog-lint: 存置')
            + '</w:comments>')
content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
                 '</Types>')
with zipfile.ZipFile(sys.argv[1], 'w') as z:
    for name, data in [('[Content_Types].xml', content_types), ('word/document.xml', document),
                       ('word/comments.xml', comments)]:
        info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        z.writestr(info, data)
