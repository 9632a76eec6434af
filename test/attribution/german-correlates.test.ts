import { describe, expect, it } from "vitest";
import { quotes } from "./helpers.js";

describe("German correlates in cue spans", () => {
  it("the correlate es of halten … für belongs to the cue, with the predicate right after it; a noun object does not", () => {
    expect(quotes("Die Forscher halten es für möglich, dass der Vulkan im Herbst ausbricht.", "de")).toEqual([
      ["indirect", "dass der Vulkan im Herbst ausbricht", "Die Forscher", "person", "halten es für möglich"],
    ]);
    // An adverb between them leaves the predicate a piece of its own.
    expect(quotes("Die Forscher halten es aber für möglich, dass der Vulkan im Herbst ausbricht.", "de").map((q) => q[4])).toEqual(["halten es"]);
    expect(quotes("Der Kämmerer hält den Plan für „völlig falsch und teuer“.", "de").map((q) => q[4])).toEqual(["hält", "hält"]);
  });

  it("the correlate es of a judgement with als belongs to the cue, with its adjective and the particle of ansehen", () => {
    expect(quotes("Der Senat sah es als erwiesen an, dass der Vertrag gültig sei.", "de")).toEqual([
      ["indirect", "dass der Vertrag gültig sei", "Der Senat", "institution", "sah es als erwiesen an"],
    ]);
    expect(quotes("Die Gegner betrachten es als dringend, dass die Brücke bald saniert wird.", "de").map((q) => q[4])).toEqual(["betrachten es als dringend"]);
  });

  it("sprechen davon reports the clause its correlate announces", () => {
    expect(quotes("Die Beobachter sprechen aber davon, dass die Wahl fair verlaufen sei.", "de")).toEqual([
      ["indirect", "dass die Wahl fair verlaufen sei", "Die Beobachter", "vague", "sprechen"],
    ]);
    expect(quotes("Berg spricht davon, dass der Plan gescheitert sei.", "de").map((q) => q[4])).toEqual(["spricht davon"]);
  });
});
