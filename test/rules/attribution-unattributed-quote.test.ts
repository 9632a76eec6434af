import { testRule } from "../helpers/rule-tester.js";

testRule("attribution/unattributed-quote", {
  valid: [
    { name: "German quote with a speaker", text: "„Wir werden nicht aufgeben“, sagte die Bürgermeisterin am Abend." },
    { name: "German quote continued in the next sentence", text: "„Wir werden nicht aufgeben“, sagte die Bürgermeisterin. „Die Stadt steht zusammen, das hat man heute gesehen.“" },
    { name: "German name of a ship in quotation marks", text: "Das Schiff „Seeadler“ lief am Morgen aus dem Hafen aus." },
    { name: "English quote with a speaker", text: "“We will not give up,” the mayor said on Friday." },
    { name: "English quote in the headline", title: "“We will not give up, ever”", text: "The mayor spoke to residents on Friday evening about the floods." },
  ],
  invalid: [
    {
      name: "German statement nobody said",
      count: 1,
      text: "Die Flut hat die Altstadt erreicht. „Wir werden nicht aufgeben, niemals, was auch kommt.“",
      spans: ["„Wir werden nicht aufgeben"],
      message: ["Direct quote with no speaker"],
    },
    {
      name: "English statement nobody said",
      count: 1,
      text: "The flood reached the old town. “We will not give up, whatever comes next.”",
      spans: ["“We will not give up"],
    },
  ],
});
