// The decisions both backends share: what adding a batch does, and which candidates are kept.
import { describe, expect, it } from "vitest";
import { rankCandidates } from "../../src/archive/candidates.js";
import { planAdd } from "../../src/archive/plan.js";
import { record } from "./records.js";

describe("planAdd", () => {
  const wahl = record({ id: "wahl", text: "Die Wahlbeteiligung lag bei 61 Prozent, teilte der Kreiswahlleiter am Sonntagabend mit." });
  const storm = record({ id: "storm", text: "The storm brought down power lines across the valley overnight, the utility said.", language: "en" });

  it("stores new ids as version 1, leaves unchanged ones, and versions changed content", () => {
    const corrected = record({ id: "wahl", text: "Die Wahlbeteiligung lag bei 63 Prozent, teilte der Kreiswahlleiter am Sonntagabend mit." });
    const plan = planAdd([corrected, storm], new Map([["wahl", { version: 2, contentHash: wahl.contentHash }]]));
    expect(plan.results).toEqual([{ id: "wahl", status: "version", version: 3 }, { id: "storm", status: "new", version: 1 }]);
    expect(plan.supersede).toEqual(["wahl"]);
    expect(plan.inserts.map((i) => [i.record.id, i.version])).toEqual([["wahl", 3], ["storm", 1]]);
    expect(planAdd([storm], new Map([["storm", { version: 1, contentHash: storm.contentHash }]]))).toEqual({ results: [{ id: "storm", status: "unchanged", version: 1 }], inserts: [], supersede: [] });
  });

  it("stores an id that a batch repeats once, as its last occurrence", () => {
    const later = record({ id: "storm", text: "Update: power has been restored to most homes in the valley, the utility said on Tuesday.", language: "en" });
    const plan = planAdd([storm, later], new Map());
    expect(plan.inserts.map((i) => i.record.contentHash)).toEqual([later.contentHash]);
  });
});

describe("rankCandidates", () => {
  it("keeps per new article those sharing the most keys, ties by id", () => {
    const found = [
      { query: 1, id: "b", sharedHashes: 3, sharedQuotes: 0 },
      { query: 0, id: "z", sharedHashes: 9, sharedQuotes: 0 },
      { query: 0, id: "c", sharedHashes: 3, sharedQuotes: 1 },
      { query: 0, id: "a", sharedHashes: 4, sharedQuotes: 0 },
    ];
    const kept = rankCandidates(found, { minSharedHashes: 3, minSharedQuotes: 4, maxKeyArticles: 1000, maxPerArticle: 2 });
    expect(kept.map((c) => [c.query, c.id])).toEqual([[0, "z"], [0, "a"], [1, "b"]]);
  });
});
