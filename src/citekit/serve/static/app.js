// citekit serve: the page. Data from references is only ever put in the page as text
// (textContent, createTextNode); rendered entries are rebuilt from pandoc's HTML keeping
// only a few formatting tags, never assigned with innerHTML.
"use strict";

const EDITABLE = [
  "author", "title", "container-title", "type", "editor", "publisher", "publisher-place",
  "issued", "accessed", "URL", "DOI", "volume", "issue", "page", "authority", "number",
  "language",
];
const ALWAYS_SHOWN = ["author", "title", "container-title", "issued", "URL"];
const NAME_FIELDS = new Set(["author", "editor"]);
const DATE_FIELDS = new Set(["issued", "accessed"]);
const FORMAT_TAGS = new Set(["EM", "I", "STRONG", "B", "SUP", "SUB", "SPAN", "U"]);

const state = {
  messages: {},
  lang: "en",
  name: "pasted list",
  text: "",
  items: [],      // the list as rendered: parsed items (edited in place), then library items
  rows: [],       // parallel to the parsed items: raw text, doubts, parse diagnostics
  edits: [],      // per parsed row, the fields the person changed (kept across re-reads)
  findings: [],
  links: {},      // item id -> link results
  busy: 0,       // requests under way (benchmarks wait for 0)
  loadSeq: 0,
  loading: false,
  checkSeq: 0,
  loadJob: null,
  linksJob: null,
  lastRender: 0,
  listVersion: 0, // bumped when a new list replaces the shown one: older renders are dropped
  timing: {},     // when the last paste reached each step (performance.now(); benchmarks)
};

const $ = (id) => document.getElementById(id);

function t(key, values) {
  const table = state.messages[state.lang] || {};
  let text = table[key] || (state.messages.en || {})[key] || key;
  for (const [name, value] of Object.entries(values || {})) {
    text = text.split(`{${name}}`).join(String(value));
  }
  return text;
}

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

// ---- talking to the server ----

async function api(path, body, options) {
  state.busy += 1;
  try {
    return await request(path, body, options);
  } finally {
    state.busy -= 1;
  }
}

async function request(path, body, options) {
  const init = { method: body === undefined ? "GET" : "POST", headers: {}, credentials: "same-origin" };
  if (body !== undefined) {
    if (body instanceof Blob) {
      init.body = body;
      init.headers["x-file-name"] = encodeURIComponent((options && options.name) || "");
    } else {
      init.body = JSON.stringify(body);
      init.headers["content-type"] = "application/json";
    }
  }
  const response = await fetch(path, init);
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      message = (await response.json()).error || message;
    } catch (_) { /* not JSON */ }
    throw new Error(message);
  }
  return options && options.raw ? response : response.json();
}

function follow(job, handlers) {
  return new Promise((resolve, reject) => {
    const source = new EventSource(`/api/jobs/${job}/events`);
    const finish = (fn, value) => { source.close(); fn(value); };
    source.addEventListener("progress", (e) => handlers.progress && handlers.progress(JSON.parse(e.data)));
    source.addEventListener("done", (e) => finish(resolve, JSON.parse(e.data)));
    source.addEventListener("cancelled", () => finish(resolve, null));
    source.addEventListener("error", (e) => {
      if (e.data) finish(reject, new Error(JSON.parse(e.data).error));
      else if (source.readyState === EventSource.CLOSED) finish(reject, new Error("connection lost"));
    });
  });
}

function say(text) {
  $("status").textContent = text || "";
}

function problem(error) {
  const box = $("problem");
  if (!error) {
    box.hidden = true;
    box.textContent = "";
    return;
  }
  box.hidden = false;
  box.textContent = `${t("error")}: ${error.message || error}`;
}

function view() {
  return {
    style: $("style").value.trim() || "oscola",
    mode: $("mode").value,
    script: $("script").value || null,
    romanization: $("romanization").value || null,
  };
}

