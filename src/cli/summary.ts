// The short summary an audit prints on stderr.
import { countBySeverity, plural } from "../report/summary.js";
import type { AuditReport, Finding } from "../types.js";
import { GRADES } from "./exit-code.js";

export function summaryLines(report: AuditReport, findings: readonly Finding[], written: readonly string[]): string[] {
  const counts = countBySeverity(findings);
  const grades = GRADES.map((g) => `${g} ${report.articles.filter((a) => a.grade === g).length}`).join(" · ");
  const lines = [
    `wirecheck: ${plural(report.articles.length, "article")}${report.skipped.length ? `, ${report.skipped.length} skipped` : ""}; ` +
      `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info`,
    `grades: ${grades}`,
  ];
  for (const s of report.skipped) lines.push(`skipped ${s.path}: ${s.reason}`);
  if (written.length) lines.push(`reports: ${written.join(", ")}`);
  return lines;
}
