// Our own body finder for pages Readability gives up on: the container that holds the
// most non-link paragraph text wins, with half credit passed on to its parent so that
// a story split across sibling sections still lands in one common ancestor.
import type { CheerioAPI } from "cheerio/slim";
import { isTag, isText, type AnyNode, type Element } from "domhandler";
import { paragraphsOf, type Paragraph } from "./paragraphs.js";
import { collapseWhitespace } from "./text.js";

/** Shorter blocks are labels, buttons and dates, not prose. */
const MIN_BLOCK_CHARS = 25;
const MAX_LINK_DENSITY = 0.5;

function ownText(el: Element): string {
  return el.children.filter(isText).map((c) => c.data).join(" ");
}

export function densestContainer($: CheerioAPI): Paragraph[] {
  const scores = new Map<Element, number>();
  const credit = (node: AnyNode | null, points: number) => {
    if (node && isTag(node)) scores.set(node, (scores.get(node) ?? 0) + points);
  };
  $("p, pre, blockquote, div, td, section").each((_, el) => {
    // <p>-like blocks count whole; containers only for text they hold directly (br-separated prose).
    const isProse = el.name === "p" || el.name === "pre" || el.name === "blockquote";
    const text = collapseWhitespace(isProse ? $(el).text() : ownText(el));
    if (text.length < MIN_BLOCK_CHARS) return;
    const linkText = isProse ? collapseWhitespace($(el).find("a").text()).length : 0;
    if (linkText / text.length > MAX_LINK_DENSITY) return;
    const points = text.length - linkText;
    const holder = isProse ? el.parent : el;
    credit(holder, points);
    credit(holder?.parent ?? null, points / 2);
  });
  let best: Element | null = null;
  for (const [el, score] of scores) if (!best || score > (scores.get(best) ?? 0)) best = el;
  const roots: AnyNode[] = best ? [best] : $("body").toArray();
  return paragraphsOf(roots);
}
