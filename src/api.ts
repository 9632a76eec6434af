// The library face: audit(paths) and extract(paths). The CLI is a thin shell around it.
import { analyseArticle } from "./analyse/index.js";
import { DEFAULT_CONFIG, type Config } from "./config/config.js";
import { activeRules, runRules } from "./engine/run.js";
import type { Rule } from "./engine/rule.js";
import { gradeOf, gradeSources, scoreArticle } from "./grade/provisional.js";
import { ingest, ingestEach, type IngestOptions } from "./ingest/index.js";
import { compileDeclarativeRule } from "./kinds/compile.js";
import { loadRuleLibrary } from "./packs/load.js";
import type { RuleLibrary } from "./packs/types.js";
import { DataFileError } from "./packs/yaml-source.js";
import { groupBy } from "./group.js";
import { builtinRulesDir, packageVersion } from "./paths.js";
import { codeRules } from "./rules/index.js";
import type { AnalysedArticle, ArchivedArticle, ArchiveStatus, ArticleReport, AuditReport, Finding, IngestResult, ReportInput, Skipped } from "./types.js";

export interface Setup {
  config: Config;
  library: RuleLibrary;
  rules: readonly Rule[];
}

/** Rule data and rules for a config; throws DataFileError on a bad rule file or config. */
export function prepare(config: Config = DEFAULT_CONFIG): Setup {
  const library = loadRuleLibrary([builtinRulesDir, ...config.ruleFolders], config.languages);
  const codeIds = new Set(codeRules.map((r) => r.meta.id));
  const clash = library.rules.find((r) => codeIds.has(r.id));
  if (clash) throw new DataFileError(`${clash.file}: rule "${clash.id}" is a built-in code rule; choose another id`);
  const rules = [...codeRules, ...library.rules.map(compileDeclarativeRule)];
  return { config, library, rules: [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1)) };
}

export interface AuditResult {
  report: AuditReport;
  findings: Finding[];
  /** What report writers need: the report and each article's text. */
  reportInput: ReportInput;
}

export interface AuditOptions extends IngestOptions {
  /** Shown under `tool.generated`; omitted for byte-identical reports. */
  generated?: string;
  onProgress?: (done: number, total: number) => void;
}

export function audit(paths: readonly string[], setup: Setup, options: AuditOptions = {}): AuditResult {
  return auditIngested(ingest(paths, options), setup, options);
}

export function auditIngested(input: IngestResult, setup: Setup, options: AuditOptions = {}): AuditResult {
  return auditAnalysed(analyseAll(input, setup, options), input.skipped, setup, options);
}

/** What an archive adds to an audit: articles of earlier runs to compare with, and what it knows of the current ones. */
export interface ArchiveContext {
  /** Archived articles, re-analysed: compared with the current ones, never with each other; they get no findings. */
  earlier: readonly AnalysedArticle[];
  /** How the report lists the archived articles. */
  archived: ArchivedArticle[];
  /** Per current article id: new to the archive, unchanged, or a new version of an archived one. */
  status: ReadonlyMap<string, ArchiveStatus>;
}

/** Rules, grading and report on analysed articles (the second half of an audit). */
export function auditAnalysed(analysed: readonly AnalysedArticle[], skipped: Skipped[], setup: Setup, options: AuditOptions = {}, archive?: ArchiveContext): AuditResult {
  const active = activeRules(setup.rules, setup.config);
  const findings = runRules(analysed, active, setup.library);
  const byArticle = groupBy(findings, (f) => f.articleId);
  const articles = analysed.map((a) => articleReport(a, byArticle.get(a.article.id) ?? [], archive?.status.get(a.article.id)));
  const report: AuditReport = {
    schemaVersion: 1,
    tool: { name: "wirecheck", version: packageVersion, ...(options.generated ? { generated: options.generated } : {}) },
    articles,
    sources: gradeSources(articles),
    overlaps: [],
    ...(archive ? { archived: relatedArchived(archive.archived, findings) } : {}),
    skipped,
  };
  const texts = new Map(analysed.map(({ article }) => [article.id, { text: article.text, origin: article.textOrigin }]));
  const rules = setup.rules.map(({ meta }) => ({ id: meta.id, severity: meta.severity, scope: meta.scope, description: meta.description, docs: meta.docs }));
  return { report, findings, reportInput: { report, texts, rules } };
}

/** The archived articles that findings relate to: the report lists no others. */
function relatedArchived(archived: readonly ArchivedArticle[], findings: readonly Finding[]): ArchivedArticle[] {
  const related = new Set(findings.flatMap((f) => f.related));
  return archived.filter((a) => related.has(a.id));
}

/** Ingested and analysed articles, one input file at a time, for `wirecheck extract`. */
export function* extract(paths: readonly string[], setup: Setup, options: IngestOptions = {}): Generator<{ articles: AnalysedArticle[]; skipped: Skipped[] }> {
  for (const part of ingestEach(paths, options)) {
    yield { articles: part.articles.map((a) => analyseArticle(a, setup.library)), skipped: part.skipped };
  }
}

export function analyseAll(input: IngestResult, setup: Setup, options: AuditOptions = {}): AnalysedArticle[] {
  return input.articles.map((article, i) => {
    options.onProgress?.(i + 1, input.articles.length);
    return analyseArticle(article, setup.library);
  });
}

function articleReport({ article, facts }: AnalysedArticle, findings: Finding[], archive: ArchiveStatus | undefined): ArticleReport {
  const score = scoreArticle(findings);
  return {
    id: article.id,
    path: article.path,
    source: facts.source,
    title: facts.title,
    published: facts.published,
    language: facts.language,
    credits: facts.credits.map((c) => c.agency),
    score,
    grade: gradeOf(score),
    findings: findings.map(({ articleId: _, ...f }) => f),
    quotes: [],
    attributions: [],
    ...(archive ? { archive } : {}),
  };
}
