// `npm run bench` (robustness): the worst inputs of issue 10 at growing sizes, each
// audited by the built CLI in a fresh process, with CPU time and peak memory per MB beyond
// those of a one-line input (the start: Node, rule packs). Linear costs show as flat per-MB
// columns; falling ones show a limit at work (nesting flattened, pages, texts or findings cut).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const MB = 1_000_000;

interface WorstCase {
  name: string;
  file: string;
  sizes: number[];
  /** About `bytes` of the input. */
  make(bytes: number): string;
}

const repeatTo = (unit: string, bytes: number, before = "", after = "") => before + unit.repeat(Math.max(1, Math.floor(bytes / unit.length))) + after;
const page = (body: string) => `<!DOCTYPE html><html lang="de"><head><title>Meldung</title></head><body>${body}</body></html>`;

const CASES: WorstCase[] = [
  { name: "one line (the start)", file: "start.txt", sizes: [0], make: () => "Eine Zeile.\n" },
  { name: "nested <div>s, never closed", file: "nested.html", sizes: [0.5, 1, 2, 4], make: (b) => page(repeatTo("<div>Text der Meldung hier. ", b)) },
  { name: "many elements, flat", file: "wide.html", sizes: [0.5, 1, 2, 4], make: (b) => page(repeatTo("<p>Absatz mit etwas Text, der hier steht.</p>", b, "<article>", "</article>")) },
  { name: "short lines, no blank line", file: "lines.txt", sizes: [1, 4, 16, 45], make: (b) => repeatTo("Zeile aus dem Ticker ohne Punkt\n", b) },
  { name: "a rule firing on every line", file: "findings.txt", sizes: [0.25, 0.5, 1, 4], make: (b) => repeatTo("Die Preise steigen weiter, hieß es. Quelle: Agenturen\n\n", b) },
];

export function benchWorstCase(): void {
  const dir = mkdtempSync(join(tmpdir(), "wirecheck-worst-"));
  const measure = fileURLToPath(new URL("./measure.js", import.meta.url));
  try {
    console.log("worst cases (robustness): one CLI process per input, --format html,json; per MB: beyond the start");
    console.log("| input | MB | wall s | CPU s | CPU s/MB | peak RSS MB | RSS MB/MB | report.html MB |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    let start = { cpuSeconds: 0, peakRssMb: 0 };
    for (const c of CASES) {
      for (const size of c.sizes) {
        const input = join(dir, c.file);
        writeFileSync(input, c.make(size * MB));
        const bytes = statSync(input).size / MB;
        const out = join(dir, "out");
        const result = join(dir, "measure.json");
        const run = spawnSync(process.execPath, [measure, "audit", input, "--out", out, "--format", "html,json", "--fail-on", "none", "--quiet"], {
          env: { ...process.env, MEASURE_OUT: result },
          encoding: "utf8",
        });
        if (run.status !== 0) throw new Error(`${c.name} at ${size} MB: exit ${run.status}: ${run.stderr}`);
        const m = JSON.parse(readFileSync(result, "utf8")) as { seconds: number; cpuSeconds: number; peakRssMb: number };
        if (size === 0) start = m;
        const perMb = (value: number, base: number, digits: number) => (size === 0 ? "–" : ((value - base) / bytes).toFixed(digits));
        const html = statSync(join(out, "report.html")).size / MB;
        console.log(
          `| ${c.name} | ${bytes.toFixed(2)} | ${m.seconds.toFixed(2)} | ${m.cpuSeconds.toFixed(2)} | ${perMb(m.cpuSeconds, start.cpuSeconds, 2)} | ` +
            `${m.peakRssMb.toFixed(0)} | ${perMb(m.peakRssMb, start.peakRssMb, 0)} | ${html.toFixed(2)} |`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) benchWorstCase();
