// analog-lint: the drafters' page. Sends the draft to /api/check, shows the
// draft with each finding highlighted in its category's colour and a list of
// findings grouped by 条, filters them, and saves reports from /api/report.
// Text from the draft or the server is only ever set as textContent.
'use strict';

const $ = (id) => document.getElementById(id);

const SEVERITY_NAMES = { error: 'エラー', warning: '警告', info: '情報' };
// In a 新旧対照表: whether the amendment brings the requirement in or keeps it.
const CHANGE_NAMES = { new: '改正で新設', unchanged: '改正前から存続' };
const FORMAT_NAMES = { html: '審査報告書（HTML）', csv: 'CSV', xlsx: 'Excel（xlsx）', json: 'JSON' };

const state = {
  categoryIndex: {},     // category id → colour index (seed order, from each result)
  file: null,            // the chosen File, or null: the textarea is the draft
  request: null,         // the last draft checked: () => fetch options
  result: null,          // the last /api/check answer
  visible: [],           // findings shown after the filters, in document order
  current: -1,           // index into visible of the selected finding
};

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

function setStatus(text) { $('status').textContent = text; }

function showError(message) {
  const box = $('error');
  box.textContent = message;
  box.hidden = !message;
}

function colourClass(category) {
  const i = state.categoryIndex[category];
  return i === undefined ? '' : 'c' + (i % 12);
}

// --- the draft and the request ------------------------------------------------

function chooseFile(file) {
  state.file = file;
  $('file-name').textContent = file ? `${file.name}（${file.size.toLocaleString('ja-JP')} バイト）` : '';
  $('file-chosen').hidden = !file;
  if (!file) $('file').value = '';
}

// Fetch options for the current draft: the chosen file as a form, else the
// pasted text as JSON. Built once per check and reused for the downloads.
function buildRequest() {
  if (state.file) {
    const file = state.file;
    return () => {
      const form = new FormData();
      form.append('file', file, file.name);
      return { method: 'POST', body: form };
    };
  }
  const text = $('draft').value;
  if (!text.trim()) return null;
  const body = JSON.stringify({ text, name: '貼り付けた草案.txt' });
  return () => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
}

async function errorMessage(response) {
  try {
    const body = await response.json();
    if (body && body.error) return `${body.error.message}（HTTP ${response.status}）`;
  } catch (e) { /* not JSON */ }
  return `サーバーが HTTP ${response.status} を返しました。`;
}

async function runCheck() {
  const request = buildRequest();
  showError('');
  if (!request) {
    showError('草案の本文を貼り付けるか、ファイルを選んでください。');
    $('draft').focus();
    return;
  }
  const button = $('check');
  button.disabled = true;
  setStatus('点検しています…');
  try {
    const response = await fetch('/api/check', request());
    if (!response.ok) {
      showError(await errorMessage(response));
      setStatus('点検できませんでした。');
      return;
    }
    state.request = request;
    state.result = await response.json();
    showResult();
  } catch (e) {
    showError('サーバーに接続できません。analog-lint serve が動いているか確かめてください。');
    setStatus('');
  } finally {
    button.disabled = false;
  }
}

// --- results ------------------------------------------------------------------

function showResult() {
  const r = state.result;
  r.summary.by_category.forEach((c, i) => { state.categoryIndex[c.id] = i; });  // seed order
  const d = r.document;
  const summary = $('summary');
  summary.textContent = '';
  const name = d.title || d.file;
  const total = r.summary.findings;
  summary.append(`${name}（${d.file}、${d.format}、${d.encoding}、${d.sentences} 文）: `);
  summary.append(total ? el('strong', { text: `アナログ規制の疑い ${total} 件` }) : '指摘はありません。');
  if (total) {
    const s = r.summary.by_severity;
    summary.append(`（エラー ${s.error}・警告 ${s.warning}・情報 ${s.info}）`);
  }
  buildCategoryFilter();
  $('results').hidden = false;
  applyFilters();
  setStatus(total ? `${total} 件の指摘があります。` : '指摘はありません。');
}

function buildCategoryFilter() {
  const box = $('category-options');
  box.textContent = '';
  for (const c of state.result.summary.by_category) {
    const input = el('input', { type: 'checkbox', name: 'category', value: c.id });
    input.checked = true;
    input.disabled = c.count === 0;
    const label = el('label', { class: c.count ? '' : 'empty' }, input,
                     el('span', { class: 'swatch ' + colourClass(c.id), 'aria-hidden': 'true' }),
                     ` ${c.name}（${c.count}）`);
    box.append(label);
  }
}

function checkedValues(name) {
  return new Set([...document.querySelectorAll(`input[name=${name}]:checked`)].map((i) => i.value));
}

function applyFilters() {
  const categories = checkedValues('category');
  const severities = checkedValues('severity');
  state.visible = state.result.findings.filter((f) => categories.has(f.category) && severities.has(f.severity));
  state.current = -1;
  renderView();
  renderList();
  const shown = state.visible.length, total = state.result.findings.length;
  if (shown !== total) setStatus(`${total} 件のうち ${shown} 件を表示しています。`);
}

