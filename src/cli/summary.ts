// The short summary an audit prints on stderr.
import type { AuditReport, Finding } from "../types.js";
import { GRADES } from "./exit-code.js";

export function summaryLines(report: AuditReport, findings: readonly Finding[], written: readonly string[]): string[] {
  const bySeverity = (s: string) => findings.filter((f) => f.severity === s).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const grades = GRADES.map((g) => `${g} ${report.articles.filter((a) => a.grade === g).length}`).join(" · ");
  const lines = [
    `wirecheck: ${plural(report.articles.length, "article")}${report.skipped.length ? `, ${report.skipped.length} skipped` : ""}; ` +
      `${plural(bySeverity("error"), "error")}, ${plural(bySeverity("warning"), "warning")}, ${bySeverity("info")} info`,
    `grades: ${grades}`,
  ];
  for (const s of report.skipped) lines.push(`skipped ${s.path}: ${s.reason}`);
  if (written.length) lines.push(`reports: ${written.join(", ")}`);
  return lines;
}
