// The publication-date cascade: the most explicit, most machine-readable statement
// of the original publication date wins. Revision dates are never reported: on the
// dev pages they were right only where a publication source was found anyway.
import { typesOf, type JsonLdNode } from "../jsonld.js";
import type { Page } from "../page.js";
import { addDays, toIsoDate } from "../../../calendar.js";
import { isPlausible } from "./calendar.js";
import { announcedAsOther, cuedDates } from "./cues.js";
import { datesNearHeadline } from "./headline.js";
import { markupDates, type MarkupDates } from "./markup.js";
import { metaPublishedValues } from "./meta.js";
import { findPrintedDates, parseMachineDate } from "./parse.js";
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
  /** The values as written (attribute, JSON-LD string, text), in document/preference order. */
  written: () => string[];
  /** A written value → "YYYY-MM-DD", or null; validation comes later. */
  read: (value: string) => string | null;
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

/** A story has a date line or two (published, updated); date lines naming more days are a list of teasers or an archive. */
const MAX_DATE_LINE_DAYS = 5;

function storyDateLines(lines: string[], read: (line: string) => string | null): string[] {
  const days = new Set(lines.map(read).filter((d) => d !== null));
  return days.size > MAX_DATE_LINE_DAYS ? [] : lines;
}

/** Every date source, most trustworthy first. Values are computed only when a tier is reached. */
function dateTiers(context: DateContext): Tier[] {
  const { page, text, url, dayFirst } = context;
  // Slashed dates in meta tags and JSON-LD come from software, whose invariant format is month
  // first (11/01/2023 = 1 November); in markup and text they follow the page's language.
  const fromSoftware = (v: string) => parseMachineDate(v, false);
  const fromMachine = (v: string) => parseMachineDate(v, dayFirst);
  // A date line may carry a revision date too ("page revision: 8, last edited: 17 Jun 2018"): pass it over.
  const fromText = (v: string) => findPrintedDates(v, dayFirst).find((d) => !announcedAsOther(v, d.index))?.date ?? null;
  const asFound = (date: string) => date;
  let markup: MarkupDates | undefined;
  const fromMarkup = () => (markup ??= markupDates(page.$));
  return [
    { name: "jsonld", written: () => jsonLdDates(page.jsonLd, "datePublished"), read: fromSoftware },
    { name: "jsonld-raw", written: () => rawJsonLdDates(page.jsonLdSources, "datePublished"), read: fromSoftware },
    { name: "meta", written: () => metaPublishedValues(page.meta), read: fromSoftware },
    { name: "markup", written: () => fromMarkup().published, read: fromMachine },
    { name: "url", written: () => (url ? [url] : []), read: (u) => ((parts) => parts && toIsoDate(...parts))(urlDateParts(u)) },
    { name: "cued", written: () => cuedDates(text, dayFirst), read: asFound },
    { name: "headline", written: () => datesNearHeadline(text, context.headlines, dayFirst), read: asFound },
    { name: "date-line", written: () => storyDateLines(fromMarkup().dateLines, fromText), read: fromText },
    { name: "time", written: () => fromMarkup().unmarked, read: fromMachine },
    { name: "jsonld-created", written: () => jsonLdDates(page.jsonLd, "dateCreated"), read: fromSoftware },
  ];
}

/** A tier's value as written and as read: some overrides depend on how a date was written. */
interface Candidate {
  written: string;
  date: string | null;
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
  const candidatesByTier = new Map<TierName, Candidate[]>();
  const candidatesOf = (tier: Tier): Candidate[] => {
    const known = candidatesByTier.get(tier.name);
    if (known) return known;
    const found = tier.written().map((written) => ({ written, date: tier.read(written) }));
    candidatesByTier.set(tier.name, found);
    return found;
  };
  const firstCandidateOf = (name: TierName) => {
    const tier = tiers.find((t) => t.name === name);
    return (tier && candidatesOf(tier).find((c) => isCandidate(c.date))) || null;
  };
  const firstOf = (name: TierName) => firstCandidateOf(name)?.date ?? null;
  // A full date in the URL is set once, at publication, in the publisher's own time zone;
  // metadata timestamps are often UTC-shifted by a day or record a later import.
  const fromUrl = firstOf("url");
  const machine = MACHINE_TIERS.map(firstCandidateOf).find((c) => c) ?? null;
  // The date printed under the headline is what readers (and editors) see.
  const visible = machine?.date ? firstOf("headline") : null;
  // A story whose slug was set the evening before it went out: the declared publication
  // date and the printed one agree on the later day.
  if (fromUrl) return visible === addDays(fromUrl, 1) && visible === machine?.date ? visible : fromUrl;
  const cascade = () => tiers.map((t) => firstOf(t.name)).find((d) => d) ?? null;
  if (!machine?.date) return cascade();
  // A CMS timestamp that disagrees with the visible date is often a creation or import time.
  // Trust the visible date when some other source confirms it — unless it is the timestamp with
  // day and month swapped: then the page prints month first ("11/01/2021" for 1 November), and
  // an unambiguous timestamp settles it.
  if (!visible || visible === machine.date) return machine.date;
  // A UTC timestamp names the publisher's local day only up to one day either way
  // (02:41Z is the evening before in the Americas): the printed date is that local day.
  const isDayOff = visible === addDays(machine.date, -1) || visible === addDays(machine.date, 1);
  if (isDayOff && UTC_TIMESTAMP.test(machine.written)) return visible;
  const misreadTimestamp = visible === swapDayAndMonth(machine.date) && !AMBIGUOUS_NUMERIC_DATE.test(machine.written);
  const confirmed = tiers.some((t) => t.name !== "headline" && candidatesOf(t).some((c) => c.date === visible));
  return confirmed && !misreadTimestamp ? visible : machine.date;
}

/** "2022-05-04T02:41:00Z", "Wed, 04 May 2022 02:41:00 GMT", "…T07:29:20+00:00". */
const UTC_TIMESTAMP = /\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]00:?00|GMT|UTC)\b/i;

/** "04/06/2020", "4.6.20": day and month could be either way round. */
const AMBIGUOUS_NUMERIC_DATE = /(?<!\d)\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?!\d)/;

function swapDayAndMonth(isoDate: string): string {
  return `${isoDate.slice(0, 4)}-${isoDate.slice(8, 10)}-${isoDate.slice(5, 7)}`;
}
