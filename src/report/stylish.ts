// ESLint-"stylish"-like terminal text: plain (no colours), one block per article with findings.
import type { AuditReport, ReportInput } from "../types.js";
import { spanLocator } from "./position.js";
import { articleLabels, plural, reportTotals } from "./summary.js";

export function renderStylish({ report, texts }: ReportInput): string {
  const labels = articleLabels(report);
  const blocks: string[] = [];
  for (const article of report.articles) {
    if (article.findings.length === 0) continue;
    const locate = spanLocator(texts.get(article.id));
    const rows = article.findings.map((finding) => {
      const region = finding.span && locate(finding.span);
      return [region ? `${region.startLine}:${region.startColumn}` : "", finding.severity, oneLine(finding.message), finding.rule];
    });
    blocks.push(`${oneLine(labels.get(article.id) ?? article.path)}\n${table(rows)}`);
  }
  if (report.skipped.length > 0) {
    const rows = report.skipped.map((skipped) => [oneLine(skipped.path), oneLine(skipped.reason)]);
    blocks.push(`skipped inputs\n${table(rows)}`);
  }
  blocks.push(summary(report));
  return blocks.join("\n\n") + "\n";
}

function summary(report: AuditReport): string {
  const { articles, skipped } = report;
  const totals = reportTotals(report);
  const problems = totals.error + totals.warning + totals.info;
  const skippedNote = skipped.length > 0 ? `, ${plural(skipped.length, "file")} skipped` : "";
  if (problems === 0) return `✔ no problems in ${plural(articles.length, "article")}${skippedNote}`;
  const parts = `${plural(totals.error, "error")}, ${plural(totals.warning, "warning")}, ${plural(totals.info, "info")}`;
  return `✖ ${plural(problems, "problem")} (${parts})${skippedNote}`;
}

/** Rows indented by two spaces, columns padded to a common width and separated by two spaces;
 *  a column empty in every row (no positions for extracted texts) is left out. */
function table(rows: readonly string[][]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, index) => (widths[index] = Math.max(widths[index] ?? 0, cell.length)));
  const last = widths.length - 1;
  return rows
    .map((row) => {
      const cells = row.flatMap((cell, index) => ((widths[index] ?? 0) === 0 ? [] : [index === last ? cell : cell.padEnd(widths[index] ?? 0)]));
      return "  " + cells.join("  ");
    })
    .join("\n");
}

/** Article text reaches messages: keep each row on one line and let no control character reach the terminal. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, " ").replace(/[\u0000-\u001f\u007f-\u009f]/g, "\ufffd").trim();
}
