// Dates carried by markup inside the page: <time>, microdata, and elements whose
// class or id names them as a date line ("entry-date", "article__meta", "byline").
import type { CheerioAPI } from "cheerio/slim";
import { insideProseChrome } from "../clean.js";
import { ofUserContribution } from "../microdata.js";
import { attributeTokens, collapseWhitespace } from "../text.js";

const PUBLISHED_TOKENS = new Set(["published", "publish", "pubdate", "pub", "created", "posted", "entry", "publication", "publishdate", "publishedat", "erstellt", "veroeffentlicht"]);
const MODIFIED_TOKENS = new Set(["modified", "updated", "update", "lastmod", "changed", "aktualisiert"]);

/** Tokens of elements that typically hold the story's date line. */
const DATE_LINE_TOKENS = new Set([
  "date", "dates", "datum", "time", "timestamp", "dateline", "published", "pubdate", "posted", "byline",
  "meta", "metadata", "postmeta", "author", "info", "zeit", "datetime", "publish", "publication", "created", "details",
]);

/** A short date line; longer blocks are content whose dates are about something else. */
const MAX_DATE_LINE_CHARS = 200;

export interface MarkupDates {
  published: string[];
  /** <time datetime> without a published/modified marker, in document order. */
  unmarked: string[];
  /** The text of date-line elements, in document order. */
  dateLines: string[];
}

function tokensOf(attribs: Record<string, string>): string[] {
  return attributeTokens(`${attribs["class"] ?? ""} ${attribs["itemprop"] ?? ""}`, attribs["id"]);
}

export function markupDates($: CheerioAPI): MarkupDates {
  const dates: MarkupDates = { published: [], unmarked: [], dateLines: [] };
  $('[itemprop="datePublished" i], [itemprop="dateCreated" i]').each((_, el) => {
    if (insideProseChrome(el) || ofUserContribution(el)) return;
    const value = el.attribs["content"] ?? el.attribs["datetime"] ?? $(el).text();
    dates.published.push(value);
  });
  $("time, abbr.published, abbr.updated").each((_, el) => {
    if (insideProseChrome(el)) return;
    const value = el.attribs["datetime"] ?? el.attribs["title"] ?? $(el).text();
    const tokens = tokensOf(el.attribs);
    if ("pubdate" in el.attribs || tokens.some((t) => PUBLISHED_TOKENS.has(t))) dates.published.push(value);
    // A <time class="updated"> is a revision, never the publication date.
    else if (!tokens.some((t) => MODIFIED_TOKENS.has(t))) dates.unmarked.push(value);
  });
  $("[class], [id]").each((_, el) => {
    if (!tokensOf(el.attribs).some((t) => DATE_LINE_TOKENS.has(t)) || insideProseChrome(el)) return;
    const text = collapseWhitespace($(el).text());
    if (text && text.length <= MAX_DATE_LINE_CHARS) dates.dateLines.push(text);
  });
  return dates;
}
