// Dates written in the text: calendar dates, weekday names and relative day words,
// each with its span. Shapes and names come from the language pack.
import { addDays, epochDay, isoWeekday, toIsoDate } from "../calendar.js";
import type { LanguagePack } from "../packs/types.js";
import { anyOf, escapeRegExp, wordAlternation } from "../packs/patterns.js";
import { containing, matchSpans, neighbours, rareMatches } from "../spans.js";
import type { DateMention, RelativeDayMention, Span, WeekdayMention } from "../types.js";

export interface DateFacts {
  dates: DateMention[];
  weekdays: WeekdayMention[];
  relativeDays: RelativeDayMention[];
}

interface Matchers {
  dates: RegExp[];
  weekday: RegExp;
  notWeekday: RegExp | null;
  relative: RegExp | null;
  notRelative: RegExp | null;
  monthIndex: Map<string, number>;
  weekdayIndex: Map<string, number>;
  futureCue: RegExp | null;
  pastCue: RegExp | null;
  pastPattern: RegExp | null;
  deadlineCue: RegExp | null;
}

// ISO dates are language-independent.
const ISO_DATE = /(?<![\p{L}\p{N}])(?<y>\d{4})-(?<mm>\d{2})-(?<d>\d{2})(?![\p{N}])/gu;
/** A weekday and a date belong together when only these stand between them. */
const WEEKDAY_DATE_GAP = /^[\s,]*(?:\(\s*)?(?:(?:den|dem|the)\s+)?$/i;
const DATE_WEEKDAY_GAP = /^\s*[(,]\s*$/;
/** Longer than any gap the two patterns allow: spares slicing far-apart mentions. */
const MAX_PAIR_GAP = 12;
const NOT_LETTER = "(?![\\p{L}])";

export function findDates(text: string, pack: LanguagePack | null, published: string | null, sentences: Span[]): DateFacts {
  if (!pack) return { dates: isoDates(text), weekdays: [], relativeDays: [] };
  const m = matchers(pack);
  const dates = [...isoDates(text), ...writtenDates(text, m, published)].sort((a, b) => a.span.start - b.span.start);
  // Names that contain a weekday ("Sunday Times") and idioms with a relative day ("von heute
  // auf morgen") are looked for only in a text that has a weekday or relative day at all.
  let names: Span[] | null = null;
  const weekdays: WeekdayMention[] = [];
  for (const match of text.matchAll(m.weekday)) {
    if (!startsWord(text, match.index, false)) continue;
    names ??= matchSpans(m.notWeekday, text);
    if (names.some((n) => n.start <= match.index && match.index < n.end)) continue;
    const name = match.groups!.name!;
    weekdays.push({ span: { start: match.index, end: match.index + match[0].length }, weekday: m.weekdayIndex.get(name)! });
  }
  const relativeDays: RelativeDayMention[] = [];
  for (const w of weekdays) {
    if (anchoredByDate(text, w.span, dates)) continue;
    const sentence = sentenceOf(sentences, w.span);
    const ahead = sentence ? pointsAhead(text.slice(sentence.start, sentence.end), pack) : false;
    relativeDays.push({
      span: w.span,
      text: text.slice(w.span.start, w.span.end),
      resolved: published ? resolveWeekday(published, w.weekday, ahead) : null,
    });
  }
  if (m.relative) {
    let nowadays: Span[] | null = null;
    for (const span of rareMatches(m.relative, text)) {
      nowadays ??= matchSpans(m.notRelative, text);
      if (nowadays.some((n) => n.start <= span.start && span.start < n.end)) continue;
      const word = text.slice(span.start, span.end);
      const offset = pack.dates.relativeDays[word]!;
      relativeDays.push({
        span,
        text: word,
        resolved: published ? addDays(published, offset) : null,
      });
    }
  }
  relativeDays.sort((a, b) => a.span.start - b.span.start);
  return { dates, weekdays, relativeDays };
}

/** Does the sentence speak of what lies ahead ("wird", "next")? Reportive past ("soll … haben") does not. */
export function pointsAhead(sentence: string, pack: LanguagePack): boolean {
  const m = matchers(pack);
  return (m.futureCue?.test(sentence) ?? false) && !(m.pastPattern?.test(sentence) ?? false);
}

/** Is the date a deadline or a starting point ("bis zum 30. September", "until September 30")? */
export function isDeadline(text: string, date: DateMention, pack: LanguagePack): boolean {
  const before = text.slice(Math.max(0, date.span.start - 40), date.span.start);
  return matchers(pack).deadlineCue?.test(before) ?? false;
}

/** Does the sentence present what it tells as past, with no sign of the future? */
export function presentsAsPast(sentence: string, pack: LanguagePack): boolean {
  return (matchers(pack).pastCue?.test(sentence) ?? false) && !pointsAhead(sentence, pack);
}

/** A weekday written before the day of writing: the latest such day on or before it, or the next one when the sentence looks ahead. */
function resolveWeekday(published: string, weekday: number, ahead: boolean): string {
  const diff = weekday - isoWeekday(published);
  const days = ahead ? (diff + 7) % 7 || 7 : -((-diff + 7) % 7);
  return addDays(published, days);
}

/** Only the nearest date on either side can be the weekday's own ("Freitag, 15. August"). */
function anchoredByDate(text: string, span: Span, dates: DateMention[]): boolean {
  const { before, after } = neighbours(dates, span, (d) => d.span);
  return (
    (after !== undefined && writtenTogether(text, span, after.span)) ||
    (before !== undefined && writtenTogether(text, before.span, span, DATE_WEEKDAY_GAP))
  );
}

/** True when only a short gap of the allowed shape stands between two spans. */
function writtenTogether(text: string, first: Span, second: Span, gap = WEEKDAY_DATE_GAP): boolean {
  return second.start - first.end <= MAX_PAIR_GAP && gap.test(text.slice(first.end, second.start));
}

/** The weekday mention that names the day of a date mention, if any ("Freitag, 15. August"). */
export function weekdayOfDate(text: string, date: DateMention, weekdays: WeekdayMention[]): WeekdayMention | null {
  const { before, after } = neighbours(weekdays, date.span, (w) => w.span);
  if (before && writtenTogether(text, before.span, date.span)) return before;
  if (after && writtenTogether(text, date.span, after.span, DATE_WEEKDAY_GAP)) return after;
  return null;
}

export function sentenceOf(sentences: Span[], span: Span): Span | null {
  return containing(sentences, span);
}

function isoDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const match of text.matchAll(ISO_DATE)) {
    const g = match.groups!;
    const date = toIsoDate(+g.y!, +g.mm!, +g.d!);
    if (date) out.push({ span: { start: match.index, end: match.index + match[0].length }, date, yearInferred: false });
  }
  return out;
}

