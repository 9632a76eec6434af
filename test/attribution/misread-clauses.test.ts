import { describe, expect, it } from "vitest";
import { quotes, read } from "./helpers.js";

describe("quotations a cue does not close", () => {
  it("a quoted title inside the sentence is no statement of the cue after it; the cue's own clause is", () => {
    const text = "In an interview on the podcast “The Long Table” out Friday, Greta Sandoval said her guild is going into “overdrive” against the mayor.";
    expect(quotes(text, "en").map((q) => [q[0], q[1], q[2], q[4]])).toEqual([
      ["indirect", "her guild is going into “overdrive” against the mayor", "Greta Sandoval", "said"],
    ]);
  });

  it("a quotation ending on its comma is still closed by the cue after it", () => {
    expect(quotes("“We will win this state,” the governor said.", "en")).toEqual([["direct", "“We will win this state,”", "the governor", "person", "said"]]);
  });
});

describe("English subjects set off by commas", () => {
  it("words before a cue with no speaker found are its subject, not what it says", () => {
    const found = quotes("Among likely club members, about three-quarters, 74 percent, say they will vote for Berger.", "en");
    expect(found.map((q) => q[1])).not.toContain("Among likely club members, about three-quarters, 74 percent");
  });

  it("a short clause whose verb reads as a noun is said, a speaker after the cue closing the sentence", () => {
    expect(quotes("The storm hit, said meteorologist Ann Lee.", "en").map((q) => [q[1], q[2]])).toEqual([["The storm hit", "meteorologist Ann Lee"]]);
  });

  it("an inverted speaker after the cue still speaks the clause before it", () => {
    expect(quotes("The council's silence may be deliberate, said Marta Ellison, a lecturer at Tarrow College.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["The council's silence may be deliberate", "Marta Ellison"],
    ]);
  });

  it("a subject with an appositive after a coordinator opening the sentence speaks, as it does without one", () => {
    const expected = [["indirect", "the wards were full", "Ann Ortiz", "person", "said"]];
    expect(quotes("But Ann Ortiz, a nurse with the county clinic, said the wards were full.", "en")).toEqual(expected);
    expect(quotes("Ann Ortiz, a nurse with the county clinic, said the wards were full.", "en")).toEqual(expected);
  });

  it("a subject speaks over an aside between dashes or a relative clause in brackets after it", () => {
    expect(quotes("Ann Ortiz - the clinic's head nurse - told the board that the wards were full.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["that the wards were full", "Ann Ortiz"],
    ]);
    // A dash typed as two hyphens sets the relative clause off as "—" does: its pronoun stands for the subject.
    expect(quotes("The senator -- who has opposed every budget since 2009 -- said the tax would pass.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["every budget since 2009", "who (The senator)"],
      ["the tax would pass", "The senator"],
    ]);
    expect(quotes("Lee (who has led the county board since 2009 and chairs its budget panel) said the tax would pass.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["the tax would pass", "Lee"],
    ]);
  });

  it("a party and state label after a name, set off by commas or in brackets, is part of the speaker", () => {
    expect(quotes("Sen. Ann Ortiz, D-Ore., told The Courier that the vote would wait.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["that the vote would wait", "Sen. Ann Ortiz, D-Ore."],
    ]);
    expect(quotes("Sen. Ann Ortiz, R-S.C., the panel's chairwoman, said the vote would wait.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["the vote would wait", "Sen. Ann Ortiz, R-S.C., the panel's chairwoman"],
    ]);
    expect(quotes("Sen. Ann Ortiz (D-Ore.), said the vote would wait.", "en").map((q) => [q[1], q[2]])).toEqual([["the vote would wait", "Sen. Ann Ortiz"]]);
  });

  it("a role set off by commas speaks where it ends in its holder's name", () => {
    expect(quotes("Her husband, county judge Tom Baker, said the court would close.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["the court would close", "Her husband, county judge Tom Baker"],
    ]);
  });

  it("a share in figures with its percent sign speaks", () => {
    expect(quotes("In Ohio, 42% of voters said the economy mattered most.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["the economy mattered most", "42% of voters"],
    ]);
  });

  it("“say” between commas is an adverb, and adding to something says nothing", () => {
    expect(quotes("Even if she narrows the gap to, say, single digits, she could win.", "en")).toEqual([]);
    expect(quotes("The latest delay adds to the confusion around the stadium project.", "en")).toEqual([]);
  });

  it("“all told” sums up, with a comma or without; nobody told anything", () => {
    expect(quotes("All told, the groups spent more than $2 million on phone banking.", "en")).toEqual([]);
    expect(quotes("All told up to 5 million people could be eligible for the programs.", "en")).toEqual([]);
    expect(quotes("All the senators told reporters that the vote would wait.", "en").map((q) => [q[1], q[4]])).toEqual([["that the vote would wait", "told"]]);
  });
});

