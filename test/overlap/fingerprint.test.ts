import { describe, expect, it } from "vitest";
import { fingerprintOf, tokensOf } from "../../src/overlap/fingerprint.js";
import { hashString, normaliseWord } from "../../src/overlap/tokens.js";
import { factsOf, pack } from "../helpers/analyse.js";
import { DE_FLOOD, EN_STRIKE, text } from "./texts.js";

const shared = (x: Uint32Array, y: Uint32Array) => [...x].filter((h) => y.includes(h)).length;

describe("fingerprints", () => {
  it("fold case, umlauts, ß, diacritics and inner hyphens or apostrophes", () => {
    expect(normaliseWord("Gewährleistung")).toBe(normaliseWord("gewahrleistung"));
    expect(normaliseWord("Straße")).toBe("strasse");
    expect(normaliseWord("Sánchez")).toBe("sanchez");
    expect(normaliseWord("Ukraine-Konflikt")).toBe("ukrainekonflikt");
    expect(normaliseWord("driver’s")).toBe(normaliseWord("driver's"));
  });

  it("ignore quotation marks and case: the same words give the same tokens", () => {
    const tokens = (t: string) => [...tokensOf(t, factsOf({ text: t }).words)];
    expect(tokens("„Wir haben die Lage im Griff“, sagte Huber.")).toEqual(tokens("WIR HABEN DIE LAGE IM GRIFF, sagte Huber."));
  });

  it("hash every word as its normalised form, ASCII, Latin-1 or beyond", () => {
    const t = "O'Brien's U.S.-led Rock-Band: Grüße aus Köln, DRIVER’s 2024-Bilanz, Sánchez und STRASSE. ÄRGER in Ærøskøbing, Façade, Œuvre, İstanbul, µg, Ÿvonne, naïve.";
    const words = factsOf({ text: t }).words;
    const expected = [];
    for (let i = 0; i < words.length; i += 2) expected.push(hashString(normaliseWord(t.slice(words[i], words[i + 1]))));
    expect([...tokensOf(t, words)]).toEqual(expected);
  });

  it("keep at least one hash of every shared run of eight words (winnowing's guarantee)", () => {
    const run = "der Pegel der Ilz stieg bis zum Morgen auf knapp sieben Meter";
    for (let cut = 0; cut + 8 <= run.split(" ").length; cut++) {
      const words = run.split(" ").slice(cut, cut + 8).join(" ");
      const a = factsOf({ text: `${DE_FLOOD[0]} ${words}. ${DE_FLOOD[4]}` }).fingerprint.hashes;
      const b = factsOf({ text: `${EN_STRIKE[0]} ${words}. ${EN_STRIKE[3]}` }).fingerprint.hashes;
      expect(shared(a, b), words).toBeGreaterThan(0);
    }
  });

  it("select fewer hashes than shingles, sorted and distinct", () => {
    const facts = factsOf({ text: text(DE_FLOOD) });
    const f = facts.fingerprint;
    expect(f.hashes.length).toBeGreaterThan(0);
    expect(f.hashes.length).toBeLessThan(facts.words.length / 2 / 2);
    expect([...f.hashes]).toEqual([...new Set(f.hashes)].sort((x, y) => x - y));
  });

  it("stem the content words of quotations, so inflected rewordings share keys", () => {
    const a = factsOf({ text: "„Die erzielte Einigung ebnet den Weg zum Frieden“, sagte er.", language: "de" }).fingerprint;
    const b = factsOf({ text: "„Mit den erzielten Einigungen wird der Frieden möglich“, sagte sie.", language: "de" }).fingerprint;
    expect(shared(a.quoteKeys, b.quoteKeys)).toBe(3); // erziel, einig, fried
    expect(a.quoteBounds).toEqual(Uint32Array.from([0, a.quoteStems.length]));
  });

  it("hold each sentence as its range of words, and share one buffer", () => {
    const facts = factsOf({ text: "Der Deich hielt. Am Abend sank der Pegel der Donau wieder.", language: "de" });
    expect([...facts.fingerprint.sentenceWords]).toEqual([0, 3, 3, 11]);
    const { hashes, quoteKeys, quoteStems, quoteBounds, sentenceWords } = factsOf({ text: text(EN_STRIKE) }).fingerprint;
    expect(new Set([hashes, quoteKeys, quoteStems, quoteBounds, sentenceWords].map((a) => a.buffer)).size).toBe(1);
  });

  it("are empty for empty and one-word texts", () => {
    const empty = fingerprintOf("", new Uint32Array(0), [], [], pack("de"));
    expect([empty.hashes.length, empty.quoteKeys.length, empty.quoteStems.length]).toEqual([0, 0, 0]);
    expect(factsOf({ text: "Eilmeldung" }).fingerprint.hashes.length).toBe(0);
  });

  it("do not depend on the article fingerprinted before (work buffers are reused)", () => {
    const short = { text: "„Der Deich hält“, sagte der Landrat. Am Abend sank der Pegel der Donau wieder.", language: "de" };
    const alone = factsOf(short).fingerprint;
    factsOf({ text: text(DE_FLOOD).repeat(3), language: "de" });
    const after = factsOf(short).fingerprint;
    for (const key of ["hashes", "quoteKeys", "quoteStems", "quoteBounds", "sentenceWords"] as const) expect([...after[key]], key).toEqual([...alone[key]]);
    expect(after.hashes.length).toBeGreaterThan(0);
    expect(after.quoteStems.length).toBeGreaterThan(0);
  });

  it("are plain data that survives structured cloning (worker threads)", () => {
    const facts = factsOf({ text: text(EN_STRIKE) });
    expect(structuredClone(facts)).toEqual(facts);
    expect(hashString("Frieden")).toBe(hashString("Frieden"));
  });
});
