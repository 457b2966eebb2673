#!/usr/bin/env python3
"""A blind sample of provision units from laws outside every labelled set.

  blind_sample.py draw  LINTER CORPUS_DIR OUT_DIR [--laws N] [--flagged N] [--unflagged N]
                        [--sampled N] [--per-category N [--categories IDS]] [--reuse-laws] [--seed S]
                        [--exclude EARLIER_SAMPLE.jsonl]...
  blind_sample.py score LINTER CORPUS_DIR SAMPLE.jsonl LABELS.jsonl [--json]
                        (CORPUS_DIR holds LAW.xml, or LAW.txt in any folder below it)

draw: picks N laws at random from CORPUS_DIR (e-Gov XML) that neither
../shared/eval/dev.jsonl nor train.jsonl names, runs the linter over them, and
draws units (one 項・号 with its own sentences) of two kinds, shuffled together:
  flagged    units with an open error or warning finding (to measure precision);
  unflagged  units that a public keyword net (ai-law-refactoring/concepts.json)
             hits but the linter does not flag (to look for misses);
  sampled    units drawn without the linter, the way ../shared/eval's sets were
             (about 55 % keyword hits, 25 % any unit, 10 % duties without a
             keyword, 10 % 附則 and 別表), to measure precision and recall on
             laws no rule was written against;
  per-category  N units for each category's keywords (CATEGORY_KEYWORDS below,
             written from RUBRIC.md's table, not from the rules), as
             train.jsonl was drawn ("kw:<category>"): the rare categories get as
             many hard cases as paper-document. Scored as `sampled`.
--reuse-laws lets laws of the --exclude samples be drawn again, leaving out
only the units those samples hold (when the laws outside them run out).
It writes OUT_DIR/units.jsonl (what an annotator sees: law title, part, path,
caption, the unit's text and its article's text; nothing of the linter) and
OUT_DIR/sample.jsonl (ids and kinds only: law_id, part, amend_law_num, path, kind).

score: runs the linter again over the sampled laws and compares its findings
with LABELS.jsonl (one line per unit: uid, analog, categories — RUBRIC.md's
output format, uid as in units.jsonl): the precision of flagged units (a unit
is right when it is analog; a finding when its category is among the labels),
how many keyword-hit units the linter leaves unflagged are analog, and unit
precision, recall and F1 over the `sampled` units.
"""
import argparse, collections, json, os, random, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.environ.get('SHARED_DIR', os.path.join(HERE, '..', '..', '..', 'shared'))


def labelled_laws():
    ids = set()
    for name in ('dev.jsonl', 'train.jsonl'):
        with open(os.path.join(SHARED, 'eval', name), encoding='utf-8') as f:
            ids |= {json.loads(l)['law_id'] for l in f if l.strip()}
    return ids


def findings(linter, files):
    out = subprocess.run([linter, 'check', '-f', 'jsonl', '--fail-on', 'never'] + files,
                         capture_output=True, text=True).stdout
    by_unit = collections.defaultdict(set)
    for line in out.splitlines():
        f = json.loads(line)
        if f.get('status', 'open') != 'open' or f['severity'] not in ('error', 'warning'):
            continue
        loc = f['location']
        law = os.path.basename(f['file'])[:-4]
        by_unit[(law, loc['part'], loc.get('amend_law_num', ''), loc['path'])].add(f['category'])
    return by_unit


def law_file(corpus, law):
    """The file of `law` under CORPUS_DIR: law.xml (e-Gov XML), else law.txt in any
    folder below it (the municipal 例規 texts of corpus-samples/ordinances)."""
    xml = os.path.join(corpus, law + '.xml')
    if os.path.exists(xml):
        return xml
    for root, _, names in sorted(os.walk(corpus)):
        if law + '.txt' in names:
            return os.path.join(root, law + '.txt')
    raise SystemExit('blind_sample: no %s.xml or %s.txt under %s' % (law, law, corpus))


