import { expect, it } from "vitest";
import { findingsOf, testRule, type ArticleCase } from "../helpers/rule-tester.js";

const DE_SOURCE = "Musterstädter Anzeiger";
const DE_TEMPLATE = (n: number) =>
  `Die Polizei bittet Zeugen, sich unter der Telefonnummer 0${n}1 23 45-${n}0 bei der Kriminalpolizei zu melden.`;
const deReport = (lead: string, n: number, source = DE_SOURCE): ArticleCase => ({
  source,
  published: "2025-08-16",
  text: `${lead}\n\n${DE_TEMPLATE(n)}`,
});

/** Longer than the letters a paragraph sketch reads: notes beginning with it share a sketch, not a template. */
const LONG_OPENING = "Die Veranstaltungsreihe des Kulturvereins über die Geschichte der Musterstädter Altstadt und ihrer Handwerksbetriebe";
const EN_HOST = "https://www.example-gazette.co.uk/news/";
const EN_TEMPLATE = "Sign up to our daily briefing to get the top stories from around the county delivered to you each morning.";
const enReport = (lead: string, slug: string): ArticleCase => ({
  url: `${EN_HOST}${slug}`,
  published: "2025-08-16",
  text: `${lead}\n\n${EN_TEMPLATE}`,
});

const deLeads = [
  "Unbekannte sind in der Nacht zum Samstag in eine Bäckerei in der Altstadt eingebrochen und haben die Kasse gestohlen.",
  "Ein 34 Jahre alter Radfahrer ist am Freitagabend an einer Kreuzung von einem Auto erfasst und schwer verletzt worden.",
  "Auf einem Parkplatz am Stadtrand haben Unbekannte die Reifen von mehr als zwanzig Autos zerstochen.",
];
const enLeads = [
  "A bakery in the old town was broken into overnight and the till was stolen, police said.",
  "A cyclist was seriously injured when he was hit by a car at a junction on Friday evening.",
  "Vandals slashed the tyres of more than twenty cars in a car park on the edge of town.",
];

testRule("boilerplate/template", {
  valid: [
    {
      name: "German paragraph shared by only two articles of a source",
      ...deReport(deLeads[0]!, 1),
      others: [deReport(deLeads[1]!, 2)],
    },
    {
      name: "German notes that agree in their first words but not in the rest, each in two articles",
      source: DE_SOURCE,
      text: `${deLeads[0]}\n\n${LONG_OPENING} wird am Montag in der Stadthalle fortgesetzt.`,
      others: [
        { source: DE_SOURCE, text: `${deLeads[1]}\n\n${LONG_OPENING} wird am Montag in der Stadthalle fortgesetzt.` },
        { source: DE_SOURCE, text: `${deLeads[2]}\n\n${LONG_OPENING} fällt wegen des Wetters bis auf Weiteres aus.` },
        { source: DE_SOURCE, text: `${deLeads[0]} Die Polizei ermittelt.\n\n${LONG_OPENING} fällt wegen des Wetters bis auf Weiteres aus.` },
      ],
    },
    {
      name: "German paragraph shared by three articles of different sources",
      ...deReport(deLeads[0]!, 1, "Anzeiger A"),
      others: [deReport(deLeads[1]!, 2, "Anzeiger B"), deReport(deLeads[2]!, 3, "Anzeiger C")],
    },
    {
      name: "German paragraph repeated inside one article counts that article once",
      source: DE_SOURCE,
      text: `${deLeads[0]}\n\n${DE_TEMPLATE(1)}\n\n${DE_TEMPLATE(1)}`,
      others: [deReport(deLeads[1]!, 2)],
    },
    {
      name: "German short credit line shared by three articles",
      source: DE_SOURCE,
      text: `${deLeads[0]}\n\n(dpa/lno)`,
      others: [1, 2].map((i) => ({ source: DE_SOURCE, text: `${deLeads[i]}\n\n(dpa/lno)` })),
    },
    {
      name: "English articles without any source share no paragraph with sourced ones",
      text: `${enLeads[0]}\n\n${EN_TEMPLATE}`,
      others: [enReport(enLeads[1]!, "a"), enReport(enLeads[2]!, "b")],
    },
  ],
  invalid: [
    {
      name: "English articles without any source are read as one source",
      text: `${enLeads[0]}\n\n${EN_TEMPLATE}`,
      others: [1, 2].map((i) => ({ text: `${enLeads[i]}\n\n${EN_TEMPLATE}` })),
      count: 1,
      spans: [EN_TEMPLATE],
    },
    {
      name: "German note hard-wrapped at other places in each copy",
      text: `${deLeads[0]}\n\nHinweis der Redaktion: Dieser Beitrag erscheint\nim Rahmen unserer Serie über\ndie Sicherheit in der Altstadt.`,
      others: [
        { text: `${deLeads[1]}\n\nHinweis der Redaktion: Dieser\nBeitrag erscheint im Rahmen unserer Serie\nüber die Sicherheit in der Altstadt.` },
        { text: `${deLeads[2]}\n\nHinweis der Redaktion: Dieser Beitrag erscheint im Rahmen\nunserer Serie über die Sicherheit\nin der Altstadt.` },
      ],
      count: 1,
      spans: ["Hinweis der Redaktion: Dieser Beitrag erscheint\nim Rahmen unserer Serie über\ndie Sicherheit in der Altstadt."],
    },
    {
      name: "German paragraph recurring in three articles of one source, numbers aside",
      ...deReport(deLeads[0]!, 1),
      others: [deReport(deLeads[1]!, 2), deReport(deLeads[2]!, 3)],
      count: 1,
      spans: [DE_TEMPLATE(1)],
      message: ["recurs in 3 articles of the same source"],
    },
    {
      name: "German paragraph recurring in three articles of one source, case and spacing aside",
      ...deReport(deLeads[0]!, 1),
      others: [
        { source: DE_SOURCE, text: `${deLeads[1]}\n\n${DE_TEMPLATE(2).toUpperCase()}` },
        { source: DE_SOURCE, text: `${deLeads[2]}\n\n${DE_TEMPLATE(3).replace(/ /g, "  ")}` },
      ],
      count: 1,
      spans: [DE_TEMPLATE(1)],
    },
    {
      name: "English paragraph recurring in three articles of one host",
      ...enReport(enLeads[0]!, "bakery"),
      others: [enReport(enLeads[1]!, "cyclist"), enReport(enLeads[2]!, "tyres")],
      count: 1,
      spans: [EN_TEMPLATE],
    },
  ],
});

it("boilerplate/template: names the other articles and the count", () => {
  const [finding] = findingsOf("boilerplate/template", {
    name: "three English reports",
    ...enReport(enLeads[0]!, "bakery"),
    others: [enReport(enLeads[1]!, "cyclist"), enReport(enLeads[2]!, "tyres")],
  });
  expect(finding?.related).toEqual(["a1", "a2"]);
  expect(finding?.data).toEqual({ articles: 3 });
  expect(finding?.severity).toBe("info");
});

testRule("boilerplate/template", {
  valid: [
    {
      name: "embed placeholders that differ only in their ids",
      source: "Example Politics",
      text: "The senator answered on Twitter within minutes.\n\n<tweet tweet-id=\"661196115484643328\"><tweet/>.",
      others: [
        { source: "Example Politics", text: "The governor replied the same evening.\n\n<tweet tweet-id=\"667366217527767040\"><tweet/>." },
        { source: "Example Politics", text: "The mayor posted a video.\n\n<tweet tweet-id=\"669350861383049216\"><tweet/>." },
      ],
    },
  ],
  invalid: [],
});
