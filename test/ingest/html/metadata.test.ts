import { describe, expect, it } from "vitest";
import { extractHtml } from "../../../src/ingest/html/index.js";
import { extract, fixture, TODAY } from "./helpers.js";

describe("metadata", () => {
  it("reads title, author, site name, canonical URL and language from declarations", () => {
    const result = extractHtml(fixture("artikel-de.html"), { today: TODAY });
    expect(result).toMatchObject({
      title: "Neue Radwege für die Altstadt",
      author: "Anna Beispiel",
      siteName: "Tagesblatt Musterstadt",
      url: "https://www.tagesblatt.example.de/lokales/neue-radwege-fuer-die-altstadt",
      language: "de",
      published: "2025-08-15",
    });
  });

  it("falls back to visible markup and the <title> suffix", () => {
    const result = extractHtml(fixture("article-en.html"), { today: TODAY });
    expect(result).toMatchObject({
      title: "Harbor bridge reopens after repairs",
      author: "John Doe",
      siteName: "The Example Gazette",
      url: "https://gazette.example.com/news/harbor-bridge-reopens",
      language: "en",
    });
  });

  it("strips the site suffix from <title> and keeps headlines with inner dashes", () => {
    expect(extract("<title>Streit um Radwege | Tagesblatt</title>").title).toBe("Streit um Radwege");
    expect(extract("<title>Merz – Scholz: Das Duell der Spitzenkandidaten im Fernsehen</title>").title).toBe(
      "Merz – Scholz: Das Duell der Spitzenkandidaten im Fernsehen",
    );
  });

  it("reads the declared language as a lower-case ISO 639-1 code", () => {
    expect(extractHtml('<html lang="DE-at"><body></body></html>', { today: TODAY }).language).toBe("de");
    expect(extract('<meta property="og:locale" content="fr_FR">').language).toBe("fr");
    expect(extract("").language).toBeNull();
  });

  it("resolves a relative canonical link against the URL hint and falls back to the hint", () => {
    expect(extract('<link rel="canonical" href="/a/b">', undefined, "https://example.org/x?y=1").url).toBe("https://example.org/a/b");
    expect(extract("", undefined, "https://example.org/x").url).toBe("https://example.org/x");
  });

  it("ignores author values that are URLs", () => {
    expect(extract('<meta property="article:author" content="https://facebook.com/someone">').author).toBeNull();
  });
});
