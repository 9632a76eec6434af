import { describe, expect, it } from "vitest";
import { quotes, read } from "./helpers.js";

const chains = (text: string, language: "de" | "en") => read(text, language).attributions.map((a) => a.chain);

describe("parties joined by a coordinator", () => {
  it("a source of two outlets names both, and what they say starts after the second", () => {
    expect(quotes("Nach Angaben des Spiegels und des Kuriers sei der Plan gescheitert.", "de")).toEqual([
      ["reported", "sei der Plan gescheitert", "Angaben des Spiegels und des Kuriers", "media", "Nach"],
    ]);
    expect(chains("Nach Angaben der Presseagenturen dpa und AFP umstellten Polizisten das Lager.", "de")).toEqual([["dpa und AFP"]]);
    expect(quotes("According to Reuters and the AP, the president left early.", "en")).toEqual([
      ["reported", "the president left early", "Reuters and the AP", "agency", "According to"],
    ]);
  });

  it("a German subject of two parties opening the clause names both, of the type they share", () => {
    const text = "Wie dpa und AFP berichteten, sei der Präsident abgereist. Die Polizei und die Feuerwehr teilten mit, es gebe drei Verletzte.";
    expect(quotes(text, "de").map((q) => [q.at(2), q.at(3)])).toEqual([
      ["dpa und AFP", "agency"],
      ["Die Polizei und die Feuerwehr", "institution"],
    ]);
    expect(chains(text, "de")).toEqual([["dpa und AFP"], ["Polizei und Feuerwehr"]]);
    expect(chains("Die IADB und der MIF teilten mit, die Überweisungen seien gestiegen.", "de")).toEqual([["IADB und MIF"]]);
    // A comment clause too, a cited source between its subject and its verb.
    expect(chains("Die Gespräche endeten. Wie dpa und AFP unter Berufung auf Diplomaten berichteten, habe Berlin gedrängt.", "de")).toEqual([["Diplomaten", "dpa und AFP"]]);
  });

  it("a speaker after a closing cue names all the parties joined there, not a verb a coordinator joins", () => {
    expect(quotes("Die Lage sei ernst, sagten Merz und Scholz am Montag.", "de")).toEqual([["indirect", "Die Lage sei ernst", "Merz und Scholz", "person", "sagten"]]);
    expect(chains("Die Lage sei ernst, sagten die Richterinnen und Richter des Senats.", "de")).toEqual([["Richterinnen und Richter des Senats"]]);
    expect(quotes("„Wir kommen wieder“, schrieben die Hacker und kündigten weitere Angriffe an.", "de")[0]?.[2]).toBe("die Hacker");
    expect(quotes("The plan is dead, said Lee and Ruiz.", "en")).toEqual([["indirect", "The plan is dead", "Lee and Ruiz", "person", "said"]]);
    // Not an object joined before a pause inside the sentence: "mocked" has no speaker after it.
    expect(quotes("Biden defended the plan, mocked the party and its leaders, and made it clear that he would run.", "en").map((q) => q[2])).not.toContain("the party and its leaders");
  });

  it("roles joined before one name are that person's, and a pronoun after stands for the person", () => {
    const text = "Der Vizekanzler und Arbeitsminister Franz Berger hat seinen Rücktritt erklärt. Er werde aber im Bundestag bleiben, sagte er.";
    expect(chains(text, "de")).toEqual([["Franz Berger"], ["Franz Berger"]]);
    expect(chains("The vice president and campaign chairman Ann Lee said the race was close.", "en")).toEqual([["Ann Lee"]]);
  });

  it("a surname alone is chained as the one person the text named in full before, a given name right before it", () => {
    const text = "The Chiefs won. Coach Andy Reid praised his defense. “Those guys were flying around,” Reid said.";
    expect(chains(text, "en")).toEqual([["Andy Reid"], ["Andy Reid"]]);
    // Two named in full under one surname leave it as written; the quote's speaker stays as written; a name the text wrote
    // in full where no one spoke counts too.
    expect(chains("Bill Clinton said no. Hillary Clinton said yes. Clinton said maybe.", "en")).toEqual([["Bill Clinton"], ["Hillary Clinton"], ["Clinton"]]);
    expect(read(text, "en").quotes.map((q) => q.speaker)).toEqual(["Coach Andy Reid", "Reid"]);
    expect(chains("Jürgen Koppelin sagte, der Haushalt sei zu hoch. Koppelin sagte, er bleibe dabei.", "de")).toEqual([["Jürgen Koppelin"], ["Jürgen Koppelin"]]);
    expect(chains("Patrick Mahomes threw three touchdown passes. “We kept grinding,” Mahomes said.", "en")).toEqual([["Patrick Mahomes"]]);
  });

  it("a broadcaster's call sign is an outlet the words were told to; a body abbreviated in that shape is none", () => {
    expect(chains("The fire spread. “It came so fast,” one resident told KQED. WNYC reported that the mayor would resign. Lee told WADA that he was clean.", "en")).toEqual([
      ["resident", "KQED"],
      ["WNYC"],
      ["Lee"],
    ]);
  });

  it("capitalised words joined before a title and a name name the office, and a pronoun after stands for the person", () => {
    const text = "The vote was close. Work and Pensions Secretary Liz Kendall defended the plans. She said the reforms were fair.";
    expect(chains(text, "en")).toEqual([["Liz Kendall"], ["Liz Kendall"]]);
    expect(chains("Health and Human Services Secretary Xavier Becerra said it was fine.", "en")).toEqual([["Xavier Becerra"]]);
  });

  it("adjectives joined before one noun are one crowd's", () => {
    expect(chains("Arabische und iranische Medien werfen ihm sogar Verrat vor.", "de")).toEqual([["Arabische und iranische Medien"]]);
  });

  it("a name with a coordinator inside is no pair of persons", () => {
    const text = "The Science and Technology Directorate of the Department of Homeland Security concluded that the wall would not work.";
    expect(quotes(text, "en")[0]?.[3]).toBe("institution");
    expect(chains(text, "en")).toEqual([["Science and Technology Directorate of the Department of Homeland Security"]]);
  });
});

