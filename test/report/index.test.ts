import { describe, expect, test } from "vitest";
import { reportFormat, reportFormats } from "../../src/report/index.js";
import { sampleInput } from "./fixture.js";

describe("report format registry", () => {
  test("names every format with its file inside --out, or stdout", () => {
    expect(reportFormats.map(({ name, file }) => [name, file])).toEqual([
      ["html", "report.html"],
      ["json", "report.json"],
      ["sarif", "report.sarif"],
      ["junit", "report.junit.xml"],
      ["github", null],
      ["stylish", null],
    ]);
    expect(reportFormat("sarif")?.file).toBe("report.sarif");
    expect(reportFormat("pdf")).toBeUndefined();
  });

  test.each(reportFormats.map((format) => [format.name, format] as const))("%s is deterministic and leaves its input alone", (_, format) => {
    const input = sampleInput();
    const first = format.render(input);
    expect(format.render(input)).toBe(first);
    expect(format.render(sampleInput())).toBe(first);
    expect(input).toEqual(sampleInput());
    expect(first.endsWith("\n") || first === "").toBe(true);
  });

  test.each(reportFormats.map((format) => [format.name, format] as const))("%s copes with an empty report", (_, format) => {
    const input = sampleInput();
    input.report = { ...input.report, articles: [], sources: [], overlaps: [], skipped: [] };
    expect(() => format.render(input)).not.toThrow();
  });
});
