import { describe, expect, it } from "vitest";
import { read } from "./helpers.js";

/** [quoted text, unsaid] of each quote. */
const unsaid = (text: string, language: "de" | "en") => read(text, language).quotes.map((q) => [q.text, q.unsaid ?? false]);

describe("statements nobody made stay quotes, marked unsaid", () => {
  it("English: denied, withheld and supposed statements are unsaid, their attributions too", () => {
    const text = "Officials did not say whether the ferry would keep running. A spokesman for the harbour board declined to comment on the dispute. If a senior aide said the budget was short, the council would vote again.";
    const { quotes, attributions } = read(text, "en");
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(quotes.every((q) => q.unsaid)).toBe(true);
    expect(attributions.every((a) => a.unsaid)).toBe(true);
  });

  it("English: statements made stay plain, however negative their content", () => {
    expect(unsaid("A spokesman said nobody was hurt. Officials said they would not reopen the bridge before May.", "en")).toEqual([
      ["nobody was hurt", false],
      ["they would not reopen the bridge before May", false],
    ]);
  });

  it("German: a negation before or after the verb, or a condition, makes the statement unsaid", () => {
    const quotes = unsaid("Ein Sprecher der Reederei sagte nicht, ob die Fähre wieder fahre. Wenn ein Sprecher der Behörde sagt, alles sei in Ordnung, glaubt ihm niemand.", "de");
    expect(quotes.length).toBeGreaterThanOrEqual(2);
    expect(quotes.every(([, flag]) => flag)).toBe(true);
  });

  it("German: a negation inside the statement or in an aside before the verb leaves it made", () => {
    const quotes = unsaid("Ein Sprecher sagte, niemand sei verletzt worden. Ein Beamter, der nicht genannt werden wollte, sagte, die Gespräche stockten.", "de");
    expect(quotes[0]).toEqual(["niemand sei verletzt worden", false]);
    expect(quotes.at(-1)).toEqual([expect.stringMatching(/die Gespräche stockten$/), false]);
  });
});
