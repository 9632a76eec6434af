// An article's entry in the report: what it is, its findings and the grade they give it.
// The grade is computed where the article was analysed (a worker thread) from its article
// rules' findings, and again in the corpus step only for the articles the corpus rules add
// findings to; the entry itself is composed in the corpus step, so that what the facts
// already hold (title, source…) crosses threads and stays in memory once. Quotes and
// attributions cross as their report text (src/statements.ts), with the counts grading reads.
import { readStatements, statementsJson, UNREAD_STATEMENTS, type StatementsJson } from "../statements.js";
import type { ArchiveStatus, ArticleReport, Attribution, Facts, JudgedArticle, Quote, ReportedFinding } from "../types.js";
import type { Rubric } from "./rubric.js";
import { gradeArticle, statementCounts, type StatementCounts } from "./score.js";

/** An article's findings with the grade they give it. */
export type GradedFindings = Pick<ArticleReport, "score" | "grade" | "deductions" | "findings">;

/** An article's quotes and attributions as its entry carries them, and what grading counts of them. */
export interface ReportedStatements {
  json: StatementsJson;
  counts: StatementCounts;
}

export function reportedStatements({ quotes, attributions }: Pick<Facts, "quotes" | "attributions">): ReportedStatements {
  return { json: statementsJson(quotes, attributions), counts: statementCounts(quotes, attributions) };
}

export function gradeFindings({ article, facts }: JudgedArticle, statements: StatementCounts, findings: ReportedFinding[], rubric: Rubric): GradedFindings {
  const { score, grade, deductions } = gradeArticle({ author: article.author, credits: creditedAgencies(facts), findings, statements }, rubric);
  return { score, grade, deductions, findings };
}

/** The report entry; `archive`: with `--archive`, whether the archive had the article already. */
export function articleReport(
  { article, facts }: JudgedArticle,
  { score, grade, deductions, findings }: GradedFindings,
  statements: StatementsJson,
  archive?: ArchiveStatus,
): ArticleReport {
  // Accessors in the literal rather than defined afterwards: a hundred thousand entries keep one shape.
  const entry = {
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
    get quotes(): Quote[] {
      return readStatements(entry).quotes;
    },
    set quotes(quotes: Quote[]) {
      readStatements(entry).quotes = quotes;
    },
    get attributions(): Attribution[] {
      return readStatements(entry).attributions;
    },
    set attributions(attributions: Attribution[]) {
      readStatements(entry).attributions = attributions;
    },
    [UNREAD_STATEMENTS]: statements,
  };
  return archive ? Object.assign(entry, { archive }) : entry;
}

function creditedAgencies(facts: JudgedArticle["facts"]): string[] {
  return facts.credits.map((c) => c.agency);
}
