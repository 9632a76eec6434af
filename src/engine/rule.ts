// The rule contract. A rule is metadata plus a check that reports findings through
// its context; it never reads files and never sees another rule.
import type { LanguagePack, RuleLibrary } from "../packs/types.js";
import type { Article, Facts, FindingInput, JudgedArticle, Overlap, Severity } from "../types.js";

export type RuleOptionValue = number | string | boolean;

export interface RuleMeta {
  id: string;
  severity: Severity;
  description: string;
  /** Where the rule is documented, relative to the package root. */
  docs: string;
  /** Languages the rule is limited to; null for every language. */
  languages: string[] | null;
  /** Options a config may set, with their defaults (the engine rejects unknown ones). */
  options?: Record<string, RuleOptionValue>;
}

export interface ArticleContext {
  article: Article;
  facts: Facts;
  /** The language packs whose vocabularies apply to this article. */
  packs: LanguagePack[];
  options: Record<string, RuleOptionValue>;
  report(finding: FindingInput): void;
}

/** Facts of the whole corpus, computed once per run and shared by the corpus rules. */
export interface CorpusFacts {
  /** Every pair of articles sharing wording or quotations (report.json `overlaps`). */
  overlaps: readonly Overlap[];
  /** The articles the overlaps relate, by id (this run's and archived ones). */
  related: ReadonlyMap<string, JudgedArticle>;
  /** Archived articles compared with this run's; rules report on this run's articles only. */
  earlier: readonly JudgedArticle[];
}

export interface CorpusContext extends CorpusFacts {
  articles: readonly JudgedArticle[];
  library: RuleLibrary;
  options: Record<string, RuleOptionValue>;
  report(articleId: string, finding: FindingInput): void;
}

export interface ArticleRule {
  meta: RuleMeta & { scope: "article" };
  check(ctx: ArticleContext): void;
}

export interface CorpusRule {
  meta: RuleMeta & { scope: "corpus" };
  check(ctx: CorpusContext): void;
}

export type Rule = ArticleRule | CorpusRule;