// ---- fields: CSL-JSON values as editable text and back ----

function nameText(names) {
  if (!Array.isArray(names)) return "";
  return names.map((n) => n.literal || [n.family, n.given].filter(Boolean).join(", ")).join("; ");
}

function namesFrom(text) {
  return text.split(";").map((s) => s.trim()).filter(Boolean).map((part) => {
    const comma = part.indexOf(",");
    if (comma < 0) return { literal: part };
    const family = part.slice(0, comma).trim();
    const given = part.slice(comma + 1).trim();
    return given ? { family, given } : { family };
  });
}

function dateText(date) {
  if (!date || typeof date !== "object") return "";
  const parts = date["date-parts"];
  if (Array.isArray(parts) && Array.isArray(parts[0])) {
    return parts[0].map((v, i) => (i === 0 ? String(v) : String(v).padStart(2, "0"))).join("-");
  }
  return date.literal || date.raw || "";
}

function dateFrom(text) {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(text.trim());
  if (!m) return { literal: text.trim() };
  return { "date-parts": [m.slice(1).filter(Boolean).map(Number)] };
}

function fieldText(item, field) {
  const value = item[field];
  if (NAME_FIELDS.has(field)) return nameText(value);
  if (DATE_FIELDS.has(field)) return dateText(value);
  return value === undefined || value === null ? "" : String(value);
}

function setField(item, field, text) {
  if (!text.trim()) {
    delete item[field];
  } else if (NAME_FIELDS.has(field)) {
    item[field] = namesFrom(text);
  } else if (DATE_FIELDS.has(field)) {
    item[field] = dateFrom(text);
  } else {
    item[field] = text;
  }
}

// ---- rendered entries: rebuilt from pandoc's HTML as safe nodes ----

function copySafe(from, to) {
  for (const node of from.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      to.append(document.createTextNode(node.textContent));
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      if (FORMAT_TAGS.has(node.tagName)) {
        const made = document.createElement(node.tagName.toLowerCase());
        const style = node.getAttribute("style") || "";
        if (/small-caps/.test(style)) made.className = "sc";
        copySafe(node, made);
        to.append(made);
      } else if (node.tagName === "A" && /^https?:\/\//i.test(node.getAttribute("href") || "")) {
        const link = document.createElement("a");
        link.href = node.getAttribute("href");
        link.rel = "noopener noreferrer";
        link.target = "_blank";
        copySafe(node, link);
        to.append(link);
      } else {
        copySafe(node, to);
      }
    }
  }
}

function safeNodes(html) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, "text/html");
  const out = document.createDocumentFragment();
  copySafe(doc.body, out);
  return out;
}

// Many entries read in one parse (each in its own div); if the parse does not give back
// one div per entry, each is read on its own.
function safeNodesMany(htmls) {
  const doc = new DOMParser().parseFromString(
    `<body>${htmls.map((h) => `<div>${h}</div>`).join("")}</body>`, "text/html");
  const parts = [...doc.body.children];
  if (parts.length !== htmls.length || parts.some((p) => p.tagName !== "DIV")) {
    return htmls.map(safeNodes);
  }
  return parts.map((part) => {
    const out = document.createDocumentFragment();
    copySafe(part, out);
    return out;
  });
}

// Entries are replaced in place: an entry whose HTML is unchanged keeps its node, so a
// re-render of a long list after a keystroke rebuilds only what changed.
const shownEntries = new Map(); // id -> { html, node }

function entryNode(entry, used, made) {
  const known = shownEntries.get(entry.id);
  if (known && known.html === entry.html && !used.has(known.node)) return known.node;
  const li = el("li", { "data-id": entry.id });
  li.append(made());
  shownEntries.set(entry.id, { html: entry.html, node: li });
  return li;
}

