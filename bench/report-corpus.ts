// A report of n generated articles through the real pipeline, with what the overlap and
// attribution stages will add: every fifth article takes a paragraph of an earlier one (some
// lightly edited), which becomes an overlap with aligned passages; quotations get speakers and
// "zufolge"/"according to" sentences an attribution chain. Used by the report benchmark and the
// browser test of a large report.
import { auditIngested, prepare } from "../src/api.js";
import { gradeArticle } from "../src/grade/score.js";
import { gradeSources } from "../src/grade/sources.js";
import { parseTextArticle } from "../src/ingest/text.js";
import type { Article, ArticleReport, Overlap, Quote, ReportInput, SpeakerType, Span } from "../src/types.js";
import { generateCorpus } from "./corpus.js";

const SPEAKER_TYPES: readonly SpeakerType[] = ["person", "institution", "anonymous", "agency", "vague", "media"];

export function reportCorpus(count: number, seed = 1): ReportInput {
  const generated = generateCorpus(count, seed);
  const copies: Array<{ from: number; to: number; edited: boolean }> = [];
  const contents = generated.map((g) => g.content);
  for (let to = 5; to < count; to += 5) {
    // One of the 40 articles before: copies cluster, and some copy a copy.
    const from = to - 1 - ((to * 13) % Math.min(to, 40));
    const paragraph = contents[from]!.split("\n\n")[1] ?? "";
    const edited = to % 10 === 0;
    contents[to] += `\n${edited ? paragraph.replace(/\b(\w{6,})\b/, "$1s") : paragraph}\n`;
    copies.push({ from, to, edited });
  }
  const articles: Article[] = contents.map((content, i) => ({
    id: generated[i]!.name.replace(/\.txt$/, ""),
    path: `corpus/${generated[i]!.name}`,
    declaredLanguage: null,
    ...parseTextArticle(content),
  }));
  const setup = prepare();
  const { reportInput } = auditIngested({ articles, skipped: [] }, setup);
  const { report } = reportInput;
  for (const article of report.articles) addAttribution(article, reportInput.texts.get(article.id)!.text);
  report.overlaps = copies.map((copy) => overlapOf(report.articles[copy.from]!, report.articles[copy.to]!, reportInput, copy.edited));
  for (const article of report.articles) Object.assign(article, gradeArticle(article, setup.rubric));
  report.sources = gradeSources(report.articles, setup.rubric);
  return reportInput;
}

function addAttribution(article: ArticleReport, text: string): void {
  const quotes: Quote[] = [];
  for (const match of text.matchAll(/[„"]([^“"\n]{3,200})[“"]/g)) {
    const span = { start: match.index, end: match.index + match[0].length };
    const speakerType = SPEAKER_TYPES[quotes.length % SPEAKER_TYPES.length]!;
    quotes.push({ kind: "direct", span, text: match[0], speaker: speakerType === "vague" ? null : "Sprecher", speakerSpan: null, speakerType, cue: "sagte", cueSpan: null });
  }
  article.quotes = quotes;
  const via = /Nachrichtenagenturen zufolge|According to media reports/.exec(text);
  if (!via) return;
  const span = { start: via.index, end: via.index + via[0].length };
  const chain = ["Kreml", "RIA Novosti", article.source ?? "this outlet"];
  const types: SpeakerType[] = ["institution", "agency", "media"];
  article.attributions = [{ chain, span, cue: "zufolge", links: chain.map((name, i) => ({ name, span, type: types[i]! })) }];
}

function overlapOf(a: ArticleReport, b: ArticleReport, input: ReportInput, edited: boolean): Overlap {
  const textA = input.texts.get(a.id)!.text;
  const textB = input.texts.get(b.id)!.text;
  const paragraph = textA.split("\n\n")[1] ?? "";
  const start = textA.indexOf(paragraph);
  const passageA: Span = { start, end: start + paragraph.length };
  const tail = textB.trimEnd();
  const passageB: Span = { start: tail.lastIndexOf("\n") + 1, end: tail.length };
  const rule = edited ? "overlap/shared-passage" : "overlap/uncredited-reuse";
  b.findings.push({ rule, severity: "warning", message: `Passage shared with ${a.id}`, span: passageB, related: [a.id], data: {} });
  return { a: a.id, b: b.id, score: edited ? 0.18 : 0.22, origin: a.id, passages: [{ a: passageA, b: passageB, similarity: edited ? 0.93 : 1, kind: edited ? "edited" : "verbatim" }] };
}
