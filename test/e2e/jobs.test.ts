// The worker pool: the same report, byte for byte, for any number of threads.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { AuditReport } from "../../src/types.js";
import { runCli, tempDir } from "../helpers/cli.js";
import { DE_COUNCIL, DE_FLOOD, DE_STRIKE, EN_COUNCIL, EN_FLOOD, EN_STRIKE, text } from "../overlap/texts.js";

/** More files than the main thread keeps to itself (two batches): mixes of the test stories, some repeated. */
function writeCorpus(): string {
  const dir = join(tempDir(), "corpus");
  mkdirSync(join(dir, "feed"), { recursive: true });
  const stories = [DE_FLOOD, DE_STRIKE, DE_COUNCIL, EN_FLOOD, EN_STRIKE, EN_COUNCIL];
  for (let i = 0; i < 90; i++) {
    const story = stories[i % stories.length]!;
    const other = stories[(i * 7 + 3) % stories.length]!;
    const paragraphs = i % 5 === 0 ? story : [...story.slice(i % 3, 3 + (i % 3)), ...other.slice(3)];
    writeFileSync(join(dir, `${String(i).padStart(3, "0")}.txt`), `date: 2025-06-${String(1 + (i % 28)).padStart(2, "0")}\n\n${text(paragraphs)}\n`);
  }
  // The same id twice (a feed's and a file's): ids are made unique in input order, whichever thread read them.
  writeFileSync(join(dir, "feed", "a.jsonl"), [{ id: "dup", text: text(EN_FLOOD) }, { id: "dup", text: text(DE_FLOOD) }].map((o) => JSON.stringify(o)).join("\n"));
  return dir;
}

describe("--jobs", () => {
  it("writes byte-identical reports for one thread and several", () => {
    const corpus = writeCorpus();
    const reports = ["1", "2", "3"].map((jobs) => {
      const out = tempDir();
      const run = runCli(["audit", corpus, "--format", "json,sarif", "--out", out, "--jobs", jobs, "--quiet", "--fail-on", "none"]);
      expect(run.status, run.stderr).toBe(0);
      return { json: readFileSync(join(out, "report.json"), "utf8"), sarif: readFileSync(join(out, "report.sarif"), "utf8") };
    });
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[2]).toEqual(reports[0]);
    const report = JSON.parse(reports[0]!.json) as AuditReport;
    expect(report.articles.map((a) => a.id)).toContain("dup~2");
    expect(report.overlaps.length).toBeGreaterThan(0);
  });

  it("rejects a number of threads that is not a whole number above zero", () => {
    for (const bad of ["0", "-1", "two"]) {
      const run = runCli(["audit", "seeds", "--jobs", bad, "--out", tempDir()]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("--jobs");
    }
  });
});
