import { insideAny } from "../../analyse/quotations.js";
import type { ArticleRule } from "../../engine/rule.js";

export const dateUnanchoredRelative: ArticleRule = {
  meta: {
    id: "date/unanchored-relative",
    severity: "warning",
    scope: "article",
    languages: null,
    description: "Relative day words (\"am Freitag\", \"yesterday\") with no publication date to resolve them.",
    docs: "docs/rules/date.md#unanchored-relative",
  },
  check({ facts, report }) {
    if (facts.published) return;
    // A speaker's "heute" inside a quotation belongs to the day they spoke, which the
    // article usually states; the article's own relative days are what cannot be placed.
    const unresolved = facts.relativeDays.filter((r) => r.resolved === null && !insideAny(facts.quotations, r.span));
    const first = unresolved[0];
    if (!first) return;
    // One finding per article: each further word is the same defect, listed in data.
    const words = [...new Set(unresolved.map((r) => r.text))];
    report({
      message: `Relative day${words.length > 1 ? "s" : ""} ${words.map((w) => `“${w}”`).join(", ")} cannot be resolved: the article has no publication date.`,
      span: first.span,
      data: { mentions: unresolved.map((r) => ({ text: r.text, span: r.span })) },
    });
  },
};
