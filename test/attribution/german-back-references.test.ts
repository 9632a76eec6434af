import { describe, expect, it } from "vitest";
import { quotes } from "./helpers.js";

describe("German back references to a document", () => {
  it("Danach after a sentence naming a document reports what the document says", () => {
    expect(quotes("Die Bank veröffentlichte heute neue Quartalszahlen. Danach verzeichnet das Institut Verluste.", "de")).toEqual([
      ["reported", "verzeichnet das Institut Verluste", "Danach", "person", "Danach"],
    ]);
  });

  it("after an event or a verdict it says when", () => {
    expect(quotes("Der Mann verständigte die Behörden. Danach fand ein Treffen statt.", "de")).toEqual([]);
    expect(quotes("Der Richter sprach das Urteil. Danach verließ der Angeklagte das Gebäude.", "de")).toEqual([]);
  });
});
