// The values that flow through the pipeline: ingest → analyse → rules → grade → report.
// Everything here is plain data, so every stage can be tested without files.

/** Half-open range of UTF-16 code units into an article's `text`. */
export interface Span {
  start: number;
  end: number;
}

export type Severity = "error" | "warning" | "info";

/** One article as ingested: what the input says, before any analysis. */
export interface Article {
  id: string;
  /** Input path as given on the command line (or joined with it), with forward slashes. */
  path: string;
  source: string | null;
  url: string | null;
  title: string | null;
  author: string | null;
  /** Publication date, `YYYY-MM-DD`, or null when the input establishes none. */
  published: string | null;
  /** Language the input declares (JSON `language`, HTML `lang`), ISO 639-1; checked by analysis. */
  declaredLanguage: string | null;
  text: string;
  /** Where `text` begins in the input file (1-based line and UTF-16 column), when `text` is a
   *  verbatim slice of it (plain text); null when it was extracted (HTML, JSON). */
  textOrigin: TextPosition | null;
}

export interface TextPosition {
  line: number;
  column: number;
}

/** A file that could not be turned into articles, and why (one line). */
export interface Skipped {
  path: string;
  reason: string;
}

export interface IngestResult {
  articles: Article[];
  skipped: Skipped[];
}

export interface DateMention {
  span: Span;
  /** `YYYY-MM-DD`; a year the text omits is the one nearest the publication date;
   *  null when the text omits the year and there is no publication date. */
  date: string | null;
  yearInferred: boolean;
}

export interface WeekdayMention {
  span: Span;
  /** ISO weekday, Monday = 1 … Sunday = 7. */
  weekday: number;
}

export interface RelativeDayMention {
  span: Span;
  /** The words as written ("am Freitag", "gestern"). */
  text: string;
  /** `YYYY-MM-DD` when a publication date anchors it, else null. */
  resolved: string | null;
}

export interface AgencyCredit {
  /** Canonical agency name ("dpa", "AP", …). */
  agency: string;
  span: Span;
  /** The day the credit states ("(APA, 18.3.2016)"), `YYYY-MM-DD`, when it states one. */
  date?: string;
}

/** Facts computed once per article and shared by every rule. */
export interface Facts {
  language: string | null;
  /** The publication date: the one the input states, else a "Veröffentlicht am …" line of the text, else a dated agency credit ("(APA, 18.3.2016)"). */
  published: string | null;
  /** The outlet: the stated source, else the URL's host; null when neither is known. */
  source: string | null;
  paragraphs: Span[];
  /**
   * The long paragraphs, then the blocks of paragraphs that only single line breaks
   * separate, as [start, end, sketch] triples; the sketch hashes the prose's lowercased
   * ASCII letters, so that recurring paragraphs are found by comparing numbers.
   */
  paragraphSketches: Uint32Array;
  sentences: Span[];
  /** Words as start/end pairs: word i is [words[2i], words[2i+1]). A flat array keeps
   *  a large corpus's millions of words out of the object heap. */
  words: Uint32Array;
  /** The title: the stated one, else a short first line of the body that does not end like a sentence. */
  title: string | null;
  /** Where the title stands in the text, when the body carries it. */
  titleSpan: Span | null;
  /** The text after the title line: where rules look for body-only evidence. */
  body: Span;
  /** Direct quotations, quotation marks included. */
  quotations: Span[];
  dates: DateMention[];
  weekdays: WeekdayMention[];
  relativeDays: RelativeDayMention[];
  credits: AgencyCredit[];
  /** Who said what: direct, indirect and reported statements with cue, speaker and speaker type. */
  quotes: Quote[];
  /** Each attributed statement's chain from the original speaker outward. */
  attributions: Attribution[];
  fingerprint: Fingerprint;
}

/**
 * What the overlap engine compares, as flat typed arrays (100,000 articles must fit in
 * memory and cross to worker threads cheaply). `hashes` and `quoteKeys` are the candidate
 * keys the corpus index (and the archive) store. The word hashes themselves are not kept:
 * alignment recomputes them for the few articles in a candidate pair. All arrays are
 * views on one buffer: one allocation per article, one buffer to clone across threads.
 */
export interface Fingerprint {
  /** The winnowed word-shingle hashes, sorted and distinct. */
  hashes: Uint32Array;
  /** The hashed content-word stems of all quotations, sorted and distinct. */
  quoteKeys: Uint32Array;
  /** Each quotation's distinct stems: quotation i's are quoteStems[quoteBounds[i]..quoteBounds[i+1]). */
  quoteStems: Uint32Array;
  quoteBounds: Uint32Array;
  /** Each sentence as a range of word indexes: sentence i holds words [sentenceWords[2i], sentenceWords[2i+1]). */
  sentenceWords: Uint32Array;
}

export interface AnalysedArticle {
  article: Article;
  facts: Facts;
}

/**
 * The facts the corpus step, grading and the reports read. Once an article's own rules
 * have run, the per-article work drops the rest (word offsets, sentences, date
 * mentions), so that a corpus of 100,000 articles fits in the main thread; the overlap
 * engine finds the words again, from the text, for the articles it aligns.
 */
