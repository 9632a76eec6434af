import { testRule } from "../helpers/rule-tester.js";

testRule("boilerplate/disclaimer", {
  valid: [
    {
      name: "German report on a book that appeared first elsewhere",
      text: "Der Roman ist in Frankreich erschienen und wird nun übersetzt. Der Verlag plant eine Lesereise.",
    },
    {
      name: "German report about investment advice",
      text: "Die Klägerin gab vor Gericht an, vor dem Kauf der Anleihen keine Anlageberatung erhalten zu haben. Die Bank bestreitet das.",
    },
    {
      name: "German report about copyright",
      text: "Das Gericht entschied, dass das Urheberrecht an dem Foto bei der Fotografin liegt. Der Verlag muss nun Schadenersatz zahlen.",
    },
    {
      name: "English report about financial advice",
      text: "The regulator fined the firm after customers said its staff had given them misleading advice about their pensions.",
    },
    {
      name: "English report about rights",
      text: "The union said the workers' rights had been ignored for years, and it reserved the right to strike in September.",
    },
  ],
  invalid: [
    { name: "a German press-release footer", text: "Bei dem Brand in einer Lagerhalle wurden am Freitag zwei Feuerwehrleute leicht verletzt.\n\nVeröffentlichung und Nachdruck honorarfrei. Belegexemplar erbeten.", spans: ["Veröffentlichung und Nachdruck honorarfrei"] },
    { name: "a German note on where the text appeared first", text: "Bei dem Brand in einer Lagerhalle wurden am Freitag zwei Feuerwehrleute leicht verletzt.\n\nDieser Text ist zunächst im Stadtmagazin erschienen.", spans: ["ist zunächst im Stadtmagazin erschienen"] },
    { name: "an English note on where the essay appeared first", text: "Two firefighters were slightly injured in a warehouse fire on Friday.\n\nThis essay originally appeared in The Example Review.", spans: ["This essay originally appeared in"] },
    {
      name: "German investment disclaimer: one finding for the paragraph",
      count: 1,
      text: "Die Aktie des Konzerns stieg am Freitag um zwölf Prozent.\n\nHaftungsausschluss: Dieser Artikel stellt keine Anlageberatung dar.",
      spans: ["Haftungsausschluss: Dieser Artikel stellt keine Anlageberatung"],
      message: ["Disclaimer pasted into the body", "Haftungsausschluss:"],
    },
    {
      name: "German rights notice",
      count: 1,
      text: "Die Aktie des Konzerns stieg am Freitag um zwölf Prozent.\n\n© 2025 Musterverlag GmbH. Alle Rechte vorbehalten.",
      spans: ["Alle Rechte vorbehalten"],
    },
    {
      name: "German heading of its own",
      count: 1,
      text: "Die Aktie des Konzerns stieg am Freitag um zwölf Prozent.\n\nKeine Anlageberatung – bitte informieren Sie sich vor jedem Kauf selbst.",
      spans: ["Keine Anlageberatung"],
    },
    {
      name: "English investment disclaimer: one finding for the paragraph",
      count: 1,
      text: "Shares of the company rose twelve percent on Friday.\n\nDisclaimer: This article is for informational purposes only and does not constitute investment advice.",
      spans: ["Disclaimer: This article is for informational purposes only and does not constitute investment advice"],
      message: ["“Disclaimer:”"],
    },
    {
      name: "one finding per disclaimer paragraph",
      count: 2,
      text: "Haftungsausschluss: Keine Gewähr für die Angaben.\n\nDie Aktie des Konzerns stieg am Freitag um zwölf Prozent.\n\nAlle Rechte vorbehalten.",
      spans: ["Haftungsausschluss:", "Alle Rechte vorbehalten"],
    },
    {
      name: "English republishing notice",
      count: 1,
      text: "Shares of the company rose twelve percent on Friday.\n\nThis article was originally published by Example Wire. It may not be reproduced without permission.",
      spans: ["This article was originally published by Example Wire. It may not be reproduced"],
    },
  ],
});
