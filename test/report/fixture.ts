// A small hand-made report that exercises every writer: German and English texts, a span on a
// text's first line behind a non-null origin, later lines, a surrogate pair, null spans, null
// origins, two articles sharing one JSONL file, hostile titles, an overlap, a chain, a skipped file.
import type { ArticleReport, AuditReport, ReportInput, Span, TextPosition } from "../../src/types.js";

export function spanOf(text: string, needle: string): Span {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length };
}

// A seed with the inline prefix " date 2025-08-16 " (16 characters): its text starts at column 17.
export const germanText =
  "Putin traf Trump in Anchorage. Die Gespräche seien „konstruktiv“ gewesen, sagte ein Sprecher.\n" +
  "Übermorgen 🙂 will Peskow RIA Novosti zufolge weitere Schritte ankündigen, berichtete die BBC.\n" +
  "Quelle: Agenturen";
export const germanOrigin: TextPosition = { line: 1, column: 17 };

// Extracted from HTML: no file position.
export const hostileQuote = `"<img src=x onerror="window.__xss=2"> is false"`;
export const hostileSpeaker = `Dr. <script>window.__xss=3</script> Evil`;

export const englishText =
  "A senior official said the talks would resume on Friday.\r\n" +
  "Putin traf Trump in Anchorage, the agency reported. Officials declined to comment.\n" +
  `${hostileQuote}, said ${hostileSpeaker}.`;

export const cleanText = "The city council approved the budget on 2025-08-20, the mayor's office said.";
export const feedText = "Markets rose. Disclaimer: 100% copyright, all rights\nreserved.";
export const feedQuietText = "Weather: sunny.";

export const hostileTitle = `<script>alert(1)</script> "quotes" & ampersands`;
export const hostileSource = `Example News" onmouseover="window.__xss=1`;

function article(fields: Partial<ArticleReport> & Pick<ArticleReport, "id" | "path">): ArticleReport {
  return {
    source: null,
    title: null,
    author: null,
    published: null,
    language: "en",
    credits: [],
    score: 100,
    grade: "A",
    deductions: [],
    findings: [],
    quotes: [],
    attributions: [],
    ...fields,
  };
}

