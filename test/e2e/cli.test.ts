// The command line end to end: exit codes, report files, bad input, config, determinism.
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import type { AuditReport } from "../../src/types.js";
import { repoRoot, runCli, tempDir } from "../helpers/cli.js";

const GERMAN_DATED = "title: Gipfel endet ohne Einigung\ndate: 2025-08-16\nsource: Testzeitung\n\nDer Gipfel in Alaska endete am Freitag ohne eine Vereinbarung. Beide Präsidenten sprachen etwa drei Stunden miteinander und traten danach vor die Presse.\n";
const ENGLISH_UNDATED = "The summit in Alaska ended on Friday without an agreement. Both presidents spoke for about three hours and then met the press.\n\nReuters\n";

function corpus(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function readReport(out: string): AuditReport {
  return JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
}

function hashTree(dir: string): string {
  const h = createHash("sha256");
  for (const name of readdirSync(dir, { recursive: true }).map(String).sort()) {
    try {
      h.update(name).update(readFileSync(join(dir, name)));
    } catch {
      h.update(name); // a folder
    }
  }
  return h.digest("hex");
}

describe("wirecheck audit", () => {
  it("audits seeds/ by default and writes report.html and report.json", () => {
    const out = tempDir();
    const run = runCli(["audit", "--out", out]);
    expect(run.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["report.html", "report.json"]);
    expect(run.stderr).toMatch(/wirecheck: 5 articles; 0 errors, \d+ warnings, \d+ info/);
    expect(run.stderr).toMatch(/grades: A \d+ · B \d+/);
  });

  it("writes byte-identical reports for the same input", () => {
    const [a, b] = [tempDir(), tempDir()];
    runCli(["audit", "seeds", "--out", a, "--format", "html,json,sarif,junit"]);
    runCli(["audit", "seeds", "--out", b, "--format", "html,json,sarif,junit"]);
    for (const name of ["report.html", "report.json", "report.sarif", "report.junit.xml"]) {
      expect(readFileSync(join(a, name)), name).toEqual(readFileSync(join(b, name)));
    }
  });

  it("follows the contract's report.json shape", () => {
    const out = tempDir();
    runCli(["audit", "seeds", "--out", out, "--format", "json"]);
    const report = readReport(out);
    expect(Object.keys(report)).toEqual(["schemaVersion", "tool", "articles", "sources", "grading", "overlaps", "skipped"]);
    expect(report.schemaVersion).toBe(1);
    expect(report.tool).toEqual({ name: "wirecheck", version: expect.stringMatching(/^\d+\.\d+\.\d+$/), run: expect.stringMatching(/^[0-9a-f]{16}$/) });
    const article = report.articles.find((a) => a.id === "001_952714ba446f90a4")!;
    expect(Object.keys(article)).toEqual([
      "id", "path", "source", "title", "author", "published", "language", "credits", "score", "grade", "deductions", "findings", "quotes", "attributions",
    ]);
    expect(article.path).toBe("seeds/001_952714ba446f90a4.txt");
    const finding = report.articles.flatMap((a) => a.findings).find((f) => f.span)!;
    expect(Object.keys(finding)).toEqual(["rule", "severity", "message", "span", "related", "data"]);
  });

  it("places spans in the article text", () => {
    const out = tempDir();
    runCli(["audit", "seeds", "--out", out, "--format", "json"]);
    const report = readReport(out);
    const text = readFileSync(join(repoRoot, "seeds/002_699b7f408b553c12.txt"), "utf8");
    const disclaimer = report.articles.find((a) => a.id === "002_699b7f408b553c12")!.findings.find((f) => f.rule === "boilerplate/disclaimer")!;
    const covered = text.slice(disclaimer.span!.start, disclaimer.span!.end);
    expect(covered.startsWith("Haftungsausschluss: Das Urheberrecht dieses Artikels")).toBe(true);
    expect(covered.endsWith("Maßnahmen zur Löschung")).toBe(true);
  });

  it("exits 1 when --fail-on or --min-grade is breached, 0 otherwise", () => {
    const out = tempDir();
    expect(runCli(["audit", "seeds", "--out", out, "--fail-on", "warning"]).status).toBe(1);
    expect(runCli(["audit", "seeds", "--out", out, "--fail-on", "none"]).status).toBe(0);
    const graded = runCli(["audit", "seeds", "--out", out, "--min-grade", "B"]);
    expect(graded.status).toBe(1);
    // The seeds name no source: each article stands on its own grade.
    expect(graded.stderr).toMatch(/fail: 4 below grade B: article 000_c99f93a5845e2d79, /);
    expect(graded.stderr).not.toContain("article 001_952714ba446f90a4");
  });

  it("accepts a baseline's findings and fails only on new ones", () => {
    const dir = corpus({ "a.txt": ENGLISH_UNDATED });
    const out = tempDir();
    expect(runCli(["audit", dir, "--out", out, "--fail-on", "warning"]).status).toBe(1);
    const baseline = join(tempDir(), "baseline.json");
    cpSync(join(out, "report.json"), baseline);
    expect(runCli(["audit", dir, "--out", out, "--fail-on", "warning", "--baseline", baseline]).status).toBe(0);
    writeFileSync(join(dir, "b.txt"), ENGLISH_UNDATED);
    expect(runCli(["audit", dir, "--out", out, "--fail-on", "warning", "--baseline", baseline]).status).toBe(1);
  });

  it("exits 2 on bad usage", () => {
    const unknownFormat = runCli(["audit", "seeds", "--format", "pdf", "--out", tempDir()]);
    expect(unknownFormat.status).toBe(2);
    expect(unknownFormat.stderr).toContain("unknown format pdf");
    expect(runCli(["audit", "seeds", "--fail-on", "fatal"]).status).toBe(2);
    expect(runCli(["audit", "--no-such-option"]).status).toBe(2);
  });

  it("exits 2 when nothing is readable, and still lists why", () => {
    const dir = corpus({ "empty.txt": "", "broken.json": "{ not json" });
    const out = tempDir();
    const run = runCli(["audit", dir, "--out", out, "--format", "json"]);
    expect(run.status).toBe(2);
    expect(readReport(out).skipped.map((s) => s.reason)).toEqual([expect.stringContaining("invalid JSON"), "empty file"]);
  });

  it("audits the good files when others are broken, and modifies no input", () => {
    const dir = corpus({
      "good.txt": GERMAN_DATED,
      "latin1.txt": Buffer.from("Die Bürger in Köln äußerten sich am Montag erleichtert über die Einigung der Koalition. Sie hoffen auf niedrigere Preise.\n", "latin1"),
      "binary.txt": Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x10]),
      "feed.jsonl": '{"id":"x1","text":"The council voted on Tuesday to close the library.","published":"2025-03-04"}\nnot json\n{"id":"x2"}\n',
      "notes.csv": "a,b\n",
    });
    const before = hashTree(dir);
    const out = tempDir();
    const run = runCli(["audit", dir, "--out", out, "--format", "json"]);
    expect(run.status).toBe(0);
    expect(hashTree(dir)).toBe(before);
    const report = readReport(out);
    expect(report.articles.map((a) => a.id)).toEqual(["x1", "good", "latin1"]);
    expect(report.skipped).toEqual([
      { path: `${dir}/binary.txt`, reason: "binary file (NUL bytes), not text" },
      { path: `${dir}/feed.jsonl`, reason: expect.stringMatching(/^line 2: invalid JSON/) },
      { path: `${dir}/feed.jsonl`, reason: 'line 3: no "text" or "html" field' },
    ]);
    expect(run.stderr).toContain(`skipped ${dir}/binary.txt: binary file (NUL bytes), not text`);
  });

  it("reads a config file: rules off, severities changed; a bad one exits 2 naming file and line", () => {
    const dir = corpus({ "a.txt": ENGLISH_UNDATED });
    const config = join(dir, "wirecheck.config.yaml");
    writeFileSync(config, "rules:\n  date/missing: off\n  date/unanchored-relative: error\n");
    const out = tempDir();
    const run = runCli(["audit", dir, "--out", out, "--format", "json", "--config", config]);
    expect(run.status).toBe(1);
    const rules = readReport(out).articles[0]!.findings.map((f) => [f.rule, f.severity]);
    expect(rules).toContainEqual(["date/unanchored-relative", "error"]);
    expect(rules.map(([r]) => r)).not.toContain("date/missing");

    writeFileSync(config, "rules:\n  date/missing: off\n  date/no-such-rule: warning\n");
    const bad = runCli(["audit", dir, "--out", out, "--config", config]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain(`${config}:3:3: unknown rule "date/no-such-rule" (see \`wirecheck rules\`)`);
  });

  it("records the run's time only when asked, from SOURCE_DATE_EPOCH when set", () => {
    const out = tempDir();
    runCli(["audit", "seeds", "--out", out, "--format", "json", "--timestamp"], repoRoot, { SOURCE_DATE_EPOCH: "1755302400" });
    expect(readReport(out).tool.generated).toBe("2025-08-16T00:00:00Z");
  });
});

