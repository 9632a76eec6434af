import { testRule } from "../helpers/rule-tester.js";
import { DE_FLOOD, DE_STRIKE, EN_STRIKE, text } from "../overlap/texts.js";

const deAgency = text([`Passau (dpa) - ${DE_FLOOD[0]}`, ...DE_FLOOD.slice(1)]);
const deRewrite = text([...DE_FLOOD.slice(0, 4), "Mit Material von dpa"]);
const enAgency = text([`LONDON (Reuters) - ${EN_STRIKE[0]}`, ...EN_STRIKE.slice(1)]);
const enRewrite = text([...EN_STRIKE.slice(0, 5), "Additional reporting by Reuters"]);

testRule("overlap/agency-rewrite", {
  valid: [
    { name: "the German agency copy itself", text: deAgency, others: [{ text: deRewrite, source: "Passauer Rundschau" }] },
    { name: "two English outlets sharing text, neither from an agency", text: text(EN_STRIKE), source: "Southern Echo", others: [{ text: text(EN_STRIKE), source: "Kent Mercury" }] },
    { name: "German articles on different stories, one from dpa", text: text([...DE_STRIKE, "Mit Material von dpa"]), others: [{ text: deAgency }] },
  ],
  invalid: [
    { name: "a German rewrite of dpa copy in the corpus", text: deRewrite, source: "Passauer Rundschau", others: [{ text: deAgency }], count: 1, message: ["dpa", "a1"] },
    { name: "an English copy of a dated article that credits Reuters", text: text(EN_STRIKE.slice(0, 5)), published: "2025-04-02", source: "Kent Mercury", others: [{ text: enRewrite, published: "2025-04-01", source: "Southern Echo" }], message: ["Reuters"] },
    { name: "an English rewrite of Reuters copy", text: enRewrite, source: "Southern Echo", others: [{ text: enAgency }], message: ["Reuters"] },
  ],
});
