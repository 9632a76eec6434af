import type { CorpusRule } from "../../engine/rule.js";
import { sidesOf } from "./sides.js";

export const overlapQuoteVariant: CorpusRule = {
  meta: {
    id: "overlap/quote-variant",
    severity: "info",
    scope: "corpus",
    languages: null,
    description: "The same quote appears in different wording (translation, edit).",
    docs: "docs/rules/overlap.md#quote-variant",
  },
  check(ctx) {
    const sides = sidesOf(ctx);
    for (const o of ctx.overlaps) {
      for (const side of sides(o)) {
        for (const p of o.passages) {
          if (p.kind !== "quote-variant") continue;
          ctx.report(side.derived.article.id, {
            message: `This quotation appears in ${side.other.article.id} in other wording (content-word similarity ${p.similarity.toFixed(2)}).`,
            span: side.own(p),
            related: [side.other.article.id],
            data: { other: side.theirs(p), similarity: p.similarity },
          });
        }
      }
    }
  },
};
