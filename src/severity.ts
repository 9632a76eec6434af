import type { Severity } from "./types.js";

/** Most severe first: the order in which reports list and total severities. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** True when `severity` is at or above `threshold`. */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return RANK[severity] >= RANK[threshold];
}

export function severityRank(severity: Severity): number {
  return RANK[severity];
}
