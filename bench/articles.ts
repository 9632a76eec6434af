// Benchmark: ingest + analysis + article rules over 10,000 generated plain-text
// articles, in one process (one core). Prints one line per phase and a summary.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { analyseArticle } from "../src/analyse/index.js";
import { prepare } from "../src/api.js";
import { activeRules, runRules } from "../src/engine/run.js";
import { ingest } from "../src/ingest/index.js";
import { generateCorpus } from "./corpus.js";

const COUNT = Number(process.env.BENCH_ARTICLES ?? 10_000);

export function benchArticles(): void {
  const dir = mkdtempSync(join(tmpdir(), "wirecheck-bench-"));
  try {
    const corpus = join(dir, "corpus");
    mkdirSync(corpus);
    let bytes = 0;
    for (const a of generateCorpus(COUNT)) {
      writeFileSync(join(corpus, a.name), a.content);
      bytes += Buffer.byteLength(a.content);
    }
    const setup = prepare();
    const time = <T>(f: () => T): [T, number] => {
      const start = process.hrtime.bigint();
      const value = f();
      return [value, Number(process.hrtime.bigint() - start) / 1e9];
    };
    const [input, ingestS] = time(() => ingest([corpus]));
    const [analysed, analyseS] = time(() => input.articles.map((a) => analyseArticle(a, setup.library)));
    const articleRules = activeRules(setup.rules.filter((r) => r.meta.scope === "article"), setup.config);
    const corpusRules = activeRules(setup.rules.filter((r) => r.meta.scope === "corpus"), setup.config);
    const [findings, rulesS] = time(() => runRules(analysed, articleRules, setup.library));
    const [, corpusS] = time(() => runRules(analysed, corpusRules, setup.library));
    const total = ingestS + analyseS + rulesS;
    const row = (name: string, s: number) => console.log(`  ${name.padEnd(22)} ${s.toFixed(2).padStart(7)} s  ${(COUNT / s).toFixed(0).padStart(7)} articles/s`);
    console.log(`articles: ${COUNT} generated plain-text articles, ${(bytes / 1e6).toFixed(1)} MB, ${findings.length} findings`);
    row("ingest", ingestS);
    row("analysis", analyseS);
    row("article rules", rulesS);
    row("ingest+analysis+rules", total);
    row("corpus rules", corpusS);
    console.log(`  peak RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB (target: ingest+analysis+rules under 20 s)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
