// The summary that opens the HTML report: grades and what they mean, sources worst first with
// their reasons, a chart of grades, and findings by rule and severity.
import { groupBy } from "../group.js";
import { SEVERITIES } from "../severity.js";
import type { AuditReport, Grade, GradingSummary } from "../types.js";
import { articleLink, formatScore, gradeBadge, optional, type Anchors } from "./html-articles.js";
import { escapeMarkup as esc } from "./markup.js";

const GRADES: readonly Grade[] = ["A", "B", "C", "D", "E", "F"];
const SEVERITY_COLOURS = { error: "#cf222e", warning: "#d4a72c", info: "#54aeff" } as const;
const GRADE_COLOURS: Record<Grade, string> = { A: "#4ac26b", B: "#8fb339", C: "#d4a72c", D: "#e0823d", E: "#ff8182", F: "#82071e" };

export function summarySection(report: AuditReport, anchors: Anchors): string[] {
  return [
    `<div class="summary-grid">`,
    `<div>${gradeChart(report)}${legend(report.grading)}</div>`,
    `<div>${sourcesTable(report, anchors)}</div>`,
    `</div>`,
    findingsByRule(report),
  ];
}

/** What each grade means and what the score is made of. */
function legend(grading: GradingSummary): string {
  const { bands } = grading;
  const ranges = GRADES.map((grade, i) => {
    const low = grade === "F" ? 0 : bands[grade];
    const high = i === 0 ? 100 : bands[GRADES[i - 1] as Exclude<Grade, "F">] - 0.1;
    return `<li>${gradeBadge(grade)} ${formatScore(low)}–${formatScore(high)}</li>`;
  });
  const signals = grading.signals.map((s) => `<li><span class="points">${s.weight}</span> ${esc(s.label)}</li>`);
  return [
    `<details class="legend" open><summary>How grades are given</summary>`,
    `<ul class="bands">${ranges.join("")}</ul>`,
    `<p>Every article starts at 100 points. Each signal below costs at most its points, once per article however many findings show the same cause. A source scores the mean of its articles.</p>`,
    `<ul class="signals">${signals.join("")}</ul>`,
    `</details>`,
  ].join("\n");
}

/** Articles per grade as bars: the shape of a corpus at a glance. */
function gradeChart(report: AuditReport): string {
  const counts = GRADES.map((g) => report.articles.filter((a) => a.grade === g).length);
  const max = Math.max(1, ...counts);
  const barWidth = 44;
  const gap = 16;
  const height = 120;
  const bars = GRADES.map((grade, i) => {
    const h = Math.round((counts[i]! / max) * height);
    const x = 30 + i * (barWidth + gap);
    return (
      `<g><title>${grade}: ${counts[i]} article${counts[i] === 1 ? "" : "s"}</title>` +
      `<rect x="${x}" y="${20 + height - h}" width="${barWidth}" height="${h}" fill="${GRADE_COLOURS[grade]}"/>` +
      `<text x="${x + barWidth / 2}" y="${15 + height - h}" text-anchor="middle" class="count">${counts[i]}</text>` +
      `<text x="${x + barWidth / 2}" y="${height + 38}" text-anchor="middle" class="label">${grade}</text></g>`
    );
  });
  const width = 30 + GRADES.length * (barWidth + gap);
  return [
    `<figure class="chart"><svg role="img" aria-labelledby="grade-chart-title" viewBox="0 0 ${width} ${height + 45}" width="${width}" height="${height + 45}">`,
    `<title id="grade-chart-title">Articles per grade: ${GRADES.map((g, i) => `${g} ${counts[i]}`).join(", ")}</title>`,
    `<line x1="24" y1="${20 + height}" x2="${width}" y2="${20 + height}" stroke="#8c959f"/>`,
    ...bars,
    `</svg><figcaption>Articles per grade</figcaption></figure>`,
  ].join("");
}

/** Sources worst first; articles without a known source are named as such, never pooled. */
function sourcesTable(report: AuditReport, anchors: Anchors): string {
  const sources = [...report.sources].sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : 1));
  const unsourced = report.articles.filter((a) => a.source === null);
  const rows = sources.map((source) => {
    const reasons = source.reasons.length > 0 ? `<ul class="reasons">${source.reasons.slice(0, 4).map((r) => `<li>${esc(r)}</li>`).join("")}</ul>` : optional(null);
    return `<tr><th scope="row">${esc(source.name)}</th><td>${gradeBadge(source.grade)}</td><td class="num">${formatScore(source.score)}</td><td class="num">${source.articles.length}</td><td>${reasons}</td></tr>`;
  });
  const note =
    unsourced.length > 0
      ? `<p class="muted">${unsourced.length} article${unsourced.length === 1 ? " has" : "s have"} no known source and ${unsourced.length === 1 ? "is" : "are"} graded on ${unsourced.length === 1 ? "its" : "their"} own: ${unsourced
          .slice(0, 12)
          .map((a) => `${articleLink(a.id, anchors)} ${gradeBadge(a.grade)}`)
          .join(", ")}${unsourced.length > 12 ? ", …" : ""}</p>`
      : "";
  if (sources.length === 0) return `<h3>Sources</h3><p>No article names its source.</p>${note}`;
  return [
    `<h3>Sources, worst first</h3>`,
    `<div class="scroll"><table class="sources">`,
    `<caption class="visually-hidden">Sources with their grade, score, number of articles and the reasons that cost the most points.</caption>`,
    `<thead><tr><th scope="col">Source</th><th scope="col">Grade</th><th scope="col" class="num">Score</th><th scope="col" class="num">Articles</th><th scope="col">Costliest reasons</th></tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody></table></div>`,
    note,
  ].join("\n");
}

/** Each rule that fired: findings by severity and the number of articles, most findings first. */
function findingsByRule(report: AuditReport): string {
  const all = report.articles.flatMap((a) => a.findings.map((f) => ({ rule: f.rule, severity: f.severity, article: a.id })));
  if (all.length === 0) return `<h3>Findings by rule</h3><p>No findings.</p>`;
  const byRule = [...groupBy(all, (f) => f.rule).entries()].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1));
  const most = byRule[0]![1].length;
  const rows = byRule.map(([rule, list]) => {
    const counts = SEVERITIES.map((s) => list.filter((f) => f.severity === s).length);
    // SVG attributes, not style attributes: the page's Content-Security-Policy allows no inline style.
    let x = 0;
    const rects = SEVERITIES.map((s, i) => {
      const w = Math.round((counts[i]! / most) * 160);
      const rect = w > 0 ? `<rect x="${x}" width="${w}" height="10" fill="${SEVERITY_COLOURS[s]}"/>` : "";
      x += w;
      return rect;
    }).join("");
    const bar = `<svg width="160" height="10">${rects}</svg>`;
    return `<tr><th scope="row"><code>${esc(rule)}</code></th>${counts.map((n) => `<td class="num">${n}</td>`).join("")}<td class="num">${new Set(list.map((f) => f.article)).size}</td><td class="bars" aria-hidden="true">${bar}</td></tr>`;
  });
  return [
    `<h3>Findings by rule</h3>`,
    `<div class="scroll"><table class="by-rule">`,
    `<caption class="visually-hidden">Findings of each rule by severity, and how many articles have them.</caption>`,
    `<thead><tr><th scope="col">Rule</th>${SEVERITIES.map((s) => `<th scope="col" class="num">${s}</th>`).join("")}<th scope="col" class="num">articles</th><th scope="col"><span class="visually-hidden">chart</span></th></tr></thead>`,
    `<tbody>`,
    ...rows,
    `</tbody></table></div>`,
  ].join("\n");
}