function writtenDates(text: string, m: Matchers, published: string | null): DateMention[] {
  const found: DateMention[] = [];
  for (const re of m.dates) {
    for (const match of text.matchAll(re)) {
      if (!startsWord(text, match.index, true)) continue;
      const g = match.groups!;
      const month = g.mm ? +g.mm : m.monthIndex.get(g.m!.replace(/\.$/, ""));
      const day = +g.d!;
      // 2000 was a leap year: any day that exists in some year passes.
      if (!month || !toIsoDate(2000, month, day)) continue;
      const span = { start: match.index, end: match.index + match[0].length };
      if (g.y) {
        const date = toIsoDate(+g.y, month, day);
        if (date) found.push({ span, date, yearInferred: false });
      } else {
        found.push({ span, date: published ? nearestYear(published, month, day) : null, yearInferred: true });
      }
    }
  }
  // Shapes overlap ("15. August 2025" also matches "15. August"): keep the longest at each place.
  found.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const kept: DateMention[] = [];
  for (const d of found) {
    const last = kept[kept.length - 1];
    if (!last || d.span.start >= last.span.end) kept.push(d);
  }
  return kept;
}

/** True when nothing word-like runs into `index` from the left (a digit or, for numbers, a dot). */
function startsWord(text: string, index: number, numeric: boolean): boolean {
  if (index === 0) return true;
  const before = text[index - 1]!;
  return !(/[\p{L}\p{N}]/u.test(before) || (numeric && before === "."));
}

