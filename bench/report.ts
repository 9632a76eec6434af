// Benchmark: writing the reports of 1,000 and 10,000 articles with overlaps (bench/report-corpus.ts),
// one process; then the time until the 10,000-article page is interactive in Chromium.
// Targets: 1,000 articles' report.html in ≤ 2 s and ≤ 15 MB; 10,000 interactive within 3 s.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { reportFormats } from "../src/report/index.js";
import type { ReportInput } from "../src/types.js";
import { reportCorpus } from "./report-corpus.js";

const SIZES = (process.env.BENCH_REPORT_SIZES ?? "1000,10000").split(",").map(Number);
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export async function benchReport(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "wirecheck-bench-report-"));
  try {
    for (const size of SIZES) {
      const input = reportCorpus(size);
      console.log(`report: ${size} articles, ${input.report.overlaps.length} overlaps`);
      for (const format of reportFormats.filter((f) => f.file)) {
        const [content, seconds] = timed(() => format.render(input));
        console.log(`  ${format.name.padEnd(6)} ${seconds.toFixed(2).padStart(6)} s  ${(Buffer.byteLength(content) / 1e6).toFixed(1).padStart(6)} MB`);
        if (format.name === "html") writeFileSync(join(dir, `${size}.html`), content);
      }
      if (size === SIZES[SIZES.length - 1]) await interactive(join(dir, `${size}.html`), input);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function timed<T>(f: () => T): [T, number] {
  const start = process.hrtime.bigint();
  const value = f();
  return [value, Number(process.hrtime.bigint() - start) / 1e9];
}

/** Navigation start until the page's script has run and the first frame is drawn, then one article opened. */
async function interactive(file: string, input: ReportInput): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`  interactive: skipped (no Chromium at ${CHROMIUM})`);
    return;
  }
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    for (let run = 0; run < 3; run++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(pathToFileURL(file).href, { waitUntil: "domcontentloaded", timeout: 120_000 });
      // A string, since the project compiles without the DOM's types.
      const t = (await page.evaluate(`(async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        await frame();
        const ready = performance.now();
        const start = performance.now();
        document.querySelector("table.articles > tbody:not([hidden]) button.toggle").click();
        await frame();
        return { ready, open: performance.now() - start };
      })()`)) as { ready: number; open: number };
      console.log(`  interactive in Chromium (${input.report.articles.length} articles): ${(t.ready / 1000).toFixed(2)} s; opening an article ${Math.round(t.open)} ms`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}
