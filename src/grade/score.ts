// An article's score: 100 minus what each signal of the rubric costs. A signal costs the largest
// share any of its components asks for, so correlated findings of one cause cost once.
import { groupBy } from "../group.js";
import type { Attribution, Deduction, Grade, Quote, ReportedFinding, SpeakerType } from "../types.js";
import { gradeOf, type Component, type Rubric } from "./rubric.js";

/** What grading reads of an article: its report data, before it has a score. */
export interface GradingInput {
  author: string | null;
  credits: readonly string[];
  findings: readonly ReportedFinding[];
  statements: StatementCounts;
}

/** What grading reads of an article's quotes and attributions (counted where they are read, so the objects need not travel). */
export interface StatementCounts {
  /** Quotes and reported statements that assert something (`asserts` not false). */
  statements: number;
  /** Those whose speaker is not named (anonymous, vague or unknown). */
  unnamed: number;
  /** The most intermediaries of any attribution chain. */
  intermediaries: number;
}

export function statementCounts(quotes: readonly Quote[], attributions: readonly Attribution[]): StatementCounts {
  // "A spokesman declined to comment" states nothing, named or not.
  const made = quotes.filter((q) => q.asserts !== false);
  return {
    statements: made.length,
    unnamed: made.filter((q) => q.speakerType === null || !NAMED.has(q.speakerType)).length,
    intermediaries: Math.max(0, ...attributions.map((a) => a.chain.length - 1)),
  };
}

export interface ArticleGrade {
  score: number;
  grade: Grade;
  deductions: Deduction[];
}

const NAMED: ReadonlySet<SpeakerType> = new Set(["person", "agency", "media", "institution", "platform"]);

interface Cost {
  share: number;
  reason: string;
  rules: string[];
}

export function gradeArticle(article: GradingInput, rubric: Rubric): ArticleGrade {
  const byRule = groupBy(article.findings, (f) => f.rule);
  const known = namedRules(rubric);
  const deductions: Deduction[] = [];
  for (const signal of rubric.signals) {
    let worst: { component: Component; cost: Cost } | null = null;
    const rules = new Set<string>();
    for (const component of signal.components) {
      const cost = costOf(component, article, byRule, known);
      if (!cost) continue;
      for (const rule of cost.rules) rules.add(rule);
      if (!worst || cost.share > worst.cost.share) worst = { component, cost };
    }
    const points = worst ? round1(signal.weight * Math.min(1, worst.cost.share)) : 0;
    if (worst && points > 0) {
      deductions.push({ signal: signal.id, points, reason: worst.cost.reason, cause: causeOf(worst.component), rules: [...rules].sort() });
    }
  }
  deductions.sort((a, b) => b.points - a.points);
  const score = Math.max(0, round1(100 - deductions.reduce((sum, d) => sum + d.points, 0)));
  return { score, grade: gradeOf(score, rubric.bands), deductions };
}

export function causeOf(component: Component): string {
  return component.kind === "rule" ? component.rule : component.kind;
}

function costOf(
  component: Component,
  article: GradingInput,
  byRule: ReadonlyMap<string, readonly ReportedFinding[]>,
  named: ReadonlySet<string>,
): Cost | null {
  switch (component.kind) {
    case "rule": {
      const found = byRule.get(component.rule)?.length ?? 0;
      if (found === 0 || (component.unlessCredited && article.credits.length > 0)) return null;
      return { share: component.cost + component.repeat * (found - 1), reason: component.article, rules: [component.rule] };
    }
    case "unnamed-share": {
      const { statements, unnamed } = article.statements;
      if (statements < component.minStatements || unnamed === 0) return null;
      return { share: unnamed / statements, reason: fill(component.article, { unnamed, statements }), rules: [] };
    }
    case "chain-depth": {
      const { intermediaries } = article.statements;
      if (intermediaries < 2) return null;
      return { share: (intermediaries - 1) / (component.fullAt - 1), reason: fill(component.article, { intermediaries }), rules: [] };
    }
    case "no-byline":
      return article.author?.trim() ? null : { share: 1, reason: component.article, rules: [] };
    case "other-rules": {
      const others = article.findings.filter((f) => !named.has(f.rule));
      const share = others.reduce((sum, f) => sum + component.costs[f.severity], 0);
      if (share === 0) return null;
      const rules = [...new Set(others.map((f) => f.rule))].sort();
      return { share, reason: fill(component.article, { rules: rules.join(", ") }), rules };
    }
  }
}

const named = new WeakMap<Rubric, ReadonlySet<string>>();

/** Every rule the rubric names, in a signal or as unscored; the others fall to the "other-rules" measure. */
export function namedRules(rubric: Rubric): ReadonlySet<string> {
  const known = named.get(rubric);
  if (known) return known;
  const rules = new Set([...rubric.unscored, ...rubric.signals.flatMap((s) => s.components.flatMap((c) => (c.kind === "rule" ? [c.rule] : [])))]);
  named.set(rubric, rules);
  return rules;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
