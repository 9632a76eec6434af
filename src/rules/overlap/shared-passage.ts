import type { CorpusRule } from "../../engine/rule.js";
import { wordsIn } from "../../overlap/fingerprint.js";
import { percent, sidesOf, wordingOf } from "./sides.js";

export const overlapSharedPassage: CorpusRule = {
  meta: {
    id: "overlap/shared-passage",
    severity: "info",
    scope: "corpus",
    languages: null,
    description: "Passages reused verbatim or lightly edited between two articles.",
    docs: "docs/rules/overlap.md#shared-passage",
    // From maxScore on, the pair is a near-duplicate and that rule speaks for it.
    options: { minWords: 20, maxScore: 0.8 },
  },
  check(ctx) {
    const sides = sidesOf(ctx);
    for (const o of ctx.overlaps) {
      if (o.score >= (ctx.options.maxScore as number)) continue;
      for (const side of sides(o)) {
        const { derived, other } = side;
        const passages = wordingOf(o).filter((p) => wordsIn(derived.article.text, side.own(p)) >= (ctx.options.minWords as number));
        if (passages.length === 0) continue;
        const longest = passages.reduce((x, y) => (spanLength(side.own(y)) > spanLength(side.own(x)) ? y : x));
        const edited = passages.some((p) => p.kind === "edited");
        ctx.report(derived.article.id, {
          message: `${passages.length === 1 ? "A passage" : `${passages.length} passages`} shared with ${other.article.id}${edited ? ", partly edited" : ", word for word"} (${percent(o.score)} of the shorter article).`,
          span: side.own(longest),
          related: [other.article.id],
          data: { score: o.score, origin: o.origin, passages: passages.map((p) => ({ span: side.own(p), other: side.theirs(p), kind: p.kind, similarity: p.similarity })) },
        });
      }
    }
  },
};

function spanLength(s: { start: number; end: number }): number {
  return s.end - s.start;
}