export function sampleReport(): AuditReport {
  return {
    schemaVersion: 1,
    tool: { name: "wirecheck", version: "0.1.0" },
    articles: [
      article({
        id: "001_de",
        path: "seeds/001_de.txt",
        source: "Beispiel-Zeitung",
        title: "Putin und Trump: Gespräche in Anchorage",
        language: "de",
        score: 48.5,
        grade: "F",
        deductions: [
          { signal: "sourcing", points: 20, reason: "Vague sourcing names no one who can be checked", cause: "attribution/vague-source", rules: ["attribution/anonymous-source", "attribution/vague-source"] },
          { signal: "dating", points: 15, reason: "No publication date, so the story cannot be placed in time", cause: "date/missing", rules: ["date/missing"] },
          { signal: "chain", points: 3.3, reason: "A statement reached the article through 2 intermediaries", cause: "chain-depth", rules: ["attribution/chain"] },
          { signal: "byline", points: 5, reason: "No author named", cause: "no-byline", rules: [] },
          { signal: "damage", points: 8.2, reason: "Page chrome in the body", cause: "boilerplate/chrome", rules: [] },
        ],
        findings: [
          { rule: "date/missing", severity: "error", message: "No publication date can be established.", span: null, related: [], data: {} },
          {
            rule: "attribution/anonymous-source",
            severity: "warning",
            message: "Unnamed person: „ein Sprecher“",
            span: spanOf(germanText, "ein Sprecher"),
            related: [],
            data: {},
          },
          {
            rule: "attribution/chain",
            severity: "warning",
            message: "Statement reaches the article through 2 intermediaries: Peskow → RIA Novosti → BBC",
            span: spanOf(germanText, "Peskow RIA Novosti zufolge"),
            related: [],
            data: { chain: ["Dimitri Peskow", "RIA Novosti", "BBC"] },
          },
          {
            rule: "attribution/vague-source",
            severity: "info",
            message: "Collective sourcing: Quelle: Agenturen",
            span: spanOf(germanText, "Quelle: Agenturen"),
            related: [],
            data: {},
          },
        ],
        attributions: [
          {
            chain: ["Dimitri Peskow", "RIA Novosti", "BBC"],
            span: spanOf(germanText, "Peskow RIA Novosti zufolge"),
            cue: "zufolge",
            links: [
              { name: "Peskow", span: spanOf(germanText, "Peskow"), type: "person" },
              { name: "RIA Novosti", span: spanOf(germanText, "RIA Novosti"), type: "agency" },
              { name: "die BBC", span: spanOf(germanText, "die BBC"), type: "media" },
            ],
          },
        ],
      }),
      article({
        id: "en story",
        quotes: [
          {
            kind: "direct",
            span: spanOf(englishText, hostileQuote),
            text: hostileQuote,
            speaker: hostileSpeaker,
            speakerSpan: spanOf(englishText, hostileSpeaker),
            speakerType: "person",
            cue: "said",
            cueSpan: spanOf(englishText, "said Dr."),
          },
          {
            kind: "indirect",
            span: spanOf(englishText, "the talks would resume on Friday"),
            text: "the talks would resume on Friday",
            speaker: "A senior official",
            speakerSpan: spanOf(englishText, "A senior official"),
            speakerType: "anonymous",
            cue: "said",
            cueSpan: spanOf(englishText, "said the talks"),
          },
        ],
        attributions: [
          {
            chain: [hostileSpeaker, `<b onmouseover="window.__xss=4">Agency</b>`],
            span: spanOf(englishText, hostileQuote),
            cue: "said",
            links: [
              { name: hostileSpeaker, span: spanOf(englishText, hostileSpeaker), type: "person" },
              { name: "Agency", span: spanOf(englishText, "agency"), type: "agency" },
            ],
          },
        ],
        path: "pages/en story.html",
        source: hostileSource,
        title: hostileTitle,
        published: "2025-08-17",
        author: "Jane Doe",
        score: 71,
        grade: "C",
        deductions: [
          { signal: "reuse", points: 20, reason: "Reuses an earlier article's text without crediting it", cause: "overlap/uncredited-reuse", rules: ["overlap/shared-passage"] },
          { signal: "sourcing", points: 6.5, reason: "An unnamed person is a source", cause: "attribution/anonymous-source", rules: ["attribution/anonymous-source"] },
          { signal: "dating", points: 2.5, reason: "Relative days that no date resolves", cause: "date/unanchored-relative", rules: ["date/unanchored-relative"] },
        ],
        findings: [
          {
            rule: "attribution/anonymous-source",
            severity: "warning",
            message: "Unnamed person: “a senior official”",
            span: spanOf(englishText, "A senior official"),
            related: [],
            data: {},
          },
          {
            rule: "overlap/shared-passage",
            severity: "warning",
            message: "Passage reused from 001_de",
            span: spanOf(englishText, "Putin traf Trump in Anchorage"),
            related: ["001_de"],
            data: {},
          },
          {
            rule: "date/unanchored-relative",
            severity: "info",
            message: "“on Friday” cannot be resolved",
            span: spanOf(englishText, "on Friday"),
            related: [],
            data: {},
          },
        ],
      }),
      article({ id: "003_clean", path: "seeds/003_clean.txt", source: "City Herald", title: "Budget approved", published: "2025-08-20", author: "Max Muster", score: 100, grade: "A" }),
      article({
        id: "feed-1",
        path: "feeds/wire.jsonl",
        source: "Wire Feed",
        title: "Markets",
        credits: ["dpa"],
        score: 62,
        grade: "D",
        deductions: [
          { signal: "reuse", points: 12, reason: "A republishing disclaimer says the text is someone else's", cause: "boilerplate/disclaimer", rules: ["boilerplate/disclaimer"] },
          { signal: "other", points: 21, reason: "Other findings: house/style", cause: "other-rules", rules: ["house/style"] },
          { signal: "byline", points: 5, reason: "No author named", cause: "no-byline", rules: [] },
        ],
        findings: [
          {
            rule: "boilerplate/disclaimer",
            severity: "error",
            message: "Disclaimer: 100% copyright, all rights\r\nreserved",
            span: spanOf(feedText, "Disclaimer: 100% copyright, all rights\nreserved."),
            related: [],
            data: {},
          },
        ],
      }),
      article({
        id: "feed-2",
        path: "feeds/wire.jsonl",
        source: "Wire Feed",
        title: "Weather",
        score: 95,
        grade: "A",
        deductions: [{ signal: "byline", points: 5, reason: "No author named", cause: "no-byline", rules: [] }],
      }),
    ],
    sources: [
      { name: "Beispiel-Zeitung", articles: ["001_de"], score: 48.5, grade: "F", reasons: ["Vague, uncheckable sourcing in 1 of 1 article (−20 points)"] },
      { name: hostileSource, articles: ["en story"], score: 71, grade: "C", reasons: ["Other articles' text reused without credit in 1 of 1 article (−20 points)"] },
      { name: "City Herald", articles: ["003_clean"], score: 100, grade: "A", reasons: [] },
      { name: "Wire Feed", articles: ["feed-1", "feed-2"], score: 78.5, grade: "C", reasons: ["Findings of other rules in 1 of 2 articles (−21 points)", "No author named in 2 of 2 articles (−5 points each)"] },
    ],
    grading: {
      bands: { A: 90, B: 80, C: 70, D: 60, E: 50 },
      signals: [
        { id: "sourcing", label: "Named, checkable sources", weight: 25 },
        { id: "dating", label: "Publication date present and consistent", weight: 15 },
        { id: "reuse", label: "Reused text credited", weight: 20 },
        { id: "chain", label: "Statements close to their origin", weight: 10 },
        { id: "damage", label: "Clean text", weight: 10 },
        { id: "byline", label: "Byline", weight: 5 },
        { id: "other", label: "Other rules", weight: 25 },
      ],
    },
    overlaps: [
      {
        a: "001_de",
        b: "en story",
        score: 0.42,
        origin: "001_de",
        passages: [
          { a: spanOf(germanText, "Putin traf Trump in Anchorage"), b: spanOf(englishText, "Putin traf Trump in Anchorage"), similarity: 1, kind: "verbatim" },
          {
            a: spanOf(germanText, "Quelle: Agenturen"),
            b: spanOf(englishText, `${hostileQuote}, said`),
            similarity: 0.4,
            kind: "edited",
          },
        ],
      },
      {
        a: "feed-1",
        b: "feed-2",
        score: 0.2,
        origin: null,
        passages: [{ a: spanOf(feedText, "Markets rose."), b: spanOf(feedQuietText, "Weather: sunny."), similarity: 0.3, kind: "edited" }],
      },
    ],
    skipped: [{ path: "broken/bad.json", reason: "Unexpected token } in JSON at position 12" }],
  };
}

export function sampleInput(): ReportInput {
  return {
    report: sampleReport(),
    texts: new Map([
      ["001_de", { text: germanText, origin: germanOrigin }],
      ["en story", { text: englishText, origin: null }],
      ["003_clean", { text: cleanText, origin: { line: 3, column: 1 } }],
      ["feed-1", { text: feedText, origin: null }],
      ["feed-2", { text: feedQuietText, origin: null }],
    ]),
    rules: [
      { id: "date/missing", severity: "warning", scope: "article", description: "No publication date can be established.", docs: "docs/rules/date.md#missing" },
      { id: "boilerplate/disclaimer", severity: "warning", scope: "article", description: "Disclaimer pasted into the body.", docs: "docs/rules/boilerplate.md#disclaimer" },
    ],
  };
}
