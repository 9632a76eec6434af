// Article body: Readability on a linkedom DOM of the pre-cleaned page, its result
// walked into paragraphs; our density fallback when Readability finds too little.
import { Readability } from "@mozilla/readability";
import { load, type CheerioAPI } from "cheerio/slim";
import { parseHTML } from "linkedom";
import { isChromeParagraph, withoutEdgeFragments, withoutRelatedTail } from "./chrome.js";
import { densestContainer } from "./fallback.js";
import { paragraphsOf, type Paragraph } from "./paragraphs.js";

/** Below this, Readability has latched onto a teaser or caption rather than the story. */
const MIN_BODY_CHARS = 250;

/**
 * Readability re-parses the whole page with relaxed rules while its result is shorter than
 * this; below MIN_BODY_CHARS our own fallback is tried anyway, more cheaply.
 */
const READABILITY_RETRY_CHARS = 100;

/** Shorter blocks between headline and story are bylines, kickers and captions rather than a lead. */
const MIN_LEAD_CHARS = 60;
/** With no headline to anchor on, a lead must look like a full paragraph and sit right before the story. */
const MIN_HEADLESS_LEAD_CHARS = 100;
const LEAD_WINDOW_WITHOUT_HEADLINE = 4;
/** Teaser links and "read more" blocks are mostly link text; a lead is not. */
const MAX_LEAD_LINK_DENSITY = 0.3;

const textLength = (paragraphs: Paragraph[]) => paragraphs.reduce((n, p) => n + p.text.length, 0);

/** Readability's article HTML for a page, or null when it finds none. */
function readabilityContent(html: string): string | null {
  const { document } = parseHTML(html);
  try {
    // linkedom implements the DOM subset Readability walks; its types are its own.
    const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], {
      charThreshold: READABILITY_RETRY_CHARS,
    }).parse();
    return article?.content ?? null;
  } catch {
    return null; // a DOM corner linkedom does not cover: fall back to our own scoring
  }
}

/** A paragraph a reader would read as prose: long enough, mostly not links. */
function isProse(p: Paragraph): boolean {
  return p.text.length >= MIN_LEAD_CHARS && p.linkChars / p.text.length < MAX_LEAD_LINK_DENSITY && !isChromeParagraph(p);
}

/**
 * Readability scores one container, and news templates often keep the lead (standfirst)
 * in a sibling block between the headline and the story: recover the prose there. Without
 * a headline in the cleaned page, only the few blocks right before the story are considered.
 */
function withLead(article: Paragraph[], page: Paragraph[]): Paragraph[] {
  const first = article[0];
  if (!first) return article;
  const start = page.findIndex((p) => p.text === first.text);
  if (start < 0) return article;
  const headline = page.slice(0, start).findLastIndex((p) => p.tag === "h1");
  const leadStart = headline >= 0 ? headline + 1 : Math.max(0, start - LEAD_WINDOW_WITHOUT_HEADLINE);
  const lead = page.slice(leadStart, start).filter(headline >= 0 ? isProse : (p) => isProse(p) && p.text.length >= MIN_HEADLESS_LEAD_CHARS);
  return [...lead, ...article];
}

/** The body text of a cleaned page: paragraphs joined by blank lines, chrome lines dropped. */
export function extractBody($: CheerioAPI, headline: string | null): string {
  // Readability only needs the body; serialising less keeps linkedom's parse cheap.
  const body = $("body");
  const html = body.length ? `<!DOCTYPE html><html><body>${body.html() ?? ""}</body></html>` : $.html();
  const content = readabilityContent(html);
  let paragraphs = content ? withLead(paragraphsOf(load(content).root().toArray()), paragraphsOf(body.toArray())) : [];
  if (textLength(paragraphs.filter((p) => !isChromeParagraph(p))) < MIN_BODY_CHARS) {
    const fallback = densestContainer($);
    if (textLength(fallback) > textLength(paragraphs)) paragraphs = fallback;
  }
  // The headline is the title field, not part of the body (Readability turns <h1> into <h2>).
  const story = withoutRelatedTail(paragraphs).filter((p) => p.tag !== "h1" && p.text !== headline && !isChromeParagraph(p));
  return withoutEdgeFragments(story)
    .map((p) => p.text)
    .join("\n\n");
}