export type JudgedFacts = Omit<Facts, "words" | "sentences" | "dates" | "weekdays" | "relativeDays" | "quotes" | "attributions">;

/** An article as the corpus step sees it: an `AnalysedArticle` is one too. */
export interface JudgedArticle {
  article: Article;
  facts: JudgedFacts;
}

/** What a rule reports; the engine adds the rule id, severity and article. */
export interface FindingInput {
  message: string;
  span?: Span | null;
  related?: string[];
  data?: Record<string, unknown>;
}

export interface Finding {
  articleId: string;
  rule: string;
  severity: Severity;
  message: string;
  span: Span | null;
  related: string[];
  data: Record<string, unknown>;
}

export type Grade = "A" | "B" | "C" | "D" | "E" | "F";

/** A finding as it stands in the report: the article is the one it is listed under. */
export type ReportedFinding = Omit<Finding, "articleId">;

/** Who a speaker is, read from the speaker phrase (contract: `quotes[].speakerType`). */
export type SpeakerType = "person" | "agency" | "media" | "institution" | "platform" | "anonymous" | "vague";

export interface Quote {
  kind: "direct" | "indirect" | "reported";
  span: Span;
  text: string;
  speaker: string | null;
  speakerSpan: Span | null;
  speakerType: SpeakerType | null;
  cue: string | null;
  cueSpan: Span | null;
  /** Present only for a statement that asserts nothing: denied, withheld, only supposed or only asked ("did not say", "declined to comment", "If an official said", "asked whether"). */
  asserts?: false;
}

export interface Attribution {
  /** From the original speaker outward to the outlet nearest the article. */
  chain: string[];
  span: Span;
  cue: string | null;
  /** The chain's members as written in the text, with their types (same order as `chain`). */
  links: AttributionLink[];
  /** As `Quote.asserts`. */
  asserts?: false;
}

export interface AttributionLink {
  name: string;
  span: Span;
  type: SpeakerType;
}

/** Points an article lost on one signal of the grading rubric, and why, in plain words. */
export interface Deduction {
  signal: string;
  points: number;
  reason: string;
  /** What set the cost: a rule id, or a measure of the rubric ("no-byline", "chain-depth"…). */
  cause: string;
  /** The rules whose findings showed the cause (empty for measures such as a missing byline). */
  rules: string[];
}

export interface ArticleReport {
  id: string;
  path: string;
  source: string | null;
  title: string | null;
  author: string | null;
  published: string | null;
  language: string | null;
  credits: string[];
  score: number;
  grade: Grade;
  /** Every point lost, by signal, largest first: 100 − their sum is the score. */
  deductions: Deduction[];
  findings: ReportedFinding[];
  quotes: Quote[];
  attributions: Attribution[];
  /** With `--archive`: whether the archive had this article already. */
  archive?: ArchiveStatus;
}

/** An article of this run as the archive sees it: first seen, seen unchanged, or changed content
 *  under a known id (a new version); `version` counts from 1. */
export interface ArchiveStatus {
  status: "new" | "unchanged" | "version";
  version: number;
}

export interface SourceReport {
  name: string;
  articles: string[];
  score: number;
  grade: Grade;
  reasons: string[];
}

/** The rubric the grades were given by, so the report can explain them. */
export interface GradingSummary {
  /** Lowest score of each grade; below E's is F. */
  bands: Record<Exclude<Grade, "F">, number>;
  signals: Array<{ id: string; label: string; weight: number }>;
}

export interface OverlapPassage {
  a: Span;
  b: Span;
  similarity: number;
  kind: "verbatim" | "edited" | "quote-variant";
}

export interface Overlap {
  a: string;
  b: string;
  score: number;
  origin: string | null;
  passages: OverlapPassage[];
}

/** The whole result of an audit: `report.json` is this value, serialised. */
export interface AuditReport {
  schemaVersion: 1;
  /** `run`: a hash of the report, written into every report file of a set (the CLI adds it). */
  tool: { name: "wirecheck"; version: string; generated?: string; run?: string };
  articles: ArticleReport[];
  /** Sources with a name; articles without a known source are graded only as articles. */
  sources: SourceReport[];
  grading: GradingSummary;
  overlaps: Overlap[];
  /** Archived articles that overlaps relate to; present only with `--archive`. */
  archived?: ArchivedArticle[];
  skipped: Skipped[];
}

/** An article of an earlier run, as the archive keeps it. */
export interface ArchivedArticle {
  id: string;
  source: string | null;
  title: string | null;
  published: string | null;
  url: string | null;
}

/** A rule as the catalogue lists it (`wirecheck rules`, SARIF rule descriptors). */
export interface RuleSummary {
  id: string;
  severity: Severity;
  scope: "article" | "corpus";
  description: string;
  docs: string;
}

/** What every report writer gets: the report, each article's text (by article id) to place its spans, and the rules run. */
export interface ReportInput {
  report: AuditReport;
  texts: ReadonlyMap<string, { text: string; origin: TextPosition | null }>;
  rules: readonly RuleSummary[];
}
