import { describe, expect, it } from "vitest";
import { quotes, read } from "./helpers.js";

const chains = (text: string) => read(text, "en").attributions.map((a) => a.chain);

describe("an outlet quoting someone", () => {
  it("before a colon and a quotation: the outlet's quote, the quoted one first in its chain", () => {
    const text = "The talks ended on Monday. Interfax quoted Peskov as saying: “We will not accept this.”";
    expect(quotes(text, "en")).toEqual([["direct", "“We will not accept this.”", "Interfax", "agency", "quoted"]]);
    expect(chains(text)).toEqual([["Peskov", "Interfax"]]);
  });

  it("before a quotation with no colon: the quoted one passes it through the outlet", () => {
    expect(chains("The talks ended. The paper quoted an aide as saying “no deal is possible.”")).toContainEqual(["aide", "paper"]);
  });

  it("a quoting verb with no participle after it names no origin", () => {
    expect(chains("The talks ended on Monday. Interfax quoted the statement: “We will not accept this.”")).toEqual([["Interfax"]]);
  });
});

describe("the passive of a quoting verb", () => {
  it("after a quotation: the subject's quote, passed on by the agent after by", () => {
    const text = "The talks ended on Monday. “We will not accept this,” Peskov was quoted as saying by Interfax. “It is over,” Peskov was quoted by Interfax as saying.";
    expect(quotes(text, "en")).toEqual([
      ["direct", "“We will not accept this,”", "Peskov", "person", "was quoted as saying"],
      ["direct", "“It is over,”", "Peskov", "person", "was quoted by Interfax as saying"],
    ]);
    expect(chains(text)).toEqual([
      ["Peskov", "Interfax"],
      ["Peskov", "Interfax"],
    ]);
  });

  it("before what was said: the clause after the participle, with no statement of the participle's own", () => {
    expect(quotes("The talks ended. Peskov was quoted by Interfax as saying that the talks were over.", "en")).toEqual([
      ["indirect", "that the talks were over", "Peskov", "person", "was quoted by Interfax as saying"],
    ]);
    expect(chains("The talks ended. Lee was quoted as saying the vote was rigged.")).toEqual([["Lee"]]);
  });

  it("a passive that quotes a document, not a speaker, is no quote", () => {
    expect(quotes("The talks ended. The report was quoted widely in the press.", "en")).toEqual([]);
  });
});
