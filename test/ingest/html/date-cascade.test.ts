import { describe, expect, it } from "vitest";
import { extractHtml } from "../../../src/ingest/html/index.js";
import { publishedOf, TODAY } from "./helpers.js";

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const meta = (attr: string, key: string, content: string) => `<meta ${attr}="${key}" content="${content}">`;

describe("publication date: JSON-LD", () => {
  it("reads datePublished of a NewsArticle", () => {
    expect(publishedOf(jsonLd({ "@type": "NewsArticle", datePublished: "2025-08-15T09:30:00+02:00" }))).toBe("2025-08-15");
  });

  it("reads the article inside an @graph", () => {
    const graph = { "@context": "https://schema.org", "@graph": [{ "@type": "WebSite", name: "X" }, { "@type": "Article", datePublished: "2024-02-29" }] };
    expect(publishedOf(jsonLd(graph))).toBe("2024-02-29");
  });

  it("reads top-level arrays and nested entities", () => {
    expect(publishedOf(jsonLd([{ "@type": "Organization" }, { "@type": "BlogPosting", datePublished: "2021-05-01" }]))).toBe("2021-05-01");
    expect(publishedOf(jsonLd({ "@type": "WebPage", mainEntity: { "@type": "Article", datePublished: "2022-07-14" } }))).toBe("2022-07-14");
  });

  it("prefers the page's own article over the teasers it lists", () => {
    const page = {
      "@type": "NewsArticle",
      datePublished: "2023-03-03",
      hasPart: [{ "@type": "NewsArticle", datePublished: "2023-01-01" }],
    };
    expect(publishedOf(jsonLd(page))).toBe("2023-03-03");
  });

  it("still reads datePublished from JSON-LD too broken to parse", () => {
    expect(publishedOf('<script type="application/ld+json">{"@type":"Article", "datePublished": "2020-06-04T10:00:00Z",}</script>')).toBe("2020-06-04");
  });
});

describe("publication date: meta conventions", () => {
  it.each([
    ["property", "article:published_time", "2025-08-15T09:30:00+02:00"],
    ["property", "og:published_time", "2025-08-15"],
    ["name", "DC.date.issued", "2025-08-15"],
    ["name", "dcterms.created", "2025-08-15"],
    ["name", "date", "2025-08-15"],
    ["name", "pubdate", "20250815"],
    ["name", "publishdate", "2025-08-15 09:30"],
    ["name", "parsely-pub-date", "2025-08-15T07:30:00Z"],
    ["name", "sailthru.date", "2025-08-15 09:30:00"],
    ["name", "citation_publication_date", "2025/08/15"],
    ["itemprop", "datePublished", "2025-08-15"],
  ])("reads <meta %s=%s>", (attr, key, content) => {
    expect(publishedOf(meta(attr, key, content))).toBe("2025-08-15");
  });

  it("reads slashed dates in meta tags month first, as software writes them, even on German pages", () => {
    expect(publishedOf('<meta http-equiv="content-language" content="de">' + meta("name", "date", "11/01/2023 12:43:42"))).toBe("2023-11-01");
  });

  it("reads Parse.ly's JSON blob", () => {
    expect(publishedOf(`<meta name="parsely-page" content='{"title":"X","pub_date":"2019-10-02T08:00:00Z"}'>`)).toBe("2019-10-02");
  });
});

