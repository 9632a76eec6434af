// What every overlap rule asks of an overlap: which article took from which. The origin
// decides; an overlap without one is reported on both articles, since either may have
// taken from the other.
import type { CorpusContext } from "../../engine/rule.js";
import type { JudgedArticle, Overlap, OverlapPassage, Span } from "../../types.js";

export interface Side {
  /** The article that took the text (the finding's article). */
  derived: JudgedArticle;
  /** The other article, the origin when one is known. */
  other: JudgedArticle;
  /** Whether `other` is known to be the origin. */
  fromOrigin: boolean;
  /** A passage's span in the derived article, and in the other. */
  own(p: OverlapPassage): Span;
  theirs(p: OverlapPassage): Span;
}

/** An overlap's derived sides, with the articles looked up among those the overlaps relate. */
export function sidesOf({ related }: CorpusContext): (o: Overlap) => Side[] {
  return (o) => {
    const a = related.get(o.a)!;
    const b = related.get(o.b)!;
    const aSide: Side = { derived: a, other: b, fromOrigin: o.origin === o.b, own: (p) => p.a, theirs: (p) => p.b };
    const bSide: Side = { derived: b, other: a, fromOrigin: o.origin === o.a, own: (p) => p.b, theirs: (p) => p.a };
    if (o.origin === o.a) return [bSide];
    if (o.origin === o.b) return [aSide];
    return [aSide, bSide];
  };
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** The passages of wording (verbatim or edited), not quotations in other words. */
export function wordingOf(o: Overlap): OverlapPassage[] {
  return o.passages.filter((p) => p.kind !== "quote-variant");
}
