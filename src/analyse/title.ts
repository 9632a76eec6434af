// A plain-text article often opens with its headline on a line of its own; web-page
// copies open with menu lines first. The title is the first short line that does
// not end like a sentence and is not page chrome.
import { vocabPattern } from "../packs/patterns.js";
import type { LanguagePack } from "../packs/types.js";
import type { Span } from "../types.js";

const MAX_TITLE_LENGTH = 200;
const LEADING_LINES = 4;
const SENTENCE_END = /[.!?…:;,]$/;
const TRAILING_CLOSERS = /["'“”„«»‹›’)\]\s]+$/;

export function findTitleSpan(text: string, paragraphs: Span[], packs: LanguagePack[]): Span | null {
  for (const p of paragraphs.slice(0, LEADING_LINES)) {
    const line = text.slice(p.start, p.end);
    if (line.includes("\n")) return null;
    if (isChrome(line, packs)) continue;
    if (line.length > MAX_TITLE_LENGTH || SENTENCE_END.test(line.replace(TRAILING_CLOSERS, ""))) return null;
    // A single line with nothing after it is a text, not a title.
    return p.end < text.trimEnd().length ? p : null;
  }
  return null;
}

/** True for a line that the packs' chrome vocabulary recognises. */
function isChrome(line: string, packs: LanguagePack[]): boolean {
  return packs.some((pack) => vocabPattern(pack, "chrome", "iu")?.test(line) ?? false);
}
