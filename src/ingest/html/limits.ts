// A linear pre-pass over a page's tags, before any parser sees it. Pages nested thousands
// deep (unclosed <div>s of a broken CMS, or hostile input) make parsers recurse and
// selector queries quadratic; pages of hundreds of thousands of elements are data, not
// articles. Nesting beyond MAX_DEPTH is flattened (into line breaks), elements beyond
// MAX_ELEMENTS are cut off, and each change is named, so that no loss is silent.

/** Real article pages nest a few dozen containers deep (median 12, at most 38 among the 589 pages of the web eval set). */
export const MAX_DEPTH = 100;
/** Real article pages hold a few thousand elements (at most 2,716 in the web eval set). */
export const MAX_ELEMENTS = 50_000;

/**
 * Elements that never nest: void ones, and those a parser closes when the next one opens
 * (`<p>`, `<li>`, `<td>`…). Every other element left open nests, unknown ones included.
 */
const FLAT = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
  "html", "head", "body", "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption",
  "option", "optgroup", "rb", "rt", "rp", "a", "form", "nobr", "h1", "h2", "h3", "h4", "h5", "h6",
]);
/** Nesting blocks beyond the limit become line breaks; other elements are dropped, their text kept. */
const BLOCKS = new Set(["div", "section", "article", "main", "center", "table", "ul", "ol", "dl", "blockquote", "header", "footer", "aside", "nav", "figure", "details", "fieldset"]);

/** A tag: `[^<>]*` stops at the next `<`, so a tag left open costs no rescans. */
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*?(\/?)>/g;
/** Elements whose content is text, or foreign markup (SVG, MathML), and is not counted. */
const OPAQUE = /^(?:script|style|textarea|title|xmp|plaintext|noscript|iframe|noembed|noframes|svg|math)$/i;

export interface LimitedPage {
  html: string;
  /** What was changed, one line each ("nesting 100,000 deep flattened beyond 256 levels"). */
  notes: string[];
}

/**
 * A closing tag closes the nearest open element of its name, and with it those opened
 * inside and left open, as parsers do; one whose element is not among the innermost
 * SEARCH open ones is ignored, which keeps a stray closing tag from costing the depth.
 */
const SEARCH = 64;

export function limitPage(html: string): LimitedPage {
  const pieces: string[] = [];
  let copied = 0;
  /** The open elements, innermost last, and whether each one's tag was flattened. */
  const open: string[] = [];
  const flattenedAt: boolean[] = [];
  let deepest = 0;
  let flattened = 0;
  let elements = 0;
  /** Inside a script, style, SVG…: the name of the element whose closing tag ends it. */
  let rawUntil: string | null = null;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const closing = m[1] === "/";
    const name = m[2]!.toLowerCase();
    if (rawUntil) {
      if (closing && name === rawUntil) rawUntil = null;
      continue;
    }
    if (!closing && ++elements > MAX_ELEMENTS) {
      pieces.push(html.slice(copied, m.index));
      return { html: pieces.join(""), notes: [...depthNote(deepest, flattened), `page cut after ${MAX_ELEMENTS.toLocaleString("en")} elements, at character ${m.index.toLocaleString("en")} of ${html.length.toLocaleString("en")}`] };
    }
    if (!closing && m[3] !== "/" && OPAQUE.test(name)) {
      rawUntil = name;
      continue;
    }
    // `<x/>` closes itself in foreign content and is rare elsewhere: never counted as open.
    if (FLAT.has(name) || m[3] === "/") continue;
    if (closing) {
      const at = innermost(open, name);
      if (at < 0) continue;
      if (flattenedAt[at]) replace(m.index, m[0].length, "");
      open.length = at;
      flattenedAt.length = at;
      continue;
    }
    const flatten = open.length >= MAX_DEPTH;
    open.push(name);
    flattenedAt.push(flatten);
    if (open.length > deepest) deepest = open.length;
    if (flatten) {
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

/** The index of the innermost open element named `name` among the SEARCH innermost, or -1. */
function innermost(open: readonly string[], name: string): number {
  for (let i = open.length - 1; i >= 0 && i >= open.length - SEARCH; i--) if (open[i] === name) return i;
  return -1;
}

function depthNote(deepest: number, flattened: number): string[] {
  return flattened ? [`markup nested ${deepest.toLocaleString("en")} deep: ${flattened.toLocaleString("en")} containers beyond ${MAX_DEPTH} levels flattened`] : [];
}