// The draft, line by line, cut at every finding boundary; a piece covered by
// visible findings is a <mark> in the colour of the innermost of them (a
// double underline when there are several).
function renderView() {
  const view = $('view');
  const { text, kind } = state.result.view;
  view.textContent = '';
  view.className = 'view ' + kind;
  // Findings by start; `active` holds those open at the current piece. Every
  // range end is a cut, so an open finding covers the whole piece.
  const byStart = state.visible.filter((f) => f.range[1] > f.range[0]).sort((x, y) => x.range[0] - y.range[0]);
  const cuts = [...new Set(byStart.flatMap((f) => f.range))].sort((a, b) => a - b);
  let opened = 0, next = 0, active = [];
  let lineNo = 0, start = 0;
  const fragment = document.createDocumentFragment();
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    lineNo += 1;
    const line = el('div', { class: 'line' });
    if (kind === 'source') line.append(el('span', { class: 'ln', 'aria-hidden': 'true', text: String(lineNo) }));
    while (next < cuts.length && cuts[next] <= start) next++;
    const points = [start];
    for (let i = next; i < cuts.length && cuts[i] < end; i++) points.push(cuts[i]);
    points.push(end);
    for (let i = 0; i + 1 < points.length; i++) {
      const [a, b] = [points[i], points[i + 1]];
      if (a === b) continue;
      while (opened < byStart.length && byStart[opened].range[0] <= a) active.push(byStart[opened++]);
      active = active.filter((f) => f.range[1] > a);
      // Innermost first, so a finding nested in another keeps its own colour.
      const covering = [...active].sort((x, y) => (x.range[1] - x.range[0]) - (y.range[1] - y.range[0]));
      line.append(covering.length ? markFor(covering, text.slice(a, b)) : text.slice(a, b));
    }
    fragment.append(line);
    if (end === text.length) break;
    start = end + 1;
  }
  view.append(fragment);
}

function markFor(findings, piece) {
  const first = findings[0];
  const mark = el('mark', {
    class: 'hl ' + colourClass(first.category) + (findings.length > 1 ? ' multi' : ''),
    'data-ids': findings.map((f) => f.id).join(' '),
    title: findings.map((f) => `${f.category_name}: ${f.message}`).join('\n'),
    tabindex: '-1',
    text: piece,
  });
  mark.addEventListener('click', () => selectFinding(first.id, 'list'));
  mark.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();  // else the same key press also clicks the button that takes the focus
    selectFinding(first.id, 'list');
  });
  return mark;
}

// The list, grouped by 条 in document order.
function renderList() {
  const list = $('list');
  list.textContent = '';
  if (!state.visible.length) {
    list.append(el('p', { class: 'empty-list', text: state.result.findings.length
      ? '絞り込みに合う指摘はありません。' : 'アナログ規制の疑いがある規定は見つかりませんでした。' }));
    return;
  }
  const groups = new Map();
  for (const f of state.visible) {
    if (!groups.has(f.article)) groups.set(f.article, []);
    groups.get(f.article).push(f);
  }
  for (const [article, findings] of groups) {
    const caption = findings[0].caption || '';
    const group = el('section', { class: 'group', 'aria-label': article + caption });
    group.append(el('h4', {}, article + caption, ' ', el('span', { class: 'count', text: `${findings.length} 件` })));
    for (const f of findings) group.append(findingItem(f));
    list.append(group);
  }
}

function findingItem(f) {
  const item = el('article', { class: 'finding ' + colourClass(f.category), id: 'finding-' + f.id,
                               'data-id': String(f.id), 'data-category': f.category, 'data-severity': f.severity });
  // Lines are the file's: in a statute's provision view, say they are the XML's.
  const lineOf = state.result.view.kind === 'source' ? '' : `${state.result.document.format === 'egov-json' ? 'JSON' : 'XML'} `;
  const where = f.path + (f.line ? `（${lineOf}${f.line} 行目）` : '');
  const jump = el('button', { type: 'button', class: 'jump', 'aria-label':
                              `${f.category_name}、${SEVERITY_NAMES[f.severity]}、${f.path}「${f.match}」: 本文の該当箇所へ` },
    el('span', { class: 'badge ' + colourClass(f.category), text: f.category_name }),
    el('span', { class: 'sev sev-' + f.severity, text: SEVERITY_NAMES[f.severity] }),
    el('span', { class: 'where', text: where }),
    ...(CHANGE_NAMES[f.change] ? [' ', el('span', { class: 'chg chg-' + f.change, text: CHANGE_NAMES[f.change] })] : []),
    el('br'),
    el('span', { class: 'quote', text: `「${f.match}」` }));
  jump.addEventListener('click', () => selectFinding(f.id, 'view'));
  item.append(jump, el('p', { class: 'msg', text: f.message }));
  const dl = el('dl');
  const row = (term, value) => dl.append(el('dt', { text: term }), el('dd', {}, value));
  row('抵触する原則', f.principles.map((p) => p.name).join('、'));
  row('見直しの方向性', f.remedy);
  if (f.alternatives.length) row('デジタル代替手段', el('ul', {}, ...f.alternatives.map((a) => el('li', { text: a }))));
  if (f.technologies.length) row('技術の例', f.technologies.join('、'));
  row('判定', f.judgement);
  row('ルール', `${f.rule}（確度 ${f.confidence}）`);
  item.append(dl);
  return item;
}

