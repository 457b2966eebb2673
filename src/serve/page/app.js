// analog-lint: the drafters' page. Sends the draft to /api/check, shows the
// draft with each finding highlighted in its category's colour and a list of
// findings grouped by 条, filters them, and saves reports from /api/report.
// Each finding takes a decision (見直す / 存置 / 誤検出, with its text), kept in
// local storage, sent with every check and report, exported as a
// .analog-lint.yaml fragment; a .analog-lint.yaml can be loaded back.
// Text from the draft or the server is only ever set as textContent.
'use strict';

const $ = (id) => document.getElementById(id);

const SEVERITY_NAMES = { error: 'エラー', warning: '警告', info: '情報' };
const CONFIDENCE_NAMES = { high: '高', medium: '中', low: '低' };
const INPUT_NAMES = { text: 'テキスト', 'egov-xml': 'e-Gov 法令XML', 'egov-json': 'e-Gov API（JSON）', docx: 'Word' };
// In a 新旧対照表: whether the amendment brings the requirement in or keeps it.
const CHANGE_NAMES = { new: '改正で新設', unchanged: '改正前から存続' };
const FORMAT_NAMES = { html: '審査報告書（HTML）', docx: 'Word（docx）', xlsx: 'Excel（xlsx）', csv: 'CSV',
                       markdown: 'Markdown', json: 'JSON' };
// The decisions a finding can take; '' is 未確認 (no entry). The text box is
// the 対応方針 for 見直す, the reason for 存置, a note for 誤検出.
const DECISIONS = [['', '未確認'], ['見直す', '見直す'], ['存置', '存置'], ['誤検出', '誤検出']];
const REASON_LABELS = { '': '', '見直す': '対応方針', '存置': '存置の理由', '誤検出': 'メモ' };
const STORE_DECISIONS = 'analog-lint.decisions';
const STORE_DRAFT = 'analog-lint.draft';
const RECHECK_MS = 700;

const state = {
  categoryIndex: {},     // category id → colour index (seed order, from each result)
  file: null,            // the chosen File, or null: the textarea is the draft
  draft: null,           // the last draft checked: {text, name} or {content_base64, name}
  decisions: {},         // "rule fingerprint" → {rule, category, fingerprint, path, decision, reason, due}
  seq: 0,                // checks sent; only the newest answer is shown
  timer: 0,              // the debounced re-check while typing
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

// The current draft as the API's JSON fields: the chosen file as base64,
// else the pasted text; null when there is none.
async function draftFields() {
  if (state.file) {
    const data = await new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(state.file);
    });
    return { content_base64: data.slice(data.indexOf(',') + 1), name: state.file.name };
  }
  const text = $('draft').value;
  if (!text.trim()) return null;
  return { text, name: '貼り付けた草案.txt' };
}

// Fetch options for the draft with the decisions (and `extra` fields).
function requestFor(draft, extra) {
  const body = JSON.stringify({ ...draft, decisions: decisionsYaml(Object.values(state.decisions)), ...extra });
  return { method: 'POST', headers: { 'Content-Type': 'application/json' }, body };
}

// What went wrong, in Japanese and without status codes: the server's
// messages are English (for other tools), so the page says it in its own words.
async function errorMessage(response) {
  let message = '';
  try {
    const body = await response.json();
    if (body && body.error) message = String(body.error.message || '');
  } catch (e) { /* not JSON */ }
  return explainError(response.status, message);
}

// "（3 行 15 列）: decision は…" for one line of the server's message on a decisions file.
function decisionSlip(line) {
  const at = /^[^:]*?:(\d+):(\d+): /.exec(line);
  const place = at ? `（${at[1]} 行 ${at[2]} 列）` : '';
  const why = /'decision' must be/.test(line) ? 'decision は「見直す」「存置」「誤検出」のいずれかにしてください。'
    : /needs a 'reason'/.test(line) ? '存置には理由（reason）を書いてください。'
    : /needs 'rule' or 'category'/.test(line) ? '判定ごとに rule か category を書いてください。'
    : /is no rule or category/.test(line) ? 'そのルール名・類型名はありません（analog-lint rules で一覧できます）。'
    : /'due'/.test(line) ? 'due（見直し時期）は見直すの判定に、YYYY-MM-DD の形で書いてください。'
    : /unknown key|not allowed|is not a/.test(line) ? '使えない項目か、形の違う項目があります。'
    : 'YAML の書き方に誤りがあります。';
  return `${place}: ${why}`;
}

