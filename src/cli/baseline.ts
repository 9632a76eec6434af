// A baseline accepts findings that a team has looked at: counted per article and rule, so an
// edit that rewords a message or moves a passage keeps them accepted; only findings beyond the
// count are new. It is read from a baseline file (--update-baseline writes one) or a report.json.
import { existsSync, readFileSync } from "node:fs";
import { DataFileError } from "../packs/yaml-source.js";
import { describeFsError } from "../fs/errors.js";
import { describeJsonError } from "../json-error.js";
import type { Finding } from "../types.js";

/** Accepted findings: article id → rule → how many. */
export type Baseline = Map<string, Map<string, number>>;

const FORMAT = "wirecheck-baseline";

/** The baseline in `file`; a missing file is an empty baseline only when it is about to be written. */
export function loadBaseline(file: string, mayBeMissing = false): Baseline {
  if (mayBeMissing && !existsSync(file)) return new Map();
  let text: string;
  let parsed: unknown;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new DataFileError(`${file}: cannot read baseline (${describeFsError(e)})`);
  }
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new DataFileError(`${file}: baseline is not JSON (${describeJsonError(text, e)})`);
  }
  const value = parsed as { format?: unknown; accepted?: unknown; articles?: unknown };
  if (value?.format === FORMAT && typeof value.accepted === "object" && value.accepted !== null) return fromAccepted(value.accepted);
  if (Array.isArray(value?.articles)) return fromReport(value.articles);
  throw new DataFileError(`${file}: not a wirecheck baseline or report.json (no "accepted" counts, no "articles" list)`);
}

function fromAccepted(accepted: object): Baseline {
  const baseline: Baseline = new Map();
  for (const [article, rules] of Object.entries(accepted)) {
    if (typeof rules !== "object" || rules === null) continue;
    const counts = new Map<string, number>();
    for (const [rule, n] of Object.entries(rules)) if (Number.isInteger(n) && (n as number) > 0) counts.set(rule, n as number);
    baseline.set(article, counts);
  }
  return baseline;
}

function fromReport(articles: unknown[]): Baseline {
  return countFindings(
    (articles as Array<{ id?: unknown; findings?: Array<{ rule?: unknown }> }>).flatMap((a) =>
      (Array.isArray(a.findings) ? a.findings : []).map((f) => ({ articleId: String(a.id), rule: String(f.rule) })),
    ),
  );
}

function countFindings(findings: ReadonlyArray<Pick<Finding, "articleId" | "rule">>): Baseline {
  const baseline: Baseline = new Map();
  for (const { articleId, rule } of findings) {
    const counts = baseline.get(articleId) ?? new Map<string, number>();
    counts.set(rule, (counts.get(rule) ?? 0) + 1);
    baseline.set(articleId, counts);
  }
  return baseline;
}

/** The findings beyond the baseline: of each article's findings of a rule, the first `n` are accepted. */
export function newFindings(findings: readonly Finding[], baseline: Baseline | null): Finding[] {
  if (!baseline) return [...findings];
  const used = new Map<string, number>();
  return findings.filter((f) => {
    const key = `${f.articleId}\u0000${f.rule}`;
    const seen = used.get(key) ?? 0;
    used.set(key, seen + 1);
    return seen >= (baseline.get(f.articleId)?.get(f.rule) ?? 0);
  });
}

/** A baseline file accepting exactly these findings; sorted, so the same findings give the same bytes. */
export function baselineFile(findings: ReadonlyArray<Pick<Finding, "articleId" | "rule">>): string {
  const sorted = (entries: Iterable<[string, unknown]>) => [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const accepted = Object.fromEntries(sorted(countFindings(findings)).map(([id, rules]) => [id, Object.fromEntries(sorted((rules as Map<string, number>).entries()))]));
  return JSON.stringify({ format: FORMAT, version: 1, accepted }, null, 2) + "\n";
}
