import { testRule } from "../helpers/rule-tester.js";

testRule("attribution/vague-source", {
  valid: [
    {
      name: "German named agency",
      text: "Wie die Nachrichtenagentur Reuters unter Berufung auf das Innenministerium berichtete, wurden drei Männer festgenommen.",
    },
    {
      name: "German agency credit line",
      text: "Bei dem Brand in einer Lagerhalle wurden am Freitag zwei Feuerwehrleute leicht verletzt.\n\nQuelle: dpa",
    },
    {
      name: "German credit that names the agencies",
      text: "Bei dem Brand in einer Lagerhalle wurden am Freitag zwei Feuerwehrleute leicht verletzt.\n\nMit Material der Nachrichtenagenturen dpa und AFP",
    },
    {
      name: "German named newspaper",
      text: "Das berichtete die „Süddeutsche Zeitung“ am Samstag unter Berufung auf interne Unterlagen des Ministeriums.",
    },
    {
      name: "English named agency",
      text: "Reuters reported that three men had been arrested, citing a statement from the interior ministry.",
    },
    {
      name: "English reports whose author is named",
      text: "Police reports said the driver had been drinking, and the company's annual reports indicate rising costs.",
    },
    {
      name: "German statement of a person named before",
      text: "Der Feuerwehrsprecher Klaus Berger war als Erster am Brandort. Nach seinen Angaben wurde niemand verletzt.",
    },
    {
      name: "English statement of a person named before",
      text: "Fire chief Karen Holt arrived first at the warehouse. According to her reports, nobody was hurt in the blaze.",
    },
    {
      name: "English agency credit line",
      text: "Two firefighters were slightly injured in a warehouse fire on Friday, the fire service said.\n\nSource: Reuters",
    },
    {
      name: "English poll share of a crowd",
      text: "Sixty-two percent of Republicans agreed that the tax returns should be released.",
    },
    {
      name: "English media as the object of a judgement",
      text: "In a podcast with the magazine she scolded the Canadian media for being lazy.",
    },
  ],
  invalid: [
    {
      name: "English crowd before a relative clause or an aside",
      count: 2,
      text: "The agreements were never signed, sources who reviewed them told the paper. As many tax experts, including Mr. Gold, have pointed out, the rule is clear.",
      spans: ["sources", "many tax experts"],
    },
    {
      name: "English crowd in the progressive, and experts as the agent of a passive",
      count: 2,
      text: "Fellow Republicans are urging the nominee to change course. His plan was criticized by a number of tax experts.",
      spans: ["Fellow Republicans", "a number of tax experts"],
    },
    {
      name: "German collective credit line",
      count: 1,
      text: "Bei dem Brand in einer Lagerhalle wurden am Freitag zwei Feuerwehrleute leicht verletzt.\n\nQuelle: Agenturen",
      spans: ["Quelle: Agenturen"],
      message: ["Vague sourcing: “Quelle: Agenturen” names no source that can be checked"],
    },
    {
      name: "German media reports and agencies as a crowd",
      count: 2,
      text: "Laut Medienberichten gab es drei Tote. Russische Nachrichtenagenturen meldeten Explosionen in der Nacht. Aus Regierungskreisen hieß es, man sei besorgt.",
      spans: ["Laut Medienberichten", "Russische Nachrichtenagenturen"],
    },
    {
      name: "German insiders",
      count: 1,
      text: "Insidern zufolge will der Konzern im kommenden Jahr mehr als tausend Stellen streichen.",
      spans: ["Insidern zufolge"],
    },
    {
      name: "German credit to unnamed agencies",
      count: 1,
      text: "Bei dem Brand in einer Lagerhalle wurden am Freitag zwei Feuerwehrleute leicht verletzt.\n\nMit Material von Agenturen",
      spans: ["Material von Agenturen"],
    },
    {
      name: "German (Agenturen) credit",
      count: 1,
      text: "Bei dem Brand in einer Lagerhalle wurden am Freitag zwei Feuerwehrleute leicht verletzt. (Agenturen)",
      spans: ["(Agenturen)"],
    },
    {
      name: "English collective sourcing",
      count: 3,
      text: "According to media reports, three people died. Russian news agencies reported explosions overnight. People familiar with the matter said talks had stalled.",
      spans: ["According to media reports", "Russian news agencies", "People familiar with the matter"],
    },
    {
      name: "English bare reports and experts",
      count: 2,
      text: "Reports said the minister would resign. Experts say the economy will shrink next year.",
      spans: ["Reports said", "Experts say"],
    },
    {
      name: "English sources inside a body the phrase names",
      count: 2,
      text: "Pentagon sources said the plan was dead. Treasury sources dismissed the figure as speculative.",
      spans: ["Pentagon sources", "Treasury sources"],
    },
    {
      name: "German sources inside a body the phrase names",
      count: 1,
      text: "Quellen im Ministerium sagten, der Plan sei tot. Die Opposition wies das zurück.",
      spans: ["Quellen im Ministerium"],
    },
    {
      name: "English agencies credit",
      count: 1,
      text: "Two firefighters were slightly injured in a warehouse fire on Friday.\n\n(with agencies)",
      spans: ["(with agencies)"],
    },
  ],
});