function showEntries(entries, mode) {
  const box = $("result");
  const tag = mode === "bibliography" ? "UL" : "OL";
  let list = box.firstElementChild;
  if (!list || list.tagName !== tag || box.children.length !== 1) {
    list = el(tag.toLowerCase(), {});
    box.replaceChildren(list);
    shownEntries.clear();
  }
  list.className = `entries ${mode}`;
  const fresh = []; // indexes of the entries whose HTML is new
  entries.forEach((e, i) => { if ((shownEntries.get(e.id) || {}).html !== e.html) fresh.push(i); });
  const parsed = new Map();
  safeNodesMany(fresh.map((i) => entries[i].html)).forEach((nodes, k) => parsed.set(fresh[k], nodes));
  const used = new Set();
  const nodes = entries.map((entry, i) => {
    const node = entryNode(entry, used, () => parsed.get(i) || safeNodes(entry.html));
    used.add(node);
    return node;
  });
  const wanted = new Set(nodes);
  for (const child of [...list.children]) if (!wanted.has(child)) child.remove();
  nodes.forEach((node, index) => {
    if (list.children[index] !== node) list.insertBefore(node, list.children[index] || null);
  });
  const ids = new Set(entries.map((e) => e.id));
  for (const id of [...shownEntries.keys()]) if (!ids.has(id)) shownEntries.delete(id);
  box.dataset.count = String(entries.length);
  say(entries.length ? t("count", { count: entries.length }) : t("empty"));
}

function replaceEntries(entries) {
  for (const entry of entries) {
    const known = shownEntries.get(entry.id);
    if (!known || known.html === entry.html) continue;
    known.node.replaceChildren(safeNodes(entry.html));
    known.html = entry.html;
  }
}

// ---- reading, rendering, checking ----

async function load(text, name, keepEdits) {
  problem(null);
  if (!keepEdits) state.edits = [];
  state.text = text;
  state.name = name || "pasted list";
  if (state.loadJob) cancelJob(state.loadJob);
  const seq = ++state.loadSeq;
  if (!text.trim()) {
    state.loading = false;
    state.items = [];
    state.rows = [];
    state.edits = [];
    state.findings = [];
    state.listVersion += 1;
    showRows();
    showEntries([], view().mode);
    return;
  }
  const asked = JSON.stringify(view());
  state.timing = { load: performance.now() };
  state.loading = true;
  state.listVersion += 1;
  $("load-progress").hidden = false;
  $("load-cancel").hidden = false;
  say(t("reading", { name: state.name }));
  try {
    const { job } = await api("/api/load", { name: state.name, text, ...view() });
    if (seq !== state.loadSeq) return;
    state.timing.started = performance.now();
    state.loadJob = job;
    // The rows come as soon as the list is read, and are built while the server renders.
    let applied = null;
    state.editedWhileLoading = false;
    const result = await follow(job, {
      progress: (p) => {
        if (seq !== state.loadSeq) return;
        if (p.stage === "read") {
          state.timing.read = performance.now();
          applied = applyRead(p.read);
          state.timing.rows = performance.now();
        }
        if (p.stage === "rendering") say(t("rendering", { total: p.total }));
      },
    });
    if (seq !== state.loadSeq) return;
    state.timing.answered = performance.now();
    state.loading = false;
    if (!result || !applied) {
      if (applied) showEntries([], view().mode);
      say(t("empty"));
      return;
    }
    if (applied.edited || applied.extra || state.editedWhileLoading || JSON.stringify(view()) !== asked) {
      await render();
    } else {
      state.listVersion += 1;
      showEntries(result.render.entries, view().mode);
      state.lastRender = performance.now();
    }
    state.timing.entries = performance.now();
    check();
  } catch (error) {
    if (seq === state.loadSeq) problem(error);
  } finally {
    if (seq === state.loadSeq) {
      state.loading = false;
      $("load-progress").hidden = true;
      $("load-cancel").hidden = true;
      state.loadJob = null;
    }
  }
}

