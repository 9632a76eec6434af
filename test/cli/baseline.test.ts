import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { baselineFile, loadBaseline, newFindings } from "../../src/cli/baseline.js";
import type { Finding } from "../../src/types.js";
import { tempDir } from "../helpers/cli.js";

function finding(articleId: string, rule: string, message: string, start = 0): Finding {
  return { articleId, rule, severity: "warning", message, span: { start, end: start + 5 }, related: [], data: {} };
}

const accepted = [finding("a", "attribution/vague-source", "Vague sourcing: “Quelle: Agenturen”"), finding("a", "date/missing", "No date")];

function saved(content: string): string {
  const file = join(tempDir(), "baseline.json");
  writeFileSync(file, content);
  return file;
}

describe("baseline", () => {
  test("counts accepted findings per article and rule, so reworded or moved findings stay accepted", () => {
    const baseline = loadBaseline(saved(baselineFile(accepted)));
    const edited = [finding("a", "attribution/vague-source", "Vague sourcing: “Quelle: dpa, Agenturen”", 40), finding("a", "date/missing", "No date")];
    expect(newFindings(edited, baseline)).toEqual([]);
  });

  test("a second finding of an accepted rule, or one in another article, is new", () => {
    const baseline = loadBaseline(saved(baselineFile(accepted)));
    const more = [...accepted, finding("a", "attribution/vague-source", "Vague sourcing: “sources said”", 90), finding("b", "date/missing", "No date")];
    expect(newFindings(more, baseline).map((f) => [f.articleId, f.message])).toEqual([
      ["a", "Vague sourcing: “sources said”"],
      ["b", "No date"],
    ]);
  });

  test("the file is sorted and stable", () => {
    expect(baselineFile([...accepted].reverse())).toBe(baselineFile(accepted));
    expect(JSON.parse(baselineFile(accepted))).toEqual({
      format: "wirecheck-baseline",
      version: 1,
      accepted: { a: { "attribution/vague-source": 1, "date/missing": 1 } },
    });
  });

  test("an earlier report.json works as a baseline", () => {
    const report = { articles: [{ id: "a", findings: [{ rule: "date/missing", message: "other words" }] }] };
    expect(newFindings(accepted, loadBaseline(saved(JSON.stringify(report)))).map((f) => f.rule)).toEqual(["attribution/vague-source"]);
  });

  test("a missing file is empty only when it is about to be written; a bad file is a one-line error", () => {
    const missing = join(tempDir(), "none.json");
    expect(loadBaseline(missing, true).size).toBe(0);
    expect(() => loadBaseline(missing)).toThrow(/none\.json: cannot read baseline \(no such file or folder\)/);
    expect(() => loadBaseline(saved("{}"))).toThrow(/not a wirecheck baseline or report\.json/);
  });
});