function explainError(status, message) {
  const at = /^(?:decisions: )?([^:]*?):(\d+):(\d+): /.exec(message);
  const file = (at ? at[1] : message.split(': ')[0]) || '草案';
  const place = at ? `（${at[2]} 行 ${at[3]} 列）` : '';
  if (message.startsWith('decisions: ')) {
    // One slip to a line, each "file:line:col: why": every one is named.
    const slips = message.slice('decisions: '.length).split('\n').map(decisionSlip);
    return `判定ファイル（.analog-lint.yaml）を読めません${slips.join('')}`;
  }
  if (status === 413) return `${file} は大きすぎて点検できません。分けて点検してください。`;
  if (status === 415) {
    if (/PDF/.test(message)) return `${file}: PDF ファイルは読めません。本文を貼り付けるか、テキスト（.txt）・XML・JSON・Word（.docx）のファイルにしてください。`;
    if (/\.doc\b|97-2003/.test(message)) return `${file}: 古い Word 形式（.doc）は読めません。.docx で保存し直してください。`;
    return `${file}: この種類のファイルは読めません。テキスト（.txt）・XML・JSON・Word（.docx）のファイルにしてください。`;
  }
  if (status === 422) {
    const why = /broken XML/.test(message) ? 'XML の形が壊れています。'
      : /empty/.test(message) ? 'ファイルが空です。'
      : /binary/.test(message) ? 'テキストのファイルではありません。'
      : /UTF-8|Shift_JIS|encod/.test(message) ? '文字コードを読み取れません（文字化けしているか、複数の文字コードが混ざっています）。'
      : /zip|docx|document\.xml/.test(message) ? 'Word ファイル（.docx）として読めません。ファイルが壊れていないか確かめてください。'
      : /too large|over the limit|zip bomb/.test(message) ? '大きすぎます。'
      : '内容を読み取れません。';
    return `${file} を読めません${place}: ${why}`;
  }
  if (status >= 500) return 'サーバーの内部で問題が起きました。もう一度試してください。';
  return '要求が受け付けられませんでした。ページを読み込み直してください。';
}

// Checks the draft. `quiet`: a re-check while typing (no message when empty,
// the view keeps its place).
async function runCheck(quiet) {
  clearTimeout(state.timer);  // a check now makes a pending re-check moot
  let draft;
  try {
    draft = await draftFields();
  } catch (e) {
    showError('ファイルを読み込めませんでした。');
    return;
  }
  if (!quiet) showError('');
  if (!draft) {
    if (quiet) return;
    showError('草案の本文を貼り付けるか、ファイルを選んでください。');
    $('draft').focus();
    return;
  }
  if (!state.file) saveDraft(draft.text);
  const seq = ++state.seq;
  const button = $('check');
  button.disabled = !quiet;
  setStatus('点検しています…');
  try {
    const response = await fetch('/api/check', requestFor(draft));
    if (seq !== state.seq) return;  // a newer check is on its way
    if (!response.ok) {
      showError(await errorMessage(response));
      setStatus('点検できませんでした。');
      return;
    }
    showError('');
    state.draft = draft;
    state.result = await response.json();
    showResult(quiet);
  } catch (e) {
    if (seq !== state.seq) return;
    showError('サーバーに接続できません。analog-lint serve が動いているか確かめてください。');
    setStatus('');
  } finally {
    if (seq === state.seq) button.disabled = false;
  }
}

// --- results ------------------------------------------------------------------

function showResult(keepPlace) {
  const r = state.result;
  const place = keepPlace ? { view: $('view').scrollTop, list: $('list').scrollTop, page: window.scrollY } : null;
  r.summary.by_category.forEach((c, i) => { state.categoryIndex[c.id] = i; });  // seed order
  const d = r.document;
  const summary = $('summary');
  summary.textContent = '';
  const name = d.title || d.file;
  const total = r.summary.findings;
  summary.append(`${name}（${d.file}、${INPUT_NAMES[d.format] || d.format}、${d.encoding}、${d.sentences} 文）: `);
  summary.append(total ? el('strong', { text: `アナログ規制の疑い ${total} 件` }) : '指摘はありません。');
  if (total) {
    const s = r.summary.by_severity;
    summary.append(`（エラー ${s.error}・警告 ${s.warning}・情報 ${s.info}）`);
    summary.append(el('span', { id: 'decision-summary' }));
  }
  buildCategoryFilter(keepPlace);
  $('results').hidden = false;
  applyFilters(keepPlace);
  updateDecisionSummary();
  if (place) {
    $('view').scrollTop = place.view;
    $('list').scrollTop = place.list;
    window.scrollTo(0, place.page);
  }
  setStatus(total ? `${total} 件の指摘があります。` : '指摘はありません。');
  // The linter found no 条, 項 or sentence in the draft (the API's warnings): say so, in Japanese.
  if (r.warnings && r.warnings.length) {
    const note = `${r.document.file || '草案'} には条・項・文が見つからず、何も点検していません。条文を貼り付けたか、ファイルの形式を確かめてください。`;
    summary.append(el('p', { class: 'note', text: note }));
    setStatus(note);
  }
}

