// The one place that turns an audit into an exit code.
import { plural } from "../report/summary.js";
import { atLeast } from "../severity.js";
import type { AuditReport, Finding, Grade, Severity } from "../types.js";

export const EXIT_OK = 0;
export const EXIT_THRESHOLD = 1;
export const EXIT_USAGE = 2;

export const GRADES: readonly Grade[] = ["A", "B", "C", "D", "E", "F"];

export interface Thresholds {
  failOn: Severity | null;
  minGrade: Grade | null;
  /** Most warnings allowed (after the baseline); null for no limit. */
  maxWarnings: number | null;
  /** Report breaches but exit 0 (bad usage and no input still exit 2). */
  exitZero: boolean;
}

export interface Verdict {
  code: number;
  reasons: string[];
}

/** What --min-grade holds to the floor: each source, and each article without a known source on its own. */
function gradedUnits(report: AuditReport): Array<{ name: string; grade: Grade }> {
  const unsourced = report.articles.filter((a) => a.source === null).map((a) => ({ name: `article ${a.id}`, grade: a.grade }));
  return [...report.sources, ...unsourced];
}

/** `counted`: the findings that count (all, or those beyond the baseline). */
export function verdict(report: AuditReport, counted: readonly Finding[], t: Thresholds): Verdict {
  if (report.articles.length === 0) return { code: EXIT_USAGE, reasons: ["no readable input"] };
  const reasons: string[] = [];
  if (t.failOn) {
    const failOn = t.failOn;
    const n = counted.filter((f) => atLeast(f.severity, failOn)).length;
    if (n > 0) reasons.push(`${plural(n, "finding")} at or above ${failOn}`);
  }
  if (t.minGrade) {
    const floor = GRADES.indexOf(t.minGrade);
    const below = gradedUnits(report).filter((u) => GRADES.indexOf(u.grade) > floor);
    if (below.length) reasons.push(`${below.length} below grade ${t.minGrade}: ${below.map((u) => u.name).join(", ")}`);
  }
  if (t.maxWarnings !== null) {
    const warnings = counted.filter((f) => f.severity === "warning").length;
    if (warnings > t.maxWarnings) reasons.push(`${plural(warnings, "warning")}, more than --max-warnings ${t.maxWarnings}`);
  }
  return { code: reasons.length && !t.exitZero ? EXIT_THRESHOLD : EXIT_OK, reasons };
}
