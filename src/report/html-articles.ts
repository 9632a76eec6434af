// The HTML report's articles table, worst grade first: one <tbody> per article, a summary row
// and a details row (points lost, the text with findings marked, quotes, chains, findings).
import type { ArticleReport, Attribution, Quote, ReportedFinding, Span } from "../types.js";
import { PAGE_SIZE } from "./html-assets.js";
import { annotatedText } from "./html-text.js";
import { escapeMarkup as esc } from "./markup.js";
import { spanLocator, type ArticleText, type SpanLocator } from "./position.js";
import { SEVERITIES } from "../severity.js";
import { countBySeverity } from "./summary.js";

/** Anchor of an article in the page: by position in the report, since ids may hold any character. */
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

/** Worst first: lowest score, then report order. */
export function worstFirst(articles: readonly ArticleReport[]): number[] {
  return articles.map((_, index) => index).sort((a, b) => articles[a]!.score - articles[b]!.score || a - b);
}

/** Up to this many articles, every article's details are HTML in the page, readable without
 *  script; beyond, building them all would make the page slow to open, so each article's details
 *  wait as an HTML comment (which the parser skims) until the article is opened. */
export const INLINE_DETAILS_MAX = 1000;

export interface ArticlesTable {
  html: string;
  /** True when details wait in comments and need script to show. */
  lazy: boolean;
}

