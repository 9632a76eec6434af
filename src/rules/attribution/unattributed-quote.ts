import type { ArticleRule } from "../../engine/rule.js";
import { shortened } from "./shorten.js";

export const attributionUnattributedQuote: ArticleRule = {
  meta: {
    id: "attribution/unattributed-quote",
    severity: "info",
    scope: "article",
    languages: null,
    description: "A direct quote with no speaker.",
    docs: "docs/rules/attribution.md#unattributed-quote",
  },
  check({ facts, report }) {
    const title = facts.titleSpan;
    for (const q of facts.quotes) {
      if (q.kind !== "direct" || q.speaker !== null) continue;
      // A headline quotes in shorthand; its speaker stands in the body.
      if (title && q.span.start < title.end && title.start < q.span.end) continue;
      report({ message: `Direct quote with no speaker: ${shortened(q.text)}`, span: q.span });
    }
  },
};
