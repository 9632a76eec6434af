import { describe, expect, it } from "vitest";
import { articlesHolding, keyIndex, sharedCount, sharedKeyPairs } from "../../src/overlap/candidates.js";
import { quotePairs } from "../../src/overlap/index.js";

const keys = (...lists: number[][]) => lists.map((l) => Uint32Array.from(l).sort());
const decode = (pairs: number[], n: number) => pairs.map((p) => [Math.floor(p / n), p % n]);

describe("candidate index", () => {
  it("pairs articles sharing enough keys, in ascending order", () => {
    const corpus = keys([1, 2, 3, 9], [7, 8], [1, 2, 3, 8], [2, 3, 4, 7, 8], [4294967295, 5, 6], [4294967295, 5, 6]);
    expect(decode(sharedKeyPairs(keyIndex(corpus), { maxArticles: 10, minShared: 2 }, () => false), corpus.length)).toEqual([
      [0, 2], [0, 3], [1, 3], [2, 3], [4, 5],
    ]);
  });

  it("ignores keys held by more articles than the limit (stock text)", () => {
    const corpus = keys([1, 2, 50], [1, 2, 60], [1, 2, 70], [3, 4, 70]);
    expect(decode(sharedKeyPairs(keyIndex(corpus), { maxArticles: 2, minShared: 1 }, () => false), corpus.length)).toEqual([[2, 3]]);
  });

  it("counts no pair the caller skips", () => {
    const corpus = keys([1, 2], [1, 2], [1, 2]);
    expect(decode(sharedKeyPairs(keyIndex(corpus), { maxArticles: 5, minShared: 2 }, (i, j) => i === 0 && j === 1), corpus.length)).toEqual([[0, 2], [1, 2]]);
  });

  it("finds nothing in empty fingerprints", () => {
    expect(sharedKeyPairs(keyIndex(keys([], [], [])), { maxArticles: 5, minShared: 1 }, () => false)).toEqual([]);
  });

  it("counts each key's articles and the keys two lists share", () => {
    const [a, b] = keys([1, 5, 9, 12], [5, 9, 13]);
    const index = keyIndex([a!, b!, ...keys([0, 9], [4294967295])]);
    expect([0, 1, 4, 5, 9, 12, 13, 4294967295].map((key) => articlesHolding(index, key))).toEqual([1, 1, 0, 2, 3, 1, 1, 1]);
    expect(sharedCount(a!, b!, () => true)).toBe(2);
    expect(sharedCount(a!, b!, (key) => key !== 9)).toBe(1);
  });
});

describe("quotation stem candidates in a large corpus", () => {
  // 5,000 articles: a stem in more than 50 is not rare, one in more than 100 (one in fifty) is stock.
  const corpus = (sharedCommon: number[]): number[][] => {
    const lists: number[][] = Array.from({ length: 5000 }, (_, i) => [100_000 + i]);
    lists[0]!.push(1, 2, ...sharedCommon);
    lists[1]!.push(1, 2, ...sharedCommon);
    // Stems 10 and 11 are quoted by 80 articles, stems 20 and 21 by 150.
    for (let i = 2; i < 150; i++) {
      if (i < 80) lists[i]!.push(10, 11);
      lists[i]!.push(20, 21);
    }
    return lists;
  };

  it("pairs quotations sharing two rare stems and two content stems no longer rare", () => {
    expect(decode(quotePairs(keys(...corpus([10, 11])), () => false), 5000)).toEqual([[0, 1]]);
  });

  it("does not count stock stems towards a pair", () => {
    expect(quotePairs(keys(...corpus([20, 21])), () => false)).toEqual([]);
  });
});
