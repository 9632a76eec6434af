// One parsed page and the pieces every extractor reads, gathered in a single pass.
import { load, type CheerioAPI } from "cheerio/slim";
import { jsonLdNodes, jsonLdSources, type JsonLdNode } from "./jsonld.js";
import type { MetaTag } from "./date/meta.js";
import { ofUserContribution } from "./microdata.js";

export interface Page {
  $: CheerioAPI;
  meta: MetaTag[];
  jsonLdSources: string[];
  jsonLd: JsonLdNode[];
}

function metaTags($: CheerioAPI): MetaTag[] {
  const tags: MetaTag[] = [];
  $("meta").each((_, el) => {
    const attrs = el.attribs;
    // A review's or comment's own <meta itemprop="datePublished"> describes that item, not the page.
    if (attrs["itemprop"] && ofUserContribution(el)) return;
    const key = attrs["property"] ?? attrs["name"] ?? attrs["itemprop"] ?? attrs["http-equiv"];
    const content = attrs["content"] ?? attrs["value"] ?? attrs["datetime"];
    if (key && content) tags.push({ key: key.trim().toLowerCase(), content: content.trim() });
  });
  return tags;
}

export function parsePage(html: string): Page {
  const $ = load(html);
  const sources = jsonLdSources($);
  return { $, meta: metaTags($), jsonLdSources: sources, jsonLd: jsonLdNodes(sources) };
}

/** The first non-empty content of the meta tags with one of the keys, in the keys' order of preference. */
export function metaContent(page: Page, ...keys: string[]): string | null {
  for (const key of keys) {
    const tag = page.meta.find((t) => t.key === key && t.content);
    if (tag) return tag.content;
  }
  return null;
}
