// Evaluate agency credits (`credits` in extract and report.json) on the shared PolNeAR
// articles: their metadata names the wire service each article came from. An article
// credits at most one wire there, so each article is one decision: the gold wire found
// → TP; a wire we report that the gold does not name → FP; the gold wire missed → FN;
// no wire in gold or ours → TN. Usage: node dist/bench/eval/credits.js [data-dir]
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyseArticle } from "../../src/analyse/index.js";
import { prepare } from "../../src/api.js";
import { ingest } from "../../src/ingest/index.js";
import { emptyCounts, figures, type Counts } from "./scores.js";

const SPLITS = ["train", "dev"] as const;
const NO_WIRE = new Set(["", "NA", "None"]);

function main(): void {
  const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
  const dir = resolve(process.argv[2] ?? join(repoRoot, "../shared/data/attribution-en-dev"));
  if (!existsSync(join(dir, "metadata.tsv"))) {
    console.log(`credits eval: no data at ${dir}; skipped.`);
    return;
  }
  const wires = goldWires(readFileSync(join(dir, "metadata.tsv"), "utf8"));
  const setup = prepare();
  const aliases = new Map(setup.library.agencies.flatMap((a) => a.aliases.map((alias) => [alias.toLowerCase(), a.name] as const)));
  console.log("\ncredits (PolNeAR metadata `wire`)\n  split   n      prec   rec    acc    F1");
  const total = emptyCounts();
  let articles = 0;
  for (const split of SPLITS) {
    const counts = emptyCounts();
    let inSplit = 0;
    for (const article of ingest([join(dir, split, "text")]).articles) {
      const raw = wires.get(article.id);
      if (raw === undefined) continue;
      const gold = NO_WIRE.has(raw) ? null : aliases.get(raw.toLowerCase()) ?? raw;
      const ours = analyseArticle(article, setup.library).facts.credits.map((c) => c.agency);
      tally(counts, gold, ours);
      tally(total, gold, ours);
      inSplit++;
    }
    printRow(split, inSplit, counts);
    articles += inSplit;
  }
  printRow("all", articles, total);
  const f = figures(total);
  console.log(`\ncredits eval: ${articles} articles; precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}, F1 ${f.f1.toFixed(3)}`);
}

function goldWires(tsv: string): Map<string, string> {
  const [header, ...rows] = tsv.trim().split("\n").map((line) => line.split("\t"));
  const file = header!.indexOf("filename");
  const wire = header!.indexOf("wire");
  return new Map(rows.map((r) => [r[file]!, r[wire]!.trim()]));
}

function tally(counts: Counts, gold: string | null, ours: string[]): void {
  if (gold && ours.includes(gold)) counts.tp++;
  else if (gold) counts.fn++;
  const extra = ours.filter((agency) => agency !== gold).length;
  counts.fp += extra;
  if (!gold && extra === 0) counts.tn++;
}

function printRow(name: string, articles: number, c: Counts): void {
  const f = figures(c);
  const n = (x: number) => x.toFixed(3);
  console.log(`  ${name.padEnd(6)}  ${String(articles).padEnd(5)}  ${n(f.precision)}  ${n(f.recall)}  ${n(f.accuracy)}  ${n(f.f1)}`);
}

main();