def units_of(linter, path):
    """(law_id, part, amend_law_num, path) -> unit text, plus caption and article text."""
    doc = json.loads(subprocess.run([linter, 'parse', '-f', 'json', path], capture_output=True, text=True).stdout)
    provs = {p['index']: p for p in doc['provisions']}
    texts = collections.defaultdict(list)
    for s in doc['sentences']:
        p = provs[s['provision']]
        texts[(p['part'], p.get('amend_law_num', ''), p['path'])].append(s['text'])
    def article(p):
        while p and p['kind'] not in ('article', 'suppl-provision', 'appendix'):
            p = provs.get(p['parent'])
        return p
    units = {}
    for s in doc['sentences']:
        p = provs[s['provision']]
        key = (p['part'], p.get('amend_law_num', ''), p['path'])
        if key in units:
            continue
        a = article(p)
        art_text = ''
        if a:
            prefix = a['path']
            art_text = '\n'.join(' '.join(v) for k, v in texts.items() if k[2].startswith(prefix))[:3000]
        units[key] = {'law_title': doc.get('title', ''), 'caption': p.get('caption', ''),
                      'text': '　'.join(texts[key]), 'article': art_text}
    return units


# Per category, words a drafter would search for (RUBRIC.md's table), for
# --per-category. Deliberately broad: most hits are not analog.
CATEGORY_KEYWORDS = {
    'visual-inspection': '目視|巡視|巡回|見張|監視|視認|現認|外観',
    'on-site-audit': '立ち?入|実地|臨検|現地調査|現地において|現場',
    'periodic-inspection': '定期|毎年|毎月|ごとに|回以上|点検',
    'resident-dedicated': '常駐|専任|専属|専従|常勤|兼ね|置かなければ',
    'in-person-training': '講習|研修|講義|実習|受講|教育訓練',
    'physical-posting': '掲示|掲げ|標識|見やすい|公示',
    'in-person-viewing': '閲覧|縦覧|備え置|備え付|謄写',
    'specified-media': '磁気|フレキシブルディスク|光ディスク|記録媒体|ファクシミリ|シー・ディー',
    'paper-document': '書面|書類|申請書|届出書|届書|請求書|写し|謄本|抄本|正本|副本|様式',
    'seal-signature': '押印|署名|記名|印鑑|連署|自署|署名押印',
    'in-person-appearance': '出頭|出席|面接|対面|立ち?会|持参|面前',
    'other-analog': '官報|新聞|携帯|経由|郵便|収入印紙|現金|口頭',
}


def per_category_units(rng, info, n, taken, only=None):
    """n units per category keyword (train.jsonl's kw:<category>), none of `taken`;
    `only`: the categories to draw for (default all)."""
    keys = sorted(k for k in info if k not in taken)
    out, used = [], set()
    for cat, words in CATEGORY_KEYWORDS.items():
        if only and cat not in only:
            continue
        rx = re.compile(words)
        pool = [k for k in keys if k not in used and rx.search(info[k]['text'])]
        for k in rng.sample(pool, min(len(pool), n)):
            used.add(k)
            out.append((k, 'kw:' + cat))
    return out


DUTY = re.compile('(?:しなければならない|ものとする|なければならない|させることができる|求めることができる)')


def sampled_units(rng, info, keyword, n, taken):
    """n units drawn as the labelled sets were, none of `taken`."""
    keys = sorted(k for k in info if k not in taken)
    hit = [k for k in keys if keyword.search(info[k]['text'])]
    duty = [k for k in keys if k not in set(hit) and DUTY.search(info[k]['text'])]
    struct = [k for k in keys if k[1] != 'main']
    out, used = [], set()
    for pool, share in ((hit, 0.55), (duty, 0.10), (struct, 0.10), (keys, 0.25)):
        pool = [k for k in pool if k not in used]
        for k in rng.sample(pool, min(len(pool), round(n * share))):
            used.add(k)
            out.append(k)
    return out


