import { describe, expect, it } from "vitest";
import { extractHtml } from "../../../src/ingest/html/index.js";
import { TODAY } from "./helpers.js";

const sentence = (i: number) =>
  `Satz ${i}: Der Gemeinderat hat lange über den Haushalt beraten und am Ende mit knapper Mehrheit zugestimmt, obwohl die Opposition Einwände hatte.`;
const paragraphs = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `<p>${sentence(from + i)}</p>`).join("");
/** Enough menu text that a story block stays under the share of the page that protects it from chrome rules. */
const bigMenu = `<nav>${Array.from({ length: 120 }, (_, i) => `<a href="/r${i}">Ressort Nummer ${i}</a>`).join(" ")}</nav>`;
const textOf = (body: string) => extractHtml(`<html><body>${body}</body></html>`, { today: TODAY }).text;

describe("chrome cleaning", () => {
  it("keeps a block whose class says it holds an ad slot (has-ads), not that it is one", () => {
    const text = textOf(`${bigMenu}<section class="o-section o-section--has-ads">${paragraphs(1, 5)}</section><div class="ad">Anzeige: Kaufen Sie jetzt</div>`);
    expect(text).toContain("Satz 1:");
    expect(text).toContain("Satz 5:");
    expect(text).not.toContain("Kaufen Sie jetzt");
  });

  it("keeps a page-level <header> that holds the headline and its lead", () => {
    const lead = "Nach monatelangem Streit ist der Haushalt beschlossen: Die Stadt investiert vor allem in Schulen und Radwege.";
    const text = textOf(
      `<header><a href="/">Logo</a></header>${bigMenu}<header><h1>Haushalt beschlossen</h1><p>${lead}</p></header><div>${paragraphs(1, 5)}</div>`,
    );
    expect(text.split("\n\n")[0]).toBe(lead);
    expect(text).not.toContain("Logo");
  });

  it("keeps story blocks whose class names only contain a chrome word (banners-contenido)", () => {
    // Readability would read "banner" in the class as chrome and drop the story but for its excerpt.
    const text = textOf(
      `<article><div class="post-excerpt"><p>${sentence(0)}</p></div>` +
        `<div class="banners-contenido-nota">${paragraphs(1, 4)}</div></article>`,
    );
    expect(text).toContain("Satz 0:");
    expect(text).toContain("Satz 4:");
  });

  it("keeps a story wrapped in a block named for a place on the page (sidebar, banner, ad, product form)", () => {
    for (const wrapper of ['<div class="layout-with-sidebar">', '<div class="page-banner-holder">', '<div class="content-ad">', '<form class="product">']) {
      const close = wrapper.startsWith("<form") ? "</form>" : "</div>";
      const text = textOf(`${bigMenu}${wrapper}${paragraphs(1, 4)}${close}<div class="sidebar"><a href="/a">Archiv</a> Kontakt</div>`);
      expect(text).toContain("Satz 1:");
      expect(text).toContain("Satz 4:");
      expect(text).not.toContain("Archiv");
    }
  });

  it("removes comments and related teasers even when they read as prose", () => {
    const comment = "<p>Ich finde, der Rat hätte viel früher entscheiden müssen, denn die Schulen warten seit Jahren auf die Sanierung.</p>";
    const text = textOf(`<article>${paragraphs(1, 5)}</article><div class="comments">${comment.repeat(3)}</div>`);
    expect(text).toContain("Satz 5:");
    expect(text).not.toContain("Ich finde");
  });

  it("removes an author box however its class glues the words (author-info, AuthorBox)", () => {
    const bio = "<p>Jana Beispiel ist Professorin für öffentliches Recht an der Universität Musterstadt und schreibt über Verfassungsfragen.</p>";
    for (const name of ["author-info", "TestReport__AuthorBox", "row author-box"]) {
      const text = textOf(`<article>${paragraphs(1, 5)}<div class="${name}">${bio}</div></article>`);
      expect(text).toContain("Satz 5:");
      expect(text).not.toContain("Jana Beispiel");
    }
    expect(textOf(`<article>${paragraphs(1, 5)}<div class="author-quote">${bio}</div></article>`)).toContain("Jana Beispiel");
  });
});
