// Seeded fuzzing of the whole pipeline: random bytes, truncated and mutated pages, feeds
// and texts, deep nesting, long and many lines, huge attributes, control characters,
// broken surrogates and mixed encodings. Every case must end in a report or a one-line
// reason, never an exception; the CLI must exit 0, 1 or 2 without a stack trace.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { random as seeded } from "../../bench/corpus.js";
import { auditIngested } from "../../src/api.js";
import { ingest } from "../../src/ingest/index.js";
import { reportFormats } from "../../src/report/index.js";
import { repoRoot } from "../helpers/cli.js";
import { setup } from "../helpers/rule-tester.js";
import { tempFolder } from "../helpers/temp.js";

const SEED = 20261201;
/** Not a speed target (those live in bench/): room for a machine shared with other test runs. */
const HANG_GUARD_MS = 240_000;

const GERMAN = `Berlin (dpa) - Die Bundesregierung hat am Mittwoch, 13. März 2024, neue Regeln beschlossen.
„Das ist ein wichtiger Schritt“, sagte ein Sprecher. Quelle: Agenturen.

Am Freitag soll der Bundestag darüber beraten. Foto: Max Muster/dpa

Mehr lesen: Newsletter abonnieren`;
const ENGLISH = `WASHINGTON (AP) — The Senate passed the bill on Tuesday, March 12, 2024, officials said.
"This is a historic day," a senior official told reporters. Yesterday the House had agreed.

Read more: Sign up for our newsletter.`;
const PAGE = `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Regeln beschlossen | Beispielzeitung</title>
<meta property="og:site_name" content="Beispielzeitung"><meta property="article:published_time" content="2024-03-13T10:00:00+01:00">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Regeln beschlossen","datePublished":"2024-03-13"}</script></head>
<body><nav class="menu"><a href="/">Start</a></nav><article><h1>Regeln beschlossen</h1><p class="byline">Von Erika Muster</p>
${GERMAN.split("\n\n").map((p) => `<p>${p}</p>`).join("")}</article><footer>© Beispielzeitung</footer></body></html>`;
const FEED = [GERMAN, ENGLISH].map((text, i) => JSON.stringify({ id: `n${i}`, title: "Meldung", published: "2024-03-13", source: "Beispiel", text })).join("\n");
const SAMPLES: Array<[string, string]> = [
  [".txt", `title: Regeln beschlossen\ndate: 2024-03-13\nsource: Beispiel\n\n${GERMAN}`],
  [".md", ENGLISH],
  [".html", PAGE],
  [".json", JSON.stringify([{ text: GERMAN, html: PAGE }, { html: PAGE, url: "https://example.org/2024/03/13/regeln" }])],
  [".jsonl", FEED],
];
const EXTENSIONS = [".txt", ".md", ".html", ".htm", ".json", ".jsonl", ".ndjson"];

type Case = { name: string; bytes: Uint8Array };

function fuzzCases(random: () => number): Case[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const int = (max: number) => Math.floor(random() * max);
  const utf8 = (s: string) => new TextEncoder().encode(s);
  const cases: Case[] = [];
  const add = (name: string, ext: string, bytes: Uint8Array | string) => cases.push({ name: `${String(cases.length).padStart(3, "0")}-${name}${ext}`, bytes: typeof bytes === "string" ? utf8(bytes) : bytes });
  for (let i = 0; i < 30; i++) add("random", pick(EXTENSIONS), Uint8Array.from({ length: 1 + int(20_000) }, () => int(256)));
  for (let i = 0; i < 40; i++) {
    const [ext, sample] = pick(SAMPLES);
    add("truncated", ext, utf8(sample).subarray(0, int(sample.length)));
  }
  for (let i = 0; i < 60; i++) {
    const [ext, sample] = pick(SAMPLES);
    const bytes = [...utf8(sample)];
    for (let n = 1 + int(30); n > 0; n--) {
      const at = int(bytes.length);
      const op = int(3);
      if (op === 0) bytes[at] = int(256);
      else if (op === 1) bytes.splice(at, 0, ...utf8(pick(["<div>", "</p>", '"', "{", "]", "\n", "\u0000", "\ud800", "„", "<!--", "<script>", "\\u", ",", "\r"])));
      else bytes.splice(at, 1 + int(40));
    }
    add("mutated", ext, Uint8Array.from(bytes));
  }
  const depth = 1_000 + int(3_000);
  add("deep-divs", ".html", `<html><body>${"<div><span>Tiefe Meldung. ".repeat(depth)}</body></html>`);
  add("deep-json", ".json", `${"[".repeat(depth)}${"]".repeat(depth)}`);
  add("deep-json-text", ".jsonl", JSON.stringify({ text: "{".repeat(50_000) + GERMAN }));
  add("long-line", ".txt", "Wort".repeat(300_000));
  add("long-word-sentence", ".txt", `${GERMAN}\n\n${"x".repeat(400_000)}.`);
  add("many-lines", ".txt", Array.from({ length: 120_000 }, (_, i) => `Zeile ${i}`).join("\n"));
  add("many-feed-lines", ".jsonl", Array.from({ length: 800 }, (_, i) => (i % 7 ? JSON.stringify({ text: `${ENGLISH} ${i}` }) : "{broken")).join("\n"));
  add("agency-flood", ".txt", `${GERMAN}\n\n${"(dpa) Reuters AFP ".repeat(40_000)}`);
  add("quote-flood", ".txt", `${"„Ja“, sagte er. «".repeat(30_000)}${"\"".repeat(100_000)}`);
  add("date-flood", ".txt", `Am Freitag, 13. März 2024, gestern. ${"Montag, 12. 3. 2024; ".repeat(40_000)}`);
  add("huge-attribute", ".html", PAGE.replace("<article>", `<article data-x="${"a".repeat(1_000_000)}" class="${"story ".repeat(50_000)}">`));
  add("unclosed-attribute", ".html", PAGE.replace("<article>", `<article title="${"<p>".repeat(30_000)}`));
  add("many-tags", ".html", `<html><body>${"<b>x</b><i>".repeat(30_000)}</body></html>`);
  add("control-characters", ".txt", `${GERMAN}\n${"x".repeat(9_000)}\u0000\u0001\u0007\u001b[31m\u007f\u0085\u2028\u2029\ufeff${ENGLISH}`);
  add("nul-early", ".txt", `\u0000${GERMAN}`);
  add("lone-surrogates-json", ".json", `{"text": "Ein Sprecher sagte: \\ud800 \\udfff \\udc00\\ud800 Schluss."}`);
  add("encoded-surrogates", ".txt", Uint8Array.from([...utf8("Text "), 0xed, 0xa0, 0x80, ...utf8(" und mehr Text.")]));
  add("mixed-encodings", ".txt", Uint8Array.from([...utf8(GERMAN), ...new TextEncoder().encode(" "), 0xe4, 0xf6, 0xfc, 0x84, 0x93, ...utf8(ENGLISH)]));
  add("utf16-odd", ".html", Uint8Array.from([0xff, 0xfe, ...utf8(PAGE).subarray(0, 999)]));
  add("utf16be-text", ".txt", Uint8Array.from([0xfe, 0xff, ...[...GERMAN].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 255])]));
  add("wrong-charset", ".html", PAGE.replace('charset="utf-8"', 'charset="x-no-such-encoding"'));
  add("only-whitespace", ".md", " \n\t\r\n ");
  add("json-scalars", ".jsonl", ["42", "null", "true", '"text"', "[]", "{}", '{"text": 5}', '{"text": ""}', '{"html": "<p>"}'].join("\n"));
  add("header-only", ".txt", "title: Nur Kopf\ndate: 2024-13-45\nsource: \n\n");
  return cases;
}