def draw(a):
    laws = sorted(f[:-4] for f in os.listdir(a.corpus) if f.endswith('.xml'))
    seen, seen_units = set(), set()
    for prior in a.exclude:  # laws of an earlier sample, and its units
        for l in open(prior, encoding='utf-8'):
            if l.strip():
                x = json.loads(l)
                seen.add(x['law_id'])
                seen_units.add((x['law_id'], x['part'], x['amend_law_num'], x['path']))
    if a.reuse_laws:
        seen = set()
    outside = [l for l in laws if l not in labelled_laws() and l not in seen]
    rng = random.Random(a.seed)
    chosen = rng.sample(outside, a.laws)
    files = [os.path.join(a.corpus, l + '.xml') for l in chosen]
    flagged = findings(a.linter, files)
    net = json.load(open(os.path.join(SHARED, 'analog-research-data', 'ai-law-refactoring', 'concepts.json')))
    keyword = re.compile('|'.join('(?:%s)' % r for c in net['concepts'] for r in c['regex']))
    pool_flagged, pool_unflagged, info = [], [], {}
    for law, path in zip(chosen, files):
        for (part, num, ppath), u in units_of(a.linter, path).items():
            key = (law, part, num, ppath)
            if key in seen_units:
                continue
            info[key] = u
            if key in flagged:
                pool_flagged.append(key)
            elif keyword.search(u['text']):
                pool_unflagged.append(key)
    sample = [(k, 'flagged') for k in rng.sample(pool_flagged, min(a.flagged, len(pool_flagged)))]
    only = set(a.categories.split(',')) if a.categories else None
    strata = dict(per_category_units(rng, info, a.per_category, {k for k, _ in sample}, only))
    sample += [(k, 'sampled') for k in strata]
    sample += [(k, 'sampled') for k in sampled_units(rng, info, keyword, a.sampled, {k for k, _ in sample})]
    taken = {k for k, _ in sample}
    pool_unflagged = [k for k in pool_unflagged if k not in taken]
    sample += [(k, 'unflagged') for k in rng.sample(pool_unflagged, min(a.unflagged, len(pool_unflagged)))]
    rng.shuffle(sample)
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, 'units.jsonl'), 'w', encoding='utf-8') as uf, \
         open(os.path.join(a.out, 'sample.jsonl'), 'w', encoding='utf-8') as sf:
        for i, (k, kind) in enumerate(sample):
            law, part, num, ppath = k
            u = info[k]
            uid = '%s|%s|%s|%s' % k
            uf.write(json.dumps({'item': i, 'uid': uid, 'law_id': law, 'law_title': u['law_title'], 'part': part,
                                 'path': ppath, 'caption': u['caption'], 'text': u['text'],
                                 'article': u['article']}, ensure_ascii=False) + '\n')
            row = {'uid': uid, 'law_id': law, 'part': part, 'amend_law_num': num, 'path': ppath, 'kind': kind}
            if k in strata:
                row['stratum'] = strata[k]
            sf.write(json.dumps(row, ensure_ascii=False) + '\n')
    drew = collections.Counter(k for _, k in sample)
    print('laws %d (outside the labelled sets), flagged units %d, keyword-hit unflagged units %d; '
          'drew %d flagged, %d unflagged, %d sampled'
          % (len(chosen), len(pool_flagged), len(pool_unflagged), drew['flagged'], drew['unflagged'], drew['sampled']))


