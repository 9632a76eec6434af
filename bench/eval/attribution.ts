// Evaluate quotes, speakers and cues (report.json `quotes`) on the shared attribution corpora:
// German Wikinews (uhh-lt) and US political news (PolNeAR), each split on its own, counted as
// ../shared/tools/score_attribution.py counts them:
//   quote F1     one-to-one (Hungarian) matching; a quote matches a gold quote when it covers
//                at least half of the gold quote's characters (gold pieces summed)
//   speaker acc  over matched quotes whose gold has a speaker: a word in common (articles and
//                "of/von" ignored, case-insensitive)
//   cue F1       a cue span (trimmed) equals a piece of a gold cue or its hull
// Usage: node dist/bench/eval/attribution.js [de-dir] [en-dir]
// With WIRECHECK_SPEAKER_ERRORS=1 every wrong speaker is listed (corpus, split, document, gold,
// ours, the quote's opening words) after the table, for counting errors by cause; with
// WIRECHECK_EVAL_DIGITS=4 the figures are given to four places.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import munkres from "munkres";
import { analyseArticle } from "../../src/analyse/index.js";
import { prepare } from "../../src/api.js";
import type { Article, Quote, Span } from "../../src/types.js";

interface Gold {
  pieces: [number, number][];
  speaker: string | null;
  cue: [number, number][];
}

interface Doc {
  id: string;
  text: string;
  gold: Gold[];
}

const TRIM = " \t\r\n\u00a0„“”\"«»‚‘’'‹›.,;:!?";
/** WIRECHECK_EVAL_DIGITS=4 shows the figures to four places, to see small steps. */
const DIGITS = Number(process.env.WIRECHECK_EVAL_DIGITS ?? 3);
const STOP = new Set("der die das des dem den ein eine einer eines einem einen the a an of von vom und and".split(" "));

function main(): void {
  const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
  const de = resolve(process.argv[2] ?? join(repoRoot, "../shared/data/attribution-de-dev"));
  const en = resolve(process.argv[3] ?? join(repoRoot, "../shared/data/attribution-en-dev"));
  const setup = prepare();
  const errors: string[] = [];
  console.log("\nattribution (quotes ≥ half of gold covered, one-to-one)\n  corpus    split  docs  gold   ours   quoteP quoteR quoteF1 speaker cueF1");
  for (const [name, dir, load] of [["de", de, loadGerman], ["en", en, loadEnglish]] as const) {
    if (!existsSync(dir)) {
      console.log(`  ${name}: no data at ${dir}; skipped.`);
      continue;
    }
    for (const split of ["train", "dev"]) {
      const docs = load(join(dir, split));
      const t = new Tally(`${name} ${split}`);
      for (const doc of docs) t.add(doc, analyseArticle(article(doc), setup.library).facts.quotes);
      console.log(`  ${name.padEnd(8)}  ${split.padEnd(5)}  ${String(docs.length).padEnd(4)}  ${t.row()}`);
      errors.push(...t.errors);
    }
  }
  if (process.env.WIRECHECK_SPEAKER_ERRORS) for (const e of errors) console.log(e);
}

function article(doc: Doc): Article {
  return { id: doc.id, path: `${doc.id}.txt`, source: null, url: null, title: null, author: null, published: null, declaredLanguage: null, text: doc.text, textOrigin: null };
}

function loadGerman(dir: string): Doc[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith(".json")).sort().map((file) => {
    const d = JSON.parse(readFileSync(join(dir, file), "utf8")) as { originalText: string; annotations: Record<string, { spans?: { charBegin: number; charEnd: number }[]; text?: string } | string>[] };
    const pieces = (role: unknown): [number, number][] =>
      ((role as { spans?: { charBegin: number; charEnd: number }[] } | undefined)?.spans ?? []).map((s) => [s.charBegin, s.charEnd]);
    const gold = d.annotations.flatMap((a) => {
      const quote = pieces(a.quote);
      if (!quote.length) return [];
      const speaker = a.speaker as { spans?: unknown[]; text?: string } | undefined;
      return [{ pieces: quote, speaker: speaker?.spans?.length ? speaker.text ?? null : null, cue: pieces(a.cue) }];
    });
    return { id: basename(file).split(" ")[0]!, text: d.originalText, gold };
  });
}

