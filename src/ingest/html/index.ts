// HTML page → article: metadata and date from the full page, body from a cleaned copy.
// One cheerio parse serves metadata, date and cleaning; Readability gets its own DOM.
import { extractBody } from "./body.js";
import { removeChrome, slimForReadability } from "./clean.js";
import { publishedDate } from "./date/cascade.js";
import { extractMetadata } from "./metadata.js";
import { parsePage } from "./page.js";
import { paragraphsOf } from "./paragraphs.js";
import { collapseWhitespace } from "./text.js";

export { decodeHtml, MAX_PAGE_BYTES } from "./decode.js";

export interface HtmlExtraction {
  title: string | null;
  author: string | null;
  siteName: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  text: string;
}

export interface HtmlHints {
  /** Where the page was fetched from: fallback canonical URL and a date source (/2020/06/04/). */
  url?: string | null;
  /**
   * Latest plausible publication date, "YYYY-MM-DD". Pass the run's date from the CLI
   * (or SOURCE_DATE_EPOCH) for reproducible output; defaults to the current UTC date.
   */
  today?: string;
}

/** English-language pages write 04/06/2020 month first unless British; everyone else day first. */
function readsDayFirst(language: string | null, url: string | null): boolean {
  if (language !== "en") return true;
  return /\.(?:uk|ie|au|nz|in)(?:[/:]|$)/.test(url ?? "");
}

export function extractHtml(html: string, hints: HtmlHints = {}): HtmlExtraction {
  const page = parsePage(html);
  const urlHint = hints.url ?? null;
  const metadata = extractMetadata(page, urlHint);
  const url = urlHint ?? metadata.url;
  const pageText = paragraphsOf(page.$("body").toArray(), { withCaptions: true }).map((p) => p.text).join("\n");
  const headline = collapseWhitespace(page.$("h1").first().text()) || metadata.title;
  const published = publishedDate({
    page,
    text: pageText,
    url,
    dayFirst: readsDayFirst(metadata.language, url),
    headlines: [headline, metadata.title],
    today: hints.today ?? new Date().toISOString().slice(0, 10),
  });
  removeChrome(page.$);
  slimForReadability(page.$);
  return { ...metadata, published, text: extractBody(page.$, headline) };
}