describe("publication date: markup in the page", () => {
  it("reads <time pubdate> and <time itemprop=datePublished>", () => {
    expect(publishedOf("", '<time pubdate datetime="2018-06-20T08:00">20. Juni</time>')).toBe("2018-06-20");
    expect(publishedOf("", '<time itemprop="datePublished" datetime="2018-06-21">21.6.</time>')).toBe("2018-06-21");
  });

  it("reads an element whose class names it as the date line", () => {
    expect(publishedOf("", '<div class="article__date">Freitag, 15.08.2025</div><p>Text ohne Datum.</p>')).toBe("2025-08-15");
  });

  it("passes over a revision date in a date line", () => {
    expect(publishedOf("", '<div id="page-info">page revision: 23, last edited: 04 Mar 2019 09:41</div><p>Text.</p>')).toBeNull();
    expect(publishedOf("", '<div class="meta">Published 3 May 2016, last edited: 04 Mar 2019</div><p>Text.</p>')).toBe("2016-05-03");
  });

  it("reads no date from a column of dated teasers", () => {
    const teasers = [27, 26, 19, 17, 14, 12].map((d) => `<li><span class="news-date">${d}.02.2020</span> <a href="#">Meldung vom ${d}. Februar</a></li>`).join("");
    const story = `<h1>Der Verband im Porträt</h1><p>${"Wer wir sind, was wir tun und wofür wir uns seit Jahrzehnten einsetzen. ".repeat(8)}</p>`;
    expect(publishedOf("", `${story}<ul>${teasers}</ul>`)).toBeNull();
    expect(publishedOf("", `${story}<ul>${teasers.split("</li>").slice(0, 2).join("</li>")}</ul>`)).toBe("2020-02-27");
  });

  it("reads the date printed next to the headline", () => {
    expect(publishedOf("", "<h1>Neue Radwege für die Altstadt</h1><p>27.1.2022 – Der Stadtrat hat beschlossen …</p>")).toBe("2022-01-27");
  });

  it("reads the date line under the headline, not a date in the caption or lead", () => {
    const caption = "<figure><figcaption>FILE PHOTO: A ranger hands out trail maps to hikers at the entrance of the state park near Lakeview, January 16, 2020. Sam Roe/Pool via Example Images</figcaption></figure>";
    expect(publishedOf("", `<h1>Protesters gather outside the city theater</h1>${caption}<p>January 18, 2020</p><p>Protesters tried to enter.</p>`)).toBe("2020-01-18");
    const h1 = "<h1>Bücherei öffnet wieder abends<br><small>02.02.2022 • Stadt, Kultur</small></h1>";
    expect(publishedOf("", `${h1}<p>Nach dem am 28.01.2022 gefassten Beschluss des Kulturausschusses darf die Bücherei bis 20 Uhr öffnen.</p>`)).toBe("2022-02-02");
  });

  it("finds the headline where it stands on its own line, not in the breadcrumb", () => {
    const title = "Kim Kardashian polarisiert mit neuer Werbung";
    const crumbs = `<nav><p>example.de » News » ${title}</p></nav><p>${"Hol dir die besten Tipps direkt in dein Postfach. ".repeat(10)}</p>`;
    expect(publishedOf("", `${crumbs}<h1>${title}</h1><p>Von Katharina Muster, 6. November 2023, 15:25 Uhr</p>`)).toBe("2023-11-06");
  });

  it("reads no printed date from a machine timestamp in hidden text", () => {
    const head = '<meta property="article:published_time" content="2023-03-14T08:20:05+00:00">';
    const line = '<div class="meta"><span class="updated hidden">2023-03-02T16:45:19+01:00</span> <span>Jonas Beispiel</span></div>';
    expect(publishedOf(head, `<h1>Neue Bänke für den Stadtpark</h1>${line}<p>Text.</p>`)).toBe("2023-03-14");
  });
});

describe("publication date: URL", () => {
  it("reads /YYYY/MM/DD/ and /YYYYMMDD/ paths", () => {
    expect(publishedOf("", undefined, "https://example.com/2020/06/04/story-title/")).toBe("2020-06-04");
    expect(publishedOf("", undefined, "https://example.com/article/20211103/NEWS/311039909")).toBe("2021-11-03");
  });

  it("reads day-first dates in a slug", () => {
    expect(publishedOf("", undefined, "https://example.de/artikel/bericht_vom_22.04.2020_zur_lage")).toBe("2020-04-22");
    expect(publishedOf("", undefined, "https://example.fr/actu/24-07-2017-la-rentree")).toBe("2017-07-24");
  });

  it("does not read a slug's number as the day, nor an issue number as the month", () => {
    const teaser = (date: string) => `<p>Veröffentlicht am ${date}</p>`;
    expect(publishedOf("", teaser("17.10.2023"), "https://example.de/2023/10/3-fragen-an-die-ministerin/")).toBe("2023-10-17");
    expect(publishedOf("", teaser("02.05.2019"), "https://example.de/heft/2019-4/editorial")).toBe("2019-05-02");
  });

  it("does not read digits in the host or a bare year", () => {
    expect(publishedOf("", undefined, "https://news2020.example.com/2020/story")).toBeNull();
  });
});

