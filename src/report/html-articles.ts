// The HTML report's articles table: one <tbody> per article, a summary row and a findings row.
import type { ArticleReport, ReportedFinding, Span } from "../types.js";
import { excerpt } from "./excerpt.js";
import { escapeMarkup as esc } from "./markup.js";
import { spanLocator, type ArticleText, type SpanLocator } from "./position.js";
import { SEVERITIES } from "../severity.js";
import { countBySeverity } from "./summary.js";

/** Anchor of an article in the page: by position, since ids may hold any character. */
export type Anchors = ReadonlyMap<string, string>;

export function articleAnchors(articles: readonly ArticleReport[]): Map<string, string> {
  const anchors = new Map<string, string>();
  // Links go to the first article of an id, should the pipeline ever repeat one.
  articles.forEach((article, index) => {
    if (!anchors.has(article.id)) anchors.set(article.id, anchorOf(index));
  });
  return anchors;
}

function anchorOf(index: number): string {
  return `article-${index}`;
}

/** An article id, linked to its row when the report lists it. */
export function articleLink(id: string, anchors: Anchors): string {
  const anchor = anchors.get(id);
  return anchor ? `<a href="#${anchor}"><code>${esc(id)}</code></a>` : `<code>${esc(id)}</code>`;
}

/** Highlighted context of a span; empty when the text is unknown. */
export function excerptHtml(text: ArticleText | undefined, span: Span, lang: string | null, context?: number): string {
  if (!text) return "";
  const { before, match, after } = excerpt(text.text, span, context);
  return `<blockquote class="excerpt"${langAttribute(lang)}>${esc(before)}<mark>${esc(match)}</mark>${esc(after)}</blockquote>`;
}

export function langAttribute(lang: string | null): string {
  return lang ? ` lang="${esc(lang)}"` : "";
}

const columns: ReadonlyArray<{ label: string; numeric?: boolean }> = [
  { label: "Article" },
  { label: "Title" },
  { label: "Source" },
  { label: "Published" },
  { label: "Language" },
  { label: "Credits" },
  { label: "Grade" },
  { label: "Score", numeric: true },
  { label: "Errors", numeric: true },
  { label: "Warnings", numeric: true },
  { label: "Infos", numeric: true },
];

export function articlesTable(
  articles: readonly ArticleReport[],
  texts: ReadonlyMap<string, ArticleText>,
  anchors: Anchors,
): string {
  const head = columns
    .map(({ label, numeric }) => {
      const type = numeric ? ` data-type="number" class="num"` : "";
      return `<th scope="col" aria-sort="none"${type}><button type="button">${label}</button></th>`;
    })
    .join("");
  const bodies = articles.map((article, index) => articleBody(article, index, texts.get(article.id), anchors));
  const caption = "Articles. Select a column header to sort; select an article to show its findings.";
  return [
    `<div class="scroll"><table class="articles">`,
    `<caption class="visually-hidden">${caption}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    ...bodies,
    `</table></div>`,
  ].join("\n");
}

function articleBody(article: ArticleReport, index: number, text: ArticleText | undefined, anchors: Anchors): string {
  const anchor = anchorOf(index);
  const counts = countBySeverity(article.findings);
  const cells = [
    `<th scope="row" data-value="${esc(article.id)}"><button type="button" class="toggle" aria-expanded="false" aria-controls="${anchor}-details">${esc(article.id)}</button></th>`,
    `<td${langAttribute(article.language)}>${optional(article.title)}</td>`,
    `<td>${optional(article.source)}</td>`,
    `<td class="date" data-value="${esc(article.published ?? "")}">${optional(article.published)}</td>`,
    `<td>${optional(article.language)}</td>`,
    `<td>${article.credits.length > 0 ? esc(article.credits.join(", ")) : optional(null)}</td>`,
    `<td data-value="${article.grade}">${gradeBadge(article.grade)}</td>`,
    `<td class="num">${formatScore(article.score)}</td>`,
    ...SEVERITIES.map((severity) => `<td class="num">${counts[severity]}</td>`),
  ];
  return [
    `<tbody id="${anchor}" data-index="${index}">`,
    `<tr class="summary">${cells.join("")}</tr>`,
    `<tr class="details" id="${anchor}-details" hidden><td colspan="${columns.length}">`,
    `<p class="muted">File <code>${esc(article.path)}</code></p>`,
    deductionsList(article),
    findingsList(article, text, anchors),
    `</td></tr>`,
    `</tbody>`,
  ].join("\n");
}

/** Every point the article lost, by signal, so the score explains itself. */
function deductionsList(article: ArticleReport): string {
  if (article.deductions.length === 0) return `<p class="score-note">Score ${formatScore(article.score)}: no points lost.</p>`;
  const items = article.deductions.map(
    (d) => `<li><span class="points">−${formatScore(d.points)}</span> ${esc(d.reason)}${d.rules.length > 0 ? ` <span class="muted">(${d.rules.map((r) => `<code>${esc(r)}</code>`).join(", ")})</span>` : ""}</li>`,
  );
  return [`<p class="score-note">Score ${formatScore(article.score)} = 100 minus:</p>`, `<ul class="deductions">`, ...items, `</ul>`].join("\n");
}

function findingsList(article: ArticleReport, text: ArticleText | undefined, anchors: Anchors): string {
  if (article.findings.length === 0) return `<p>No findings.</p>`;
  const locate = spanLocator(text);
  const items = article.findings.map((finding) => findingItem(finding, article.language, text, locate, anchors));
  return [
    `<ol class="findings">`,
    ...items,
    `</ol>`,
    `<p class="filtered-note muted" hidden>All findings of this article are hidden by the current filter.</p>`,
  ].join("\n");
}

function findingItem(
  finding: ReportedFinding,
  lang: string | null,
  text: ArticleText | undefined,
  locate: SpanLocator,
  anchors: Anchors,
): string {
  const related =
    finding.related.length > 0
      ? `<p class="muted">Related: ${finding.related.map((id) => articleLink(id, anchors)).join(", ")}</p>`
      : "";
  return [
    `<li class="finding" data-severity="${finding.severity}">`,
    `<span class="badge sev-${finding.severity}">${finding.severity}</span> `,
    `<code class="rule">${esc(finding.rule)}</code> `,
    `<span class="message">${esc(finding.message)}</span>`,
    `<span class="where">${where(finding.span, locate)}</span>`,
    finding.span ? excerptHtml(text, finding.span, lang) : "",
    related,
    `</li>`,
  ].join("");
}

/** File position when the text is a slice of the file, else the offsets into the extracted text. */
function where(span: Span | null, locate: SpanLocator): string {
  if (!span) return "whole article";
  const region = locate(span);
  if (region) return `line ${region.startLine}, column ${region.startColumn}`;
  return `characters ${span.start}–${span.end} of the extracted text`;
}

export function gradeBadge(grade: string): string {
  return `<span class="grade grade-${esc(grade)}">${esc(grade)}</span>`;
}

export function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}

/** A missing value shows as a muted dash. */
export function optional(value: string | null): string {
  return value === null || value === "" ? `<span class="muted">—</span>` : esc(value);
}
