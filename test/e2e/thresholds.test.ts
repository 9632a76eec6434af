// Every exit threshold through the real CLI, the baseline cycle, and the CI outputs of a real run.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempDir } from "../helpers/cli.js";
import { sarifSchemaErrors } from "../helpers/sarif-schema.js";

// Undated, an unresolvable weekday, an anonymous source: two warnings and an info.
const UNDATED = "Der Stadtrat hat am Dienstag den Haushalt beschlossen, hieß es aus Kreisen der Verwaltung. Die Opposition stimmte dagegen.\n";
const DATED = "source: Stadtanzeiger\nauthor: Eva Lang\ndate: 2025-03-04\n\nDer Stadtrat hat den Haushalt für 2026 beschlossen. Bürgermeisterin Anna Weber sagte, die Schulen bekämen mehr Geld.\n";

function corpus(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

const audit = (dir: string, ...flags: string[]) => runCli(["audit", dir, "--out", tempDir(), "--format", "json", ...flags]);

describe("exit thresholds", () => {
  const dir = corpus({ "undated.txt": UNDATED, "dated.txt": DATED });

  it("--max-warnings: 1 above N warnings, 0 at N", () => {
    const findings = JSON.parse(readFileSync(join(tempDirWithReport(dir), "report.json"), "utf8")).articles.flatMap((a: { findings: unknown[] }) => a.findings);
    const warnings = findings.filter((f: { severity: string }) => f.severity === "warning").length;
    expect(warnings).toBeGreaterThan(0);
    expect(audit(dir, "--fail-on", "none", "--max-warnings", String(warnings)).status).toBe(0);
    const over = audit(dir, "--fail-on", "none", "--max-warnings", String(warnings - 1));
    expect(over.status).toBe(1);
    expect(over.stderr).toContain(`more than --max-warnings ${warnings - 1}`);
  });

  it("--max-warnings takes whole numbers only", () => {
    expect(audit(dir, "--max-warnings", "-1").status).toBe(2);
    expect(audit(dir, "--max-warnings", "two").status).toBe(2);
  });

  it("--fail-on and --min-grade", () => {
    expect(audit(dir, "--fail-on", "warning").status).toBe(1);
    expect(audit(dir, "--fail-on", "error").status).toBe(0);
    expect(audit(dir, "--fail-on", "none", "--min-grade", "F").status).toBe(0);
    const graded = audit(dir, "--fail-on", "none", "--min-grade", "A");
    expect(graded.status).toBe(1);
    expect(graded.stderr).toContain("below grade A: article undated");
  });

  it("--exit-zero: 0 though a threshold is breached, the breach still reported; bad usage still 2", () => {
    const run = audit(dir, "--fail-on", "warning", "--exit-zero");
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/fail: \d+ findings? at or above warning/);
    expect(audit(dir, "--exit-zero", "--fail-on", "fatal").status).toBe(2);
    expect(runCli(["audit", corpus({ "empty.txt": "" }), "--out", tempDir(), "--exit-zero"]).status).toBe(2);
  });

  it("--update-baseline writes the baseline; later runs fail only on findings beyond it", () => {
    const work = corpus({ "a.txt": UNDATED });
    const baseline = join(tempDir(), "ci", "wirecheck-baseline.json");
    mkdirSync(join(baseline, ".."), { recursive: true });
    expect(audit(work, "--fail-on", "warning", "--baseline", baseline, "--update-baseline").status).toBe(0);
    expect(JSON.parse(readFileSync(baseline, "utf8")).accepted.a).toEqual({ "attribution/anonymous-source": 1, "date/missing": 1, "date/unanchored-relative": 1 });
    expect(audit(work, "--fail-on", "warning", "--baseline", baseline).status).toBe(0);
    // A small edit keeps the accepted findings accepted.
    writeFileSync(join(work, "a.txt"), UNDATED.replace("Stadtrat", "Gemeinderat"));
    expect(audit(work, "--fail-on", "warning", "--baseline", baseline).status).toBe(0);
    writeFileSync(join(work, "b.txt"), UNDATED);
    const grown = audit(work, "--fail-on", "warning", "--baseline", baseline);
    expect(grown.status).toBe(1);
    // b's own two, and the near-duplicate that a and b now are, on each of them.
    expect(grown.stderr).toContain("fail: 4 findings at or above warning");
  });

  it("--update-baseline without --baseline is bad usage", () => {
    const run = audit(dir, "--update-baseline");
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("wirecheck: --update-baseline needs --baseline FILE (where to write it)\n");
  });
});

describe("CI outputs of a real run", () => {
  it("report.sarif is valid SARIF 2.1.0 and github output writes the job summary", () => {
    const dir = corpus({ "undated.txt": UNDATED, "dated.txt": DATED });
    const out = tempDir();
    const summary = join(tempDir(), "summary.md");
    writeFileSync(summary, "earlier step\n");
    const run = runCli(["audit", dir, "--out", out, "--format", "sarif,github", "--fail-on", "none"], undefined, { GITHUB_STEP_SUMMARY: summary });
    expect(run.status).toBe(0);
    expect(sarifSchemaErrors(JSON.parse(readFileSync(join(out, "report.sarif"), "utf8")))).toEqual([]);
    expect(run.stdout).toMatch(/^::warning file=.*undated\.txt/m);
    const markdown = readFileSync(summary, "utf8");
    expect(markdown.startsWith("earlier step\n## wirecheck: 2 articles\n")).toBe(true);
    expect(markdown).toContain("| Stadtanzeiger |");
  });
});

function tempDirWithReport(dir: string): string {
  const out = tempDir();
  runCli(["audit", dir, "--out", out, "--format", "json", "--fail-on", "none"]);
  return out;
}
