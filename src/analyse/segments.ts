// Paragraphs and sentences with offsets into the text.
import type { LanguagePack } from "../packs/types.js";
import type { Span } from "../types.js";
import { classTable } from "./code-classes.js";
import { sentenceEnds } from "./sentence-ends.js";
import { containing } from "../spans.js";
import { workBuffer } from "./work-buffer.js";

const BLANK_LINE = /\n[ \t\r]*\n/g;
/** A block is hard-wrapped when its lines are of typewriter width and run on mid-sentence. */
const WRAP_MIN = 40;
const WRAP_MAX = 100;

/** Paragraphs: blocks between blank lines, and each line of a block unless the block is hard-wrapped. */
export function findParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let blockStart = 0;
  for (const m of text.matchAll(BLANK_LINE)) {
    pushBlock(text, blockStart, m.index, out);
    blockStart = m.index + m[0].length;
  }
  pushBlock(text, blockStart, text.length, out);
  return out;
}

function pushBlock(text: string, start: number, end: number, out: Span[]): void {
  const lines: Span[] = [];
  // Line ends found by indexOf (a native search), not by reading each character.
  for (let lineStart = start; lineStart <= end; ) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 || newline > end ? end : newline;
    const span = trim(text, lineStart, lineEnd);
    if (span) lines.push(span);
    lineStart = lineEnd + 1;
  }
  if (lines.length === 0) return;
  if (isHardWrapped(text, lines)) out.push({ start: lines[0]!.start, end: lines[lines.length - 1]!.end });
  else for (const line of lines) out.push(line);
}

/** A list item's marker and the space after it: "• ", "* ", "a) ", "(2) ". */
const LIST_MARKER = /^(?:[•·▪◦‣►●■*+]|\(?[a-z0-9]\))[ \t\u00a0]+/u;

/** The length of the list marker opening text at `start` ("• Lee said …"), 0 with none. */
export function listMarkerLength(text: string, start: number): number {
  return LIST_MARKER.exec(text.slice(start, start + 8))?.[0].length ?? 0;
}

/**
 * A wrapped line breaks mid-sentence only because the next word would not fit. A
 * subheading also ends without a full stop, but the next word would have fitted;
 * a list's item opens on its marker.
 */
