import { describe, expect, test } from "vitest";
import { prepare } from "../../src/api.js";
import { gradeArticle, statementCounts } from "../../src/grade/score.js";
import { gradeSources } from "../../src/grade/sources.js";
import type { ArticleReport } from "../../src/types.js";

const { rubric } = prepare();

function article(id: string, source: string | null, rules: string[], author: string | null = "Anna Berg"): ArticleReport {
  const findings = rules.map((rule) => ({ rule, severity: "warning" as const, message: rule, span: null, related: [], data: {} }));
  const graded = gradeArticle({ author, credits: [], findings, statements: statementCounts([], []) }, rubric);
  return { id, path: `${id}.txt`, source, title: null, author, published: null, language: "de", credits: [], ...graded, findings, quotes: [], attributions: [] };
}

describe("source grades", () => {
  const articles = [
    article("a1", "Tagesblatt", ["date/missing"]),
    article("a2", "Tagesblatt", ["date/missing", "date/unanchored-relative"]),
    article("a3", "Tagesblatt", ["date/missing", "boilerplate/chrome"]),
    article("a4", "Tagesblatt", []),
    article("a5", "Tagesblatt", ["boilerplate/chrome"], null),
    article("x", null, ["boilerplate/disclaimer"]),
    article("b1", "Abendpost", []),
  ];
  const sources = gradeSources(articles, rubric);

  test("only named sources, sorted by name; an article without a source is no source", () => {
    expect(sources.map((s) => s.name)).toEqual(["Abendpost", "Tagesblatt"]);
    expect(sources.flatMap((s) => s.articles)).not.toContain("x");
  });

  test("a source scores the mean of its articles", () => {
    const tagesblatt = sources.find((s) => s.name === "Tagesblatt")!;
    expect(tagesblatt.score).toBe((85 + 85 + 81 + 100 + 91) / 5);
    expect(tagesblatt.grade).toBe("B");
  });

  test("reasons name the costliest causes in plain words, with their count and points", () => {
    expect(sources.find((s) => s.name === "Tagesblatt")!.reasons).toEqual([
      "No publication date in 3 of 5 articles (−15 points each)",
      "Page chrome in the body in 2 of 5 articles (−4 points each)",
      "No author named in 1 of 5 articles (−5 points)",
    ]);
    expect(sources.find((s) => s.name === "Abendpost")!.reasons).toEqual([]);
  });
});
