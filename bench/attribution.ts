// Benchmark: the cost of reading attribution (quotes, speakers, chains) within analysis,
// over the generated corpus: analysis as a whole, then findAttribution alone on the same
// segments, so its share of the per-article cost is measured, not guessed.
import { analyseArticle, packsFor } from "../src/analyse/index.js";
import { prepare } from "../src/api.js";
import { findAttribution } from "../src/attribution/index.js";
import { generateCorpus } from "./corpus.js";
import { parseTextArticle } from "../src/ingest/text.js";

const COUNT = Number(process.env.BENCH_ARTICLES ?? 10_000);

export function benchAttribution(): void {
  const setup = prepare();
  const articles = generateCorpus(COUNT).map((g, i) => ({ ...parseTextArticle(g.content), id: `a${i}`, path: g.name, declaredLanguage: null }));
  const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
  let start = process.hrtime.bigint();
  const analysed = articles.map((a) => analyseArticle(a, setup.library));
  const analysisS = seconds(start);
  start = process.hrtime.bigint();
  let quotes = 0;
  for (const { article, facts } of analysed) {
    const pack = facts.language ? setup.library.packs.get(facts.language) ?? null : null;
    const found = findAttribution({
      text: article.text,
      paragraphs: facts.paragraphs,
      sentences: facts.sentences,
      quotations: facts.quotations,
      packs: packsFor(pack, setup.library),
      agencies: setup.library.agencies,
      credits: facts.credits,
    });
    quotes += found.quotes.length;
  }
  const attributionS = seconds(start);
  console.log(`attribution: ${COUNT} articles, ${quotes} quotes; analysis ${analysisS.toFixed(2)} s, of which attribution ${attributionS.toFixed(2)} s (${((100 * attributionS) / analysisS).toFixed(0)} %)`);
}