describe("German relative clauses after a cue", () => {
  it("a relative clause after the speaker says who the speaker is, not what was said", () => {
    const text = "„In zehn Jahren wird diese Stadt kaum wiederzuerkennen sein“, sagte Jonas Keller, der den Plan ausgearbeitet hatte.";
    expect(quotes(text, "de").map((q) => [q[0], q[1]])).toEqual([["direct", "„In zehn Jahren wird diese Stadt kaum wiederzuerkennen sein“"]]);
  });

  it("one in the Konjunktiv reports, and an article before a noun opens indirect speech", () => {
    const relative = quotes("Der Staatschef kündigte einen Vorschlag an, der das Abkommen untergraben werde.", "de").map((q) => q[1]);
    expect(relative).toContain("der das Abkommen untergraben werde");
    expect(quotes("Er sagte, die neue Regierung habe versagt.", "de").map((q) => [q[0], q[1]])).toEqual([["indirect", "die neue Regierung habe versagt"]]);
  });

  it("a relative clause closing the sentence does not report the main clause before it", () => {
    const found = quotes("Die Fässer auf dem Hof gehören der Brauerei Lindner, die den Fund inzwischen bestätigte.", "de");
    expect(found.map((q) => q[1])).not.toContain("Die Fässer auf dem Hof gehören der Brauerei Lindner");
  });

  it("a comment clause with wie is followed by a clause of reason, which is no statement", () => {
    const found = quotes("Die Flut wird nicht so schlimm sein, wie zunächst angenommen, weil der Regen inzwischen nachgelassen hat.", "de");
    expect(found.map((q) => q[1])).not.toContain("weil der Regen inzwischen nachgelassen hat");
  });

  it("a comment clause with wie after an object is who said the sentence, not what the verb before it holds", () => {
    expect(quotes("Auch die Bahn rechnet mit Verspätungen, wie eine Sprecherin sagte.", "de")).toEqual([
      ["indirect", "Auch die Bahn rechnet mit Verspätungen", "eine Sprecherin", "anonymous", "sagte"],
    ]);
  });

  it("a comment clause closing the sentence on its cue reports the clause before it, whatever time and place stand in it", () => {
    expect(quotes("Die Temperatur lag bei 21 Grad, wie der DWD am Montag in Offenbach mitteilte.", "de")).toEqual([
      ["indirect", "Die Temperatur lag bei 21 Grad", "der DWD", "institution", "mitteilte"],
    ]);
    // Not a comparison set off before the cue's clause.
    expect(quotes("Von einigen Rednern, wie zum Beispiel von Vertretern Russlands, wurde die Souveränität betont.", "de").map((q) => q[4])).not.toContain("betont");
  });

  it("an English \"as\" clause closing the sentence on its cue reports the clause before it, not itself", () => {
    expect(quotes("Moscow has moved new missiles to the border, as Tass reported on Monday.", "en")).toEqual([
      ["indirect", "Moscow has moved new missiles to the border", "Tass", "agency", "reported"],
    ]);
    expect(quotes("The ceasefire is holding, as the ministry said in a statement.", "en").map((q) => q[1])).toEqual(["The ceasefire is holding"]);
    // Not one before a colon, which announces the quotation after it.
    expect(quotes("It was a turning point, as the foundation notes: \"In 1960, some 90 young conservatives met in Sharon.\"", "en").map((q) => [q[1].slice(0, 8), q[4]])).toContainEqual(["\"In 1960", "notes"]);
  });

  it("an outlet's comment clause with wie passes on the statement before it, which ends at its comma", () => {
    const text = "Der Kreml sagte, die Angriffe seien eine Reaktion, wie die Staatsagentur Tass meldete.";
    expect(quotes(text, "de")).toContainEqual(["indirect", "die Angriffe seien eine Reaktion", "Der Kreml", "institution", "sagte"]);
    expect(read(text, "de").attributions.map((a) => a.chain)).toContainEqual(["Kreml", "Tass"]);
    // The outlet named again by its kind's noun is the one named before.
    const again = "Die Kommission kam laut Süddeutscher Zeitung zu dem Schluss, dass er abgeschrieben habe, wie die Zeitung schreibt.";
    expect(read(again, "de").attributions.map((a) => a.chain)).toContainEqual(["Kommission", "Süddeutscher Zeitung"]);
  });

  it("a clause closing on a quotation after words of its own is what \"so\" reports, the quotation a quote beside it", () => {
    expect(quotes("Die Mannschaft habe „naiv verteidigt“, so Trainer Jan Ott im Interview mit DAZN.", "de").map((q) => [q[0], q[1], q[2]])).toEqual([
      ["indirect", "Die Mannschaft habe „naiv verteidigt“", "Trainer Jan Ott"],
      ["direct", "„naiv verteidigt“", "Trainer Jan Ott"],
    ]);
    expect(quotes("„Wir waren naiv“, so Trainer Jan Ott.", "de").map((q) => q[0])).toEqual(["direct"]);
  });

  it("ausgerechnet before a phrase is a particle, no figure worked out", () => {
    const found = quotes("Die Entscheidung fiel ausgerechnet am Geburtstag von Jonas Berg, wie das Gericht mitteilte.", "de");
    expect(found.map((q) => [q[1], q[2]])).toEqual([["Die Entscheidung fiel ausgerechnet am Geburtstag von Jonas Berg", "das Gericht"]]);
    expect(quotes("Der Verband hat ausgerechnet, dass jeder Gast 90 Euro ausgibt.", "de").map((q) => q[4])).toEqual(["hat ausgerechnet"]);
  });
});

