// The parts of an article a declarative check looks at, by scope name.
import type { Scope } from "../packs/types.js";
import type { AnalysedArticle, Span } from "../types.js";

export interface Unit {
  text: string;
  /** Where `text` starts in the article text; null when it is not part of it (a metadata title). */
  offset: number | null;
}

// Several checks read the same scope of the same article: cut its units once.
const cache = new WeakMap<AnalysedArticle["facts"], Map<Scope, Unit[]>>();

export function unitsOf(analysed: AnalysedArticle, scope: Scope): Unit[] {
  let byScope = cache.get(analysed.facts);
  if (!byScope) cache.set(analysed.facts, (byScope = new Map()));
  let units = byScope.get(scope);
  if (!units) byScope.set(scope, (units = cut(analysed, scope)));
  return units;
}

function cut({ article, facts }: AnalysedArticle, scope: Scope): Unit[] {
  const slice = (s: Span | undefined): Unit[] => (s ? [{ text: article.text.slice(s.start, s.end), offset: s.start }] : []);
  switch (scope) {
    case "text":
      return [{ text: article.text, offset: 0 }];
    case "body":
      return slice(facts.body);
    case "title":
      if (facts.titleSpan) return slice(facts.titleSpan);
      return facts.title ? [{ text: facts.title, offset: null }] : [];
    case "paragraph":
      return slices(article.text, facts.paragraphs);
    case "sentence":
      return slices(article.text, facts.sentences);
    case "first-paragraph":
      return slice(facts.paragraphs[0]);
    case "last-paragraph":
      return slice(facts.paragraphs[facts.paragraphs.length - 1]);
  }
}

/** One unit per span, in a plain loop (a `flatMap` builds an array per span). */
function slices(text: string, spans: readonly Span[]): Unit[] {
  const units: Unit[] = [];
  for (const s of spans) units.push({ text: text.slice(s.start, s.end), offset: s.start });
  return units;
}