export function articlesTable(articles: readonly ArticleReport[], texts: ReadonlyMap<string, ArticleText>, anchors: Anchors): ArticlesTable {
  const inline = articles.length <= INLINE_DETAILS_MAX;
  const head = columns
    .map(({ label, numeric }, index) => {
      const type = numeric ? ` data-type="number" class="num"` : "";
      // The table opens sorted by score, worst first.
      const sort = index === 7 ? "ascending" : "none";
      return `<th scope="col" aria-sort="${sort}"${type}><button type="button">${label}</button></th>`;
    })
    .join("");
  const bodies = worstFirst(articles).map((index, position) => {
    const article = articles[index]!;
    const details = articleDetails(article, texts.get(article.id), anchors);
    // Escaped text never holds ">", and our own markup never holds "--", so no comment ends early.
    return articleBody(article, index, inline ? details : `<!--${details}-->`, position >= PAGE_SIZE);
  });
  const caption = "Articles, worst grade first. Select a column header to sort; select an article to show its text and findings.";
  const html = [
    `<div class="scroll"><table class="articles">`,
    `<caption class="visually-hidden">${caption}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    ...bodies,
    `</table></div>`,
  ].join("\n");
  return { html, lazy: !inline };
}

/** `beyond`: past the first page, hidden until the page's script takes over paging (without script, shown). */
function articleBody(article: ArticleReport, index: number, details: string, beyond: boolean): string {
  const anchor = anchorOf(index);
  const counts = countBySeverity(article.findings);
  const rules = [...new Set(article.findings.map((f) => f.rule))].join(" ");
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
  const filters = `data-source="${esc(article.source ?? "")}" data-grade="${article.grade}" data-rules="${esc(rules)}"`;
  return [
    `<tbody id="${anchor}" data-index="${index}" ${filters}${beyond ? ` class="beyond"` : ""}>`,
    `<tr class="summary">${cells.join("")}</tr>`,
    `<tr class="details" id="${anchor}-details"><td colspan="${columns.length}">${details}</td></tr>`,
    `</tbody>`,
  ].join("\n");
}

/** What opening an article shows: points lost, findings, quotes, chains, and the marked text. */
function articleDetails(article: ArticleReport, text: ArticleText | undefined, anchors: Anchors): string {
  return [
    `<p class="muted">File <code>${esc(article.path)}</code>${article.author ? ` · by ${esc(article.author)}` : ""}</p>`,
    `<div class="article-grid">`,
    `<div>`,
    deductionsList(article),
    findingsList(article, text, anchors),
    quotesTable(article.quotes, article.language),
    chainsDiagram(article.attributions, article.language),
    `</div>`,
    text ? `<div><h4>Text</h4>${annotatedText(article, text.text)}</div>` : "",
    `</div>`,
  ].join("\n");
}

/** Every point the article lost, by signal, so the score explains itself. */
function deductionsList(article: ArticleReport): string {
  if (article.deductions.length === 0) return `<p class="score-note">Score ${formatScore(article.score)}: no points lost.</p>`;
  const items = article.deductions.map((d) => {
    const rules = d.rules.length > 0 ? ` <span class="muted">(${d.rules.map((r) => `<code>${esc(r)}</code>`).join(", ")})</span>` : "";
    return `<li><span class="points">−${formatScore(d.points)}</span> ${esc(d.reason)}${rules}</li>`;
  });
  return [`<p class="score-note">Score ${formatScore(article.score)} = 100 minus:</p>`, `<ul class="deductions">`, ...items, `</ul>`].join("\n");
}

function findingsList(article: ArticleReport, text: ArticleText | undefined, anchors: Anchors): string {
  if (article.findings.length === 0) return `<p>No findings.</p>`;
  const locate = spanLocator(text);
  const items = article.findings.map((finding) => findingItem(finding, article.language, text, locate, anchors));
  return [
    `<h4>Findings</h4>`,
    `<ol class="findings">`,
    ...items,
    `</ol>`,
    `<p class="filtered-note muted" hidden>All findings of this article are hidden by the current filter.</p>`,
  ].join("\n");
}

function findingItem(finding: ReportedFinding, lang: string | null, text: ArticleText | undefined, locate: SpanLocator, anchors: Anchors): string {
  const related =
    finding.related.length > 0 ? `<p class="muted">Related: ${finding.related.map((id) => articleLink(id, anchors)).join(", ")}</p>` : "";
  return [
    `<li class="finding" data-severity="${finding.severity}" data-rule="${esc(finding.rule)}">`,
    `<span class="badge sev-${finding.severity}">${finding.severity}</span> `,
    `<code class="rule">${esc(finding.rule)}</code> `,
    `<span class="message">${esc(finding.message)}</span>`,
    `<span class="where">${where(finding.span, locate)}</span>`,
    // The passage itself is marked in the text beside the list; its first words name it here.
    finding.span && text ? ` <q class="passage"${langAttribute(lang)}>${esc(shorten(text.text.slice(finding.span.start, finding.span.end).replace(/\s+/g, " "), 60))}</q>` : "",
    related,
    `</li>`,
  ].join("");
}

function quotesTable(quotes: readonly Quote[], lang: string | null): string {
  if (quotes.length === 0) return "";
  const rows = quotes.map((q) => {
    const speaker = q.speaker ? `${esc(q.speaker)}${q.speakerType ? ` <span class="badge type-${esc(q.speakerType)}">${esc(q.speakerType)}</span>` : ""}` : `<span class="badge sev-warning">no speaker</span>`;
    // "declined to comment", "asked whether": a statement that asserts nothing is listed, marked, and sources nothing.
    const kind = q.asserts === false ? `${esc(q.kind)} <span class="badge" title="denied, withheld, only supposed or only asked">asserts nothing</span>` : esc(q.kind);
    return `<tr><td>${kind}</td><td${langAttribute(lang)}>${speaker}</td><td${langAttribute(lang)}>${esc(shorten(q.text, 80))}</td><td>${optional(q.cue)}</td></tr>`;
  });
  return [
    `<details class="quotes-list"><summary><h4>Quotes (${quotes.length})</h4></summary>`,
    `<table class="quotes"><thead><tr><th scope="col">Kind</th><th scope="col">Speaker</th><th scope="col">Quote</th><th scope="col">Cue</th></tr></thead><tbody>`,
    ...rows,
    `</tbody></table></details>`,
  ].join("\n");
}

/** Each chain as boxes from the original speaker to the outlet nearest the article, then the article. */
function chainsDiagram(attributions: readonly Attribution[], lang: string | null): string {
  // A single source is a quote's speaker (listed under Quotes); a chain has intermediaries.
  const relayed = attributions.filter((a) => a.chain.length >= 2);
  if (relayed.length === 0) return "";
  const chains = relayed.map((a) => {
    const links = a.chain
      .map((name, i) => {
        const type = a.links?.[i]?.type;
        return `<li class="${i === 0 ? "origin" : "hop"}">${esc(name)}${type ? ` <span class="link-type">${esc(type)}</span>` : ""}</li>`;
      })
      .join("");
    const cue = a.cue ? `<span class="muted"> (“${esc(a.cue)}”)</span>` : "";
    return `<div class="chain-row"><ol class="chain-diagram"${langAttribute(lang)} aria-label="attribution chain">${links}<li class="here">this article</li></ol>${cue}</div>`;
  });
  return [`<h4>Attribution chains</h4>`, ...chains].join("\n");
}

function shorten(value: string, max: number): string {
  return value.length <= max ? value : `${value.slice(0, max - 1)}…`;
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
