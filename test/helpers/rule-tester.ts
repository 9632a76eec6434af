// ESLint's RuleTester idea for wirecheck: a table of texts on which a rule must stay
// silent and texts on which it must fire, run through the real pipeline (ingest
// values → analysis → engine), so that a rule test also tests what the rule reads.
import { describe, expect, it } from "vitest";
import { auditIngested, prepare } from "../../src/api.js";
import type { Article, Finding } from "../../src/types.js";

export interface ArticleCase {
  text: string;
  title?: string;
  published?: string;
  source?: string;
  language?: string;
  url?: string;
}

export interface ValidCase extends ArticleCase {
  name: string;
  /** Further articles of the corpus (corpus rules). */
  others?: ArticleCase[];
}

export interface InvalidCase extends ValidCase {
  /** How many findings of the rule on the first article (default: at least one). */
  count?: number;
  /** Text each finding's span must cover, in order (a prefix of the list is enough for fewer). */
  spans?: string[];
  /** Substrings the message of the first finding must contain. */
  message?: string[];
}

export const setup = prepare();

export function article(c: ArticleCase, id: string): Article {
  return {
    id,
    path: `${id}.txt`,
    source: c.source ?? null,
    url: c.url ?? null,
    title: c.title ?? null,
    author: null,
    published: c.published ?? null,
    declaredLanguage: c.language ?? null,
    text: c.text,
    textOrigin: null,
  };
}

/** The findings of `ruleId` on the first article of a case. */
export function findingsOf(ruleId: string, c: ValidCase): Finding[] {
  const articles = [c, ...(c.others ?? [])].map((a, i) => article(a, `a${i}`));
  const { findings } = auditIngested({ articles, skipped: [] }, setup);
  return findings.filter((f) => f.rule === ruleId && f.articleId === "a0");
}

export function testRule(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    it("is a known rule", () => {
      expect(setup.rules.map((r) => r.meta.id)).toContain(ruleId);
    });
    for (const c of cases.valid) {
      it(`stays silent: ${c.name}`, () => {
        expect(findingsOf(ruleId, c).map((f) => f.message)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`fires: ${c.name}`, () => {
        const found = findingsOf(ruleId, c);
        if (c.count !== undefined) expect(found).toHaveLength(c.count);
        else expect(found.length).toBeGreaterThan(0);
        (c.spans ?? []).forEach((covered, i) => {
          const span = found[i]?.span;
          expect(span, `finding ${i} has a span`).toBeTruthy();
          expect(c.text.slice(span!.start, span!.end)).toContain(covered);
        });
        for (const part of c.message ?? []) expect(found[0]!.message).toContain(part);
      });
    }
  });
}
