// Evaluate the sourcing rules (attribution/anonymous-source, attribution/vague-source) on
// phrases labelled by hand in the shared attribution corpora (bench/eval/sourcing-labels.tsv:
// offsets and labels only). A labelled phrase is flagged when a finding of either rule
// overlaps it; precision = flagged sourcing phrases / flagged phrases, recall = flagged
// sourcing phrases / sourcing phrases. Usage: node dist/bench/eval/sourcing.js [de-dir] [en-dir]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { auditIngested, prepare } from "../../src/api.js";
import type { Article, Span } from "../../src/types.js";
import { emptyCounts, figures, type Counts } from "./scores.js";

const RULES = new Set(["attribution/anonymous-source", "attribution/vague-source"]);

interface Label {
  language: "de" | "en";
  split: string;
  document: string;
  span: Span;
  sourcing: boolean;
}

function main(): void {
  const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
  const dirs = {
    de: resolve(process.argv[2] ?? join(repoRoot, "../shared/data/attribution-de-dev")),
    en: resolve(process.argv[3] ?? join(repoRoot, "../shared/data/attribution-en-dev")),
  };
  if (!existsSync(dirs.de) || !existsSync(dirs.en)) {
    console.log("sourcing eval: no data; skipped.");
    return;
  }
  const labels = readLabels(join(repoRoot, "bench/eval/sourcing-labels.tsv"));
  const setup = prepare();
  const byDocument = new Map<string, Label[]>();
  for (const l of labels) byDocument.set(`${l.language}/${l.split}/${l.document}`, [...(byDocument.get(`${l.language}/${l.split}/${l.document}`) ?? []), l]);
  const counts = { de: emptyCounts(), en: emptyCounts() };
  const germanFiles = new Map<string, string[]>();
  for (const [key, group] of byDocument) {
    const { language, split, document } = group[0]!;
    const text = language === "de" ? germanText(dirs.de, split, document, germanFiles) : readFileSync(join(dirs.en, split, "text", `${document}.txt`), "utf8");
    const article: Article = { id: key, path: `${key}.txt`, source: null, url: null, title: null, author: null, published: null, declaredLanguage: null, text, textOrigin: null };
    const flagged = auditIngested({ articles: [article], skipped: [] }, setup).findings.filter((f) => RULES.has(f.rule) && f.span).map((f) => f.span!);
    for (const l of group) tally(counts[language], l.sourcing, flagged.some((s) => s.start < l.span.end && l.span.start < s.end));
  }
  console.log("\nsourcing (hand-labelled phrases: anonymous or vague sourcing vs look-alikes)\n  language  sourcing  not   precision recall F1");
  const all = emptyCounts();
  for (const language of ["de", "en"] as const) {
    const c = counts[language];
    for (const k of ["tp", "fp", "tn", "fn"] as const) all[k] += c[k];
    row(language, c);
  }
  row("all", all);
}

function tally(c: Counts, sourcing: boolean, flagged: boolean): void {
  if (sourcing) c[flagged ? "tp" : "fn"]++;
  else c[flagged ? "fp" : "tn"]++;
}

function row(name: string, c: Counts): void {
  const f = figures(c);
  console.log(`  ${name.padEnd(8)}  ${String(c.tp + c.fn).padEnd(8)}  ${String(c.fp + c.tn).padEnd(4)}  ${f.precision.toFixed(3)}     ${f.recall.toFixed(3)}  ${f.f1.toFixed(3)}`);
}

function readLabels(file: string): Label[] {
  const lines = readFileSync(file, "utf8").split("\n").filter((l) => l && !l.startsWith("#")).slice(1);
  return lines.map((line) => {
    const [language, split, document, start, end, label] = line.split("\t");
    return { language: language as "de" | "en", split: split!, document: document!, span: { start: Number(start), end: Number(end) }, sourcing: label === "sourcing" };
  });
}

function germanText(dir: string, split: string, document: string, files: Map<string, string[]>): string {
  if (!files.has(split)) files.set(split, readdirSync(join(dir, split)));
  const file = files.get(split)!.find((f) => f.split(" ")[0] === document);
  return (JSON.parse(readFileSync(join(dir, split, file!), "utf8")) as { originalText: string }).originalText;
}

main();