// The list as read replaces the rows (keeping the person's edits and the library items
// added after the parsed rows); what the entries then need is said in the answer.
function applyRead(read) {
  const extra = state.items.slice(state.rows.length);
  state.rows = read.rows;
  state.items = read.items;
  state.name = read.name;
  const edited = applyEdits();
  state.items = state.items.concat(extra);
  state.findings = [];
  $("links-summary").textContent = "";
  $("general").replaceChildren(...read.diagnostics.map((d) => el("li", {
    class: `finding ${d.severity}`,
    text: `${d.location.line ? `${d.location.line}: ` : ""}${d.message}`,
  })));
  showRows();
  return { edited, extra: extra.length };
}

function applyEdits() {
  let any = false;
  state.edits.forEach((fields, index) => {
    const item = state.items[index];
    if (!item || !fields) return;
    for (const [field, text] of Object.entries(fields)) {
      setField(item, field, text);
      any = true;
    }
  });
  return any;
}

// As citekit format does, a reference that could not be parsed is left out (until edited).
function renderable() {
  return state.items.filter((item, index) => {
    const row = state.rows[index];
    return !(row && row.failed) || Boolean(state.edits[index]);
  });
}

// Renders go one at a time: while one is on its way, only the latest wanted one waits
// (a burst of keystrokes costs one render per answer, not one per keystroke), and an
// isolated keystroke is sent at once.
const renders = { running: false, next: null };

function render() {
  return scheduleRender({ whole: true });
}

function renderSome(group) {
  return scheduleRender({ whole: false, group });
}

function scheduleRender(job) {
  if (state.loading) return Promise.resolve(); // the list being read is rendered with the latest choices
  const pending = renders.next;
  if (pending && pending.whole && !job.whole) job = pending; // a whole render covers a part
  else job.waiting = pending ? pending.waiting : [];
  job.version = state.listVersion;
  renders.next = job;
  const done = new Promise((resolve) => job.waiting.push(resolve));
  if (!renders.running) drainRenders();
  return done;
}

async function drainRenders() {
  renders.running = true;
  state.busy += 1;
  try {
    while (renders.next) {
      const job = renders.next;
      renders.next = null;
      const items = job.whole ? renderable() : job.group;
      const version = job.version;
      try {
        const result = await request("/api/render", { items, ...view() });
        if (version === state.listVersion && !state.loading) {
          problem(null);
          if (job.whole) showEntries(result.entries, view().mode);
          else replaceEntries(result.entries);
          state.lastRender = performance.now();
        }
      } catch (error) {
        if (version === state.listVersion) problem(error);
      }
      for (const resolve of job.waiting || []) resolve();
    }
  } finally {
    renders.running = false;
    state.busy -= 1;
  }
}

let checkTimer = null;
function check() {
  clearTimeout(checkTimer);
  checkTimer = setTimeout(runCheck, 150);
}

async function runCheck() {
  const seq = ++state.checkSeq;
  if (!state.items.length) return;
  try {
    const result = await api("/api/check", {
      name: state.name, text: state.text, items: state.items, style: view().style,
      article: $("article").value, edited: editedRows(),
    });
    if (seq !== state.checkSeq) return;
    state.findings = result.findings;
    showFindings();
  } catch (error) {
    if (seq === state.checkSeq) problem(error);
  }
}

function editedRows() {
  const rows = [];
  state.edits.forEach((fields, index) => { if (fields && Object.keys(fields).length) rows.push(index); });
  return rows;
}

async function applyFix(keys) {
  problem(null);
  try {
    const result = await api("/api/fix", {
      name: state.name, text: state.text, items: state.items, style: view().style, keys,
      edited: editedRows(),
    });
    $("paste").value = result.text;
    await load(result.text, state.name, true);
  } catch (error) {
    problem(error);
  }
}

// ---- the rows: fields, doubts, findings, link verdicts ----

function rowId(index) {
  return `row-${index}`;
}

