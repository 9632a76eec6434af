// Month names of the languages the dev pages come in, mapped to month numbers.
// Abbreviations are listed without their trailing dot; the patterns allow one.

const MONTHS_BY_LANGUAGE: Record<string, string[][]> = {
  en: [["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
    ["july", "jul"], ["august", "aug"], ["september", "sept", "sep"], ["october", "oct"], ["november", "nov"],
    ["december", "dec"]],
  de: [["januar", "jänner", "jän", "jan"], ["februar", "feber", "feb"], ["märz", "maerz", "mär", "mrz"], ["april", "apr"],
    ["mai"], ["juni", "jun"], ["juli", "jul"], ["august", "aug"], ["september", "sept", "sep"], ["oktober", "okt"],
    ["november", "nov"], ["dezember", "dez"]],
  fr: [["janvier", "janv"], ["février", "fevrier", "févr", "fevr"], ["mars"], ["avril", "avr"], ["mai"], ["juin"],
    ["juillet", "juil"], ["août", "aout"], ["septembre"], ["octobre"], ["novembre"], ["décembre", "decembre", "déc"]],
  es: [["enero"], ["febrero"], ["marzo"], ["abril"], ["mayo"], ["junio"], ["julio"], ["agosto"],
    ["septiembre", "setiembre"], ["octubre"], ["noviembre"], ["diciembre"]],
  it: [["gennaio"], ["febbraio"], ["marzo"], ["aprile"], ["maggio"], ["giugno"], ["luglio"], ["agosto"],
    ["settembre"], ["ottobre"], ["novembre"], ["dicembre"]],
  pt: [["janeiro"], ["fevereiro"], ["março", "marco"], ["abril"], ["maio"], ["junho"], ["julho"], ["agosto"],
    ["setembro"], ["outubro"], ["novembro"], ["dezembro"]],
  nl: [["januari"], ["februari"], ["maart"], ["april"], ["mei"], ["juni"], ["juli"], ["augustus"], ["september"],
    ["oktober"], ["november"], ["december"]],
  // Polish dates use the genitive ("4 czerwca 2020"); the nominative appears in headings.
  pl: [["stycznia", "styczeń", "styczen"], ["lutego", "luty"], ["marca", "marzec"], ["kwietnia", "kwiecień"],
    ["maja", "maj"], ["czerwca", "czerwiec"], ["lipca", "lipiec"], ["sierpnia", "sierpień"],
    ["września", "wrzesień", "wrzesnia"], ["października", "październik", "pazdziernika"], ["listopada", "listopad"],
    ["grudnia", "grudzień"]],
};

export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map(
  Object.values(MONTHS_BY_LANGUAGE).flatMap((months) =>
    months.flatMap((names, index) => names.map((name): [string, number] => [name, index + 1])),
  ),
);

/** Regex alternation of every month name, longest first so "juni" is not read as "jun". */
export const MONTH_ALTERNATION = [...MONTH_NUMBER.keys()].sort((a, b) => b.length - a.length).join("|");
