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
export const englishText =
  "A senior official said the talks would resume on Friday.\r\n" +
  "Putin traf Trump in Anchorage, the agency reported. Officials declined to comment.";

export const cleanText = "The city council approved the budget on 2025-08-20, the mayor's office said.";
export const feedText = "Markets rose. Disclaimer: 100% copyright, all rights\nreserved.";
export const feedQuietText = "Weather: sunny.";

export const hostileTitle = `<script>alert(1)</script> "quotes" & ampersands`;
export const hostileSource = `Example News" onmouseover="window.__xss=1`;

function article(fields: Partial<ArticleReport> & Pick<ArticleReport, "id" | "path">): ArticleReport {
  return {
    source: null,
    title: null,
    published: null,
    language: "en",
    credits: [],
    score: 100,
    grade: "A",
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
        grade: "D",
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
        attributions: [{ chain: ["Dimitri Peskow", "RIA Novosti", "BBC"], span: spanOf(germanText, "Peskow RIA Novosti zufolge"), cue: "zufolge" }],
      }),
      article({
        id: "en story",
        path: "pages/en story.html",
        source: hostileSource,
        title: hostileTitle,
        published: "2025-08-17",
        score: 71,
        grade: "C",
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
      article({ id: "003_clean", path: "seeds/003_clean.txt", source: "City Herald", title: "Budget approved", published: "2025-08-20", score: 96, grade: "A" }),
      article({
        id: "feed-1",
        path: "feeds/wire.jsonl",
        source: "Wire Feed",
        title: "Markets",
        credits: ["dpa"],
        score: 62,
        grade: "C",
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
      article({ id: "feed-2", path: "feeds/wire.jsonl", source: "Wire Feed", title: "Weather", score: 90, grade: "B" }),
    ],
    sources: [
      { name: "Beispiel-Zeitung", articles: ["001_de"], score: 48.5, grade: "D", reasons: ["no publication dates", "anonymous sourcing"] },
      { name: hostileSource, articles: ["en story"], score: 71, grade: "C", reasons: ["reuses agency copy without credit"] },
      { name: "City Herald", articles: ["003_clean"], score: 96, grade: "A", reasons: [] },
      { name: "Wire Feed", articles: ["feed-1", "feed-2"], score: 76, grade: "B", reasons: ["disclaimer pasted into body"] },
    ],
    overlaps: [
      {
        a: "001_de",
        b: "en story",
        score: 0.42,
        origin: "001_de",
        passages: [{ a: spanOf(germanText, "Putin traf Trump in Anchorage"), b: spanOf(englishText, "Putin traf Trump in Anchorage"), similarity: 1, kind: "verbatim" }],
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
