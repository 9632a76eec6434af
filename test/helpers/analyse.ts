// Analysis of one article without the rules: the facts, and the text under a span.
import { analyseArticle } from "../../src/analyse/index.js";
import type { LanguagePack } from "../../src/packs/types.js";
import type { Facts, Span } from "../../src/types.js";
import { article, setup, type ArticleCase } from "./rule-tester.js";

export { setup };

export function pack(language: string): LanguagePack {
  const found = setup.library.packs.get(language);
  if (!found) throw new Error(`no pack "${language}"`);
  return found;
}

export function factsOf(c: ArticleCase): Facts {
  return analyseArticle(article(c, "a0"), setup.library).facts;
}

/** The text under each span. */
export function textsOf(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}
