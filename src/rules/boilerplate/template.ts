import type { CorpusRule } from "../../engine/rule.js";
import type { AnalysedArticle, Span } from "../../types.js";

/** Shorter paragraphs (credit lines, one-word headings) recur by nature, not by template. */
const MIN_PARAGRAPH_CHARS = 40;

export const boilerplateTemplate: CorpusRule = {
  meta: {
    id: "boilerplate/template",
    severity: "info",
    scope: "corpus",
    languages: null,
    description: "A paragraph that recurs across several articles of one source (a template, not reporting).",
    docs: "docs/rules/boilerplate.md#template",
    options: { minArticles: 3 },
  },
  check({ articles, options, report }) {
    const minArticles = options.minArticles as number;
    for (const group of bySource(articles).values()) {
      if (group.length < minArticles) continue;
      // paragraph key → the articles holding it, with where
      const holders = new Map<string, Array<{ id: string; span: Span }>>();
      for (const { article, facts } of group) {
        const seen = new Set<string>();
        for (const p of facts.paragraphs) {
          if (p.end - p.start < MIN_PARAGRAPH_CHARS) continue;
          const key = templateKey(article.text.slice(p.start, p.end));
          if (seen.has(key)) continue;
          seen.add(key);
          holders.set(key, [...(holders.get(key) ?? []), { id: article.id, span: p }]);
        }
      }
      for (const places of holders.values()) {
        if (places.length < minArticles) continue;
        for (const place of places) {
          report(place.id, {
            message: `This paragraph recurs in ${places.length} articles of the same source: a template, not reporting.`,
            span: place.span,
            related: places.filter((p) => p.id !== place.id).map((p) => p.id),
            data: { articles: places.length },
          });
        }
      }
    }
  },
};

function bySource(articles: readonly AnalysedArticle[]): Map<string, AnalysedArticle[]> {
  const groups = new Map<string, AnalysedArticle[]>();
  for (const a of articles) {
    if (a.facts.source) groups.set(a.facts.source, [...(groups.get(a.facts.source) ?? []), a]);
  }
  return groups;
}

/** Templates differ in dates and counts only: compare with digits and spacing folded. */
function templateKey(paragraph: string): string {
  return paragraph.toLowerCase().replace(/\d+/g, "0").replace(/\s+/g, " ").trim();
}
