// One rule-pack file → its parts. Pure: the caller reads the file.
import { SEVERITIES } from "../severity.js";
import { STEMMERS } from "../overlap/stem.js";
import { Reader, type Path } from "./validate.js";
import { YamlSource } from "./yaml-source.js";
import {
  SCOPES,
  type Agency,
  type DateVocabulary,
  type DeclarativeCheck,
  type DeclarativeRule,
  type PatternSource,
} from "./types.js";

/** What one file contributes; a folder's files are merged by the loader. */
export interface PackFile {
  language?: string;
  franc?: string;
  stemmer?: string;
  stopwords?: string[];
  abbreviations?: string[];
  letterNames?: string[];
  ordinalDeterminers?: string[];
  /** Another spelling of a letter that vocabulary patterns also match: "ß" → "ss" (Swiss German). */
  spellingVariants?: Map<string, string>;
  dates?: DateVocabulary;
  vocab: Map<string, string[]>;
  agencies: Agency[];
  rules: DeclarativeRule[];
  /** Month names per language for reading web-page dates: name → month number. */
  pageMonths: Map<string, number>;
}

const FILE_KEYS = ["language", "franc", "stemmer", "stopwords", "abbreviations", "letterNames", "ordinalDeterminers", "spellingVariants", "dates", "fragments", "vocab", "agencies", "rules", "pageMonths"] as const;
/** A fragment named in a vocabulary pattern: "{{middle-field}}". */
const FRAGMENT = /\{\{([\w-]+)\}\}/g;
const RULE_KEYS = ["id", "severity", "description", "docs", "checks"] as const;
const CHECK_KEYS = ["kind", "scope", "message", "patterns", "onlyIf", "exceptAfter", "ignorecase", "perUnit", "maxLength", "min", "max"] as const;
const DATE_KEYS = [
  "weekdays", "weekdaySuffixes", "ordinalSuffixes", "months", "patterns", "relativeDays",
  "futureCues", "pastCues", "pastPatterns", "deadlineCues", "notWeekdays", "notRelative",
] as const;

export function parsePackFile(file: string, content: string, language: string | null): PackFile {
  const source = YamlSource.parse(file, content);
  const r = new Reader(source);
  const raw = source.value();
  const top = raw === null || raw === undefined ? {} : r.record(raw, [], FILE_KEYS);
  const out: PackFile = { vocab: new Map(), agencies: [], rules: [], pageMonths: new Map() };
  if (top.language !== undefined) out.language = r.string(top.language, ["language"]);
  if (top.franc !== undefined) out.franc = r.string(top.franc, ["franc"]);
  if (top.stemmer !== undefined) out.stemmer = r.oneOf(top.stemmer, ["stemmer"], STEMMERS);
  if (top.stopwords !== undefined) out.stopwords = r.strings(top.stopwords, ["stopwords"]);
  if (top.abbreviations !== undefined) out.abbreviations = r.strings(top.abbreviations, ["abbreviations"]);
  if (top.letterNames !== undefined) out.letterNames = r.strings(top.letterNames, ["letterNames"]);
  if (top.ordinalDeterminers !== undefined) out.ordinalDeterminers = r.strings(top.ordinalDeterminers, ["ordinalDeterminers"]);
  if (top.spellingVariants !== undefined) {
    const variants = Object.entries(r.record(top.spellingVariants, ["spellingVariants"]));
    out.spellingVariants = new Map(variants.map(([letter, variant]) => {
      if ([...letter].length !== 1) r.fail(["spellingVariants", letter], "expected a single letter");
      return [letter, r.string(variant, ["spellingVariants", letter])];
    }));
  }
  if (top.dates !== undefined) out.dates = parseDates(r, top.dates, ["dates"]);
  if (top.vocab !== undefined) {
    const fragments = top.fragments === undefined ? new Map<string, string>() : parseFragments(r, top.fragments);
    for (const [name, list] of Object.entries(r.record(top.vocab, ["vocab"]))) {
      out.vocab.set(name, r.list(list, ["vocab", name], (v, p) => r.pattern(withFragments(r, v, p, fragments), p, "iu")));
    }
  }
  if (top.agencies !== undefined) {
    out.agencies = r.list(top.agencies, ["agencies"], (v, p) => {
      const a = r.record(v, p, ["name", "aliases", "signatures"]);
      return {
        name: r.string(a.name, [...p, "name"]),
        aliases: r.strings(a.aliases, [...p, "aliases"]),
        signatures: a.signatures === undefined ? [] : r.list(a.signatures, [...p, "signatures"], (s, sp) => r.pattern(s, sp, "u")),
      };
    });
  }
  if (top.pageMonths !== undefined) {
    for (const [lang, months] of Object.entries(r.record(top.pageMonths, ["pageMonths"]))) {
      const list = r.list(months, ["pageMonths", lang], (v, p) => r.strings(v, p));
      if (list.length !== 12) r.fail(["pageMonths", lang], `expected 12 months, found ${list.length}`);
      list.forEach((names, i) => names.forEach((n) => out.pageMonths.set(n.toLowerCase(), i + 1)));
    }
  }
  if (top.rules !== undefined) {
    out.rules = r.list(top.rules, ["rules"], (v, p) => parseRule(r, v, p, file, language));
  }
  return out;
}