describe("web pages through the CLI", () => {
  const page = `<!doctype html><html lang="de"><head><meta charset="windows-1252">
<title>Gipfel ohne Einigung | Beispiel-Zeitung</title>
<meta property="og:site_name" content="Beispiel-Zeitung">
<meta property="article:published_time" content="2025-08-16T09:30:00+02:00">
<link rel="canonical" href="https://beispiel-zeitung.example/politik/gipfel">
</head><body><nav><a href="/">Startseite</a> <a href="/politik">Politik</a></nav>
<article><h1>Gipfel ohne Einigung</h1>
<p>Das Treffen in Anchorage endete am Freitag ohne eine Vereinbarung über einen Waffenstillstand. Beide Präsidenten sprachen etwa drei Stunden miteinander.</p>
<p>„Wir hatten ein äußerst produktives Treffen“, sagte der US-Präsident danach vor der Presse. Details nannte er nicht.</p>
</article><footer>© Beispiel-Zeitung. Alle Rechte vorbehalten.</footer></body></html>`;

  it("extracts body, metadata and date, and resolves relative days against the date", () => {
    // Windows-1252, as declared: „ and “ are 0x84 and 0x93 there.
    const dir = corpus({ "gipfel.html": iconv.encode(page, "windows-1252") });
    const run = runCli(["extract", dir]);
    expect(run.status).toBe(0);
    const line = JSON.parse(run.stdout);
    expect(line).toMatchObject({
      id: "gipfel",
      source: "Beispiel-Zeitung",
      url: "https://beispiel-zeitung.example/politik/gipfel",
      title: "Gipfel ohne Einigung",
      published: "2025-08-16",
      language: "de",
    });
    expect(line.text).toContain("„Wir hatten ein äußerst produktives Treffen“");
    expect(line.text).not.toContain("Startseite");
    expect(line.text).not.toContain("Alle Rechte vorbehalten");

    const out = tempDir();
    runCli(["audit", dir, "--out", out, "--format", "json"]);
    const rules = readReport(out).articles[0]!.findings.map((f) => f.rule);
    expect(rules).not.toContain("date/missing");
    expect(rules).not.toContain("date/unanchored-relative");
    expect(rules).not.toContain("boilerplate/chrome");
  });
});

