import { describe, expect, it } from "vitest";
import { extractHtml } from "../../../src/ingest/html/index.js";
import { fixture, TODAY } from "./helpers.js";

describe("article body", () => {
  const german = extractHtml(fixture("artikel-de.html"), { today: TODAY });
  const english = extractHtml(fixture("article-en.html"), { today: TODAY });

  it("keeps the article's paragraphs, separated by blank lines", () => {
    const paragraphs = german.text.split("\n\n");
    expect(paragraphs[0]).toMatch(/^Der Stadtrat hat am Donnerstag beschlossen/);
    expect(paragraphs).toContain("Kosten von 1,2 Millionen Euro");
    expect(paragraphs.at(-1)).toMatch(/wie die Verwaltung mitteilte\.$/);
    expect(english.text.split("\n\n")).toHaveLength(3);
  });

  it("collapses whitespace inside a paragraph and leaves the headline to the title", () => {
    const paragraph =
      "<p>Erste   Zeile\n\t zweite Zeile mit genug Text, damit der Absatz als Artikel zählt und nicht als Rest einer Navigation.</p>";
    const html = `<html><body><article><h1>Titel des Artikels</h1>${paragraph.repeat(4)}</article></body></html>`;
    const paragraphs = extractHtml(html, { today: TODAY }).text.split("\n\n");
    expect(paragraphs).toHaveLength(4);
    for (const p of paragraphs) expect(p).toBe("Erste Zeile zweite Zeile mit genug Text, damit der Absatz als Artikel zählt und nicht als Rest einer Navigation.");
  });

  it("drops navigation, cookie, newsletter, share, related and footer text", () => {
    for (const chrome of ["Startseite", "Cookies", "Newsletter", "Facebook", "Parkhaus am Markt", "Impressum", "vorlesen"]) {
      expect(german.text).not.toContain(chrome);
    }
    for (const chrome of ["Home", "Sign up", "First comment", "opens in a new window"]) expect(english.text).not.toContain(chrome);
  });

  it("drops the byline line from the body", () => {
    expect(german.text).not.toContain("Von Anna Beispiel");
    expect(english.text).not.toContain("By John Doe");
  });

  it("does not mistake a class token for a longer word (header-image, shadow)", () => {
    const html =
      '<html><body><div class="header-image shadow"><p>Dieser Absatz steht in einem Block, dessen Klassen nur zufällig ' +
      "Wortteile wie head oder ad enthalten, und gehört trotzdem zum Artikel, der lang genug ist, um gefunden zu werden. " +
      "Er beschreibt ausführlich, was im Rathaus besprochen wurde und welche Folgen das hat.</p></div></body></html>";
    expect(extractHtml(html, { today: TODAY }).text).toContain("gehört trotzdem zum Artikel");
  });

  const story = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p>Absatz ${i + 1}: Der Gemeinderat hat lange über den Haushalt beraten und am Ende mit knapper Mehrheit zugestimmt, obwohl die Opposition Einwände hatte.</p>`).join("");

  it("recovers a lead paragraph kept outside the story container", () => {
    const lead = "Nach monatelangem Streit ist der Haushalt beschlossen: Die Stadt investiert vor allem in Schulen und Radwege.";
    const html = `<html><body><main><h1>Haushalt beschlossen</h1><div class="standfirst"><p>${lead}</p></div>` +
      `<div class="story-text">${story(6)}</div></main></body></html>`;
    const paragraphs = extractHtml(html, { today: TODAY }).text.split("\n\n");
    expect(paragraphs[0]).toBe(lead);
    expect(paragraphs[1]).toMatch(/^Absatz 1:/);
  });

  it("cuts a trailing list of related articles and drops kicker fragments", () => {
    const html = `<html><body><article><p>Politik</p>${story(6)}<h3>Mehr zum Thema</h3>` +
      "<p>Parkhaus am Markt wird saniert</p><p>Neue Buslinie ab Dezember</p></article></body></html>";
    const text = extractHtml(html, { today: TODAY }).text;
    expect(text).toMatch(/^Absatz 1:/);
    expect(text).toMatch(/Einwände hatte\.$/);
    expect(text).not.toContain("Mehr zum Thema");
    expect(text).not.toContain("Buslinie");
  });

  it("keeps a sentence that is mostly a link but drops a list of links", () => {
    const linked = '<p>Die Stadt hat <a href="/haushalt">alle Zahlen zum neuen Haushalt und die Beschlüsse des Gemeinderats im Wortlaut</a> veröffentlicht.</p>';
    const menu = '<p><a href="/a">Politik</a> <a href="/b">Wirtschaft</a> <a href="/c">Kultur</a> <a href="/d">Sport</a> <a href="/e">Lokales aus der Region</a></p>';
    const text = extractHtml(`<html><body><article>${story(4)}${linked}${menu}${story(2)}</article></body></html>`, { today: TODAY }).text;
    expect(text).toContain("alle Zahlen zum neuen Haushalt");
    expect(text).not.toContain("Wirtschaft");
  });

  it("reads ruby text without its reading aids (furigana)", () => {
    const sentence = "<ruby>町<rt>まち</rt></ruby>にある<ruby>図書館<rp>(</rp><rt>としょかん</rt><rp>)</rp></ruby>をきれいにするための<ruby>工事<rt>こうじ</rt></ruby>が終わりました。";
    const html = `<html><body><article><h1>新しい図書館</h1>${`<p>${sentence.repeat(4)}</p>`.repeat(3)}</article></body></html>`;
    const text = extractHtml(html, { today: TODAY }).text;
    expect(text).toContain("町にある図書館をきれいにするための工事が終わりました。");
    expect(text).not.toContain("としょかん");
  });

  it("returns empty text for a page without an article", () => {
    expect(extractHtml(fixture("no-article.html"), { today: TODAY }).text).toBe("");
    expect(extractHtml("", { today: TODAY }).text).toBe("");
  });

  it("does not crash on truncated or malformed HTML", () => {
    const page = fixture("artikel-de.html");
    const truncated = page.slice(0, page.indexOf("Die Kosten von rund") + 40);
    const result = extractHtml(truncated, { today: TODAY });
    expect(result.text).toContain("Der Stadtrat hat am Donnerstag beschlossen");
    expect(result.published).toBe("2025-08-15");
    expect(() => extractHtml("<html><body><div><p>Offen <b>und <i>kaputt</p></div", { today: TODAY })).not.toThrow();
  });

  it("reads a page nested deeper than the parsers can recurse", () => {
    const depth = 8000;
    const html = `<html><body>${"<div>".repeat(depth)}${story(3)}${"</div>".repeat(depth)}</body></html>`;
    expect(extractHtml(html, { today: TODAY }).text).toMatch(/^Absatz 1:/);
  });

  it("keeps the dateline, lists and tables inside the story, and a story continued in a sibling block", () => {
    const p = (i: number) =>
      `<p>Satz ${i}: Der Gemeinderat hat lange über den Haushalt beraten und am Ende mit knapper Mehrheit zugestimmt, obwohl die Opposition Einwände hatte.</p>`;
    const html =
      `<html><body><nav><a href="/">Start</a></nav><article><h1>Haushalt beschlossen</h1><p>BERLIN (dpa) – Der Rat hat entschieden.</p>${p(1)}${p(2)}` +
      `<ul><li>Schulen: 2,1 Millionen Euro</li><li>Radwege: 0,8 Millionen Euro</li></ul>${p(3)}` +
      `<table><tr><th>Posten</th><th>Betrag</th></tr><tr><td>Bäder</td><td>1,2 Mio.</td></tr></table>${p(4)}</article>` +
      `<div class="article-continued">${p(5)}${p(6)}</div></body></html>`;
    const paragraphs = extractHtml(html, { today: TODAY }).text.split("\n\n");
    expect(paragraphs[0]).toBe("BERLIN (dpa) – Der Rat hat entschieden.");
    expect(paragraphs).toContain("Radwege: 0,8 Millionen Euro");
    expect(paragraphs.join(" ")).toContain("Bäder 1,2 Mio.");
    expect(paragraphs.at(-1)).toMatch(/^Satz 6:/);
  });

  it("drops soft hyphens and word joiners, which split words for search and analysis", () => {
    const html = "<html><body><article><h1>Wein&shy;ber&shy;ge</h1><p>Schon im Mit&shy;tel&shy;al&shy;ter war der Wein das Aus\u2060hän\u2060ge\u2060schild der Region, sagte die Winzerin.</p></article></body></html>";
    const { text, title } = extractHtml(html, { today: TODAY });
    expect(text).toContain("Schon im Mittelalter war der Wein das Aushängeschild der Region");
    expect(title).toBe("Weinberge");
  });

  it("drops picture credits, figure captions and “see also” lines inside the story", () => {
    const p = (i: number) =>
      `<p>Satz ${i}: Die Stadtwerke haben das neue Hallenbad nach zwei Jahren Bauzeit eröffnet, die Kosten lagen im geplanten Rahmen.</p>`;
    const html =
      `<html><body><article><h1>Hallenbad eröffnet</h1>${p(1)}<p>Beitragsbild: Stadtwerke Musterstadt</p>${p(2)}` +
      `<p>Abbildung 4: Besucherzahlen seit 2015</p>${p(3)}<p>Zum Weiterlesen</p>${p(4)}</article></body></html>`;
    const text = extractHtml(html, { today: TODAY }).text;
    expect(text).toContain("Satz 4:");
    for (const chrome of ["Beitragsbild", "Abbildung 4", "Zum Weiterlesen"]) expect(text).not.toContain(chrome);
  });

  it("drops captions that end with a credit, filing notes, date stamps, like buttons, download links and advertising notes", () => {
    const p = (i: number) =>
      `<p>Satz ${i}: Die Stadtwerke haben das neue Hallenbad nach zwei Jahren Bauzeit eröffnet, die Kosten lagen im geplanten Rahmen.</p>`;
    const chrome = [
      "Die Bürgermeisterin eröffnet das Bad am Samstag. © Stadt Musterstadt",
      "Wer die Schilder abmontiert hat, ist unklar (Symbolbild).",
      "Le piquet de grève dans le hall de l’université / (C) Jean Exemple",
      "opublikowano: 2021-04-29 17:13:04",
      "Gefällt mir Wird geladen...",
      "Merkblatt zur Badeordnung PDF | 212 KB | Datei ist nicht barrierefrei",
      "*Werbung. Dieser Beitrag enthält Werbung für einen Badeausstatter.",
      "Der Beitrag wurde am Freitag, den 14. März 2025 um 09:05 Uhr veröffentlicht und wurde unter Sport, Bäder, Vereine abgelegt. Antworten auf diesen Beitrag kannst du über den RSS-Feed abonnieren.",
      "This entry was posted on Monday, May 5th, 2014 at 11:30 pm and is filed under Linux, Tutorials. You can follow any responses to this entry through the RSS 2.0 feed.",
    ];
    const html = `<html><body><article><h1>Hallenbad eröffnet</h1>${p(1)}${chrome.map((c) => `<p>${c}</p>`).join(p(2))}${p(3)}</article></body></html>`;
    const text = extractHtml(html, { today: TODAY }).text;
    expect(text).toContain("Satz 3:");
    for (const line of chrome) expect(text).not.toContain(line.slice(0, 20));
    const kept = "<p>Die Stadt hat das Bad für 12 Millionen Euro saniert, sagte die Sprecherin (Stadtwerke).</p><p>Geregelt ist das in den Absätzen (a), (b) und (c) des Vertrags.</p>";
    const text2 = extractHtml(`<html><body><article>${p(1)}${kept}${p(2)}</article></body></html>`, { today: TODAY }).text;
    expect(text2).toContain("12 Millionen");
    expect(text2).toContain("(c) des Vertrags");
  });
});
