// Dates in URLs: news CMSs file stories under /2020/06/04/ or /20200604/.

const SEPARATED = /(?<!\d)((?:19|20)\d{2})[/_.-](0?[1-9]|1[0-2])[/_.-](0?[1-9]|[12]\d|3[01])(?!\d)/;
const COMPACT = /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

/** Year, month and day from the URL's path, or null. The host is skipped (it can hold numbers). */
export function urlDateParts(url: string | null): [number, number, number] | null {
  if (!url) return null;
  // An archive URL (web.archive.org/web/20120611024252/...) nests the original; read the original's path.
  const path = url.replace(/^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\//, "").replace(/^[a-z]+:\/\/[^/]+/i, "");
  const m = SEPARATED.exec(path) ?? COMPACT.exec(path);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}
