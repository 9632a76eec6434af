import { describe, expect, it } from "vitest";
import { sharedKeyPairs } from "../../src/overlap/candidates.js";

const keys = (...lists: number[][]) => lists.map((l) => Uint32Array.from(l).sort());
const decode = (pairs: number[], n: number) => pairs.map((p) => [Math.floor(p / n), p % n]);

describe("candidate index", () => {
  it("pairs articles sharing enough keys, in ascending order", () => {
    const corpus = keys([1, 2, 3, 9], [7, 8], [1, 2, 3, 8], [2, 3, 4, 7, 8], [4294967295, 5, 6], [4294967295, 5, 6]);
    expect(decode(sharedKeyPairs(corpus, { maxArticles: 10, minShared: 2 }, () => false), corpus.length)).toEqual([
      [0, 2], [0, 3], [1, 3], [2, 3], [4, 5],
    ]);
  });

  it("ignores keys held by more articles than the limit (stock text)", () => {
    const corpus = keys([1, 2, 50], [1, 2, 60], [1, 2, 70], [3, 4, 70]);
    expect(decode(sharedKeyPairs(corpus, { maxArticles: 2, minShared: 1 }, () => false), corpus.length)).toEqual([[2, 3]]);
  });

  it("counts no pair the caller skips", () => {
    const corpus = keys([1, 2], [1, 2], [1, 2]);
    expect(decode(sharedKeyPairs(corpus, { maxArticles: 5, minShared: 2 }, (i, j) => i === 0 && j === 1), corpus.length)).toEqual([[0, 2], [1, 2]]);
  });

  it("finds nothing in empty fingerprints", () => {
    expect(sharedKeyPairs(keys([], [], []), { maxArticles: 5, minShared: 1 }, () => false)).toEqual([]);
  });
});
