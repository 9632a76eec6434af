// Confusion counts and the figures derived from them, as htmldate's and trafilatura's
// evaluations report them.

export interface Counts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, tn: 0, fn: 0 });

export function figures(c: Counts): { precision: number; recall: number; accuracy: number; f1: number; n: number } {
  const precision = c.tp / (c.tp + c.fp || 1);
  const recall = c.tp / (c.tp + c.fn || 1);
  const n = c.tp + c.fp + c.tn + c.fn;
  return {
    precision,
    recall,
    accuracy: (c.tp + c.tn) / (n || 1),
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    n,
  };
}

/**
 * htmldate's convention: a date found and equal to the gold → TP; found but different
 * (gold date or gold "no date") → FP; none found though the gold has one → FN; none
 * found and none in the gold → TN.
 */
export function scoreDate(counts: Counts, gold: string | null, found: string | null): void {
  if (found === null) counts[gold === null ? "tn" : "fn"]++;
  else counts[found === gold ? "tp" : "fp"]++;
}

/** trafilatura's convention: each wanted segment present → TP else FN; each unwanted one present → FP else TN. */
export function scoreBody(counts: Counts, text: string, wanted: string[], unwanted: string[]): void {
  for (const segment of wanted) counts[text.includes(normaliseSpace(segment)) ? "tp" : "fn"]++;
  for (const segment of unwanted) counts[text.includes(normaliseSpace(segment)) ? "fp" : "tn"]++;
}

export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