// A row whose item, reading and place are unchanged keeps its node (a fix re-reads the
// whole list: only the fixed rows are rebuilt, and the focus stays where it was).
let shownRows = new Map(); // JSON of (place, language, item, row) -> node

function showRows() {
  const list = $("rows");
  const kept = new Map();
  const nodes = state.items.map((item, index) => {
    const key = JSON.stringify([index, state.lang, item, state.rows[index] || null]);
    let node = shownRows.get(key);
    if (node && !kept.has(key)) {
      node.querySelector(".findings").replaceChildren();
      node.querySelector(".link-verdicts").replaceChildren();
    } else {
      node = rowNode(item, index);
    }
    kept.set(key, node);
    return node;
  });
  shownRows = kept;
  const wanted = new Set(nodes);
  for (const child of [...list.children]) if (!wanted.has(child)) child.remove();
  nodes.forEach((node, index) => {
    if (list.children[index] !== node) list.insertBefore(node, list.children[index] || null);
  });
  $("fix-all").disabled = true;
}

function rowNode(item, index) {
  const row = state.rows[index] || { raw: null, uncertain: [], diagnostics: [] };
  const doubts = new Set(row.uncertain || []);
  const li = el("li", { id: rowId(index), class: "row", "data-id": item.id });
  const head = el("div", { class: "row-head" },
    el("code", { class: "key", text: item.id || "" }));
  if (typeof row.confidence === "number") {
    head.append(el("span", {
      class: row.confidence < 0.7 ? "confidence low" : "confidence",
      text: `${t("confidence")} ${Math.round(row.confidence * 100)}%`,
    }));
  }
  if (row.failed) head.append(el("span", { class: "badge error", text: t("failed") }));
  li.append(head);
  if (row.raw) li.append(el("p", { class: "raw", text: row.raw }));
  const fields = el("div", { class: "fields" });
  const shown = EDITABLE.filter((f) => ALWAYS_SHOWN.includes(f) || item[f] !== undefined || doubts.has(f));
  for (const field of shown) {
    const id = `f-${index}-${field}`;
    const doubtful = doubts.has(field);
    const input = el("input", {
      id, type: "text", value: fieldText(item, field), spellcheck: "false",
      "data-field": field, class: doubtful ? "doubt" : null,
      "aria-describedby": doubtful ? `${id}-doubt` : null,
    });
    input.addEventListener("input", () => edit(index, field, input.value));
    const label = el("label", { for: id, text: t(`field-${field}`) });
    const wide = field === "title" || field === "author" ? " wide" : "";
    const wrap = el("div", { class: (doubtful ? "field doubt" : "field") + wide }, label, input);
    if (doubtful) {
      const score = (row.field_confidence || {})[field];
      const shownScore = typeof score === "number" ? ` (${Math.round(score * 100)}%)` : "";
      wrap.append(el("span", { id: `${id}-doubt`, class: "doubt-note", text: `? ${t("doubtful")}${shownScore}` }));
    }
    fields.append(wrap);
  }
  li.append(fields);
  for (const d of (row.diagnostics || []).filter((x) => x.severity !== "error")) {
    li.append(el("p", { class: `finding ${d.severity}` },
      el("span", { class: "severity", text: t(`severity-${d.severity}`) }), " ", el("span", { text: d.message })));
  }
  li.append(el("ul", { class: "findings", "aria-label": t("findings") }));
  li.append(el("div", { class: "link-verdicts" }));
  return li;
}

function firstAuthor(item) {
  const names = item.author || item.editor || [];
  const first = names[0] || {};
  return (first.family || first.literal || "").toLowerCase();
}

