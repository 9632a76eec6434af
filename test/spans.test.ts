import { describe, expect, it } from "vitest";
import { containing, firstAtOrAfter, neighbours } from "../src/spans.js";

const spans = [
  { start: 0, end: 10 },
  { start: 12, end: 20 },
  { start: 25, end: 40 },
];

describe("span lookups", () => {
  it("finds the first span starting at or after a position", () => {
    expect([0, 1, 12, 13, 25, 41].map((p) => firstAtOrAfter(spans, p, (s) => s.start))).toEqual([0, 1, 1, 2, 2, 3]);
  });

  it("finds the span containing another, or none across a gap", () => {
    expect(containing(spans, { start: 13, end: 20 })).toEqual({ start: 12, end: 20 });
    expect(containing(spans, { start: 0, end: 10 })).toEqual({ start: 0, end: 10 });
    expect(containing(spans, { start: 9, end: 13 })).toBeNull();
    expect(containing([], { start: 1, end: 2 })).toBeNull();
  });

  it("gives the nearest neighbours on either side", () => {
    expect(neighbours(spans, { start: 21, end: 23 }, (s) => s)).toEqual({ before: { start: 12, end: 20 }, after: { start: 25, end: 40 } });
    expect(neighbours(spans, { start: 41, end: 42 }, (s) => s)).toEqual({ before: { start: 25, end: 40 }, after: undefined });
  });
});
