import type { Severity } from "../types.js";

/** Words and shapes the date analysis needs for one language. */
export interface DateVocabulary {
  /** Seven entries, Monday first; each lists the names of that day. */
  weekdays: string[][];
  /** Parts of the day written together with a weekday ("Donnerstag|morgen"). */
  weekdaySuffixes: string[];
  /** Letters written after a day number ("15th"). */
  ordinalSuffixes: string[];
  /** Twelve entries, January first; each lists the names of that month. */
  months: string[][];
  /** Written date shapes with {d}, {m}, {mm}, {y}. */
  patterns: string[];
  /** Relative day words and their distance in days from the day of writing. */
  relativeDays: Record<string, number>;
  futureCues: string[];
  pastCues: string[];
  /** Sentence patterns that are past despite a future cue (German reportive "soll … getan haben"). */
  pastPatterns: string[];
  /** Words just before a date that make it a deadline or a start, not an event ("bis zum", "until"). */
  deadlineCues: string[];
  /** Names that contain a weekday but are not one ("Welt am Sonntag", "The Sunday Times"). */
  notWeekdays: string[];
  /** Phrases in which a relative day word speaks of the present era, not a day ("bis heute", "today's world"). */
  notRelative: string[];
}

/** Everything wirecheck knows of one language, loaded from rules/<lang>/. */
export interface LanguagePack {
  language: string;
  /** franc's ISO 639-3 code. */
  franc: string;
  /** The Snowball stemmer for quotation content words (quote variants); null: words unstemmed. */
  stemmer: string | null;
  stopwords: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  /** Names of one capital letter ("X", the platform): their full stop ends a sentence, as an initial's does not. */
  letterNames: ReadonlySet<string>;
  /** Words after which "3." is an ordinal ("den 3. Platz"); empty where numbers take no dot. */
  ordinalDeterminers: ReadonlySet<string>;
  /** Another spelling of a letter that every vocabulary pattern also matches: "ß" → "ss" (Swiss German writes "gemäss"). */
  spellingVariants: ReadonlyMap<string, string>;
  dates: DateVocabulary;
  vocab: ReadonlyMap<string, readonly string[]>;
}

export interface Agency {
  name: string;
  aliases: string[];
  /** House-style sign-offs that credit the agency without naming it (Reuters' "(Reporting by …; Editing by …)"). */
  signatures: string[];
}

export const SCOPES = ["text", "title", "body", "paragraph", "sentence", "first-paragraph", "last-paragraph"] as const;
export type Scope = (typeof SCOPES)[number];

export type PatternSource = { vocab: string } | { inline: string[] };

export interface DeclarativeCheck {
  kind: "existence" | "occurrence";
  scope: Scope;
  message: string;
  patterns: PatternSource;
  /** The check looks only at scope units that also match one of these ("a speech verb in the sentence"). */
  onlyIf: PatternSource | null;
  /** existence: a match is dropped when the text just before it matches one of these (case-sensitive, anchored at the match). */
  exceptAfter: PatternSource | null;
  ignorecase: boolean;
  /** existence: all matches inside one unit make one finding (a disclaimer is one defect, however many phrases it has). */
  perUnit: boolean;
  /** Only scope units at most this long are checked (chrome is short). */
  maxLength: number | null;
  /** occurrence: fire when a unit has fewer than min or more than max matches. */
  min: number | null;
  max: number | null;
}

export interface DeclarativeRule {
  id: string;
  severity: Severity;
  description: string;
  docs: string;
  /** Languages the rule is limited to (rules declared inside a language folder). */
  languages: string[] | null;
  checks: DeclarativeCheck[];
  /** The file that declared it, for error messages. */
  file: string;
}

/** All rule data: language packs, agencies and declarative rules. */
export interface RuleLibrary {
  packs: ReadonlyMap<string, LanguagePack>;
  agencies: Agency[];
  rules: DeclarativeRule[];
}
