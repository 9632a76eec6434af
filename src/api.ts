// The library face: audit(paths) and extract(paths). The CLI is a thin shell around it.
import { analyseArticle } from "./analyse/index.js";
import { DEFAULT_CONFIG, type Config } from "./config/config.js";
import { activeRules, reported, runCorpusRules, withAdded } from "./engine/run.js";
import type { Rule } from "./engine/rule.js";
import { configuredRubric, gradingSummary, loadRubric, type Rubric } from "./grade/rubric.js";
import { articleReport, gradeFindings } from "./grade/article.js";
import { gradeSources } from "./grade/sources.js";
import { ingestEach, type IngestOptions } from "./ingest/index.js";
import { checkCorpus, type CheckedCorpus, type PoolOptions } from "./pool/index.js";
import { checkArticleOf, fileWork } from "./pool/per-article.js";
import { compileDeclarativeRule } from "./kinds/compile.js";
import { loadRuleLibrary } from "./packs/load.js";
import type { RuleLibrary } from "./packs/types.js";
import { DataFileError } from "./packs/yaml-source.js";
import { builtinRubricFile, builtinRulesDir, packageVersion } from "./paths.js";
import { codeRules } from "./rules/index.js";
import { withArchivedRelations } from "./archive/findings.js";
import { findOverlaps } from "./overlap/index.js";
import type { AnalysedArticle, ArchivedArticle, ArchiveStatus, AuditReport, Finding, IngestResult, JudgedArticle, Overlap, ReportedFinding, ReportInput, Skipped } from "./types.js";

export interface Setup {
  config: Config;
  library: RuleLibrary;
  rules: readonly Rule[];
  rubric: Rubric;
}

/** Rule data and rules for a config; throws DataFileError on a bad rule file or config. */
export function prepare(config: Config = DEFAULT_CONFIG): Setup {
  const library = loadRuleLibrary([builtinRulesDir, ...config.ruleFolders], config.languages);
  const codeIds = new Set(codeRules.map((r) => r.meta.id));
  const clash = library.rules.find((r) => codeIds.has(r.id));
  if (clash) throw new DataFileError(`${clash.file}: rule "${clash.id}" is a built-in code rule; choose another id`);
  const rules = [...codeRules, ...library.rules.map(compileDeclarativeRule)];
  const rubric = configuredRubric(loadRubric(builtinRubricFile), config);
  return { config, library, rules: [...rules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1)), rubric };
}

export interface AuditResult {
  report: AuditReport;
  findings: Finding[];
  /** What report writers need: the report and each article's text. */
  reportInput: ReportInput;
}

export interface AuditOptions extends PoolOptions, JudgeOptions {}

export interface JudgeOptions {
  /** Shown under `tool.generated`; omitted for byte-identical reports. */
  generated?: string;
  /**
   * Archived articles (an archive's stored text, analysed again): compared with this
   * run's articles, never with each other, and listed under `archived` when an overlap
   * relates to them. Given (even empty), the report has an `archived` list.
   */
  earlier?: readonly JudgedArticle[];
  /** Per article id, what the archive made of it (new, unchanged, a new version); shown as `articles[].archive`. */
  archiveStatus?: ReadonlyMap<string, ArchiveStatus>;
}

/** What may sit between analysis and the corpus step (an archive): more options for `judge`. */
export type Consult = (analysed: readonly JudgedArticle[]) => Promise<JudgeOptions>;

/** Audit files and folders: the per-article work on `options.jobs` threads, then the corpus. */
export async function audit(paths: readonly string[], setup: Setup, options: AuditOptions = {}, consult?: Consult): Promise<AuditResult> {
  // Config errors surface here, in the main thread, before any worker starts.
  activeRules(setup.rules, setup.config);
  const checked = await checkCorpus(paths, setup, options);
  const consulted = consult ? await consult(checked.analysed) : {};
  return judge(checked, setup, { ...options, ...consulted });
}

/** Audit articles already ingested, all in this thread. */
export function auditIngested(input: IngestResult, setup: Setup, options: AuditOptions = {}): AuditResult {
  const work = fileWork(setup, options);
  const checked = input.articles.map((article, i) => {
    options.onProgress?.(i + 1, input.articles.length);
    return checkArticleOf(article, work);
  });
  return judge({ analysed: checked.map((c) => c.analysed), graded: checked.map((c) => c.graded), statements: checked.map((c) => c.statements), skipped: input.skipped }, setup, options);
}

/**
 * The corpus half of an audit, on the per-article work's result: overlaps, the corpus
 * rules, grades and the report. An archive sits between the two (`options.earlier`).
 */
export function judge({ analysed, graded, statements, skipped }: CheckedCorpus, setup: Setup, options: JudgeOptions = {}): AuditResult {
  const active = activeRules(setup.rules, setup.config);
  const earlier = options.earlier ?? [];
  const { overlaps, related } = findOverlaps(analysed, earlier, setup.library.agencies);
  const added = runCorpusRules(analysed, active, setup.library, { overlaps, related, earlier });
  const findings: Finding[] = [];
  const articles = analysed.map((judged, i) => {
    const id = judged.article.id;
    const more = added.get(id);
    const own = graded[i]!;
    const { json, counts } = statements[i]!;
    // Only corpus rules relate articles to others, archived ones among them.
    const all = more ? gradeFindings(judged, counts, withAdded(own.findings, withArchivedRelations(more, earlier).map(reported)), setup.rubric) : own;
    for (const f of all.findings) findings.push(ofArticle(id, f));
    return articleReport(judged, all, json, options.archiveStatus?.get(id));
  });
  const report: AuditReport = {
    schemaVersion: 1,
    tool: { name: "wirecheck", version: packageVersion, ...(options.generated ? { generated: options.generated } : {}) },
    articles,
    sources: gradeSources(articles, setup.rubric),
    grading: gradingSummary(setup.rubric),
    overlaps,
    ...(options.earlier ? { archived: archivedIn(overlaps, options.earlier) } : {}),
    skipped: [...skipped],
  };
  const texts = new Map(analysed.map(({ article }) => [article.id, { text: article.text, origin: article.textOrigin }]));
  const rules = setup.rules.map(({ meta }) => ({ id: meta.id, severity: meta.severity, scope: meta.scope, description: meta.description, docs: meta.docs }));
  return { report, findings, reportInput: { report, texts, rules } };
}

/** A reported finding with its article again, as a literal (a spread per finding costs several times more over a large corpus). */
function ofArticle(articleId: string, { rule, severity, message, span, related, data }: ReportedFinding): Finding {
  return { articleId, rule, severity, message, span, related, data };
}

/** Ingested and analysed articles, one input file at a time, for `wirecheck extract`. */
export function* extract(paths: readonly string[], setup: Setup, options: IngestOptions = {}): Generator<{ articles: AnalysedArticle[]; skipped: Skipped[] }> {
  for (const part of ingestEach(paths, options)) {
    yield { articles: part.articles.map((a) => analyseArticle(a, setup.library)), skipped: part.skipped };
  }
}

/** The archived articles that overlaps relate to, in archive order. */
function archivedIn(overlaps: readonly Overlap[], earlier: readonly JudgedArticle[]): ArchivedArticle[] {
  const related = new Set(overlaps.flatMap((o) => [o.a, o.b]));
  return earlier
    .filter(({ article }) => related.has(article.id))
    .map(({ article, facts }) => ({ id: article.id, source: facts.source, title: facts.title, published: facts.published, url: article.url }));
}
