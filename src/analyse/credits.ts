// Agency credits: the closing credit line ("dpa", "AFP/dpa/lkl", "Quelle: dpa",
// "Mit Material von Reuters"), the dateline ("Berlin (dpa) –", "WASHINGTON (AP) —") and
// the credit in brackets that closes a paragraph ("… in Wien. (APA)", "(APA, 18.3.2016)").
// Agency names in running text are reporting, not credits, and are left to attribution.
import { vocabPattern, wordAlternation } from "../packs/patterns.js";
import type { Agency, LanguagePack } from "../packs/types.js";
import type { AgencyCredit, Span } from "../types.js";
import { findDates } from "./dates.js";

const MAX_CREDIT_LINE = 120;
const CLOSING_PARAGRAPHS = 2;
/** Datelines stand in the first paragraphs ("Berlin (dpa) –"), below menu lines, a headline and a byline. */
const DATELINE_PARAGRAPHS = 5;
const DATELINE = /^[^\n()]{0,80}?\(([^()\n]{1,60})\)\s*[-–—:]/u;
/**
 * Brackets right after a paragraph's last sentence (or standing alone). Square brackets in a
 * news digest ("… roots.” [Reuters.] ROLL TIDE …") credit one item, not the article.
 */
const CLOSING_BRACKETS = /(?<=(?:^|[.!?…"“”»«])\s*)\(([^()\n]{1,60})\)\.?\s*$/gu;
/**
 * What may stand between agency names in a credit line: separators, "and", editors'
 * initials ("lkl"), articles, and wire ids with digits ("dpa:250816-99-1234/2").
 */
const FILLER = /[\s/,;&+()[\]|.–—-]+|(?<![\p{L}])(?:und|and|mit|with|sowie|the|der|die)(?![\p{L}])|(?<![\p{L}])\p{Ll}{2,4}(?![\p{L}])|[^\s,;]*\d[^\s,;]*/giu;

/** Where the paragraphs a dateline may open end: the story's lead. */
export function datelineLeadEnd(paragraphs: readonly Span[]): number {
  return paragraphs[Math.min(DATELINE_PARAGRAPHS, paragraphs.length) - 1]?.end ?? 0;
}

export function findCredits(text: string, paragraphs: Span[], agencies: Agency[], packs: LanguagePack[]): AgencyCredit[] {
  const credits: AgencyCredit[] = [];
  // Menu lines and a headline may stand above the dateline.
  const first = paragraphs.slice(0, DATELINE_PARAGRAPHS);
  for (const p of first) {
    const m = DATELINE.exec(text.slice(p.start, p.end));
    if (m) {
      const inner = p.start + m.index + m[0].indexOf("(") + 1;
      const found = creditLine(text, { start: inner, end: inner + m[1]!.length }, agencies, [], []);
      if (found) {
        credits.push(...found);
        break;
      }
    }
  }
  // Openers ("Quelle:", "Mit Material von") at the line start, closers ("contributed to this report") at its end.
  const prefixes = packs.flatMap((pack) => vocabPattern(pack, "credit-prefix", "iu", "^\\s*", "\\s*") ?? []);
  const suffixes = packs.flatMap((pack) => vocabPattern(pack, "credit-suffix", "iu", "\\s*", "\\s*$") ?? []);
  for (const p of paragraphs) credits.push(...bracketedCredits(text, p, agencies, packs));
  for (const p of paragraphs.slice(-CLOSING_PARAGRAPHS)) {
    credits.push(...signed(text, p, agencies));
    if (p.end - p.start > MAX_CREDIT_LINE) continue;
    credits.push(...(creditLine(text, p, agencies, prefixes, suffixes) ?? []));
  }
  return dedupe(credits);
}

/** "(APA/dpa, 23.8.2015)" after a sentence: its agencies, with the day it states. */
function bracketedCredits(text: string, paragraph: Span, agencies: Agency[], packs: LanguagePack[]): AgencyCredit[] {
  if (!endsWithBracket(text, paragraph)) return [];
  return [...text.slice(paragraph.start, paragraph.end).matchAll(CLOSING_BRACKETS)].flatMap((m) => {
    const start = paragraph.start + m.index + 1;
    const found = creditLine(text, { start, end: start + m[1]!.length }, agencies, [], []);
    if (!found) return [];
    const stated = packs.flatMap((pack) => findDates(m[1]!, pack, null, []).dates).find((d) => d.date && !d.yearInferred);
    return stated?.date ? found.map((c) => ({ ...c, date: stated.date! })) : found;
  });
}

/**
 * Whether the paragraph ends as CLOSING_BRACKETS requires: ")", an optional full stop, spaces.
 * The expression is anchored at the end, but the engine tries it at every position.
 */
function endsWithBracket(text: string, paragraph: Span): boolean {
  let end = paragraph.end;
  while (end > paragraph.start && SPACE.test(text[end - 1]!)) end--;
  if (end > paragraph.start && text[end - 1] === ".") end--;
  return end > paragraph.start && text[end - 1] === ")";
}

const SPACE = /\s/;

/** The agencies of a span that holds nothing but a credit, or null when it holds anything else. */
function creditLine(text: string, span: Span, agencies: Agency[], prefixes: RegExp[], suffixes: RegExp[]): AgencyCredit[] | null {
  let start = span.start;
  const line = text.slice(span.start, span.end);
  const pre = prefixes.map((re) => re.exec(line)).find((m) => m);
  if (pre) start += pre[0].length;
  let end = span.end;
  const post = suffixes.map((re) => re.exec(line)).find((m) => m);
  if (post) end = span.start + post.index;
  const found: AgencyCredit[] = [];
  const { re, byAlias } = agencyMatcher(agencies);
  const rest = text.slice(start, end);
  let residue = "";
  let last = 0;
  for (const m of rest.matchAll(re)) {
    residue += rest.slice(last, m.index);
    last = m.index + m[0].length;
    found.push({ agency: byAlias.get(m[0].toLowerCase())!, span: { start: start + m.index, end: start + last } });
  }
  residue += rest.slice(last);
  if (found.length === 0 || residue.replace(FILLER, "").length > 0) return null;
  return found;
}

/** Agencies whose house-style sign-off closes the article. */
function signed(text: string, span: Span, agencies: Agency[]): AgencyCredit[] {
  const line = text.slice(span.start, span.end);
  const found: AgencyCredit[] = [];
  for (const { agency, re } of signatureRegexes(agencies)) {
    const m = re.exec(line);
    if (m) found.push({ agency, span: { start: span.start + m.index, end: span.start + m.index + m[0].length } });
  }
  return found;
}

const signatureCache = new WeakMap<Agency[], { agency: string; re: RegExp }[]>();

/** Each sign-off of the agencies that have one, in their order: most agencies have none. */
function signatureRegexes(agencies: Agency[]): { agency: string; re: RegExp }[] {
  let list = signatureCache.get(agencies);
  if (!list) signatureCache.set(agencies, (list = agencies.flatMap((a) => a.signatures.map((s) => ({ agency: a.name, re: new RegExp(s, "u") })))));
  return list;
}

function dedupe(credits: AgencyCredit[]): AgencyCredit[] {
  const seen = new Set<string>();
  return credits.filter((c) => !seen.has(c.agency) && seen.add(c.agency));
}

const matcherCache = new WeakMap<Agency[], { re: RegExp; byAlias: Map<string, string> }>();

function agencyMatcher(agencies: Agency[]): { re: RegExp; byAlias: Map<string, string> } {
  let m = matcherCache.get(agencies);
  if (!m) {
    const byAlias = new Map<string, string>();
    for (const a of agencies) for (const alias of a.aliases) byAlias.set(alias.toLowerCase(), a.name);
    m = { re: new RegExp(`(?<![\\p{L}\\p{N}])(?:${wordAlternation([...byAlias.keys()])})(?![\\p{L}\\p{N}])`, "giu"), byAlias };
    matcherCache.set(agencies, m);
  }
  return m;
}
