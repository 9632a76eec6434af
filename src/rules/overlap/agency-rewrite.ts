import type { CorpusRule } from "../../engine/rule.js";
import { agencyCopyOf } from "../../overlap/credit.js";
import { percent, sidesOf } from "./sides.js";

export const overlapAgencyRewrite: CorpusRule = {
  meta: {
    id: "overlap/agency-rewrite",
    severity: "info",
    scope: "corpus",
    languages: null,
    description: "An article is derived from agency copy (found in the corpus, or text that credits an agency).",
    docs: "docs/rules/overlap.md#agency-rewrite",
    options: { minScore: 0.3 },
  },
  check(ctx) {
    const sides = sidesOf(ctx);
    const agencies = ctx.library.agencies;
    for (const o of ctx.overlaps) {
      if (o.score < (ctx.options.minScore as number)) continue;
      for (const { derived, other, fromOrigin } of sides(o)) {
        // The agency's own copy; or, for a known origin, text that credits an agency.
        const agency = agencyCopyOf(other, agencies) ?? (fromOrigin ? other.facts.credits[0]?.agency ?? null : null);
        if (agency === null || agencyCopyOf(derived, agencies) === agency) continue;
        ctx.report(derived.article.id, {
          message: `Derived from ${agency} copy: ${percent(o.score)} of the shorter article is shared with ${other.article.id}.`,
          related: [other.article.id],
          data: { agency, score: o.score },
        });
      }
    }
  },
};