/** Pieces of pattern a file's vocabularies share, each written once under `fragments` and named in a pattern as `{{name}}`. */
function parseFragments(r: Reader, value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, v] of Object.entries(r.record(value, ["fragments"]))) out.set(name, r.pattern(v, ["fragments", name], "iu"));
  return out;
}

/** The pattern at `path` with its fragments written out. */
function withFragments(r: Reader, value: unknown, path: Path, fragments: ReadonlyMap<string, string>): string {
  return r.string(value, path).replace(FRAGMENT, (_, name: string) => fragments.get(name) ?? r.fail(path, `unknown fragment "${name}"`));
}

function parseDates(r: Reader, value: unknown, path: Path): DateVocabulary {
  const d = r.record(value, path, DATE_KEYS);
  const names = (key: string, count: number): string[][] => {
    const list = r.list(d[key], [...path, key], (v, p) => r.strings(v, p));
    if (list.length !== count) r.fail([...path, key], `expected ${count} entries, found ${list.length}`);
    return list;
  };
  const optional = (key: string): string[] => (d[key] === undefined ? [] : r.strings(d[key], [...path, key]));
  const relative = r.record(d.relativeDays ?? {}, [...path, "relativeDays"]);
  return {
    weekdays: names("weekdays", 7),
    months: names("months", 12),
    weekdaySuffixes: optional("weekdaySuffixes"),
    ordinalSuffixes: optional("ordinalSuffixes"),
    patterns: optional("patterns"),
    relativeDays: Object.fromEntries(
      Object.entries(relative).map(([word, n]) => [word, r.number(n, [...path, "relativeDays", word])]),
    ),
    futureCues: optional("futureCues"),
    pastCues: optional("pastCues"),
    pastPatterns: d.pastPatterns === undefined ? [] : r.list(d.pastPatterns, [...path, "pastPatterns"], (v, p) => r.pattern(v, p, "iu")),
    deadlineCues: optional("deadlineCues"),
    notWeekdays: optional("notWeekdays"),
    notRelative: d.notRelative === undefined ? [] : r.list(d.notRelative, [...path, "notRelative"], (v, p) => r.pattern(v, p, "u")),
  };
}

function parseRule(r: Reader, value: unknown, path: Path, file: string, language: string | null): DeclarativeRule {
  const o = r.record(value, path, RULE_KEYS);
  const id = r.string(o.id, [...path, "id"]);
  if (!/^[a-z0-9-]+\/[a-z0-9-]+$/.test(id)) r.fail([...path, "id"], `rule id "${id}" must look like "area/name"`);
  return {
    id,
    severity: r.oneOf(o.severity, [...path, "severity"], SEVERITIES),
    description: r.string(o.description, [...path, "description"]),
    docs: r.optionalString(o.docs, [...path, "docs"]) ?? "",
    languages: language ? [language] : null,
    checks: r.list(o.checks, [...path, "checks"], (v, p) => parseCheck(r, v, p)),
    file,
  };
}

function parseCheck(r: Reader, value: unknown, path: Path): DeclarativeCheck {
  const c = r.record(value, path, CHECK_KEYS);
  const kind = r.oneOf(c.kind, [...path, "kind"], ["existence", "occurrence"] as const);
  const ignorecase = c.ignorecase === undefined ? true : r.boolean(c.ignorecase, [...path, "ignorecase"]);
  const optionalNumber = (key: string) => (c[key] === undefined ? null : r.number(c[key], [...path, key]));
  const check: DeclarativeCheck = {
    kind,
    scope: r.oneOf(c.scope ?? "paragraph", [...path, "scope"], SCOPES),
    message: r.string(c.message, [...path, "message"]),
    patterns: parsePatterns(r, c.patterns, [...path, "patterns"], ignorecase ? "iu" : "u"),
    onlyIf: c.onlyIf === undefined ? null : parsePatterns(r, c.onlyIf, [...path, "onlyIf"], ignorecase ? "iu" : "u"),
    exceptAfter: c.exceptAfter === undefined ? null : parsePatterns(r, c.exceptAfter, [...path, "exceptAfter"], "u"),
    ignorecase,
    perUnit: c.perUnit === undefined ? false : r.boolean(c.perUnit, [...path, "perUnit"]),
    maxLength: optionalNumber("maxLength"),
    min: optionalNumber("min"),
    max: optionalNumber("max"),
  };
  if (kind === "occurrence" && check.min === null && check.max === null) {
    r.fail(path, "an occurrence check needs min or max");
  }
  return check;
}

function parsePatterns(r: Reader, value: unknown, path: Path, flags: string): PatternSource {
  if (Array.isArray(value)) return { inline: r.list(value, path, (v, p) => r.pattern(v, p, flags)) };
  const o = r.record(value, path, ["vocab"]);
  return { vocab: r.string(o.vocab, [...path, "vocab"]) };
}
