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

  it("accepts a closing mark typed in the other style within the line (“…\" and \"…”), never across paragraphs", () => {
    expect(quoted('“We will vote for her," Sanders said. "They know it” too.')).toEqual(['“We will vote for her,"', '"They know it”']);
    expect(quoted('A “stray mark.\n\nThen a "quote" here.')).toEqual(['"quote"']);
  });

  it("pairs straight quotes within a line; a quotation continued in the next paragraph ends open", () => {
    expect(quoted('Er sagte: "Wir geben nicht auf.\n\n"Wir kämpfen weiter", fügte er hinzu.')).toEqual(['"Wir geben nicht auf.', '"Wir kämpfen weiter"']);
    expect(quoted('Ein "Zeichen ohne Ende.\n\nNeuer Absatz ohne Zitat.')).toEqual([]);
  });

  it("pairs single quotation marks at word edges, not apostrophes", () => {
    expect(quoted("Er sagte: ‚Nein‘, und geht’s weiter. She said ‘don’t go’ and 'no way' in the '90s. ‹Oui› und ›Ja‹.")).toEqual([
      "‚Nein‘",
      "‘don’t go’",
      "'no way'",
      "‹Oui›",
      "›Ja‹",
    ]);
  });

  it("pairs doubled straight apostrophes as double marks, over paragraphs too", () => {
    const english = "''We will win,'' Mr. Doe said. ''The voters know it.\n\n''And so do we,'' he added. It's the ''old model'' again.";
    expect(quoted(english)).toEqual(["''We will win,''", "''The voters know it.", "''And so do we,''", "''old model''"]);
    expect(quoted("Er sagte: ''Wir bleiben hier.'' Dann ging er.")).toEqual(["''Wir bleiben hier.''"]);
    expect(quoted("Ein ''Zeichen ohne Ende.\n\nNeuer Absatz ohne Zitat.")).toEqual([]);
  });

  it("closes on an opening “ typed after the quotation's comma or full stop and before a space", () => {
    expect(quoted("“It’s unusual,“ said Lee. “Is it?“ he asked. Fans chanted “Go home” again.")).toEqual(["“It’s unusual,“", "“Is it?“", "“Go home”"]);
    expect(quoted("„Wir sind bereit,“ sagte Müller.")).toEqual(["„Wir sind bereit,“"]);
    expect(quoted('"We act now.“\n\nThe board met.')).toEqual(['"We act now.“']);
  });

  it("ends an English “ at its line when the next paragraph opens without a mark (English reopens a running quotation)", () => {
    const text = "Lee wrote: “Prices are too high.“\n\nThe board met in May.\n\n“We disagree,” said Ann Park.";
    expect(quoted(text)).toEqual(["“Prices are too high.“", "“We disagree,”"]);
    expect(quoted("A post: “@lee: vote!“<post/>.\n\nThe board met.\n\n“No,” said Park.")).toEqual(["“@lee: vote!“<post/>.", "“No,”"]);
    expect(quoted("“We waited.\n\n“Now we act,” he said.")).toEqual(["“We waited.\n\n“Now we act,”"]);
    expect(quoted("“We waited for\nyears,” he said.")).toEqual(["“We waited for\nyears,”"]);
    expect(quoted("„Der Vorstand darf:\n1. prüfen“, sagte er.")).toEqual(["„Der Vorstand darf:\n1. prüfen“"]);
  });

  it("passes over a stray opening mark with no closer in reach", () => {
    const text = `Ein „ verirrtes Zeichen. ${"Fülltext ohne Zitat. ".repeat(120)}Dann „ein Zitat“.`;
    expect(quoted(text)).toEqual(["„ein Zitat“"]);
  });
});
