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
q.passage { display: block; margin-top: .15rem; color: #24292f; font-size: .88rem; }
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
.reasons { margin: 0; padding-left: 1.1rem; }
h3 { font-size: 1rem; margin: 1.25rem 0 .5rem; }
h4 { font-size: .9rem; margin: .9rem 0 .35rem; }
.summary-grid { display: grid; grid-template-columns: minmax(320px, 420px) 1fr; gap: 1.5rem; align-items: start; }
@media (max-width: 900px) { .summary-grid { grid-template-columns: 1fr; } }
.chart { margin: .5rem 0; }
.chart svg .count { font-size: 12px; fill: #1b1f24; }
.chart svg .label { font-size: 14px; font-weight: 600; fill: #1b1f24; }
.chart figcaption { font-size: .85rem; color: #57606a; }
.legend { border: 1px solid #d0d7de; border-radius: 6px; padding: .5rem .8rem; background: #f6f8fa; }
.legend summary { font-weight: 600; cursor: pointer; }
.legend p { margin: .4rem 0; font-size: .9rem; }
.bands, .signals { list-style: none; padding: 0; margin: .4rem 0; display: flex; flex-wrap: wrap; gap: .3rem .9rem; font-size: .85rem; }
.signals { display: block; }
.signals li { margin: .1rem 0; }
table.by-rule td.bars { width: 170px; }
.article-grid { display: grid; grid-template-columns: minmax(300px, 1fr) minmax(300px, 1.2fr); gap: 1.25rem; }
@media (max-width: 1000px) { .article-grid { grid-template-columns: 1fr; } }
.text { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; padding: .6rem .8rem; max-height: 36rem; overflow-y: auto; font-size: .92rem; }
.text mark.sev-error { background: #ffebe9; outline-color: #ff8182; }
.text mark.sev-warning { background: #fff8c5; outline-color: #d4a72c; }
.text mark.sev-info { background: #ddf4ff; outline-color: #54aeff; }
.text .quote { text-decoration: underline dotted #57606a; text-underline-offset: 3px; }
.text .speaker { font-weight: 600; border-bottom: 2px solid #8250df; }
table.quotes { font-size: .88rem; }
.quotes-list > summary { cursor: pointer; }
.quotes-list > summary h4 { display: inline; }
.type-person, .type-institution, .type-agency, .type-media, .type-platform { background: #dafbe1; color: #0f5323; border-color: #4ac26b; }
.type-anonymous, .type-vague { background: #fff8c5; color: #6b4b00; border-color: #d4a72c; }
.chain-row { margin: .3rem 0; }
.chain-diagram { display: inline-flex; flex-wrap: wrap; align-items: center; gap: .3rem 0; list-style: none; margin: 0; padding: 0; }
.chain-diagram li { border: 1px solid #8c959f; border-radius: 6px; padding: .1rem .5rem; background: #fff; }
.chain-diagram li.origin { border-color: #8250df; font-weight: 600; }
.chain-diagram .link-type { font-size: .75rem; color: #57606a; font-weight: 400; }
.chain-diagram li.here { border-style: dashed; color: #57606a; }
.chain-diagram li + li { margin-left: 1.5rem; position: relative; }
.chain-diagram li + li::before { content: "\\2192" / " to "; position: absolute; left: -1.2rem; color: #57606a; font-weight: 400; }
.overlaps { list-style: none; padding: 0; margin: 0; }
.overlap { border: 1px solid #d0d7de; border-radius: 6px; margin: .4rem 0; background: #fff; }
.overlap > details > summary { padding: .45rem .7rem; cursor: pointer; }
.side-by-side { padding: 0 .7rem .7rem; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.pair > div { white-space: pre-wrap; overflow-wrap: anywhere; font-size: .9rem; }
.pair.head { font-weight: 600; border-bottom: 1px solid #d0d7de; padding: .3rem 0; }
.passage-label { margin: .6rem 0 .2rem; font-size: .85rem; color: #57606a; }
.context { color: #8c959f; }
.shared { background: #f1f8ff; }
ins { background: #dafbe1; text-decoration: none; outline: 1px solid #4ac26b; }
del { background: #ffebe9; outline: 1px solid #ff8182; }
.kind-verbatim { background: #ffebe9; color: #82071e; border-color: #ff8182; }
.kind-edited { background: #fff8c5; color: #6b4b00; border-color: #d4a72c; }
.kind-quote-variant { background: #ddf4ff; color: #0a3069; border-color: #54aeff; }
.graph { border: 1px solid #d0d7de; border-radius: 6px; background: #fff; }
.provenance text { font: 12px ui-monospace, SFMono-Regular, Menlo, monospace; fill: #1b1f24; }
.provenance rect { stroke: #8c959f; }
.provenance rect.archived { stroke-dasharray: 4 3; }
.provenance a:hover rect, .provenance a:focus rect { stroke: #0969da; stroke-width: 2; }
.provenance path.copied { stroke: #57606a; stroke-width: 1.5; fill: none; }
.provenance .arrow { fill: #57606a; }
.provenance path.undirected { stroke: #8c959f; stroke-width: 1.5; stroke-dasharray: 5 4; fill: none; }
.controls select { font: inherit; padding: .2rem .3rem; }
.pager { display: flex; gap: .75rem; align-items: center; margin: .75rem 0; }
.pager button { font: inherit; padding: .25rem .7rem; border: 1px solid #8c959f; border-radius: 6px; background: #f6f8fa; cursor: pointer; }
.pager button:disabled { opacity: .5; cursor: default; }
/* With script, details open on demand and pages show a slice of the articles; without it, all is shown. */
.js table.articles > tbody:not(.open) > tr.details { display: none; }
.js table.articles > tbody.beyond { display: none; }
table.articles > tbody.open > tr.summary { background: #f6f8fa; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media print {
  :root { font-size: 11px; }
  .controls, nav { display: none !important; }
  header { background: none; }
  .js table.articles > tbody > tr.details, table.articles > tbody[hidden], .js table.articles > tbody.beyond { display: table-row-group !important; }
  .js table.articles > tbody > tr.details { display: table-row !important; }
  .text { max-height: none; overflow: visible; }
  /* Paper does not scroll: let wide tables wrap instead of being cut at the page edge. */
  .scroll { overflow: visible; }
  thead th { white-space: normal; }
  thead th button::after { content: none; }
  th, td { padding: .25rem .35rem; overflow-wrap: break-word; }
  tr.summary, .finding, .excerpt { break-inside: avoid; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

/** Articles per page when script runs; without script every article is shown. */
export const PAGE_SIZE = 50;

/** Runs before the body is parsed: marks the page as scripted so that details start collapsed. */
export const earlyScript = `document.documentElement.classList.add("js");`;

// Plain ES2017 in the page; no template literals inside, this file is itself one.
export const script = `
(function () {
  "use strict";
  var table = document.querySelector("table.articles");
  if (!table) return;
  var PAGE = ${PAGE_SIZE};
  var slice = function (list) { return Array.prototype.slice.call(list); };
  var bodies = slice(table.tBodies);
  var matching = bodies.slice();
  var page = 0;
  var paged = false;
  var search = document.getElementById("search");
  var shown = document.getElementById("shown");
  var boxes = slice(document.querySelectorAll("input[name=severity]"));
  var sourceFilter = document.getElementById("filter-source");
  var ruleFilter = document.getElementById("filter-rule");
  var gradeFilter = document.getElementById("filter-grade");
  var pager = document.querySelector(".pager");
  var status = document.getElementById("page-status");
  var prev = document.getElementById("page-prev");
  var next = document.getElementById("page-next");
  document.querySelector(".controls").hidden = false;

  // Large reports keep each article's details (HTML escaped when written) in a comment until opened.
  function setExpanded(body, open) {
    var cell = body.rows[1].cells[0];
    if (open && cell.firstChild && cell.firstChild.nodeType === Node.COMMENT_NODE) cell.innerHTML = cell.firstChild.data;
    body.classList.toggle("open", open);
    body.querySelector("button.toggle").setAttribute("aria-expanded", String(open));
  }

  // A click anywhere on an article's row (its button included) opens or closes it.
  table.addEventListener("click", function (event) {
    var row = event.target.closest("tr.summary");
    if (!row || event.target.closest("a")) return;
    setExpanded(row.parentNode, !row.parentNode.classList.contains("open"));
  });
  document.getElementById("expand-all").addEventListener("click", function () {
    onPage().forEach(function (body) { setExpanded(body, true); });
  });
  document.getElementById("collapse-all").addEventListener("click", function () {
    bodies.forEach(function (body) { setExpanded(body, false); });
  });

  function onPage() { return matching.slice(page * PAGE, page * PAGE + PAGE); }

  // Shows one page of the matching articles. The first call drops the server-side paging classes.
  function render() {
    if (!paged) {
      bodies.forEach(function (body) { body.classList.remove("beyond"); });
      paged = true;
    }
    page = Math.min(page, pageCount() - 1);
    var visible = new Set(onPage());
    bodies.forEach(function (body) {
      var hide = !visible.has(body);
      if (body.hidden !== hide) body.hidden = hide;
    });
    showPosition();
  }
  function pageCount() { return Math.max(1, Math.ceil(matching.length / PAGE)); }
  function showPosition() {
    var pages = pageCount();
    shown.textContent = matching.length + " of " + bodies.length + " articles shown";
    status.textContent = "Page " + (page + 1) + " of " + pages;
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    pager.hidden = pages < 2;
  }
  // The page opens on the first page, as written: no article needs touching.
  showPosition();
  prev.addEventListener("click", function () { page -= 1; render(); });
  next.addEventListener("click", function () { page += 1; render(); });

  // An article matches when source, grade and rule fit and the query matches its row or one
  // of its findings; findings of unchecked severities or other rules are hidden.
  function applyFilters() {
    var query = search.value.trim().toLowerCase();
    var allowed = boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
    var source = sourceFilter.value, rule = ruleFilter.value, grade = gradeFilter.value;
    matching = bodies.filter(function (body) {
      if (source !== "*" && body.getAttribute("data-source") !== source) return false;
      if (grade !== "*" && body.getAttribute("data-grade") !== grade) return false;
      if (rule !== "*" && (" " + body.getAttribute("data-rules") + " ").indexOf(" " + rule + " ") < 0) return false;
      var rowMatches = !query || body.rows[0].textContent.toLowerCase().indexOf(query) >= 0;
      var items = slice(body.querySelectorAll("li.finding"));
      var anyFinding = false;
      items.forEach(function (item) {
        var fits = (rowMatches || item.textContent.toLowerCase().indexOf(query) >= 0) &&
          allowed.indexOf(item.getAttribute("data-severity")) >= 0 &&
          (rule === "*" || item.getAttribute("data-rule") === rule);
        item.hidden = !fits;
        if (fits) anyFinding = true;
      });
      var note = body.querySelector(".filtered-note");
      if (note) note.hidden = anyFinding || items.length === 0;
      return rowMatches || (anyFinding && (query !== "" || rule !== "*"));
    });
    page = 0;
    render();
  }
  search.addEventListener("input", applyFilters);
  boxes.forEach(function (box) { box.addEventListener("change", applyFilters); });
  [sourceFilter, ruleFilter, gradeFilter].forEach(function (select) { select.addEventListener("change", applyFilters); });

  // Sorting moves whole <tbody> elements, so each article keeps its details row.
  var headers = slice(table.tHead.rows[0].cells);
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
      bodies.sort(function (a, b) {
        var x = key(a), y = key(b);
        var order = numeric ? x - y : x.localeCompare(y);
        return (ascending ? order : -order) || Number(a.getAttribute("data-index")) - Number(b.getAttribute("data-index"));
      });
      var fragment = document.createDocumentFragment();
      bodies.forEach(function (body) { fragment.appendChild(body); });
      table.appendChild(fragment);
      var kept = new Set(matching);
      matching = bodies.filter(function (body) { return kept.has(body); });
      page = 0;
      render();
    });
  });

  // A link to an article (#article-N) turns to its page, clearing filters that hide it, and opens it.
  function reveal() {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    if (!target || target.parentNode !== table) return;
    if (matching.indexOf(target) < 0) {
      search.value = ""; sourceFilter.value = "*"; ruleFilter.value = "*"; gradeFilter.value = "*";
      boxes.forEach(function (box) { box.checked = true; });
      applyFilters();
    }
    page = Math.floor(matching.indexOf(target) / PAGE);
    render();
    setExpanded(target, true);
    target.scrollIntoView();
  }
  window.addEventListener("hashchange", reveal);
  if (location.hash) reveal();

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
  `script-src ${sha256(earlyScript)} ${sha256(script)}`,
  "img-src data:",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
