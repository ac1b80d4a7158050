// trainmesh simulation report: draws the run's time series and tables
// from the JSON embedded in the page. No framework, nothing fetched: the
// file opens offline.
"use strict";

const COLORS = ["#2f6fed", "#d64545", "#1f9d55", "#e08a00", "#8e44ad", "#16a2b8", "#6b7385", "#b8860b"];
const report = JSON.parse(document.getElementById("report-data").textContent);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children.flat()) if (c != null) e.append(c instanceof Node ? c : String(c));
  return e;
}

function fmt(x, digits) {
  if (x === null || x === undefined) return "–";
  if (typeof x === "number") return Number.isInteger(x) ? x.toLocaleString("en") : x.toFixed(digits ?? 3);
  return String(x);
}

function table(head, rows) {
  return el("table", {}, el("thead", {}, el("tr", {}, head.map(h => el("th", {}, h)))),
    el("tbody", {}, rows.map(r => el("tr", {}, r.map(c => el("td", {}, fmt(c)))))));
}

function chart(title, xs, series, yLabel) {
  const box = el("div", { class: "chart" }, el("h3", {}, title));
  document.getElementById("charts").append(box);
  const opts = {
    width: Math.min(560, window.innerWidth - 40), height: 240,
    scales: { x: { time: false } },
    axes: [{ label: "virtual time (s)" }, { label: yLabel }],
    series: [{ label: "t (s)" }].concat(series.map((s, i) => ({ label: s.label, stroke: COLORS[i % COLORS.length], width: 2, points: { show: s.points || false } }))),
  };
  new uPlot(opts, [xs].concat(series.map(s => s.values)), box);
}

function summary() {
  const j = report.jobs, l = report.clearing_latency_ms, p = report.prices.per_step, v = report.verification || {};
  const rows = [
    ["peers (providers)", `${report.peers} (${report.providers})`],
    ["virtual time", `${report.virtual_s} s`],
    ["events / peer-events", `${fmt(report.events)} / ${fmt(report.peer_events)}`],
    ["peer-events per wall second", fmt(report.peer_events_per_wall_s, 0)],
    ["jobs announced / awarded / completed / failed / no award", `${j.announced} / ${j.awarded} / ${j.completed} / ${j.failed} / ${j.no_award}`],
    ["share of jobs completed", fmt(j.completed_share)],
    ["honest clearings equal to the poster's award", `${j.clearings_agree} of ${j.clearings_agree + j.clearings_disagree}`],
    ["clearing latency p50 / p90 / p99 (ms)", `${fmt(l.p50, 0)} / ${fmt(l.p90, 0)} / ${fmt(l.p99, 0)}`],
    ["GPU utilisation", fmt(report.gpu_utilisation)],
    ["price per step p50 / p90 / max (median honest floor)", `${fmt(p.p50, 0)} / ${fmt(p.p90, 0)} / ${fmt(p.max, 0)} (${fmt(report.prices.median_floor, 0)})`],
    ["evidence submitted / slashed / reverted", `${report.evidence.submitted} / ${report.evidence.slashed} / ${report.evidence.reverted}`],
    ["verified work: rate (bps) / receipt period (steps)", `${v.rate_bps} / ${v.period}`],
    ["pairs sampled / audited / missed / failed", `${v.sampled} / ${v.audits} / ${v.missed} / ${v.failed}`],
    ["evidence / re-checks / convictions (tampering) / false accusations", `${v.evidence} / ${v.rechecks} / ${v.convictions} (${v.convicted_tampered}) / ${v.false_accusations}`],
    ["cheated steps / audits paid", `${v.cheated_steps} / ${v.audits_paid}`],
    ["event log SHA-256", report.log_sha256],
  ];
  document.getElementById("summary").append(table(["", ""], rows));
  const classes = Object.keys(report.classes).sort();
  document.getElementById("classes").append(table(
    ["class", "peers", "bids", "wins", "wins, 2nd half", "wins after caught", "paid", "slashed", "score (honest view)", "busy share"],
    classes.map(c => { const s = report.classes[c]; return [c, s.peers, s.bids, s.wins, s.wins_second_half, s.wins_after_caught, s.paid, s.slashed, s.score, s.busy_share]; })));
  const slashKinds = [...new Set(classes.flatMap(c => Object.keys(report.classes[c].slashed_by || {})))].sort();
  document.getElementById("verified").append(table(
    ["class", "detected (peers)", "convicted (jobs)", "cheated steps", "audits", "false audits", "paid", ...slashKinds.map(k => `slashed: ${k}`)],
    classes.filter(c => c !== "poster").map(c => {
      const s = report.classes[c];
      return [c, s.detected, s.convictions, s.cheated_steps, s.audits, s.false_audits, s.paid, ...slashKinds.map(k => (s.slashed_by || {})[k] || 0)];
    })));
  const cheats = report.cheats || [];
  if (cheats.length) {
    document.getElementById("cheats").append(table(
      ["job", "peer", "kind", "mode", "role", "cheated steps", "first bad step", "convicted at step", "credit cap", "steps credited", "of them bad", "job"],
      cheats.map(c => [c.job, c.peer, c.kind, c.mode || "", c.standby ? "standby called in" : "winner", c.cheated_steps, c.first_bad, c.convicted ? c.convicted_at : "not convicted", c.convicted ? c.credit_cap : "", c.credited_steps, c.paid_bad_steps, `${c.job_status}, ${c.job_steps_done} steps`])));
  }
  const slashes = Object.keys(report.slashings || {}).sort();
  if (slashes.length) {
    document.getElementById("slashings").append(table(["reason", "count", "amount"], slashes.map(k => [k, report.slashings[k].count, report.slashings[k].amount])));
  }
}

function charts() {
  const s = report.series || [];
  const xs = s.map(p => p.t_s);
  chart("Jobs", xs, [
    { label: "announced", values: s.map(p => p.jobs_announced) },
    { label: "completed", values: s.map(p => p.jobs_completed) },
    { label: "failed", values: s.map(p => p.jobs_failed) },
  ], "jobs");
  chart("GPU utilisation (busy providers / online providers)", xs, [{ label: "utilisation", values: s.map(p => p.gpu_utilisation) }], "share");
  chart("Mean clearing price per member per step", xs, [{ label: "price", values: s.map(p => p.mean_price || null) }], "base units");
  const classes = [...new Set(s.flatMap(p => Object.keys(p.reputation || {})))].sort();
  chart("Reputation honest peers give each class", xs, classes.map(c => ({ label: c, values: s.map(p => (p.reputation || {})[c] ?? null) })), "score");
  const jobs = (report.job_list || []).filter(j => j.clearing_latency_ms).sort((a, b) => a.posted_s - b.posted_s);
  chart("Clearing latency (announcement to award at the last winner)", jobs.map(j => j.posted_s),
    [{ label: "latency (ms)", values: jobs.map(j => j.clearing_latency_ms), points: true }], "ms");
}

document.getElementById("title").textContent = `trainmesh simulation: ${report.scenario} (seed ${report.seed})`;
document.getElementById("description").textContent = report.description || "";
summary();
charts();