describe("German names in the genitive", () => {
  it("a chain names a noun after a genitive article in the nominative", () => {
    expect(chains("Nach Angaben des Kuriers sei der Plan gescheitert.", "de")).toEqual([["Kurier"]]);
    expect(chains("Laut Angaben des Verbandes seien die Löhne gestiegen.", "de")).toEqual([["Verband"]]);
    expect(chains("Nach Angaben des Ministeriums sei die Brücke gesperrt.", "de")).toEqual([["Ministerium"]]);
    expect(chains("Nach Angaben des russischen Außenministeriums sind die Maßnahmen illegal.", "de")).toEqual([["Außenministerium"]]);
  });

  it("the speaker as written keeps the ending", () => {
    expect(quotes("Nach Angaben des Kuriers sei der Plan gescheitert.", "de")[0]?.[2]).toBe("Angaben des Kuriers");
  });
});

describe("the verb before a source", () => {
  it("a form of sein before a source read backwards is no part of it", () => {
    expect(quotes("Die Erschütterungen waren Berichten des Senders zufolge bis London zu spüren.", "de")[0]?.slice(2)).toEqual(["Berichten des Senders", "media", "zufolge"]);
  });

  it("nor is a passive auxiliary before its agent", () => {
    expect(quotes("Die Anwohner wurden von Behörden angewiesen, sich in Schutzräumen aufzuhalten.", "de")[0]?.slice(2, 4)).toEqual(["Behörden", "vague"]);
  });
});

describe("an English source closing what it reports", () => {
  it("set off after the clause and running on to the end, it ends the statement at its comma", () => {
    expect(quotes("Trump leads the field with 22 percent, according to a Suffolk poll released Monday.", "en")[0]?.slice(0, 3)).toEqual([
      "reported",
      "Trump leads the field with 22 percent",
      "a Suffolk poll",
    ]);
    expect(quotes("Trump has 758 delegates, according to a CNN tally, but his path is narrow.", "en")[0]?.[1]).toBe("Trump has 758 delegates");
    // A relative clause after the source describes it.
    expect(quotes("The drills will go on, according to one official, who spoke on condition of anonymity.", "en")[0]?.[1]).toBe("The drills will go on");
  });

  it("set off inside the clause, the statement is the whole sentence", () => {
    expect(quotes("Over the long term, according to the budget office, the deficit will rise.", "en").at(-1)?.[1]).toBe(
      "Over the long term, according to the budget office, the deficit will rise",
    );
  });
});

