import { testRule } from "../helpers/rule-tester.js";
import { DE_COUNCIL, DE_FLOOD, EN_COUNCIL, EN_FLOOD, text } from "../overlap/texts.js";

const deQuote = "„Wir haben heute eine Einigung erzielt, die den Weg für stabile Finanzen der Stadt ebnet und die Schulen schützt“, sagte der Oberbürgermeister.";
const deVariant = "Der Oberbürgermeister erklärte: „Die heute erzielte Einigung ebnet uns den Weg zu stabilen städtischen Finanzen und schützt zugleich die Schulen.“";
const enQuote = "\"The agreement we reached today protects our schools and puts the city's finances on a stable footing,\" the mayor said.";
const enVariant = "The mayor said: \"Today's agreement puts city finances on a more stable footing while protecting schools.\"";

testRule("overlap/quote-variant", {
  valid: [
    { name: "German quotations sharing only two content words", text: text([DE_COUNCIL[0]!, "„Die Schulen bleiben unsere wichtigste Aufgabe“, sagte die Kämmerin."]), others: [{ text: text([DE_FLOOD[0]!, "„Für die Schulen gibt es noch keine Lösung“, hieß es im Rathaus."]) }] },
    { name: "English articles whose quotations are unrelated", text: text(EN_COUNCIL), others: [{ text: text(EN_FLOOD) }] },
  ],
  invalid: [
    { name: "a German quotation translated differently", text: text([DE_COUNCIL[0]!, deQuote]), others: [{ text: text([DE_FLOOD[0]!, deVariant]) }], count: 1, spans: ["Einigung erzielt"], message: ["a1", "other wording"] },
    { name: "an English quotation in other wording", text: text([EN_COUNCIL[0]!, enQuote]), others: [{ text: text([EN_FLOOD[0]!, enVariant]) }], count: 1, spans: ["protects our schools"] },
  ],
});