describe("wirecheck extract", () => {
  it("prints one contract line per article", () => {
    const run = runCli(["extract", "seeds"]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(Object.keys(lines[0])).toEqual(["id", "path", "source", "url", "title", "author", "published", "language", "credits", "text"]);
    const dpa = lines.find((l) => l.id === "004_708d6faf272cb64c");
    expect(dpa).toMatchObject({ published: null, language: "de", credits: ["dpa"], title: "Trump vereinbart sofortige Verhandlungen mit Putin über Ende des Ukraine-Krieges" });
    const dated = lines.find((l) => l.id === "001_952714ba446f90a4");
    expect(dated.published).toBe("2025-08-16");
    expect(dated.text.startsWith("Das Gipfeltreffen")).toBe(true);
  });
});

describe("wirecheck rules", () => {
  it("lists every rule with its default severity and description", () => {
    const run = runCli(["rules"]);
    expect(run.status).toBe(0);
    for (const id of [
      "date/missing", "date/weekday-mismatch", "date/unanchored-relative", "date/future",
      "boilerplate/disclaimer", "boilerplate/chrome", "boilerplate/template",
      "attribution/vague-source", "attribution/anonymous-source",
    ]) {
      expect(run.stdout).toMatch(new RegExp(`^${id}\\s+(error|warning|info)\\s+\\S`, "m"));
    }
  });
});