let fullTimer = null;
function edit(index, field, text) {
  const item = state.items[index];
  if (!item) return;
  if (state.loading) state.editedWhileLoading = true; // rendered when the list is in
  const before = firstAuthor(item);
  setField(item, field, text);
  if (index < state.rows.length) {
    state.edits[index] = state.edits[index] || {};
    state.edits[index][field] = text;
  }
  // At once: the edited item with the items sharing its first author (all that can change
  // its text: name initials, year letters, repeated-author dashes). Soon after: the whole
  // list again, for the order and everything else.
  const names = new Set([before, firstAuthor(item)]);
  const shown = renderable();
  const group = shown.filter((other) => other === item || names.has(firstAuthor(other)));
  clearTimeout(fullTimer);
  if (group.length < shown.length && document.querySelector("#result li")) {
    renderSome(group);
    fullTimer = setTimeout(() => { render(); check(); }, 700);
  } else {
    render();
    check();
  }
}

function showFindings() {
  const byItem = {};
  const article = [];
  for (const finding of state.findings) {
    const id = finding.location.item_id;
    if (finding.location.file === "article" || !id) article.push(finding);
    else (byItem[id] = byItem[id] || []).push(finding);
  }
  let fixable = 0;
  state.items.forEach((item, index) => {
    const list = document.querySelector(`#${rowId(index)} .findings`);
    if (!list) return;
    list.replaceChildren();
    for (const finding of byItem[item.id] || []) {
      const li = el("li", { class: `finding ${finding.severity}` },
        el("span", { class: "severity", text: t(`severity-${finding.severity}`) }), " ",
        el("span", { text: finding.message }));
      if (finding.fixable) {
        fixable += 1;
        li.append(" ", el("button", {
          type: "button", class: "fix", "data-key": finding.key,
          text: `${t("fix")}: ${finding.fix.old} → ${finding.fix.new}`,
          onclick: () => applyFix([finding.key]),
        }));
      }
      list.append(li);
    }
  });
  $("fix-all").disabled = fixable === 0;
  const box = $("article-findings");
  const list = $("article-list");
  list.replaceChildren();
  const fromArticle = article.filter((f) => f.location.file === "article");
  box.hidden = !$("article").value.trim();
  for (const finding of fromArticle) {
    const where = finding.location.line ? `${finding.location.line}: ` : "";
    list.append(el("li", { class: `finding ${finding.severity}`, text: `${where}${finding.message}` }));
  }
  if (!fromArticle.length && !box.hidden) list.append(el("li", { text: t("no-findings") }));
}

// ---- link audit ----

async function runLinks() {
  problem(null);
  if (!state.items.some((item) => item.URL)) {
    $("links-summary").textContent = t("links-none");
    return;
  }
  const bar = $("links-progress");
  bar.hidden = false;
  bar.value = 0;
  $("links-cancel").hidden = false;
  $("links-run").disabled = true;
  $("links-summary").textContent = t("working");
  try {
    const { job } = await api("/api/links", { items: state.items, archive: $("links-archive").checked });
    state.linksJob = job;
    const result = await follow(job, {
      progress: (p) => {
        bar.max = Math.max(1, p.total || 1);
        bar.value = p.done || 0;
        $("links-summary").textContent = `${p.done || 0} / ${p.total || 0}`;
      },
    });
    if (!result) {
      $("links-summary").textContent = t("links-cancelled");
      return;
    }
    showLinks(result);
  } catch (error) {
    problem(error);
  } finally {
    bar.hidden = true;
    $("links-cancel").hidden = true;
    $("links-run").disabled = false;
    state.linksJob = null;
  }
}