function loadEnglish(dir: string): Doc[] {
  const texts = join(dir, "text");
  if (!existsSync(texts)) return [];
  const annotations = readdirSync(join(dir, "attributions")).sort();
  return readdirSync(texts).filter((f) => f.endsWith(".txt")).sort().flatMap((file) => {
    const id = file.slice(0, -4);
    const ann = annotations.find((a) => new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}_[0-9a-f]+\\.ann$`).test(a));
    if (!ann) return [];
    const text = readFileSync(join(texts, file), "utf8");
    return [{ id, text, gold: parseBrat(readFileSync(join(dir, "attributions", ann), "utf8"), text) }];
  });
}

function parseBrat(raw: string, text: string): Gold[] {
  const spans = new Map<string, [number, number][]>();
  const relations: [string, string][][] = [];
  for (const line of raw.split("\n")) {
    const t = /^(T\d+)\t\S+ ([\d ;]+)\t/.exec(line);
    if (t) spans.set(t[1]!, t[2]!.split(";").map((p) => p.trim().split(/\s+/).map(Number) as [number, number]));
    const e = /^E\d+\t(.*)$/.exec(line);
    if (e) relations.push(e[1]!.split(/\s+/).filter((x) => x.includes(":")).map((x) => x.split(":", 2) as [string, string]));
  }
  return relations.flatMap((roles) => {
    const of = (test: (role: string) => boolean) => roles.filter(([role, id]) => test(role) && spans.has(id)).flatMap(([, id]) => spans.get(id)!);
    const content = of((r) => r.startsWith("Content"));
    if (!content.length) return [];
    const source = of((r) => r === "Source").sort((a, b) => a[0] - b[0]);
    const speaker = source.length ? source.map(([s, e]) => text.slice(s, e)).join(" ") : null;
    return [{ pieces: content, speaker, cue: of((r) => r === "Cue") }];
  });
}

class Tally {
  readonly errors: string[] = [];
  gold = 0;

  constructor(private readonly label: string) {}

  ours = 0;
  matched = 0;
  speakers = 0;
  speakersRight = 0;
  cueGold = 0;
  cueOurs = 0;
  cueRight = 0;

  add(doc: Doc, quotes: Quote[]): void {
    this.gold += doc.gold.length;
    this.ours += quotes.length;
    const score = doc.gold.map((g) => {
      const length = Math.max(1, merged(g.pieces).reduce((n, [s, e]) => n + e - s, 0));
      return quotes.map((q) => {
        const r = covered(g.pieces, q.span) / length;
        return r >= 0.5 ? 1000 + r : 0;
      });
    });
    if (score.length && quotes.length) {
      for (const [i, j] of munkres(score.map((row) => row.map((v) => 2000 - v)))) {
        if (score[i]![j]! <= 0) continue;
        this.matched++;
        const gold = doc.gold[i]!;
        if (!gold.speaker) continue;
        this.speakers++;
        const ours = words(quotes[j]!.speaker);
        if ([...words(gold.speaker)].some((w) => ours.has(w))) this.speakersRight++;
        else this.errors.push(speakerError(this.label, doc, gold.speaker, quotes[j]!));
      }
    }
    const key = ([s, e]: [number, number]) => `${s}:${e}`;
    const goldCues = [...new Set(doc.gold.filter((g) => g.cue.length).map((g) => JSON.stringify(g.cue.map((c) => trim(doc.text, c)).sort((a, b) => a[0] - b[0]))))]
      .sort()
      .map((c) => {
        const pieces = JSON.parse(c) as [number, number][];
        return new Set([...pieces.map(key), key([pieces[0]![0], pieces[pieces.length - 1]![1]])]);
      });
    const ourCues = [...new Set(quotes.filter((q) => q.cueSpan).map((q) => key(trim(doc.text, [q.cueSpan!.start, q.cueSpan!.end]))))].sort();
    this.cueGold += goldCues.length;
    this.cueOurs += ourCues.length;
    const used = new Set<number>();
    for (const c of ourCues) {
      const k = goldCues.findIndex((g, i) => !used.has(i) && g.has(c));
      if (k >= 0) {
        used.add(k);
        this.cueRight++;
      }
    }
  }

  row(): string {
    const f1 = (tp: number, sys: number, gold: number) => {
      const p = tp / (sys || 1);
      const r = tp / (gold || 1);
      return [p, r, p + r ? (2 * p * r) / (p + r) : 0] as const;
    };
    const [p, r, f] = f1(this.matched, this.ours, this.gold);
    const cue = f1(this.cueRight, this.cueOurs, this.cueGold)[2];
    const n = (x: number) => x.toFixed(DIGITS).padEnd(6);
    return `${String(this.gold).padEnd(5)}  ${String(this.ours).padEnd(5)}  ${n(p)} ${n(r)} ${n(f)}  ${n(this.speakersRight / (this.speakers || 1))}  ${n(cue)}`;
  }
}

/** One line per wrong speaker: where, gold, ours (with its type and cue), the start of the quote and the text around it. */
function speakerError(label: string, doc: Doc, gold: string, quote: Quote): string {
  const flat = (s: string) => s.replace(/\s+/g, " ");
  // What follows the quote too: an attribution after it ("„…“, strich Romney heraus") is a cause as often as one before.
  const context = flat(doc.text.slice(Math.max(0, quote.span.start - 160), quote.span.start)) + " [[" + flat(quote.text.slice(0, 100)) + "]] " + flat(doc.text.slice(quote.span.end, quote.span.end + 60));
  return `${label}\t${doc.id}\t${flat(gold)}\t${quote.speaker ?? "-"}\t${quote.speakerType ?? "-"}\t${quote.kind}\t${quote.cue ?? "-"}\t${context}`;
}

function merged(ranges: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function covered(pieces: [number, number][], span: Span): number {
  return merged(pieces).reduce((n, [s, e]) => n + Math.max(0, Math.min(span.end, e) - Math.max(span.start, s)), 0);
}

function trim(text: string, [start, end]: [number, number]): [number, number] {
  let s = start;
  let e = end;
  while (s < e && TRIM.includes(text[s]!)) s++;
  while (e > s && TRIM.includes(text[e - 1]!)) e--;
  return [s, e];
}

function words(s: string | null): Set<string> {
  const all = (s ?? "").toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
  const kept = all.filter((w) => !STOP.has(w));
  return new Set(kept.length ? kept : all);
}

main();
