// One self-contained HTML page: inline style and script, no external resource, works from file://.
import type { AuditReport, Overlap, ReportInput, SourceReport } from "../types.js";
import { contentSecurityPolicy, script, style } from "./html-assets.js";
import {
  articleAnchors,
  articleLink,
  articlesTable,
  excerptHtml,
  formatScore,
  gradeBadge,
  langAttribute,
  optional,
  type Anchors,
} from "./html-articles.js";
import { escapeMarkup as esc } from "./markup.js";
import type { ArticleText } from "./position.js";
import { reportTotals } from "./summary.js";

interface Section {
  id: string;
  title: string;
  content: string[];
}

export function renderHtml({ report, texts }: ReportInput): string {
  const anchors = articleAnchors(report.articles);
  const sections: Section[] = [
    {
      id: "articles",
      title: "Articles",
      content: report.articles.length > 0 ? [controls(report.articles.length), articlesTable(report.articles, texts, anchors)] : [`<p>No articles.</p>`],
    },
    { id: "sources", title: "Sources", content: [sourcesTable(report.sources, anchors)] },
  ];
  if (report.overlaps.length > 0) sections.push({ id: "overlaps", title: "Overlaps", content: [overlapsTable(report, texts, anchors)] });
  const attributions = attributionsTable(report, texts, anchors);
  if (attributions) sections.push({ id: "attributions", title: "Attribution chains", content: attributions });
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

function controls(articleCount: number): string {
  const boxes = [
    ["error", "Errors"],
    ["warning", "Warnings"],
    ["info", "Infos"],
  ]
    .map(([value, label]) => `<label><input type="checkbox" name="severity" value="${value}" checked> ${label}</label>`)
    .join("");
  return [
    `<div class="controls" role="search">`,
    `<fieldset><legend>Show findings</legend>${boxes}</fieldset>`,
    `<span class="search"><label for="search">Search</label><input id="search" type="search" placeholder="id, title, source, rule, message…" autocomplete="off"></span>`,
    `<button type="button" id="expand-all">Expand all</button><button type="button" id="collapse-all">Collapse all</button>`,
    `<span id="shown" class="muted" aria-live="polite">${articleCount} of ${articleCount} articles shown</span>`,
    `</div>`,
  ].join("\n");
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

function sourcesTable(sources: readonly SourceReport[], anchors: Anchors): string {
  if (sources.length === 0) return `<p>No sources.</p>`;
  const rows = sources.map((source) => {
    const reasons = source.reasons.length > 0 ? `<ul class="reasons">${source.reasons.map((reason) => `<li>${esc(reason)}</li>`).join("")}</ul>` : optional(null);
    const articles = source.articles.map((id) => articleLink(id, anchors)).join(", ");
    return `<tr><th scope="row">${esc(source.name)}</th><td>${gradeBadge(source.grade)}</td><td class="num">${formatScore(source.score)}</td><td>${articles}</td><td>${reasons}</td></tr>`;
  });
  return table("Sources with their grade, score and the reasons for it.", ["Source", "Grade", "Score", "Articles", "Reasons"], rows);
}

function overlapsTable(report: AuditReport, texts: ReadonlyMap<string, ArticleText>, anchors: Anchors): string {
  const languages = new Map(report.articles.map((article) => [article.id, article.language]));
  const rows = report.overlaps.map((overlap) => {
    const origin = overlap.origin === null ? `<span class="muted">undetermined</span>` : articleLink(overlap.origin, anchors);
    return `<tr><td>${articleLink(overlap.a, anchors)}</td><td>${articleLink(overlap.b, anchors)}</td><td class="num">${percent(overlap.score)}</td><td>${origin}</td><td>${passages(overlap, texts, languages)}</td></tr>`;
  });
  return table("Pairs of articles that share text.", ["Article A", "Article B", "Score", "Origin", "Passages"], rows);
}

function passages(overlap: Overlap, texts: ReadonlyMap<string, ArticleText>, languages: ReadonlyMap<string, string | null>): string {
  if (overlap.passages.length === 0) return optional(null);
  const items = overlap.passages.map(
    (passage) =>
      `<li><span class="badge sev-info">${esc(passage.kind)}</span> ${percent(passage.similarity)} similar` +
      excerptHtml(texts.get(overlap.a), passage.a, languages.get(overlap.a) ?? null, 40) +
      excerptHtml(texts.get(overlap.b), passage.b, languages.get(overlap.b) ?? null, 40) +
      `</li>`,
  );
  const count = overlap.passages.length;
  return `<details><summary>${count} passage${count === 1 ? "" : "s"}</summary><ol class="passages">${items.join("")}</ol></details>`;
}

function attributionsTable(report: AuditReport, texts: ReadonlyMap<string, ArticleText>, anchors: Anchors): string[] | null {
  const rows = report.articles.flatMap((article) =>
    article.attributions.map((attribution) => {
      const names = attribution.chain.map((name) => `<li>${esc(name)}</li>`).join("");
      const chain = `<ol class="chain"${langAttribute(article.language)}>${names}</ol>`;
      const passage = excerptHtml(texts.get(article.id), attribution.span, article.language, 60);
      return `<tr><td>${articleLink(article.id, anchors)}</td><td>${chain}</td><td>${optional(attribution.cue)}</td><td>${passage}</td></tr>`;
    }),
  );
  if (rows.length === 0) return null;
  return [
    `<p class="muted">Each chain runs from the original speaker outward to the outlet nearest the article.</p>`,
    table("Attribution chains found in the articles.", ["Article", "Chain", "Cue", "Passage"], rows),
  ];
}

function skippedTable({ skipped }: AuditReport): string {
  const rows = skipped.map(({ path, reason }) => `<tr><td><code>${esc(path)}</code></td><td>${esc(reason)}</td></tr>`);
  return table("Input files that could not be read or parsed.", ["File", "Reason"], rows);
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}