function writeCases(cases: readonly Case[]): string {
  const dir = tempFolder({});
  for (const c of cases) writeFileSync(join(dir, c.name), c.bytes);
  return dir;
}

const cases = fuzzCases(seeded(SEED));

describe(`fuzzing (seed ${SEED}, ${cases.length} files)`, () => {
  const dir = writeCases(cases);

  it("ingest, analysis, rules and every report format finish on every file, with one-line reasons", () => {
    const input = ingest([dir], { today: "2026-01-01" });
    const result = auditIngested(input, setup);
    for (const s of result.report.skipped) {
      expect(s.reason, s.path).not.toMatch(/\n|internal error/);
    }
    const read = new Set([...result.report.articles.map((a) => a.path), ...result.report.skipped.map((s) => s.path)]);
    for (const c of cases) expect(read.has(join(dir, c.name)), c.name).toBe(true);
    for (const format of reportFormats) expect(format.render(result.reportInput).length).toBeGreaterThan(0);
    expect(JSON.parse(reportFormats.find((f) => f.name === "json")!.render(result.reportInput)).articles.length).toBe(result.report.articles.length);
  }, HANG_GUARD_MS);

  it("the CLI exits 0, 1 or 2 with a report or a one-line error, never a stack trace, within a size-proportional bound", () => {
    // The small random, truncated and mutated files in one run; the large hostile ones one by one below.
    const small = tempFolder({});
    const smallCases = cases.filter((c) => /^\d+-(random|truncated|mutated)/.test(c.name));
    for (const c of smallCases) writeFileSync(join(small, c.name), c.bytes);
    const bytes = smallCases.reduce((sum, c) => sum + c.bytes.length, 0);
    const out = tempFolder({});
    const run = cli(["audit", small, "--out", out, "--format", "html,json,sarif,junit,stylish"], bytes);
    expect([0, 1, 2]).toContain(run.status);
    expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
    expect(report.articles.length + report.skipped.length).toBeGreaterThanOrEqual(smallCases.length);
    const extract = cli(["extract", small], bytes);
    expect([0, 2]).toContain(extract.status);
    expect(extract.stderr).not.toMatch(/\n\s+at |internal error/);
    for (const line of extract.stdout.trim().split("\n")) expect(() => JSON.parse(line)).not.toThrow();
  }, HANG_GUARD_MS);

  it("each hostile file alone ends with a report or one line", () => {
    const random = seeded(SEED + 1);
    const hostile = cases.filter((c) => !/^\d+-(random|truncated|mutated)/.test(c.name));
    // A sample: a CLI start costs a second, and the whole set already ran above.
    for (const c of hostile.filter(() => random() < 0.25)) {
      const out = tempFolder({});
      const run = cli(["audit", join(dir, c.name), "--out", out, "--format", "json"], c.bytes.length);
      expect([0, 1, 2], c.name).toContain(run.status);
      expect(run.stderr, c.name).not.toMatch(/\n\s+at |internal error/);
      const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
      expect(report.articles.length + report.skipped.length, c.name).toBeGreaterThan(0);
    }
  }, HANG_GUARD_MS);
});

/** The CLI with a generous hang guard: a few seconds to start, plus time in proportion to the input. */
function cli(args: string[], bytes: number): { status: number | null; stdout: string; stderr: string } {
  const timeout = Math.round(15_000 + (bytes / 1_000_000) * 20_000);
  const r = spawnSync(process.execPath, [join(repoRoot, "dist/src/cli/main.js"), ...args], { encoding: "utf8", timeout, maxBuffer: 512 * 1024 * 1024 });
  if (r.error) throw new Error(`${args.join(" ")}: ${r.error.message}`);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
