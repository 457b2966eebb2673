#!/usr/bin/env python3
"""Builds the Word drafts the DOCX tests read, from XML written here.

  make_docx.py OUT_DIR

writes, byte for byte the same on every run:
  draft.docx      an ordinance draft: 条/項/号 numbered by Word (numbering.xml,
                  through a paragraph style and directly), tracked changes (an
                  inserted analog duty, a deleted one, a deleted paragraph mark),
                  a comment that speaks of 押印, and a 別表 table.
  comparison.docx a 新旧対照表 (改正後 | 改正前): a duty kept as it was, one the
                  amendment adds and one it removes.
  no-body.docx    a zip archive without word/document.xml.
  truncated.docx  the first half of draft.docx.
  bomb.docx       word/document.xml expands to 70 MB (past the 64 MiB limit).
"""
import os
import sys
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def ins(text):
    return f'<w:ins w:id="1" w:author="drafter" w:date="2026-01-01T00:00:00Z">{run(text)}</w:ins>'


def dele(text):
    return (f'<w:del w:id="2" w:author="drafter" w:date="2026-01-01T00:00:00Z">'
            f'<w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>')


def para(content, style=None, level=None, mark_deleted=False):
    ppr = ''
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if level is not None:
        ppr += f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr>'
    if mark_deleted:
        ppr += '<w:rPr><w:del w:id="3" w:author="drafter" w:date="2026-01-01T00:00:00Z"/></w:rPr>'
    return f'<w:p><w:pPr>{ppr}</w:pPr>{content}</w:p>'


def cell(text):
    return f'<w:tc><w:p>{run(text)}</w:p></w:tc>'


BODY = ''.join([
    para(run('架空市道路占用物件管理条例（案）')),
    para(run('（目的）')),
    para(run('この条例は、道路の占用物件の管理に関し必要な事項を定めるものとする。'), style='Jou'),
    para(run('（点検）')),
    para(run('占用者は、占用物件の状況を、毎年一回以上、目視により点検しなければならない。'), style='Jou'),
    # The report of the inspection was on paper; the change keeps a record instead.
    para(run('占用者は、前項の点検の結果を')
         + dele('記載した書面を市長に提出しなければならない。')
         + ins('記録し、これを五年間保存しなければならない。'), level=1),
    # A paragraph inserted whole: it is part of the draft once accepted.
    para(ins('占用者は、前項の記録を事務所に備え置き、関係者の閲覧に供しなければならない。'), level=1),
    para(run('（届出）')),
    para(run('占用者は、次に掲げる場合には、')
         + '<w:commentRangeStart w:id="0"/>' + run('遅滞なく、その旨を市長に届け出なければならない。')
         + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>', style='Jou'),
    para(run('占用物件の名称を変更したとき。'), level=2),
    # This item's paragraph mark is deleted: accepted, it runs on into the next.
    para(run('占用者の住所を'), level=2, mark_deleted=True),
    para(run('変更したとき。')),
    para(run('別表（第三条関係）')),
    '<w:tbl>' + '<w:tr>' + cell('区分') + cell('手続') + '</w:tr>'
    + '<w:tr>' + cell('占用物件の管理者') + cell('占用物件のある場所に常駐させること。') + '</w:tr>'
    + '</w:tbl>',
    '<w:sectPr/>',
])

DOCUMENT = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{BODY}</w:body></w:document>'

NUMBERING = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}>
<w:abstractNum w:abstractNumId="0">
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="japaneseCounting"/><w:lvlText w:val="第%1条"/><w:suff w:val="space"/></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="2"/><w:numFmt w:val="decimalFullWidth"/><w:lvlText w:val="%2"/><w:suff w:val="space"/></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="japaneseCounting"/><w:lvlText w:val="%3"/><w:suff w:val="space"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>'''

STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Jou"><w:name w:val="条"/><w:basedOn w:val="Normal"/>
<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>'''

COMMENTS = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:comments {W}><w:comment w:id="0" w:author="reviewer">
<w:p><w:r><w:t>届出書には押印を求めることとしてはどうか。</w:t></w:r></w:p>
</w:comment></w:comments>'''

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>
</Types>'''

RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>'''

DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>
</Relationships>'''


def row(after, before):
    def cell_of(paragraphs):
        return '<w:tc>' + ''.join(f'<w:p>{run(t)}</w:p>' for t in paragraphs) + '</w:tc>'
    return '<w:tr>' + cell_of(after) + cell_of(before) + '</w:tr>'


COMPARISON_BODY = ''.join([
    para(run('架空市物品保管条例の一部を改正する条例新旧対照表')),
    '<w:tbl>',
    row(['改　正　後'], ['改　正　前']),
    row(['（帳簿）', '第五条　保管業者は、帳簿を事務所に備え置かなければならない。'],
        ['（帳簿）', '第五条　保管業者は、帳簿を事務所に備え置かなければならない。']),
    row(['２　保管業者は、毎年一回以上、倉庫を目視により点検しなければならない。'],
        ['２　保管業者は、倉庫を適切に管理しなければならない。']),
    row(['（申請）', '第六条　前条の申請は、電子情報処理組織を使用する方法により行うものとする。'],
        ['（申請）', '第六条　前条の申請は、申請書を市長に提出して行わなければならない。']),
    '</w:tbl>',
    '<w:sectPr/>',
])


def write_zip(path, members):
    with zipfile.ZipFile(path, 'w') as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    parts = [('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', RELS),
             ('word/_rels/document.xml.rels', DOC_RELS), ('word/document.xml', DOCUMENT),
             ('word/numbering.xml', NUMBERING), ('word/styles.xml', STYLES), ('word/comments.xml', COMMENTS)]
    draft = os.path.join(out, 'draft.docx')
    write_zip(draft, parts)
    comparison = [p if p[0] != 'word/document.xml' else
                  (p[0], DOCUMENT.replace(BODY, COMPARISON_BODY)) for p in parts]
    write_zip(os.path.join(out, 'comparison.docx'), comparison)
    write_zip(os.path.join(out, 'no-body.docx'), [p for p in parts if p[0] != 'word/document.xml'])
    with open(draft, 'rb') as f:
        data = f.read()
    with open(os.path.join(out, 'truncated.docx'), 'wb') as f:
        f.write(data[:len(data) // 2])
    info = zipfile.ZipInfo('word/document.xml', date_time=(2026, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(os.path.join(out, 'bomb.docx'), 'w') as z:
        with z.open(info, 'w', force_zip64=True) as f:
            f.write(f'<w:document {W}><w:body>'.encode())
            chunk = b' ' * (1 << 20)
            for _ in range(70):
                f.write(chunk)
            f.write(b'</w:body></w:document>')


if __name__ == '__main__':
    main()
