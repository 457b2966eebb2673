// The drafters' page end to end, in headless Chromium driven by playwright-core:
// paste a draft, wait for the findings, check every highlighted span and the
// list grouped by 条 against `analog-lint check`, use the filters and the
// keyboard, save the four reports, drop an e-Gov XML statute, choose a Word
// file, and read the errors. Screenshots go to OUT_DIR for people to look at.
//
// Environment: ANALOG_LINT (the binary), PLAYWRIGHT_CORE (the playwright-core
// package folder), SOURCE_DIR (the repository), SHARED_DIR (../shared),
// OUT_DIR (screenshots and downloads).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const env = (name) => {
  const v = process.env[name];
  if (!v) throw new Error(`${name} is not set`);
  return v;
};
const BIN = env('ANALOG_LINT');
const SOURCE = env('SOURCE_DIR');
const SHARED = env('SHARED_DIR');
const OUT = env('OUT_DIR');
const { chromium } = createRequire(import.meta.url)(env('PLAYWRIGHT_CORE'));

const SAMPLE = path.join(SOURCE, 'corpus/sample-draft.txt');
// A statute with findings in several 条, from the shared corpus (read, never copied).
const LAW_XML = path.join(SHARED, 'corpus-samples/egov-xml-2021/338AC0000000138.xml');
let passed = 0;
const step = (name) => console.log(`ok ${++passed} - ${name}`);

// What `analog-lint check` finds in `file`: the reference for the page.
function cliFindings(file) {
  const out = execFileSync(BIN, ['check', '-f', 'json', '--fail-on', 'never', file], { maxBuffer: 1 << 28 });
  return JSON.parse(out).findings;
}

