// Who credits whom: the textual evidence of where an article's text came from. Shared
// by the direction of an overlap and the rules that ask whether reuse is credited.
import { escapeRegExp } from "../packs/patterns.js";
import type { Agency } from "../packs/types.js";
import type { JudgedArticle } from "../types.js";
import { datelineLeadEnd } from "../analyse/credits.js";

/** The agency whose own copy an article is: its outlet is the agency, or it opens with the agency's dateline. */
export function agencyCopyOf({ article, facts }: JudgedArticle, agencies: readonly Agency[]): string | null {
  const source = facts.source?.toLowerCase();
  const own = source ? agencies.find((a) => a.aliases.some((alias) => alias.toLowerCase() === source)) : undefined;
  if (own) return own.name;
  const lead = datelineLeadEnd(facts.paragraphs);
  const dateline = facts.credits.find((c) => c.span.end <= lead && isParenthesised(article.text, c.span.start, c.span.end));
  return dateline?.agency ?? null;
}

/** "(dpa)", "(AFP/dpa)": the credit stands inside one pair of brackets on its line. */
function isParenthesised(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf("(", start);
  const close = text.indexOf(")", end);
  return open >= 0 && close >= 0 && !/[()\n]/.test(text.slice(open + 1, start)) && !/[()\n]/.test(text.slice(end, close));
}

/** Whether an article names another's outlet ("wie der Spiegel berichtete", "told Reuters"). */
export function namesOutletOf(reader: JudgedArticle, other: JudgedArticle): boolean {
  const names = outletNames(other.facts.source);
  if (names.length === 0 || other.facts.source === reader.facts.source) return false;
  return names.some((name) => namesWord(reader.article.text, name));
}

const nameRegExps = new Map<string, RegExp>();
const LETTER_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_AFTER = /^[\p{L}\p{N}]/u;

/**
 * Whether `name` stands in `text` as a whole word, case-insensitively. The name is found
 * as a literal and its edges checked apart: a pattern with Unicode classes around the
 * name costs a millisecond to compile, once per outlet of the corpus.
 */
function namesWord(text: string, name: string): boolean {
  let re = nameRegExps.get(name);
  if (!re) nameRegExps.set(name, (re = new RegExp(escapeRegExp(name), "giu")));
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (!LETTER_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)) && !LETTER_AFTER.test(text.slice(end, end + 2))) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}

/** An outlet as text names it: the stated name, or the site name of a host ("www.spiegel.de" → "spiegel"). */
function outletNames(source: string | null): string[] {
  if (!source) return [];
  const host = /^(?:www\.)?([\p{L}\p{N}-]{4,})\.[\p{L}.]{2,}$/u.exec(source);
  return [host ? host[1]! : source];
}

/** Whether an article credits an agency, in a credit line, a dateline or a sign-off. */
export function creditsAgency(reader: JudgedArticle, agency: string): boolean {
  return reader.facts.credits.some((c) => c.agency === agency);
}
