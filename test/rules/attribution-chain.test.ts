import { testRule } from "../helpers/rule-tester.js";

testRule("attribution/chain", {
  valid: [
    { name: "German speaker named directly", text: "Kremlsprecher Dmitri Peskow sagte am Montag, die Gespräche seien konstruktiv gewesen." },
    { name: "German one intermediary", text: "Kremlsprecher Dmitri Peskow sagte der Agentur Interfax, die Gespräche seien beendet." },
    { name: "English one intermediary", text: "Peskov told RIA Novosti on Monday that the talks were over." },
  ],
  invalid: [
    {
      name: "German: Peskow → RIA Novosti → BBC",
      count: 1,
      text: "Der Kreml-Sprecher Dimitri Peskow erklärte laut dem britischen Staatsfernsehen BBC gegenüber der russischen Nachrichtenagentur RIA Novosti, beide Präsidenten hätten ausführliche Erklärungen abgegeben.",
      spans: ["Dimitri Peskow"],
      message: ["Dimitri Peskow → RIA Novosti → BBC"],
    },
    {
      name: "English: Peskov → RIA Novosti → BBC",
      count: 1,
      text: "Peskov told RIA Novosti the talks were over, according to the BBC.",
      message: ["Peskov → RIA Novosti → BBC"],
    },
  ],
});
