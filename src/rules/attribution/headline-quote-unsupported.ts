import { findQuotations } from "../../analyse/quotations.js";
import type { ArticleRule } from "../../engine/rule.js";

/** Letters and digits only, lowercased: quote marks, punctuation and line breaks differ between headline and body. */
const normalise = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export const attributionHeadlineQuoteUnsupported: ArticleRule = {
  meta: {
    id: "attribution/headline-quote-unsupported",
    severity: "warning",
    scope: "article",
    languages: null,
    description: "A quote in the title that the body never contains.",
    docs: "docs/rules/attribution.md#headline-quote-unsupported",
  },
  check({ article, facts, report }) {
    const title = facts.title;
    if (!title) return;
    const quotes = findQuotations(title);
    if (quotes.length === 0) return;
    const body = ` ${normalise(article.text.slice(facts.body.start, facts.body.end))} `;
    for (const q of quotes) {
      const words = normalise(title.slice(q.start + 1, q.end - 1));
      if (!words || body.includes(` ${words} `)) continue;
      const offset = facts.titleSpan?.start;
      report({
        message: `The headline quotes “${title.slice(q.start + 1, q.end - 1)}”, which the body never says`,
        span: offset === undefined ? null : { start: offset + q.start, end: offset + q.end },
      });
    }
  },
};
