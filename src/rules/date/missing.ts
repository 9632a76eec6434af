import type { ArticleRule } from "../../engine/rule.js";

export const dateMissing: ArticleRule = {
  meta: {
    id: "date/missing",
    severity: "warning",
    scope: "article",
    languages: null,
    description: "No publication date can be established.",
    docs: "docs/rules/date.md#missing",
  },
  check(ctx) {
    if (ctx.facts.published) return;
    // Without a date a months-old story passes for news, and relative days cannot be resolved.
    ctx.report({ message: "No publication date can be established: the story cannot be placed in time." });
  },
};
