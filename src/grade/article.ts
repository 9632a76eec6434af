// An article's entry in the report: what it is, its findings and the grade they give it.
// The grade is computed where the article was analysed (a worker thread) from its article
// rules' findings, and again in the corpus step only for the articles the corpus rules add
// findings to; the entry itself is composed in the corpus step, so that what the facts
// already hold (title, source, quotes…) crosses threads and stays in memory once.
import type { ArchiveStatus, ArticleReport, JudgedArticle, ReportedFinding } from "../types.js";
import type { Rubric } from "./rubric.js";
import { gradeArticle } from "./score.js";

/** An article's findings with the grade they give it. */
export type GradedFindings = Pick<ArticleReport, "score" | "grade" | "deductions" | "findings">;

export function gradeFindings({ article, facts }: JudgedArticle, findings: ReportedFinding[], rubric: Rubric): GradedFindings {
  const { score, grade, deductions } = gradeArticle(
    { author: article.author, credits: creditedAgencies(facts), findings, quotes: facts.quotes, attributions: facts.attributions },
    rubric,
  );
  return { score, grade, deductions, findings };
}

/** The report entry; `archive`: with `--archive`, whether the archive had the article already. */
export function articleReport({ article, facts }: JudgedArticle, { score, grade, deductions, findings }: GradedFindings, archive?: ArchiveStatus): ArticleReport {
  return {
    id: article.id,
    path: article.path,
    source: facts.source,
    title: facts.title,
    author: article.author,
    published: facts.published,
    language: facts.language,
    credits: creditedAgencies(facts),
    score,
    grade,
    deductions,
    findings,
    quotes: facts.quotes,
    attributions: facts.attributions,
    ...(archive ? { archive } : {}),
  };
}

function creditedAgencies(facts: JudgedArticle["facts"]): string[] {
  return facts.credits.map((c) => c.agency);
}
