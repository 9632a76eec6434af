import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/analyse/language.js";
import { setup } from "../helpers/analyse.js";

const detect = (text: string, declared: string | null = null) => detectLanguage(text, declared, setup.library.packs);

const GERMAN = "Bei dem Brand in einer Lagerhalle wurden am Freitag zwei Feuerwehrleute leicht verletzt. Die Ursache ist noch unklar, die Polizei ermittelt.";
const ENGLISH = "The Senate passed the bill on Friday after a long debate, and the House is expected to vote on it next week.";
const FRENCH = "Le président de la République a annoncé vendredi une série de mesures pour soutenir les agriculteurs touchés par la sécheresse dans le sud du pays.";
const DUTCH = "De regering heeft vrijdag een reeks maatregelen aangekondigd om de boeren te steunen die door de droogte zijn getroffen.";

describe("detectLanguage", () => {
  it("recognises German and English news prose", () => {
    expect(detect(GERMAN)).toBe("de");
    expect(detect(ENGLISH)).toBe("en");
  });

  it("trusts the text over a wrong declaration", () => {
    expect(detect(GERMAN, "en")).toBe("de");
    expect(detect(ENGLISH, "de")).toBe("en");
  });

  it("does not take French or Dutch for German or English", () => {
    expect(detect(FRENCH)).toBeNull();
    expect(detect(DUTCH)).toBeNull();
  });

  it("keeps a declared language that has no pack", () => {
    expect(detect(FRENCH, "fr")).toBe("fr");
  });

  it("keeps a declared pack language a sentence or two does not contradict", () => {
    // franc's trigrams alone take this sentence for German.
    expect(detect("Ansari told reporters in Doha that mediators were optimistic.", "en")).toBe("en");
    expect(detect("Die Regierung hat am Montag in Berlin beraten.", "de")).toBe("de");
  });

  it("drops a declared pack language the text contradicts", () => {
    expect(detect(FRENCH, "de")).toBeNull();
  });

  it("falls back to the declaration for too short a text", () => {
    expect(detect("Eilmeldung: Rücktritt", "de")).toBe("de");
    expect(detect("Eilmeldung: Rücktritt")).toBeNull();
  });
});
