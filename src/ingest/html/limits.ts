// A linear pre-pass over a page's tags, before any parser sees it. Pages nested thousands
// deep (unclosed <div>s of a broken CMS, or hostile input) make parsers recurse and
// selector queries quadratic; pages of hundreds of thousands of elements are data, not
// articles. Nesting beyond MAX_DEPTH is flattened (into line breaks), elements beyond
// MAX_ELEMENTS are cut off, and each change is named, so that no loss is silent.

/** Real article pages nest a few dozen containers deep (at most 60 among 589 pages of the web eval set). */
export const MAX_DEPTH = 100;
/** Real article pages hold a few thousand elements (at most 2,716 in the web eval set). */
export const MAX_ELEMENTS = 50_000;

/**
 * Containers that nest when left open (`<p>`, `<li>`, `<td>` and the like close each other):
 * blocks, flattened into a line break, and inline ones, dropped.
 */
const BLOCKS = new Set(["div", "section", "article", "main", "center", "table", "ul", "ol", "dl", "blockquote", "header", "footer", "aside", "nav"]);
const INLINE = new Set(["span", "font", "b", "i", "u", "em", "strong", "small", "big"]);

/** A tag: `[^<>]*` stops at the next `<`, so a tag left open costs no rescans. */
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*>/g;
/** Text-only elements: what they hold is not markup and must not be counted as such. */
const RAW_TEXT = /^(?:script|style|textarea|title|xmp|plaintext|noscript|iframe|noembed|noframes)$/i;

export interface LimitedPage {
  html: string;
  /** What was changed, one line each ("nesting 100,000 deep flattened beyond 256 levels"). */
  notes: string[];
}

export function limitPage(html: string): LimitedPage {
  const pieces: string[] = [];
  let copied = 0;
  let depth = 0;
  let deepest = 0;
  let flattened = 0;
  let elements = 0;
  let rawUntil: RegExp | null = null;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const closing = m[1] === "/";
    const name = m[2]!.toLowerCase();
    if (rawUntil) {
      if (closing && rawUntil.test(name)) rawUntil = null;
      continue;
    }
    if (!closing && RAW_TEXT.test(name)) rawUntil = new RegExp(`^${name}$`);
    if (!closing && ++elements > MAX_ELEMENTS) {
      pieces.push(html.slice(copied, m.index));
      return { html: pieces.join(""), notes: [...depthNote(deepest, flattened), `page cut after ${MAX_ELEMENTS.toLocaleString("en")} elements, at character ${m.index.toLocaleString("en")} of ${html.length.toLocaleString("en")}`] };
    }
    if (!BLOCKS.has(name) && !INLINE.has(name)) continue;
    if (closing) {
      if (depth > MAX_DEPTH) replace(m.index, m[0].length, "");
      depth = Math.max(0, depth - 1);
      continue;
    }
    depth++;
    if (depth > deepest) deepest = depth;
    if (depth > MAX_DEPTH) {
      replace(m.index, m[0].length, BLOCKS.has(name) ? "<br>" : "");
      flattened++;
    }
  }
  if (flattened === 0) return { html, notes: [] };
  pieces.push(html.slice(copied));
  return { html: pieces.join(""), notes: depthNote(deepest, flattened) };

  function replace(at: number, length: number, by: string): void {
    pieces.push(html.slice(copied, at), by);
    copied = at + length;
  }
}

function depthNote(deepest: number, flattened: number): string[] {
  return flattened ? [`markup nested ${deepest.toLocaleString("en")} deep: ${flattened.toLocaleString("en")} containers beyond ${MAX_DEPTH} levels flattened`] : [];
}
