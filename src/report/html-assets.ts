// The HTML report's inline style and script, with the hashes its Content-Security-Policy allows.
// Hash-based CSP: if escaping ever failed, injected <script> or <style> still would not run.
import { createHash } from "node:crypto";

export const style = `
:root { color: #1b1f24; background: #fff; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
body { margin: 0; }
[hidden] { display: none !important; }
header, main { padding: 0 1.5rem; }
header { border-bottom: 1px solid #d0d7de; background: #f6f8fa; padding-bottom: 1rem; }
h1 { font-size: 1.5rem; margin: 0; padding-top: 1rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
a { color: #0550ae; }
.meta, .muted { color: #57606a; }
.meta { margin: .25rem 0 1rem; }
.totals { display: flex; flex-wrap: wrap; gap: .75rem; margin: 0; }
.totals div { border: 1px solid #d0d7de; border-radius: 6px; padding: .4rem .9rem; min-width: 5.5rem; }
.totals div:not([class]) { background: #fff; }
.totals div[class] dt { color: inherit; }
.totals dt { font-size: .8rem; color: #57606a; }
.totals dd { margin: 0; font-size: 1.4rem; font-weight: 600; }
nav { margin-top: .75rem; display: flex; gap: 1rem; }
.controls { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.25rem; margin: .5rem 0 .75rem; }
.controls fieldset { border: 0; padding: 0; margin: 0; display: flex; gap: .75rem; align-items: center; }
.controls legend { float: left; margin-right: .5rem; font-weight: 600; }
.controls input[type=search] { font: inherit; padding: .3rem .5rem; min-width: 18rem; border: 1px solid #8c959f; border-radius: 6px; }
.controls .search label { font-weight: 600; margin-right: .4rem; }
.controls button { font: inherit; padding: .25rem .7rem; border: 1px solid #8c959f; border-radius: 6px; background: #f6f8fa; cursor: pointer; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .4rem .6rem; border-bottom: 1px solid #d0d7de; }
thead th { background: #f6f8fa; font-size: .85rem; white-space: nowrap; }
thead th button { all: unset; cursor: pointer; font-weight: 600; }
thead th button::after { content: " \\2195" / ""; color: #57606a; }
thead th[aria-sort=ascending] button::after { content: " \\2191" / ""; color: inherit; }
thead th[aria-sort=descending] button::after { content: " \\2193" / ""; color: inherit; }
th button:focus-visible, .toggle:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.summary { cursor: pointer; }
tr.summary > th, td.date { white-space: nowrap; }
tr.summary:hover { background: #f6f8fa; }
.toggle { all: unset; cursor: pointer; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .85rem; color: #0550ae; }
/* Arrows are decoration: the empty alternative text keeps them out of accessible names. */
.toggle::before { content: "\\25B8  " / ""; color: #57606a; }
.toggle[aria-expanded=true]::before { content: "\\25BE  " / ""; }
tr.details > td { background: #fbfcfd; padding: .5rem 1rem 1rem 2rem; }
.deductions { margin: .25rem 0 .75rem; padding-left: 1.2rem; }
.points { display: inline-block; min-width: 3.2rem; font-variant-numeric: tabular-nums; font-weight: 600; color: #82071e; }
.score-note { margin: .25rem 0; font-weight: 600; }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { padding: .5rem 0; border-bottom: 1px dashed #d0d7de; }
.finding:last-child { border-bottom: 0; }
.rule, code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .85rem; }
.where { color: #57606a; font-size: .85rem; margin-left: .5rem; }
.excerpt { margin: .35rem 0 0; padding: .35rem .6rem; border-left: 3px solid #d0d7de; background: #fff; color: #24292f; }
mark { background: #fff8c5; color: #1b1f24; outline: 1px solid #d4a72c; border-radius: 2px; }
.badge, .grade { display: inline-block; border-radius: 999px; padding: 0 .55rem; font-size: .8rem; font-weight: 600; border: 1px solid transparent; }
.sev-error { background: #ffebe9; color: #82071e; border-color: #ff8182; }
.sev-warning { background: #fff8c5; color: #6b4b00; border-color: #d4a72c; }
.sev-info { background: #ddf4ff; color: #0a3069; border-color: #54aeff; }
.grade { min-width: 1.2rem; text-align: center; }
.grade-A { background: #dafbe1; color: #0f5323; border-color: #4ac26b; }
.grade-B { background: #eaf5d3; color: #3b5a0b; border-color: #8fb339; }
.grade-C { background: #fff8c5; color: #6b4b00; border-color: #d4a72c; }
.grade-D { background: #ffe8d1; color: #7a3a00; border-color: #e0823d; }
.grade-E { background: #ffebe9; color: #82071e; border-color: #ff8182; }
.grade-F { background: #82071e; color: #fff; border-color: #82071e; }
.chain { display: inline; margin: 0; padding: 0; list-style: none; }
.chain li { display: inline; }
.chain li + li::before { content: " \\2192  " / " to "; color: #57606a; }
.reasons { margin: 0; padding-left: 1.1rem; }
.passages { margin: .4rem 0 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media print {
  :root { font-size: 11px; }
  .controls, nav { display: none !important; }
  header { background: none; }
  tr.details[hidden] { display: table-row !important; }
  /* Paper does not scroll: let wide tables wrap instead of being cut at the page edge. */
  .scroll { overflow: visible; }
  thead th { white-space: normal; }
  thead th button::after { content: none; }
  th, td { padding: .25rem .35rem; overflow-wrap: break-word; }
  tr.summary, .finding, .excerpt { break-inside: avoid; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

// Plain ES2017 in the page; no template literals here, this file is itself one.
export const script = `
(function () {
  "use strict";
  var table = document.querySelector("table.articles");
  if (!table) return;
  var bodies = Array.prototype.slice.call(table.tBodies);
  var search = document.getElementById("search");
  var shown = document.getElementById("shown");
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[name=severity]"));

  function setExpanded(body, open) {
    var details = body.querySelector("tr.details");
    if (!details) return;
    details.hidden = !open;
    body.querySelector("button.toggle").setAttribute("aria-expanded", String(open));
  }

  // A click anywhere on an article's row (its button included) opens or closes its findings.
  table.addEventListener("click", function (event) {
    var row = event.target.closest("tr.summary");
    if (!row || event.target.closest("a")) return;
    var details = row.parentNode.querySelector("tr.details");
    setExpanded(row.parentNode, details.hidden);
  });
  document.getElementById("expand-all").addEventListener("click", function () {
    bodies.forEach(function (body) { setExpanded(body, true); });
  });
  document.getElementById("collapse-all").addEventListener("click", function () {
    bodies.forEach(function (body) { setExpanded(body, false); });
  });

  // An article stays visible when the query matches its row or one of its (allowed) findings.
  function applyFilters() {
    var query = search.value.trim().toLowerCase();
    var allowed = boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
    var visible = 0;
    bodies.forEach(function (body) {
      var rowMatches = !query || body.rows[0].textContent.toLowerCase().indexOf(query) >= 0;
      var items = Array.prototype.slice.call(body.querySelectorAll("li.finding"));
      var anyFinding = false;
      items.forEach(function (item) {
        var matches = rowMatches || item.textContent.toLowerCase().indexOf(query) >= 0;
        item.hidden = !(matches && allowed.indexOf(item.getAttribute("data-severity")) >= 0);
        if (!item.hidden) anyFinding = true;
      });
      var note = body.querySelector(".filtered-note");
      if (note) note.hidden = anyFinding || items.length === 0;
      body.hidden = !(rowMatches || anyFinding);
      if (!body.hidden) visible += 1;
    });
    shown.textContent = visible + " of " + bodies.length + " articles shown";
  }
  search.addEventListener("input", applyFilters);
  boxes.forEach(function (box) { box.addEventListener("change", applyFilters); });

  // Sorting moves whole <tbody> elements, so each article keeps its findings row.
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  headers.forEach(function (header, column) {
    var button = header.querySelector("button");
    if (!button) return;
    button.addEventListener("click", function () {
      var ascending = header.getAttribute("aria-sort") !== "ascending";
      headers.forEach(function (other) { if (other.hasAttribute("aria-sort")) other.setAttribute("aria-sort", "none"); });
      header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      var numeric = header.getAttribute("data-type") === "number";
      function key(body) {
        var cell = body.rows[0].cells[column];
        var value = cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim();
        return numeric ? (value === "" ? -Infinity : Number(value)) : value;
      }
      bodies.slice().sort(function (a, b) {
        var x = key(a), y = key(b);
        var order = numeric ? x - y : x.localeCompare(y);
        return (ascending ? order : -order) || Number(a.getAttribute("data-index")) - Number(b.getAttribute("data-index"));
      }).forEach(function (body) { table.appendChild(body); });
    });
  });

  // Paper cannot click: open every collapsed passage list while printing.
  var openedForPrint = [];
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details:not([open])").forEach(function (item) { item.open = true; openedForPrint.push(item); });
  });
  window.addEventListener("afterprint", function () {
    openedForPrint.splice(0).forEach(function (item) { item.open = false; });
  });
})();
`;

const sha256 = (content: string): string => `'sha256-${createHash("sha256").update(content, "utf8").digest("base64")}'`;

export const contentSecurityPolicy = [
  "default-src 'none'",
  `style-src ${sha256(style)}`,
  `script-src ${sha256(script)}`,
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
