import type { CorpusRule } from "../../engine/rule.js";
import { groupBy } from "../../group.js";

/** Shorter paragraphs (credit lines, one-word headings) recur by nature, not by template. */
const MIN_PARAGRAPH_CHARS = 40;
const MARKUP = /<[^>]*>/g;

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
    for (const group of groupBy(articles, (a) => a.facts.source).values()) {
      if (group.length < minArticles) continue;
      // Each article's long paragraphs, once per template key, then grouped by key.
      const candidates = group.flatMap(({ article, facts }) => {
        const seen = new Set<string>();
        return facts.paragraphs.flatMap((span) => {
          // Embed placeholders (<tweet tweet-id="…">) differ only in their ids: markup is not prose.
          const prose = article.text.slice(span.start, span.end).replace(MARKUP, "");
          if (prose.trim().length < MIN_PARAGRAPH_CHARS) return [];
          const key = templateKey(prose);
          if (seen.has(key)) return [];
          seen.add(key);
          return [{ key, id: article.id, span }];
        });
      });
      for (const places of groupBy(candidates, (c) => c.key).values()) {
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

/** Templates differ in dates and counts only: compare with digits and spacing folded. */
function templateKey(paragraph: string): string {
  return paragraph.toLowerCase().replace(/\d+/g, "0").replace(/\s+/g, " ").trim();
}