/** A day and month without a year: the occurrence nearest the publication date ("26. Dezember" in a story of 3 January is last year's). */
function nearestYear(published: string, month: number, day: number): string | null {
  const year = Number(published.slice(0, 4));
  const target = epochDay(published);
  const candidates = [year - 1, year, year + 1].flatMap((y) => toIsoDate(y, month, day) ?? []);
  candidates.sort((a, b) => Math.abs(epochDay(a) - target) - Math.abs(epochDay(b) - target));
  return candidates[0] ?? null;
}

const cache = new WeakMap<LanguagePack, Matchers>();

function matchers(pack: LanguagePack): Matchers {
  let m = cache.get(pack);
  if (!m) cache.set(pack, (m = buildMatchers(pack)));
  return m;
}

function buildMatchers(pack: LanguagePack): Matchers {
  const d = pack.dates;
  const monthIndex = new Map<string, number>();
  d.months.forEach((names, i) => names.forEach((n) => monthIndex.set(n, i + 1)));
  const weekdayIndex = new Map<string, number>();
  d.weekdays.forEach((names, i) => names.forEach((n) => weekdayIndex.set(n, i + 1)));
  const monthAlt = wordAlternation([...monthIndex.keys()]);
  const ordinal = d.ordinalSuffixes.length ? `(?:${wordAlternation(d.ordinalSuffixes)})?` : "";
  const tokens: Record<string, string> = {
    "{d}": `(?<d>\\d{1,2})${ordinal}`,
    "{mm}": "(?<mm>\\d{1,2})",
    "{m}": `(?<m>(?:${monthAlt})\\.?)`,
    "{y}": "(?<y>\\d{4})",
  };
  const dates = d.patterns.map((shape) => {
    const body = shape
      .split(/(\{d\}|\{mm\}|\{m\}|\{y\})/)
      .map((part) => tokens[part] ?? part.split(/\s+/).map(escapeRegExp).join("\\s+"))
      .join("");
    // No look-behind in front: it keeps the engine from skipping ahead to candidate
    // characters, which made date search the slowest part of analysis. startsWord() checks instead.
    return new RegExp(`${body}(?![\\p{L}\\p{N}])`, "gu");
  });
  const suffix = d.weekdaySuffixes.length ? `(?:${wordAlternation(d.weekdaySuffixes)})?` : "";
  const weekday = new RegExp(`(?<name>${wordAlternation([...weekdayIndex.keys()])})${suffix}${NOT_LETTER}`, "gu");
  const relativeWords = Object.keys(d.relativeDays);
  // Read with rareMatches(): relative day words stand in few places of a text.
  const relative = relativeWords.length ? new RegExp(`(?<![\\p{L}])(?:${wordAlternation(relativeWords)})${NOT_LETTER}`, "gu") : null;
  const cue = (words: string[]) => (words.length ? new RegExp(`(?<![\\p{L}])(?:${wordAlternation(words)})${NOT_LETTER}`, "iu") : null);
  return {
    dates,
    weekday,
    notWeekday: d.notWeekdays.length ? new RegExp(wordAlternation(d.notWeekdays), "gu") : null,
    notRelative: anyOf(d.notRelative, "gu"),
    relative,
    monthIndex,
    weekdayIndex,
    futureCue: cue(d.futureCues),
    pastCue: cue(d.pastCues),
    pastPattern: anyOf(d.pastPatterns, "iu"),
    // The cue must end right before the date: "bis zum 30. September", not "bis … am 30.".
    deadlineCue: d.deadlineCues.length ? new RegExp(`(?<![\\p{L}])(?:${wordAlternation(d.deadlineCues)})\\s*$`, "iu") : null,
  };
}
