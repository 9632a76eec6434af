import { testRule } from "../helpers/rule-tester.js";

testRule("attribution/truncated-quote", {
  valid: [
    { name: "German announced quote that follows", text: "Auf die Frage nach dem Treffen sagte Trump:\n„Es war ein sehr gutes Gespräch.“\nDanach reiste er ab." },
    { name: "German colon before a list in prose", text: "Die Minister waren sich in drei Punkten einig:\nDie Hilfe wird verlängert, die Grenzen bleiben offen, und es gibt neue Gespräche." },
    { name: "English announced quote that follows", text: "Asked about the meeting, Trump said:\n\"It was a very good call.\"\nHe then left." },
  ],
  invalid: [
    {
      name: "German announced quote followed by a heading",
      count: 1,
      text: "Auf die Frage, wie das Gespräch verlaufen sei, sagte Trump:\nRingen um ein Treffen nach dem Gipfel\nTrump hatte im August ein Treffen abgehalten.",
      spans: ["sagte Trump:"],
      message: ["Quote announced but missing"],
    },
    {
      name: "German announcement at the end of the text",
      count: 1,
      text: "Die Außenminister trafen sich am Montag in Brüssel.\nDie beteiligten Minister seien sich einig:",
      spans: ["seien sich einig:"],
    },
    {
      name: "English announced quote followed by a heading",
      count: 1,
      text: "Asked how the call had gone, Trump said:\nTalks on a summit continue\nTrump met Putin in August.",
      spans: ["Trump said:"],
    },
  ],
});