// Marks `id` as the current finding; `focus` says where the focus goes: the
// finding's place in the draft ('view') or its entry in the list ('list').
function selectFinding(id, focus) {
  document.querySelectorAll('.current').forEach((n) => n.classList.remove('current'));
  state.current = state.visible.findIndex((f) => f.id === id);
  const item = $('finding-' + id);
  const marks = [...document.querySelectorAll('mark.hl')].filter((m) => m.dataset.ids.split(' ').includes(String(id)));
  item?.classList.add('current');
  marks.forEach((m) => m.classList.add('current'));
  const target = focus === 'view' ? marks[0] : item?.querySelector('.jump');
  if (target) {
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  }
  if (focus === 'view' && marks[0]) item?.scrollIntoView({ block: 'nearest' });
}

function step(delta) {
  if (!state.visible.length) return;
  const n = state.visible.length;
  const next = state.current < 0 ? (delta > 0 ? 0 : n - 1) : (state.current + delta + n) % n;
  selectFinding(state.visible[next].id, 'list');
  const mark = document.querySelector('mark.hl.current');
  if (mark) mark.scrollIntoView({ block: 'center' });
}

// --- downloads ----------------------------------------------------------------

function filenameFrom(response, format) {
  const header = response.headers.get('Content-Disposition') || '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) return decodeURIComponent(star[1]);
  const plain = /filename="([^"]+)"/i.exec(header);
  return plain ? plain[1] : `analog-lint-report.${format}`;
}

async function download(format) {
  if (!state.request) return;
  showError('');
  setStatus(`${FORMAT_NAMES[format]} を作っています…`);
  try {
    const response = await fetch('/api/report?format=' + encodeURIComponent(format), state.request());
    if (!response.ok) {
      showError(await errorMessage(response));
      setStatus('');
      return;
    }
    const name = filenameFrom(response, format);
    const url = URL.createObjectURL(await response.blob());
    const a = el('a', { href: url, download: name });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    setStatus(`${name} を保存しました。`);
  } catch (e) {
    showError('報告書を受け取れませんでした。');
    setStatus('');
  }
}

// --- wiring -------------------------------------------------------------------

function wireDrop() {
  const zone = $('drop');
  for (const type of ['dragenter', 'dragover']) {
    document.addEventListener(type, (e) => { e.preventDefault(); zone.classList.add('over'); });
  }
  document.addEventListener('dragleave', (e) => { if (!e.relatedTarget) zone.classList.remove('over'); });
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    const file = e.dataTransfer && e.dataTransfer.files[0];
    if (file) { chooseFile(file); runCheck(); }
  });
  $('file').addEventListener('change', () => {
    const file = $('file').files[0];
    if (file) { chooseFile(file); runCheck(); }
  });
  $('file-clear').addEventListener('click', () => { chooseFile(null); $('draft').focus(); });
}

function wireKeys() {
  $('draft').addEventListener('input', () => {
    if (state.file) chooseFile(null);
    if (state.result) setStatus('草案が変わりました。もう一度「点検する」を押すと結果が新しくなります。');
  });
  $('draft').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); runCheck(); }
  });
  document.addEventListener('keydown', (e) => {
    const typing = /^(TEXTAREA|INPUT|SELECT)$/.test(e.target.tagName);
    if (typing || e.ctrlKey || e.metaKey || e.altKey || !state.result) return;
    if (e.key === 'n') step(1);
    if (e.key === 'p') step(-1);
  });
}

async function loadMeta() {
  try {
    const response = await fetch('/api/meta');
    const t = (await response.json()).tool;
    $('tool').textContent = `analog-lint ${t.version}、ルールパック ${t.rule_pack}（${t.rules} ルール）、辞書 ${t.dictionary}`;
  } catch (e) {
    showError('サーバーの情報を読めません。analog-lint serve が動いているか確かめてください。');
  }
}

document.addEventListener('DOMContentLoaded', () => {
  $('check').addEventListener('click', runCheck);
  document.querySelectorAll('.downloads button').forEach((b) => b.addEventListener('click', () => download(b.dataset.format)));
  document.querySelectorAll('#category-filter, #severity-filter').forEach((f) => f.addEventListener('change', applyFilters));
  wireDrop();
  wireKeys();
  loadMeta();
});
