// One self-contained HTML page: inline style and script, no external resource, works from file://.
import type { ArticleReport, AuditReport, ReportInput } from "../types.js";
import { contentSecurityPolicy, earlyScript, script, style } from "./html-assets.js";
import { INLINE_DETAILS_MAX, articleAnchors, articlesTable, type ArticlesTable } from "./html-articles.js";
import { overlapsList } from "./html-overlaps.js";
import { provenanceGraph } from "./html-provenance.js";
import { summarySection } from "./html-summary.js";
import { escapeMarkup as esc } from "./markup.js";
import { reportTotals } from "./summary.js";

interface Section {
  id: string;
  title: string;
  content: string[];
}

export function renderHtml({ report, texts }: ReportInput): string {
  const anchors = articleAnchors(report.articles);
  const sections: Section[] = [{ id: "summary", title: "Summary", content: summarySection(report, anchors) }];
  if (report.overlaps.length > 0) sections.push({ id: "provenance", title: "Who copied whom", content: [provenanceGraph(report, anchors)] });
  const table = articlesTable(report.articles, texts, anchors);
  sections.push({
    id: "articles",
    title: "Articles",
    content: report.articles.length > 0 ? [controls(report.articles), ...lazyNote(table), table.html, pager()] : [`<p>No articles.</p>`],
  });
  if (report.overlaps.length > 0) sections.push({ id: "overlaps", title: "Overlaps", content: [overlapsList(report, texts, anchors)] });
  if (report.skipped.length > 0) sections.push({ id: "skipped", title: "Skipped files", content: [skippedTable(report)] });
  return [
    `<!DOCTYPE html>`,
    `<html lang="en">`,
    `<head>`,
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">`,
    `<meta name="generator" content="wirecheck ${esc(report.tool.version)}">`,
    ...(report.tool.run ? [`<meta name="wirecheck-run" content="${esc(report.tool.run)}">`] : []),
    `<title>wirecheck report</title>`,
    // An empty data: icon stops browsers from asking for /favicon.ico.
    `<link rel="icon" href="data:,">`,
    `<style>${style}</style>`,
    `<script>${earlyScript}</script>`,
    `</head>`,
    `<body>`,
    header(report, sections),
    `<main>`,
    ...sections.map(sectionHtml),
    `</main>`,
    `<script>${script}</script>`,
    `</body>`,
    `</html>`,
    "",
  ].join("\n");
}

function header(report: AuditReport, sections: readonly Section[]): string {
  const totals = reportTotals(report);
  const generated = report.tool.generated ? ` · generated ${esc(report.tool.generated)}` : "";
  const figures: Array<[string, number, string]> = [
    ["Articles", report.articles.length, ""],
    ["Errors", totals.error, "sev-error"],
    ["Warnings", totals.warning, "sev-warning"],
    ["Infos", totals.info, "sev-info"],
    ["Sources", report.sources.length, ""],
    ["Overlaps", report.overlaps.length, ""],
    ["Skipped files", report.skipped.length, ""],
  ];
  // Severity boxes take their colour only when there is something to see.
  const totalsHtml = figures
    .map(([label, count, tone]) => `<div${tone && count > 0 ? ` class="${tone}"` : ""}><dt>${label}</dt><dd>${count}</dd></div>`)
    .join("");
  const links = sections.map(({ id, title }) => `<a href="#${id}">${title}</a>`).join("");
  return [
    `<header>`,
    `<h1>wirecheck report</h1>`,
    `<p class="meta">wirecheck ${esc(report.tool.version)}${generated}</p>`,
    `<dl class="totals">${totalsHtml}</dl>`,
    `<nav aria-label="Sections">${links}</nav>`,
    `</header>`,
  ].join("\n");
}

function sectionHtml({ id, title, content }: Section): string {
  return [`<section id="${id}" aria-labelledby="${id}-title">`, `<h2 id="${id}-title">${title}</h2>`, ...content, `</section>`].join("\n");
}

function controls(articles: readonly ArticleReport[]): string {
  const boxes = [
    ["error", "Errors"],
    ["warning", "Warnings"],
    ["info", "Infos"],
  ]
    .map(([value, label]) => `<label><input type="checkbox" name="severity" value="${value}" checked> ${label}</label>`)
    .join("");
  const sources = [...new Set(articles.map((a) => a.source ?? ""))].sort();
  const rules = [...new Set(articles.flatMap((a) => a.findings.map((f) => f.rule)))].sort();
  const grades = [...new Set(articles.map((a) => a.grade))].sort();
  const select = (id: string, label: string, all: string, values: readonly string[], name: (v: string) => string = (v) => v) =>
    `<label class="select">${label} <select id="${id}"><option value="*">${all}</option>${values.map((v) => `<option value="${esc(v)}">${esc(name(v))}</option>`).join("")}</select></label>`;
  return [
    `<div class="controls" role="search" hidden>`,
    select("filter-source", "Source", "all sources", sources, (v) => v || "(no known source)"),
    select("filter-rule", "Rule", "all rules", rules),
    select("filter-grade", "Grade", "all grades", grades),
    `<fieldset><legend>Findings</legend>${boxes}</fieldset>`,
    `<span class="search"><label for="search">Search</label><input id="search" type="search" placeholder="id, title, source, rule, message…" autocomplete="off"></span>`,
    `<button type="button" id="expand-all">Expand page</button><button type="button" id="collapse-all">Collapse all</button>`,
    `<span id="shown" class="muted" aria-live="polite">${articles.length} of ${articles.length} articles shown</span>`,
    `</div>`,
  ].join("\n");
}

/** Large reports carry article details as data: say so to readers without script. */
function lazyNote(table: ArticlesTable): string[] {
  if (!table.lazy) return [];
  return [
    `<noscript><p class="muted">This report holds more than ${INLINE_DETAILS_MAX} articles: their texts and findings open with JavaScript. Without it, every finding is in report.json, report.sarif and report.junit.xml.</p></noscript>`,
  ];
}

function pager(): string {
  return `<nav class="pager" aria-label="Pages of articles" hidden><button type="button" id="page-prev">Previous</button> <span id="page-status"></span> <button type="button" id="page-next">Next</button></nav>`;
}

function table(caption: string, headings: readonly string[], rows: readonly string[]): string {
  const head = headings.map((heading) => `<th scope="col">${heading}</th>`).join("");
  return [
    `<div class="scroll"><table>`,
    `<caption class="visually-hidden">${caption}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody></table></div>`,
  ].join("\n");
}

function skippedTable({ skipped }: AuditReport): string {
  const rows = skipped.map(({ path, reason }) => `<tr><td><code>${esc(path)}</code></td><td>${esc(reason)}</td></tr>`);
  return table("Input files that could not be read or parsed.", ["File", "Reason"], rows);
}
