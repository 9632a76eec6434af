// Inputs a hostile or careless user gives: huge line counts, unreadable folders,
// symbolic links, the report folder inside the corpus, mistyped paths.
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../src/ingest/index.js";
import { runCli } from "../helpers/cli.js";
import { tempFolder } from "../helpers/temp.js";
import { openToAll, runCliUnprivileged } from "../helpers/unprivileged.js";

const GERMAN = "Der Stadtrat von Kiel hat am Dienstag den neuen Haushalt beschlossen. Die Opposition stimmte dagegen.\n";
const ENGLISH = "The city council of Leeds approved the new budget on Tuesday. The opposition voted against it.\n";

/** 125,000 short lines and no blank line: one block, once a stack overflow in the hard-wrap check. */
function manyShortLines(): string {
  const lines: string[] = [];
  for (let i = 0; i < 125_000; i++) lines.push(i % 2 ? `Meldung ${i} aus dem Ticker` : `Item ${i} from the wire`);
  return lines.join("\n");
}

function reportOf(dir: string): { articles: Array<{ id: string }>; skipped: Array<{ path: string; reason: string }> } {
  return JSON.parse(readFileSync(join(dir, "report.json"), "utf8"));
}

describe("item 1: a block of 125,000 lines", () => {
  it("is audited as a text file and as a JSONL text, and extracted", () => {
    const text = manyShortLines();
    const dir = tempFolder({ "ticker.txt": text, "feed.jsonl": JSON.stringify({ id: "feed", text }) + "\n" });
    const out = join(dir, "out");
    const run = runCli(["audit", join(dir, "ticker.txt"), join(dir, "feed.jsonl"), "--out", out, "--format", "json", "--fail-on", "none"]);
    expect(run.stderr).not.toMatch(/RangeError|\n\s+at /);
    expect(run.status).toBe(0);
    expect(reportOf(out).articles.map((a) => a.id)).toEqual(["ticker", "feed"]);
    // Over the text limit: what is read is a prefix ending at a line end, and the cut is named.
    const extracted = runCli(["extract", join(dir, "ticker.txt")]);
    expect(extracted.status).toBe(0);
    const read: string = JSON.parse(extracted.stdout).text;
    expect(text.startsWith(read + "\n")).toBe(true);
    expect(extracted.stderr).toMatch(/skipped .*ticker\.txt: partly read: ticker: text cut at character [\d,]+ of 3,388,889/);
  });
});

describe("item 2: an unreadable subfolder", () => {
  it("is listed as skipped with the reason, and the rest is audited", () => {
    const dir = tempFolder({ "corpus/a.txt": GERMAN, "corpus/locked/b.txt": ENGLISH, "corpus/secret.txt": ENGLISH });
    openToAll(dir);
    chmodSync(join(dir, "corpus"), 0o755);
    chmodSync(join(dir, "corpus/locked"), 0o000);
    chmodSync(join(dir, "corpus/secret.txt"), 0o000);
    const run = runCliUnprivileged(["audit", "corpus", "--out", "out", "--format", "json", "--fail-on", "none"], dir);
    chmodSync(join(dir, "corpus/locked"), 0o755);
    expect(run.stderr).not.toMatch(/EACCES|\n\s+at /);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("skipped corpus/locked: permission denied");
    const report = reportOf(join(dir, "out"));
    expect(report.articles.map((a) => a.id)).toEqual(["a"]);
    expect(report.skipped).toEqual([
      { path: "corpus/locked", reason: "permission denied" },
      { path: "corpus/secret.txt", reason: "permission denied" },
    ]);
  });
});

