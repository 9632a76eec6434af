// PROVISIONAL grading, until the grading rubric lands: an article loses points for
// each rule that fires on it (by severity, a little more for repeats); a source's
// score is the mean of its articles'. Replace wholesale with the rubric.
import { groupBy } from "../group.js";
import type { ArticleReport, Finding, Grade, Severity, SourceReport } from "../types.js";

const PENALTY: Record<Severity, number> = { error: 25, warning: 12, info: 4 };
const REPEAT_PENALTY = 2;
const MAX_REPEATS = 5;
const BANDS: Array<[number, Grade]> = [[90, "A"], [80, "B"], [70, "C"], [60, "D"], [50, "E"]];
export const UNKNOWN_SOURCE = "(unknown source)";
/** A quotation worded differently elsewhere tells the reader to compare; it is no defect of the article. */
const UNSCORED_RULES = new Set(["overlap/quote-variant"]);

export function scoreArticle(findings: readonly Finding[]): number {
  const byRule = groupBy(findings, (f) => (UNSCORED_RULES.has(f.rule) ? null : f.rule));
  let score = 100;
  for (const list of byRule.values()) {
    score -= PENALTY[list[0]!.severity] + Math.min(list.length - 1, MAX_REPEATS) * REPEAT_PENALTY;
  }
  return Math.max(0, score);
}

export function gradeOf(score: number): Grade {
  return BANDS.find(([min]) => score >= min)?.[1] ?? "F";
}

export function gradeSources(articles: readonly ArticleReport[]): SourceReport[] {
  return [...groupBy(articles, (a) => a.source ?? UNKNOWN_SOURCE).entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, list]) => {
      const score = Math.round(list.reduce((sum, a) => sum + a.score, 0) / list.length);
      return { name, articles: list.map((a) => a.id), score, grade: gradeOf(score), reasons: reasons(list) };
    });
}

/** The rules that fired most often across the source's articles, most frequent first. */
function reasons(list: readonly ArticleReport[]): string[] {
  const count = new Map<string, number>();
  for (const a of list) for (const rule of new Set(a.findings.map((f) => f.rule))) count.set(rule, (count.get(rule) ?? 0) + 1);
  return [...count.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([rule, n]) => `${rule}: ${n} of ${list.length} article${list.length > 1 ? "s" : ""}`);
}
