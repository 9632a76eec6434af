// Turns a declarative rule (data from rules/*.yaml) into an ordinary article rule.
// Two kinds, after Vale's: `existence` reports every match of its patterns inside a
// scope unit; `occurrence` reports a unit whose number of matches is outside [min, max].
import type { ArticleContext, ArticleRule } from "../engine/rule.js";
import type { DeclarativeCheck, DeclarativeRule, LanguagePack, PatternSource } from "../packs/types.js";
import { anyOf, anyOfTester, vocabSources } from "../packs/patterns.js";
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
        const flags = check.ignorecase ? "giu" : "gu";
        const re = patternFor(check.patterns, flags, ctx.packs);
        if (!re) continue;
        const matchesAny = testerFor(check.patterns, flags, ctx.packs);
        const except = check.exceptAfter ? patternFor(check.exceptAfter, "u", ctx.packs, "$") : null;
        const onlyIf = check.onlyIf ? patternFor(check.onlyIf, check.ignorecase ? "iu" : "u", ctx.packs) : null;
        for (const unit of unitsOf(ctx, check.scope)) {
          if (check.maxLength !== null && unit.text.length > check.maxLength) continue;
          // Most units match nothing: one test() is far cheaper than a matchAll iterator.
          if (check.min === null && !matchesAny(unit.text)) continue;
          if (onlyIf && !onlyIf.test(unit.text)) continue;
          if (check.kind === "existence") reportMatches(ctx, check, re, except, unit);
          else reportCount(ctx, check, re, unit);
        }
      }
    },
  };
}

/** How far back an exception may look. */
const EXCEPT_WINDOW = 80;

function reportMatches(ctx: ArticleContext, check: DeclarativeCheck, re: RegExp, except: RegExp | null, unit: Unit): void {
  const matches = [...unit.text.matchAll(re)].filter(
    (m) => m[0].length > 0 && !except?.test(unit.text.slice(Math.max(0, m.index - EXCEPT_WINDOW), m.index)),
  );
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

// One alternation (and one tester) per pattern source, flags and pack set, built on first use.
const compiled = new WeakMap<PatternSource, Map<string, RegExp | null>>();
const testers = new WeakMap<PatternSource, Map<string, (text: string) => boolean>>();

function patternFor(source: PatternSource, flags: string, packs: LanguagePack[], suffix = ""): RegExp | null {
  return built(compiled, source, packs, (list) => anyOf(list, flags, "", suffix));
}

function testerFor(source: PatternSource, flags: string, packs: LanguagePack[]): (text: string) => boolean {
  return built(testers, source, packs, (list) => anyOfTester(list, flags));
}

function built<T>(cache: WeakMap<PatternSource, Map<string, T>>, source: PatternSource, packs: LanguagePack[], build: (list: readonly string[]) => T): T {
  let byPacks = cache.get(source);
  if (!byPacks) cache.set(source, (byPacks = new Map()));
  // One pack (the article's language known) is the common case: its name is the key, with no array joined.
  const key = !("vocab" in source) ? "" : packs.length === 1 ? packs[0]!.language : packs.map((p) => p.language).join(",");
  if (!byPacks.has(key)) {
    const list = "inline" in source ? source.inline : packs.flatMap((p) => vocabSources(p, source.vocab));
    byPacks.set(key, build(list));
  }
  return byPacks.get(key)!;
}
