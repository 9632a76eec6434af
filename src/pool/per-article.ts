// The per-article work of an audit, for one input file: read it, analyse each article
// (facts and fingerprint), run the article rules and grade their findings, and keep of
// the facts only what the corpus step reads. The same function runs in the main thread or in a worker; what it
// returns is plain data that crosses threads by cloning.
import { analyseArticle } from "../analyse/index.js";
import type { Setup } from "../api.js";
import { activeRules, checkArticle, reported, type ActiveRule } from "../engine/run.js";
import { gradeFindings, reportedStatements, type GradedFindings, type ReportedStatements } from "../grade/article.js";
import { readInputFile, type IngestOptions, type InputFile } from "../ingest/index.js";
import type { Article, Facts, JudgedArticle, JudgedFacts, Skipped } from "../types.js";

export interface CheckedArticle {
  analysed: JudgedArticle;
  /** The article rules' findings and the grade they give it. */
  graded: GradedFindings;
  statements: ReportedStatements;
}

export interface FileResult {
  articles: CheckedArticle[];
  skipped: Skipped[];
}

export interface FileWork {
  setup: Setup;
  active: readonly ActiveRule[];
  options: IngestOptions;
}

export function fileWork(setup: Setup, options: IngestOptions): FileWork {
  return { setup, active: activeRules(setup.rules, setup.config), options };
}

export function checkFile(input: InputFile, work: FileWork): FileResult {
  const { articles, skipped } = readInputFile(input, work.options);
  return { articles: articles.map((article) => checkArticleOf(article, work)), skipped };
}

/** One article analysed, its article rules run and graded. */
export function checkArticleOf(article: Article, { setup, active }: FileWork): CheckedArticle {
  const analysed = analyseArticle(article, setup.library);
  const judged = { article, facts: judgedFacts(analysed.facts) };
  const statements = reportedStatements(analysed.facts);
  const findings = checkArticle(analysed, active, setup.library).map(reported);
  return { analysed: judged, graded: gradeFindings(judged, statements.counts, findings, setup.rubric), statements };
}

/**
 * The facts without those only the article rules and the report read (a new object: nothing else is cloned or
 * kept), named one by one in analysis's order: a rest pattern copies through a slow runtime path.
 */
function judgedFacts(f: Facts): JudgedFacts {
  return {
    language: f.language,
    published: f.published,
    source: f.source,
    paragraphs: f.paragraphs,
    paragraphSketches: f.paragraphSketches,
    title: f.title,
    titleSpan: f.titleSpan,
    body: f.body,
    quotations: f.quotations,
    credits: f.credits,
    fingerprint: f.fingerprint,
  };
}
