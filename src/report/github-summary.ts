// The Markdown job summary a GitHub Actions step shows on its run page ($GITHUB_STEP_SUMMARY):
// totals, grades worst first with their reasons, the rules that fired most.
import { groupBy } from "../group.js";
import { SEVERITIES } from "../severity.js";
import type { ReportInput } from "../types.js";
import { plural, reportTotals } from "./summary.js";

const ROWS = 20;

export function renderGithubSummary({ report }: ReportInput): string {
  const totals = reportTotals(report);
  const out = [
    `## wirecheck: ${plural(report.articles.length, "article")}`,
    "",
    `${plural(totals.error, "error")} · ${plural(totals.warning, "warning")} · ${plural(totals.info, "info")}` +
      (report.skipped.length ? ` · ${plural(report.skipped.length, "file")} skipped` : ""),
    "",
  ];
  const graded = [
    ...report.sources.map((s) => ({ name: s.name, grade: s.grade, score: s.score, articles: s.articles.length, why: s.reasons.slice(0, 2).join("; ") })),
    ...report.articles
      .filter((a) => a.source === null)
      .map((a) => ({ name: `article ${a.id}`, grade: a.grade, score: a.score, articles: 1, why: a.deductions.slice(0, 2).map((d) => `${d.reason} (−${d.points})`).join("; ") })),
  ].sort((a, b) => a.score - b.score || (a.name < b.name ? -1 : 1));
  if (graded.length) {
    out.push("### Grades, worst first", "", "| grade | score | source | articles | costliest reasons |", "| :-: | --: | --- | --: | --- |");
    for (const g of graded.slice(0, ROWS)) out.push(`| **${g.grade}** | ${g.score} | ${cell(g.name)} | ${g.articles} | ${cell(g.why)} |`);
    if (graded.length > ROWS) out.push("", `…and ${graded.length - ROWS} more in report.html.`);
    out.push("");
  }
  const byRule = groupBy(report.articles.flatMap((a) => a.findings), (f) => f.rule);
  if (byRule.size) {
    out.push("### Findings by rule", "", "| rule | " + SEVERITIES.join(" | ") + " |", "| --- |" + SEVERITIES.map(() => " --: |").join(""));
    const rows = [...byRule.entries()].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1));
    for (const [rule, list] of rows) out.push(`| \`${rule}\` | ` + SEVERITIES.map((s) => list.filter((f) => f.severity === s).length).join(" | ") + " |");
    out.push("");
  }
  return out.join("\n") + "\n";
}

/** Article data in a table cell: no row breaks, no column breaks, no markup. */
function cell(text: string): string {
  return text
    .replace(/\s+/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[|\\`*_[\]]/g, (c) => `\\${c}`);
}
