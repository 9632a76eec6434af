// Evaluate web-page extraction on the shared dev pages exactly as the CLI emits it:
// each page goes through `extract` (ingest + analysis) with no URL but its own, and a
// page the CLI skips counts as no date and no text. Dates are scored as htmldate's
// evaluation does, body text as trafilatura's, so the figures agree with
// ../shared/tools/score_dates.py and score_extraction.py (run with SOURCE_DATE_EPOCH at
// the evaluation's "today").
//
// Guard against tuning to these pages: every page falls into one of K folds by its id;
// errors are printed only for the folds tuned on (--errors --hold-out N hides fold N's),
// and each fold's figures are reported on their own with the spread between folds.
// Usage: node dist/bench/eval/web.js [data-dir] [--errors] [--hold-out N]
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extract, prepare, type Setup } from "../../src/api.js";
import { emptyCounts, figures, normaliseSpace, scoreBody, scoreDate, type Counts } from "./scores.js";

interface Gold {
  id: string;
  file: string;
  url: string | null;
  published?: string | null;
  with?: string[];
  without?: string[];
}

interface Output {
  text: string;
  published: string | null;
  language: string | null;
}

/** The evaluation's fixed "today" (the dev data's freeze date) keeps the scores reproducible. */
const EVAL_TODAY = "2026-11-23";
const FOLDS = 5;
const GROUPS = ["all", "de", "non-de"] as const;
type Group = (typeof GROUPS)[number];
const MEASURES = [
  ["date (all scored)", "date"],
  ["date (gold-dated)", "datedOnly"],
  ["body segments", "body"],
] as const;

interface Tally {
  date: Counts;
  datedOnly: Counts;
  body: Counts;
}
type Tallies = Record<Group, Tally>;

const newTallies = (): Tallies =>
  Object.fromEntries(GROUPS.map((g) => [g, { date: emptyCounts(), datedOnly: emptyCounts(), body: emptyCounts() }])) as Tallies;

/** A page's fold: its id is a hash prefix, so this is a fixed random split. */
const foldOf = (gold: Gold) => parseInt(gold.id.slice(0, 8), 16) % FOLDS;

/** German page: the URL's host is under .de/.at/.ch, or the page declares German (<html lang>, og:locale …). */
function isGerman(url: string | null, declaredLanguage: string | null): boolean {
  let host = "";
  try {
    host = url ? new URL(url).hostname : "";
  } catch {
    host = "";
  }
  return /\.(?:de|at|ch)$/.test(host) || declaredLanguage === "de";
}

/** What `wirecheck extract` prints for the page; a skipped page is no text and no date. */
function cliOutput(path: string, setup: Setup): Output {
  for (const { articles } of extract([path], setup, { today: EVAL_TODAY })) {
    const first = articles[0];
    if (first) return { text: normaliseSpace(first.article.text), published: first.facts.published, language: first.article.declaredLanguage };
  }
  return { text: "", published: null, language: null };
}

function tally(t: Tally, gold: Gold, out: Output): void {
  if (gold.published !== undefined) {
    scoreDate(t.date, gold.published, out.published);
    if (gold.published !== null) scoreDate(t.datedOnly, gold.published, out.published);
  }
  if (gold.with || gold.without) scoreBody(t.body, out.text, gold.with ?? [], gold.without ?? []);
}

const fmt = (x: number) => x.toFixed(3);

function printPooled(tallies: Tallies): void {
  console.log("\nall pages pooled");
  console.log("  measure              group    n      prec   rec    acc    F1");
  for (const [label, key] of MEASURES) {
    for (const group of GROUPS) {
      const f = figures(tallies[group][key]);
      console.log(`  ${label.padEnd(20)} ${group.padEnd(7)} ${String(f.n).padStart(5)}  ${fmt(f.precision)}  ${fmt(f.recall)}  ${fmt(f.accuracy)}  ${fmt(f.f1)}`);
    }
  }
}

/** Each fold's F1 on its own, their mean and the spread (max − min) between folds. */
function printFolds(folds: Tallies[]): void {
  console.log(`\nF1 per fold (${FOLDS} folds by page id)`);
  console.log(`  measure              group   ${folds.map((_, i) => `fold${i} `).join(" ")}  mean   spread`);
  for (const [label, key] of MEASURES) {
    for (const group of GROUPS) {
      const f1s = folds.map((t) => figures(t[group][key]).f1);
      const mean = f1s.reduce((a, b) => a + b, 0) / f1s.length;
      const spread = Math.max(...f1s) - Math.min(...f1s);
      console.log(`  ${label.padEnd(20)} ${group.padEnd(7)} ${f1s.map(fmt).join("  ")}  ${fmt(mean)}  ${fmt(spread)}`);
    }
  }
}

/** Per-page misses, for tuning: wrong or missing dates and body segments scored wrong. */
function printErrors(gold: Gold, out: Output): void {
  const fold = foldOf(gold);
  if (gold.published !== undefined && gold.published !== out.published) {
    console.log(`DATE f${fold} ${gold.id} gold=${gold.published} ours=${out.published} ${gold.url ?? ""}`);
  }
  for (const s of gold.with ?? []) if (!out.text.includes(normaliseSpace(s))) console.log(`MISS f${fold} ${gold.id} ${s.slice(0, 80)}`);
  for (const s of gold.without ?? []) if (out.text.includes(normaliseSpace(s))) console.log(`XTRA f${fold} ${gold.id} ${s.slice(0, 80)}`);
}

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes("--errors");
  const holdOutAt = args.indexOf("--hold-out");
  const heldOut = holdOutAt >= 0 ? Number(args[holdOutAt + 1]) : null;
  const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
  const positional = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--hold-out");
  const dataDir = resolve(positional[0] ?? resolve(repoRoot, "../shared/data/web-dev"));
  const goldPath = resolve(dataDir, "gold.jsonl");
  if (!existsSync(goldPath)) {
    console.log(`web eval: no gold data at ${goldPath}; skipped.`);
    return;
  }
  const golds = readFileSync(goldPath, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Gold);
  const setup = prepare();
  const pooled = newTallies();
  const folds = Array.from({ length: FOLDS }, newTallies);
  let skipped = 0;
  for (const gold of golds) {
    const out = cliOutput(resolve(dataDir, gold.file), setup);
    if (!out.text) skipped++;
    const group: Group = isGerman(gold.url, out.language) ? "de" : "non-de";
    for (const tallies of [pooled, folds[foldOf(gold)]!]) {
      tally(tallies.all, gold, out);
      tally(tallies[group], gold, out);
    }
    if (showErrors && foldOf(gold) !== heldOut) printErrors(gold, out);
  }
  printPooled(pooled);
  printFolds(folds);
  const f = (key: keyof Tally) => fmt(figures(pooled.all[key]).f1);
  console.log(
    `\nweb eval: ${golds.length} pages, ${skipped} without text; date F1 ${f("date")} (gold-dated ${f("datedOnly")}), body F1 ${f("body")}`,
  );
}

main();
