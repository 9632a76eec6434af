// The short summary an audit prints on stderr.
import { countBySeverity, plural } from "../report/summary.js";
import type { AuditReport, Finding, Skipped } from "../types.js";
import { GRADES } from "./exit-code.js";

export function summaryLines(report: AuditReport, findings: readonly Finding[], written: readonly string[]): string[] {
  const counts = countBySeverity(findings);
  const grades = GRADES.map((g) => `${g} ${report.articles.filter((a) => a.grade === g).length}`).join(" · ");
  const lines = [
    `wirecheck: ${plural(report.articles.length, "article")}${report.skipped.length ? `, ${report.skipped.length} skipped` : ""}; ` +
      `${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${counts.info} info`,
    `grades: ${grades}`,
  ];
  for (const line of skippedLines(report.skipped)) lines.push(line);
  if (written.length) lines.push(`reports: ${written.join(", ")}`);
  return lines;
}

/** Beyond this many, skipped inputs are counted on stderr and listed in the reports only. */
const MAX_SKIPPED_LINES = 50;

/** Inputs that were not read, or not read whole: never silent, even under --quiet. */
export function skippedLines(skipped: readonly Skipped[]): string[] {
  if (skipped.length === 0) return [];
  const lines = [`${plural(skipped.length, "input")} skipped:`];
  for (const s of skipped.slice(0, MAX_SKIPPED_LINES)) lines.push(`skipped ${s.path}: ${s.reason}`);
  if (skipped.length > MAX_SKIPPED_LINES) lines.push(`… and ${skipped.length - MAX_SKIPPED_LINES} more (listed under "skipped" in the reports)`);
  return lines;
}
