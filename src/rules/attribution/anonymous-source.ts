import type { ArticleRule } from "../../engine/rule.js";
import { sourcingFindings } from "./sourcing.js";

export const attributionAnonymousSource: ArticleRule = {
  meta: {
    id: "attribution/anonymous-source",
    severity: "info",
    scope: "article",
    languages: null,
    description: 'An unnamed person is the source ("ein Sprecher", "a senior official").',
    docs: "docs/rules/attribution.md#anonymous-source",
  },
  check({ article, facts, report }) {
    for (const span of sourcingFindings(facts, "anonymous", false)) {
      report({ message: `Anonymous source: “${article.text.slice(span.start, span.end)}”`, span });
    }
  },
};
