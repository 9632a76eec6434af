import { describe, expect, test } from "vitest";
import { excerpt } from "../../src/report/excerpt.js";
import { germanText, spanOf } from "./fixture.js";

describe("excerpt", () => {
  test("short texts are shown whole around the match, line breaks as pilcrows", () => {
    const text = "Erste Zeile.\nZweite Zeile mit Quelle: Agenturen.";
    expect(excerpt(text, spanOf(text, "Quelle: Agenturen"))).toEqual({
      before: "Erste Zeile. ¶ Zweite Zeile mit ",
      match: "Quelle: Agenturen",
      after: ".",
    });
  });

  test("long texts are cut between words with ellipses", () => {
    const words = Array.from({ length: 60 }, (_, index) => `wort${index}`).join(" ");
    const text = `${words} TREFFER ${words}`;
    const { before, match, after } = excerpt(text, spanOf(text, "TREFFER"), 40);
    expect(match).toBe("TREFFER");
    // Whole words only: the cuts land on spaces.
    expect(before).toMatch(/^…(wort\d+ )+$/);
    expect(after).toMatch(/^( wort\d+)+…$/);
    expect(before.length).toBeLessThanOrEqual(41);
    expect(after.length).toBeLessThanOrEqual(41);
  });

  test("a very long match keeps its start and end", () => {
    const text = "a".repeat(500);
    const { match } = excerpt(text, { start: 0, end: 500 }, 20);
    expect(match).toBe(`${"a".repeat(20)} … ${"a".repeat(20)}`);
  });

  test("never splits a surrogate pair", () => {
    const text = `${"🙂".repeat(50)}X${"🙂".repeat(50)}`;
    const { before, after } = excerpt(text, spanOf(text, "X"), 11);
    expect(before).toBe(`…${"🙂".repeat(5)}`);
    expect(after).toBe(`${"🙂".repeat(6)}…`);
    expect(excerpt(germanText, spanOf(germanText, "will")).before).toContain("🙂");
  });
});
