// ICU's sentence boundaries within one paragraph, found without ICU where the paragraph
// holds only characters whose sentence-break class is known here. Intl.Segmenter costs
// about 3 µs a sentence (a segment object and its string each), the largest single
// function of analysis; the scan below reads each character once from a table.
//
// ICU breaks (Unicode UAX #29, as ICU's sent.txt states it) only after a separator or after
// a terminal with its closing marks and spaces, and not there when:
//   SB6  "." is followed at once by a digit ("3.5");
//   SB7  "." stands between a letter and an upper-case letter ("z.B");
//   SB8  "." is followed, past closing marks, spaces, digits and punctuation, by a
//        lower-case letter before any other letter ("Dr. med.", "etc. und");
//   SB8a the terminal is followed, past closing marks and spaces, by another terminal or
//        a continuing mark (",", ";", ":", "-", "–", "—").
// A paragraph with anything that could change these decisions (separators, other
// terminals, format and combining characters, surrogates) or with an unknown character
// where a decision reads one goes to ICU. Checked against Intl.Segmenter ("de", "en",
// "und") on every paragraph of the bench corpora and ../shared/data and on about a million
// fuzzed strings: docs/BENCHMARKS.md, "Overlap engine".

import { classTable } from "./code-classes.js";

const UNSAFE = 1;
const UNKNOWN = 2;
const UPPER = 3;
const LOWER = 4;
const DIGIT = 5;
const CLOSE = 6;
const SPACE = 7;
const CONTINUES = 8;
const TERMINAL = 9;
/** Punctuation and symbols of ICU's class Other: SB8 reads past them. */
const OTHER = 10;

const FULL_STOP = 46;
const CLASSES: readonly [number, RegExp][] = [
  [TERMINAL, /^[.!?]$/],
  [UNSAFE, /^[\n\r\u0085\u2028\u2029\u2024\uFE52\uFF0E\p{Sentence_Terminal}\p{M}\p{Cf}\p{Cs}]$/u],
  [UPPER, /^[A-ZÀ-ÖØ-Þ]$/],
  [LOWER, /^[a-zß-öø-ÿ]$/],
  [DIGIT, /^[0-9]$/],
  [CLOSE, /^["'()[\]{}«»‘’‚“”„‹›]$/],
  [SPACE, /^[ \t\u00a0]$/],
  [CONTINUES, /^[,;:\-–—]$/],
  [OTHER, /^[#$%&*+/<=>@\\^_`|~…•€§°]$/],
];

/** Each UTF-16 code unit's class (a surrogate alone is UNSAFE). */
const classOf = classTable((code) => CLASSES.find(([, re]) => re.test(String.fromCharCode(code)))?.[0] ?? UNKNOWN);

/**
 * Where ICU ends the sentences of the paragraph text[start, end) (the last end is `end`;
 * each end is after the terminal's closing marks and spaces), or null when ICU must decide.
 */
export function sentenceEnds(text: string, start: number, end: number): number[] | null {
  const ends: number[] = [];
  for (let i = start; i < end; i++) {
    const kind = classOf(text.charCodeAt(i));
    if (kind === UNSAFE) return null;
    if (kind !== TERMINAL) continue;
    let next = i + 1;
    while (next < end && classOf(text.charCodeAt(next)) === CLOSE) next++;
    while (next < end && classOf(text.charCodeAt(next)) === SPACE) next++;
    if (next === end) continue;
    const following = classOf(text.charCodeAt(next));
    if (following === TERMINAL || following === CONTINUES) continue;
    if (following === UNSAFE || following === UNKNOWN) return null;
    if (text.charCodeAt(i) === FULL_STOP) {
      const joined = fullStopJoins(text, start, end, i, next);
      if (joined === null) return null;
      if (joined) continue;
    }
    ends.push(next);
  }
  ends.push(end);
  return ends;
}

/** SB6–SB8 for the full stop at `stop`, whose closing marks and spaces end before `next`; null when unsure. */
function fullStopJoins(text: string, start: number, end: number, stop: number, next: number): boolean | null {
  const following = classOf(text.charCodeAt(next));
  if (next === stop + 1 && following === DIGIT) return true;
  if (next === stop + 1 && following === UPPER) {
    if (stop === start) return null;
    const before = classOf(text.charCodeAt(stop - 1));
    if (before === UPPER || before === LOWER) return true;
    if (before === UNKNOWN) return null;
  }
  for (let i = next; i < end; i++) {
    const kind = classOf(text.charCodeAt(i));
    if (kind === SPACE || kind === CLOSE || kind === DIGIT || kind === CONTINUES || kind === OTHER) continue;
    if (kind === LOWER) return true;
    return kind === UPPER || kind === TERMINAL ? false : null;
  }
  return false;
}
