import { describe, expect, it } from "vitest";
import { findDates } from "../../src/analyse/dates.js";
import { findParagraphs, findSentences } from "../../src/analyse/segments.js";
import type { LanguagePack } from "../../src/packs/types.js";
import { pack } from "../helpers/analyse.js";

const SATURDAY = "2025-08-16";

function datesIn(text: string, language: string | null, published: string | null) {
  const p: LanguagePack | null = language ? pack(language) : null;
  const facts = findDates(text, p, published, findSentences(text, findParagraphs(text), p));
  return {
    dates: facts.dates.map((d) => [text.slice(d.span.start, d.span.end), d.date, d.yearInferred]),
    weekdays: facts.weekdays.map((w) => [text.slice(w.span.start, w.span.end), w.weekday]),
    relative: facts.relativeDays.map((r) => [r.text, r.resolved]),
  };
}

describe("findDates: calendar dates", () => {
  it("reads German written and numeric dates, borrowing a missing year from the publication date", () => {
    expect(datesIn("Am 3. Oktober 2025 und am 15.08.2025 sowie am 1. Jan. 2026 und am 24. Dez. wird gefeiert.", "de", SATURDAY).dates).toEqual([
      ["3. Oktober 2025", "2025-10-03", false],
      ["15.08.2025", "2025-08-15", false],
      ["1. Jan. 2026", "2026-01-01", false],
      ["24. Dez.", "2025-12-24", true],
    ]);
  });

  it("reads English written dates, ordinals and ISO dates", () => {
    expect(datesIn("On August 15, 2025, on 15 August 2025, on Aug. 15th, on Sept 3 and on 2025-09-03.", "en", SATURDAY).dates).toEqual([
      ["August 15, 2025", "2025-08-15", false],
      ["15 August 2025", "2025-08-15", false],
      ["Aug. 15th", "2025-08-15", true],
      ["Sept 3", "2025-09-03", true],
      ["2025-09-03", "2025-09-03", false],
    ]);
  });

  it("drops days that do not exist", () => {
    expect(datesIn("Am 31. Februar 2025 und am 32.13.2025 geschah nichts.", "de", SATURDAY).dates).toEqual([]);
  });

  it("does not read “May” the verb or a month-and-year as a day", () => {
    expect(datesIn("The mayor said in May 2025 that plans may change by May 20.", "en", SATURDAY).dates).toEqual([["May 20", "2025-05-20", true]]);
  });

  it("without a language reads ISO dates only", () => {
    expect(datesIn("Am 15. August, also am 2025-08-15, geschah es.", null, SATURDAY).dates).toEqual([["2025-08-15", "2025-08-15", false]]);
  });

  it("takes the nearest year for a year-less date around New Year", () => {
    expect(datesIn("Die Feier fand am 26. Dezember im Gemeindehaus statt.", "de", "2026-01-03").dates).toEqual([["26. Dezember", "2025-12-26", true]]);
  });
});

