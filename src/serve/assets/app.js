// xhslint review page. The Note is composed from the title field, the body
// editor and the facts panel (as front matter), checked by POST /api/check
// (the JSON report of `check --format json`), and each finding is mapped
// back to the field it is in. Positions: the report gives each span's line
// and UTF-16 column, the browser's own unit, so an emoji before a span
// moves nothing.
'use strict';
(() => {
  const $ = (id) => document.getElementById(id);
  // The page's words in the language the browser asked for: the server
  // puts them in a JSON block (none in English, the words written here).
  const words = (() => {
    try {
      return JSON.parse(($('i18n') || {}).textContent || '{}');
    } catch (_) {
      return {};
    }
  })();
  // The word `key` with its `{name}`s filled from `values`, else `english`.
  const t = (key, english, values = {}) =>
    words[key] ? words[key].replace(/\{(\w+)\}/g, (m, name) => (name in values ? values[name] : m)) : english;
  const fields = { title: $('title'), body: $('body') };
  const marks = { title: $('title-marks'), body: $('body-marks') };
  const factInputs = {
    product: $('f-product'), category: $('f-category'), start: $('f-start'), end: $('f-end'),
    stock: $('f-stock'), price: $('f-price'), original_price: $('f-original'),
  };
  const popover = $('popover');
  const DEBOUNCE_MS = 250;

  // The findings of the last report, each with where it is: `field`
  // ('title', 'body' or null for the front matter and whole-Note ones) and
  // UTF-16 offsets into that field.
  let findings = [];
  let rules = {};
  let composed = null;
  let sequence = 0;
  let timer = 0;
  const lastText = { title: '', body: '' };

  // ---- The Note ------------------------------------------------------------

  const yamlString = (s) => JSON.stringify(s);
  const chinaTime = (local) => local.replace('T', ' ');

  // The Note as a file carries it; remembers where the title and body start
  // and which facts sit on which line of the front matter.
  function compose() {
    const title = fields.title.value;
    const body = fields.body.value;
    const lines = [];
    const factLines = {};
    const put = (line, fact) => {
      lines.push(line);
      if (fact) factLines[lines.length] = fact;
    };
    const v = (k) => factInputs[k].value.trim();
    put('---');
    if (v('product')) put('product: ' + yamlString(v('product')), 'product');
    if (v('category')) put('category: ' + v('category'), 'category');
    const sale = ['start', 'end', 'stock', 'price', 'original_price'].filter((k) => v(k));
    if (sale.length) {
      put('sale:', sale[0]);
      for (const k of sale) {
        const value = k === 'start' || k === 'end' ? chinaTime(v(k)) : v(k);
        put('  ' + k + ': ' + value, k);
      }
    }
    put('---');
    const front = lines.length > 2 ? lines.join('\n') + '\n' : '';
    const head = title.trim() ? '# ' + title + '\n\n' : '';
    const titleStart = front.length + (head ? 2 : 0);
    const bodyStart = front.length + head.length;
    return {
      text: front + head + body,
      title: head ? { start: titleStart, end: titleStart + title.length } : null,
      body: { start: bodyStart, end: bodyStart + body.length },
      frontLines: front ? lines.length : 0,
      factLines: front ? factLines : {},
    };
  }

  // Line starts in UTF-16 units; LF, CRLF and a lone CR end a line, as in
  // the report's positions.
  function lineStarts(text) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
    }
    return starts;
  }

  // A report position as a UTF-16 offset into the text that was checked.
  function offsetOf(position, starts, text) {
    let offset = starts[position.line - 1] + position.utf16_column - 1;
    // Columns do not count a leading byte-order mark.
    if (position.line === 1 && text.charCodeAt(0) === 0xfeff) offset += 1;
    return offset;
  }

  function locate(span, note, starts) {
    const start = offsetOf(span.start, starts, note.text);
    const end = offsetOf(span.end, starts, note.text);
    for (const field of ['title', 'body']) {
      const range = note[field];
      if (range && start >= range.start && end <= range.end) {
        return { field, start: start - range.start, end: end - range.start, line: span.start.line };
      }
    }
    return { field: null, start, end, line: span.start.line };
  }

  // ---- Checking --------------------------------------------------------------

  async function post(path, body) {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error((json && json.error && json.error.message) || response.statusText);
    }
    return json;
  }

  function schedule() {
    clearTimeout(timer);
    $('status').textContent = t('checking', 'checking…');
    timer = setTimeout(check, DEBOUNCE_MS);
  }

  async function check() {
    clearTimeout(timer);
    const note = compose();
    const mine = ++sequence;
    document.body.dataset.checking = 'true';
    try {
      const [report, measured] = await Promise.all([
        post('/api/check', { text: note.text }),
        post('/api/measure', { text: note.text }),
      ]);
      // Typed since: the next check is on its way.
      if (mine !== sequence || compose().text !== note.text) return;
      show(report, measured, note);
      $('status').textContent = '';
    } catch (err) {
      if (mine !== sequence) return;
      $('status').textContent = err.message;
    } finally {
      if (mine === sequence) {
        delete document.body.dataset.checking;
        document.body.dataset.checked = String(mine);
      }
    }
  }

  function show(report, measured, note) {
    composed = note;
    lastText.title = fields.title.value;
    lastText.body = fields.body.value;
    const file = report.files[0] || { diagnostics: [] };
    const starts = lineStarts(note.text);
    findings = file.diagnostics.map((d, i) => ({
      index: i,
      d,
      at: locate(d.span, note, starts),
      fixes: d.suggestions.map((s) => (s.span ? locate(s.span, note, starts) : null)),
    }));
    renderMarks('title');
    renderMarks('body');
    renderList(file);
    renderSummary(report.summary, file);
    renderKind(file.note, note, starts);
    renderMeasures(measured);
    flagFacts(note);
    hidePopover();
  }

  // ---- Underlines -------------------------------------------------------------

  const escape = (s) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
  const rank = { error: 3, warning: 2, info: 1 };

  function renderMarks(field) {
    const text = fields[field].value;
    const spans = findings.filter((f) => f.at.field === field && f.at.end > f.at.start);
    const cuts = new Set([0, text.length]);
    for (const f of spans) {
      cuts.add(Math.min(f.at.start, text.length));
      cuts.add(Math.min(f.at.end, text.length));
    }
    const points = [...cuts].sort((a, b) => a - b);
    let html = '';
    for (let k = 0; k + 1 < points.length; k++) {
      const [s, e] = [points[k], points[k + 1]];
      const piece = escape(text.slice(s, e));
      const over = spans.filter((f) => f.at.start <= s && f.at.end >= e);
      if (!over.length) {
        html += piece;
        continue;
      }
      const worst = over.reduce((a, f) => (rank[f.d.severity] > rank[a] ? f.d.severity : a), 'info');
      const ids = over.map((f) => f.index).join(' ');
      // Findings about the whole Note point at the whole title: underline
      // them lightly, so those on a few words stand out.
      const whole = over.every((f) => f.at.start === 0 && f.at.end >= text.length && text.length > 0);
      html += `<mark class="${worst}${whole ? ' whole' : ''}" data-ids="${ids}" data-start="${s}" data-end="${e}">${piece}</mark>`;
    }
    // A final line break needs a character after it to take its line.
    marks[field].innerHTML = html + (text.endsWith('\n') || !text ? ' ' : '');
  }

  // While a check is on its way, keep the underlines on their text: shift
  // those after the edit, drop those it touched.
  function follow(field) {
    const before = lastText[field];
    const after = fields[field].value;
    let p = 0;
    while (p < before.length && p < after.length && before[p] === after[p]) p++;
    let q = 0;
    while (q < before.length - p && q < after.length - p
      && before[before.length - 1 - q] === after[after.length - 1 - q]) q++;
    const editEnd = before.length - q;
    const delta = after.length - before.length;
    findings = findings.filter((f) => {
      if (f.at.field !== field) return true;
      if (f.at.end <= p) return true;
      if (f.at.start >= editEnd) {
        f.at = { ...f.at, start: f.at.start + delta, end: f.at.end + delta };
        f.fixes = f.fixes.map(() => null);
        f.stale = true;
        return true;
      }
      return false;
    });
    lastText[field] = after;
    renderMarks(field);
  }

  // ---- The list, the summary, the kind, the counts ------------------------------

  function where(f) {
    if (f.at.field === 'title') return 'title';
    if (f.at.field === 'body') return 'body';
    return composed && f.at.line <= composed.frontLines ? 'facts' : 'whole Note';
  }

  // Where a finding is, in the page's words.
  function whereText(f) {
    const at = where(f);
    const key = { title: 'where-title', body: 'where-body', facts: 'where-facts' }[at] || 'where-note';
    return t(key, at);
  }

  function renderList(file) {
    const list = $('findings');
    list.innerHTML = '';
    if (file.error) {
      const li = document.createElement('li');
      li.className = 'error';
      li.textContent = file.error.message;
      list.append(li);
      return;
    }
    for (const f of findings) {
      const li = document.createElement('li');
      li.className = f.d.severity;
      li.dataset.index = f.index;
      li.dataset.rule = f.d.rule;
      li.innerHTML = `<span class="sev ${f.d.severity}">${t('sev-' + f.d.severity, f.d.severity)}</span>`
        + `<span class="rule">${escape(f.d.rule)}</span><span class="where">${whereText(f)}`
        + (f.d.text ? ` · “${escape(f.d.text.length > 24 ? f.d.text.slice(0, 24) + '…' : f.d.text)}”` : '')
        + `</span><div class="msg">${escape(f.d.message)}</div>`;
      li.addEventListener('click', () => focusFinding(f, li));
      list.append(li);
    }
  }

  function renderSummary(summary, file) {
    const el = $('summary');
    if (file.error) {
      el.textContent = file.error.message;
      return;
    }
    const parts = [];
    for (const [key, word] of [['errors', 'error'], ['warnings', 'warning'], ['infos', 'info']]) {
      const n = summary[key];
      if (n) parts.push(`<span class="n-${word}">${t('count-' + word, `${n} ${word}${n === 1 ? '' : 's'}`, { n })}</span>`);
    }
    el.innerHTML = parts.length ? parts.join(' · ') : (fields.title.value || fields.body.value
      ? t('no-problems', 'No problems found') : t('empty', 'Type a Note to check it'));
  }

  // The Note's kind, when the report says it (`note`: kind, source, evidence).
  function renderKind(kind, note, starts) {
    const el = $('kind');
    if (!kind || !kind.kind) {
      el.hidden = true;
      return;
    }
    el.hidden = false;
    el.className = 'kind ' + kind.kind;
    const how = {
      'front-matter': t('how-front-matter', 'declared in the front matter'),
      config: t('how-config', 'set by the config'),
      detected: t('how-detected', 'detected'),
    }[kind.source] || kind.source || '';
    let why = '';
    if (kind.evidence && kind.evidence.text) {
      const text = escape(kind.evidence.text);
      why = t('kind-because', ` because of “${text}”`, { text });
      if (kind.evidence.span) {
        const at = locate(kind.evidence.span, note, starts);
        if (at.field) {
          const field = t('where-' + at.field, at.field);
          why += t('kind-in', ` (in the ${at.field})`, { field });
        }
      }
    }
    const name = `<b>${escape(t('kind-' + kind.kind, kind.kind))}</b>`;
    el.innerHTML = t('kind-note', `${name} Note`, { kind: name }) + why
      + (how ? t('kind-how', ' — ' + escape(how), { how: escape(how) }) : '');
    el.dataset.kind = kind.kind;
  }

  function renderMeasures(measured) {
    const units = $('units');
    const title = measured.title;
    const max = title ? title.max_units : 20;
    const n = title ? title.units : 0;
    units.textContent = t('units', `${n} / ${max} units`, { n, max });
    units.dataset.units = String(n);
    units.className = 'count' + (n > max ? ' over' : '');
    const tags = $('tags');
    const h = measured.hashtags;
    tags.textContent = t('tags', `${h.count} hashtag${h.count === 1 ? '' : 's'} (${h.min}–${h.max})`,
      { n: h.count, min: h.min, max: h.max });
    tags.dataset.count = String(h.count);
    tags.className = 'count' + (h.count > h.max ? ' over' : h.count < h.min ? ' under' : '');
  }

  // Findings on a fact's line of the front matter mark that fact's input.
  function flagFacts(note) {
    for (const input of Object.values(factInputs)) {
      input.classList.remove('flagged');
      input.removeAttribute('title');
    }
    for (const f of findings) {
      if (f.at.field) continue;
      const fact = note.factLines[f.at.line];
      const input = fact && factInputs[fact];
      if (input) {
        input.classList.add('flagged');
        input.title = f.d.message;
      }
    }
  }

  // ---- Explanations ------------------------------------------------------------------

  function explain(list) {
    let html = '';
    for (const f of list) {
      const why = rules[f.d.rule] && rules[f.d.rule].why;
      html += `<div class="item" data-index="${f.index}"><div><span class="sev ${f.d.severity}">${t('sev-' + f.d.severity, f.d.severity)}</span>`
        + `<span class="rule">${escape(f.d.rule)}</span></div>`
        + `<p class="msg">${escape(f.d.message)}</p>`
        + (why ? `<p class="why">${escape(why.replace(/\s*\n\s*/g, ' '))}</p>` : '');
      f.d.suggestions.forEach((s, j) => {
        const r = s.replacement;
        let fix = `<span>${escape(s.message)}</span>`;
        if (r !== null && r !== undefined && s.applicability !== 'has-placeholders' && applicable(f, j)) {
          fix += r ? ` <q>${escape(r)}</q>` : '';
          fix += ` <button type="button" class="primary apply" data-index="${f.index}" data-fix="${j}">${r ? t('apply', 'Apply') : t('remove', 'Remove it')}</button>`;
        } else if (r) {
          fix += ` <q>${escape(r)}</q>`;
        }
        html += `<div class="fix">${fix}</div>`;
      });
      html += '</div>';
    }
    return html;
  }

  // Where a suggestion's replacement goes, when it is inside one field.
  function target(f, j) {
    if (f.stale) return null;
    const at = f.fixes[j] || f.at;
    return at.field ? at : null;
  }
  const applicable = (f, j) => target(f, j) !== null;

  let hideTimer = 0;
  function showPopover(list, rect) {
    clearTimeout(hideTimer);
    if (!list.length) return;
    popover.innerHTML = explain(list);
    popover.hidden = false;
    const width = popover.offsetWidth;
    const left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    popover.style.left = left + 'px';
    popover.style.top = (rect.bottom + window.scrollY + 6) + 'px';
    document.querySelectorAll('mark.active').forEach((m) => m.classList.remove('active'));
    for (const f of list) {
      document.querySelectorAll('mark').forEach((m) => {
        if (m.dataset.ids.split(' ').includes(String(f.index))) m.classList.add('active');
      });
    }
  }
  function hidePopover() {
    popover.hidden = true;
    document.querySelectorAll('mark.active').forEach((m) => m.classList.remove('active'));
  }
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hidePopover, 400);
  };
  popover.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  popover.addEventListener('mouseleave', hideSoon);

  const byIds = (mark) => mark.dataset.ids.split(' ').map((i) => findings.find((f) => f.index === Number(i))).filter(Boolean);

  // The textarea lies over the marks: find the mark under the pointer.
  function markAt(x, y) {
    return document.elementsFromPoint(x, y).find((el) => el.tagName === 'MARK' && el.dataset.ids);
  }
  function markAtCaret(field) {
    const el = fields[field];
    if (el.selectionStart !== el.selectionEnd) return null;
    const at = el.selectionStart;
    return [...marks[field].querySelectorAll('mark')].find((m) => Number(m.dataset.start) <= at && at <= Number(m.dataset.end)) || null;
  }

  for (const field of ['title', 'body']) {
    const el = fields[field];
    el.addEventListener('mousemove', (e) => {
      const mark = markAt(e.clientX, e.clientY);
      if (mark) showPopover(byIds(mark), mark.getBoundingClientRect());
      else if (!popover.hidden) hideSoon();
    });
    el.addEventListener('mouseleave', hideSoon);
    // A tap or the keyboard puts the caret in a finding: explain it.
    const atCaret = () => {
      const mark = markAtCaret(field);
      if (mark) showPopover(byIds(mark), mark.getBoundingClientRect());
    };
    el.addEventListener('click', atCaret);
    el.addEventListener('keyup', (e) => {
      if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') atCaret();
    });
    el.addEventListener('input', () => {
      if (field === 'title' && /[\r\n]/.test(el.value)) el.value = el.value.replace(/[\r\n]+/g, ' ');
      grow(el);
      follow(field);
      hidePopover();
      schedule();
    });
  }
  fields.title.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      fields.body.focus();
    }
  });

  function focusFinding(f, li) {
    document.querySelectorAll('.findings li.active').forEach((x) => x.classList.remove('active'));
    li.classList.add('active');
    if (f.at.field) {
      const el = fields[f.at.field];
      el.focus({ preventScroll: true });
      el.setSelectionRange(f.at.start, f.at.end);
      const mark = [...marks[f.at.field].querySelectorAll('mark')].find((m) => m.dataset.ids.split(' ').includes(String(f.index)));
      showPopover([f], (mark || li).getBoundingClientRect());
    } else {
      showPopover([f], li.getBoundingClientRect());
    }
  }

  // ---- Applying a suggestion ----------------------------------------------------------

  popover.addEventListener('click', (e) => {
    const button = e.target.closest('button.apply');
    if (!button) return;
    const f = findings.find((x) => x.index === Number(button.dataset.index));
    const j = Number(button.dataset.fix);
    const at = f && target(f, j);
    if (!at) return;
    const el = fields[at.field];
    const replacement = f.d.suggestions[j].replacement || '';
    el.value = el.value.slice(0, at.start) + replacement + el.value.slice(at.end);
    el.setSelectionRange(at.start + replacement.length, at.start + replacement.length);
    grow(el);
    follow(at.field);
    hidePopover();
    toast(replacement ? t('applied', 'Applied: ' + replacement, { text: replacement }) : t('removed', 'Applied: removed'));
    check();
  });

  // ---- Facts and titles -------------------------------------------------------------------

  for (const input of Object.values(factInputs)) {
    input.addEventListener('input', schedule);
    input.addEventListener('change', schedule);
  }

  function hoursOfWindow() {
    const start = factInputs.start.value;
    const end = factInputs.end.value;
    if (!start || !end) return null;
    const hours = (Date.parse(end) - Date.parse(start)) / 3600000;
    return Number.isFinite(hours) && hours > 0 ? Math.round(hours) : null;
  }

  $('generate').addEventListener('click', async () => {
    const number = (k) => (factInputs[k].value.trim() === '' ? undefined : Number(factInputs[k].value));
    const text = (v) => (v.trim() === '' ? undefined : v.trim());
    const request = {
      product: text(factInputs.product.value),
      hours: hoursOfWindow() ?? undefined,
      stock: number('stock'),
      price: number('price'),
      original_price: number('original_price'),
      benefit: text($('t-benefit').value),
      category: text(factInputs.category.value),
      festival: text($('t-festival').value),
      date: factInputs.start.value ? factInputs.start.value.slice(0, 10) : undefined,
    };
    const errorEl = $('title-error');
    const list = $('titles');
    list.innerHTML = '';
    errorEl.hidden = true;
    try {
      const result = await post('/api/title', request);
      const tr = t;
      for (const t of result.titles) {
        const li = document.createElement('li');
        li.innerHTML = `<span class="t">${escape(t.title)}</span><span class="u">${tr('title-units', `${t.units} units`, { n: t.units })}</span>`;
        li.dataset.units = String(t.units);
        const use = document.createElement('button');
        use.type = 'button';
        use.textContent = tr('use', 'Use');
        use.addEventListener('click', () => {
          fields.title.value = t.title;
          grow(fields.title);
          follow('title');
          toast(tr('title-inserted', 'Title inserted'));
          check();
        });
        li.append(use);
        list.append(li);
      }
      for (const note of result.notes || []) {
        const li = document.createElement('li');
        li.className = 'hint';
        li.textContent = note;
        list.append(li);
      }
    } catch (err) {
      errorEl.textContent = err.message;
      errorEl.hidden = false;
    }
  });

  // ---- Copy, layout ----------------------------------------------------------------------------

  function toast(text) {
    const el = $('toast');
    el.textContent = text;
    el.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { el.hidden = true; }, 1600);
  }

  $('copy').addEventListener('click', async () => {
    const text = compose().text;
    try {
      await navigator.clipboard.writeText(text);
    } catch (_) {
      const scratch = document.createElement('textarea');
      scratch.value = text;
      document.body.append(scratch);
      scratch.select();
      document.execCommand('copy');
      scratch.remove();
    }
    toast(t('copied', 'Note copied'));
  });

  function grow(el) {
    el.style.height = 'auto';
    el.style.height = el.scrollHeight + 2 + 'px';
  }
  window.addEventListener('resize', () => Object.values(fields).forEach(grow));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hidePopover();
  });

  // The draft survives a reload: kept in this browser only.
  const DRAFT = 'xhslint-review-draft';
  const saved = (() => {
    try {
      return JSON.parse(localStorage.getItem(DRAFT) || 'null');
    } catch (_) {
      return null;
    }
  })();
  if (saved) {
    fields.title.value = saved.title || '';
    fields.body.value = saved.body || '';
    for (const [k, input] of Object.entries(factInputs)) input.value = (saved.facts || {})[k] || '';
  }
  const keep = () => {
    const facts = {};
    for (const [k, input] of Object.entries(factInputs)) facts[k] = input.value;
    try {
      localStorage.setItem(DRAFT, JSON.stringify({ title: fields.title.value, body: fields.body.value, facts }));
    } catch (_) { /* private mode: nothing kept */ }
  };
  document.addEventListener('input', keep);
  document.addEventListener('change', keep);
  document.addEventListener('click', (e) => { if (e.target.closest('button')) setTimeout(keep); });
  if (fields.title.value || fields.body.value) check();

  fetch('/api/rules')
    .then((r) => r.json())
    .then((json) => {
      for (const rule of json.rules) rules[rule.id] = rule;
    })
    .catch(() => {});
  Object.values(fields).forEach(grow);
  document.body.dataset.ready = 'true';
})();
