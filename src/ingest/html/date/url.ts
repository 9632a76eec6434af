// Dates in URLs: news CMSs file stories under /2020/06/04/ or /20200604/.

/**
 * 2020/06/04, 2020-06-04. A day glued to a slug by a hyphen must be written with two digits:
 * "/2023/10/3-fragen-an" is an October story about three questions, not one of the 3rd.
 */
const SEPARATED = /(?<!\d)((?:19|20)\d{2})[/_.-](0?[1-9]|1[0-2])[/_.-](0[1-9]|[12]\d|3[01]|[1-9](?![\d-]))(?!\d)/;
/** 22.04.2020, 24-07-2017: day first, four-digit year, as German and French slugs write dates. */
const DAY_FIRST = /(?<![\d.])(0?[1-9]|[12]\d|3[01])([._-])(0?[1-9]|1[0-2])\2((?:19|20)\d{2})(?![\d])/;
const COMPACT = /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

/** /2022/08/, /2022-08/; "/2019-4/" is an issue number, as a month is never written so in a path. */
const YEAR_MONTH = /\/((?:19|20)\d{2})(?:\/(0?[1-9]|1[0-2])|-(0[1-9]|1[0-2]))\//;

/** The URL's path without host: hosts hold numbers too. An archive URL (web.archive.org/web/20120611024252/…) nests the original. */
function pathOf(url: string): string {
  return url.replace(/^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\//, "").replace(/^[a-z]+:\/\/[^/]+/i, "");
}

/** "YYYY-MM" when the path files the page under a year and month (/2022/08/, /2022-08/), else null. */
export function urlYearMonth(url: string | null): string | null {
  const m = url ? YEAR_MONTH.exec(pathOf(url)) : null;
  return m ? `${m[1]}-${(m[2] ?? m[3] ?? "").padStart(2, "0")}` : null;
}

/** Year, month and day from the URL's path, or null. */
export function urlDateParts(url: string | null): [number, number, number] | null {
  if (!url) return null;
  const path = pathOf(url);
  const m = SEPARATED.exec(path) ?? COMPACT.exec(path);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  const dayFirst = DAY_FIRST.exec(path);
  return dayFirst ? [Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1])] : null;
}
