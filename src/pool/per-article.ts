// The per-article work of an audit, for one input file: read it, analyse each article
// (facts and fingerprint), run the article rules. The same function runs in the main
// thread or in a worker; what it returns is plain data that crosses threads by cloning.
import { analyseArticle } from "../analyse/index.js";
import type { Setup } from "../api.js";
import { activeRules, checkArticle, type ActiveRule } from "../engine/run.js";
import { readInputFile, type IngestOptions, type InputFile } from "../ingest/index.js";
import type { AnalysedArticle, Finding, Skipped } from "../types.js";

export interface CheckedArticle {
  analysed: AnalysedArticle;
  /** The article rules' findings (the article's id as its file gives it). */
  findings: Finding[];
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

export function checkFile(input: InputFile, { setup, active, options }: FileWork): FileResult {
  const { articles, skipped } = readInputFile(input, options);
  return {
    articles: articles.map((article) => {
      const analysed = analyseArticle(article, setup.library);
      return { analysed, findings: checkArticle(analysed, active, setup.library) };
    }),
    skipped,
  };
}
