// Evaluate sentence segmentation on the shared German Wikinews articles, whose gold
// gives every sentence's character range. A boundary is a sentence end (trailing space
// trimmed); ours and the gold's are compared as sets: precision, recall, F1. Plain ICU
// (Intl.Segmenter) is scored beside ours to show what the merge pass is worth.
// Usage: node dist/bench/eval/sentences.js [data-dir]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findQuotations } from "../../src/analyse/quotations.js";
import { findParagraphs, findSentences } from "../../src/analyse/segments.js";
import { prepare } from "../../src/api.js";
import { emptyCounts, figures, type Counts } from "./scores.js";

interface GoldSentence {
  charBegin: number;
  charEnd: number;
}

function main(): void {
  const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
  const dir = resolve(process.argv[2] ?? join(repoRoot, "../shared/data/attribution-de-dev"));
  if (!existsSync(dir)) {
    console.log(`sentence eval: no data at ${dir}; skipped.`);
    return;
  }
  const pack = prepare().library.packs.get("de")!;
  const icu = new Intl.Segmenter("de", { granularity: "sentence" });
  const ours = emptyCounts();
  const plain = emptyCounts();
  let articles = 0;
  for (const split of ["train", "dev"]) {
    for (const name of readdirSync(join(dir, split)).filter((n) => n.endsWith(".json")).sort()) {
      const doc = JSON.parse(readFileSync(join(dir, split, name), "utf8")) as { originalText: string; sentences: GoldSentence[] };
      const text = doc.originalText;
      const gold = new Set(doc.sentences.map((s) => trimmedEnd(text, s.charEnd)));
      const paragraphs = findParagraphs(text);
      tally(ours, gold, new Set(findSentences(text, paragraphs, pack, findQuotations(text)).map((s) => s.end)));
      tally(plain, gold, new Set([...icu.segment(text)].map((s) => trimmedEnd(text, s.index + s.segment.length))));
      articles++;
    }
  }
  const row = (label: string, c: Counts) => {
    const f = figures(c);
    console.log(`  ${label.padEnd(18)} ${f.precision.toFixed(3)}  ${f.recall.toFixed(3)}  ${f.f1.toFixed(3)}`);
  };
  console.log(`\nsentence boundaries (German Wikinews, ${articles} articles)\n  segmenter          prec   rec    F1`);
  row("wirecheck", ours);
  row("Intl.Segmenter", plain);
  console.log(`\nsentence eval: ${articles} articles; F1 ${figures(ours).f1.toFixed(3)} (Intl.Segmenter alone ${figures(plain).f1.toFixed(3)})`);
}

function trimmedEnd(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

function tally(counts: Counts, gold: Set<number>, found: Set<number>): void {
  for (const end of found) counts[gold.has(end) ? "tp" : "fp"]++;
  for (const end of gold) if (!found.has(end)) counts.fn++;
}

main();
