#!/usr/bin/env python3
"""The JSON API of `analog-lint serve`, over real HTTP: what each good and bad
request gets back (status code and message), that the findings are those of
`analog-lint check`, and that the server writes no file.

  api_test.py ANALOG_LINT SOURCE_DIR SHARED_DIR
"""
import http.client
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import uuid

BIN, SOURCE, SHARED = sys.argv[1:4]
SAMPLE = os.path.join(SOURCE, 'corpus', 'sample-draft.txt')
LAW_XML = os.path.join(SHARED, 'corpus-samples', 'egov-xml-2021', '338AC0000000138.xml')
MAX_REQUEST = 200000

failures = []
count = 0


def check(name, ok, detail=''):
    global count
    count += 1
    print(('ok' if ok else 'FAIL') + f' {count} - {name}' + ('' if ok else f': {detail}'))
    if not ok:
        failures.append(name)


class Server:
    """analog-lint serve --port 0 in an empty folder with an empty TMPDIR."""

    def __init__(self):
        self.work = tempfile.mkdtemp(prefix='analog-lint-api-')
        self.tmp = os.path.join(self.work, 'tmp')
        os.mkdir(self.tmp)
        env = dict(os.environ, TMPDIR=self.tmp)
        self.proc = subprocess.Popen(
            [BIN, 'serve', '--port', '0', '--max-request-size', str(MAX_REQUEST)],
            cwd=self.work, env=env, stderr=subprocess.PIPE, text=True)
        line = self.proc.stderr.readline()
        m = re.search(r'serving http://127\.0\.0\.1:(\d+)/', line)
        if not m:
            raise SystemExit(f'FAIL: no "serving" line: {line!r}')
        self.port = int(m.group(1))

    def request(self, method, path, body=b'', headers=None):
        conn = http.client.HTTPConnection('127.0.0.1', self.port, timeout=60)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            r = conn.getresponse()
            return r.status, dict(r.getheaders()), r.read()
        finally:
            conn.close()

    def stop(self):
        self.proc.terminate()
        try:
            err = self.proc.communicate(timeout=20)[1]
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return -1, ''
        return self.proc.returncode, err


def multipart(fields):
    """fields: [(name, filename or None, bytes)] → (body, content type)."""
    boundary = uuid.uuid4().hex
    out = b''
    for name, filename, data in fields:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else '')
        out += f'--{boundary}\r\nContent-Disposition: {disposition}\r\n\r\n'.encode() + data + b'\r\n'
    out += f'--{boundary}--\r\n'.encode()
    return out, f'multipart/form-data; boundary={boundary}'


def error_of(body):
    try:
        return json.loads(body)['error']
    except (ValueError, KeyError, TypeError):
        return {'status': None, 'message': body[:200]}


def expect_error(server, name, status, pattern, method='POST', path='/api/check', body=b'', headers=None):
    got, hdrs, data = server.request(method, path, body, headers)
    err = error_of(data)
    ok = got == status and err.get('status') == status and re.search(pattern, err.get('message', ''))
    check(f'{name}: {status} «{err.get("message", "")}»', bool(ok), f'got {got} {data[:300]!r}')
    return hdrs


def cli_findings(path):
    out = subprocess.run([BIN, 'check', '-f', 'json', '--fail-on', 'never', path],
                         capture_output=True, check=True).stdout
    return json.loads(out)['findings']


def start_failures(port):
    """What serve says when it cannot or should not simply listen."""
    try:
        r = subprocess.run([BIN, 'serve', '--port', str(port)], capture_output=True, text=True, timeout=20)
        check(f'a port in use: exit 2, «{r.stderr.strip()}»',
              r.returncode == 2 and f'cannot listen on 127.0.0.1:{port}' in r.stderr, r.stderr)
    except subprocess.TimeoutExpired as e:
        check('a port in use: exit 2', False, f'a second server listened on the same port: {e.stderr!r}')
    first, code = start_and_stop(['--host', '0.0.0.0'])
    check('a non-loopback --host warns that there is no login',
          'warning: listening on 0.0.0.0, not loopback' in first, first)
    codes = [start_and_stop([])[1] for _ in range(5)]
    check('SIGTERM at once after start-up (before or while it listens) stops it: exit 0', codes == [0] * 5,
          str(codes))


