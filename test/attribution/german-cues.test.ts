import { describe, expect, it } from "vitest";
import { quotes } from "./helpers.js";

describe("German cues that report only the clause they introduce", () => {
  it("bekannt geben written apart reports a clause after it, not a bare object", () => {
    expect(quotes("Wie die Stadtwerke am Montag bekannt gaben, steigen die Gaspreise im Winter.", "de")).toEqual([
      ["indirect", "steigen die Gaspreise im Winter", "die Stadtwerke", "person", "bekannt gaben"],
    ]);
    expect(quotes("Der Verein hat am Montag seinen neuen Trainer bekannt gegeben.", "de")).toEqual([]);
  });

  it("an infinitive clause of purpose after such a cue is no statement", () => {
    expect(quotes("Die Polizei hat am Abend Fotos bekannt gegeben, um den Täter zu finden.", "de")).toEqual([]);
    expect(quotes("Die Polizei hat am Abend bekannt gegeben, dass der Täter gefasst sei.", "de")).toEqual([
      ["indirect", "dass der Täter gefasst sei", "Die Polizei", "institution", "bekannt gegeben"],
    ]);
  });
});