function isHardWrapped(text: string, lines: Span[]): boolean {
  if (lines.length < 2 || lines.some((l) => listMarkerLength(text, l.start) > 0)) return false;
  const body = lines.slice(0, -1);
  // A loop, not Math.max(...widths): a block of 100,000 lines would overflow the stack as arguments.
  let width = 0;
  for (const l of body) width = Math.max(width, l.end - l.start);
  if (width > WRAP_MAX) return false;
  const runOn = body.map((l, i) => ({ line: l, next: lines[i + 1]! })).filter(({ line }) => !/[.!?:"“”»«)]$/.test(text.slice(line.start, line.end)));
  return (
    runOn.length > 0 &&
    runOn.every(({ line, next }) => {
      const nextWord = /^\S+/.exec(text.slice(next.start, next.end))?.[0].length ?? 0;
      return line.end - line.start >= WRAP_MIN && line.end - line.start + 1 + nextWord > width;
    })
  );
}

function trim(text: string, start: number, end: number): Span | null {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x202f;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(language: string): Intl.Segmenter {
  let s = segmenters.get(language);
  if (!s) segmenters.set(language, (s = new Intl.Segmenter(language, { granularity: "sentence" })));
  return s;
}

/**
 * Sentences: ICU's boundaries (it breaks at every line end), then merged where German
 * and English prose fool it, never across a paragraph.
 */
export function findSentences(text: string, paragraphs: Span[], pack: LanguagePack | null, quotations: readonly Span[] = []): Span[] {
  const out: Span[] = [];
  const months = monthNames(pack);
  let paragraph = 0;
  let current: Span | null = null;
  let currentParagraph = -1;
  for (const span of sentenceSpans(text, paragraphs, segmenter(pack?.language ?? "und")).flatMap((sp) => splitGlued(text, sp))) {
    while (paragraph < paragraphs.length && paragraphs[paragraph]!.end <= span.start) paragraph++;
    if (current && currentParagraph === paragraph && (continues(text, current, span, pack, months) || insideRunningQuotation(text, current, quotations))) {
      current = { start: current.start, end: span.end };
      continue;
    }
    if (current) out.push(current);
    current = span;
    currentParagraph = paragraph;
  }
  if (current) out.push(current);
  return out;
}

/**
 * "sagte der Papst.Der Bruder …": a full stop with no space after it, between a lowercase word and a capitalised one,
 * ends a sentence where paragraphs were joined without a space (ICU joins them, as for "z.B" or "U.S.Army").
 * A word of three lowercase letters before it and two after the capital keep initials and abbreviations whole.
 */
const GLUED_STOP = /(?<=\p{Ll}{3}[.!?])(?=\p{Lu}\p{Ll}{2})/gu;

function splitGlued(text: string, span: Span): Span[] {
  const body = text.slice(span.start, span.end);
  if (body.search(GLUED_STOP) < 0) return [span];
  const out: Span[] = [];
  let start = span.start;
  for (const m of body.matchAll(GLUED_STOP)) {
    out.push({ start, end: span.start + m.index });
    start = span.start + m.index;
  }
  out.push({ start, end: span.end });
  return out;
}

const TERMINAL = /[.!?…:;"“”»«)’']$/;
/**
 * V8's segmenter takes time quadratic in the length of the string it is given, so it
 * gets runs of whole paragraphs of a few thousand characters; a longer paragraph is cut
 * after a likely sentence end. The merge pass repairs any cut that was not one.
 */
const CHUNK = 4000;
const LIKELY_END = /[.!?…]["“”»«’)]?\s+(?=[\p{Lu}\p{N}„"“«»])/gu;

/** ICU's sentences of each paragraph: found by `sentenceEnds` where it can, else by ICU itself. */
function sentenceSpans(text: string, paragraphs: Span[], seg: Intl.Segmenter): Span[] {
  const out: Span[] = [];
  let forIcu: Span[] = [];
  for (const p of paragraphs) {
    const ends = p.end - p.start <= CHUNK ? sentenceEnds(text, p.start, p.end) : null;
    if (!ends) {
      forIcu.push(p);
      continue;
    }
    // ICU reads each paragraph alike whatever paragraphs it is given with (a line end is always a boundary).
    if (forIcu.length) icuSentences(text, forIcu, seg, out);
    forIcu = [];
    let start = p.start;
    for (const end of ends) {
      const span = trim(text, start, end);
      if (span) out.push(span);
      start = end;
    }
  }
  if (forIcu.length) icuSentences(text, forIcu, seg, out);
  return out;
}

function icuSentences(text: string, paragraphs: Span[], seg: Intl.Segmenter, out: Span[]): void {
  for (const chunk of chunks(text, paragraphs)) {
    for (const piece of seg.segment(text.slice(chunk.start, chunk.end))) {
      const span = trim(text, chunk.start + piece.index, chunk.start + piece.index + piece.segment.length);
      if (span) out.push(span);
    }
  }
}

function chunks(text: string, paragraphs: Span[]): Span[] {
  const out: Span[] = [];
  let open: Span | null = null;
  for (const p of paragraphs) {
    if (open && p.end - open.start <= CHUNK) {
      open = { start: open.start, end: p.end };
      continue;
    }
    if (open) out.push(open);
    open = null;
    if (p.end - p.start <= CHUNK) open = p;
    else for (const piece of cutLong(text, p)) out.push(piece);
  }
  if (open) out.push(open);
  return out;
}

function cutLong(text: string, p: Span): Span[] {
  const out: Span[] = [];
  let start = p.start;
  LIKELY_END.lastIndex = p.start;
  for (let m = LIKELY_END.exec(text); m && m.index < p.end; m = LIKELY_END.exec(text)) {
    const cut = m.index + m[0].length;
    if (cut - start >= CHUNK / 2 && cut < p.end) {
      out.push({ start, end: cut });
      start = cut;
    }
  }
  out.push({ start, end: p.end });
  return out;
}

const ORDINAL_END = /(?:^|[\s(\[„“"»«])\d{1,2}\.$/;
/** Two lowercase words, then one with an adjective's ending, then the ordinal: the determiner is one of the first two. */
const ADJECTIVES_BEFORE_ORDINAL = /(?:^|\s)(\p{Ll}+)\s+(\p{Ll}+)\s+\p{Ll}+e[mnrs]?\s+\d{1,2}\.$/u;

/** True when the boundary between `prev` and `next` is not a sentence end. */
function continues(text: string, prev: Span, next: Span, pack: LanguagePack | null, months: ReadonlySet<string>): boolean {
  const before = text.slice(prev.start, prev.end);
  const after = text.slice(next.start, Math.min(next.end, next.start + 40));
  // A hard-wrapped line that stops mid-sentence.
  if (!TERMINAL.test(before)) return true;
  // ", sagte er" after a quote, or any lower-case start: the sentence goes on.
  if (/^[\p{Ll},;:)\]–-]/u.test(after)) return true;
  // "am 15. August", "den 3. Platz": an ordinal, not a full stop; "stieg auf 14. Am Montag"
  // ends a sentence. An ordinal stands before a month, or after a determiner.
  if (ORDINAL_END.test(before) && pack) {
    const wordBefore = /(\p{L}+)[\s(\[„“"»«]+\d{1,2}\.$/u.exec(before)?.[1] ?? "";
    if (months.has(firstWord(after)) || pack.ordinalDeterminers.has(wordBefore.toLowerCase())) return true;
    // "des landesweit ausstrahlenden 1. Kanals", "dem frühen 16. Jahrhundert": inflected adjectives after a determiner.
    const attribute = ADJECTIVES_BEFORE_ORDINAL.exec(before);
    if (attribute && [attribute[1], attribute[2]].some((w) => w && pack.ordinalDeterminers.has(w))) return true;
  }
  const token = wordBeforeFinalStop(before);
  if (token && pack) {
    const bare = token.replace(/^[("„“‚'«»]+/, "");
    // A name or noun follows an abbreviation or an initial, never a function word: "then-Sen. Barack Obama",
    // "Donald J. Trump", "J.P. Morgan" go on; "flights to the U.S. They were cancelled." and "schrieb er auf der
    // Plattform X. Der Mechanismus …" end at the stop. A title keeps its stop after a hyphenated prefix ("ex-Gov. Lee").
    const abbreviation = pack.abbreviations.has(bare) || pack.abbreviations.has(bare.slice(bare.lastIndexOf("-") + 1));
    // A name of one letter after a lowercase word is no initial: "wrote on X. Russia said …", "schrieb auf X. Russland …"
    // end at its stop ("said Malcolm X. Jones" goes on: an initial follows a name).
    if (pack.letterNames.has(bare) && /^\p{Ll}/u.test(/(?:^|\s)(\S+)\s+\S+$/u.exec(before)?.[1] ?? "")) return false;
    if (abbreviation || /^(?:\p{Lu}\.)*\p{Lu}$/u.test(bare)) return !pack.stopwords.has(firstWord(after).toLowerCase());
  }
  return false;
}

/** What goes on after a quotation's closing mark when the sentence runs over it: a lowercase word, a comma or a semicolon. */
const GOES_ON = /^[^\S\n]*[\p{Ll},;]/u;
/** Before an opening mark inside a sentence: a word or a comma ("chanted “…”", "tweeted, “…”"); not a colon, which announces sentences. */
const OPENS_INSIDE = /[\p{L}\p{N},][^\S\n]*$/u;
/** A quotation closing on a word's full stop or comma ("… Warren,” said Lee") is a statement of its own sentences. */
const CLOSES_ON_PAUSE = /[\p{L}\p{N}][.,]$/u;
/** Single marks double as apostrophes ("in ‘08 that …"): only a double mark holds a running quotation. */
const SINGLE_MARKS = new Set(["‚", "‘", "'"]);

/**
 * "Fans chanted “USA! USA!” as the team came out.", "Die Rufe „Nie wieder! Nie wieder!“ seien zu laut": a terminal inside
 * a quotation that opens after a word of its sentence and after whose closing mark the sentence goes on ends nothing.
 * A quotation opening the sentence or a colon's ("“We won. Now we govern,” she said."), or closing on a full stop or
 * comma, keeps its sentences.
 */
function insideRunningQuotation(text: string, prev: Span, quotations: readonly Span[]): boolean {
  const quotation = containing(quotations, { start: prev.end - 1, end: prev.end });
  if (!quotation || quotation.start <= prev.start || quotation.end <= prev.end || SINGLE_MARKS.has(text[quotation.start]!)) return false;
  return (
    OPENS_INSIDE.test(text.slice(prev.start, quotation.start)) &&
    !CLOSES_ON_PAUSE.test(text.slice(quotation.start, quotation.end - 1)) &&
    GOES_ON.test(text.slice(quotation.end, quotation.end + 8))
  );
}

const WHITESPACE = /\s/;

const firstWord = (text: string): string => /^\p{L}+/u.exec(text)?.[0] ?? "";

/**
 * What `/(\S+)\.$/` captures ("Dr" of "… sagte Dr."), found from the end: the expression
 * tries every position of the sentence and costs a percent of all analysis.
 */
function wordBeforeFinalStop(sentence: string): string | undefined {
  if (!sentence.endsWith(".")) return undefined;
  let start = sentence.length - 1;
  while (start > 0 && !WHITESPACE.test(sentence[start - 1]!)) start--;
  return start < sentence.length - 1 ? sentence.slice(start, -1) : undefined;
}

const monthCache = new WeakMap<LanguagePack, ReadonlySet<string>>();

function monthNames(pack: LanguagePack | null): ReadonlySet<string> {
  if (!pack) return new Set();
  let names = monthCache.get(pack);
  if (!names) monthCache.set(pack, (names = new Set(pack.dates.months.flat())));
  return names;
}

/**
 * Words (letters and digits, with inner apostrophes and hyphens) as start/end pairs: the
 * matches of `[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*` (flags `gu`), scanned code point by code
 * point (the expression builds a match array per word: 6% of the per-article work).
 */
export function findWords(text: string): Uint32Array {
  // Words and the gaps between them are at least one code unit long.
  const bounds = boundsBuffer(text.length + 1);
  let count = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.codePointAt(i)!;
    const size = code > 0xffff ? 2 : 1;
    if (!(wordClass(code) & STARTS_WORD)) {
      i += size;
      continue;
    }
    bounds[count++] = i;
    i += size;
    for (let next = text.codePointAt(i); next !== undefined && wordClass(next) & IN_WORD; next = text.codePointAt(i)) i += next > 0xffff ? 2 : 1;
    bounds[count++] = i;
  }
  return bounds.slice(0, count);
}

/**
 * The runs of letters of a text as start/end pairs (run i is [runs[2i], runs[2i+1])): the
 * matches of `\p{L}+` (flags `gu`), scanned with the table of `findWords` (the expression cost
 * 200 ns a word). Language detection slices only the few runs it looks up.
 */
export function letterRuns(text: string): Uint32Array {
  // Runs and the gaps between them are at least one code unit long.
  const bounds = boundsBuffer(text.length + 1);
  let count = 0;
  let inRun = false;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const letter = (wordClass(code) & LETTER) !== 0;
    if (letter !== inRun) {
      bounds[count++] = i;
      inRun = letter;
    }
    i += code > 0xffff ? 2 : 1;
  }
  if (inRun) bounds[count++] = text.length;
  return bounds.slice(0, count);
}

/** The bounds a scan finds, before they are copied out (`findWords` and `letterRuns` never run at once). */
const boundsBuffer = workBuffer();

const STARTS_WORD = 1;
const IN_WORD = 2;
const LETTER = 4;
const LETTER_ONLY = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const MARK_OR_JOINER = /^[\p{M}'’-]$/u;

/** A code point's word class: the bits it has of STARTS_WORD, IN_WORD and LETTER. */
const wordClass = classTable((code) => {
  const char = String.fromCodePoint(code);
  if (LETTER_ONLY.test(char)) return STARTS_WORD | IN_WORD | LETTER;
  if (LETTER_OR_DIGIT.test(char)) return STARTS_WORD | IN_WORD;
  return MARK_OR_JOINER.test(char) ? IN_WORD : 0;
});
