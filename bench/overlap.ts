// Benchmark of the overlap engine: corpora with injected reuse (bench/overlap-corpus.ts)
// at 1,000, 10,000 and 100,000 articles, each audited by the built CLI (JSON report,
// default --jobs) as a user runs it: wall time, peak RSS, pair precision and recall,
// quote-variant recall, origin accuracy. Beside it, Debian's sim_text -a (when
// installed) on the same files, and all-pairs string-similarity at 1,000 articles,
// timed on a sample of pairs and scaled to all of them.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import stringSimilarity from "string-similarity";
import type { AuditReport } from "../src/types.js";
import { generateOverlapCorpus, type Truth } from "./overlap-corpus.js";

const SIZES = (process.env.BENCH_OVERLAP_SIZES ?? "1000,10000,100000").split(",").map(Number);
/** sim_text grows faster than linearly (1,055 s at 100,000 articles): it runs up to this size. */
const SIM_TEXT_MAX = Number(process.env.BENCH_SIM_TEXT_MAX ?? 10_000);
const SIMILARITY_SAMPLE = 3_000;
const cli = resolve(import.meta.dirname, "../src/cli/main.js");

export function benchOverlap(): void {
  const rows: string[] = [];
  const walls = new Map<number, number>();
  for (const size of SIZES) {
    const dir = mkdtempSync(join(tmpdir(), "wirecheck-overlap-"));
    try {
      const corpus = generateOverlapCorpus(size);
      const folder = join(dir, "corpus");
      mkdirSync(folder);
      let bytes = 0;
      for (const f of corpus.files) {
        writeFileSync(join(folder, f.name), f.content);
        bytes += Buffer.byteLength(f.content);
      }
      const out = join(dir, "out");
      const run = timed(process.execPath, [cli, "audit", folder, "--format", "json", "--out", out, "--quiet", "--fail-on", "none"]);
      walls.set(size, run.seconds);
      const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as AuditReport;
      const s = score(report, corpus.truth);
      rows.push(
        `| ${size.toLocaleString("en")} | ${(bytes / 1e6).toFixed(0)} MB | ${run.seconds.toFixed(1)} s | ${run.cpu.toFixed(1)} s | ${run.peakMB} MB | ${s.precision} | ${s.recall} | ${s.quoteRecall} | ${s.datedOrigin} | ${s.agencyOrigin} | ${report.overlaps.length} |`,
      );
      if (size <= SIM_TEXT_MAX) rows.push(simText(folder, corpus.truth, run.seconds, size));
      if (size === 1000) rows.push(allPairs(corpus.files.map((f) => f.content), run.seconds));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log("overlap: wirecheck audit --format json (default --jobs) on corpora with injected reuse");
  console.log("| articles | size | wall | CPU | peak RSS | pair precision | pair recall | quote-variant recall | origin right (dated) | origin right (undated agency) | overlaps |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of rows) console.log(r);
  const sizes = [...walls.keys()].sort((a, b) => a - b);
  for (let i = 1; i < sizes.length; i++) {
    const ratio = walls.get(sizes[i]!)! / walls.get(sizes[i - 1]!)!;
    console.log(`  ${sizes[i]! / sizes[i - 1]!}× the articles (${sizes[i - 1]} → ${sizes[i]}): ${ratio.toFixed(1)}× the time (target ≤ 11×)`);
  }
}

function timed(command: string, args: string[]): { seconds: number; cpu: number; peakMB: number } {
  // GNU time reports the peak resident set of the process and its threads, and its CPU time
  // (the fairer figure on a machine shared with other work).
  const r = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", command, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr.slice(-500)}`);
  const [seconds, user, system, kb] = r.stderr.trim().split("\n").pop()!.split(" ").map(Number);
  return { seconds: seconds!, cpu: user! + system!, peakMB: Math.round(kb! / 1024) };
}

const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);
const share = (n: number, d: number) => (d ? `${(n / d).toFixed(3)} (${n}/${d})` : "–");

function score(report: AuditReport, truth: readonly Truth[]) {
  const byKey = new Map(report.overlaps.map((o) => [pairKey(o.a, o.b), o]));
  const truthKeys = new Set(truth.map((t) => pairKey(t.origin, t.derived)));
  const text = truth.filter((t) => t.kind !== "quote");
  const quotes = truth.filter((t) => t.kind === "quote");
  const found = (t: Truth) => byKey.get(pairKey(t.origin, t.derived));
  const dated = text.filter((t) => t.dated && found(t));
  const agency = text.filter((t) => t.kind === "agency" && found(t));
  return {
    precision: share([...byKey.keys()].filter((k) => truthKeys.has(k)).length, byKey.size),
    recall: share(text.filter(found).length, text.length),
    quoteRecall: share(quotes.filter((t) => found(t)?.passages.some((p) => p.kind === "quote-variant")).length, quotes.length),
    datedOrigin: share(dated.filter((t) => found(t)!.origin === t.origin).length, dated.length),
    agencyOrigin: share(agency.filter((t) => found(t)!.origin === t.origin).length, agency.length),
  };
}

/** sim_text -a -p: every file against every file, percentages of shared runs. */
function simText(folder: string, truth: readonly Truth[], ours: number, size: number): string {
  writeFileSync(join(folder, "..", "files.list"), readdirSync(folder).map((f) => join(folder, f)).join("\n") + "\n");
  const start = process.hrtime.bigint();
  const r = spawnSync("sh", ["-c", `sim_text -a -p -i < ${folder}/../files.list`], { encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (r.error || r.status !== 0) return `| sim_text | not installed (apt-get install similarity-tester) |`;
  const id = (p: string) => p.slice(p.lastIndexOf("/") + 1, -".txt".length);
  const pairs = new Set<string>();
  for (const line of r.stdout.split("\n")) {
    const m = /^(\S+) consists for \d+ % of (\S+) material/.exec(line);
    if (m) pairs.add(pairKey(id(m[1]!), id(m[2]!)));
  }
  const truthKeys = new Set(truth.map((t) => pairKey(t.origin, t.derived)));
  const text = truth.filter((t) => t.kind !== "quote");
  const quotes = truth.filter((t) => t.kind === "quote");
  return `| sim_text -a, ${size.toLocaleString("en")} | | ${seconds.toFixed(1)} s (${(seconds / ours).toFixed(2)}× ours) | | | ${share([...pairs].filter((k) => truthKeys.has(k)).length, pairs.size)} | ${share(text.filter((t) => pairs.has(pairKey(t.origin, t.derived))).length, text.length)} | ${share(quotes.filter((t) => pairs.has(pairKey(t.origin, t.derived))).length, quotes.length)} (any shared run) | no direction | no direction | ${pairs.size} |`;
}

/** All pairs by string-similarity: a sample timed, scaled to n·(n−1)/2 pairs. */
function allPairs(texts: string[], ours: number): string {
  const n = texts.length;
  const start = process.hrtime.bigint();
  for (let k = 0; k < SIMILARITY_SAMPLE; k++) stringSimilarity.compareTwoStrings(texts[k % n]!, texts[(k * 7919 + 1) % n]!);
  const perPair = Number(process.hrtime.bigint() - start) / 1e9 / SIMILARITY_SAMPLE;
  const seconds = (perPair * n * (n - 1)) / 2;
  return `| string-similarity all pairs, 1,000 | | ${seconds.toFixed(0)} s (${(seconds / ours).toFixed(0)}× ours; ${SIMILARITY_SAMPLE} pairs timed) | | | | | | no direction | no direction | |`;
}
