import { describe, expect, it } from "vitest";
import { quotes } from "./helpers.js";

describe("German indirect speech", () => {
  it("a participle cue closing a verb bracket: the subject stands at the auxiliary", () => {
    expect(quotes("Der Minister hatte in einem Interview gesagt, die Lage sei ernst.", "de")).toEqual([["indirect", "die Lage sei ernst", "Der Minister", "person", "gesagt"]]);
    expect(quotes("Im Vorfeld hatte die Polizei betont, dass die Straßen frei seien.", "de")).toEqual([
      ["indirect", "dass die Straßen frei seien", "die Polizei", "institution", "betont"],
    ]);
  });

  it("indirect speech whose cue names no speaker is still a statement", () => {
    expect(quotes("Am Abend hieß es, die Brücke bleibe gesperrt.", "de")).toEqual([["indirect", "die Brücke bleibe gesperrt", null, null, "hieß es"]]);
    // Without the Konjunktiv or "dass" the clause after the comma is the narrator's.
    expect(quotes("Am Abend hieß es warten, die Brücke war gesperrt.", "de")).toEqual([]);
  });
});

describe("German reported statements", () => {
  it("a prepositional phrase opening the sentence is no speaker: the subject after the verb is", () => {
    expect(quotes("Seit Jahren fordert der Staat die Rückgabe der Federkrone an das Museum.", "de")).toEqual([
      ["reported", "Seit Jahren fordert der Staat die Rückgabe der Federkrone an das Museum", "der Staat", "person", "fordert"],
    ]);
  });
});
