// The engine: runs every enabled rule (article rules, then corpus rules) and returns
// their findings, configured, deduplicated and in a stable order. It names no rule.
import { packsFor } from "../analyse/index.js";
import { configError, type Config } from "../config/config.js";
import type { RuleLibrary } from "../packs/types.js";
import type { AnalysedArticle, Finding, FindingInput, Severity } from "../types.js";
import type { ArticleRule, CorpusFacts, Rule, RuleOptionValue } from "./rule.js";
import { sortFindings } from "./findings.js";

interface ActiveRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, RuleOptionValue>;
}

/** Checks the config against the rules (unknown ids or options are errors) and keeps the enabled ones. */
export function activeRules(rules: readonly Rule[], config: Config): ActiveRule[] {
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  for (const id of Object.keys(config.rules)) {
    if (!byId.has(id)) throw configError(config, ["rules", id], `unknown rule "${id}" (see \`wirecheck rules\`)`);
  }
  return rules.flatMap((rule) => {
    const setting = config.rules[rule.meta.id];
    const defaults = rule.meta.options ?? {};
    for (const [key, value] of Object.entries(setting?.options ?? {})) {
      const expected = defaults[key];
      if (expected === undefined) {
        throw configError(config, ["rules", rule.meta.id, "options", key], `rule "${rule.meta.id}" has no option "${key}"`);
      }
      if (typeof value !== typeof expected) {
        throw configError(config, ["rules", rule.meta.id, "options", key], `expected a ${typeof expected}`);
      }
    }
    // Options are checked even for a rule that is off: a typo should not wait to bite.
    if (setting && !setting.enabled) return [];
    const options = { ...defaults, ...(setting?.options as Record<string, RuleOptionValue> | undefined) };
    return [{ rule, severity: setting?.severity ?? rule.meta.severity, options }];
  });
}

const NO_CORPUS_FACTS: CorpusFacts = { overlaps: [], earlier: [] };

export function runRules(articles: readonly AnalysedArticle[], active: readonly ActiveRule[], library: RuleLibrary, corpus = NO_CORPUS_FACTS): Finding[] {
  const findings: Finding[] = [];
  const current = new Set(articles.map((a) => a.article.id));
  const emit = (a: ActiveRule, articleId: string, f: FindingInput): void => {
    // Findings belong to this run's articles; archived ones are only compared with.
    if (!current.has(articleId)) return;
    findings.push({
      articleId,
      rule: a.rule.meta.id,
      severity: a.severity,
      message: f.message,
      span: f.span ?? null,
      related: [...(f.related ?? [])].sort(),
      data: f.data ?? {},
    });
  };
  for (const a of active) {
    const { rule } = a;
    if (!isArticleRule(rule)) continue;
    for (const analysed of articles) {
      const language = analysed.facts.language;
      if (rule.meta.languages && language && !rule.meta.languages.includes(language)) continue;
      const pack = language ? library.packs.get(language) ?? null : null;
      rule.check({
        ...analysed,
        packs: packsFor(pack, library),
        options: a.options,
        report: (f) => emit(a, analysed.article.id, f),
      });
    }
  }
  for (const a of active) {
    const { rule } = a;
    if (isArticleRule(rule)) continue;
    rule.check({ articles, ...corpus, library, options: a.options, report: (id, f) => emit(a, id, f) });
  }
  const order = new Map(articles.map((a, i) => [a.article.id, i]));
  return sortFindings(findings, order);
}

function isArticleRule(rule: Rule): rule is ArticleRule {
  return rule.meta.scope === "article";
}