function showLinks(result) {
  const byItem = {};
  for (const link of result.results) (byItem[link.item_id] = byItem[link.item_id] || []).push(link);
  state.items.forEach((item, index) => {
    const box = document.querySelector(`#${rowId(index)} .link-verdicts`);
    if (!box) return;
    box.replaceChildren();
    for (const link of byItem[item.id] || []) {
      const line = el("p", { class: `verdict ${link.coarse}`, "data-verdict": link.verdict },
        el("span", { class: "badge", text: link.verdict }), " ",
        el("span", { class: "url", text: link.url }));
      if (link.replacement) {
        const label = link.verdict === "redirect-ok" ? t("moved-to") : t("archived");
        const a = el("a", { href: /^https?:/i.test(link.replacement) ? link.replacement : "#", rel: "noopener noreferrer", target: "_blank", text: link.replacement });
        line.append(" — ", `${label}: `, a);
      }
      box.append(line);
    }
  });
  const counts = Object.entries(result.counts).map(([k, v]) => `${k} ${v}`).join(", ");
  $("links-summary").textContent = `${t("links-summary")}: ${counts}`;
}

function cancelJob(job) {
  api(`/api/jobs/${job}/cancel`, {}).catch(() => {});
}

// ---- copy and download ----

async function copyRich() {
  const box = $("result");
  const html = `<meta charset="utf-8">${box.innerHTML}`;
  const text = box.innerText;
  try {
    await navigator.clipboard.write([new ClipboardItem({
      "text/html": new Blob([html], { type: "text/html" }),
      "text/plain": new Blob([text], { type: "text/plain" }),
    })]);
  } catch (_) {
    const range = document.createRange();
    range.selectNodeContents(box);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    document.execCommand("copy");
    selection.removeAllRanges();
  }
  say(t("copied"));
}

async function download() {
  problem(null);
  try {
    const format = $("download-format").value;
    const response = await api("/api/export", { items: renderable(), format, ...view() }, { raw: true });
    const blob = await response.blob();
    const match = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") || "");
    const a = el("a", { href: URL.createObjectURL(blob), download: match ? match[1] : "references" });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 60000);
  } catch (error) {
    problem(error);
  }
}

// ---- files and styles ----

async function openFile(file) {
  if (!file) return;
  problem(null);
  try {
    const result = await api("/api/upload", file, { name: file.name });
    $("paste").value = result.text;
    await load(result.text, result.name);
  } catch (error) {
    problem(error);
  }
}

let styleTimer = null;
function searchStyles() {
  clearTimeout(styleTimer);
  styleTimer = setTimeout(async () => {
    try {
      const { styles } = await api(`/api/styles?q=${encodeURIComponent($("style").value)}`);
      const list = $("style-list");
      list.replaceChildren(...styles.map((s) => el("option", { value: s.id, text: s.title })));
      if (styles.some((s) => s.id === $("style").value.trim())) render().then(check);
    } catch (error) {
      problem(error);
    }
  }, 120);
}

async function uploadStyle(file) {
  if (!file) return;
  try {
    const style = await api("/api/styles", file, { name: file.name });
    $("style").value = style.id;
    $("style-list").append(el("option", { value: style.id, text: style.title }));
    await render();
  } catch (error) {
    problem(error);
  }
}

// ---- the library ----

async function saveLibrary() {
  problem(null);
  try {
    const report = await api("/api/library/save", { items: state.items, name: state.name });
    say(t("library-saved", { added: report.added.length, already: report.already.length }));
    searchLibrary();
  } catch (error) {
    problem(error);
  }
}

let libraryTimer = null;
let libraryShown = [];
function searchLibrary() {
  clearTimeout(libraryTimer);
  libraryTimer = setTimeout(async () => {
    try {
      const result = await api(`/api/library/search?q=${encodeURIComponent($("library-query").value)}`);
      libraryShown = result.items;
      $("library-total").textContent = t("library-total", { total: result.total });
      const list = $("library-results");
      list.replaceChildren();
      for (const item of result.items) {
        const who = nameText(item.author);
        const year = dateText(item.issued).slice(0, 4);
        list.append(el("li", {},
          el("span", { class: "lib-entry", text: [who, year, item.title].filter(Boolean).join(" · ") }), " ",
          el("button", { type: "button", text: t("library-add"), onclick: () => addFromLibrary([item]) })));
      }
      if (!result.items.length) list.append(el("li", { text: t("library-empty") }));
      $("library-add-all").hidden = !result.items.length;
    } catch (error) {
      problem(error);
    }
  }, 150);
}

