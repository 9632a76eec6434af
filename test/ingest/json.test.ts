import { describe, expect, it } from "vitest";
import { parseJsonFile, parseJsonLines } from "../../src/ingest/json.js";

describe("JSON articles", () => {
  it("reads one object with the contract's fields", () => {
    const { articles, skipped } = parseJsonFile(
      JSON.stringify({ id: "a1", url: "https://example.org/x", source: "Testzeitung", title: "T", author: "A", published: "2025-08-16T10:00:00+02:00", language: "de-DE", text: "Der Gipfel endete." }),
      "file",
      "in/file.json",
    );
    expect(skipped).toEqual([]);
    expect(articles).toEqual([{
      id: "a1", url: "https://example.org/x", source: "Testzeitung", title: "T", author: "A",
      published: "2025-08-16", declaredLanguage: "de", text: "Der Gipfel endete.", textOrigin: null,
    }]);
  });

  it("reads an array; objects without id get file#n; bad items are skipped with their place", () => {
    const { articles, skipped } = parseJsonFile(
      JSON.stringify([{ text: "Erster Text." }, 42, { title: "no body" }, { text: "Dritter Text.", published: "not a date" }]),
      "feed",
      "feed.json",
    );
    expect(articles.map((a) => [a.id, a.published])).toEqual([["feed#1", null], ["feed#4", null]]);
    expect(skipped).toEqual([
      { path: "feed.json", reason: "item 2: a number, not an article object" },
      { path: "feed.json", reason: 'item 3: no "text" or "html" field' },
    ]);
  });

  it("rejects malformed JSON as a whole file, with the parser's reason", () => {
    expect(() => parseJsonFile("{ \"text\": ", "f", "f.json")).toThrow("invalid JSON at line 1, column 11: value expected");
  });

  it("rejects fields of the wrong type", () => {
    const { skipped } = parseJsonFile(JSON.stringify({ text: ["a"] }), "f", "f.json");
    expect(skipped).toEqual([{ path: "f.json", reason: 'the file: field "text" is a list, not a string' }]);
  });

  it("extracts the body of an `html` field", () => {
    const html = "<html lang='en'><head><title>Council votes</title></head><body><article><h1>Council votes</h1><p>The city council voted on Tuesday to close the old library, ending a debate that lasted two years.</p><p>Residents had collected thousands of signatures against the plan, but the majority held.</p></article></body></html>";
    const { articles } = parseJsonFile(JSON.stringify({ id: "h", html }), "f", "f.json");
    expect(articles[0]!.text).toContain("The city council voted on Tuesday");
    expect(articles[0]!.declaredLanguage).toBe("en");
  });

  it("reads JSONL line by line: a bad line is skipped, the others are read, ids are file#line", () => {
    const { articles, skipped } = parseJsonLines(
      '{"text":"Eins."}\n\n{oops\n{"id":"own","text":"Drei.","published":1755302400}\n',
      "feed",
      "feed.jsonl",
    );
    expect(articles.map((a) => [a.id, a.published])).toEqual([["feed#1", null], ["own", "2025-08-16"]]);
    expect(skipped).toEqual([{ path: "feed.jsonl", reason: expect.stringMatching(/^line 3: invalid JSON/) }]);
  });

  it("keeps U+2028 inside a JSONL string instead of splitting the line there", () => {
    const { articles } = parseJsonLines(`{"text":"Zeile\u2028weiter"}\n`, "f", "f.jsonl");
    expect(articles[0]!.text).toBe("Zeile\u2028weiter");
  });
});

describe("feed exports with other field names", () => {
  it("reads schema.org, RSS and NewsAPI names for the contract's fields", () => {
    const { articles } = parseJsonFile(
      JSON.stringify([
        { guid: "g1", link: "https://example.org/1", headline: "H", articleBody: "Body one.", datePublished: "2025-08-16T08:00:00Z", inLanguage: "de" },
        { source: { id: null, name: "Example Wire" }, author: "A", title: "T", content: "Body two.", publishedAt: "2025-08-15T23:00:00Z" },
      ]),
      "feed",
      "feed.json",
    );
    expect(articles.map((a) => [a.id, a.url, a.title, a.source, a.text, a.published, a.declaredLanguage])).toEqual([
      ["g1", "https://example.org/1", "H", null, "Body one.", "2025-08-16", "de"],
      ["feed#2", null, "T", "Example Wire", "Body two.", "2025-08-15", null],
    ]);
  });
});
