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

  it("sprechen davon reports the clause its correlate announces", () => {
    expect(quotes("Die Beobachter sprechen aber davon, dass die Wahl fair verlaufen sei.", "de")).toEqual([
      ["indirect", "dass die Wahl fair verlaufen sei", "Die Beobachter", "vague", "sprechen"],
    ]);
    expect(quotes("Berg spricht davon, dass der Plan gescheitert sei.", "de").map((q) => q[4])).toEqual(["spricht davon"]);
  });
});
