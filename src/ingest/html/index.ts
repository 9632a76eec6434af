// HTML page → article: metadata and date from the full page, body from a cleaned copy.
// One cheerio parse serves metadata, date and cleaning; Readability gets its own DOM.
import { extractBody } from "./body.js";
import { removeChrome, slimForReadability } from "./clean.js";
import { publishedDate } from "./date/cascade.js";
import { openingDate } from "./date/opening.js";
import { signatureDate } from "./date/signature.js";
import { extractMetadata } from "./metadata.js";
import { parsePage } from "./page.js";
import { paragraphsOf } from "./paragraphs.js";
import { collapseWhitespace } from "./text.js";

import { MAX_PAGE_BYTES } from "./decode.js";
import { InputError } from "../decode.js";
import { limitPage } from "./limits.js";

export { decodeHtml, MAX_PAGE_BYTES } from "./decode.js";

export interface HtmlExtraction {
  title: string | null;
  author: string | null;
  siteName: string | null;
  url: string | null;
  published: string | null;
  language: string | null;
  text: string;
  /** What the page's size limits changed (limits.ts), one line each; empty for a normal page. */
  notes: string[];
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

/** "Site :: Headline" and "Headline | Site" pieces of <title>, longest first: one of them is the headline as printed. */
function titleSegments(title: string): string[] {
  return title
    .split(/\s+(?:[|–—·»•-]|::)\s+|\|/)
    .map(collapseWhitespace)
    .sort((a, b) => b.length - a.length);
}

/** Container tags whose nesting carries no text structure worth keeping on a pathological page. */
const CONTAINER_TAG = /<\/?(?:div|span|font|section|article|main|center|table|tbody|thead|tr|td|th|ul|ol|li|b|i|u|em|strong|small|big|blockquote)\b[^>]*>/gi;

/**
 * The page, metadata, date and body. Throws InputError for a page too large to be an
 * article (HTML handed over as a string, e.g. from JSON input) or one nested too deep to read.
 */
export function extractHtml(html: string, hints: HtmlHints = {}): HtmlExtraction {
  if (html.length > MAX_PAGE_BYTES) throw new InputError("page larger than 10 MiB limit");
  const limited = limitPage(html);
  try {
    return { ...extractPage(limited.html, hints), notes: limited.notes };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  // Thousands of unclosed tags nest deeper than the parsers' recursion allows: read the page
  // again with its containers flattened into line breaks.
  try {
    return { ...extractPage(limited.html.replace(CONTAINER_TAG, "<br>"), hints), notes: [...limited.notes, "markup nested too deep to parse: all containers flattened"] };
  } catch (error) {
    if (error instanceof RangeError) throw new InputError("page nested too deeply to parse");
    throw error;
  }
}

function extractPage(html: string, hints: HtmlHints): Omit<HtmlExtraction, "notes"> {
  const page = parsePage(html);
  const urlHint = hints.url ?? null;
  const metadata = extractMetadata(page, urlHint);
  const url = urlHint ?? metadata.url;
  const pageText = paragraphsOf(page.$("body").toArray(), { withCaptions: true }).map((p) => p.text).join("\n");
  // Lines of the <h1> joined by a space, as the page text reads them: "Title<br><small>02.02.2022" is two lines.
  const headline = paragraphsOf(page.$("h1").first().toArray()).map((p) => p.text).join(" ") || metadata.title;
  const dayFirst = readsDayFirst(metadata.language, url);
  const today = hints.today ?? new Date().toISOString().slice(0, 10);
  const published = publishedDate({
    page,
    text: pageText,
    url,
    dayFirst,
    headlines: [headline, metadata.title, ...titleSegments(page.$("title").first().text())],
    today,
  });
  removeChrome(page.$);
  slimForReadability(page.$);
  const text = extractBody(page.$, headline);
  return { ...metadata, published: published ?? openingDate(pageText, text, dayFirst, today) ?? signatureDate(pageText, text, dayFirst, today), text };
}
