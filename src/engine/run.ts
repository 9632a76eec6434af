// The engine: runs every enabled rule (article rules, then corpus rules) and returns
// their findings, configured, deduplicated and in a stable order. It names no rule.
// Each article's findings are ordered on their own: the article rules' on the thread
// that analysed the article, the corpus rules' then added to the few articles they concern.
import { packsFor } from "../analyse/index.js";
import { configError, type Config } from "../config/config.js";
import { jsonKind } from "../json-error.js";
import type { RuleLibrary } from "../packs/types.js";
import { groupBy } from "../group.js";
import type { AnalysedArticle, Finding, FindingInput, JudgedArticle, ReportedFinding, Severity } from "../types.js";
import type { ArticleContext, ArticleRule, CorpusFacts, Rule, RuleOptionValue } from "./rule.js";
import { CappedFindings } from "./cap.js";
import { sortArticleFindings } from "./findings.js";

export interface ActiveRule {
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
        throw configError(config, ["rules", rule.meta.id, "options", key], `option "${key}" of rule "${rule.meta.id}": expected a ${typeof expected}, got ${jsonKind(value)}`);
      }
    }
    // Options are checked even for a rule that is off: a typo should not wait to bite.
    if (setting && !setting.enabled) return [];
    const options = { ...defaults, ...(setting?.options as Record<string, RuleOptionValue> | undefined) };
    return [{ rule, severity: setting?.severity ?? rule.meta.severity, options }];
  });
}

const NO_CORPUS_FACTS: CorpusFacts = { overlaps: [], related: new Map(), earlier: [] };

/** Every rule over a corpus: each article's findings (its article rules' and the corpus rules'), in article order. */
export function runRules(articles: readonly AnalysedArticle[], active: readonly ActiveRule[], library: RuleLibrary, corpus = NO_CORPUS_FACTS): Finding[] {
  const added = runCorpusRules(articles, active, library, corpus);
  return articles.flatMap((a) => withAdded(checkArticle(a, active, library), added.get(a.article.id)));
}

/** The article rules on one article (the per-article work a worker thread does): findings capped, each once, sorted. */
export function checkArticle(analysed: AnalysedArticle, active: readonly ActiveRule[], library: RuleLibrary): Finding[] {
  const findings = new CappedFindings();
  const language = analysed.facts.language;
  const pack = language ? library.packs.get(language) ?? null : null;
  // One context per article, not one per rule: each rule in turn sees its own options and reports under its own id.
  let current: ActiveRule;
  const ctx: ArticleContext = {
    article: analysed.article,
    facts: analysed.facts,
    packs: packsFor(pack, library),
    options: {},
    report: (f) => findings.add(finding(current, analysed.article.id, f)),
  };
  for (const a of active) {
    const { rule } = a;
    if (!isArticleRule(rule)) continue;
    if (rule.meta.languages && language && !rule.meta.languages.includes(language)) continue;
    current = a;
    ctx.options = a.options;
    rule.check(ctx);
  }
  return sortArticleFindings(findings.findings());
}

/** The corpus rules' findings by article id, each article's capped, each once and sorted (see `withAdded`). */
export function runCorpusRules(articles: readonly JudgedArticle[], active: readonly ActiveRule[], library: RuleLibrary, corpus: CorpusFacts): Map<string, Finding[]> {
  const findings = new CappedFindings();
  const current = new Set(articles.map((a) => a.article.id));
  for (const a of active) {
    const { rule } = a;
    if (isArticleRule(rule)) continue;
    rule.check({
      articles,
      ...corpus,
      library,
      options: a.options,
      // Findings belong to this run's articles; archived ones are only compared with.
      report: (id, f) => current.has(id) && findings.add(finding(a, id, f)),
    });
  }
  const byArticle = groupBy(findings.findings(), (f) => f.articleId);
  for (const [id, list] of byArticle) byArticle.set(id, sortArticleFindings(list));
  return byArticle;
}

/**
 * An article's sorted findings with more of its own, sorted: the corpus rules' findings added
 * to the article rules'. Article and corpus rules differ in id, so each kept its own cap.
 */
export function withAdded<F extends ReportedFinding>(sorted: F[], added: readonly F[] | undefined): F[] {
  return added?.length ? sortArticleFindings([...sorted, ...added]) : sorted;
}

/** A finding as its article's report lists it (fields named: a rest pattern copies through a slow runtime path). */
export function reported(f: Finding): ReportedFinding {
  return { rule: f.rule, severity: f.severity, message: f.message, span: f.span, related: f.related, data: f.data };
}

function finding(a: ActiveRule, articleId: string, f: FindingInput): Finding {
  return {
    articleId,
    rule: a.rule.meta.id,
    severity: a.severity,
    message: f.message,
    span: f.span ?? null,
    related: [...(f.related ?? [])].sort(),
    data: f.data ?? {},
  };
}

function isArticleRule(rule: Rule): rule is ArticleRule {
  return rule.meta.scope === "article";
}