describe("a time of day", () => {
  it("its colon is no colon announcing a statement", () => {
    const found = quotes("Die Sitzung begann. Dies berichtete das Regionalradio am Freitag in seiner 19:30 Uhr Sendung.", "de");
    expect(found.map((q) => q[1])).not.toContain("30 Uhr Sendung");
    expect(found.map((q) => q[2])).toContain("das Regionalradio");
  });
});

describe("German present-tense plurals", () => {
  it("a plural subject's cue in the present tense reports as the singular does", () => {
    expect(quotes("Die Stadtwerke bezeichnen die Erhöhung als Notlösung.", "de").map((q) => [q[0], q[2]])).toEqual([["reported", "Die Stadtwerke"]]);
  });
});

describe("English possessives before an adverb and a participle", () => {
  it("a name's possessive, an adverb in -ly and a participle before a noun are no subject and cue; a statement noun keeps its possessor", () => {
    const text = "For the mayor, Dover's emotionally charged vote is a test. Ruiz's plan to widen the pier failed.";
    expect(quotes(text, "en").map((q) => [q[2], q[4]])).toEqual([["Ruiz's", "plan"]]);
  });

  it("a possessor holds the noun inside a clause, from its article, a link or after a verb's form before a capital", () => {
    expect(quotes("The judge blocked the city's plan to close the pier.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["to close the pier", "the city's", "plan"],
    ]);
    expect(quotes("The court canceled Mr. Hannity's plans to attend the rally.", "en").map((q) => q[2])).toEqual(["Mr. Hannity's"]);
  });
});