describe("item 6: symbolic links", () => {
  it("are followed to files and folders inside and outside the path; a loop is read once; a broken link is skipped", () => {
    const dir = tempFolder({ "outside/far.txt": ENGLISH, "outside/deep/deeper.md": GERMAN, "corpus/own.txt": GERMAN });
    const corpus = join(dir, "corpus");
    symlinkSync(join(dir, "outside/far.txt"), join(corpus, "link-to-file.txt"));
    symlinkSync(join(dir, "outside/deep"), join(corpus, "link-to-folder"));
    symlinkSync(corpus, join(corpus, "loop"));
    symlinkSync(join(dir, "nowhere.txt"), join(corpus, "broken.txt"));
    const { articles, skipped } = ingest([corpus]);
    expect(articles.map((a) => a.id)).toEqual(["link-to-file", "link-to-folder/deeper", "own"]);
    expect(skipped).toEqual([{ path: `${corpus}/broken.txt`, reason: "broken symbolic link" }]);
  });

  it("a folder of links is audited, not reported as unreadable", () => {
    const dir = tempFolder({ "store/a.txt": GERMAN, "store/b.txt": ENGLISH });
    mkdirSync(join(dir, "links"));
    symlinkSync(join(dir, "store/a.txt"), join(dir, "links/a.txt"));
    symlinkSync(join(dir, "store/b.txt"), join(dir, "links/b.txt"));
    expect(ingest([join(dir, "links")]).articles.map((a) => a.id)).toEqual(["a", "b"]);
  });
});

describe("item 7: the report folder inside the corpus", () => {
  it("is passed over, and so are reports written elsewhere into the corpus", () => {
    const dir = tempFolder({ "a.txt": GERMAN, "b.txt": ENGLISH });
    for (let run = 0; run < 2; run++) {
      expect(runCli(["audit", ".", "--format", "html,json,sarif,junit", "--fail-on", "none"], dir).status).toBe(0);
      expect(reportOf(join(dir, "reports")).articles.map((a) => a.id)).toEqual(["a", "b"]);
    }
    // Reports written into the corpus folder itself: the folder is read, its reports are not;
    // those of the earlier runs into reports/ are recognised by their content.
    for (let run = 0; run < 2; run++) {
      expect(runCli(["audit", ".", "--out", ".", "--format", "html,json,sarif,junit", "--fail-on", "none"], dir).status).toBe(0);
      expect(reportOf(dir).articles.map((a) => a.id)).toEqual(["a", "b"]);
      expect(reportOf(dir).skipped).toEqual([
        { path: "reports/report.html", reason: "a wirecheck report, not an article" },
        { path: "reports/report.json", reason: "a wirecheck report, not an article" },
      ]);
    }
    const given = runCli(["audit", "reports/report.json", "a.txt", "--out", "reports", "--format", "json", "--fail-on", "none"], dir);
    expect(reportOf(join(dir, "reports")).skipped).toEqual([{ path: "reports/report.json", reason: expect.stringContaining("a report this command writes") }]);
    expect(given.status).toBe(0);
  });
});

describe("item 8: a mistyped path next to a good one", () => {
  it("is listed with a count on stderr even for one file; --strict-inputs exits 2", () => {
    const dir = tempFolder({ "a.txt": GERMAN });
    writeFileSync(join(dir, "b.txt"), ENGLISH);
    const lenient = runCli(["audit", "a.txt", "typo.txt", "--format", "json", "--fail-on", "none"], dir);
    expect(lenient.status).toBe(0);
    expect(lenient.stderr).toMatch(/1 input skipped/);
    expect(lenient.stderr).toContain("skipped typo.txt: no such file or folder");
    const strict = runCli(["audit", "a.txt", "typo.txt", "--format", "json", "--strict-inputs"], dir);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toContain("skipped typo.txt: no such file or folder");
    expect(strict.stderr).toMatch(/--strict-inputs/);
    expect(runCli(["audit", "a.txt", "b.txt", "--format", "json", "--strict-inputs", "--fail-on", "none"], dir).status).toBe(0);
  });

  it("the config key strictInputs does the same", () => {
    const dir = tempFolder({ "a.txt": GERMAN, "wirecheck.config.yaml": "strictInputs: true\n" });
    expect(runCli(["audit", "a.txt", "typo.txt", "--format", "json", "--fail-on", "none"], dir).status).toBe(2);
  });
});
