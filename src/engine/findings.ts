// Findings in a stable order, each reported once, and their identity across runs.
import { createHash } from "node:crypto";
import type { ReportedFinding } from "../types.js";

/**
 * What identifies a finding from one run to the next: article, rule and message, not the
 * span (an edit above a finding moves it without changing it). Baselines match on it.
 */
export function findingKey(articleId: string, rule: string, message: string): string {
  return `${articleId}\u0000${rule}\u0000${message}`;
}

/** The finding key as a short stable hash (SARIF partialFingerprints). */
export function findingFingerprint(articleId: string, rule: string, message: string): string {
  return createHash("sha256").update(findingKey(articleId, rule, message)).digest("hex").slice(0, 32);
}

/** Two findings of one article with this key are one: same rule, place and message. */
export function duplicateKey(f: ReportedFinding): string {
  return [f.rule, f.span?.start ?? "", f.span?.end ?? "", f.message].join("\u0000");
}

/**
 * One article's findings, each once, by position in the text (article-wide findings first),
 * rule, message. The order is total over distinct findings, so it does not depend on the
 * order they come in: the article rules' findings, sorted on a worker, and the corpus
 * rules' findings added later sort as all of them at once would.
 */
export function sortArticleFindings<F extends ReportedFinding>(findings: readonly F[]): F[] {
  const unique = new Map<string, F>();
  for (const f of findings) {
    const key = duplicateKey(f);
    if (!unique.has(key)) unique.set(key, f);
  }
  return [...unique.values()].sort(
    (a, b) =>
      (a.span?.start ?? -1) - (b.span?.start ?? -1) ||
      (a.span?.end ?? -1) - (b.span?.end ?? -1) ||
      compare(a.rule, b.rule) ||
      compare(a.message, b.message),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
