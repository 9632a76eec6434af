// Language of an article: franc, restricted to the languages whose packs are loaded,
// confirmed by the pack's own function words. franc restricted to two languages
// always picks one of them, even for French; the stopword check catches that.
import { franc } from "franc";
import type { LanguagePack } from "../packs/types.js";
import { letterRuns } from "./segments.js";

/** Below this many letters a guess is noise. */
const MIN_LETTERS = 40;
/** Share of words that must be the pack's function words (news prose is far above it). */
const MIN_STOPWORD_SHARE = 0.08;
const SAMPLE_CHARS = 1200;
// franc's trigram distance is settled well before 600 characters for the languages we
// restrict it to, and its cost beyond that grows with the sample.
const FRANC_CHARS = 600;
/**
 * Function-word shares that leave franc nothing to decide: one pack's words make a fifth
 * of the text and no other pack's a quarter as much. franc's trigram counting is a third
 * of all analysis; on such text its restricted guess is the same language (checked on
 * every corpus at hand: docs/BENCHMARKS.md, "Overlap engine").
 */
const DECISIVE_SHARE = 0.2;
const DECISIVE_MARGIN = 4;

export function detectLanguage(
  text: string,
  declared: string | null,
  packs: ReadonlyMap<string, LanguagePack>,
): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const lower = sample.toLowerCase();
  const runs = letterRuns(lower);
  let letters = 0;
  for (let i = 0; i < runs.length; i += 2) letters += runs[i + 1]! - runs[i]!;
  if (letters < MIN_LETTERS) return declared;
  const words = { short: shortWords(lower, runs, packs), count: runs.length / 2 };
  const decisive = decisivePack(words, packs);
  if (decisive) return decisive.language;
  // A feed's or page's own language stands where its function words are there and no pack's are decisive: on a
  // sentence or two franc's trigrams are a guess ("Ansari told reporters in Doha that …" scores German).
  const own = declared ? packs.get(declared) : undefined;
  if (own && stopwordShare(words, own) >= MIN_STOPWORD_SHARE) return own.language;
  const byFranc = new Map([...packs.values()].map((p) => [p.franc, p]));
  const guess = byFranc.get(franc(sample.slice(0, FRANC_CHARS), { only: [...byFranc.keys()], minLength: MIN_LETTERS }));
  if (guess && stopwordShare(words, guess) >= MIN_STOPWORD_SHARE) return guess.language;
  // The text is in none of our languages: the page's own declaration is the best we have.
  return declared && !packs.has(declared) ? declared : null;
}

/** The sample's words, and of them as strings only those no longer than some pack's longest function word. */
interface SampleWords {
  short: string[];
  count: number;
}

/** The letter runs no longer than the longest stopword of any pack: no other can be one. */
function shortWords(lower: string, runs: Uint32Array, packs: ReadonlyMap<string, LanguagePack>): string[] {
  let longest = 0;
  for (const pack of packs.values()) longest = Math.max(longest, longestStopword(pack));
  const short: string[] = [];
  for (let i = 0; i < runs.length; i += 2) if (runs[i + 1]! - runs[i]! <= longest) short.push(lower.slice(runs[i], runs[i + 1]));
  return short;
}

const longestStopwords = new WeakMap<LanguagePack, number>();

function longestStopword(pack: LanguagePack): number {
  let longest = longestStopwords.get(pack);
  if (longest === undefined) {
    longest = 0;
    for (const word of pack.stopwords) longest = Math.max(longest, word.length);
    longestStopwords.set(pack, longest);
  }
  return longest;
}

function decisivePack(words: SampleWords, packs: ReadonlyMap<string, LanguagePack>): LanguagePack | null {
  let best: LanguagePack | null = null;
  let bestShare = 0;
  let runnerUp = 0;
  for (const pack of packs.values()) {
    const share = stopwordShare(words, pack);
    if (share > bestShare) {
      runnerUp = bestShare;
      bestShare = share;
      best = pack;
    } else runnerUp = Math.max(runnerUp, share);
  }
  return bestShare >= DECISIVE_SHARE && bestShare >= DECISIVE_MARGIN * runnerUp ? best : null;
}

function stopwordShare(words: SampleWords, pack: LanguagePack): number {
  let hits = 0;
  for (const w of words.short) if (pack.stopwords.has(w)) hits++;
  return hits / words.count;
}