describe("English relative pronouns apart from their verb", () => {
  it("a phrase opening the relative clause is its subject; the pronoun is its object", () => {
    const found = quotes("Carter called a hearing on the merger, which business news media claimed now allows Norvik to raise prices.", "en");
    expect(found.find((q) => q[4] === "claimed")?.[2]).toBe("business news media");
  });

  it("circumstances between the pronoun and its verb leave the antecedent speaking", () => {
    const found = quotes("The ruling echoed Judge Marlow, who in three prior opinions had made clear that the fee stands.", "en");
    expect(found.find((q) => q[1] === "that the fee stands")?.[2]).toContain("Marlow");
  });
});

describe("English relative clauses inside the subject", () => {
  it("a relative clause opening with a past form or a present in -s leaves its antecedent speaking", () => {
    expect(quotes("The judges who heard the case said the problem was the ID.", "en")).toEqual([
      ["indirect", "the problem was the ID", "The judges", "person", "said"],
    ]);
    expect(quotes("A man who lives nearby said the road was closed.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([["the road was closed", "A man", "said"]]);
    // Irregular past forms too (`past-form-shape`).
    expect(quotes("The man who sold the boat said the hull was sound.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([["the hull was sound", "The man", "said"]]);
  });

  it("so does one opening on “that” after the noun opening the sentence; “that” after a noun later in it stays a clause of its own", () => {
    expect(quotes("The firm that built the bridge said it was safe.", "en")).toEqual([["indirect", "it was safe", "The firm", "institution", "said"]]);
    expect(quotes("Officials that reviewed the plan said it was safe.", "en").map((q) => q[2])).toEqual(["Officials"]);
    // An earlier relative pronoun holds the cue where "that" opens no such clause.
    expect(quotes("A mayor who fought the plan that cut the budget and who hoped to win said the vote was close.", "en").map((q) => q[2])).toContain("A mayor");
    expect(quotes("Lee noted that studies showed the drug works.", "en")[0]?.slice(1, 3)).toEqual(["that studies showed the drug works", "Lee"]);
  });

  it("a name set off after the clause before the verb names the antecedent; an aside or a state after a place is read past", () => {
    const found = (text: string) => read(text, "en").attributions.map((a) => [a.chain, a.links.map((l) => l.type)]);
    expect(found("The company that makes the drug, Novex, said it would seek approval.")).toEqual([[["Novex"], ["institution"]]]);
    expect(quotes("Officials who reviewed the plan, including Ann Lee, said it was safe.", "en").map((q) => q[2])).toEqual(["Officials"]);
    expect(quotes("Residents who live near the plant in Toledo, Ohio, said the smell was bad.", "en").map((q) => q[2])).toEqual(["Residents"]);
  });

  it("a parenthetical phrase between the subject and its verb leaves the subject speaking", () => {
    expect(quotes("The judges who heard the case, for instance, said the problem was the ID.", "en")).toEqual([
      ["indirect", "the problem was the ID", "The judges", "person", "said"],
    ]);
    expect(quotes("The judges who heard the case, however, said the problem was the ID.", "en").map((q) => q[2])).toEqual(["The judges"]);
  });
});

describe("English titles after a hyphenated prefix", () => {
  it("the stop of then-Sen. does not end the reported sentence", () => {
    const found = quotes("Perez argued that the gap between Lang and then-Sen. Mara Osei was narrower than it is today.", "en");
    expect(found.map((q) => q[1])).toContain("that the gap between Lang and then-Sen. Mara Osei was narrower than it is today");
  });

  it("a hyphenated word before a real full stop still ends the sentence", () => {
    const found = quotes("Perez argued that the plan was long-term. Lang disagreed.", "en");
    expect(found.map((q) => q[1])).toContain("that the plan was long-term");
  });
});

describe("English cues announcing with a colon", () => {
  it("the quotation after the colon takes the cue; the announcing sentence states nothing", () => {
    const found = quotes("The board met on Monday.\n\nDr. Amara Lind stated:\n\n\"The new rule is unfair to every tenant in the county.\"", "en");
    expect(found.map((q) => [q[0], q[2], q[4]])).toEqual([["direct", "Dr. Amara Lind", "stated"]]);
  });

  it("with no quotation after the colon the announcement alone is dropped", () => {
    const found = quotes("Voters reacted quickly.\n\nOne reader tweeted:\n\n<tweet>x</tweet>", "en");
    expect(found.filter((q) => q[4] === "tweeted")).toEqual([]);
  });

  it("a sentence ending in a full stop after its cue and its matter stays reported", () => {
    const found = quotes("Voters reacted quickly. One reader tweeted in anger.", "en");
    expect(found.map((q) => [q[0], q[4]])).toEqual([["reported", "tweeted"]]);
  });

  it("the colon may close the cue's clause past its circumstances", () => {
    const found = quotes("The pier reopened.\n\nThe mayor of Dover said on Monday:\n\n“We will rebuild the road and the school this year.”", "en");
    expect(found.map((q) => [q[0], q[2], q[4]])).toEqual([["direct", "The mayor of Dover", "said"]]);
  });

  it("a paragraph of prose after a colon closing its paragraph is the statement, quoted as a block", () => {
    expect(quotes("Vance did not hold back. In a speech last July, she said:\n\nLet no one be mistaken, this plan will cost the town its school.\n\nShe left soon after.", "en")).toEqual([
      ["indirect", "Let no one be mistaken, this plan will cost the town its school.", "she", "person", "said"],
    ]);
    expect(quotes("Die Schule bleibt offen. Die Bürgermeisterin schrieb:\n\nWir werden die Schule nicht schließen, das verspreche ich.\n\nDann ging sie.", "de").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["Wir werden die Schule nicht schließen, das verspreche ich.", "Die Bürgermeisterin", "schrieb"],
    ]);
    // A German reported statement closing on the colon hands on the cue its verb gave, and its platform.
    const german = "Die Schule bleibt offen. Die Bürgermeisterin schrieb auf Facebook:\n\n„Wir werden die Schule nicht schließen, das verspreche ich.“";
    expect(quotes(german, "de").map((q) => [q[0], q[2], q[4]])).toEqual([["direct", "Die Bürgermeisterin", "schrieb"]]);
    expect(read(german, "de").attributions.map((a) => a.chain)).toEqual([["Bürgermeisterin", "Facebook"]]);
    expect(quotes(german.replace(/[„“]/g, ""), "de").map((q) => [q[0], q[1], q[4]])).toEqual([
      ["indirect", "Wir werden die Schule nicht schließen, das verspreche ich.", "schrieb"],
    ]);
    // Not a list's item, nor a label announcing in turn.
    expect(quotes("The survey also found that:\n\n1. Most tenants pay more than they did.\n\nThe survey ended.", "en").map((q) => q[1])).toEqual([]);
  });
});

describe("Speech acts of nothing but a speaker and a cue", () => {
  it("state nothing, and announce the quotation right after them", () => {
    expect(quotes("The council met on Monday. Mayor Ruth Vance disagreed.", "en")).toEqual([]);
    expect(quotes("The vote was close. Vance disagreed. \"The plan will cost the town its school.\"", "en").map((q) => [q[0], q[2], q[4]])).toEqual([
      ["direct", "Vance", "disagreed"],
    ]);
    expect(quotes("Der Rat stimmte zu. Die Bürgermeisterin fügte hinzu. „Wir werden die Schule schließen müssen.“", "de").map((q) => [q[0], q[2], q[4]])).toEqual([
      ["direct", "Die Bürgermeisterin", "fügte hinzu"],
    ]);
  });

  it("leave a pronoun after them its antecedent", () => {
    expect(quotes("Lee spoke first. Vance disagreed. \"The plan will cost the town its school,\" she said.", "en").map((q) => q[2])).toEqual(["she (Vance)"]);
  });
});

describe("English adverbs opening a clause", () => {
  it("an opening adverb is no subject of a participle cue", () => {
    expect(quotes("Then the mayor left the hall, saying the plan would fail.", "en").map((q) => [q[1], q[2]])).toEqual([["the plan would fail", "the mayor"]]);
    expect(quotes("Still, the mayor left the hall, saying the plan would fail.", "en").map((q) => q[2])).toEqual(["the mayor"]);
  });

  it("nor are a few words closing on an adverb before their comma, and a pronoun with a contracted auxiliary is the subject alone", () => {
    expect(quotes("More recently, Mayor Lee has toured the harbour twice, citing its needs.", "en").map((q) => [q[1], q[2]])).toEqual([["its needs", "Mayor Lee"]]);
    expect(quotes("More recently, he’s toured the harbour twice, praising the crews.", "en").map((q) => [q[1], q[2]])).toEqual([["the crews", "he"]]);
  });

  it("an adverb read into the subject's phrase stays in it", () => {
    expect(quotes("Only half the council even expressed a willingness to meet the tenants.", "en").map((q) => q[2])).toEqual(["Only half the council"]);
  });
});

describe("English comment clauses with an appositive", () => {
  it("\"as X, a title, put it:\" introduces the quotation", () => {
    const found = quotes("Or, as Nora Quist, a former director of the agency, put it: \"The rule is absurd.\"", "en");
    expect(found.map((q) => [q[0], q[2], q[4]])).toEqual([["direct", "Nora Quist, a former director of the agency", "put it"]]);
  });

  it("a subordinate \"as\" clause that puts something somewhere says nothing", () => {
    expect(quotes("As the storm hit the town, the mayor put it off until May.", "en")).toEqual([]);
  });
});

describe("English bare plural sources with a description", () => {
  it("\"…, people familiar with the plan said\" names who said it", () => {
    const found = quotes("Donors are paying for the new ads, aides familiar with the plan said.", "en");
    expect(found.map((q) => [q[1], q[2]])).toEqual([["Donors are paying for the new ads", "aides familiar with the plan"]]);
  });

  it("a participle describes a bare plural too", () => {
    const found = quotes("Donors are paying for the new ads, disclosures filed on Sunday revealed.", "en");
    expect(found.map((q) => q[2])).toEqual(["disclosures filed on Sunday"]);
  });
});

describe("German relative clauses after the speaker whose first word has the Konjunktiv's shape", () => {
  it("are no statement: the clause before the cue is", () => {
    const found = quotes("Es gebe keine Einigung, sagte der Minister, der viele Fälle kennt.", "de");
    expect(found).toEqual([["indirect", "Es gebe keine Einigung", "der Minister", "person", "sagte"]]);
    expect(quotes("Es gebe keine Einigung, heißt es in dem Gutachten, das einzelne Fälle auflistet.", "de").map((q) => q[1])).toEqual(["Es gebe keine Einigung"]);
  });

  it("stay a statement where an article, its adjective and noun open a clause in the Konjunktiv", () => {
    const found = quotes("Der Minister sagte, die neue Regierung verfolge einen Plan.", "de");
    expect(found.map((q) => q[1])).toEqual(["die neue Regierung verfolge einen Plan"]);
  });
});

describe("English statements opening on a coordinator", () => {
  it("a coordinator right after the cue takes the place of its object: nothing of the cue's follows", () => {
    expect(quotes("The mayor praised and fed the crews.", "en")).toEqual([]);
    expect(quotes("Most voters agreed, and the count went on until dawn.", "en")).toEqual([]);
    // An object of its own before the coordinator keeps the statement.
    expect(quotes("Lee denied the report and left.", "en").map((q) => q[4])).toEqual(["denied"]);
  });

  it("after a coordinated addressee the clause after its \"that\" is what was said", () => {
    expect(quotes("The senator told Ruiz and others that the plan would fail.", "en")).toEqual([
      ["indirect", "that the plan would fail", "The senator", "person", "told"],
    ]);
  });
});

describe("English plural possessives in a speaker phrase", () => {
  it("the apostrophe of a plural's possessive before a common noun joins its owner to the phrase", () => {
    expect(quotes("The tenants’ lawyer said the rent was too high.", "en").map((q) => q[2])).toEqual(["The tenants’ lawyer"]);
    expect(quotes("The voters' anger appears to be growing.", "en").map((q) => [q[1], q[4]])).toEqual([["The voters' anger appears to be growing", "appears"]]);
    expect(quotes("The Democrats’ plan appears to be failing.", "en").map((q) => [q[1], q[4]])).toEqual([["The Democrats’ plan appears to be failing", "appears"]]);
  });
});