describe("publication date: text patterns", () => {
  it("reads German cues", () => {
    expect(publishedOf("", "<p>Veröffentlicht am 15.08.2025</p>")).toBe("2025-08-15");
    expect(publishedOf("", "<p>Stand: 23.11.2024, 14:35 Uhr</p>")).toBe("2024-11-23");
    expect(publishedOf("", "<p>Erstellt am 15. August 2025 von der Redaktion</p>")).toBe("2025-08-15");
  });

  it("reads a cue that follows the date, and a label in an element of its own", () => {
    expect(publishedOf("", "<p>Dieser Artikel wurde am 24. Juli 2017 um 10:15 Uhr veröffentlicht.</p>")).toBe("2017-07-24");
    expect(publishedOf("", '<div><div>Mise en ligne</div><div>12/03/2021</div></div>')).toBe("2021-03-12");
    expect(publishedOf("", "<p>Fecha: 5 de mayo de 2022</p>")).toBe("2022-05-05");
  });

  it("reads no cue inside a longer word, nor a forum sign-up or the time of printing", () => {
    expect(publishedOf("", "<p>Datensatz 12.03.2020 bis 14.03.2020 ausgewertet</p><p>Veröffentlicht am 01.04.2020</p>")).toBe("2020-04-01");
    expect(publishedOf("", "<p>Registriert: 05.11.2011</p><p>Aktuelle Zeit: 03.06.2021, 21:47</p>")).toBeNull();
    expect(publishedOf("", "<p>Joined: March 3, 2015</p>")).toBeNull();
  });

  it("passes over a sign-up or revision date printed under the headline", () => {
    const body = "<h1>Freie Software im Verein</h1><p>Registriert: 05.11.2011</p><p>Beitrag von k77 » 09.02.2012, 19:08</p>";
    expect(publishedOf("", body)).toBe("2012-02-09");
  });

  it("reads a signature date closing the article when nothing else dates the page", () => {
    const story = "<p>Der Verein bedankt sich bei allen Helferinnen und Helfern, die das Sommerfest am See möglich gemacht haben.</p>".repeat(3);
    expect(publishedOf("", `<article>${story}<p>Wien, am 24. Juli 2017</p></article>`)).toBe("2017-07-24");
    expect(publishedOf("", `<article>${story}<p>Berlin, den 3. März 2020</p></article>`)).toBe("2020-03-03");
    expect(publishedOf("", `<article>${story}<p>Die Ausstellung läuft bis 3. März 2020</p></article>`)).toBeNull();
  });

  it("reads the date line right above the story when no headline is found to date it", () => {
    const story = "<p>Die neuen Prüfungsbögen für die Nachwuchsgruppen können ab sofort über die Geschäftsstelle bestellt werden.</p>".repeat(3);
    const page = (dateLine: string) =>
      `<header><nav><a href="/">Termine</a></nav></header><h2>Prüfungsbögen ab sofort erhältlich</h2>${dateLine}<article>${story}</article>`;
    expect(publishedOf("", page("<p>01.02.2022 Kategorie: Verband</p>"))).toBe("2022-02-01");
    expect(publishedOf("", page("<p>2021-10-16 | Mitteilung</p>"))).toBe("2021-10-16");
    expect(publishedOf("", page("<p>Aktualisiert: 30.12.2016</p>"))).toBeNull();
    // A date in prose above the story is another story's (a teaser), not this one's date line.
    const teaser = "<p>Am 3. März 2020 berichteten wir ausführlich über die Hauptversammlung des Vereins und über die neuen Beitragsordnungen.</p>";
    expect(publishedOf("", page(`<p>12.05.2019</p><aside>${teaser}</aside>`))).toBeNull();
  });

  it("reads no date from comments or related-article teasers", () => {
    const comments = '<div class="comments"><time datetime="2023-05-02">2. Mai</time><div class="date">03.05.2023</div></div>';
    const related = '<ul class="related-posts"><li><time datetime="2021-01-09">9. Januar</time></li></ul>';
    expect(publishedOf("", `<article><p>Ein Bericht über den Stadtrat.</p></article>${comments}${related}`)).toBeNull();
    expect(publishedOf("", `<article><time datetime="2023-05-01">1. Mai</time></article>${comments}`)).toBe("2023-05-01");
  });

  it("reads no date from a review's or comment's microdata", () => {
    const review = (type: string) =>
      `<div itemscope itemtype="http://schema.org/${type}"><meta itemprop="datePublished" content="2019-08-11"/><p>Sehr schönes Ferienhaus, wir kommen wieder.</p></div>`;
    const listing = "<h1>Ferienhaus am Waldrand</h1><p>Das Haus bietet Platz für sechs Personen und liegt ruhig am Ortsrand.</p>";
    expect(publishedOf("", listing + review("Review"))).toBeNull();
    expect(publishedOf("", listing + review("Comment"))).toBeNull();
    const story = `<article itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2021-03-02"/><h1>Council approves budget</h1><p>The council approved the budget.</p>${review("Comment")}</article>`;
    expect(publishedOf("", story)).toBe("2021-03-02");
  });

  it("reads English cues", () => {
    expect(publishedOf('<meta http-equiv="content-language" content="en-US">', "<p>Published on Aug 15, 2025</p>")).toBe("2025-08-15");
    expect(publishedOf("", "<p>Posted: 15 August 2025</p>")).toBe("2025-08-15");
  });
});

