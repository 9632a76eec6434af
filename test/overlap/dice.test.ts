import stringSimilarity from "string-similarity";
import { describe, expect, it } from "vitest";
import { bigrams, dice } from "../../src/overlap/dice.js";
import { DE_COUNCIL, DE_FLOOD, EN_FLOOD, EN_STRIKE } from "./texts.js";

const pairs: [string, string][] = [
  ["Der Pegel der Ilz stieg bis zum Morgen auf knapp sieben Meter.", "Der Pegel der Ilz stieg bis zum Mittag auf fast sieben Meter."],
  ["The operator said only a skeleton timetable would run.", "The operator says only a skeletal timetable will run."],
  [DE_FLOOD[0]!, DE_COUNCIL[0]!],
  [EN_FLOOD[2]!, EN_STRIKE[2]!],
  ["aaaa", "aaa"],
  ["a", "ab"],
];

describe("sentence Dice", () => {
  it("equals string-similarity's compareTwoStrings (the oracle) on precomputed bigrams", () => {
    for (const [x, y] of pairs) {
      expect(dice(bigrams(x), bigrams(y)), `${x} ~ ${y}`).toBeCloseTo(stringSimilarity.compareTwoStrings(x, y), 10);
    }
  });

  it("is 1 for the same sentence and 0 against nothing", () => {
    expect(dice(bigrams(DE_FLOOD[1]!), bigrams(DE_FLOOD[1]!))).toBe(1);
    expect(dice(bigrams(DE_FLOOD[1]!), bigrams(""))).toBe(0);
  });
});
