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
      name: "English agency credit line",
      text: "Two firefighters were slightly injured in a warehouse fire on Friday, the fire service said.\n\nSource: Reuters",
    },
  ],
  invalid: [
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
  ],
  invalid: [
    { name: "German authorities reporting", text: "Nach dem Angriff meldeten russische Behörden mindestens 13 Verletzte.", spans: ["russische Behörden"] },
    { name: "German authorities quoted with laut", text: "Laut russischen Behörden wurden 13 Menschen verletzt.", spans: ["Laut russischen Behörden"] },
  ],
});