describe("findDates: weekdays and relative days", () => {
  it("resolves “am Freitag” in an article of Saturday 2025-08-16 to the day before", () => {
    expect(datesIn("Am Freitag trafen sich die Präsidenten in Alaska.", "de", SATURDAY).relative).toEqual([["Freitag", "2025-08-15"]]);
  });

  it("resolves a weekday forward when the sentence looks ahead (German)", () => {
    expect(datesIn("Am Sonntag hatte er gesprochen. Am kommenden Freitag wird der Bundestag abstimmen.", "de", SATURDAY).relative).toEqual([
      ["Sonntag", "2025-08-10"],
      ["Freitag", "2025-08-22"],
    ]);
  });

  it("resolves a weekday forward when the sentence looks ahead (English)", () => {
    expect(datesIn("He spoke on Saturday. He will return on Saturday.", "en", SATURDAY).relative).toEqual([
      ["Saturday", "2025-08-16"],
      ["Saturday", "2025-08-23"],
    ]);
  });

  it("reads the publication weekday in a past sentence as the day itself", () => {
    expect(datesIn("Heute ist Samstag, und am Samstag wurde gewählt.", "de", SATURDAY).relative).toEqual([
      ["Heute", "2025-08-16"],
      ["Samstag", "2025-08-16"],
      ["Samstag", "2025-08-16"],
    ]);
  });

  it("reads a weekday with a part of the day as one mention: “Donnerstagmorgen”", () => {
    const found = datesIn("Am Donnerstagmorgen hatte die Polizei die Wohnung durchsucht.", "de", SATURDAY);
    expect(found.weekdays).toEqual([["Donnerstagmorgen", 4]]);
    expect(found.relative).toEqual([["Donnerstagmorgen", "2025-08-14"]]);
  });

  it("reads German relative day words, not “Morgen” the morning", () => {
    expect(datesIn("Am Morgen war es ruhig. Gestern hatte es geregnet, morgen soll es schneien, übermorgen auch.", "de", SATURDAY).relative).toEqual([
      ["Gestern", "2025-08-15"],
      ["morgen", "2025-08-17"],
      ["übermorgen", "2025-08-18"],
    ]);
  });

  it("reads English relative day words", () => {
    expect(datesIn("Yesterday the council met; today it voted, and tomorrow the mayor signs.", "en", SATURDAY).relative).toEqual([
      ["Yesterday", "2025-08-15"],
      ["today", "2025-08-16"],
      ["tomorrow", "2025-08-17"],
    ]);
  });

  it("reads English “tonight” and “last night”", () => {
    expect(datesIn("Last night the council met, and tonight the mayor will answer.", "en", SATURDAY).relative).toEqual([
      ["Last night", "2025-08-15"],
      ["tonight", "2025-08-16"],
    ]);
  });

  it("leaves relative days unresolved without a publication date", () => {
    expect(datesIn("Am Freitag und gestern regnete es.", "de", null).relative).toEqual([
      ["Freitag", null],
      ["gestern", null],
    ]);
  });

  it("does not count a weekday written with its date as relative", () => {
    const found = datesIn("Am Freitag, 15. August 2025, wurde verhandelt; am Samstag, dem 16. August, auch.", "de", SATURDAY);
    expect(found.weekdays).toEqual([["Freitag", 5], ["Samstag", 6]]);
    expect(found.relative).toEqual([]);
  });

  it("does not count a weekday with its date in parentheses as relative", () => {
    expect(datesIn("Am Samstag (16. August 2025) wurde verhandelt.", "de", SATURDAY).relative).toEqual([]);
  });

  it("does not read weekday adverbs and compounds as days", () => {
    expect(datesIn("Freitags ist Markt, die Montagsdemo fällt aus, on Fridays too.", "de", SATURDAY).weekdays).toEqual([]);
  });

  it("does not read past English sentences with “due to” or “set fire” as looking ahead", () => {
    expect(datesIn("Flights were cancelled on Friday due to the storm. The suspect set fire to a car on Friday.", "en", SATURDAY).relative).toEqual([
      ["Friday", "2025-08-15"],
      ["Friday", "2025-08-15"],
    ]);
  });

  it("reads English “is set to” and “is due” as looking ahead", () => {
    expect(datesIn("The council is set to vote on Monday. The report is due on Tuesday.", "en", SATURDAY).relative).toEqual([
      ["Monday", "2025-08-18"],
      ["Tuesday", "2025-08-19"],
    ]);
  });

  it("resolves the German reportive “soll … angegriffen haben” backward", () => {
    expect(datesIn("Der Verdächtige soll am Freitag einen Mann angegriffen haben.", "de", SATURDAY).relative).toEqual([["Freitag", "2025-08-15"]]);
  });

  it("is not misled by the future cue of the next sentence", () => {
    expect(datesIn("Die Zahl der Verletzten stieg bis Freitag auf 14. Am Montag wird der Landtag beraten.", "de", SATURDAY).relative[0]).toEqual([
      "Freitag",
      "2025-08-15",
    ]);
  });
});
