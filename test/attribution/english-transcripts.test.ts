import { describe, expect, it } from "vitest";
import { quotes } from "./helpers.js";

describe("English interview transcripts", () => {
  it("each turn a label opens is its speaker's statement, the colon its cue", () => {
    const text = [
      "Mayor on the flood",
      "The mayor spoke to us on Monday.",
      "Q: Did the city expect the river to rise so fast?",
      "A: No, nobody here had seen water like that before.",
      "ORTIZ: We will rebuild every house on the street.",
      "Q: When will the families return?",
      "ANN ORTIZ: Not before the spring, I am afraid.",
      "A: The council will vote on the money next week.",
    ].join("\n\n");
    expect(quotes(text, "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["Did the city expect the river to rise so fast", "Q", ":"],
      ["No, nobody here had seen water like that before", "A", ":"],
      ["We will rebuild every house on the street", "ORTIZ", ":"],
      ["When will the families return", "Q", ":"],
      ["Not before the spring, I am afraid", "ANN ORTIZ", ":"],
      ["The council will vote on the money next week", "A", ":"],
    ]);
  });

  it("a label that opens one paragraph only is a heading, and a figure after a label no turn", () => {
    const text = [
      "Mayor on the flood",
      "The river rose overnight.",
      "Correction: An earlier version of this story misstated the date.",
      "Ortiz: 1,547.",
      "Ortiz: 912.",
    ].join("\n\n");
    expect(quotes(text, "en")).toEqual([]);
  });
});
