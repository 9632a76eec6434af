import { describe, expect, it } from "vitest";
import { quotes, read } from "./helpers.js";

describe("English subjects described by a count or by what they know", () => {
  it("a counted share of a crowd speaks its clause", () => {
    expect(quotes("About 3 in 10 say they expect the new council to raise bus fares.", "en")).toEqual([
      ["indirect", "they expect the new council to raise bus fares", "About 3 in 10", "person", "say"],
    ]);
    expect(quotes("In Ohio, about half of likely primary voters said they distrust both parties.", "en")).toEqual([
      ["indirect", "they distrust both parties", "about half of likely primary voters", "person", "said"],
    ]);
    expect(quotes("Two in three said the new toll road was a waste of money.", "en")).toEqual([
      ["indirect", "the new toll road was a waste of money", "Two in three", "person", "said"],
    ]);
  });

  it("a ratio with words between its numbers, and a share after a preposition that approximates it, speak", () => {
    expect(quotes("About three out of 10 drivers said the toll was too high.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["the toll was too high", "About three out of 10 drivers"],
    ]);
    expect(quotes("At least half of the drivers in each county say the toll is too high.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["the toll is too high", "At least half of the drivers in each county"],
    ]);
    expect(quotes("At 40 miles an hour the drivers said nothing.", "en")).toEqual([]);
  });

  it("a role described by what it knows speaks its clause", () => {
    const found = quotes("A person familiar with the negotiations says the union will accept the offer.", "en");
    expect(found.map(([kind, text, speaker, , cue]) => [kind, text, speaker, cue])).toEqual([
      ["indirect", "the union will accept the offer", "A person familiar with the negotiations", "says"],
    ]);
    // A clause set off between it and its verb is skipped, as after any subject.
    expect(quotes("An official familiar with the talks, who declined to be named, said a deal was near.", "en").map((q) => [q[1], q[2], q[3]])).toEqual([
      ["a deal was near", "An official familiar with the talks", "anonymous"],
    ]);
    expect(quotes("A person familiar with the matter, who was not authorized to discuss it, said the talks had stalled.", "en").map((q) => q[2])).toEqual([
      "A person familiar with the matter",
    ]);
  });

  it("a participle's clause opening the sentence is no name set off before the subject", () => {
    expect(quotes("The talks stalled. Speaking to reporters in Geneva, Lee said progress was slow.", "en").map((q) => q[2])).toEqual(["Lee"]);
    expect(read("The talks stalled. Speaking in Geneva, the envoy said progress was slow.", "en").attributions.map((a) => a.chain)).toEqual([["envoy"]]);
  });

  it("a lowercase noun after a capitalised attribute is the subject's, before a progressive too", () => {
    expect(quotes("The race tightened. The Florida senator is predicting that he will win.", "en").map((q) => [q[2], q[3], q[4]])).toEqual([
      ["The Florida senator", "person", "is predicting"],
    ]);
  });

  it("a subject described by a participle and its circumstances speaks its clause", () => {
    expect(quotes("A harbor survey released last week showed most ferry riders want a later last boat.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["most ferry riders want a later last boat", "A harbor survey released last week", "showed"],
    ]);
    expect(quotes("The audit published Tuesday found that the toll office overcharged drivers.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["that the toll office overcharged drivers", "The audit published Tuesday"],
    ]);
    // A phrase of place or time opened by a preposition stays no subject, described or not.
    expect(quotes("In a report released last week, the harbor board said ferry riders want a later last boat.", "en").map((q) => q[2])).toEqual([
      "the harbor board",
    ]);
  });

  it("phrases joined by a coordinator at the opening of the clause are one subject", () => {
    expect(quotes("Ferry captains and dock workers in the harbor say the new schedule is unsafe.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["the new schedule is unsafe", "Ferry captains and dock workers in the harbor"],
    ]);
    // An object joined to a subject inside the clause before ("praised the captains and workers") stays apart.
    expect(quotes("The mayor praised the captains and workers said the schedule was unsafe.", "en").map((q) => q[2])).toContain("workers");
  });

  it("a word in an adjective's shape right after an article is the noun of the subject", () => {
    expect(quotes("But the missive suggests that the council will vote again.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["that the council will vote again", "the missive"],
    ]);
    expect(quotes("The editorial argued that the mayor should resign.", "en").map((q) => q[2])).toEqual(["The editorial"]);
  });

  it("a document a cue's adverbs name ('said in a statement') heads a subject its article opens, with its issuer", () => {
    const text =
      "The talks ended. A statement from the ministry said the talks were over. A statement by the ministry said the port was closed. A ministry statement said the pier was safe. “The rule stands,” said the ruling.";
    expect(quotes(text, "en").map((q) => [q[1], q[2], q[3]])).toEqual([
      ["the talks were over", "A statement from the ministry", "institution"],
      ["the port was closed", "A statement by the ministry", "institution"],
      ["the pier was safe", "A ministry statement", "institution"],
      ["“The rule stands,”", "the ruling", "institution"],
    ]);
    expect(read(text, "en").attributions.map((a) => a.chain)).toEqual([["ministry"], ["ministry"], ["ministry statement"], ["ruling"]]);
    // Governed by a preposition it stays the cue's: "said in a written statement".
    expect(quotes("The talks ended. Lee said in a written statement that the port was closed.", "en").map((q) => q[2])).toEqual(["Lee"]);
  });

  it("a verb and its infinitive marker before the cue stand between the subject and the cue", () => {
    expect(quotes("Her advisers continued to assure her that the merger was worth the risk.", "en").map((q) => [q[2], q[4]])).toEqual([
      ["Her advisers", "continued to assure"],
    ]);
    // So do a day between the verb and its marker; the subject is no description running up to the marker.
    expect(quotes("European leaders gathered Friday to discuss the harbor budget.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["the harbor budget", "European leaders", "to discuss"],
    ]);
    // "how to" is no verb of the subject's.
    expect(quotes("She spent years learning how to say that she was sorry.", "en").map((q) => q[2])).not.toContain("She spent years learning how");
  });

  it("a number that counts nobody, or a phrase of place, is no subject", () => {
    expect(quotes("No one expected a long debate on the harbor budget.", "en")).toEqual([]);
    expect(quotes("In 2014 the old bridge was closed for repairs.", "en")).toEqual([]);
  });
});

