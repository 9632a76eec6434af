import { describe, expect, test } from "vitest";
import { jsonChunks, jsonPieces, renderJson } from "../../src/report/json.js";
import { sampleInput } from "./fixture.js";

describe("report.json", () => {
  const output = renderJson(sampleInput());
  const parsed = JSON.parse(output);

  test("round-trips to the same value, two-space indented, newline-terminated", () => {
    expect(parsed).toEqual(sampleInput().report);
    expect(output).toBe(JSON.stringify(sampleInput().report, null, 2) + "\n");
  });

  test("has the contract's keys", () => {
    expect(Object.keys(parsed)).toEqual(["schemaVersion", "tool", "articles", "sources", "grading", "overlaps", "skipped"]);
    expect(parsed.schemaVersion).toBe(1);
    expect(parsed.tool).toEqual({ name: "wirecheck", version: "0.1.0" });
    const article = parsed.articles[0];
    for (const key of ["id", "path", "source", "title", "published", "language", "credits", "score", "grade", "deductions", "findings", "quotes", "attributions"]) {
      expect(article).toHaveProperty(key);
    }
    expect(Object.keys(article.findings[0]).sort()).toEqual(["data", "message", "related", "rule", "severity", "span"]);
    expect(Object.keys(parsed.sources[0]).sort()).toEqual(["articles", "grade", "name", "reasons", "score"]);
    expect(Object.keys(parsed.overlaps[0]).sort()).toEqual(["a", "b", "origin", "passages", "score"]);
    expect(Object.keys(parsed.overlaps[0].passages[0]).sort()).toEqual(["a", "b", "kind", "similarity"]);
    expect(parsed.skipped).toEqual([{ path: "broken/bad.json", reason: "Unexpected token } in JSON at position 12" }]);
  });

  test("the time of the run appears only when the caller sets it", () => {
    expect(output).not.toContain("generated");
    const input = sampleInput();
    input.report.tool.generated = "2026-11-23T19:00:00Z";
    expect(JSON.parse(renderJson(input)).tool.generated).toBe("2026-11-23T19:00:00Z");
  });

  test("written in pieces, the same bytes as one JSON.stringify, whatever the lists hold", () => {
    const input = sampleInput();
    input.report.overlaps = [];
    input.report.archived = [];
    input.report.articles[0]!.title = "Zeile eins\nZeile „zwei“";
    const pieces = [...jsonChunks(input)];
    expect(pieces.length).toBeGreaterThan(input.report.articles.length + 2);
    expect(pieces.join("")).toBe(JSON.stringify(input.report, null, 2) + "\n");
    expect([...jsonPieces(input.report)].join("")).toBe(JSON.stringify(input.report, null, 2));
  });
});
