import { describe, expect, test } from "vitest";
import { prepare } from "../../src/api.js";
import { gradeArticle, statementCounts, type GradingInput } from "../../src/grade/score.js";
import type { Attribution, Quote, ReportedFinding, Severity, SpeakerType } from "../../src/types.js";

const { rubric } = prepare();

function finding(rule: string, severity: Severity = "warning"): ReportedFinding {
  return { rule, severity, message: rule, span: null, related: [], data: {} };
}

function quote(speakerType: SpeakerType | null): Quote {
  return { kind: "direct", span: { start: 0, end: 1 }, text: "…", speaker: speakerType ? "x" : null, speakerSpan: null, speakerType, cue: null, cueSpan: null };
}

/** Grading input with its statement counts taken from quotes and attributions, as analysis counts them. */
function article({ quotes = [], attributions = [], ...fields }: Partial<GradingInput> & { quotes?: Quote[]; attributions?: Attribution[] }): GradingInput {
  return { author: "Anna Berg", credits: [], findings: [], statements: statementCounts(quotes, attributions), ...fields };
}

const pointsOf = (input: GradingInput) => Object.fromEntries(gradeArticle(input, rubric).deductions.map((d) => [d.signal, d.points]));

describe("article score", () => {
  test("a clean, bylined article keeps every point", () => {
    expect(gradeArticle(article({}), rubric)).toEqual({ score: 100, grade: "A", deductions: [] });
  });

  test("a missing date costs once, even when relative days cannot be resolved for the same reason", () => {
    const alone = gradeArticle(article({ findings: [finding("date/missing")] }), rubric);
    const both = gradeArticle(article({ findings: [finding("date/missing"), finding("date/unanchored-relative")] }), rubric);
    expect(both.score).toBe(alone.score);
    expect(both.deductions).toEqual([
      {
        signal: "dating",
        points: 15,
        reason: "No publication date, so the story cannot be placed in time",
        cause: "date/missing",
        rules: ["date/missing", "date/unanchored-relative"],
      },
    ]);
  });

  test("repeats cost more, up to the signal's weight", () => {
    expect(pointsOf(article({ findings: [finding("attribution/vague-source")] }))).toEqual({ sourcing: 15 });
    expect(pointsOf(article({ findings: Array.from({ length: 2 }, () => finding("attribution/vague-source")) }))).toEqual({ sourcing: 20 });
    expect(pointsOf(article({ findings: Array.from({ length: 9 }, () => finding("attribution/vague-source")) }))).toEqual({ sourcing: 25 });
  });

  test("different causes add up, and every point lost is a deduction", () => {
    const graded = gradeArticle(
      article({ author: null, findings: [finding("date/missing"), finding("boilerplate/disclaimer"), finding("attribution/headline-quote-unsupported")] }),
      rubric,
    );
    expect(graded.deductions.map((d) => [d.signal, d.points])).toEqual([
      ["dating", 15],
      ["reuse", 12],
      ["headline", 10],
      ["byline", 5],
    ]);
    expect(graded.score).toBe(100 - 15 - 12 - 10 - 5);
    expect(graded.grade).toBe("E");
  });

  test("the share of statements without a named speaker costs its share of the sourcing weight", () => {
    const quotes = [quote("person"), quote("anonymous"), quote("vague"), quote(null)];
    const [deduction] = gradeArticle(article({ quotes }), rubric).deductions;
    expect(deduction).toMatchObject({ signal: "sourcing", points: 18.8, cause: "unnamed-share", reason: "3 of 4 statements name no checkable speaker" });
    // Too few statements to speak of a share.
    expect(gradeArticle(article({ quotes: quotes.slice(1, 3) }), rubric).deductions).toEqual([]);
    // Named speakers of every kind count as named.
    const named = (["person", "agency", "media", "institution", "platform"] as const).map(quote);
    expect(gradeArticle(article({ quotes: named }), rubric).deductions).toEqual([]);
  });

  test("an anonymous-source finding and an unnamed quote are one cause: the larger cost counts", () => {
    const quotes = [quote("person"), quote("person"), quote("anonymous")];
    expect(pointsOf(article({ quotes, findings: [finding("attribution/anonymous-source")] }))).toEqual({ sourcing: 8.3 });
  });

  test("deeper attribution chains cost more", () => {
    const chain = (...names: string[]) => ({ chain: names, span: { start: 0, end: 1 }, cue: null });
    expect(pointsOf(article({ attributions: [chain("Peskow", "BBC")] }))).toEqual({});
    expect(pointsOf(article({ attributions: [chain("Peskow", "RIA Novosti", "BBC")], findings: [finding("attribution/chain")] }))).toEqual({ chain: 3.3 });
    expect(pointsOf(article({ attributions: [chain("a", "b", "c", "d", "e", "f")] }))).toEqual({ chain: 10 });
  });

  test("agency copy costs only when the article credits no agency", () => {
    expect(pointsOf(article({ findings: [finding("overlap/agency-rewrite")] }))).toEqual({ reuse: 10 });
    expect(pointsOf(article({ credits: ["dpa"], findings: [finding("overlap/agency-rewrite")] }))).toEqual({});
  });

  test("rules the rubric does not name count by severity", () => {
    const graded = gradeArticle(article({ findings: [finding("house/style", "warning"), finding("house/banned", "error"), finding("house/note", "info")] }), rubric);
    expect(graded.deductions).toEqual([
      { signal: "other", points: 10, reason: "Other findings: house/banned, house/note, house/style", cause: "other-rules", rules: ["house/banned", "house/note", "house/style"] },
    ]);
  });

  test("findings that describe the corpus, not a defect, cost nothing", () => {
    expect(gradeArticle(article({ findings: [finding("overlap/quote-variant"), finding("overlap/near-duplicate", "warning")] }), rubric).deductions).toEqual([]);
  });

  test("grades follow the bands", () => {
    const score = (author: string | null, rules: string[]) => gradeArticle(article({ author, findings: rules.map((r) => finding(r)) }), rubric);
    expect(score(null, []).grade).toBe("A");
    expect(score(null, ["boilerplate/chrome"]).grade).toBe("A");
    expect(score(null, ["date/missing"]).grade).toBe("B");
    expect(score(null, ["date/missing", "boilerplate/chrome"]).grade).toBe("C");
  });
});
