import { describe, expect, it } from "vitest";
import { anyOf, anyOfTester } from "../../src/packs/patterns.js";

// The tester must answer exactly as the alternation does, on the texts where dropping `\b`
// would change a single pattern's answer.
const texts = [
  "Disclaimer: nothing here is advice.",
  "The nondisclaimer: a made-up word.",
  "Hinweis: Veröffentlichung honorarfrei, Belegexemplar erbeten.",
  "Kein Belegexemplarerbeten hier.",
  "Die Sache war ſ-förmig, sagte sie.",
  "A temperature of 5 \u212Aelvin was measured.",
  "Subscribe now",
  "Please subscribe now",
  "back\bspace",
  "",
];

const cases: [string, string[], string][] = [
  ["English disclaimers", ["\\bDisclaimer\\s*:", "\\bnot (?:investment|financial) advice\\b"], "giu"],
  ["German credits", ["\\bBelegexemplar erbeten\\b", "^\\S[^/\\n]{0,80}\\s/\\s*dpa\\s*$"], "giu"],
  ["a start anchor and a word boundary", ["^Subscribe (?:now|today)\\b"], "giu"],
  ["word boundaries around the long s and the Kelvin sign", ["\\b\\u017F\\b", "\\bkelvin\\b", "\\bs-förmig"], "iu"],
  ["a word boundary inside a negative lookahead", ["Disclaimer(?!\\b)", "advice(?<!\\bnot advice)"], "giu"],
  ["a backspace in a character class", ["back[\\b]space"], "iu"],
  ["an escaped backslash before b", ["\\\\b"], "iu"],
  ["case-sensitive patterns", ["\\bFacebook\\b", "\\bDisclaimer\\b"], "gu"],
];

describe("anyOfTester", () => {
  it.each(cases)("answers as the alternation does: %s", (_, sources, flags) => {
    const exact = anyOf(sources, flags.replace("g", ""))!;
    const test = anyOfTester(sources, flags);
    for (const text of texts) expect(test(text), text).toBe(exact.test(text));
  });

  it("finds a disclaimer and passes over prose in both languages", () => {
    const test = anyOfTester(["\\bDisclaimer\\s*:", "\\bBelegexemplar erbeten\\b"], "giu");
    expect(test("Disclaimer: the author holds shares.")).toBe(true);
    expect(test("Abdruck honorarfrei – Belegexemplar erbeten.")).toBe(true);
    expect(test("The nondisclaimer: a made-up word.")).toBe(false);
    expect(test("Die Regierung legte am Montag den Haushalt vor.")).toBe(false);
  });

  it("matches nothing without patterns", () => {
    expect(anyOfTester([], "giu")("Disclaimer:")).toBe(false);
  });
});
