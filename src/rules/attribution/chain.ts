import type { ArticleRule } from "../../engine/rule.js";

export const attributionChain: ArticleRule = {
  meta: {
    id: "attribution/chain",
    severity: "info",
    scope: "article",
    languages: null,
    description: "A statement reaches the article through two or more intermediaries (data: the chain).",
    docs: "docs/rules/attribution.md#chain",
    options: { minIntermediaries: 2 },
  },
  check({ facts, options, report }) {
    const seen = new Set<string>();
    for (const a of facts.attributions) {
      const intermediaries = a.chain.length - 1;
      const key = a.chain.join("\u0000");
      if (intermediaries < Number(options.minIntermediaries) || seen.has(key)) continue;
      seen.add(key);
      // Every hop is a retelling the reader cannot check against the original words.
      report({
        message: `Statement passed on through ${intermediaries} intermediaries: ${a.chain.join(" → ")}`,
        span: a.links[0]?.span ?? a.span,
        data: { chain: a.chain },
      });
    }
  },
};
