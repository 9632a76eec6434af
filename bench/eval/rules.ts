// Rule evaluation on real text: a labelled set of places in the shared corpora (offsets and
// labels only, in rule-labels.json; the texts stay in ../shared/data) where a detector must
// fire (relative days, agency credits, boilerplate lines) and look-alikes where it must not.
// Each labelled span counts once: detected and labelled → TP, detected but a look-alike →
// FP, missed → FN, look-alike left alone → TN. A span whose text no longer hashes to the
// recorded check (the page text changed under it) is reported as stale and not counted.
// Usage: node dist/bench/eval/rules.js [shared-data-dir] [--errors]
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { analyseArticle } from "../../src/analyse/index.js";
import { prepare } from "../../src/api.js";
import { activeRules, runRules } from "../../src/engine/run.js";
import { decodeHtml } from "../../src/ingest/html/index.js";
import { parsePage } from "../../src/ingest/html/page.js";
import { paragraphsOf } from "../../src/ingest/html/paragraphs.js";
import type { AnalysedArticle, Span } from "../../src/types.js";
import { emptyCounts, figures, type Counts } from "./scores.js";

type Corpus = "attribution-de-dev" | "attribution-en-dev" | "web-dev";
type Detector = "relative-day" | "agency-credit" | "boilerplate";

interface Item {
  corpus: Corpus;
  doc: string;
  start: number;
  end: number;
  /** True where the detector must fire; false for a look-alike. */
  label: boolean;
  /** First 8 hex digits of the SHA-1 of the span's text. */
  check: string;
}

const BOILERPLATE_RULES = new Set(["boilerplate/chrome", "boilerplate/disclaimer"]);
const LANGUAGE: Record<Corpus, string | null> = { "attribution-de-dev": "de", "attribution-en-dev": "en", "web-dev": null };

const setup = prepare();
const active = activeRules(setup.rules, setup.config).filter((a) => BOILERPLATE_RULES.has(a.rule.meta.id));

/** The document's text as the labels' offsets index it. */
function documentText(dataDir: string, corpus: Corpus, doc: string): string {
  const path = join(dataDir, corpus, doc);
  if (corpus === "attribution-de-dev") return (JSON.parse(readFileSync(path, "utf8")) as { originalText: string }).originalText;
  if (corpus === "attribution-en-dev") return readFileSync(path, "utf8");
  // A web page as text: every block of its body, captions included, one paragraph each.
  const page = parsePage(decodeHtml(readFileSync(join(dataDir, corpus, "pages", `${doc}.html`))));
  return paragraphsOf(page.$("body").toArray(), { withCaptions: true })
    .map((p) => p.text)
    .join("\n\n");
}

function analyse(text: string, corpus: Corpus, doc: string): AnalysedArticle {
  const article = { id: doc, path: doc, source: null, url: null, title: null, author: null, published: null, declaredLanguage: LANGUAGE[corpus], text, textOrigin: null };
  return analyseArticle(article, setup.library);
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

function detected(detector: Detector, analysed: AnalysedArticle, span: Span): boolean {
  const { facts } = analysed;
  if (detector === "relative-day") return facts.relativeDays.some((r) => overlaps(r.span, span));
  if (detector === "agency-credit") return facts.credits.some((c) => overlaps(c.span, span));
  return runRules([analysed], active, setup.library).some((f) => f.span !== null && overlaps(f.span, span));
}

const spanCheck = (text: string) => createHash("sha1").update(text).digest("hex").slice(0, 8);

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes("--errors");
  const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
  const dataDir = resolve(args.find((a) => !a.startsWith("--")) ?? join(repoRoot, "../shared/data"));
  if (!existsSync(join(dataDir, "web-dev"))) {
    console.log(`rule eval: no data at ${dataDir}; skipped.`);
    return;
  }
  const labels = JSON.parse(readFileSync(join(repoRoot, "bench/eval/rule-labels.json"), "utf8")) as Record<Detector, Item[]>;
  console.log("\nrules on labelled real text (bench/eval/rule-labels.json)");
  console.log("  detector        corpus               items  look-alikes  prec   rec    F1     stale");
  for (const [detector, items] of Object.entries(labels) as Array<[Detector, Item[]]>) {
    const byCorpus = new Map<string, Counts>();
    const total = emptyCounts();
    let stale = 0;
    const cache = new Map<string, { text: string; analysed: AnalysedArticle }>();
    for (const item of items) {
      const key = `${item.corpus}/${item.doc}`;
      let doc = cache.get(key);
      if (!doc) {
        const text = documentText(dataDir, item.corpus, item.doc);
        doc = { text, analysed: analyse(text, item.corpus, item.doc) };
        cache.set(key, doc);
      }
      if (spanCheck(doc.text.slice(item.start, item.end)) !== item.check) {
        stale++;
        continue;
      }
      const found = detected(detector, doc.analysed, item);
      const outcome = item.label ? (found ? "tp" : "fn") : found ? "fp" : "tn";
      for (const counts of [total, byCorpus.get(item.corpus) ?? byCorpus.set(item.corpus, emptyCounts()).get(item.corpus)!]) counts[outcome]++;
      if (showErrors && (outcome === "fn" || outcome === "fp")) {
        const context = doc.text.slice(Math.max(0, item.start - 50), item.end + 30).replace(/\s+/g, " ");
        console.log(`  ${outcome.toUpperCase()} ${detector} ${key}@${item.start}: ${context}`);
      }
    }
    for (const [corpus, counts] of [...byCorpus, ["all", total] as const]) {
      const f = figures(counts);
      // Look-alikes only, none detected: precision and recall have nothing to measure.
      const n = (x: number) => (counts.tp + counts.fn + counts.fp === 0 ? "  -  " : x.toFixed(3));
      console.log(
        `  ${detector.padEnd(15)} ${corpus.padEnd(20)} ${String(counts.tp + counts.fn).padStart(5)}  ${String(counts.fp + counts.tn).padStart(11)}  ${n(f.precision)}  ${n(f.recall)}  ${n(f.f1)}  ${corpus === "all" ? stale : ""}`,
      );
    }
  }
}

main();