testRule("attribution/vague-source", {
  valid: [
    { name: "German authorities addressed, not quoted", text: "Die Regierung rät den staatlichen Behörden, vorerst keine neuen Programme einzuführen." },
    { name: "German instructions of local authorities", text: "Befolgen Sie die Anweisungen lokaler Behörden und halten Sie Abstand." },
    { name: "German statements of a named organisation", text: "Nach Angaben des Deutschen Roten Kreuzes wurden 20 Menschen verletzt." },
    { name: "German authorities accused, not quoted", text: "Die Verfasser des Gutachtens halten den Behörden vor: „Eine Kontrolle der Brücken gibt es kaum.“" },
  ],
  invalid: [
    { name: "German authorities reporting", text: "Nach dem Angriff meldeten russische Behörden mindestens 13 Verletzte.", spans: ["russische Behörden"] },
    { name: "German authorities quoted with laut", text: "Laut russischen Behörden wurden 13 Menschen verletzt.", spans: ["Laut russischen Behörden"] },
  ],
});

// Media as a topic is not sourcing; media as the ones who say something is.
testRule("attribution/vague-source", {
  valid: [
    { name: "English media ownership as a topic", text: "The government lifted restrictions on foreign media ownership last year." },
    { name: "English media companies as a topic", text: "Several Western media companies left the country after the law passed." },
    { name: "German media watching, not saying", text: "Internationale Medien beobachten die Aktionen der Regierung seit Wochen." },
    { name: "German named agency speaking", text: "Die Nachrichtenagentur dpa meldete, der Zug sei entgleist." },
    { name: "English audience counted by a quantifier", text: '"The mine stays open," Mayor Ruth Hale told some of the miners.' },
    { name: "German audience counted by a quantifier", text: "Die Grube bleibe offen, sagte Bürgermeisterin Ruth Hale einigen der Bergleute." },
  ],
  invalid: [
    { name: "German vague media as the intermediary", count: 1, text: "Die Grube bleibe offen, sagte Bürgermeisterin Ruth Hale mehreren Agenturen.", spans: ["mehreren Agenturen"] },
    { name: "German agencies as a crowd", count: 1, text: "Die Agenturen meldeten am Abend, die Kämpfe gingen weiter.", spans: ["Die Agenturen"] },
    { name: "German media reports as the source", count: 1, text: "Medienberichten zufolge wurde der Minister entlassen.", spans: ["Medienberichten zufolge"] },
    { name: "English sources", count: 1, text: "Sources said the plan had changed.", spans: ["Sources said"] },
    {
      name: "English crowd joined over a coordinator",
      count: 1,
      text: "Harbor experts in Ohio and around the country say the schedule is unsafe.",
      spans: ["Harbor experts in Ohio and around the country say"],
    },
    { name: "English speaker told a crowd of agencies", count: 1, text: "The minister told Russian news agencies that the bridge was closed.", spans: ["Russian news agencies"] },
  ],
});