function addFromLibrary(items) {
  const taken = new Set(state.items.map((i) => i.id));
  for (const original of items) {
    const item = JSON.parse(JSON.stringify(original));
    let id = item.id || "lib";
    for (let n = 2; taken.has(id); n += 1) id = `${item.id}-${n}`;
    item.id = id;
    taken.add(id);
    state.items.push(item);
  }
  showRows();
  render();
  check();
}

// ---- language ----

function applyLanguage(lang) {
  state.lang = state.messages[lang] ? lang : "en";
  document.documentElement.lang = state.lang;
  try { localStorage.setItem("citekit-lang", state.lang); } catch (_) { /* private mode */ }
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of document.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = t(node.dataset.i18nPlaceholder);
  for (const node of document.querySelectorAll("[data-i18n-aria-label]")) node.setAttribute("aria-label", t(node.dataset.i18nAriaLabel));
  document.title = t("title");
  if (state.items.length) {
    showRows();
    showFindings();
    say(t("count", { count: document.querySelectorAll("#result li").length }));
  }
  if (state.started) searchLibrary();
}

function initialLanguage() {
  let saved = null;
  try { saved = localStorage.getItem("citekit-lang"); } catch (_) { /* private mode */ }
  if (saved) return saved;
  const wanted = navigator.languages || [navigator.language || "en"];
  return /^ko\b/i.test(wanted[0] || "") ? "ko" : "en";
}

// ---- wiring ----

async function start() {
  try {
    state.messages = await (await fetch("/static/i18n.json", { credentials: "same-origin" })).json();
  } catch (_) {
    state.messages = {};
  }
  applyLanguage(initialLanguage());
  say(t("empty"));
  // A paste is read at once; typing waits for a pause.
  let pasteTimer = null;
  let pasted = false;
  $("paste").addEventListener("paste", () => { pasted = true; });
  $("paste").addEventListener("input", () => {
    $("file").value = "";
    clearTimeout(pasteTimer);
    pasteTimer = setTimeout(() => load($("paste").value, "pasted list"), pasted ? 0 : 300);
    pasted = false;
  });
  $("read").addEventListener("click", () => load($("paste").value, state.name));
  $("load-cancel").addEventListener("click", () => {
    if (state.loadJob) cancelJob(state.loadJob);
  });
  $("file").addEventListener("change", (e) => openFile(e.target.files[0]));
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    openFile(e.dataTransfer.files[0]);
  });
  $("style").addEventListener("input", searchStyles);
  $("style").addEventListener("change", () => render().then(check));
  $("style-file").addEventListener("change", (e) => uploadStyle(e.target.files[0]));
  for (const id of ["mode", "script", "romanization"]) $(id).addEventListener("change", render);
  let articleTimer = null;
  $("article").addEventListener("input", () => {
    clearTimeout(articleTimer);
    articleTimer = setTimeout(check, 300);
  });
  $("fix-all").addEventListener("click", () => applyFix(state.findings.filter((f) => f.fixable).map((f) => f.key)));
  $("copy").addEventListener("click", copyRich);
  $("download").addEventListener("click", download);
  $("links-run").addEventListener("click", runLinks);
  $("links-cancel").addEventListener("click", () => { if (state.linksJob) cancelJob(state.linksJob); });
  $("library-save").addEventListener("click", saveLibrary);
  $("library-query").addEventListener("input", searchLibrary);
  $("library-add-all").addEventListener("click", () => addFromLibrary(libraryShown));
  $("lang").addEventListener("click", () => applyLanguage(state.lang === "ko" ? "en" : "ko"));
  state.started = true;
  searchStyles();
  searchLibrary();
}

document.addEventListener("DOMContentLoaded", start);
