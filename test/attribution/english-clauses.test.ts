import { describe, expect, it } from "vitest";
import { quotes } from "./helpers.js";

describe("English clauses before a subject and its cue at the sentence end", () => {
  it("a clause closed by a quotation ending on its comma is the statement, quotations and all", () => {
    const text = "Tax cuts are “a gift to the wealthy” and “a burden on our children,” Senator Lee said.";
    expect(quotes(text, "en")).toEqual([
      ["indirect", "Tax cuts are “a gift to the wealthy” and “a burden on our children,”", "Senator Lee", "person", "said"],
    ]);
  });

  it("a quotation alone before the subject stays a direct quote", () => {
    const text = "“We will win this state,” the governor said.";
    expect(quotes(text, "en")).toEqual([["direct", "“We will win this state,”", "the governor", "person", "said"]]);
  });
});
