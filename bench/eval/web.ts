// Evaluate web-page extraction on the shared dev pages: publication dates scored as
// htmldate's evaluation does, body text as trafilatura's does, each for our extractor
// and for Readability alone. Usage: node dist/bench/eval/web.js [data-dir] [--errors]
import { Readability } from "@mozilla/readability";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { DateTime } from "luxon";
import { decodeHtml, extractHtml } from "../../src/ingest/html/index.js";
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
}

/** The evaluation's fixed "today" (the dev data's freeze date) keeps the scores reproducible. */
const EVAL_TODAY = "2026-11-23";
const GROUPS = ["all", "de", "non-de"] as const;
type Group = (typeof GROUPS)[number];

interface Tally {
  date: Counts;
  datedOnly: Counts;
  body: Counts;
}

const newTallies = (): Record<Group, Tally> =>
  Object.fromEntries(GROUPS.map((g) => [g, { date: emptyCounts(), datedOnly: emptyCounts(), body: emptyCounts() }])) as Record<
    Group,
    Tally
  >;

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

/** Readability's publishedTime as a calendar date in the timestamp's own offset. */
function readabilityDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const parsed = [DateTime.fromISO(value, { setZone: true }), DateTime.fromRFC2822(value, { setZone: true }), DateTime.fromHTTP(value, { setZone: true })].find((d) => d.isValid);
  return parsed?.toISODate() ?? null;
}

function readabilityAlone(html: string): Output {
  const { document } = parseHTML(html);
  try {
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
    return { text: normaliseSpace(article?.textContent ?? ""), published: readabilityDate(article?.publishedTime) };
  } catch {
    return { text: "", published: null };
  }
}

function tally(t: Tally, gold: Gold, out: Output): void {
  if (gold.published !== undefined) {
    scoreDate(t.date, gold.published, out.published);
    if (gold.published !== null) scoreDate(t.datedOnly, gold.published, out.published);
  }
  if (gold.with || gold.without) scoreBody(t.body, out.text, gold.with ?? [], gold.without ?? []);
}

const pct = (x: number) => x.toFixed(3).padStart(6);

function printTable(title: string, tallies: Record<Group, Tally>): void {
  console.log(`\n${title}`);
  console.log("  measure              group    n      prec   rec    acc    F1");
  for (const [label, key] of [["date (all scored)", "date"], ["date (gold-dated)", "datedOnly"], ["body segments", "body"]] as const) {
    for (const group of GROUPS) {
      const f = figures(tallies[group][key]);
      console.log(`  ${label.padEnd(20)} ${group.padEnd(7)} ${String(f.n).padStart(5)}  ${pct(f.precision)} ${pct(f.recall)} ${pct(f.accuracy)} ${pct(f.f1)}`);
    }
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes("--errors");
  const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
  const dataDir = resolve(args.find((a) => !a.startsWith("--")) ?? resolve(repoRoot, "../shared/data/web-dev"));
  const goldPath = resolve(dataDir, "gold.jsonl");
  if (!existsSync(goldPath)) {
    console.log(`web eval: no gold data at ${goldPath}; skipped.`);
    return;
  }
  const golds = readFileSync(goldPath, "utf8").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Gold);
  const ours = newTallies();
  const baseline = newTallies();
  let failures = 0;
  for (const gold of golds) {
    let html: string;
    let ourOutput: Output;
    let language: string | null = null;
    try {
      html = decodeHtml(readFileSync(resolve(dataDir, gold.file)));
      const extraction = extractHtml(html, { url: gold.url, today: EVAL_TODAY });
      language = extraction.language;
      ourOutput = { text: normaliseSpace(extraction.text), published: extraction.published };
    } catch (error) {
      failures++;
      console.log(`  ! ${gold.id}: ${(error as Error).message}`);
      continue;
    }
    const baseOutput = readabilityAlone(html);
    const groups: Group[] = ["all", isGerman(gold.url, language) ? "de" : "non-de"];
    for (const group of groups) {
      tally(ours[group], gold, ourOutput);
      tally(baseline[group], gold, baseOutput);
    }
    if (showErrors) printErrors(gold, ourOutput);
  }
  printTable("wirecheck extractor", ours);
  printTable("Readability alone", baseline);
  const f = (t: Record<Group, Tally>, key: keyof Tally) => figures(t.all[key]).f1.toFixed(3);
  console.log(
    `\nweb eval: ${golds.length} pages, ${failures} failed; date F1 ${f(ours, "date")} (gold-dated ${f(ours, "datedOnly")}), ` +
      `body F1 ${f(ours, "body")}; Readability alone: date F1 ${f(baseline, "date")}, body F1 ${f(baseline, "body")}`,
  );
}

/** Per-page misses, for tuning: wrong or missing dates and body segments scored wrong. */
function printErrors(gold: Gold, out: Output): void {
  if (gold.published !== undefined && gold.published !== out.published) {
    console.log(`DATE ${gold.id} gold=${gold.published} ours=${out.published} ${gold.url ?? ""}`);
  }
  for (const s of gold.with ?? []) if (!out.text.includes(normaliseSpace(s))) console.log(`MISS ${gold.id} ${s.slice(0, 80)}`);
  for (const s of gold.without ?? []) if (out.text.includes(normaliseSpace(s))) console.log(`XTRA ${gold.id} ${s.slice(0, 80)}`);
}

main();
