import { proseOf } from "../../analyse/paragraph-sketches.js";
import type { CorpusRule } from "../../engine/rule.js";
import { groupBy } from "../../group.js";
import type { JudgedArticle, Span } from "../../types.js";

/** Articles that name no source are read as one source: a feed or folder of one outlet's copy. */
const UNKNOWN_SOURCE = "";

export const boilerplateTemplate: CorpusRule = {
  meta: {
    id: "boilerplate/template",
    severity: "info",
    scope: "corpus",
    languages: null,
    description: "A paragraph that recurs across several articles of one source (a template, not reporting).",
    docs: "docs/rules/boilerplate.md#template",
    options: { minArticles: 3 },
  },
  check({ articles, options, report }) {
    const minArticles = options.minArticles as number;
    for (const group of groupBy(articles, (a) => a.facts.source ?? UNKNOWN_SOURCE).values()) {
      if (group.length < minArticles) continue;
      // Each article's long paragraphs, once per template key. Most paragraphs recur
      // nowhere: only those whose sketch recurs in enough articles get a key.
      const recurs = recurringSketches(group, minArticles);
      const candidates: { key: string; id: string; span: Span }[] = [];
      for (const { article, facts } of group) {
        const seen = new Set<string>();
        const sketches = facts.paragraphSketches;
        for (let i = 0; i < sketches.length; i += 3) {
          if (!recurs.has(sketches[i + 2]!)) continue;
          const span = { start: sketches[i]!, end: sketches[i + 1]! };
          const key = templateKey(proseOf(article.text, span));
          if (seen.has(key)) continue;
          seen.add(key);
          candidates.push({ key, id: article.id, span });
        }
      }
      const reported = new Map<string, Span[]>();
      // Longest first, so that a recurring block is reported once, not again line by line.
      const recurring = [...groupBy(candidates, (c) => c.key).values()]
        .filter((places) => places.length >= minArticles)
        .sort((a, b) => b[0]!.key.length - a[0]!.key.length);
      for (const places of recurring) {
        const fresh = places.filter((p) => !(reported.get(p.id) ?? []).some((s) => s.start <= p.span.start && p.span.end <= s.end));
        if (fresh.length < minArticles) continue;
        for (const place of fresh) {
          reported.set(place.id, [...(reported.get(place.id) ?? []), place.span]);
          report(place.id, {
            message: `This paragraph recurs in ${places.length} articles of the same source: a template, not reporting.`,
            span: place.span,
            related: places.filter((p) => p.id !== place.id).map((p) => p.id),
            data: { articles: places.length },
          });
        }
      }
    }
  },
};

/** The paragraph sketches held by at least `minArticles` of the articles. */
function recurringSketches(articles: readonly JudgedArticle[], minArticles: number): Set<number> {
  let total = 0;
  for (const { facts } of articles) total += facts.paragraphSketches.length / 3;
  // Each article's distinct sketches, sorted together: a run as long as minArticles recurs.
  const all = new Uint32Array(total);
  let n = 0;
  for (const { facts } of articles) {
    const sketches = facts.paragraphSketches;
    const first = n;
    for (let i = 2; i < sketches.length; i += 3) {
      let k = first;
      while (k < n && all[k] !== sketches[i]) k++;
      if (k === n) all[n++] = sketches[i]!;
    }
  }
  const sorted = all.subarray(0, n).sort();
  const recurs = new Set<number>();
  for (let i = 0; i + minArticles <= n; ) {
    let j = i + 1;
    while (j < n && sorted[j] === sorted[i]) j++;
    if (j - i >= minArticles) recurs.add(sorted[i]!);
    i = j;
  }
  return recurs;
}

/** Templates differ in dates and counts only: compare with digits and spacing folded. */
function templateKey(paragraph: string): string {
  return paragraph.toLowerCase().replace(/\d+/g, "0").replace(/\s+/g, " ").trim();
}
