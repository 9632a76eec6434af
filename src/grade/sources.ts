// A source's grade: the mean of its articles' scores, with the causes that cost the most points
// named in plain words. Articles without a known source are not pooled into a made-up one.
import { groupBy } from "../group.js";
import type { ArticleReport, SourceReport } from "../types.js";
import { gradeOf, type Rubric } from "./rubric.js";
import { causeOf, round1 } from "./score.js";

export function gradeSources(articles: readonly ArticleReport[], rubric: Rubric): SourceReport[] {
  return [...groupBy(articles, (a) => a.source).entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, list]) => {
      const score = round1(list.reduce((sum, a) => sum + a.score, 0) / list.length);
      return { name, articles: list.map((a) => a.id), score, grade: gradeOf(score, rubric.bands), reasons: sourceReasons(list, rubric) };
    });
}

/** "No publication date in 3 of 5 articles (−15 points each)", the costliest cause first. */
export function sourceReasons(list: readonly ArticleReport[], rubric: Rubric): string[] {
  const wording = new Map<string, string>(rubric.signals.flatMap((s) => s.components.map((c) => [`${s.id}\u0000${causeOf(c)}`, c.source])));
  const order = new Map(rubric.signals.map((s, i) => [s.id, i]));
  // Each signal's causes, and all of them in the order first seen (ties keep that order).
  const bySignal = new Map<string, Map<string, Cause>>();
  const causes: Cause[] = [];
  for (const article of list) {
    for (const d of article.deductions) {
      let ofSignal = bySignal.get(d.signal);
      if (!ofSignal) bySignal.set(d.signal, (ofSignal = new Map()));
      let cause = ofSignal.get(d.cause);
      if (!cause) {
        cause = { signal: d.signal, cause: d.cause, points: [], total: 0 };
        ofSignal.set(d.cause, cause);
        causes.push(cause);
      }
      cause.points.push(d.points);
      cause.total += d.points;
    }
  }
  return causes
    .sort((a, b) => b.total - a.total || (order.get(a.signal) ?? 0) - (order.get(b.signal) ?? 0))
    .map(({ signal, cause, points, total }) => {
      const key = `${signal}\u0000${cause}`;
      const phrase = wording.get(key) ?? key;
      const cost = points.every((p) => p === points[0]) ? `−${points[0]} points each` : `−${round1(total / points.length)} points on average`;
      const of = `${points.length} of ${list.length} article${list.length === 1 ? "" : "s"}`;
      return `${capitalise(phrase)} in ${of} (${points.length === 1 ? `−${points[0]} points` : cost})`;
    });
}

interface Cause {
  signal: string;
  cause: string;
  points: number[];
  /** The points summed in the order they were added. */
  total: number;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
