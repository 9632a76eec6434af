import { describe, expect, it } from "vitest";
import { prefixMatches } from "../../src/attribution/prefix-scan.js";
import { attributionVocabulary } from "../../src/attribution/vocabulary.js";
import { matchSpans } from "../../src/spans.js";
import { setup } from "../helpers/rule-tester.js";

const vocabulary = (language: "de" | "en") => attributionVocabulary(setup.library.packs.get(language)!);

const GERMAN = [
  "Der Sprecher sagte am Montag, die Gespräche gingen weiter. Die Ministerin teilte später mit, sie sei zufrieden.",
  "SAGTE er. Er ſagte es leise. Das besagte Papier, die so-genannte Einigung: nichts davon erklärten sie.",
  "Die Polizei gab am Abend bekannt, dass zwei Männer festgenommen wurden; der Anwalt fügte hinzu, er werde klagen.",
  "😀sagte sie, 𝐀sagte er, „Wir bleiben“, betonte der Bürgermeister.",
  "Sie beschloss, das Amt abzugeben, und bat um Geduld. Er versprach, zu kommen",
  "sagt",
  "",
];

const ENGLISH = [
  "The minister said on Monday that talks would continue, and officials told reporters they were hopeful.",
  "SAID nobody. The so-called deal, a self-described expert: he reportedly added that it would pass.",
  "Trump wants to meet him and plans to travel, the aide said; she questioned whether it would happen.",
  "“We won,” 😀said one voter. He praised the team and warned of delays",
  "said",
];

describe("prefixMatches", () => {
  it("finds the German cue verbs and content cues where the exact scan finds them", () => {
    const { cues, contentCues } = vocabulary("de");
    for (const text of GERMAN) {
      expect(prefixMatches(cues, text)).toEqual(matchSpans(cues, text));
      expect(prefixMatches(contentCues, text)).toEqual(matchSpans(contentCues, text));
    }
    const spans = prefixMatches(cues, GERMAN[0]!);
    expect(spans.map((s) => GERMAN[0]!.slice(s.start, s.end))).toEqual(["sagte", "teilte"]);
    // Inside a word or after a hyphen no cue starts; after an astral character one does.
    expect(prefixMatches(cues, GERMAN[1]!).map((s) => GERMAN[1]!.slice(s.start, s.end))).toEqual(["SAGTE", "ſagte", "erklärten"]);
    expect(prefixMatches(cues, GERMAN[3]!).map((s) => GERMAN[3]!.slice(s.start, s.end))).toEqual(["sagte", "betonte"]);
  });

  it("finds the English cue verbs and attitudes where the exact scan finds them", () => {
    const { cues, attitudes } = vocabulary("en");
    for (const text of ENGLISH) {
      expect(prefixMatches(cues, text)).toEqual(matchSpans(cues, text));
      expect(prefixMatches(attitudes, text)).toEqual(matchSpans(attitudes, text));
    }
    expect(prefixMatches(attitudes, ENGLISH[2]!).map((s) => ENGLISH[2]!.slice(s.start, s.end))).toEqual(["wants", "plans", "questioned"]);
    expect(prefixMatches(cues, ENGLISH[4]!)).toEqual([{ start: 0, end: 4 }]);
  });

  it("finds matches shorter than the table's three characters, up to the text's end", () => {
    const short = /(?<![\p{L}])(?:a|ob|und)(?![\p{L}])/giu;
    const text = "A ob Xund und a";
    expect(prefixMatches(short, text)).toEqual(matchSpans(short, text));
    expect(prefixMatches(short, text)).toHaveLength(4);
  });

  it("keeps the exact scan for an expression that may match nothing or has a backreference", () => {
    const empty = /x*/gu;
    const repeated = /(\p{L})\1/gu;
    const text = "xx aa bc xdd";
    expect(prefixMatches(empty, text)).toEqual(matchSpans(empty, text));
    expect(prefixMatches(repeated, text)).toEqual([{ start: 0, end: 2 }, { start: 3, end: 5 }, { start: 10, end: 12 }]);
    expect(prefixMatches(null, text)).toEqual([]);
  });
});
