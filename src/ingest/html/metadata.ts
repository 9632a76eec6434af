// Title, byline, site name, canonical URL and declared language, from the most
// deliberate declaration available (Open Graph, JSON-LD) down to visible markup.
import { nameOf, typesOf } from "./jsonld.js";
import { metaContent, type Page } from "./page.js";
import { collapseWhitespace } from "./text.js";

export interface PageMetadata {
  title: string | null;
  author: string | null;
  siteName: string | null;
  url: string | null;
  language: string | null;
}

const ARTICLE_TYPE = /article|posting|report|blog|webpage|review|liveblog/;
const TITLE_SEPARATOR = /\s+[|–—·»:•-]\s+/;

const clean = (value: string | null | undefined): string | null => {
  const text = value ? collapseWhitespace(value) : "";
  return text ? text : null;
};

/** The page's own article node in JSON-LD (the shallowest article-like one). */
function articleNode(page: Page): Record<string, unknown> | null {
  const articles = page.jsonLd.filter(({ node }) => typesOf(node).some((t) => ARTICLE_TYPE.test(t)));
  return articles.sort((a, b) => a.depth - b.depth)[0]?.node ?? null;
}

/** "Headline | Site" → "Headline": drop a trailing segment that names the site or is short next to the headline. */
function stripSiteSuffix(title: string, siteName: string | null): string {
  const parts = title.split(TITLE_SEPARATOR);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1] ?? "";
  const head = title.slice(0, title.length - last.length).replace(/\s+[|–—·»:•-]\s+$/, "");
  const namesSite = siteName !== null && last.toLowerCase() === siteName.toLowerCase();
  const isShortTag = last.split(" ").length <= 4 && head.split(" ").length >= 3 && last.length < head.length;
  return namesSite || isShortTag ? stripSiteSuffix(head, siteName) : title;
}

/** "Headline - The Example Gazette" → "The Example Gazette": the short trailing segment of <title>. */
function titleSuffix(page: Page): string | null {
  const title = clean(page.$("title").first().text());
  if (!title) return null;
  const stripped = stripSiteSuffix(title, null);
  return stripped === title ? null : clean(title.slice(stripped.length).replace(/^\s*[|–—·»:•-]\s*/, ""));
}

function siteNameOf(page: Page): string | null {
  const publisher = articleNode(page)?.["publisher"];
  const organisation = page.jsonLd.find(({ node }) => typesOf(node).some((t) => /organization|newsmediaorganization/.test(t)));
  return (
    clean(metaContent(page, "og:site_name")) ??
    clean(nameOf(publisher)) ??
    clean(metaContent(page, "application-name")) ??
    clean(nameOf(organisation?.node ?? null)) ??
    titleSuffix(page)
  );
}

function titleOf(page: Page, siteName: string | null): string | null {
  const { $ } = page;
  const headline = articleNode(page)?.["headline"];
  const raw =
    clean(metaContent(page, "og:title", "twitter:title")) ??
    clean(typeof headline === "string" ? headline : null) ??
    clean($("h1").first().text()) ??
    clean($("title").first().text());
  return raw ? stripSiteSuffix(raw, siteName) : null;
}

/** "Von Anna Muster", "By Jane Doe" → the name. URLs (article:author often is one) are not names. */
function cleanByline(value: string | null): string | null {
  const text = clean(value)?.replace(/^(?:von|by|autor(?:in)?:|author:|text:)\s*/i, "") ?? null;
  return text && !/^https?:\/\//.test(text) && text.length <= 120 ? text : null;
}

function authorOf(page: Page): string | null {
  const { $ } = page;
  return (
    cleanByline(metaContent(page, "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "citation_author")) ??
    cleanByline(nameOf(articleNode(page)?.["author"])) ??
    cleanByline($('[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]').first().text()) ??
    cleanByline($(".byline, .author, .article-author, .autor").first().text())
  );
}

function absoluteUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    return new URL(href, base ?? undefined).href;
  } catch {
    return null;
  }
}

function canonicalUrlOf(page: Page, hint: string | null): string | null {
  const canonical = page.$('link[rel~="canonical" i]').attr("href")?.trim() ?? null;
  return absoluteUrl(canonical, hint) ?? absoluteUrl(metaContent(page, "og:url"), hint) ?? hint;
}

/** "de-DE", "de_AT", "DE" → "de"; anything that is not a two-letter code → null. */
function isoLanguage(value: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2})(?:[-_][a-z0-9]+)*\s*$/i.exec(value ?? "");
  return m?.[1]?.toLowerCase() ?? null;
}

function languageOf(page: Page): string | null {
  const { $ } = page;
  const inLanguage = articleNode(page)?.["inLanguage"];
  return (
    isoLanguage($("html").attr("lang")) ??
    isoLanguage($("html").attr("xml:lang")) ??
    isoLanguage(metaContent(page, "og:locale", "content-language", "language", "dc.language", "dcterms.language")) ??
    isoLanguage(typeof inLanguage === "string" ? inLanguage : null)
  );
}

export function extractMetadata(page: Page, urlHint: string | null): PageMetadata {
  const siteName = siteNameOf(page);
  return {
    title: titleOf(page, siteName),
    author: authorOf(page),
    siteName,
    url: canonicalUrlOf(page, urlHint),
    language: languageOf(page),
  };
}
