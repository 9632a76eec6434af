// DOM → paragraphs. Block elements end a paragraph, inline ones continue it, so the
// article keeps its breaks while markup inside a sentence (<a>, <em>) disappears.
import { isDocument, isTag, isText, type AnyNode } from "domhandler";
import { collapseWhitespace } from "./text.js";

export interface Paragraph {
  text: string;
  /** Characters of the paragraph that sit inside links: menus and teaser lists are mostly links. */
  linkChars: number;
  /** Tag of the innermost block holding the paragraph (p, li, h2, td, …). */
  tag: string;
}

const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "body", "br", "center", "dd", "details", "div", "dl", "dt",
  "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main", "ol", "p",
  "pre", "section", "summary", "table", "tbody", "td", "th", "thead", "tr", "ul",
]);

/**
 * Never text: code, embedded media, form controls, and ruby annotations (<rt>, the furigana
 * printed over Japanese kanji, would otherwise split every word it annotates).
 */
const SKIPPED_TAGS = new Set(["script", "style", "noscript", "template", "svg", "button", "select", "textarea", "rt", "rp"]);

/**
 * The paragraphs under the roots. Picture captions and credits are not article text and are
 * skipped unless asked for (the date cascade reads them: some sites date the lead picture).
 */
export function paragraphsOf(roots: AnyNode[], { withCaptions = false } = {}): Paragraph[] {
  const out: Paragraph[] = [];
  let buffer = "";
  let linkChars = 0;
  let blockTag = "div";
  const flush = () => {
    const text = collapseWhitespace(buffer);
    if (text) out.push({ text, linkChars: Math.min(linkChars, text.length), tag: blockTag });
    buffer = "";
    linkChars = 0;
  };
  // An explicit stack rather than recursion: broken pages nest thousands of unclosed tags deep.
  // A null node marks the end of a block element.
  const stack: Array<{ node: AnyNode | null; inLink: boolean }> = [...roots].reverse().map((node) => ({ node, inLink: false }));
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, inLink } = item;
    if (node === null) {
      flush();
      continue;
    }
    if (isText(node)) {
      buffer += node.data;
      if (inLink) linkChars += collapseWhitespace(node.data).length;
      continue;
    }
    if (isDocument(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] ?? null, inLink });
      continue;
    }
    if (!isTag(node) || SKIPPED_TAGS.has(node.name) || (node.name === "figcaption" && !withCaptions)) continue;
    if (BLOCK_TAGS.has(node.name)) {
      flush();
      blockTag = node.name;
      stack.push({ node: null, inLink });
    }
    const childInLink = inLink || node.name === "a";
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i] ?? null, inLink: childInLink });
  }
  flush();
  return out;
}
