// A plain-text article often opens with its headline on a line of its own; web-page
// copies open with menu lines first. The title is the first short line that does
// not end like a sentence and is not page chrome, or a headline that does end in a
// full stop or question mark but stands alone in headline case ("Mayor To Farmers
// Worried About Dry Summer: It’s Going To Be Fine.").
import { vocabTester } from "../packs/patterns.js";
import type { LanguagePack } from "../packs/types.js";
import type { Span } from "../types.js";

const MAX_TITLE_LENGTH = 200;
const LEADING_LINES = 4;
const SENTENCE_END = /[.!?…:;,]$/;
const TRAILING_CLOSERS = /["'“”„«»‹›’)\]\s]+$/;
const HEADLINE_END = /[.?]$/;
const BLANK_LINE = /\n[^\S\n]*\n/;
/** Content words a headline-case line needs: one capitalised word is any sentence's start. */
const MIN_CONTENT_WORDS = 2;

export function findTitleSpan(text: string, paragraphs: Span[], packs: LanguagePack[]): Span | null {
  for (const p of paragraphs.slice(0, LEADING_LINES)) {
    const line = text.slice(p.start, p.end);
    if (line.includes("\n")) return null;
    if (isChrome(line, packs)) continue;
    if (line.length > MAX_TITLE_LENGTH) return null;
    // A single line with nothing after it is a text, not a title.
    if (p.end >= text.trimEnd().length) return null;
    const bare = line.replace(TRAILING_CLOSERS, "");
    if (!SENTENCE_END.test(bare)) return p;
    const standsAlone = BLANK_LINE.test(text.slice(p.end, paragraphs[paragraphs.indexOf(p) + 1]?.start ?? text.length));
    return HEADLINE_END.test(bare) && standsAlone && inHeadlineCase(line, packs) ? p : null;
  }
  return null;
}

/**
 * Every content word capitalised: "Seven Ways to Save on Heating." A sentence has a verb or
 * adjective in lower case in every language we read ("Die Polizei ermittelt.").
 */
function inHeadlineCase(line: string, packs: LanguagePack[]): boolean {
  let content = 0;
  for (const token of line.split(/\s+/)) {
    const w = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
    if (w.length < 3 || !/^\p{L}+$/u.test(w) || packs.some((pack) => pack.stopwords.has(w.toLowerCase()))) continue;
    // One content word in lower case settles it: most first lines are sentences.
    if (!/^\p{Lu}/u.test(w)) return false;
    content++;
  }
  return content >= MIN_CONTENT_WORDS;
}

/** True for a line that the packs' chrome vocabulary recognises. */
function isChrome(line: string, packs: LanguagePack[]): boolean {
  return packs.some((pack) => vocabTester(pack, "chrome", "iu")(line));
}