// Starts `analog-lint serve --port 0` in an empty folder and returns its URL.
async function startServer(work) {
  const tmp = path.join(work, 'tmp');
  fs.mkdirSync(tmp);
  const server = spawn(BIN, ['serve', '--port', '0', '--report-date', '2026-01-01'],
                       { cwd: work, env: { ...process.env, TMPDIR: tmp }, stdio: ['ignore', 'ignore', 'pipe'] });
  const url = await new Promise((resolve, reject) => {
    let log = '';
    const timer = setTimeout(() => reject(new Error('no "serving" line in 20 s: ' + log)), 20000);
    server.stderr.on('data', (chunk) => {
      log += chunk;
      const m = /serving (http:\/\/127\.0\.0\.1:\d+\/)/.exec(log);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    server.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${log}`)));
  });
  return { server, url, tmp };
}

// Each finding in the list has marks in the draft whose text is its match.
async function checkMarks(page, expected) {
  const shown = await page.$$eval('#list .finding', (items) => items.map((item) => {
    const id = item.dataset.id;
    const marks = [...document.querySelectorAll('mark.hl')].filter((m) => m.dataset.ids.split(' ').includes(id));
    return {
      id,
      category: item.dataset.category,
      quote: item.querySelector('.quote').textContent,
      marked: marks.map((m) => m.textContent).join(''),
      markClass: marks[0] ? marks[0].className : '',
      background: marks[0] ? getComputedStyle(marks[0]).backgroundColor : '',
      badge: item.querySelector('.badge').textContent,
      principles: item.querySelector('dd').textContent,
      alternatives: item.querySelectorAll('dd li').length,
    };
  }));
  assert.equal(shown.length, expected.length, 'one list entry per finding of analog-lint check');
  shown.forEach((s, i) => {
    assert.equal(s.quote, `「${expected[i].match}」`, `finding ${i}: the list quotes the match`);
    assert.equal(s.marked, expected[i].match, `finding ${i}: the highlighted text is the match`);
    assert.match(s.markClass, /\bhl c\d+\b/, `finding ${i}: the mark has a category colour`);
    assert.notEqual(s.background, 'rgba(0, 0, 0, 0)', `finding ${i}: the mark is coloured`);
    assert.ok(s.principles.length > 0, `finding ${i}: principles are shown`);
  });
  return shown;
}

function contrast(fg, bg) {
  const lum = (c) => {
    const [r, g, b] = c.match(/\d+/g).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

async function saveDownload(page, format) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click(`.downloads button[data-format=${format}]`),
  ]);
  const file = path.join(OUT, download.suggestedFilename());
  await download.saveAs(file);
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

// The strings of an Office file's XML parts (xlsx, docx), read with python3's zipfile.
function officeText(file) {
  return execFileSync('python3', ['-c', `import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
print(''.join(z.read(n).decode() for n in z.namelist() if n.endswith('.xml')))`, file], { maxBuffer: 1 << 26 }).toString();
}

// Runs `analog-lint check` in `dir`; returns the exit code.
function checkExit(dir, args) {
  try {
    execFileSync(BIN, ['check', ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'],
                                            env: { ...process.env, SOURCE_DATE_EPOCH: '1780000000' } });
    return 0;
  } catch (e) {
    return e.status;
  }
}

// Records 存置, 見直す and 誤検出 on three findings of the pasted sample draft;
// reloads (local storage), edits the draft (re-check keeps the decisions and
// the place), downloads with a filter, exports the .analog-lint.yaml fragment,
// loads it onto a fresh page, and runs `check` with it in every format.
async function recordDecisions(page, url, expected, work) {
  const KEEP = '上位法で規定', PLAN = '電子申請に一本化し、添付書類は情報連携で省略する', NOTE = '例示の文であり義務ではない';
  const ids = await page.$$eval('#list .finding', (items) => items.map((i) => i.dataset.id));
  const [keep, review, wrong] = ids;
  await page.check(`#finding-${keep} input[type=radio][value="存置"]`);
  assert.equal(await page.textContent(`#finding-${keep} .decision-note`), '存置の理由を書くと記録されます。');
  await page.fill(`#reason-${keep}`, KEEP);
  await page.check(`#finding-${review} input[type=radio][value="見直す"]`);
  await page.fill(`#reason-${review}`, PLAN);
  await page.fill(`#due-${review}`, '2027-03-31');
  await page.check(`#finding-${wrong} input[type=radio][value="誤検出"]`);
  await page.fill(`#reason-${wrong}`, NOTE);
  assert.ok((await page.textContent('#summary')).includes(`判定: 未確認 ${expected.length - 3}・見直す 1・存置 1・誤検出 1`));
  await page.locator(`#finding-${review}`).scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(OUT, 'page-decisions.png') });
  step('decisions: 存置 with its reason, 見直す with 対応方針 and date, 誤検出 with a note');

  await page.reload();
  await page.waitForFunction((n) => document.querySelectorAll('#list .finding').length === n, expected.length);
  const restored = await page.evaluate(([k, r, w]) => ({
    keep: document.querySelector(`#finding-${k} input:checked`).value, keepReason: document.getElementById(`reason-${k}`).value,
    review: document.querySelector(`#finding-${r} input:checked`).value, due: document.getElementById(`due-${r}`).value,
    wrong: document.querySelector(`#finding-${w} input:checked`).value,
  }), [keep, review, wrong]);
  assert.deepEqual(restored, { keep: '存置', keepReason: KEEP, review: '見直す', due: '2027-03-31', wrong: '誤検出' });
  step('after a reload: the draft is checked again and the decisions are back');

  // Editing re-checks after a pause; the decisions and the place in the page stay.
  const draft = fs.readFileSync(SAMPLE, 'utf8');
  await page.getByLabel('草案の本文を貼り付け').fill(draft + '\n第七条　物品保管業者は、申請書に押印しなければならない。\n');
  // While the re-check waits for the pause, the reader scrolls down to the findings.
  const before = await page.evaluate(() => { window.scrollTo(0, 600); return window.scrollY; });
  assert.ok(before > 0);
  await page.waitForFunction((n) => document.querySelectorAll('#list .finding').length > n, expected.length, { timeout: 10000 });
  assert.equal(await page.evaluate(() => window.scrollY), before, 'the page keeps its place');
  assert.equal(await page.evaluate((k) => document.querySelector(`#finding-${k} input:checked`).value, keep), '存置');
  await page.getByLabel('草案の本文を貼り付け').fill(draft);
  await page.waitForFunction((n) => document.querySelectorAll('#list .finding').length === n, expected.length, { timeout: 10000 });
  step('editing the draft re-checks it (debounced), keeping the decisions and the scroll position');

  // A download follows the filters on screen and carries the decisions.
  const category = expected[Number(keep)].category;
  const box = page.locator(`#category-options input[value="${category}"]`);
  await box.uncheck();
  const filtered = JSON.parse((await saveDownload(page, 'json')).bytes.toString('utf8'));
  assert.ok(filtered.findings.length < expected.length && filtered.findings.every((f) => f.category !== category),
            'the report leaves out the category filtered away');
  await box.check();
  const full = JSON.parse((await saveDownload(page, 'json')).bytes.toString('utf8'));
  assert.deepEqual(full.findings.filter((f) => f.decision).map((f) => f.decision.decision).sort(), ['存置', '見直す', '誤検出'].sort());
  const word = await saveDownload(page, 'docx');
  assert.ok(officeText(path.join(OUT, word.name)).includes(PLAN), 'the Word report has the 対応方針');
  step(`downloads follow the filters (${filtered.findings.length} of ${expected.length}) and carry the decisions`);

  // Export the fragment.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-decisions')]);
  const dir = path.join(work, 'review');
  fs.mkdirSync(dir);
  const yamlFile = path.join(dir, '.analog-lint.yaml');
  await download.saveAs(yamlFile);
  const yaml = fs.readFileSync(yamlFile, 'utf8');
  for (const s of ['decisions:', '"存置"', '"見直す"', '"誤検出"', KEEP, PLAN, NOTE, '"2027-03-31"', 'fingerprint:']) {
    assert.ok(yaml.includes(s), `the exported file has ${s}`);
  }
  step(`exported ${download.suggestedFilename()}: ${yaml.split('\n').length} lines`);

  // Load it on a fresh page (no local storage).
  const fresh = await page.context().browser().newContext({ viewport: { width: 1400, height: 1000 } });
  const other = await fresh.newPage();
  await other.goto(url);
  await other.getByLabel('草案の本文を貼り付け').fill(draft);
  await other.getByRole('button', { name: '点検する' }).click();
  await other.waitForFunction((n) => document.querySelectorAll('#list .finding').length === n, expected.length);
  await other.setInputFiles('#decisions-file', yamlFile);
  await other.waitForFunction((k) => document.querySelector(`#finding-${k} input:checked`)?.value === '存置', keep);
  assert.match(await other.textContent('#summary'), /見直す 1・存置 1・誤検出 1/);
  await other.setInputFiles('#decisions-file', { name: 'bad.yaml', mimeType: 'application/yaml',
                                                 buffer: Buffer.from('decisions:\n  - rule: x.y\n    decision: 保留\n') });
  await other.waitForFunction(() => document.getElementById('error').textContent.includes('判定ファイル'));
  const message = await other.textContent('#error');
  assert.match(message, /判定ファイル（\.analog-lint\.yaml）を読めません（2 行 5 列）: そのルール名・類型名はありません.*（3 行 15 列）: decision は「見直す」「存置」「誤検出」/);
  assert.doesNotMatch(message, /HTTP|must be/);
  await fresh.close();
  step(`a .analog-lint.yaml loaded onto a fresh page gives the same decisions; a bad one: "${message}"`);

  // `check` with the exported file: the decisions in every format, and the exit code.
  fs.copyFileSync(SAMPLE, path.join(dir, 'draft.txt'));
  const formats = { text: 'r.txt', jsonl: 'r.jsonl', json: 'r.json', sarif: 'r.sarif', markdown: 'r.md', html: 'r.html',
                    csv: 'r.csv', xlsx: 'r.xlsx', docx: 'r.docx', github: 'r.github' };
  const args = Object.entries(formats).flatMap(([f, o]) => ['-f', f, '-o', o]);
  const summaryFile = path.join(dir, 'summary.md');
  let code;
  try {
    execFileSync(BIN, ['check', ...args, '--fail-on', 'warning', 'draft.txt'], { cwd: dir, stdio: 'ignore',
      env: { ...process.env, SOURCE_DATE_EPOCH: '1780000000', GITHUB_STEP_SUMMARY: summaryFile } });
    code = 0;
  } catch (e) { code = e.status; }
  const jsonl = fs.readFileSync(path.join(dir, 'r.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const open = jsonl.filter((f) => f.status === 'open' && f.severity !== 'info');
  assert.equal(code, open.length ? 1 : 0, 'the exit code counts only open findings');
  assert.deepEqual(jsonl.filter((f) => f.status === 'waived').map((f) => f.decision.decision).sort(), ['存置', '誤検出'].sort());
  for (const [format, file] of Object.entries(formats)) {
    const text = format === 'xlsx' || format === 'docx' ? officeText(path.join(dir, file))
      : format === 'github' ? fs.readFileSync(summaryFile, 'utf8') : fs.readFileSync(path.join(dir, file), 'utf8');
    const wanted = format === 'github' ? ['| 存置 | 1 |', '| 見直す | 1 |', '| 誤検出 | 1 |', KEEP, PLAN, NOTE]
      : format === 'sarif' ? [KEEP, NOTE, '"suppressions"'] : [KEEP, PLAN, NOTE, '2027-03-31'];
    for (const w of wanted) assert.ok(text.includes(w), `${format} shows ${w}`);
  }
  // Only the kept and the false finding's rules: nothing open is left, so the gate passes.
  const rules = [keep, wrong].map((id) => expected[Number(id)].rule);
  assert.equal(checkExit(dir, ['--enable', rules.join(','), '--fail-on', 'info', 'draft.txt']), 0);
  assert.equal(checkExit(dir, ['--enable', expected[Number(review)].rule, '--fail-on', 'info', 'draft.txt']), 1,
               '見直す stays open');
  step(`check with the exported file: decisions in ${Object.keys(formats).join(', ')}; exit ${code} (${open.length} open), ` +
       '0 with only the 存置/誤検出 rules, 1 with the 見直す rule');
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'analog-lint-serve-'));
  const { server, url, tmp } = await startServer(work);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
           '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 1000 },
                                               locale: 'ja-JP' });
    const page = await context.newPage();
    const external = [];
    page.on('request', (r) => { if (!r.url().startsWith(url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) external.push(r.url()); });
    const consoleErrors = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    await page.goto(url);
    assert.equal(await page.getAttribute('html', 'lang'), 'ja');
    await page.waitForFunction(() => document.getElementById('tool').textContent.includes('ルールパック'));
    step('the page loads from the binary, in Japanese, with the rule pack named');

    // Every form control has a label a screen reader reads.
    const unlabelled = await page.$$eval('input, textarea, select, button', (els) => els
      .filter((e) => !(e.labels && e.labels.length) && !e.getAttribute('aria-label') && !e.textContent.trim())
      .map((e) => e.outerHTML));
    assert.deepEqual(unlabelled, []);
    step('every control has a label');

    // An empty draft: a clear message, no request.
    await page.getByRole('button', { name: '点検する' }).click();
    await page.waitForSelector('#error:not([hidden])');
    assert.match(await page.textContent('#error'), /貼り付ける/);
    step('checking an empty draft says what to do');

    // A text with no 条, 項 or sentence (a table of contents alone): a note in Japanese, not silence.
    await page.getByLabel('草案の本文を貼り付け').fill('○架空市条例\n目次\n第1章 総則(第1条・第2条)\n');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => /何も点検していません/.test(document.querySelector('#status').textContent));
    assert.match(await page.textContent('#summary'), /条・項・文が見つからず/);
    step('a draft with no provision gets a note that nothing was checked');

    // Paste the sample draft and check it.
    const expected = cliFindings(SAMPLE);
    assert.ok(expected.length >= 5, 'the sample draft has findings');
    await page.getByLabel('草案の本文を貼り付け').fill(fs.readFileSync(SAMPLE, 'utf8'));
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction((n) => document.querySelectorAll('#list .finding').length === n, expected.length);
    assert.equal(await page.isHidden('#error'), true);
    assert.match(await page.textContent('#status'), new RegExp(`${expected.length} 件の指摘`));
    const shown = await checkMarks(page, expected);
    step(`pasted draft: ${expected.length} findings, each highlighted on its own words`);

    // The list is grouped by 条, in document order, with the caption.
    const groups = await page.$$eval('#list .group h4', (hs) => hs.map((h) => h.firstChild.textContent));
    const articles = [...new Set(expected.map((f) => f.location.path.replace(/(条(の[一二三四五六七八九十]+)*).*/, '$1') + f.location.caption))];
    assert.deepEqual(groups, articles);
    const categoryNames = JSON.parse(execFileSync(BIN, ['check', '-f', 'json', '--fail-on', 'never', SAMPLE])).summary.by_category;
    shown.forEach((s, i) => assert.equal(s.badge, categoryNames[expected[i].category].name));
    assert.ok(shown.some((s) => s.alternatives > 0), 'digital alternatives are listed');
    const entry = await page.textContent('#list .finding');
    for (const part of ['抵触する原則', '見直しの方向性', 'デジタル代替手段', expected[0].remedy]) {
      assert.ok(entry.includes(part), `a finding shows ${part}`);
    }
    step(`the list: ${groups.length} groups by 条 (${groups.join('、')}), category, principle, remedy, alternatives`);

    // Contrast of text on the category tints and badges (WCAG AA: 4.5:1).
    const pairs = await page.$$eval('mark.hl, .badge, .sev, .finding .where, .ln', (els) => els.map((e) => {
      let bg = getComputedStyle(e).backgroundColor;
      for (let p = e; bg === 'rgba(0, 0, 0, 0)' && p.parentElement; p = p.parentElement) {
        bg = getComputedStyle(p.parentElement).backgroundColor;
      }
      return { fg: getComputedStyle(e).color, bg, cls: e.className };
    }));
    for (const p of pairs) assert.ok(contrast(p.fg, p.bg) >= 4.5, `contrast of ${p.cls}: ${contrast(p.fg, p.bg).toFixed(2)}`);
    step(`contrast of ${pairs.length} coloured texts is at least 4.5:1`);
    await page.screenshot({ path: path.join(OUT, 'page-sample-draft.png'), fullPage: true });

    // Keyboard: Enter on a finding goes to its words; Enter there comes back; n moves on.
    await page.focus('#list .finding .jump');
    await page.keyboard.press('Enter');
    let active = await page.evaluate(() => ({ tag: document.activeElement.tagName, ids: document.activeElement.dataset.ids,
                                               cls: document.activeElement.className }));
    assert.equal(active.tag, 'MARK');
    assert.ok(active.ids.split(' ').includes(shown[0].id) && active.cls.includes('current'));
    await page.keyboard.press('Enter');
    active = await page.evaluate(() => document.activeElement.closest('.finding')?.dataset.id);
    assert.equal(active, shown[0].id);
    await page.keyboard.press('n');
    active = await page.evaluate(() => document.activeElement.closest('.finding')?.dataset.id);
    assert.equal(active, shown[1].id, 'n goes to the next finding');
    await page.keyboard.press('p');
    active = await page.evaluate(() => document.activeElement.closest('.finding')?.dataset.id);
    assert.equal(active, shown[0].id, 'p goes back');
    await page.screenshot({ path: path.join(OUT, 'page-finding-selected.png') });
    step('keyboard: Enter jumps between list and draft, n/p step through findings');

    // Filters: a category off, then a severity off.
    const category = expected[0].category;
    const label = categoryNames[category].name;
    const inCategory = expected.filter((f) => f.category === category).length;
    await page.getByRole('checkbox', { name: new RegExp(`^\\s*${label}（`) }).uncheck();
    await page.waitForFunction((n) => document.querySelectorAll('#list .finding').length === n, expected.length - inCategory);
    assert.equal(await page.locator(`#list .finding[data-category=${category}]`).count(), 0);
    const marksLeft = await page.$$eval('mark.hl', (ms) => ms.map((m) => m.dataset.ids.split(' ')).flat());
    assert.ok(!marksLeft.some((id) => expected[Number(id)].category === category), 'no mark of a filtered category');
    await page.getByRole('checkbox', { name: new RegExp(`^\\s*${label}（`) }).check();
    const errors = expected.filter((f) => f.severity === 'error').length;
    await page.getByRole('checkbox', { name: '警告' }).uncheck();
    await page.getByRole('checkbox', { name: '情報' }).uncheck();
    await page.waitForFunction((n) => document.querySelectorAll('#list .finding').length === n, errors);
    await page.getByRole('checkbox', { name: '警告' }).check();
    await page.getByRole('checkbox', { name: '情報' }).check();
    await page.waitForFunction((n) => document.querySelectorAll('#list .finding').length === n, expected.length);
    step(`filters: without ${label} ${expected.length - inCategory} findings; errors only ${errors}`);

    // The reports.
    const html = await saveDownload(page, 'html');
    assert.match(html.name, /\.html$/);
    const htmlText = html.bytes.toString('utf8');
    assert.ok(htmlText.includes('<html') && htmlText.includes('架空物品保管業法') && htmlText.includes(expected[0].match));
    const csv = await saveDownload(page, 'csv');
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'CSV opens in Excel: a BOM');
    const xlsx = await saveDownload(page, 'xlsx');
    assert.equal(xlsx.bytes.subarray(0, 2).toString(), 'PK');
    assert.ok(xlsx.bytes.includes(Buffer.from('xl/workbook.xml')));
    const json = await saveDownload(page, 'json');
    const report = JSON.parse(json.bytes.toString('utf8'));
    assert.equal(report.findings.length, expected.length);
    assert.equal(report.date, '2026-01-01');
    assert.deepEqual(report.findings.map((f) => f.match), expected.map((f) => f.match));
    step(`downloads: ${[html, csv, xlsx, json].map((d) => `${d.name} (${d.bytes.length} bytes)`).join(', ')}`);

    // Decisions: one of each kind, kept across a reload, exported, and used by `check`.
    await recordDecisions(page, url, expected, work);

    // Drop an e-Gov XML statute on the page.
    const lawExpected = cliFindings(LAW_XML);
    const xml = fs.readFileSync(LAW_XML, 'utf8');
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'statute.xml', { type: 'application/xml' }));
      return dt;
    }, xml);
    await page.dispatchEvent('#drop', 'drop', { dataTransfer: transfer });
    await page.waitForFunction((n) => document.querySelectorAll('#list .finding').length === n &&
                                      document.getElementById('summary').textContent.includes('statute.xml'), lawExpected.length);
    await checkMarks(page, lawExpected);
    assert.equal(await page.getAttribute('#view', 'class'), 'view provisions');
    await page.locator('#list .finding .jump').last().click();
    const placed = await page.evaluate(() => {
      const mark = document.querySelector('mark.hl.current');
      const r = mark.getBoundingClientRect(), v = document.getElementById('view').getBoundingClientRect();
      return { inside: r.top >= v.top && r.bottom <= v.bottom, focused: document.activeElement === mark };
    });
    assert.deepEqual(placed, { inside: true, focused: true }, 'the last finding scrolls its words into view');
    await page.screenshot({ path: path.join(OUT, 'page-egov-xml.png') });
    step(`dropped e-Gov XML: ${lawExpected.length} findings, each on its own words`);

    // Choose a Word file (tracked changes accepted, Word numbering written out).
    const docxDir = path.join(work, 'docx');
    execFileSync('python3', [path.join(SOURCE, 'tests/docx/make_docx.py'), docxDir]);
    const docx = path.join(docxDir, 'draft.docx');
    const docxExpected = cliFindings(docx);
    await page.setInputFiles('#file', docx);
    await page.waitForFunction((n) => document.querySelectorAll('#list .finding').length === n &&
                                      document.getElementById('summary').textContent.includes('draft.docx'), docxExpected.length);
    await checkMarks(page, docxExpected);
    step(`chosen Word draft: ${docxExpected.length} findings`);

    // A 新旧対照表 pasted as text: only the 改正後 column is reported, each finding
    // says whether the amendment brings it in.
    const table = path.join(SOURCE, 'corpus/comparison-table.txt');
    const tableExpected = cliFindings(table);
    await page.getByLabel('草案の本文を貼り付け').fill(fs.readFileSync(table, 'utf8'));
    await page.getByRole('button', { name: '点検する' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('#list .finding').length === n &&
                                      document.querySelectorAll('#list .chg').length === n, tableExpected.length);
    await checkMarks(page, tableExpected);
    const changes = await page.$$eval('#list .chg', (cs) => cs.map((c) => c.textContent));
    assert.deepEqual(changes, tableExpected.map((f) => ({ new: '改正で新設', unchanged: '改正前から存続' })[f.change]));
    step(`pasted 新旧対照表: ${changes.join('、')}`);

    // Files the linter cannot read: a clear error on the page.
    const pdf = path.join(work, 'draft.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4\n');
    await page.setInputFiles('#file', pdf);
    await page.waitForFunction(() => document.getElementById('error').textContent.includes('PDF'));
    assert.match(await page.textContent('#error'), /PDF ファイルは読めません/);
    assert.doesNotMatch(await page.textContent('#error'), /HTTP|\b4\d\d\b|not read/, 'Japanese, without a status code');
    await page.setInputFiles('#file', path.join(docxDir, 'truncated.docx'));
    await page.waitForFunction(() => document.getElementById('error').textContent.includes('truncated.docx を読めません'));
    assert.doesNotMatch(await page.textContent('#error'), /HTTP|\b4\d\d\b/, 'Japanese, without a status code');
    step(`unreadable files: "${(await page.textContent('#error')).slice(0, 80)}…"`);

    // axe-core's WCAG 2.1 A/AA and best-practice rules on the page with results.
    // axe is injected as an inline script, so this context lets it past the
    // page's Content-Security-Policy (which would, rightly, refuse it).
    const auditContext = await browser.newContext({ bypassCSP: true, viewport: { width: 1400, height: 1000 } });
    const audit = await auditContext.newPage();
    await audit.goto(url);
    const violationsOf = async () => (await audit.evaluate(() => axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] }))).violations
      .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
    await audit.addScriptTag({ path: path.join(path.dirname(env('PLAYWRIGHT_CORE')), 'axe-core', 'axe.min.js') });
    assert.deepEqual(await violationsOf(), [], 'the empty page passes axe');
    await audit.getByLabel('草案の本文を貼り付け').fill(fs.readFileSync(SAMPLE, 'utf8'));
    await audit.getByRole('button', { name: '点検する' }).click();
    await audit.waitForSelector('#list .finding');
    assert.deepEqual(await violationsOf(), [], 'the page with findings passes axe');
    await auditContext.close();
    step('axe-core (WCAG 2.1 A and AA, best practice): no violation, before and after a check');

    assert.deepEqual(external, [], 'no request leaves the machine');
    assert.deepEqual(consoleErrors.filter((e) => !/status of 4\d\d/.test(e)), [], 'no script error');
    assert.deepEqual(fs.readdirSync(tmp), [], 'nothing written to TMPDIR');
    assert.deepEqual(fs.readdirSync(work).sort(), ['docx', 'draft.pdf', 'review', 'tmp'], 'nothing written to the working folder');
    step('no request to another host, no script error, no file written by the server');
  } finally {
    await browser.close();
    server.kill('SIGTERM');
    fs.rmSync(work, { recursive: true, force: true });
  }
  console.log(`page_e2e: ${passed} passed`);
}

main().catch((e) => {
  console.error('FAIL:', e.stack || e.message);
  process.exit(1);
});
