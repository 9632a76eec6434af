// The publication-date cascade: the most explicit, most machine-readable statement
// of the original publication date wins. Revision dates are never reported: on the
// dev pages they were right only where a publication source was found anyway.
import { typesOf, type JsonLdNode } from "../jsonld.js";
import type { Page } from "../page.js";
import { toIsoDate } from "../../../calendar.js";
import { isPlausible } from "./calendar.js";
import { cuedDates } from "./cues.js";
import { datesNearHeadline } from "./headline.js";
import { markupDates, type MarkupDates } from "./markup.js";
import { metaPublishedValues } from "./meta.js";
import { findDatesInText, parseMachineDate } from "./parse.js";
import { urlDateParts, urlYearMonth } from "./url.js";

/** schema.org types whose datePublished is the page's own publication date. */
const ARTICLE_TYPE = /article|posting|report|blog|webpage|review|video|podcast|creativework|liveblog|recipe|event|product/;

export interface DateContext {
  page: Page;
  /** The page's text, blocks separated by newlines, scripts excluded. */
  text: string;
  url: string | null;
  /** Whether ambiguous numeric dates (04/06/2020) read day first. */
  dayFirst: boolean;
  /** The page's <h1> and its declared title, to find the date printed next to the headline. */
  headlines: Array<string | null>;
  /** Upper bound for plausible dates, "YYYY-MM-DD". */
  today: string;
}

type TierName =
  "jsonld" | "jsonld-raw" | "meta" | "markup" | "url" | "cued" | "headline" | "date-line" | "time" | "jsonld-created";

interface Tier {
  name: TierName;
  /** Candidate values in document/preference order, before validation. */
  values: () => Array<string | null>;
}

function jsonLdDates(nodes: JsonLdNode[], key: string): string[] {
  const withKey = nodes.filter(({ node }) => typeof node[key] === "string");
  // The page's own entity sits shallowest; articles before other types at the same depth.
  const rank = ({ node, depth }: JsonLdNode) => depth * 2 + (typesOf(node).some((t) => ARTICLE_TYPE.test(t)) ? 0 : 1);
  return withKey.sort((a, b) => rank(a) - rank(b)).map(({ node }) => node[key] as string);
}

/** JSON-LD that failed to parse still often holds a readable "datePublished": "…". */
function rawJsonLdDates(sources: string[], key: string): string[] {
  const pattern = new RegExp(`"${key}"\\s*:\\s*"([^"]+)"`, "g");
  return sources.flatMap((source) => [...source.matchAll(pattern)].map((m) => m[1] ?? ""));
}

/** Every date source, most trustworthy first. Values are computed only when a tier is reached. */
function dateTiers(context: DateContext): Tier[] {
  const { page, text, url, dayFirst } = context;
  // Slashed dates in meta tags and JSON-LD come from software, whose invariant format is month
  // first (11/01/2023 = 1 November); in markup and text they follow the page's language.
  const fromSoftware = (values: string[]) => values.map((v) => parseMachineDate(v, false));
  const fromMachine = (values: string[]) => values.map((v) => parseMachineDate(v, dayFirst));
  const fromText = (values: string[]) => values.map((v) => findDatesInText(v, dayFirst)[0]?.date ?? null);
  let markup: MarkupDates | undefined;
  const fromMarkup = () => (markup ??= markupDates(page.$));
  return [
    { name: "jsonld", values: () => fromSoftware(jsonLdDates(page.jsonLd, "datePublished")) },
    { name: "jsonld-raw", values: () => fromSoftware(rawJsonLdDates(page.jsonLdSources, "datePublished")) },
    { name: "meta", values: () => fromSoftware(metaPublishedValues(page.meta)) },
    { name: "markup", values: () => fromMachine(fromMarkup().published) },
    { name: "url", values: () => [((parts) => parts && toIsoDate(...parts))(urlDateParts(url))] },
    { name: "cued", values: () => cuedDates(text, dayFirst) },
    { name: "headline", values: () => datesNearHeadline(text, context.headlines, dayFirst) },
    { name: "date-line", values: () => fromText(fromMarkup().dateLines) },
    { name: "time", values: () => fromMachine(fromMarkup().unmarked) },
    { name: "jsonld-created", values: () => fromSoftware(jsonLdDates(page.jsonLd, "dateCreated")) },
  ];
}

/** Tiers whose date is declared for machines rather than shown to readers. */
const MACHINE_TIERS: TierName[] = ["jsonld", "jsonld-raw", "meta", "markup"];

export function publishedDate(context: DateContext): string | null {
  const tiers = dateTiers(context);
  // A URL filed under /2022/08/ rules out dates from other months (teasers, sidebars, archives).
  const yearMonth = urlYearMonth(context.url);
  const isCandidate = (d: string | null): d is string =>
    !!d && isPlausible(d, context.today) && (!yearMonth || d.startsWith(yearMonth));
  // Tiers are evaluated lazily and at most once: most pages are settled by the first few.
  const values = new Map<TierName, Array<string | null>>();
  const valuesOf = (tier: Tier) => values.get(tier.name) ?? values.set(tier.name, tier.values()).get(tier.name) ?? [];
  const firstOf = (name: TierName) => {
    const tier = tiers.find((t) => t.name === name);
    return tier ? (valuesOf(tier).find(isCandidate) ?? null) : null;
  };
  // A full date in the URL is set once, at publication, in the publisher's own time zone;
  // metadata timestamps are often UTC-shifted by a day or record a later import.
  const fromUrl = firstOf("url");
  if (fromUrl) return fromUrl;
  const cascade = () => tiers.map((t) => firstOf(t.name)).find((d) => d) ?? null;
  const machine = MACHINE_TIERS.map(firstOf).find((d) => d) ?? null;
  if (!machine) return cascade();
  // The date printed under the headline is what readers (and editors) see; a CMS timestamp that
  // disagrees with it is often a creation or import time. Trust the visible date when some
  // other source confirms it.
  const visible = firstOf("headline");
  if (visible && visible !== machine && tiers.some((t) => t.name !== "headline" && valuesOf(t).includes(visible))) return visible;
  return machine;
}