def start_and_stop(flags):
    """Starts serve, sends SIGTERM as soon as it prints its first line; returns
    that line and the exit code (None: it did not stop within 10 s)."""
    p = subprocess.Popen([BIN, 'serve', '--port', '0'] + flags, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    first = p.stderr.readline()
    p.terminate()
    try:
        p.communicate(timeout=10)
        return first, p.returncode
    except subprocess.TimeoutExpired:
        p.kill()
        p.communicate()
        return first, None


def main():
    server = Server()
    try:
        run(server)
        start_failures(server.port)
    finally:
        code, log = server.stop()
    check('SIGTERM stops the server with exit 0', code == 0, f'exit {code}: {log[-300:]}')
    check('the server logs one line per request', log.count('POST /api/check') >= 5, log[-300:])
    leftovers = sorted(os.listdir(server.work)) + sorted(os.listdir(server.tmp))
    check('no file written to the working folder or TMPDIR', leftovers == ['tmp'], str(leftovers))
    print(f'api_test: {count - len(failures)} passed, {len(failures)} failed')
    sys.exit(1 if failures else 0)


def run(server):
    sample = open(SAMPLE, 'rb').read()
    expected = cli_findings(SAMPLE)

    # Good requests, in each of the three forms.
    status, hdrs, body = server.request('POST', '/api/check', json.dumps(
        {'text': sample.decode('utf-8'), 'name': 'sample-draft.txt'}).encode(),
        {'Content-Type': 'application/json'})
    got = json.loads(body)
    check('JSON {text}: 200 and the findings of analog-lint check',
          status == 200 and [f['match'] for f in got['findings']] == [f['match'] for f in expected]
          and [f['path'] for f in got['findings']] == [f['location']['path'] for f in expected],
          f'{status} {body[:200]!r}')
    text = got['view']['text']
    check('every range in the view is the finding\'s own words',
          all(text[f['range'][0]:f['range'][1]] == f['match'] for f in got['findings']))
    check('each finding has category name, principles, remedy, alternatives and its 条',
          all(f['category_name'] and f['principles'] and f['remedy'] and f['article'].endswith('条')
              for f in got['findings']) and any(f['alternatives'] for f in got['findings']))
    check('the answer is not cached (Cache-Control: no-store)', hdrs.get('Cache-Control') == 'no-store')
    check('a draft with provisions has no warning', got.get('warnings') == [], str(got.get('warnings')))

    # A text in which no provision was found: 0 findings, and a warning naming it for the page's note.
    status, _, body = server.request('POST', '/api/check', json.dumps(
        {'text': '○架空市条例\n目次\n第1章 総則(第1条・第2条)\n', 'name': 'toc-only.txt'}).encode(),
        {'Content-Type': 'application/json'})
    got = json.loads(body) if status == 200 else {}
    check('no provision found: 200, 0 findings and a warning naming the file',
          status == 200 and got['findings'] == [] and len(got.get('warnings', [])) == 1
          and got['warnings'][0].startswith('toc-only.txt: no provision found'), f'{status} {body[:300]!r}')
    # A PDF whatever its name: the same error as for a .pdf.
    status, _, body = server.request('POST', '/api/check?name=scan.txt', b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n',
                                     {'Content-Type': 'application/octet-stream'})
    check('%PDF- signature: 422 and the .pdf message', status == 422 and
          'scan.txt: PDF files are not read' in error_of(body)['message'], f'{status} {body[:300]!r}')

    form, ctype = multipart([('file', 'statute.xml', open(LAW_XML, 'rb').read())])
    status, _, body = server.request('POST', '/api/check', form, {'Content-Type': ctype})
    got = json.loads(body) if status == 200 else {}
    law = cli_findings(LAW_XML)
    check(f'multipart e-Gov XML: 200, {len(law)} findings as the CLI, view by provision',
          status == 200 and [f['match'] for f in got['findings']] == [f['match'] for f in law]
          and got['view']['kind'] == 'provisions', f'{status} {body[:200]!r}')

    status, _, body = server.request('POST', '/api/check?name=draft.txt', sample.decode().encode('cp932'),
                                     {'Content-Type': 'application/octet-stream'})
    got = json.loads(body) if status == 200 else {}
    check('raw Shift_JIS body: 200, decoded, same findings',
          status == 200 and got['document']['encoding'] == 'Shift_JIS/CP932'
          and len(got['findings']) == len(expected), f'{status} {body[:200]!r}')

    status, hdrs, body = server.request('POST', '/api/report?format=xlsx', sample, {'Content-Type': 'text/plain'})
    check('report xlsx: 200, a workbook, saved as a file',
          status == 200 and body[:2] == b'PK' and 'attachment' in hdrs.get('Content-Disposition', ''),
          f'{status} {hdrs}')
    status, hdrs, body = server.request('POST', '/api/report?format=sarif', sample, {'Content-Type': 'text/plain'})
    check('report sarif: 200, SARIF 2.1.0',
          status == 200 and json.loads(body)['version'] == '2.1.0', f'{status} {body[:200]!r}')

    # Decisions (the text of a .analog-lint.yaml) and the filters on screen.
    text = open(SAMPLE, encoding='utf-8').read()
    first = expected[0]
    review = ('decisions:\n'
              f'  - rule: {first["rule"]}\n    fingerprint: "{first["fingerprint"]}"\n'
              f'    path: {first["location"]["path"]}\n    decision: 存置\n    reason: 上位法で規定\n'
              f'  - category: {expected[1]["category"]}\n    decision: 見直す\n    reason: 電子申請に改める\n'
              '    due: 2027-03-31\n')
    payload = json.dumps({'text': text, 'decisions': review}).encode()
    status, _, body = server.request('POST', '/api/check', payload, {'Content-Type': 'application/json'})
    got = json.loads(body) if status == 200 else {'findings': []}
    decided = [(f['rule'], f['status'], f['decision']['decision']) for f in got['findings'] if f['decision']['decision']]
    check('check with decisions: each finding says its decision and status',
          status == 200 and (first['rule'], 'waived', '存置') in decided
          and any(s == 'open' and d == '見直す' for _, s, d in decided)
          and all(f['fingerprint'] for f in got['findings']), f'{status} {decided}')
    keep = [expected[1]['category']]
    payload = json.dumps({'text': text, 'decisions': review, 'categories': keep, 'severities': ['error', 'warning']}).encode()
    status, _, body = server.request('POST', '/api/report?format=json', payload, {'Content-Type': 'application/json'})
    report = json.loads(body) if status == 200 else {'findings': [], 'decisions': []}
    check('report with filters and decisions: only the categories asked for, with the decisions listed',
          status == 200 and report['findings'] and all(f['category'] in keep for f in report['findings'])
          and '見直す' in [d['decision'] for d in report['decisions']]
          and all(d['covers'] for d in report['decisions']), f'{status} {body[:300]!r}')
    # A Word draft whose decisions are Word comments: the page applies them as `check` does.
    with tempfile.TemporaryDirectory() as tmp:
        docx = os.path.join(tmp, 'decided.docx')
        subprocess.run([sys.executable, os.path.join(SOURCE, 'tests', 'conventions', 'make_commented_docx.py'), docx],
                       check=True)
        cli = sorted((f['location']['path'], f['status'], f.get('decision', {}).get('decision', '')) for f in cli_findings(docx))
        form, ctype = multipart([('file', 'decided.docx', open(docx, 'rb').read())])
    status, _, body = server.request('POST', '/api/check', form, {'Content-Type': ctype})
    got = json.loads(body) if status == 200 else {'findings': [], 'warnings': []}
    page = sorted((f['path'], f['status'], f['decision']['decision']) for f in got['findings'])
    check('Word comments: the page decides each finding as check does (存置, 誤検出, 後段 only)',
          status == 200 and page == cli and ('第一条', 'waived', '存置') in page
          and ('第四条', 'open', '') in page and ('第四条', 'waived', '存置') in page, f'{status} {page} {cli}')
    check('Word comments: the warnings name the note-less decision and the unused one',
          any('has no note' in w for w in got['warnings'])
          and any('unused decision: 誤検出 in a Word comment at 第五条' in w for w in got['warnings']), str(got['warnings']))
    status, _, body = server.request('POST', '/api/report?format=markdown', form, {'Content-Type': ctype})
    check('Word comments: the review report lists the decisions and the unused one',
          status == 200 and '| 存置 | 本人確認のため原本の提出が必要' in body.decode() and '第五条の Word コメントに当たる指摘はありません' in body.decode(),
          f'{status} {body[:300]!r}')
    status, hdrs, body = server.request('POST', '/api/report?format=docx', payload, {'Content-Type': 'application/json'})
    check('report docx: 200, a Word file, saved as a file',
          status == 200 and body[:2] == b'PK' and '.docx' in hdrs.get('Content-Disposition', ''), f'{status} {hdrs}')
    expect_error(server, 'decisions the file would refuse: every slip at once, no guess for a word of its own', 422,
                 r"^decisions: \.analog-lint\.yaml:2:5: rule 'a\.b' is no rule or category.*\n"
                 r"\.analog-lint\.yaml:3:15: 'decision' must be [^\n]*no entry\)$",
                 body=json.dumps({'text': text, 'decisions': 'decisions:\n  - rule: a.b\n    decision: 保留\n'}).encode(),
                 headers={'Content-Type': 'application/json'})
    expect_error(server, 'a decision naming no rule, as the command line refuses it', 422,
                 r"^decisions: \.analog-lint\.yaml:2:5: rule 'paper-document\.submit-from' is no rule or category; "
                 r"did you mean 'paper-document\.submit-form'\?",
                 body=json.dumps({'text': text, 'decisions': 'decisions:\n  - rule: paper-document.submit-from\n'
                                  '    decision: 存置\n    reason: 上位法\n'}).encode(),
                 headers={'Content-Type': 'application/json'})
    expect_error(server, 'a bad fail-on in the uploaded file', 422, r"^decisions: \.analog-lint\.yaml:1:10: unknown fail-on",
                 body=json.dumps({'text': text, 'decisions': 'fail-on: sometimes\n'}).encode(),
                 headers={'Content-Type': 'application/json'})
    payload = json.dumps({'text': text, 'decisions': 'rules:\n  disable: [paper-document]\n'}).encode()
    status, _, body = server.request('POST', '/api/check', payload, {'Content-Type': 'application/json'})
    got = json.loads(body) if status == 200 else {'findings': [{'category': 'paper-document'}]}
    check('the uploaded file\'s rules: apply, as on the command line',
          status == 200 and got['findings'] and all(f['category'] != 'paper-document' for f in got['findings']),
          f'{status} {body[:200]!r}')
    expect_error(server, 'decisions not a string', 400, r'"decisions" must be a string',
                 body=json.dumps({'text': text, 'decisions': [1]}).encode(), headers={'Content-Type': 'application/json'})
    expect_error(server, 'a filter that is not a list of strings', 400, r'"categories" must be a list of strings',
                 body=json.dumps({'text': text, 'categories': 'paper-document'}).encode(),
                 headers={'Content-Type': 'application/json'})

    status, _, body = server.request('GET', '/api/meta')
    meta = json.loads(body)
    check('meta: 12 categories in seed order, the report formats',
          status == 200 and len(meta['categories']) == 12 and 'xlsx' in meta['report_formats'])

    # Bad requests.
    big = b'\xe7\xac\xac' * (MAX_REQUEST // 3 + 10)
    expect_error(server, 'too large', 413, r'larger than 200000 bytes', body=big,
                 headers={'Content-Type': 'text/plain'})
    expect_error(server, 'wrong Content-Type', 415, r'image/png is not read', body=b'\x89PNG\r\n',
                 headers={'Content-Type': 'image/png'})
    form, ctype = multipart([('file', 'draft.pdf', b'%PDF-1.4\n')])
    expect_error(server, 'a PDF file', 415, r'draft\.pdf: PDF files are not read', body=form,
                 headers={'Content-Type': ctype})
    form, ctype = multipart([('file', 'draft.doc', b'\xd0\xcf\x11\xe0')])
    expect_error(server, 'an old Word file', 415, r'save the draft as \.docx', body=form,
                 headers={'Content-Type': ctype})
    form, ctype = multipart([('file', 'broken.xml', b'<?xml version="1.0"?>\n<Law><LawBody>\n<Article>\n</Law>')])
    expect_error(server, 'broken XML', 422, r'^broken\.xml:\d+:\d+: broken XML', body=form,
                 headers={'Content-Type': ctype})
    form, ctype = multipart([('file', 'draft.docx', b'PK\x03\x04' + b'\0' * 40)])
    expect_error(server, 'a broken Word file', 422, r'draft\.docx: not a readable zip archive', body=form,
                 headers={'Content-Type': ctype})
    form, ctype = multipart([('file', 'image.txt', b'\x89PNG\r\n\x1a\n\0\0\0\rIHDR')])
    expect_error(server, 'a binary file named .txt', 422, r'image\.txt: binary file', body=form,
                 headers={'Content-Type': ctype})
    expect_error(server, 'undecodable bytes', 422, r'not UTF-8, Shift_JIS', body=b'abc\xff\xfe\xfd',
                 headers={'Content-Type': 'text/plain'})
    expect_error(server, 'an empty draft', 422, r'the draft is empty', body=b'{"text": ""}',
                 headers={'Content-Type': 'application/json'})
    expect_error(server, 'malformed JSON', 400, r'not a JSON object', body=b'{"text": ',
                 headers={'Content-Type': 'application/json'})
    expect_error(server, 'JSON without a draft', 400, r'"text" or as "content_base64"', body=b'{"name": "x"}',
                 headers={'Content-Type': 'application/json'})
    form, ctype = multipart([('other', None, b'x')])
    expect_error(server, 'a form without a draft', 400, r'no draft in the form', body=form,
                 headers={'Content-Type': ctype})
    expect_error(server, 'an unknown report format', 400, r'format must be one of', path='/api/report?format=pdf',
                 body=sample, headers={'Content-Type': 'text/plain'})
    hdrs = expect_error(server, 'GET on the API', 405, r'POST', method='GET')
    check('405 names the method allowed (Allow: POST)', hdrs.get('Allow') == 'POST', str(hdrs))
    expect_error(server, 'an unknown page', 404, r'no such page: /nowhere', method='GET', path='/nowhere')
    expect_error(server, 'a foreign Host (DNS rebinding)', 403, r'only requests for 127\.0\.0\.1',
                 body=sample, headers={'Content-Type': 'text/plain', 'Host': 'attacker.example:80'})
    expect_error(server, 'a cross-site Origin', 403, r'another site', body=sample,
                 headers={'Content-Type': 'text/plain', 'Origin': 'http://attacker.example'})

    # Requests at once (the server has 4 workers, each with its own engine): each
    # answer is the one its own draft gets alone.
    drafts = [sample, open(os.path.join(SOURCE, 'corpus', 'municipal-ordinance.txt'), 'rb').read()]
    alone = [json.loads(server.request('POST', '/api/check', d, {'Content-Type': 'text/plain'})[2])['findings']
             for d in drafts]
    results = [None] * 16

    def worker(i):
        status, _, body = server.request('POST', '/api/check', drafts[i % 2], {'Content-Type': 'text/plain'})
        results[i] = json.loads(body)['findings'] if status == 200 else status

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(len(results))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    check('16 requests at once: each gets the findings of its own draft',
          all(results[i] == alone[i % 2] for i in range(len(results))), str(results)[:300])

    # After all that, the server still answers.
    status, _, body = server.request('POST', '/api/check', sample, {'Content-Type': 'text/plain'})
    check('the server still answers after the bad requests', status == 200 and json.loads(body)['findings'])


if __name__ == '__main__':
    main()
