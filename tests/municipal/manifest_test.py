#!/usr/bin/env python3
"""Holds the parse of the real municipal texts to the manifest written by reading them.

Usage: manifest_test.py ANALOG_LINT MANIFEST SHARED_DIR

For each text in the manifest (tests/municipal/manifest.tsv, written by hand):
every 条 it lists is an article of the parse, with the path the text writes
(第2条の2), and with as many 項 as listed, each holding text; the parse has no
article the manifest lacks (a 条 split in two or a citation read as a heading);
the number of 附則 is the manifest's; every path is in the draft's own style
(these texts write ASCII digits: no full-width digit, no kanji number); every
line of provision text is found in a sentence (no text lost). Then
`check` runs over all of them: exit 0 or 1, no error, no warning, and every
finding's path in the same style. Prints the figures: texts, 条, 項, matched.
"""
import collections
import json
import os
import re
import subprocess
import sys

binary, manifest_path, shared = sys.argv[1:4]
root = os.path.join(shared, 'corpus-samples', 'ordinances')

want = collections.OrderedDict()   # file -> {'articles': {label: paragraphs}, 'suppl': n}
for line in open(manifest_path, encoding='utf-8'):
    if line.startswith('#') or not line.strip():
        continue
    file, label, count = line.rstrip('\n').split('\t')
    entry = want.setdefault(file, {'articles': collections.OrderedDict(), 'suppl': 0})
    if label == '附則':
        entry['suppl'] = int(count)
    else:
        entry['articles'][label] = int(count)

NOT_OWN_STYLE = re.compile(r'[０-９]|第[〇一二三四五六七八九十百千]+[条項号]|の[〇一二三四五六七八九十百千]+')
failures = []
totals = collections.Counter()


def fail(file, message):
    failures.append(f'{file}: {message}')


for file, entry in want.items():
    path = os.path.join(root, file)
    run = subprocess.run([binary, 'parse', '-f', 'json', path], capture_output=True, text=True)
    if run.returncode != 0 or run.stderr:
        fail(file, f'parse exit {run.returncode}: {run.stderr.strip()}')
        continue
    doc = json.loads(run.stdout)
    provisions = doc['provisions']
    with_text = collections.Counter(s['provision'] for s in doc['sentences'])
    children = collections.defaultdict(list)
    for p in provisions:
        children[p['parent']].append(p)

    def has_text(index):
        if with_text[index]:
            return True
        return any(has_text(c['index']) for c in children[index])

    if not doc['title'] or doc['title'].startswith('#'):
        fail(file, f'title {doc["title"]!r}: the source note or nothing was taken for the title')
    # No text lost: every line of provision text (after the header, before any
    # page furniture) is found in a sentence; captions, headings, notes and the
    # 附則・別表 headings are not provision text.
    lines = open(path, encoding='utf-8').read().split('\n')
    body = ''.join(s['text'] for s in doc['sentences'])
    started, lost = False, []
    for raw in lines[1:]:
        line = raw.strip()
        if re.match(r'第\d+条', line):
            started = True
        if not started or not line:
            continue
        if doc['title'] and line.lstrip('○') == doc['title'] or line == '条項目次':
            break  # the page furniture that repeats the title
        if re.fullmatch(r'[(（].*[)）]', line) or re.match(r'(第\d+[章節]|附\s?則|別表|別記|様式)', line):
            continue
        text = re.sub(r'^(第\d+条(の\d+)?|\d+|[(（]\d+[)）]|[ア-ン]|[(（][ア-ン][)）])[ 　]*', '', line)
        text = text.split(' | ')[0].strip(' |')
        totals['lines'] += 1
        if text and text[:12] not in body:
            lost.append(line[:20])
    totals['lost'] += len(lost)
    if lost:
        fail(file, f'text lost: {lost}')
    main_articles = {p['path']: p for p in provisions if p['kind'] == 'article' and p['part'] == 'main'}
    totals['texts'] += 1
    for label, paragraphs in entry['articles'].items():
        totals['条'] += 1
        totals['項'] += paragraphs
        article = main_articles.get(label)
        if article is None:
            fail(file, f'{label} is missing (articles parsed: {" ".join(main_articles)})')
            continue
        got = [c for c in children[article['index']] if c['kind'] == 'paragraph']
        if len(got) != paragraphs and not (paragraphs == 0 and len(got) <= 1):
            fail(file, f'{label} has {len(got)} 項, the text has {paragraphs}')
            continue
        if paragraphs > 1:
            wanted = [f'{label}第{k}項' for k in range(1, paragraphs + 1)]
            if [c['path'] for c in got] != wanted:
                fail(file, f'{label}: 項 paths {[c["path"] for c in got]}, want {wanted}')
                continue
        empty = [c['path'] or label for c in got if not has_text(c['index'])]
        if paragraphs > 0 and empty:
            fail(file, f'{label}: no text in {empty}')
            continue
        totals['matched 条'] += 1
        totals['matched 項'] += paragraphs
    extra = [p for p in main_articles if p not in entry['articles']]
    if extra:
        fail(file, f'articles the text does not have: {extra}')
    suppl = sum(1 for p in provisions if p['kind'] == 'suppl-provision')
    if suppl != entry['suppl']:
        fail(file, f'{suppl} 附則 parsed, the text has {entry["suppl"]}')
    for s in doc['sentences']:
        if NOT_OWN_STYLE.search(s['path']):
            fail(file, f'path {s["path"]} is not in the draft\'s style (ASCII digits)')
            break

