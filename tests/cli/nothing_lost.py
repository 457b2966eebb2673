#!/usr/bin/env python3
"""The nothing-lost check: every finding's `match` equals the bytes at its
offsets in the file (decoded to UTF-8 as the linter decodes it), so a finding
always points at exactly what it quotes.

  nothing_lost.py ANALOG_LINT PATH...   (files or folders; .docx are skipped:
                                         their offsets are into extracted text)
Prints the findings checked and each exception; exits 1 on any exception.
"""
import json
import os
import subprocess
import sys

ENCODINGS = {'UTF-8': 'utf-8', 'UTF-8 (BOM)': 'utf-8', 'Shift_JIS/CP932': 'cp932',
             'UTF-16LE': 'utf-16-le', 'UTF-16BE': 'utf-16-be'}


def main():
    binary, paths = sys.argv[1], sys.argv[2:]
    files = []
    for p in paths:
        if os.path.isdir(p):
            for root, _, names in os.walk(p):
                files += [os.path.join(root, n) for n in names if n.endswith(('.xml', '.txt', '.text'))]
        else:
            files.append(p)
    files.sort()
    checked = exceptions = 0
    for start in range(0, len(files), 500):  # bounded command lines
        batch = files[start:start + 500]
        r = subprocess.run([binary, 'check', '-f', 'json', '--fail-on', 'never', *batch],
                           capture_output=True)
        report = json.loads(r.stdout)
        encoding = {d['file']: d['encoding'] for d in report['documents']}
        cache = {}
        for f in report['findings']:
            name = f['file']
            if name not in cache:
                raw = open(name, 'rb').read()
                codec = ENCODINGS.get(encoding.get(name, 'UTF-8'), 'utf-8')
                if codec.startswith('utf-16') and raw[:2] in (b'\xff\xfe', b'\xfe\xff'):
                    raw = raw[2:]
                cache = {name: raw if codec == 'utf-8' else raw.decode(codec).encode('utf-8')}
            loc = f['location']
            got = cache[name][loc['offset']:loc['end_offset']].decode('utf-8', 'replace')
            checked += 1
            if got != f['match']:
                exceptions += 1
                print(f"{name}:{loc['line']}:{loc['column']}: match {f['match']!r} but the bytes say {got!r} "
                      f"[{f['rule']}]")
    print(f'nothing_lost: {checked} findings in {len(files)} files, {exceptions} exceptions')
    return 1 if exceptions or not checked else 0


if __name__ == '__main__':
    sys.exit(main())
