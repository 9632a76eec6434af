// Which of two overlapping articles is the original. Publication dates decide when both
// have one and they differ; otherwise the texts' own evidence: one names the other's
// outlet, or one is an agency's copy that the other credits. Evidence both ways, or
// none, leaves the direction open: a wrong direction is worse than none.
import type { Agency } from "../packs/types.js";
import type { JudgedArticle } from "../types.js";
import { agencyCopyOf, creditsAgency, namesOutletOf } from "./credit.js";

export function originOf(x: JudgedArticle, y: JudgedArticle, agencies: readonly Agency[]): string | null {
  const px = x.facts.published;
  const py = y.facts.published;
  if (px && py && px !== py) return px < py ? x.article.id : y.article.id;
  const xFromY = derivedFrom(x, y, agencies);
  const yFromX = derivedFrom(y, x, agencies);
  if (xFromY === yFromX) return null;
  return xFromY ? y.article.id : x.article.id;
}

/** Whether the text of `derived` says it took from `origin`. */
function derivedFrom(derived: JudgedArticle, origin: JudgedArticle, agencies: readonly Agency[]): boolean {
  if (namesOutletOf(derived, origin)) return true;
  const agency = agencyCopyOf(origin, agencies);
  return agency !== null && agencyCopyOf(derived, agencies) !== agency && creditsAgency(derived, agency);
}