files = [os.path.join(root, f) for f in want]
run = subprocess.run([binary, 'check', '-f', 'jsonl', '--fail-on', 'never'] + files, capture_output=True, text=True)
if run.returncode != 0 or run.stderr:
    failures.append(f'check: exit {run.returncode}: {run.stderr.strip()}')
findings = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
for f in findings:
    if NOT_OWN_STYLE.search(f['location']['path']):
        failures.append(f'check: finding path {f["location"]["path"]} in {f["location"].get("file", "")} not in the draft\'s style')

# Real municipal 改め文 (川崎市, lawean-reiki-cases): each case's commands, read as
# a draft. Every command line lands in the law it amends; the articles changed
# are the case's `changed` list (numbers compared in any script); no command
# line becomes a paragraph of the amending text.
FW = str.maketrans('０１２３４５６７８９', '0123456789')


def article_key(path):
    path = path.translate(FW)
    m = re.match(r'(附則)?(第\d+条(?:の\d+)*)?', path)
    return (m.group(1) or '') + (m.group(2) or '')


def expand(path):
    m = re.match(r'第(\d+)条から第(\d+)条まで', path.translate(FW))
    return [f'第{n}条' for n in range(int(m.group(1)), int(m.group(2)) + 1)] if m else [article_key(path)]


import tempfile
cases = os.path.join(root, 'lawean-reiki-cases', 'kawasaki.excerpt.jsonl')
with tempfile.TemporaryDirectory() as tmp:
    for number, line in enumerate(open(cases, encoding='utf-8')):
        case = json.loads(line)
        name = f'kawasaki case {number + 1}'
        draft = os.path.join(tmp, f'case{number + 1}.txt')
        with open(draft, 'w', encoding='utf-8') as out:
            out.write('\n'.join(case['aratamebun']) + '\n')
        run = subprocess.run([binary, 'parse', '-f', 'json', draft], capture_output=True, text=True)
        if run.returncode != 0 or run.stderr:
            failures.append(f'{name}: parse exit {run.returncode}: {run.stderr.strip()}')
            continue
        doc = json.loads(run.stdout)
        provisions = doc['provisions']
        totals['改め文'] += 1
        law = case['source']['target_title']
        changed = set()
        commands = 0
        for s in doc['sentences']:
            p = provisions[s['provision'] - 1]
            is_command = re.match(r'(附則|第|別表)', s['text']) and re.search(r'(改める|加える|削る|繰り下げ)', s['text']) \
                and '一部を次のように改正する' not in s['text']
            if not is_command:
                continue
            commands += 1
            if p['kind'] != 'amendment' or p['amended_law'] != law:
                failures.append(f'{name}: command {s["text"][:30]}… read as {p["kind"]} {p["path"]} of {p["amended_law"]!r}')
                continue
            changed.update(expand(p['amended_path']))
        totals['commands'] += commands
        want_changed = {article_key(c) for c in case['changed']}
        if changed != want_changed:
            failures.append(f'{name}: articles changed {sorted(changed)}, the case says {sorted(want_changed)}')
        own = [p for p in provisions if p['kind'] == 'paragraph' and p['path'] not in ('本則', '') and not p['amended_law']]
        if any(re.search(r'第[二三四五六七八九2-9２-９]項$', p['path']) for p in own):
            failures.append(f'{name}: commands read as paragraphs: {[p["path"] for p in own]}')

print(f'texts {totals["texts"]}, 条 {totals["条"]} (matched {totals["matched 条"]}), '
      f'項 {totals["項"]} (matched {totals["matched 項"]}), findings {len(findings)}; '
      f'lines of text {totals["lines"]} (lost {totals["lost"]}); '
      f'改め文 cases {totals["改め文"]}, commands {totals["commands"]}')
for message in failures:
    print('FAIL ' + message)
sys.exit(1 if failures else 0)
