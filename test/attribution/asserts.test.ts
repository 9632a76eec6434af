import { describe, expect, it } from "vitest";
import { quotes, read } from "./helpers.js";

/** [quoted text, asserts something] of each quote. */
const asserting = (text: string, language: "de" | "en") => read(text, language).quotes.map((q) => [q.text, q.asserts !== false]);

describe("statements that assert nothing stay quotes, marked", () => {
  it("English: denied, withheld, supposed and asked statements assert nothing, nor do their attributions", () => {
    const text =
      "Officials did not say whether the ferry would keep running. A spokesman for the harbour board declined to comment on the dispute. " +
      "If a senior aide said the budget was short, the council would vote again. A reporter asked the mayor whether the plan was final.";
    const { quotes, attributions } = read(text, "en");
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    expect(quotes.every((q) => q.asserts === false)).toBe(true);
    expect(attributions.every((a) => a.asserts === false)).toBe(true);
  });

  it("English: a statement withheld by the verb that takes its cue asserts nothing", () => {
    expect(asserting("The talks ended. Cook declined to say whether the company would cut jobs. Lee refused to discuss the matter. Ruiz also declined to comment.", "en")).toEqual([
      ["whether the company would cut jobs", false],
      ["the matter", false],
      ["to comment", false],
    ]);
    // So does one withheld by refusing to be drawn on it.
    expect(asserting("The talks ended. Coach Ann Lee refused to be drawn on the speculation.", "en")).toEqual([["to be drawn on the speculation", false]]);
  });

  it("English: statements made stay plain, however negative their content", () => {
    expect(asserting("A spokesman said nobody was hurt. Officials said they would not reopen the bridge before May.", "en")).toEqual([
      ["nobody was hurt", true],
      ["they would not reopen the bridge before May", true],
    ]);
  });

  it("English: a negation in a relative clause inside the subject denies nothing of the main verb's", () => {
    expect(asserting("The talks ended. A diplomat who did not attend them told AFP the deal was dead.", "en").at(-1)).toEqual(["the deal was dead", true]);
    expect(asserting("The talks ended. An aide who was at the talks did not say whether the deal was dead.", "en").at(-1)?.[1]).toBe(false);
  });

  it("English: what is withheld or asked opens with its question word, never read as whom it was asked of", () => {
    expect(quotes("Lee declined to say when a deal might come. Ruiz asked when the talks would resume.", "en").map((q) => q[1])).toEqual([
      "when a deal might come",
      "when the talks would resume",
    ]);
    // After "said", "when" says when the words were said.
    expect(quotes("Roe said when he arrived the pier was closed.", "en")[0]?.[1]).not.toMatch(/^when/);
  });

  it("English: a crowd holding a view cites nobody; an unnamed role holding one is still a source", () => {
    expect(asserting("Many commuters want a cheaper ferry. Harbour officials want a cheaper ferry.", "en")).toEqual([
      ["a cheaper ferry", false],
      ["a cheaper ferry", true],
    ]);
  });

  it("German: a negation before or after the verb, a condition or a question asserts nothing", () => {
    const quotes = asserting(
      "Ein Sprecher der Reederei sagte nicht, ob die Fähre wieder fahre. Wenn ein Sprecher der Behörde sagt, alles sei in Ordnung, glaubt ihm niemand. Ein Journalist fragte den Bürgermeister, ob der Plan endgültig sei.",
      "de",
    );
    expect(quotes.length).toBeGreaterThanOrEqual(3);
    expect(quotes.every(([, asserts]) => !asserts)).toBe(true);
  });

  it("German: a speech act denied or withheld with no words of its own reports nothing", () => {
    expect(quotes("Die Reederei bestätigte den Unfall nicht.", "de")).toEqual([]);
    expect(quotes("Die Identität des Kindes gab die Behörde nicht bekannt.", "de")).toEqual([]);
    // A negation before another verb joined to the cue denies that verb only.
    expect(quotes("Der Konzern bestätigte die Zahlen nicht und nannte sie „reine Erfindung“.", "de").map((q) => q[4])).toContain("nannte");
  });

  it("German: a speech act a modal only requires or allows, in the passive, reports nothing; one made does", () => {
    expect(quotes("Die Wahl des Präsidenten muss noch vom Rat bestätigt werden.", "de")).toEqual([]);
    expect(quotes("Die Kandidatur muss vom Vorstand angekündigt werden.", "de")).toEqual([]);
    expect(quotes("Der Rat hat die Wahl des Präsidenten bestätigt.", "de")).toEqual([
      ["reported", "Der Rat hat die Wahl des Präsidenten bestätigt", "Der Rat", "institution", null],
    ]);
  });

  it("German: a negation inside the statement or in an aside before the verb asserts all the same", () => {
    const quotes = asserting("Ein Sprecher sagte, niemand sei verletzt worden. Ein Beamter, der nicht genannt werden wollte, sagte, die Gespräche stockten.", "de");
    expect(quotes[0]).toEqual(["niemand sei verletzt worden", true]);
    expect(quotes.at(-1)).toEqual([expect.stringMatching(/die Gespräche stockten$/), true]);
  });
});
