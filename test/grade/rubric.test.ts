import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { prepare } from "../../src/api.js";
import { parseConfig } from "../../src/config/config.js";
import { configuredRubric, parseRubric } from "../../src/grade/rubric.js";
import { namedRules } from "../../src/grade/score.js";
import { builtinRubricFile } from "../../src/paths.js";

const FILE = "/project/wirecheck.config.yaml";
const builtin = parseRubric(builtinRubricFile, readFileSync(builtinRubricFile, "utf8"));
const withConfig = (content: string) => configuredRubric(builtin, parseConfig(FILE, content));

describe("grading rubric", () => {
  test("the built-in rubric names every signal of the issue, weights summing to about 100", () => {
    expect(builtin.signals.map((s) => s.id)).toEqual(["sourcing", "dating", "reuse", "headline", "chain", "damage", "byline", "other"]);
    const total = builtin.signals.reduce((sum, s) => sum + s.weight, 0);
    expect(total).toBeGreaterThanOrEqual(100);
    expect(total).toBeLessThanOrEqual(110);
  });

  test("every rule of the rule catalogue is graded by name, not left to the catch-all", () => {
    const named = namedRules(builtin);
    expect(prepare().rules.map((r) => r.meta.id).filter((id) => !named.has(id))).toEqual([]);
    expect(builtin.unscored).toEqual(["overlap/near-duplicate", "overlap/shared-passage", "overlap/quote-variant"]);
  });

  test("a config changes weights and bands", () => {
    const rubric = withConfig("grading:\n  weights:\n    dating: 5\n    byline: 0\n  bands: { A: 95 }\n");
    expect(rubric.signals.find((s) => s.id === "dating")!.weight).toBe(5);
    expect(rubric.signals.find((s) => s.id === "byline")!.weight).toBe(0);
    expect(rubric.bands).toEqual({ A: 95, B: 80, C: 70, D: 60, E: 50 });
  });

  test("config errors name file, line and column", () => {
    expect(() => withConfig("grading:\n  weights:\n    datin: 5\n")).toThrow(`${FILE}:3:5: unknown grading signal "datin"`);
    expect(() => withConfig("grading:\n  weights:\n    dating: -1\n")).toThrow(`${FILE}:3:5: grading.weights.dating: expected points between 0 and 100`);
    expect(() => withConfig("grading:\n  weights:\n    dating: lots\n")).toThrow(`${FILE}:3:5: grading.weights.dating: expected a number`);
    expect(() => withConfig("grading:\n  bands: { B: 95 }\n")).toThrow(`${FILE}:2:12: grade B must start below grade A (90)`);
    expect(() => withConfig("grading:\n  bands: { G: 10 }\n")).toThrow(`${FILE}:2:12: grading.bands.G: unknown key`);
    expect(() => withConfig("grading:\n  weight: {}\n")).toThrow(`${FILE}:2:3: grading.weight: unknown key (allowed: weights, bands)`);
  });

  test("rubric errors name file, line and column", () => {
    const base = "bands: { A: 90, B: 80, C: 70, D: 60, E: 50 }\nsignals:\n";
    const signal = (id: string, rule: string) =>
      `  - id: ${id}\n    weight: 10\n    label: L\n    components:\n      - rule: ${rule}\n        cost: 0.5\n        article: a\n        source: s\n`;
    expect(() => parseRubric("g.yaml", base + signal("one", "date/missing") + signal("two", "date/missing"))).toThrow(
      `g.yaml:15:9: signals[1].components[0].rule: rule "date/missing" already belongs to signal "one"`,
    );
    expect(() => parseRubric("g.yaml", base + signal("one", "date/missing").replace("0.5", "2"))).toThrow("g.yaml:8:9: signals[0].components[0].cost: expected a share between 0 and 1");
    expect(() => parseRubric("g.yaml", base.replace("signals:", "unscored: [date/missing]\nsignals:") + signal("one", "date/missing"))).toThrow(
      `g.yaml:8:9: signals[0].components[0].rule: rule "date/missing" already belongs to the unscored rules`,
    );
    expect(() => parseRubric("g.yaml", base + signal("one", "x").replace("rule: x", "measure: guesswork"))).toThrow(
      "g.yaml:7:9: signals[0].components[0].measure: expected one of unnamed-share, chain-depth, no-byline, other-rules",
    );
  });
});
