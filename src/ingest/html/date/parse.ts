// Date expressions → "YYYY-MM-DD". Two entry points: machine values (meta content,
// datetime attributes, JSON-LD) and free text, where every date is found with its offset.
import { DateTime } from "luxon";
import { toIsoDate } from "../../../calendar.js";
import { expandYear } from "./calendar.js";
import { MONTH_ALTERNATION, MONTH_NUMBER } from "./months.js";

export interface TextDate {
  date: string;
  index: number;
  /** Where the written date ends in the text. */
  end: number;
}

const YEAR = "((?:19|20)\\d{2})";
const MONTH_NAME = `(${MONTH_ALTERNATION})\\.?`;

interface DatePattern {
  regex: RegExp;
  /** Turns a match into year, month, day; dayFirst decides ambiguous numeric dates. */
  read: (m: RegExpExecArray, dayFirst: boolean) => [number, number, number] | null;
}

const num = (s: string | undefined): number => Number(s);
const monthOf = (name: string | undefined): number => MONTH_NUMBER.get((name ?? "").toLowerCase()) ?? 0;

const PATTERNS: DatePattern[] = [
  // 2020-06-04, 2020/06/04, 2020.06.04 (also the date part of ISO timestamps)
  { regex: new RegExp(`(?<![\\d.])${YEAR}([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])`, "g"), read: (m) => [num(m[1]), num(m[3]), num(m[4])] },
  // 04.06.2020, 4/6/2020, 04-06-2020, 26 | 01 | 2022; 04.06.20 only with dots (slashes with two digits are too often fractions)
  {
    regex: /(?<![\d.])(\d{1,2})([./-]|\s?\|\s?)(\d{1,2})\2((?:19|20)\d{2}|\d{2}(?![.\d]))(?![\d])/g,
    read: (m, dayFirst) => {
      const [a, b, year] = [num(m[1]), num(m[3]), m[4] ?? ""];
      if (year.length === 2 && m[2] !== ".") return null;
      const y = expandYear(num(year));
      // Dots are day-first everywhere; slashes follow the page's convention unless a part exceeds 12.
      if (m[2] === "." || a > 12) return [y, b, a];
      if (b > 12) return [y, a, b];
      return dayFirst ? [y, b, a] : [y, a, b];
    },
  },
  // 15. August 2025, 15 August 2025, 4 de junio de 2020, 7 de mayo del 2022, 4 czerwca 2020, 1er mai 2020, 15th August 2025
  {
    regex: new RegExp(`(?<!\\d)(\\d{1,2})(?:\\.|º|er|st|nd|rd|th)?\\s*(?:de\\s+)?${MONTH_NAME}(?!\\p{L}),?\\s*(?:del?\\s+)?${YEAR}(?!\\d)`, "giu"),
    read: (m) => [num(m[3]), monthOf(m[2]), num(m[1])],
  },
  // Aug 15, 2025, August 15th 2025
  {
    regex: new RegExp(`(?<!\\p{L})${MONTH_NAME}(?!\\p{L})\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}(?!\\d)`, "giu"),
    read: (m) => [num(m[3]), monthOf(m[1]), num(m[2])],
  },
  // 2020年6月4日 (Japanese, Chinese), 2020년 6월 4일 (Korean)
  { regex: new RegExp(`${YEAR}\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]`, "g"), read: (m) => [num(m[1]), num(m[2]), num(m[3])] },
];

/** Every calendar-valid date written in the text, in order of appearance. */
export function findDatesInText(text: string, dayFirst = true): TextDate[] {
  const found: TextDate[] = [];
  for (const { regex, read } of PATTERNS) {
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const parts = read(m, dayFirst);
      const date = parts && toIsoDate(...parts);
      if (date) found.push({ date, index: m.index, end: m.index + m[0].length });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

const ISO_DAY = /^((?:19|20)\d{2})-(\d{2})-(\d{2})$/;

/** "2022-12-07T10:10:52+01:00" in visible text is a machine value leaked from hidden markup, not a date printed for readers. */
const TIMESTAMP_TAIL = /^T\d{2}:\d{2}/;

/** The dates printed for readers: every date in the text except machine timestamps. */
export function findPrintedDates(text: string, dayFirst = true): TextDate[] {
  return findDatesInText(text, dayFirst).filter((d) => !TIMESTAMP_TAIL.test(text.slice(d.end, d.end + 6)));
}

/**
 * A date from a machine-readable value: ISO timestamps keep their local calendar date
 * (a 23:30-04:00 story was published that day where it was written), 8-digit stamps,
 * Unix epochs, else the first date written in the value.
 */
export function parseMachineDate(value: string, dayFirst = true): string | null {
  const trimmed = value.trim();
  // A bare ISO day (every header date of a text file) is the one date every pattern below could find in it.
  const day = ISO_DAY.exec(trimmed);
  if (day) return toIsoDate(num(day[1]), num(day[2]), num(day[3]));
  const compact = /^((?:19|20)\d{2})(\d{2})(\d{2})(?:T|$)/.exec(trimmed);
  if (compact) return toIsoDate(num(compact[1]), num(compact[2]), num(compact[3]));
  if (/^\d{10}(\d{3})?$/.test(trimmed)) {
    const seconds = trimmed.length === 13 ? num(trimmed) / 1000 : num(trimmed);
    return DateTime.fromSeconds(seconds, { zone: "utc" }).toISODate();
  }
  return findDatesInText(trimmed, dayFirst)[0]?.date ?? null;
}
