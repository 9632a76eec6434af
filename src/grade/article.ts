// An article's entry in the report: what it is, its findings and the grade they give it.
// Built where the article was analysed (a worker thread) from its article rules' findings,
// and built again in the corpus step only for the articles the corpus rules add findings to.
import type { ArticleReport, JudgedArticle, ReportedFinding } from "../types.js";
import type { Rubric } from "./rubric.js";
import { gradeArticle } from "./score.js";

export function articleReport({ article, facts }: JudgedArticle, findings: ReportedFinding[], rubric: Rubric): ArticleReport {
  const graded = {
    author: article.author,
    credits: facts.credits.map((c) => c.agency),
    findings,
    quotes: facts.quotes,
    attributions: facts.attributions,
  };
  const { score, grade, deductions } = gradeArticle(graded, rubric);
  return {
    id: article.id,
    path: article.path,
    source: facts.source,
    title: facts.title,
    author: graded.author,
    published: facts.published,
    language: facts.language,
    credits: graded.credits,
    score,
    grade,
    deductions,
    findings: graded.findings,
    quotes: graded.quotes,
    attributions: graded.attributions,
  };
}
