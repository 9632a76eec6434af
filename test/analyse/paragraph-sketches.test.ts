import { describe, expect, test } from "vitest";
import { paragraphSketches } from "../../src/analyse/paragraph-sketches.js";
import { findParagraphs } from "../../src/analyse/segments.js";

const sketches = (text: string) => {
  const triples = paragraphSketches(text, findParagraphs(text));
  return Array.from({ length: triples.length / 3 }, (_, i) => ({ text: text.slice(triples[3 * i]!, triples[3 * i + 1]!), sketch: triples[3 * i + 2]! }));
};

describe("paragraph sketches", () => {
  test("paragraphs that differ in digits, spacing, case and punctuation share a sketch; others do not", () => {
    const [a, b, c] = sketches(
      "Dieser Artikel wurde am 3. März 2024 aktualisiert, alle Rechte vorbehalten.\n\n" +
        "DIESER ARTIKEL wurde am 17. März 2025   aktualisiert - alle Rechte vorbehalten!\n\n" +
        "This story was updated on March 3, 2024; all rights reserved by the publisher.",
    );
    expect(a!.sketch).toBe(b!.sketch);
    expect(c!.sketch).not.toBe(a!.sketch);
  });

  test("as the lowercased text reads: a dotted capital I is an i, the Kelvin sign a k", () => {
    const [plain, dotted] = sketches("Istanbul and Kiel report the temperature in kelvin today.\n\nİstanbul and \u212Aiel report the temperature in kelvin today.");
    expect(dotted!.sketch).toBe(plain!.sketch);
  });

  test("markup is not prose: embeds that differ only in their ids share a sketch", () => {
    const [a, b] = sketches('<tweet tweet-id="1">Follow us on every channel for the latest news</tweet>\n\n<tweet tweet-id="22">Follow us on every channel for the latest news</tweet>');
    expect(a!.sketch).toBe(b!.sketch);
  });

  test("short paragraphs have none; a block of short lines, as hard wrapping leaves it, has one", () => {
    const block = "Subscribe to our newsletter\nand get the best stories\nof the week delivered to\nyour inbox every Friday.";
    expect(sketches(`Quelle: dpa\n\n${block}`).map((s) => s.text)).toEqual([block]);
    // The same block wrapped at other places is the same prose.
    const rewrapped = "Subscribe to our\nnewsletter and get the best\nstories of the week delivered\nto your inbox every Friday.";
    expect(sketches(rewrapped)[0]!.sketch).toBe(sketches(block)[0]!.sketch);
  });
});
