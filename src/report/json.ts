import type { ReportInput } from "../types.js";

/** `report.json`: the report value already has the contract's shape and stable order. */
export function renderJson({ report }: ReportInput): string {
  return JSON.stringify(report, null, 2) + "\n";
}