describe("titles before a name", () => {
  it("a chain names the person without a capitalised role or an abbreviated title before a full name", () => {
    const text = "The talks ended. President Joe Biden said the plan was dead. Senate Majority Leader Chuck Schumer said the bill would pass. Sen. Dana Pruitt said no. Mr. Trump said yes.";
    expect(chains(text, "en")).toEqual([["Joe Biden"], ["Chuck Schumer"], ["Dana Pruitt"], ["Mr. Trump"]]);
    // A title of several words: the name starts at its given name.
    expect(chains("The talks ended. Secretary of State John Kerry said the talks had failed. Attorney General Loretta Lynch said no.", "en")).toEqual([["John Kerry"], ["Loretta Lynch"]]);
    // The heads of agencies and offices hold roles too.
    expect(chains("The jets stay grounded. FAA Administrator Mike Whitaker said safety came first. Inspector General Ann Lee said no.", "en")).toEqual([["Mike Whitaker"], ["Ann Lee"]]);
    // So do offices joined to "general" by a hyphen.
    expect(chains("The council met. “The world is watching,” U.N. Secretary-General Antonio Guterres told reporters.", "en")).toEqual([["Antonio Guterres"]]);
    // And written apart, whatever the given name.
    expect(chains("The suit was filed. Attorney General Letitia James said it was lawless. Surgeon General Vivek Murthy said no.", "en")).toEqual([["Letitia James"], ["Vivek Murthy"]]);
    expect(chains("Die Gespräche endeten. Der Bremer Forscher Dr. Heino Stoever sagte, das Verbot sei gescheitert.", "de")).toEqual([["Heino Stoever"]]);
    // A country or a state after a lowercase noun says where an unnamed person is from; a name is no place.
    expect(chains("The match ended. A retired teacher from Ohio said the team was ready. A farmer in Iowa said no.", "en")).toEqual([["retired teacher from Ohio"], ["farmer in Iowa"]]);
    // A name's particle inside the name, whether or not the given name is one a pack knows.
    expect(chains("The match ended. Captain Virgil van Dijk said the team was ready. Mayor Bill de Blasio said no.", "en")).toEqual([["Virgil van Dijk"], ["Bill de Blasio"]]);
    // Opening the phrase, the particle opens the name too; an article or a preposition there is none.
    expect(chains("The match ended. “We are ready,” said van Dijk. De Blasio said no.", "en")).toEqual([["van Dijk"], ["De Blasio"]]);
    expect(chains("„Wir sind bereit“, sagte de Maizière am Montag.", "de")).toEqual([["de Maizière"]]);
    expect(chains("„Wir gingen in eine Bar“, wie Robert Hoyzer von Spiegel Online zitiert wird.", "de")).toEqual([["Robert Hoyzer", "Spiegel Online"]]);
    // British copy abbreviates titles without a full stop: they stay out of the chain too.
    expect(chains("A man died. Det Supt Claire Smith said the attack was senseless. Cllr Tom Hale said the street was safe.", "en")).toEqual([["Claire Smith"], ["Tom Hale"]]);
  });

  it("a one-word speaker opening the sentence is named, whatever statement noun the sentence holds later", () => {
    expect(chains("Lee said the council's view of the harbour is wrong.", "en")).toEqual([["Lee"]]);
    expect(chains("Merkel sagte, die Ansicht der Regierung sei falsch.", "de")).toEqual([["Merkel"]]);
  });

  it("a speaker phrase read over a clause to a noun cue is named by the name opening it", () => {
    expect(chains("Lee still has the final say on whether the harbour closes.", "en")).toEqual([["Lee"]]);
    expect(chains("Ruiz never missed an opportunity to remind the council that the pier was unsafe.", "en")).toEqual([["Ruiz"]]);
    // A crowd word or a possessive opening the phrase keeps it whole.
    expect(chains("People involved in the talks said the pier was unsafe.", "en")).toEqual([["People involved in the talks"]]);
  });

  it("after a role's link and its complement, a name whose given name no list holds is its last words", () => {
    const text = "The talks ended. Secretary of State Antony Blinken said no. Secretary of Defense Ashton B. Carter said yes. Secretary of State Kerry said maybe.";
    expect(chains(text, "en")).toEqual([["Antony Blinken"], ["Ashton B. Carter"], ["Kerry"]]);
    // After the complement's article too; one not all capitalised reads no name apart.
    expect(chains("The talks ended. Secretary of the Navy Ray Mabus said no.", "en")).toEqual([["Ray Mabus"]]);
    expect(chains("The talks ended. Secretary of rural affairs Tevita Lee said no.", "en")).toEqual([["Secretary of rural affairs Tevita Lee"]]);
  });

  it("a document is named by the name written right before it, who issued it", () => {
    const text = "According to a new Harbor Institute poll released Monday, Lee leads. A Bayside Times/KXTV News survey found Ruiz ahead. According to the Gallup survey, Lee leads.";
    expect(chains(text, "en")).toEqual([["Harbor Institute"], ["Bayside Times/KXTV News"], ["Gallup"]]);
    // Not a month, a noun the document word only describes, an outlet's own noun, or a capital that only opens the sentence.
    expect(chains("According to a June poll, Lee leads. A Harbor Party data expert said Lee leads. According to a Bayside paper, Lee leads. Internal documents show Lee leads.", "en")).toEqual([
      ["June poll"],
      ["Harbor Party data expert"],
      ["Bayside paper"],
      ["Internal documents"],
    ]);
  });

  it("German: a document is named by the body whose genitive follows it, who issued it", () => {
    const text = "Laut einem Bericht der Hafenzeitung ist die Brücke gesperrt. Nach einer Studie der Hafenbehörde sei der Pier marode.";
    expect(read(text, "de").attributions.map((a) => a.chain)).toEqual([["Hafenzeitung"], ["Hafenbehörde"]]);
    // In English "of" names what a document is about: "a poll of voters" keeps its name.
    expect(chains("According to a poll of voters, Lee leads.", "en")).toEqual([["poll of voters"]]);
  });

  it("the speaker as written keeps the title", () => {
    expect(quotes("The talks ended. President Joe Biden said the plan was dead.", "en")[0]?.[2]).toBe("President Joe Biden");
  });
});
