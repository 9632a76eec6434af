// Analysis: the facts of one article that every rule shares, computed once.
import type { LanguagePack, RuleLibrary } from "../packs/types.js";
import type { AnalysedArticle, Article, Facts } from "../types.js";
import { fingerprintOf } from "../overlap/fingerprint.js";
import { findAttribution } from "../attribution/index.js";
import { findCredits } from "./credits.js";
import { findDates } from "./dates.js";
import { detectLanguage } from "./language.js";
import { sourceOf } from "./source.js";
import { publishedLine } from "./published-line.js";
import { findQuotations } from "./quotations.js";
import { findTitleSpan } from "./title.js";
import { findParagraphs, findSentences, findWords } from "./segments.js";
import { paragraphSketches } from "./paragraph-sketches.js";

export function analyseArticle(article: Article, library: RuleLibrary): AnalysedArticle {
  const { text } = article;
  const language = detectLanguage(text, article.declaredLanguage, library.packs);
  const pack = language ? library.packs.get(language) ?? null : null;
  const paragraphs = findParagraphs(text);
  const quotations = findQuotations(text);
  const sentences = findSentences(text, paragraphs, pack, quotations);
  const packs = packsFor(pack, library);
  const titleSpan = article.title ? null : findTitleSpan(text, paragraphs, packs);
  const credits = findCredits(text, paragraphs, library.agencies, packs);
  // "(APA, 18.3.2016)": a dated agency credit dates the article when nothing else does.
  const published = article.published ?? publishedLine(text, paragraphs, packs) ?? credits.find((c) => c.date)?.date ?? null;
  const words = findWords(text);
  const dates = findDates(text, pack, published, sentences);
  const attribution = findAttribution({ text, paragraphs, sentences, quotations, packs, agencies: library.agencies, credits });
  // Every field named (no spread): an object spread amid other fields copies through a slow runtime path.
  const facts: Facts = {
    language,
    published,
    source: sourceOf(article),
    paragraphs,
    paragraphSketches: paragraphSketches(text, paragraphs),
    sentences,
    words,
    title: article.title ?? (titleSpan ? text.slice(titleSpan.start, titleSpan.end) : null),
    titleSpan,
    body: { start: titleSpan?.end ?? 0, end: text.length },
    quotations,
    dates: dates.dates,
    weekdays: dates.weekdays,
    relativeDays: dates.relativeDays,
    credits,
    fingerprint: fingerprintOf(text, words, sentences, quotations, pack),
    quotes: attribution.quotes,
    attributions: attribution.attributions,
  };
  return { article, facts };
}

/** The packs whose vocabularies apply: the article's own, or all when its language is unknown. */
export function packsFor(pack: LanguagePack | null, library: RuleLibrary): LanguagePack[] {
  return pack ? [pack] : [...library.packs.values()];
}
