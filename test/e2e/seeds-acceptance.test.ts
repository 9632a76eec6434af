// The seeds acceptance test: the real CLI on seeds/, checked against
// test/fixtures/expected.json (a copy of the seeds' expected audit).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ArticleReport, AuditReport } from "../../src/types.js";
import { repoRoot, runCli, tempDir } from "../helpers/cli.js";

interface ExpectedArticle {
  language?: string;
  published?: string | null;
  title?: string;
  creditsInclude?: string[];
  mustFire?: string[];
  mustNotFire?: string[];
  chainsInclude?: string[][];
  speakersInclude?: string[];
}

interface ExpectedOverlaps {
  mustFind: { a: string; b: string; passageKindsInclude?: string[] }[];
  /** Pairs that must not overlap; "*" stands for any article. */
  mustNotFind: [string, string][];
}

const expected = JSON.parse(readFileSync(join(repoRoot, "test/fixtures/expected.json"), "utf8")) as {
  articles: Record<string, ExpectedArticle>;
  overlaps: ExpectedOverlaps;
};

const flat = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, " ").trim();

let report: AuditReport;
let byId: Map<string, ArticleReport>;

beforeAll(() => {
  const out = tempDir();
  const run = runCli(["audit", "seeds", "--format", "json", "--out", out]);
  expect([0, 1]).toContain(run.status);
  report = JSON.parse(readFileSync(join(out, "report.json"), "utf8"));
  byId = new Map(report.articles.map((a) => [a.id, a]));
});

describe("seeds acceptance", () => {
  it("audits all five seed articles and skips nothing", () => {
    expect([...byId.keys()].sort()).toEqual(Object.keys(expected.articles).sort());
    expect(report.skipped).toEqual([]);
  });

  for (const [id, exp] of Object.entries(expected.articles)) {
    describe(id, () => {
      const article = () => byId.get(id)!;
      const fired = () => new Set(article().findings.map((f) => f.rule));
      if (exp.language !== undefined) it(`language is ${exp.language}`, () => expect(article().language).toBe(exp.language));
      if (exp.published !== undefined) it(`published is ${exp.published}`, () => expect(article().published).toBe(exp.published));
      if (exp.title !== undefined) it("title is the first line", () => expect(flat(article().title)).toBe(flat(exp.title)));
      for (const agency of exp.creditsInclude ?? []) {
        it(`credits ${agency}`, () => expect(article().credits.map((c) => c.toLowerCase())).toContain(agency.toLowerCase()));
      }
      for (const rule of exp.mustFire ?? []) {
        it(`${rule} fires`, () => expect(fired()).toContain(rule));
      }
      for (const rule of exp.mustNotFire ?? []) {
        it(`${rule} does not fire`, () => expect(fired()).not.toContain(rule));
      }
      // Names match case-insensitively as substrings; a chain's members in this order (others may stand between).
      const has = (name: string, inside: string) => inside.toLowerCase().includes(name.toLowerCase());
      const inOrder = (want: string[], chain: string[]) => want.reduce((i, name) => (i >= 0 ? chain.findIndex((c, j) => j >= i && has(name, c)) : -1) + (i >= 0 ? 1 : 0), 0) === want.length;
      for (const chain of exp.chainsInclude ?? []) {
        it(`attribution chain ${chain.join(" → ")}`, () => {
          const chains = article().attributions.map((a) => a.chain);
          expect(chains.some((c) => inOrder(chain, c))).toBe(true);
        });
      }
      for (const speaker of exp.speakersInclude ?? []) {
        it(`a quote attributed to ${speaker}`, () => {
          expect(article().quotes.some((q) => q.speaker !== null && has(speaker, q.speaker))).toBe(true);
        });
      }
    });
  }

  describe("overlaps", () => {
    const between = (x: string, y: string) =>
      report.overlaps.filter((o) => (o.a === x && (y === "*" || o.b === y)) || (o.b === x && (y === "*" || o.a === y)));
    for (const want of expected.overlaps.mustFind) {
      it(`relates ${want.a} and ${want.b}`, () => expect(between(want.a, want.b)).toHaveLength(1));
      for (const kind of want.passageKindsInclude ?? []) {
        it(`with a ${kind} passage`, () => expect(between(want.a, want.b)[0]?.passages.map((p) => p.kind)).toContain(kind));
      }
    }
    for (const [x, y] of expected.overlaps.mustNotFind) {
      it(`relates ${x} to ${y === "*" ? "no article" : y}`, () => expect(between(x, y)).toEqual([]));
    }
  });

  it("scores 002 lowest and 001 highest", () => {
    const scores = report.articles.map((a) => [a.id, a.score] as const);
    const min = Math.min(...scores.map(([, s]) => s));
    const max = Math.max(...scores.map(([, s]) => s));
    expect(scores.filter(([, s]) => s === min).map(([id]) => id)).toEqual(["002_699b7f408b553c12"]);
    expect(scores.filter(([, s]) => s === max).map(([id]) => id)).toEqual(["001_952714ba446f90a4"]);
  });

  it("explains every point lost, and 002's low score by its missing date, vague sourcing and taken text", () => {
    for (const article of report.articles) {
      const lost = article.deductions.reduce((sum, d) => sum + d.points, 0);
      expect(article.score).toBeCloseTo(Math.max(0, 100 - lost), 5);
      for (const d of article.deductions) expect(d.reason.length).toBeGreaterThan(10);
    }
    const causes = byId.get("002_699b7f408b553c12")!.deductions.map((d) => d.cause);
    expect(causes).toEqual(expect.arrayContaining(["date/missing", "attribution/vague-source", "boilerplate/disclaimer"]));
  });
});
