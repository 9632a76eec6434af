import type { CorpusRule } from "../../engine/rule.js";
import { namesOutletOf } from "../../overlap/credit.js";
import { percent, sidesOf, wordingOf } from "./sides.js";

export const overlapUncreditedReuse: CorpusRule = {
  meta: {
    id: "overlap/uncredited-reuse",
    severity: "warning",
    scope: "corpus",
    languages: null,
    description: "An article reuses an earlier one's text without crediting it, its outlet or an agency.",
    docs: "docs/rules/overlap.md#uncredited-reuse",
    options: { minScore: 0.3 },
  },
  check(ctx) {
    const sides = sidesOf(ctx);
    for (const o of ctx.overlaps) {
      if (o.origin === null || o.score < (ctx.options.minScore as number) || wordingOf(o).length === 0) continue;
      for (const { derived, other } of sides(o)) {
        // One outlet reusing its own text is an update, not reuse.
        if (derived.facts.source !== null && derived.facts.source === other.facts.source) continue;
        if (derived.facts.credits.length > 0 || namesOutletOf(derived, other)) continue;
        if (other.article.url && derived.article.text.includes(other.article.url)) continue;
        ctx.report(derived.article.id, {
          message: `Reuses ${percent(o.score)} of the text of the earlier ${other.article.id}${other.facts.source ? ` (${other.facts.source})` : ""} and credits neither it nor an agency.`,
          related: [other.article.id],
          data: { score: o.score, origin: o.origin },
        });
      }
    }
  },
};
