// Counting and naming helpers that several writers share.
import type { ArticleReport, AuditReport, ReportedFinding, Severity } from "../types.js";

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(findings: readonly ReportedFinding[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

export function reportTotals(report: AuditReport): SeverityCounts {
  return countBySeverity(report.articles.flatMap((article) => article.findings));
}

/** "1 error", "2 warnings", "3 infos". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/**
 * How to name an article where only a file is shown: its path, or `path#id` when one file
 * (a JSON array, a JSONL feed) holds several articles, so their findings stay apart.
 */
export function articleLabels(report: AuditReport): Map<string, string> {
  const perPath = new Map<string, number>();
  for (const { path } of report.articles) perPath.set(path, (perPath.get(path) ?? 0) + 1);
  const labels = new Map<string, string>();
  for (const article of report.articles) labels.set(article.id, labelOf(article, perPath));
  return labels;
}

function labelOf(article: ArticleReport, perPath: ReadonlyMap<string, number>): string {
  return (perPath.get(article.path) ?? 0) > 1 ? `${article.path}#${article.id}` : article.path;
}
