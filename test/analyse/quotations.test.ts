import { describe, expect, it } from "vitest";
import { findQuotations } from "../../src/analyse/quotations.js";

const quoted = (text: string) => findQuotations(text).map((s) => text.slice(s.start, s.end));

describe("findQuotations", () => {
  it("pairs German, English and guillemet quotation marks", () => {
    expect(quoted("Er sagte: „Wir sind bereit.“ Sie sagte: “No.” Dann: «Oui» und »Ja«.")).toEqual([
      "„Wir sind bereit.“",
      "“No.”",
      "«Oui»",
      "»Ja«",
    ]);
  });

  it("accepts the typists' „…” and „…\" closings", () => {
    expect(quoted("„so schnell wie möglich” und „konstruktiv\"")).toEqual(["„so schnell wie möglich”", "„konstruktiv\""]);
  });

  it("pairs straight quotes within a line only", () => {
    expect(quoted('Er sagte: "Wir geben nicht auf.\n\n"Wir kämpfen weiter", fügte er hinzu.')).toEqual(['"Wir kämpfen weiter"']);
  });

  it("passes over a stray opening mark with no closer in reach", () => {
    const text = `Ein „ verirrtes Zeichen. ${"Fülltext ohne Zitat. ".repeat(120)}Dann „ein Zitat“.`;
    expect(quoted(text)).toEqual(["„ein Zitat“"]);
  });
});
