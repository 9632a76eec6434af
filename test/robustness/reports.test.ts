// Report writing: a bad --out is refused before any work, and the report files of one run
// always form one set, even when the writer is killed halfway.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { recoverReportSets, RUN_PLACEHOLDER, runId, writeReportSet } from "../../src/cli/report-set.js";
import { repoRoot, runCli } from "../helpers/cli.js";
import { tempFolder } from "../helpers/temp.js";

const NAMES = ["report.html", "report.json", "report.sarif", "report.junit.xml"];
const ARTICLE = "Am Freitag sagte ein Sprecher, die Lage sei ernst. Quelle: Agenturen.\n\nMehr lesen: Newsletter abonnieren.\n";

describe("item 3: a bad --out", () => {
  it("exits 2 before any work, naming the path and the reason, and leaves nothing behind", () => {
    const dir = tempFolder({ "a.txt": ARTICLE, "file": "not a folder", "taken/report.html/keep": "" });
    const cases: Array<[string, string]> = [
      ["file", "--out file: is a file, not a folder"],
      ["file/below", `--out file/below: ${join(dir, "file")} is a file, not a folder`],
      ["taken", "--out taken: report.html there is a folder, not a file"],
      ["/proc/nope", "--out /proc/nope: unsupported file system (procfs)"],
      ["/sys/nope", "--out /sys/nope: unsupported file system (sysfs)"],
    ];
    for (const [out, message] of cases) {
      const run = runCli(["audit", "a.txt", "--out", out], dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toBe(`wirecheck: ${message}\n`);
    }
    expect(readdirSync(join(dir, "taken"))).toEqual(["report.html"]);
    expect(readdirSync(dir).sort()).toEqual(["a.txt", "file", "taken"]);
  });
});

/** The run id each report file carries, by file name. */
function runIds(out: string): Record<string, string | null> {
  const ids: Record<string, string | null> = {};
  for (const name of NAMES) {
    const path = join(out, name);
    if (!existsSync(path)) continue;
    const text = readFileSync(path, "utf8");
    const patterns = [/"run": "([0-9a-f]+)"/, /name="wirecheck-run" content="([0-9a-f]+)"/, /"wirecheckRun": "([0-9a-f]+)"/, /<!-- wirecheck run ([0-9a-f]+) -->/];
    ids[name] = patterns.map((p) => p.exec(text)?.[1]).find(Boolean) ?? null;
  }
  return ids;
}

function distinct(ids: Record<string, string | null>): Set<string | null> {
  return new Set(Object.values(ids));
}

describe("item 5: reports as one set", () => {
  it("carries one run id in every file, the same for the same input", () => {
    const dir = tempFolder({ "a.txt": ARTICLE });
    runCli(["audit", "a.txt", "--format", "html,json,sarif,junit", "--fail-on", "none"], dir);
    const first = runIds(join(dir, "reports"));
    expect(Object.keys(first)).toEqual(NAMES);
    expect(distinct(first).size).toBe(1);
    runCli(["audit", "a.txt", "--format", "html,json,sarif,junit", "--fail-on", "none"], dir);
    expect(runIds(join(dir, "reports"))).toEqual(first);
    // Without report.json the id is the same: its text is still what is hashed.
    runCli(["audit", "a.txt", "--format", "html", "--out", "html-only", "--fail-on", "none"], dir);
    expect(runIds(join(dir, "html-only"))).toEqual({ "report.html": first["report.html"] });
  });

  it("hashes report.json as written, with the id's placeholder where the id then goes", () => {
    const out = tempFolder({});
    const pieces = ['{\n  "title": "Straße „1“ 😀",', '\n  "tool": {"run": ', JSON.stringify(RUN_PLACEHOLDER), "},", '\n  "n": 1\n}\n'];
    let others = "";
    const run = writeReportSet(out, { json: pieces, writeJson: true, others: (id) => [{ name: "report.html", content: (others = id) }] }, NAMES);
    expect(run).toBe(createHash("sha256").update(pieces.join("")).digest("hex").slice(0, 16));
    expect(others).toBe(run);
    expect(readFileSync(join(out, "report.json"), "utf8")).toBe(pieces.join("").replace(RUN_PLACEHOLDER, run));
    expect(readFileSync(join(out, "report.html"), "utf8")).toBe(run);
    expect(runId(pieces)).toBe(run);
  });

  it("removes report files of other formats from earlier runs and stale temporary files", () => {
    const dir = tempFolder({ "a.txt": ARTICLE, "reports/.report.html.99999999.tmp": "half", "reports/.wirecheck-abc-99999999.partial/report.html": "half" });
    runCli(["audit", "a.txt", "--format", "html,json,sarif,junit", "--fail-on", "none"], dir);
    runCli(["audit", "a.txt", "--format", "json", "--fail-on", "none"], dir);
    expect(readdirSync(join(dir, "reports"))).toEqual(["report.json"]);
  });

  it("writes a report given in pieces byte for byte, whatever the pieces' sizes and characters", () => {
    const out = tempFolder({});
    // Small pieces that fill the write buffer past its end, one larger than it, empty ones,
    // and text outside Latin-1 (two-, three- and four-byte UTF-8).
    const pieces = ["{", "", ...Array.from({ length: 40_000 }, (_, i) => `"Straße ${i}": "„Zitat“ 😀",\n`), "é".repeat(700_000), "}\n"];
    writeReportSet(out, { json: pieces, writeJson: true, others: () => [] }, NAMES);
    expect(readFileSync(join(out, "report.json"), "utf8")).toBe(pieces.join(""));
  });

  it("a write that fails leaves the previous set and no partial folder", () => {
    const out = tempFolder({});
    writeReportSet(out, { json: ["old"], writeJson: true, others: () => [] }, NAMES);
    // A file name the file system refuses stands in for a full disk.
    expect(() => writeReportSet(out, { json: ["new"], writeJson: true, others: () => [{ name: "x".repeat(300), content: "" }] }, NAMES)).toThrow(/ENAMETOOLONG/);
    expect(readdirSync(out)).toEqual(["report.json"]);
    expect(readFileSync(join(out, "report.json"), "utf8")).toBe("old");
  });

  it("a set committed but not yet moved into place is finished by the next run", () => {
    const out = tempFolder({});
    writeReportSet(out, { json: ["old report.json"], writeJson: true, others: () => NAMES.filter((n) => n !== "report.json").map((name) => ({ name, content: `old ${name}` })) }, NAMES);
    // The state a kill leaves after the commit: report.html already moved, the rest not.
    const folder = join(out, ".wirecheck-bbbb-99999999");
    mkdirSync(`${folder}.partial`);
    for (const name of ["report.html", "report.json"]) writeFileSync(join(`${folder}.partial`, name), `new ${name}`);
    writeFileSync(join(`${folder}.partial`, "SET"), "report.html\nreport.json");
    renameSync(`${folder}.partial`, folder);
    renameSync(join(folder, "report.html"), join(out, "report.html"));
    recoverReportSets(out, NAMES);
    expect(readdirSync(out).sort()).toEqual(["report.html", "report.json"]);
    expect(NAMES.flatMap((n) => (existsSync(join(out, n)) ? [readFileSync(join(out, n), "utf8")] : []))).toEqual(["new report.html", "new report.json"]);
  });

  it("a writer killed with SIGKILL at any moment leaves one consistent set once the next run starts", async () => {
    // Enough articles for the writing to take a while, so that kills land in it.
    const files: Record<string, string> = {};
    for (let i = 0; i < 150; i++) files[`corpus/${String(i).padStart(3, "0")}.txt`] = `Meldung ${i}\n\n${ARTICLE.repeat(20)}`;
    const dir = tempFolder({ ...files, "small.txt": ARTICLE });
    const out = join(dir, "reports");
    const args = ["--format", "html,json,sarif,junit", "--fail-on", "none", "--quiet"];
    expect(runCli(["audit", "small.txt", ...args], dir).status).toBe(0);
    const before = [...distinct(runIds(out))][0];
    for (const delayMs of [0, 15, 60]) {
      const child = spawn(process.execPath, [join(repoRoot, "dist/src/cli/main.js"), "audit", "corpus", ...args], { cwd: dir, stdio: "ignore" });
      const exited = new Promise((resolve) => child.on("exit", resolve));
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline && child.exitCode === null && !readdirSync(out).some((n) => n.startsWith(".wirecheck-"))) await sleep(1);
      await sleep(delayMs);
      child.kill("SIGKILL");
      await exited;
      // A reader checking the run ids sees either one set, or a committed set still to be moved.
      const pending = readdirSync(out).filter((n) => n.startsWith(".wirecheck-") && !n.endsWith(".partial"));
      if (pending.length === 0) expect(distinct(runIds(out)).size).toBe(1);
      recoverReportSets(out, NAMES);
      expect(readdirSync(out).filter((n) => n.startsWith("."))).toEqual([]);
      const ids = runIds(out);
      expect(Object.keys(ids)).toEqual(NAMES);
      expect(distinct(ids).size).toBe(1);
      expect([before, runIdOfCorpus(dir, args)]).toContain([...distinct(ids)][0]);
    }
  }, 240_000);
});

let corpusRun: string | null = null;
/** The run id of a completed audit of the corpus (computed once: the same input gives the same id). */
function runIdOfCorpus(dir: string, args: string[]): string {
  if (!corpusRun) {
    const out = join(dir, "complete");
    runCli(["audit", "corpus", "--out", out, ...args], dir);
    corpusRun = [...distinct(runIds(out))][0]!;
  }
  return corpusRun;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
