import { describe, expect, it } from "vitest";
import { parseTextArticle } from "../../src/ingest/text.js";

describe("plain-text articles", () => {
  it("reads a key: value header ended by a blank line, and keeps the body unchanged", () => {
    const content = "title: Gipfel ohne Einigung\nsource: Testzeitung\nauthor: A. Muster\ndate: 2025-08-16\nurl: https://example.org/a\n\nDer Gipfel endete ohne Einigung.\n";
    const a = parseTextArticle(content);
    expect(a).toMatchObject({
      title: "Gipfel ohne Einigung",
      source: "Testzeitung",
      author: "A. Muster",
      published: "2025-08-16",
      url: "https://example.org/a",
      text: "Der Gipfel endete ohne Einigung.\n",
      textOrigin: { line: 7, column: 1 },
    });
    expect(content.endsWith(a.text)).toBe(true);
  });

  it("reads the seeds' inline date prefix glued to the first line", () => {
    const a = parseTextArticle(" date 2025-08-26 Putins Vorgehen nach Gesprächen:Trump: \"Macht mich sehr wütend\"\nMitte August …\n");
    expect(a.published).toBe("2025-08-26");
    expect(a.text.startsWith("Putins Vorgehen")).toBe(true);
    expect(a.textOrigin).toEqual({ line: 1, column: 18 });
  });

  it("reads `published:` and front matter, with German and timestamped dates", () => {
    expect(parseTextArticle("published: 16.08.2025\n\nText.").published).toBe("2025-08-16");
    expect(parseTextArticle("---\ntitle: T\ndate: 2025-08-16T23:30:00-04:00\n---\nText.").published).toBe("2025-08-16");
  });

  it("is no header when a leading line uses an unknown key (an English headline like 'Poll: …')", () => {
    const content = "Poll: Wealthy Voters Favor Tax Cuts\n\nThe survey found …\n";
    const a = parseTextArticle(content);
    expect(a.text).toBe(content);
    expect(a.title).toBeNull();
    expect(a.textOrigin).toEqual({ line: 1, column: 1 });
  });

  it("gives no date for an invalid header date instead of guessing", () => {
    expect(parseTextArticle("date: 2025-02-30\n\nText.").published).toBeNull();
    expect(parseTextArticle("date: soon\n\nText.").published).toBeNull();
  });

  it("handles Windows line ends in the header", () => {
    const a = parseTextArticle("title: Gipfel\r\ndate: 2025-08-16\r\n\r\nText.\r\n");
    expect(a.title).toBe("Gipfel");
    expect(a.published).toBe("2025-08-16");
    expect(a.text).toBe("Text.\r\n");
  });
});
