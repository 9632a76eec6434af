import { describe, expect, test } from "vitest";
import { artifactUri, renderSarif } from "../../src/report/sarif.js";
import { germanText, sampleInput } from "./fixture.js";

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  snippet?: { text: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: SarifRegion } }>;
  relatedLocations?: Array<{ physicalLocation: { artifactLocation: { uri: string } } }>;
  properties: { articleId: string; span?: unknown; data?: unknown };
}

const log = JSON.parse(renderSarif(sampleInput()));
const run = log.runs[0];
const results: SarifResult[] = run.results;
const resultFor = (articleId: string, ruleId: string) =>
  results.find((result) => result.properties.articleId === articleId && result.ruleId === ruleId)!;

describe("SARIF writer", () => {
  test("has the SARIF 2.1.0 essentials: schema, version, one run, a named driver", () => {
    expect(log.$schema).toBe("https://json.schemastore.org/sarif-2.1.0.json");
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver).toMatchObject({ name: "wirecheck", version: "0.1.0" });
    expect(run.columnKind).toBe("utf16CodeUnits");
    for (const result of results) {
      expect(typeof result.message.text).toBe("string");
      expect(["error", "warning", "note"]).toContain(result.level);
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      for (const { physicalLocation } of result.locations) {
        const region = physicalLocation.region;
        if (!region) continue;
        for (const key of ["startLine", "startColumn", "endLine", "endColumn"] as const) expect(region[key]).toBeGreaterThanOrEqual(1);
      }
    }
  });

  test("lists each rule that fired once, sorted, with the level of its severity", () => {
    expect(run.tool.driver.rules).toEqual([
      { id: "attribution/anonymous-source", defaultConfiguration: { level: "warning" } },
      { id: "attribution/chain", defaultConfiguration: { level: "warning" } },
      { id: "attribution/vague-source", defaultConfiguration: { level: "note" } },
      {
        id: "boilerplate/disclaimer",
        shortDescription: { text: "Disclaimer pasted into the body." },
        defaultConfiguration: { level: "error" },
        properties: { docs: "docs/rules/boilerplate.md#disclaimer" },
      },
      {
        id: "date/missing",
        shortDescription: { text: "No publication date can be established." },
        defaultConfiguration: { level: "error" },
        properties: { docs: "docs/rules/date.md#missing" },
      },
      { id: "date/unanchored-relative", defaultConfiguration: { level: "note" } },
      { id: "overlap/shared-passage", defaultConfiguration: { level: "warning" } },
    ]);
  });

  test("one result per finding, in report order, info as note", () => {
    const { report } = sampleInput();
    const expected = report.articles.flatMap((article) => article.findings.map((finding) => [article.id, finding.rule]));
    expect(results.map((result) => [result.properties.articleId, result.ruleId])).toEqual(expected);
    expect(resultFor("001_de", "attribution/vague-source").level).toBe("note");
  });

  test("a first-line span is placed after the origin's column", () => {
    const location = resultFor("001_de", "attribution/anonymous-source").locations[0]!.physicalLocation;
    expect(location.artifactLocation.uri).toBe("seeds/001_de.txt");
    expect(location.region).toEqual({ startLine: 1, startColumn: 97, endLine: 1, endColumn: 109, snippet: { text: "ein Sprecher" } });
  });

  test("a later-line span counts UTF-16 columns from 1", () => {
    const region = resultFor("001_de", "attribution/chain").locations[0]!.physicalLocation.region!;
    expect(region).toMatchObject({ startLine: 2, startColumn: 20, endLine: 2, endColumn: 46 });
    const line2 = germanText.split("\n")[1]!;
    expect(line2.slice(region.startColumn - 1, region.endColumn - 1)).toBe("Peskow RIA Novosti zufolge");
  });

  test("a null span gives a file location without region", () => {
    const result = resultFor("001_de", "date/missing");
    expect(result.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: "seeds/001_de.txt" } });
    expect(result.properties).toEqual({ articleId: "001_de" });
  });

  test("a text without file position gives no region; the span goes to properties", () => {
    const result = resultFor("en story", "attribution/anonymous-source");
    expect(result.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: "pages/en%20story.html" } });
    expect(result.properties.span).toEqual({ start: 0, end: 17 });
  });

  test("related articles become related locations; finding data goes to properties", () => {
    const shared = resultFor("en story", "overlap/shared-passage");
    expect(shared.relatedLocations).toEqual([
      { id: 0, physicalLocation: { artifactLocation: { uri: "seeds/001_de.txt" } }, message: { text: "related article 001_de" } },
    ]);
    expect(resultFor("001_de", "attribution/chain").properties.data).toEqual({ chain: ["Dimitri Peskow", "RIA Novosti", "BBC"] });
  });

  test("skipped files are reported as tool notifications of a successful run", () => {
    expect(run.invocations).toEqual([
      {
        executionSuccessful: true,
        toolExecutionNotifications: [
          {
            level: "warning",
            message: { text: "skipped: Unexpected token } in JSON at position 12" },
            locations: [{ physicalLocation: { artifactLocation: { uri: "broken/bad.json" } } }],
          },
        ],
      },
    ]);
  });

  test("paths become URI references", () => {
    expect(artifactUri("seeds/a b#1.txt")).toBe("seeds/a%20b%231.txt");
    expect(artifactUri("/home/me/news/ä.txt")).toBe("file:///home/me/news/%C3%A4.txt");
    expect(artifactUri("C:/news/a.txt")).toBe("file:///C:/news/a.txt");
    expect(artifactUri("a:b/c.txt")).toBe("a%3Ab/c.txt");
  });

  test("an empty report is still a valid log", () => {
    const empty = JSON.parse(renderSarif({ report: { ...sampleInput().report, articles: [], skipped: [] }, texts: new Map(), rules: [] }));
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].tool.driver.rules).toEqual([]);
  });
});

describe("SARIF fingerprints", () => {
  test("every result carries a fingerprint that stays when only its span moves", () => {
    const input = sampleInput();
    const first = JSON.parse(renderSarif(input)).runs[0].results;
    const moved = sampleInput();
    const finding = moved.report.articles[0]!.findings.find((f) => f.span)!;
    finding.span = { start: finding.span!.start + 1, end: finding.span!.end + 1 };
    const second = JSON.parse(renderSarif(moved)).runs[0].results;
    expect(first.map((r: { partialFingerprints: object }) => r.partialFingerprints)).toEqual(
      second.map((r: { partialFingerprints: object }) => r.partialFingerprints),
    );
    const prints = first.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints["wirecheck/v1"]);
    expect(prints.every((p: string) => /^[0-9a-f]{32}$/.test(p))).toBe(true);
  });
});
