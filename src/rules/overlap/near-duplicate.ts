import type { CorpusRule } from "../../engine/rule.js";
import { percent, sidesOf } from "./sides.js";

export const overlapNearDuplicate: CorpusRule = {
  meta: {
    id: "overlap/near-duplicate",
    severity: "warning",
    scope: "corpus",
    languages: null,
    description: "Two articles are substantially the same text.",
    docs: "docs/rules/overlap.md#near-duplicate",
    options: { minScore: 0.8 },
  },
  check(ctx) {
    const sides = sidesOf(ctx);
    for (const o of ctx.overlaps) {
      if (o.score < (ctx.options.minScore as number)) continue;
      for (const { derived, other, fromOrigin } of sides(o)) {
        ctx.report(derived.article.id, {
          message: `Substantially the same text as ${other.article.id}${fromOrigin ? ", the earlier article" : ""} (${percent(o.score)} of the shorter article).`,
          related: [other.article.id],
          data: { score: o.score, origin: o.origin, passages: o.passages },
        });
      }
    }
  },
};