function updateDecisionSummary() {
  const box = $('decision-summary');
  if (!box || !state.result) return;
  const counts = { '': 0, '見直す': 0, '存置': 0, '誤検出': 0 };
  for (const f of state.result.findings) counts[decisionOf(f).decision] += 1;
  box.textContent = ` 判定: 未確認 ${counts['']}・見直す ${counts['見直す']}・存置 ${counts['存置']}・誤検出 ${counts['誤検出']}`;
}

function buildCategoryFilter(keepChoices) {
  const box = $('category-options');
  const off = keepChoices ? new Set([...box.querySelectorAll('input:not(:checked)')].map((i) => i.value)) : new Set();
  box.textContent = '';
  for (const c of state.result.summary.by_category) {
    const input = el('input', { type: 'checkbox', name: 'category', value: c.id });
    input.checked = !off.has(c.id);
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

function applyFilters(quiet) {
  const categories = checkedValues('category');
  const severities = checkedValues('severity');
  state.visible = state.result.findings.filter((f) => categories.has(f.category) && severities.has(f.severity));
  state.current = -1;
  renderView();
  renderList();
  const shown = state.visible.length, total = state.result.findings.length;
  if (shown !== total && !quiet) setStatus(`${total} 件のうち ${shown} 件を表示しています。`);
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
  row('ルール', `${f.rule}（確度 ${CONFIDENCE_NAMES[f.confidence] || f.confidence}）`);
  item.append(dl, decisionControls(f));
  return item;
}

// --- decisions ----------------------------------------------------------------

const keyOf = (f) => `${f.rule} ${f.fingerprint}`;

// The finding's decision: the one recorded on the page, else none (未確認).
function decisionOf(f) {
  return state.decisions[keyOf(f)] || { decision: '', reason: '', due: '' };
}

function loadDecisions() {
  try {
    const stored = JSON.parse(localStorage.getItem(STORE_DECISIONS) || '{}');
    if (stored && typeof stored === 'object') state.decisions = stored;
  } catch (e) { state.decisions = {}; }
}

function saveDecisions() {
  try { localStorage.setItem(STORE_DECISIONS, JSON.stringify(state.decisions)); } catch (e) { /* full or off */ }
}

function saveDraft(text) {
  try { localStorage.setItem(STORE_DRAFT, text); } catch (e) { /* full or off */ }
}

function setDecision(f, decision, reason, due) {
  const key = keyOf(f);
  if (!decision) delete state.decisions[key];
  else {
    state.decisions[key] = { rule: f.rule, category: f.category, fingerprint: f.fingerprint, path: f.path,
                             decision, reason, due: decision === '見直す' ? due : '' };
  }
  saveDecisions();
  updateDecisionSummary();
}

// A decision is complete when the file would accept it: 存置 needs its reason.
const complete = (d) => d.decision && (d.decision !== '存置' || d.reason.trim());

// The decisions as a .analog-lint.yaml fragment. Values are JSON strings,
// which YAML reads as double-quoted scalars, so any text is escaped.
function decisionsYaml(decisions, header) {
  const q = (v) => JSON.stringify(String(v));
  const lines = header ? [header] : [];
  const list = decisions.filter(complete);
  if (!list.length) return lines.length ? lines.join('\n') + '\ndecisions: []\n' : '';
  lines.push('decisions:');
  for (const d of list) {
    lines.push(`  - rule: ${q(d.rule)}`, `    fingerprint: ${q(d.fingerprint)}`, `    path: ${q(d.path)}`,
               `    decision: ${q(d.decision)}`);
    if (d.reason.trim()) lines.push(`    reason: ${q(d.reason.trim())}`);
    if (d.decision === '見直す' && d.due) lines.push(`    due: ${q(d.due)}`);
  }
  return lines.join('\n') + '\n';
}

function decisionControls(f) {
  const d = decisionOf(f);
  const box = el('fieldset', { class: 'decision' }, el('legend', { text: '判定' }));
  const choices = el('div', { class: 'choices' });
  for (const [value, label] of DECISIONS) {
    const input = el('input', { type: 'radio', name: `decision-${f.id}`, value });
    input.checked = d.decision === value;
    choices.append(el('label', {}, input, ` ${label}`));
  }
  const reason = el('input', { type: 'text', class: 'reason', id: `reason-${f.id}`, value: d.reason || '' });
  const reasonLabel = el('label', { for: `reason-${f.id}`, class: 'reason-label' });
  const due = el('input', { type: 'date', id: `due-${f.id}`, value: d.due || '' });
  const dueLabel = el('label', { for: `due-${f.id}`, class: 'due-label', text: '見直し時期' });
  const note = el('p', { class: 'decision-note', 'aria-live': 'polite' });
  const sync = () => {
    const value = choices.querySelector('input:checked')?.value || '';
    reasonLabel.textContent = REASON_LABELS[value];
    reason.hidden = reasonLabel.hidden = !value;
    due.hidden = dueLabel.hidden = value !== '見直す';
    if (value === '存置') reason.setAttribute('list', 'keep-reasons'); else reason.removeAttribute('list');
    note.textContent = value === '存置' && !reason.value.trim() ? '存置の理由を書くと記録されます。' : '';
    return value;
  };
  const record = () => {
    const value = sync();
    setDecision(f, value, reason.value, due.value);
  };
  choices.addEventListener('change', record);
  reason.addEventListener('input', record);
  due.addEventListener('change', record);
  sync();
  box.append(choices, reasonLabel, reason, dueLabel, due, note);
  return box;
}

// Saves the decisions of the findings on screen as a .analog-lint.yaml fragment.
function exportDecisions() {
  if (!state.result) return;
  const keys = new Set(state.result.findings.map(keyOf));
  const list = Object.entries(state.decisions).filter(([k]) => keys.has(k)).map(([, d]) => d);
  const header = `# analog-lint の判定（${state.result.document.file}）: .analog-lint.yaml の decisions: に加えます`;
  const yaml = decisionsYaml(list, header);
  const url = URL.createObjectURL(new Blob([yaml], { type: 'application/yaml' }));
  const a = el('a', { href: url, download: 'analog-lint-decisions.yaml' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  setStatus(`${list.filter(complete).length} 件の判定を analog-lint-decisions.yaml に書き出しました。`);
}

// Loads a .analog-lint.yaml: the server applies it to the draft, and the
// decisions it gives the findings become the page's.
async function importDecisions(file) {
  showError('');
  if (!state.draft) {
    showError('先に草案を点検してから、判定ファイルを読み込んでください。');
    return;
  }
  const text = await file.text();
  const body = JSON.stringify({ ...state.draft, decisions: text });
  try {
    const response = await fetch('/api/check', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    if (!response.ok) {
      showError(await errorMessage(response));
      return;
    }
    const result = await response.json();
    let n = 0;
    for (const f of result.findings) {
      const d = f.decision;
      if (!d || !d.decision) continue;
      setDecision(f, d.decision, d.reason || '', d.due || '');
      n += 1;
    }
    await runCheck(true);
    setStatus(`${file.name} から ${n} 件の判定を読み込みました。`);
  } catch (e) {
    showError('判定ファイルを読み込めませんでした。');
  }
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
  if (!state.draft) return;
  showError('');
  setStatus(`${FORMAT_NAMES[format]} を作っています…`);
  try {
    // The report holds what is on screen: the filters, and the decisions.
    const filters = { categories: [...checkedValues('category')], severities: [...checkedValues('severity')] };
    const response = await fetch('/api/report?format=' + encodeURIComponent(format), requestFor(state.draft, filters));
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
    if (file) { chooseFile(file); runCheck(false); }
  });
  $('file').addEventListener('change', () => {
    const file = $('file').files[0];
    if (file) { chooseFile(file); runCheck(false); }
  });
  $('file-clear').addEventListener('click', () => { chooseFile(null); $('draft').focus(); });
}

function wireKeys() {
  // Editing re-checks the draft once typing pauses; the view keeps its place.
  $('draft').addEventListener('input', () => {
    if (state.file) chooseFile(null);
    saveDraft($('draft').value);
    clearTimeout(state.timer);
    if (state.result) setStatus('草案が変わりました。入力が止まると点検し直します。');
    state.timer = setTimeout(() => runCheck(true), RECHECK_MS);
  });
  $('draft').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); runCheck(false); }
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
  $('check').addEventListener('click', () => runCheck(false));
  $('export-decisions').addEventListener('click', exportDecisions);
  $('decisions-file').addEventListener('change', () => {
    const file = $('decisions-file').files[0];
    $('decisions-file').value = '';
    if (file) importDecisions(file);
  });
  document.querySelectorAll('.downloads button').forEach((b) => b.addEventListener('click', () => download(b.dataset.format)));
  document.querySelectorAll('#category-filter, #severity-filter').forEach((f) => f.addEventListener('change', applyFilters));
  wireDrop();
  wireKeys();
  loadMeta();
  loadDecisions();
  // The draft of the last visit comes back with its decisions.
  let stored = '';
  try { stored = localStorage.getItem(STORE_DRAFT) || ''; } catch (e) { /* storage off */ }
  if (stored.trim()) {
    $('draft').value = stored;
    runCheck(true);
  }
});