def score(a):
    sample = [json.loads(l) for l in open(a.sample, encoding='utf-8') if l.strip()]
    labels = {}
    for l in open(a.labels, encoding='utf-8'):
        if l.strip():
            x = json.loads(l)
            labels[x['uid']] = x
    laws = sorted({s['law_id'] for s in sample})
    flagged = findings(a.linter, [law_file(a.corpus, l) for l in laws])
    n = right_unit = cat_tp = cat_fp = 0
    tp = fp = fn = 0  # over the `sampled` units
    cats_m = collections.defaultdict(lambda: [0, 0, 0])  # per category over the `sampled` units: tp, fp, fn
    missed = analog_unflagged = 0
    wrong = []
    for s in sample:
        lab = labels.get(s['uid'])
        if lab is None:
            continue
        key = (s['law_id'], s['part'], s['amend_law_num'], s['path'])
        cats = flagged.get(key, set())
        want = set(lab['categories']) if lab['analog'] else set()
        if s['kind'] == 'sampled':
            for c in cats | want:
                cats_m[c][0 if c in cats and c in want else 1 if c in cats else 2] += 1
            tp += bool(cats) and bool(want)
            fp += bool(cats) and not want
            fn += not cats and bool(want)
            if bool(cats) != bool(want):
                wrong.append((s['uid'], 'sampled', sorted(cats), sorted(want), lab.get('note', '')))
            continue
        if cats:
            n += 1
            right_unit += bool(want)
            cat_tp += len(cats & want)
            cat_fp += len(cats - want)
            if not want:
                wrong.append((s['uid'], 'flagged', sorted(cats), lab.get('note', '')))
        else:
            analog_unflagged += bool(want)
            missed += 1
    if a.json:
        def prf(t, f, n):
            p, r = t / (t + f) if t + f else 0.0, t / (t + n) if t + n else 0.0
            return {'precision': p, 'recall': r, 'f1': 2 * p * r / (p + r) if p + r else 0.0, 'tp': t, 'fp': f, 'fn': n}
        micro = [sum(v[i] for v in cats_m.values()) for i in range(3)]
        print(json.dumps({'unit': prf(tp, fp, fn), 'category_micro': prf(*micro),
                          'per_category': {c: prf(*v) for c, v in sorted(cats_m.items())}}))
        return
    print('flagged units judged: %d; unit precision %.3f; category precision %.3f (%d of %d findings)'
          % (n, right_unit / n if n else 0, cat_tp / (cat_tp + cat_fp) if cat_tp + cat_fp else 0,
             cat_tp, cat_tp + cat_fp))
    print('unflagged units judged: %d; analog among them: %d' % (missed, analog_unflagged))
    if tp + fp + fn:
        p, r = tp / (tp + fp) if tp + fp else 0, tp / (tp + fn) if tp + fn else 0
        print('sampled units: analog %d; unit precision %.3f, recall %.3f, F1 %.3f (tp %d, fp %d, fn %d)'
              % (tp + fn, p, r, 2 * p * r / (p + r) if p + r else 0, tp, fp, fn))
    for w in wrong:
        print('wrong:', *w)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest='cmd', required=True)
    d = sub.add_parser('draw')
    d.add_argument('linter'); d.add_argument('corpus'); d.add_argument('out')
    d.add_argument('--laws', type=int, default=600); d.add_argument('--flagged', type=int, default=100)
    d.add_argument('--unflagged', type=int, default=50); d.add_argument('--sampled', type=int, default=0)
    d.add_argument('--per-category', type=int, default=0,
                   help="units per category keyword list, drawn as train.jsonl's kw:<category>")
    d.add_argument('--categories', default='',
                   help='with --per-category: only these categories (comma-separated ids)')
    d.add_argument('--reuse-laws', action='store_true',
                   help='draw from the laws of the --exclude samples too, leaving out only their units')
    d.add_argument('--seed', type=int, default=20261129)
    d.add_argument('--exclude', action='append', default=[], help="an earlier sample.jsonl whose laws to leave out")
    s = sub.add_parser('score')
    s.add_argument('linter'); s.add_argument('corpus'); s.add_argument('sample'); s.add_argument('labels')
    s.add_argument('--json', action='store_true', help='print the metrics of the sampled units as score.py --json does')
    a = ap.parse_args()
    draw(a) if a.cmd == 'draw' else score(a)


if __name__ == '__main__':
    main()
