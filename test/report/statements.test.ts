// Quotes and attributions travel as their report.json text and become objects only when read:
// report.json is the same bytes either way, and a reader can use and change them as plain data.
import { describe, expect, test } from "vitest";
import { analyseArticle } from "../../src/analyse/index.js";
import { auditIngested } from "../../src/api.js";
import { jsonPieces, renderJson } from "../../src/report/json.js";
import type { AuditReport } from "../../src/types.js";
import { article, setup } from "../helpers/rule-tester.js";

const GERMAN = "Berlin. „Wir werden die Brücke im Sommer sperren“, sagte Verkehrsministerin Anna Roth am Montag der Deutschen Presse-Agentur.";
const ENGLISH = "The bridge will close in June, a city official said on Monday, according to the Tribune.";

const articles = () => [article({ text: GERMAN, language: "de" }, "de"), article({ text: ENGLISH, language: "en" }, "en")];

function auditedReport(): AuditReport {
  return auditIngested({ articles: articles(), skipped: [] }, setup).report;
}

const stringified = (report: AuditReport) => JSON.stringify(report, null, 2);

describe("quotes and attributions as report text", () => {
  test("report.json writes each entry's statements from their text, the same bytes as JSON.stringify of the objects", () => {
    const report = auditedReport();
    const pieces = [...jsonPieces(report)];
    expect(pieces.filter((p) => p instanceof Uint8Array)).toHaveLength(2);
    const written = pieces.map((p) => (typeof p === "string" ? p : new TextDecoder().decode(p))).join("");
    // Only now are the statements read as objects.
    expect(written).toBe(stringified(report));
    expect([...jsonPieces(report)].every((p) => typeof p === "string")).toBe(true);
  });

  test("read, they are the statements analysis found, in both languages", () => {
    const entries = auditedReport().articles;
    articles().forEach((a, i) => {
      const { quotes, attributions } = analyseArticle(a, setup.library).facts;
      expect(entries[i]!.quotes).toEqual(quotes);
      expect(entries[i]!.attributions).toEqual(attributions);
    });
    expect(entries[0]!.quotes).toEqual([expect.objectContaining({ kind: "direct", speaker: "Verkehrsministerin Anna Roth", speakerType: "person" })]);
    expect(entries[1]!.quotes).toContainEqual(expect.objectContaining({ speaker: "a city official", speakerType: "anonymous" }));
    expect(Object.keys(entries[1]!).slice(-2)).toEqual(["quotes", "attributions"]);
  });

  test("a reader may change them, and report.json then writes the change", () => {
    const report = auditedReport();
    const entry = report.articles[0]!;
    entry.quotes = entry.quotes.map((q) => ({ ...q, speaker: "Anna Roth" }));
    entry.attributions = [];
    const written = JSON.parse(renderJson({ report, texts: new Map(), rules: [] }));
    expect(written.articles[0].quotes[0].speaker).toBe("Anna Roth");
    expect(written.articles[0].attributions).toEqual([]);
    expect(renderJson({ report, texts: new Map(), rules: [] })).toBe(`${stringified(report)}\n`);
  });
});
