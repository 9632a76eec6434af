import type { CorpusRule } from "../../engine/rule.js";
import { groupBy } from "../../group.js";
import type { Span } from "../../types.js";

/** Shorter paragraphs (credit lines, one-word headings) recur by nature, not by template. */
const MIN_PARAGRAPH_CHARS = 40;
const MARKUP = /<[^>]*>/g;
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
      // Each article's long paragraphs, once per template key, then grouped by key. Most
      // paragraphs recur nowhere: only those whose sketch recurs get a key.
      const paragraphs: { id: string; span: Span; prose: string; sketch: number }[] = [];
      for (const { article, facts } of group) {
        for (const span of withWrappedBlocks(article.text, facts.paragraphs)) {
          // Embed placeholders (<tweet tweet-id="…">) differ only in their ids: markup is not prose.
          const text = article.text.slice(span.start, span.end);
          const prose = text.includes("<") ? text.replace(MARKUP, "") : text;
          if (prose.trim().length >= MIN_PARAGRAPH_CHARS) paragraphs.push({ id: article.id, span, prose, sketch: keySketch(prose) });
        }
      }
      const holders = new Map<number, Set<string>>();
      for (const p of paragraphs) holders.set(p.sketch, (holders.get(p.sketch) ?? new Set<string>()).add(p.id));
      const candidates: { key: string; id: string; span: Span }[] = [];
      const seen = new Set<string>();
      paragraphs.forEach((p, i) => {
        if (paragraphs[i - 1]?.id !== p.id) seen.clear();
        if (holders.get(p.sketch)!.size < minArticles) return;
        const key = templateKey(p.prose);
        if (seen.has(key)) return;
        seen.add(key);
        candidates.push({ key, id: p.id, span: p.span });
      });
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

/**
 * The paragraphs, and each run of them that only single line breaks separate: a copy of a
 * paragraph hard-wrapped at other places comes out as other lines, but as the same block.
 */
function withWrappedBlocks(text: string, paragraphs: readonly Span[]): Span[] {
  const blocks: Span[] = [];
  let run: Span | null = null;
  let lines = 0;
  for (const p of paragraphs) {
    if (run && !/\n\s*\n/.test(text.slice(run.end, p.start))) {
      run = { start: run.start, end: p.end };
      lines++;
      continue;
    }
    if (run && lines > 1) blocks.push(run);
    run = { ...p };
    lines = 1;
  }
  if (run && lines > 1) blocks.push(run);
  return [...paragraphs, ...blocks];
}

/**
 * A hash of the ASCII letters of the lowercased paragraph: the template key keeps them
 * all in order (it only folds digits and spacing), so paragraphs with one key have one
 * sketch, and a paragraph whose sketch no other article shares has no template.
 */
function keySketch(paragraph: string): number {
  const lower = paragraph.toLowerCase();
  let h = 0x811c9dc5;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) h = Math.imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

/** Templates differ in dates and counts only: compare with digits and spacing folded. */
function templateKey(paragraph: string): string {
  return paragraph.toLowerCase().replace(/\d+/g, "0").replace(/\s+/g, " ").trim();
}
