// A report of n generated articles through the real pipeline: the overlap benchmark's corpus
// (bench/overlap-corpus.ts: verbatim copies, partial passages, edits, reworded quotes, agency
// copy and untouched articles), ingested from memory, analysed, checked and graded. Used by the
// report benchmark and the browser test of a large report.
import { auditIngested, prepare } from "../src/api.js";
import { parseTextArticle } from "../src/ingest/text.js";
import type { Article, ReportInput } from "../src/types.js";
import { generateOverlapCorpus } from "./overlap-corpus.js";

export function reportCorpus(count: number): ReportInput {
  const articles: Article[] = generateOverlapCorpus(count).files.map((file) => ({
    id: file.name.replace(/\.txt$/, ""),
    path: `corpus/${file.name}`,
    declaredLanguage: null,
    ...parseTextArticle(file.content),
  }));
  return auditIngested({ articles, skipped: [] }, prepare()).reportInput;
}
