// A baseline is an earlier report.json: the findings it records are accepted, and only
// findings beyond them count for the exit code.
import { readFileSync } from "node:fs";
import { findingKey } from "../engine/findings.js";
import type { Finding } from "../types.js";
import { DataFileError } from "../packs/yaml-source.js";
import { describeFsError } from "../fs/errors.js";
import { describeJsonError } from "../json-error.js";

export type Baseline = Map<string, number>;

export function loadBaseline(file: string): Baseline {
  let text: string;
  let report: unknown;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new DataFileError(`${file}: cannot read baseline (${describeFsError(e)})`);
  }
  try {
    report = JSON.parse(text);
  } catch (e) {
    throw new DataFileError(`${file}: baseline is not JSON (${describeJsonError(text, e)})`);
  }
  const articles = (report as { articles?: unknown }).articles;
  if (!Array.isArray(articles)) throw new DataFileError(`${file}: not a wirecheck report.json (no "articles" list)`);
  const counts: Baseline = new Map();
  for (const a of articles as Array<{ id?: string; findings?: Array<{ rule?: string; message?: string }> }>) {
    for (const f of a.findings ?? []) {
      const key = findingKey(String(a.id), String(f.rule), String(f.message));
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** The findings not accepted by the baseline (each recorded finding accepts one). */
export function newFindings(findings: readonly Finding[], baseline: Baseline | null): Finding[] {
  if (!baseline) return [...findings];
  const left = new Map(baseline);
  return findings.filter((f) => {
    const key = findingKey(f.articleId, f.rule, f.message);
    const n = left.get(key) ?? 0;
    if (n > 0) {
      left.set(key, n - 1);
      return false;
    }
    return true;
  });
}
