// trainmesh reputation dashboard: fetches the JSON API and draws tables and
// uPlot charts. No framework: the page is small and must load offline.
"use strict";

const REFRESH_MS = 5000;
const HISTORY_PEERS = 6;
const COLORS = ["#2f6fed", "#1f9d55", "#d64545", "#e08a00", "#8e44ad", "#16a2b8", "#6b7385"];
const POSITIVE = new Set(["bid-honoured", "award-delivered", "settlement-paid"]);
const NEGATIVE = new Set(["reveal-missing", "fault-reported", "params-mismatch", "slashed", "omitted-bid"]);

const state = { store: 0, selected: null, charts: {}, now: Date.now() };

function $(sel) { return document.querySelector(sel); }

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c != null) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

async function api(path) {
  const r = await fetch(path, { cache: "no-store" });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

function short(a) { return a ? a.slice(0, 8) + "…" + a.slice(-6) : ""; }
function when(ms) {
  if (!ms) return "–";
  const d = new Date(ms);
  return d.toISOString().slice(0, 10) + " " + d.toTimeString().slice(0, 8);
}
function ago(ms) {
  if (!ms) return "–";
  const s = Math.max(0, (state.now - ms) / 1000);
  if (s < 60) return Math.round(s) + " s ago";
  if (s < 3600) return Math.round(s / 60) + " min ago";
  if (s < 86400) return (s / 3600).toFixed(1) + " h ago";
  return (s / 86400).toFixed(1) + " d ago";
}
function num(x, d = 2) { return Number(x).toFixed(d); }
function scoreColor(x) { return x >= 0.6 ? "var(--good)" : x < 0.4 ? "var(--bad)" : "var(--accent)"; }
function kindBadge(k) { return el("span", { class: "kind" + (POSITIVE.has(k) ? " pos" : NEGATIVE.has(k) ? " neg" : "") }, k); }
function fillBody(table, rows, empty, cols) {
  const tb = $(table + " tbody");
  tb.replaceChildren(...(rows.length ? rows : [el("tr", {}, el("td", { class: "empty", colspan: cols }, empty))]));
}

function renderTabs(stores) {
  $("#stores").replaceChildren(...stores.map((s) =>
    el("button", { class: s.id === state.store ? "active" : "", title: s.loaded ? s.loaded.path : "", onclick: () => { state.store = s.id; state.selected = null; refresh(); } }, s.name)));
}

function renderSummary(s) {
  const total = Object.values(s.totals || {}).reduce((a, b) => a + b, 0);
  const src = s.loaded ? s.loaded.source + (s.loaded.taken_ms ? " taken " + ago(s.loaded.taken_ms) : "") : "–";
  const card = (label, value, cls) => el("div", { class: "card" }, el("div", { class: "label" }, label), el("div", { class: "value" + (cls ? " " + cls : ""), title: String(value) }, value));
  $("#summary").replaceChildren(
    card("store owner", s.self || "–", "small addr"),
    card("peers", s.peers),
    card("observations", total),
    card("last sequence", s.seq),
    card("source", src, "small"),
  );
  $("#status").textContent = "updated " + new Date().toTimeString().slice(0, 8);
}

function renderPeers(peers) {
  const rows = peers.map((p, i) => {
    const tr = el("tr", { class: p.address === state.selected ? "selected" : "", "data-address": p.address, onclick: () => { state.selected = state.selected === p.address ? null : p.address; refresh(); } },
      el("td", { class: "num" }, i + 1),
      el("td", { class: "addr", title: p.address }, short(p.address)),
      el("td", { class: "num score" }, el("span", { class: "bar" }, el("i", { style: `width:${Math.round(p.score * 100)}%;background:${scoreColor(p.score)}` })), num(p.score, 3)),
      el("td", { class: "num" }, num(p.direct_score, 3)),
      el("td", { class: "num" }, num(p.trust, 2)),
      el("td", { class: "num" }, num(p.pos) + " / " + num(p.neg)),
      el("td", { class: "num" }, p.vouchers ? num(p.indirect_pos) + " / " + num(p.indirect_neg) : "–"),
      el("td", { class: "num", title: Object.entries(p.counts).map(([k, n]) => k + ": " + n).join("\n") }, p.observations),
      el("td", { class: "num" }, p.latency_ms ? Math.round(p.latency_ms) + " ms" : "–"),
      el("td", { class: "num" }, p.paid),
      el("td", { class: "num" }, p.slashed),
      el("td", {}, ago(p.last_ms)));
    return tr;
  });
  fillBody("#peers", rows, "No peers observed yet.", 12);
}

function renderJobs(jobs) {
  fillBody("#jobs", jobs.map((j) => el("tr", {},
    el("td", { class: "mono", title: j.id }, short(j.id)),
    el("td", { class: "num" }, j.peers.length),
    el("td", { class: "num", title: Object.entries(j.counts).map(([k, n]) => k + ": " + n).join("\n") }, Object.values(j.counts).reduce((a, b) => a + b, 0)),
    el("td", { class: "num" }, j.paid),
    el("td", { class: "num" }, j.slashed),
    el("td", {}, ago(j.last_ms)))), "No jobs observed yet.", 6);
}

function renderPayouts(obs) {
  fillBody("#payouts", obs.map((o) => el("tr", {},
    el("td", {}, when(o.at_ms)),
    el("td", { class: "addr", title: o.peer }, short(o.peer)),
    el("td", { class: "mono", title: o.job || "" }, short(o.job)),
    el("td", { class: "num" }, o.amount || "0"))), "No payouts observed yet.", 4);
}

function details(o) {
  const parts = [];
  if (o.job) parts.push("job " + short(o.job));
  if (o.step) parts.push("step " + o.step);
  if (o.latency_ms) parts.push(o.latency_ms + " ms");
  if (o.fault) parts.push("fault " + o.fault);
  if (o.amount) parts.push("amount " + o.amount);
  if (o.pos || o.neg) parts.push("+" + (o.pos || 0) + " / −" + (o.neg || 0));
  if (o.delivered_mflops) parts.push("delivered " + (o.delivered_mflops / 1000) + " GFLOP/s, claimed " + ((o.claimed_mflops || 0) / 1000));
  if (o.note) parts.push(o.note);
  return parts.join(", ");
}

function renderObservations(obs) {
  $("#obs-note").textContent = state.selected ? "of " + short(state.selected) : "of every peer";
  fillBody("#observations", obs.map((o) => el("tr", {},
    el("td", { class: "num" }, o.seq),
    el("td", {}, when(o.at_ms)),
    el("td", { class: "addr", title: o.peer }, short(o.peer)),
    el("td", {}, kindBadge(o.kind)),
    el("td", { class: "addr", title: o.by || "" }, o.by ? short(o.by) : "this node"),
    el("td", {}, details(o)))), "No observations yet.", 6);
}

function chartWidth(id) { return Math.max(320, $(id).clientWidth); }

function drawChart(id, opts, data) {
  if (state.charts[id]) state.charts[id].destroy();
  const target = $(id);
  target.replaceChildren();
  state.charts[id] = new uPlot(Object.assign({ width: chartWidth(id), height: 240 }, opts), data, target);
  target.dataset.drawn = String(data[0].length);
}

async function renderHistory(peers) {
  let chosen = peers.slice(0, HISTORY_PEERS).map((p) => p.address);
  if (state.selected && !chosen.includes(state.selected)) chosen = [state.selected, ...chosen.slice(0, HISTORY_PEERS - 1)];
  const hist = await Promise.all(chosen.map((a) => api(`/api/stores/${state.store}/peers/${a}/history`)));
  const series = hist.map((pts) => [pts.map((p) => p.at_ms / 1000), pts.map((p) => p.score)]).filter((s) => s[0].length);
  $("#history-note").textContent = chosen.length ? `top ${chosen.length} peers` : "";
  if (!series.length) {
    $("#history-chart").replaceChildren(el("p", { class: "empty" }, "No history yet."));
    return;
  }
  const data = series.length === 1 ? series[0] : uPlot.join(series);
  const shown = chosen.filter((_, i) => hist[i].length);
  drawChart("#history-chart", {
    scales: { y: { range: [0, 1] } },
    series: [{}].concat(shown.map((a, i) => ({
      label: short(a), stroke: COLORS[i % COLORS.length], width: a === state.selected ? 3 : 1.5,
      points: { show: true, size: 5 }, spanGaps: true, value: (u, v) => v == null ? "–" : v.toFixed(3),
    }))),
    axes: [{}, { values: (u, vals) => vals.map((v) => v.toFixed(1)) }],
  }, data);
}

function renderKinds(totals) {
  const kinds = Object.keys(totals).filter((k) => totals[k] > 0);
  if (!kinds.length) {
    $("#kinds-chart").replaceChildren(el("p", { class: "empty" }, "No observations yet."));
    return;
  }
  drawChart("#kinds-chart", {
    scales: { x: { time: false, range: [-0.5, kinds.length - 0.5] } },
    series: [{ value: (u, v) => kinds[v] || "" }, {
      label: "observations", fill: "rgba(47,111,237,0.35)", stroke: "#2f6fed",
      paths: uPlot.paths.bars({ size: [0.6, 80] }), points: { show: false },
    }],
    axes: [{ splits: () => kinds.map((_, i) => i), values: (u, vals) => vals.map((v) => kinds[v] || ""), rotate: -30, size: 80 }, {}],
    legend: { show: false },
  }, [kinds.map((_, i) => i), kinds.map((k) => totals[k])]);
}

async function refresh() {
  try {
    const stores = await api("/api/stores");
    if (!stores.length) throw new Error("no stores");
    if (state.store >= stores.length) state.store = 0;
    const s = stores[state.store];
    state.now = s.now_ms || Date.now();
    renderTabs(stores);
    renderSummary(s);
    if (s.error) throw new Error(s.name + ": " + s.error);
    const base = `/api/stores/${state.store}`;
    const [peers, jobs, payouts, obs] = await Promise.all([
      api(base + "/peers"),
      api(base + "/jobs"),
      api(base + "/observations?kind=settlement-paid&limit=50"),
      api(base + "/observations?limit=100" + (state.selected ? "&peer=" + state.selected : "")),
    ]);
    renderPeers(peers);
    renderJobs(jobs);
    renderPayouts(payouts);
    renderObservations(obs);
    renderKinds(s.totals);
    await renderHistory(peers);
    $("#error").hidden = true;
    document.body.dataset.ready = "1";
  } catch (e) {
    $("#error").textContent = "Could not load: " + e.message;
    $("#error").hidden = false;
  }
}

refresh();
setInterval(refresh, REFRESH_MS);
