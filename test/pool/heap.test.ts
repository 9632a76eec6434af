// A worker's heap is capped; a batch that does not fit, or a worker that cannot start, is done again on the
// main thread, with the same result. Run on the built modules, as the CLI runs: workers load dist/.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { repoRoot, tempDir } from "../helpers/cli.js";
import { DE_FLOOD, EN_STRIKE, text } from "../overlap/texts.js";

/** Three batches of small stories and, in the first, long ones that outgrow a worker's small heap. */
function writeCorpus(): string {
  const dir = join(tempDir(), "corpus");
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < 70; i++) writeFileSync(join(dir, `${String(i).padStart(3, "0")}.txt`), `${text(i % 2 ? DE_FLOOD : EN_STRIKE)}\n`);
  const long = `${text(DE_FLOOD)}\n\n`.repeat(Math.ceil(900_000 / text(DE_FLOOD).length));
  for (let i = 0; i < 4; i++) writeFileSync(join(dir, `00${i}-long.txt`), long);
  return dir;
}

/** checkCorpus with capped workers against one thread: [articles, same JSON]. */
function compare(corpus: string, workerHeapMb: number): [number, boolean] {
  const module = (path: string) => JSON.stringify(pathToFileURL(join(repoRoot, path)).href);
  const script = `
    const { checkCorpus } = await import(${module("dist/src/pool/index.js")});
    const { prepare } = await import(${module("dist/src/api.js")});
    const setup = prepare();
    const capped = await checkCorpus([${JSON.stringify(corpus)}], setup, { jobs: 2, workerHeapMb: ${workerHeapMb} });
    const single = await checkCorpus([${JSON.stringify(corpus)}], setup, { jobs: 1 });
    console.log(JSON.stringify([capped.analysed.length, JSON.stringify(capped) === JSON.stringify(single)]));`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 150_000 });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as [number, boolean];
}

describe("worker heap", () => {
  it("gives the one-thread result when batches outgrow the workers' heaps", () => {
    expect(compare(writeCorpus(), 32)).toEqual([74, true]);
  }, 180_000);

  it("gives the one-thread result when no worker can start in its heap", () => {
    expect(compare(writeCorpus(), 2)).toEqual([74, true]);
  }, 180_000);
});
