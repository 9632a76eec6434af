// Throughput of web-page extraction (decode + extract) on one core over the dev pages.
// Run by `npm run bench`; the pages are ../shared/data/web-dev/pages unless WEB_PAGES names another folder.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { decodeHtml, extractHtml } from "../src/ingest/html/index.js";

/** A few pages first so the JIT has compiled the hot paths before timing starts. */
const WARM_UP_PAGES = 20;

export function benchWebExtract(): void {
  const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
  const dir = resolve(process.env.WEB_PAGES ?? resolve(repoRoot, "../shared/data/web-dev/pages"));
  if (!existsSync(dir)) {
    console.log(`web-extract bench: no pages at ${dir}; skipped.`);
    return;
  }
  const pages = readdirSync(dir)
    .filter((name) => /\.html?$/.test(name))
    .sort()
    .map((name) => readFileSync(resolve(dir, name)));
  const extract = (bytes: Uint8Array) => extractHtml(decodeHtml(bytes), { today: "2026-11-23" });
  pages.slice(0, WARM_UP_PAGES).forEach(extract);
  const bytes = pages.reduce((n, p) => n + p.length, 0);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (const page of pages) extract(page);
  const seconds = (performance.now() - start) / 1000;
  // CPU time too: on a busy machine wall time understates single-core throughput.
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  console.log(
    `web-extract: ${pages.length} pages, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s → ` +
      `${(pages.length / seconds).toFixed(1)} pages/s (${(bytes / 1e6 / seconds).toFixed(2)} MB/s); ` +
      `CPU ${cpuSeconds.toFixed(2)} s → ${(pages.length / cpuSeconds).toFixed(1)} pages/CPU-s`,
  );
}
