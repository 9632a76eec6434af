// Turns a declarative rule (data from rules/*.yaml) into an ordinary article rule.
// Two kinds, after Vale's: `existence` reports every match of its patterns inside a
// scope unit; `occurrence` reports a unit whose number of matches is outside [min, max].
import type { ArticleContext, ArticleRule } from "../engine/rule.js";
import type { DeclarativeCheck, DeclarativeRule, LanguagePack } from "../packs/types.js";
import { unitsOf, type Unit } from "./units.js";

const MAX_QUOTED = 80;

export function compileDeclarativeRule(rule: DeclarativeRule): ArticleRule {
  return {
    meta: {
      id: rule.id,
      severity: rule.severity,
      description: rule.description,
      docs: rule.docs,
      languages: rule.languages,
      scope: "article",
    },
    check(ctx) {
      for (const check of rule.checks) {
        const re = patternFor(check, ctx.packs);
        if (!re) continue;
        for (const unit of unitsOf(ctx, check.scope)) {
          if (check.maxLength !== null && unit.text.length > check.maxLength) continue;
          if (check.kind === "existence") reportMatches(ctx, check, re, unit);
          else reportCount(ctx, check, re, unit);
        }
      }
    },
  };
}

function reportMatches(ctx: ArticleContext, check: DeclarativeCheck, re: RegExp, unit: Unit): void {
  const matches = [...unit.text.matchAll(re)].filter((m) => m[0].length > 0);
  const at = (start: number, end: number) => (unit.offset === null ? null : { start: unit.offset + start, end: unit.offset + end });
  if (check.perUnit && matches.length > 0) {
    const first = matches[0]!;
    const last = matches[matches.length - 1]!;
    ctx.report({
      message: fill(check.message, { match: quoted(first[0]) }),
      span: at(first.index, last.index + last[0].length),
      data: { matches: matches.map((m) => m[0]) },
    });
    return;
  }
  for (const m of matches) {
    ctx.report({ message: fill(check.message, { match: quoted(m[0]) }), span: at(m.index, m.index + m[0].length), data: { match: m[0] } });
  }
}

function reportCount(ctx: ArticleContext, check: DeclarativeCheck, re: RegExp, unit: Unit): void {
  const count = [...unit.text.matchAll(re)].length;
  const tooFew = check.min !== null && count < check.min;
  const tooMany = check.max !== null && count > check.max;
  if (!tooFew && !tooMany) return;
  ctx.report({
    message: fill(check.message, { count: String(count), match: quoted(unit.text) }),
    span: unit.offset === null ? null : { start: unit.offset, end: unit.offset + unit.text.length },
    data: { count },
  });
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => values[key] ?? all);
}

function quoted(s: string): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > MAX_QUOTED ? `${flat.slice(0, MAX_QUOTED - 1)}…` : flat;
}

// One alternation per check and pack set, built on first use.
const compiled = new WeakMap<DeclarativeCheck, Map<string, RegExp | null>>();

function patternFor(check: DeclarativeCheck, packs: LanguagePack[]): RegExp | null {
  let byPacks = compiled.get(check);
  if (!byPacks) compiled.set(check, (byPacks = new Map()));
  const key = "vocab" in check.patterns ? packs.map((p) => p.language).join(",") : "";
  if (!byPacks.has(key)) {
    const sources = "inline" in check.patterns
      ? check.patterns.inline
      : packs.flatMap((p) => p.vocab.get((check.patterns as { vocab: string }).vocab) ?? []);
    byPacks.set(key, sources.length ? new RegExp(sources.map((s) => `(?:${s})`).join("|"), check.ignorecase ? "giu" : "gu") : null);
  }
  return byPacks.get(key)!;
}
