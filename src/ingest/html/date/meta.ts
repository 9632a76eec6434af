// <meta> date conventions: Open Graph/article, Dublin Core, Parse.ly, Sailthru,
// Highwire (citation_*), schema.org microdata and a long tail of CMS names.

/** Names whose value is the original publication time. */
const PUBLISHED_NAMES = new Set([
  "article:published_time", "article:published", "og:published_time", "og:article:published_time",
  "article.published", "published_time", "publish_time", "publish-date", "publish_date", "publishdate",
  "published_date", "published-date", "publication_date", "publication-date", "pubdate", "pub_date",
  "date", "dc.date", "dc.date.issued", "dc.date.created", "dc:date", "dc:created", "dcterms.date",
  "dcterms.created", "dcterms.issued", "dcterms:created", "dcterms:issued", "parsely-pub-date", "sailthru.date",
  "citation_publication_date", "citation_date", "citation_online_date", "datepublished", "datecreated",
  "originalpublicationdate", "og:pubdate", "bt:pubdate", "cxenseparse:recs:publishtime", "displaydate",
  "rnews:datepublished", "release_date", "date_published", "article_date_original", "created", "creation_date",
  "dc.created", "prism.publicationdate", "content_date", "shareaholic:article_published_time", "weibo:article:create_at",
]);

export interface MetaTag {
  key: string;
  content: string;
}

/** Parse.ly's JSON blob carries the publication time under "pub_date". */
function parselyPageDate(content: string): string | null {
  try {
    const value = (JSON.parse(content) as Record<string, unknown>)["pub_date"];
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

/**
 * Publication-time values of the meta tags, in document order. Modification times
 * (article:modified_time, og:updated_time …) are deliberately not read: a revision date
 * reported as the publication date is a wrong date, and a wrong date is worse than none.
 */
export function metaPublishedValues(tags: MetaTag[]): string[] {
  const values: string[] = [];
  for (const { key, content } of tags) {
    if (PUBLISHED_NAMES.has(key)) values.push(content);
    else if (key === "parsely-page") {
      const pubDate = parselyPageDate(content);
      if (pubDate) values.push(pubDate);
    }
  }
  return values;
}