describe("English attitudes of a counted share of a crowd", () => {
  it("the share holds the attitude, read whole over its places", () => {
    expect(quotes("Only about 4 in 10 voters in each county want the new road to be paved.", "en")).toEqual([
      ["indirect", "the new road to be paved", "Only about 4 in 10 voters in each county", "person", "want"],
    ]);
  });

  it("inside another's statement the share's attitude is part of it", () => {
    expect(quotes("Lee said 4 in 10 voters in each county want the new road to be paved.", "en")).toEqual([
      ["indirect", "4 in 10 voters in each county want the new road to be paved", "Lee", "person", "said"],
    ]);
  });
});

describe("English subjects the phrase reader leaves unread, before a clause without “that”", () => {
  it("the cue of the sentence's own subject introduces its clause; the subject runs from the clause's start to the verb", () => {
    expect(quotes("Numerous veterans interviewed at rallies this week said they had no problem with the comments.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["they had no problem with the comments", "Numerous veterans interviewed at rallies", "said"],
    ]);
    expect(quotes("Still, none of the scholars I interviewed this week thought a compromise was likely.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["a compromise was likely", "none of the scholars I interviewed"],
    ]);
  });

  it("not after another cue or a “that” in the clause, nor where the subject read stops before a determiner", () => {
    expect(quotes("Lee said the board rejected the offer.", "en").filter((q) => q[0] === "indirect")).toEqual([
      ["indirect", "the board rejected the offer", "Lee", "person", "said"],
    ]);
    expect(quotes("No one expected a long debate on the harbor budget.", "en")).toEqual([]);
  });
});
