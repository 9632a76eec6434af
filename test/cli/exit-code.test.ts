import { describe, expect, test } from "vitest";
import { verdict, type Thresholds } from "../../src/cli/exit-code.js";
import type { Finding, Severity } from "../../src/types.js";
import { sampleReport } from "../report/fixture.js";

const report = sampleReport();
const findings: Finding[] = report.articles.flatMap((a) => a.findings.map((f) => ({ ...f, articleId: a.id })));
const none: Thresholds = { failOn: null, minGrade: null, maxWarnings: null, exitZero: false };
const only = (severity: Severity) => findings.filter((f) => f.severity === severity);

describe("exit code", () => {
  test("0 when no threshold is set", () => {
    expect(verdict(report, findings, none)).toEqual({ code: 0, reasons: [] });
  });

  test("--fail-on: at or above the severity", () => {
    expect(verdict(report, findings, { ...none, failOn: "error" })).toEqual({ code: 1, reasons: ["2 findings at or above error"] });
    expect(verdict(report, only("info"), { ...none, failOn: "warning" }).code).toBe(0);
    expect(verdict(report, only("info"), { ...none, failOn: "info" }).code).toBe(1);
  });

  test("--min-grade: sources, and articles without a source on their own", () => {
    expect(verdict(report, [], { ...none, minGrade: "F" }).code).toBe(0);
    const c = verdict(report, [], { ...none, minGrade: "C" });
    expect(c).toEqual({ code: 1, reasons: [`1 below grade C: Beispiel-Zeitung`] });
    const unsourced = sampleReport();
    unsourced.articles[0]!.source = null;
    unsourced.sources = unsourced.sources.filter((s) => s.name !== "Beispiel-Zeitung");
    expect(verdict(unsourced, [], { ...none, minGrade: "C" }).reasons).toEqual(["1 below grade C: article 001_de"]);
  });

  test("--max-warnings: more than N warnings", () => {
    const warnings = only("warning").length;
    expect(warnings).toBe(4);
    expect(verdict(report, findings, { ...none, maxWarnings: 4 }).code).toBe(0);
    expect(verdict(report, findings, { ...none, maxWarnings: 3 })).toEqual({ code: 1, reasons: ["4 warnings, more than --max-warnings 3"] });
    expect(verdict(report, only("error"), { ...none, maxWarnings: 0 }).code).toBe(0);
  });

  test("--exit-zero: reasons are still given, the code is 0", () => {
    expect(verdict(report, findings, { ...none, failOn: "info", maxWarnings: 0, minGrade: "A", exitZero: true })).toEqual({
      code: 0,
      reasons: ["8 findings at or above info", "3 below grade A: Beispiel-Zeitung, Example News\" onmouseover=\"window.__xss=1, Wire Feed", "4 warnings, more than --max-warnings 0"],
    });
  });

  test("2 when there is no readable input, whatever the flags", () => {
    const empty = { ...sampleReport(), articles: [] };
    expect(verdict(empty, [], { ...none, exitZero: true }).code).toBe(2);
  });
});