describe("publication date: choosing", () => {
  it("prefers the publication date over a modification date", () => {
    const head = meta("property", "article:modified_time", "2025-09-01") + meta("property", "article:published_time", "2025-08-15");
    expect(publishedOf(head)).toBe("2025-08-15");
    expect(publishedOf(jsonLd({ "@type": "Article", dateModified: "2025-09-01", datePublished: "2025-08-15" }))).toBe("2025-08-15");
    expect(publishedOf("", "<p>Aktualisiert am 01.09.2025</p><p>Veröffentlicht am 15.08.2025</p>")).toBe("2025-08-15");
  });

  it("never reports a modification date as the publication date", () => {
    expect(publishedOf(meta("property", "article:modified_time", "2025-09-01"))).toBeNull();
    expect(publishedOf(jsonLd({ "@type": "Article", dateModified: "2025-09-01" }))).toBeNull();
    expect(publishedOf("", '<time class="updated" datetime="2025-09-01">1.9.</time><p>Aktualisiert am 01.09.2025</p>')).toBeNull();
  });

  it("rejects dates before 1995 and after today, then keeps looking", () => {
    expect(publishedOf(meta("property", "article:published_time", "1970-01-01"))).toBeNull();
    expect(publishedOf(meta("property", "article:published_time", "2026-11-24"))).toBeNull();
    const future = meta("property", "article:published_time", "2031-01-01");
    expect(publishedOf(future, "<p>Veröffentlicht am 15.08.2025</p>")).toBe("2025-08-15");
  });

  it("uses the given today as the upper bound", () => {
    const head = meta("property", "article:published_time", "2026-11-23");
    const page = `<html><head>${head}</head><body></body></html>`;
    expect(extractHtml(page, { today: TODAY }).published).toBe("2026-11-23");
    expect(extractHtml(page, { today: "2026-11-22" }).published).toBeNull();
  });

  it("takes a full URL date over a UTC timestamp a day later", () => {
    const head = meta("property", "article:published_time", "2024-03-15T01:37:26+00:00");
    expect(publishedOf(head, undefined, "https://news.example.com/2024/03/14/council-votes/")).toBe("2024-03-14");
  });

  it("takes the next day over the URL's when the declared and the printed date both name it", () => {
    const head = jsonLd({ "@type": "NewsArticle", datePublished: "2022-05-07T15:08:21-05:00" });
    const url = "https://deportes.example.pe/futbol/2022/05/06/norte-vence-al-sur/";
    const headline = "<h1>El Deportivo Norte vence al Atlético Sur en la final</h1>";
    expect(publishedOf(head, `${headline}<div class="author">sábado 07 de mayo del 2022</div><p>Texto.</p>`, url)).toBe("2022-05-07");
    // Declared alone, or printed alone, the later day does not override the URL.
    expect(publishedOf(head, `${headline}<p>Texto.</p>`, url)).toBe("2022-05-06");
    expect(publishedOf("", `${headline}<div class="author">sábado 07 de mayo del 2022</div><p>Texto.</p>`, url)).toBe("2022-05-06");
  });

  it("rules out dates from other months when the URL files the page under /YYYY/MM/", () => {
    const head = jsonLd({ "@type": "Article", datePublished: "2021-08-14" });
    const body = '<div class="date">14.08.2022</div><p>Text.</p>';
    expect(publishedOf(head, body, "https://example.org/de/news/2022-08/pilgrimage")).toBe("2022-08-14");
  });

  it("trusts the date under the headline over metadata when another source confirms it", () => {
    const head = meta("property", "article:published_time", "2021-12-21T16:37:05+01:00");
    const headline = "<h1>Kürbisfest: Die Sieger sind gekürt</h1>";
    expect(publishedOf(head, `${headline}<div class="news-date">31.01.2022</div><p>Text.</p>`)).toBe("2022-01-31");
    expect(publishedOf(head, `${headline}<p>Am 31.01.2022 wurde gewogen.</p>`)).toBe("2021-12-21");
  });

  it("takes the date under the headline as the local day of a UTC timestamp one day off", () => {
    const body = "<h1>La alcaldesa anuncia un parque junto al río</h1><p>3 de mayo de 2022</p><p>Texto.</p>";
    expect(publishedOf(jsonLd({ "@type": "NewsArticle", datePublished: "Wed, 04 May 2022 03:17:00 GMT" }), body)).toBe("2022-05-03");
    expect(publishedOf(jsonLd({ "@type": "NewsArticle", datePublished: "2022-05-04T03:17:00Z" }), body)).toBe("2022-05-03");
    // With its own offset the timestamp already names the local day; an unconfirmed printed date does not beat it.
    expect(publishedOf(jsonLd({ "@type": "NewsArticle", datePublished: "2022-05-04T03:17:00+02:00" }), body)).toBe("2022-05-04");
  });

  it("reads a month-first date under the headline as the unambiguous timestamp it swaps", () => {
    const headline = "<h1>Akkuschrauber im Vergleich</h1>";
    const body = `${headline}<p class="date">Stand: 09/03/2021, 07:30</p><p>Text.</p>`;
    // The page is German (day first), but 09/03/2021 is the ISO timestamp written month first.
    expect(publishedOf(jsonLd({ "@type": "Article", datePublished: "2021-09-03T07:30:41" }), body)).toBe("2021-09-03");
    // An ambiguous slashed timestamp settles nothing: the page's own reading stands.
    expect(publishedOf(meta("property", "article:published_time", "03/09/2021 07:30"), body)).toBe("2021-03-09");
  });

  it("returns null for a page without any date", () => {
    expect(publishedOf("<title>Über uns</title>", "<h1>Über uns</h1><p>Wir sind ein kleiner Verein aus Musterstadt.</p>")).toBeNull();
  });
});
