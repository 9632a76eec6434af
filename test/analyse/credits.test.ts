import { describe, expect, it } from "vitest";
import { findCredits } from "../../src/analyse/credits.js";
import { findParagraphs } from "../../src/analyse/segments.js";
import { factsOf, pack, setup } from "../helpers/analyse.js";

const DE_BODY =
  "Bei dem Brand in einer Lagerhalle wurden am Freitag zwei Feuerwehrleute leicht verletzt. Die Ursache ist noch unklar, die Polizei ermittelt.";
const EN_BODY = "The Senate passed the bill on Friday after a long debate. The House is expected to vote on it next week.";

/** Each credit as [agency, text under its span]. */
function credits(text: string, language: "de" | "en"): Array<[string, string]> {
  return findCredits(text, findParagraphs(text), setup.library.agencies, [pack(language)]).map((c) => [
    c.agency,
    text.slice(c.span.start, c.span.end),
  ]);
}

describe("findCredits: closing credit lines", () => {
  it("reads a bare agency line", () => {
    expect(credits(`${DE_BODY}\n\ndpa`, "de")).toEqual([["dpa", "dpa"]]);
  });

  it("reads agencies with an editor's initials", () => {
    expect(credits(`${DE_BODY}\n\nAFP/dpa/lkl`, "de")).toEqual([
      ["AFP", "AFP"],
      ["dpa", "dpa"],
    ]);
  });

  it("reads “Quelle: dpa” and the agency's full name", () => {
    expect(credits(`${DE_BODY}\n\nQuelle: dpa`, "de")).toEqual([["dpa", "dpa"]]);
    expect(credits(`${DE_BODY}\n\nDeutsche Presse-Agentur`, "de")).toEqual([["dpa", "Deutsche Presse-Agentur"]]);
  });

  it("reads “Mit Material von Reuters und AFP”", () => {
    expect(credits(`${DE_BODY}\n\nMit Material von Reuters und AFP`, "de")).toEqual([
      ["Reuters", "Reuters"],
      ["AFP", "AFP"],
    ]);
  });

  it("reads “Mit Material der Nachrichtenagenturen dpa und AFP”", () => {
    expect(credits(`${DE_BODY}\n\nMit Material der Nachrichtenagenturen dpa und AFP`, "de")).toEqual([
      ["dpa", "dpa"],
      ["AFP", "AFP"],
    ]);
  });

  it("reads “dpa-AFX” as its own agency", () => {
    expect(credits(`${DE_BODY}\n\ndpa-AFX`, "de")).toEqual([["dpa-AFX", "dpa-AFX"]]);
  });

  it("reads “Additional reporting by Reuters”", () => {
    expect(credits(`${EN_BODY}\n\nAdditional reporting by Reuters`, "en")).toEqual([["Reuters", "Reuters"]]);
  });

  it("places the span on the agency name in the text", () => {
    const text = `${DE_BODY}\n\n(dpa)`;
    const [credit] = findCredits(text, findParagraphs(text), setup.library.agencies, [pack("de")]);
    expect(credit?.span).toEqual({ start: DE_BODY.length + 3, end: DE_BODY.length + 6 });
  });
});

describe("findCredits: datelines", () => {
  it("reads “Berlin (dpa) -”", () => {
    expect(credits(`Berlin (dpa) - ${DE_BODY}`, "de")).toEqual([["dpa", "dpa"]]);
  });

  it("reads several agencies and places in a dateline", () => {
    expect(credits(`Kiew/Moskau (dpa/AFP) – ${DE_BODY}`, "de")).toEqual([
      ["dpa", "dpa"],
      ["AFP", "AFP"],
    ]);
  });

  it("reads “WASHINGTON (AP) —”", () => {
    expect(credits(`WASHINGTON (AP) — ${EN_BODY}`, "en")).toEqual([["AP", "AP"]]);
  });

  it("reports an agency once when dateline and closing line both name it", () => {
    expect(credits(`Berlin (dpa) - ${DE_BODY}\n\nQuelle: dpa`, "de")).toEqual([["dpa", "dpa"]]);
  });

  it("reads a dateline after a menu line and the headline", () => {
    expect(credits(`Startseite\n\nTrump telefoniert mit Putin\n\nWashington (dpa) - ${DE_BODY}`, "de")).toEqual([["dpa", "dpa"]]);
  });

  it("does not take a party in parentheses for an agency", () => {
    expect(credits(`Die Opposition (SPD) – so hieß es – lehnt den Entwurf ab.\n\n${DE_BODY}`, "de")).toEqual([]);
  });
});

describe("findCredits: what is not a credit", () => {
  it("a photo credit that names agencies", () => {
    expect(credits(`${DE_BODY}\n\nFoto: Alex Brandon/AP/dpa`, "de")).toEqual([]);
  });

  it("“Quelle: Agenturen”, which names none", () => {
    expect(credits(`${DE_BODY}\n\nQuelle: Agenturen`, "de")).toEqual([]);
  });

  it("an agency named in a short closing sentence", () => {
    expect(credits(`${DE_BODY}\n\nDas meldete Reuters am Abend.`, "de")).toEqual([]);
  });

  it("an agency named in running text", () => {
    expect(credits(`${EN_BODY} Reuters reported that the vote was close, citing two senators who were present.`, "en")).toEqual([]);
  });
});

describe("closing credits in other shapes", () => {
  it("reads the German genitive, dpa's footer id and an English contribution line", () => {
    expect(credits(`${DE_BODY}\n\nMit Material der Deutschen Presse-Agentur`, "de")).toEqual([["dpa", "Deutschen Presse-Agentur"]]);
    expect(credits(`${DE_BODY}\n\ndpa-infocom, dpa:250816-930-123456/1`, "de").map(([agency]) => agency)).toEqual(["dpa"]);
    expect(credits(`${EN_BODY}\n\nThe Associated Press contributed to this report.`, "en")).toEqual([["AP", "Associated Press"]]);
  });
});

describe("house-style sign-offs", () => {
  it("reads Reuters' reporting and editing line as a Reuters credit, in English and German", () => {
    expect(credits(`${EN_BODY}\n\n(Reporting by Jane Doe; Editing by John Roe)`, "en")).toEqual([["Reuters", "(Reporting by Jane Doe; Editing by John Roe)"]]);
    expect(credits(`${DE_BODY}\n\n(Berichterstattung von Anna Beispiel; redigiert von Max Muster)`, "de").map(([a]) => a)).toEqual(["Reuters"]);
  });

  it("does not take a reporter's byline alone for a sign-off", () => {
    expect(credits(`${EN_BODY}\n\nReporting by Jane Doe in Washington.`, "en")).toEqual([]);
  });
});

describe("credits in brackets closing a paragraph", () => {
  it("reads “(APA, 18.3.2016)” and “(APA/dpa, 23.8.2015)” with the day they state", () => {
    const text = `${DE_BODY}\n\nDer Landeshauptmann zeigte sich erleichtert. (APA, 18.3.2016)`;
    const found = findCredits(text, findParagraphs(text), setup.library.agencies, [pack("de")]);
    expect(found).toMatchObject([{ agency: "APA", date: "2016-03-18" }]);
    expect(credits(`${DE_BODY} (APA/dpa, 23.8.2015)`, "de")).toEqual([
      ["APA", "APA"],
      ["dpa", "dpa"],
    ]);
  });

  it("reads a credit after a paragraph's last sentence, in German and English", () => {
    expect(credits(`Die Sitzung wurde am Abend in Wien fortgesetzt. (APA)\n\n${DE_BODY}`, "de")).toEqual([["APA", "APA"]]);
    expect(credits(`${DE_BODY} Danach kündigte der Manager sein Erscheinen an. (dpa/gem)`, "de")).toEqual([["dpa", "dpa"]]);
    expect(credits(`${EN_BODY} The vote is set for Tuesday. (AP)`, "en")).toEqual([["AP", "AP"]]);
  });

  it("does not read an agency's abbreviation explained inside a sentence", () => {
    expect(credits(`Das berichtete die Austria Presse Agentur (APA). ${DE_BODY}`, "de")).toEqual([]);
    expect(credits(`${EN_BODY} The leak was first noted by the Associated Press (AP).`, "en")).toEqual([]);
  });

  it("dates an article that states no other date", () => {
    const facts = factsOf({ text: `${DE_BODY}\n\nDie Ermittlungen dauern an. (APA, 18.3.2016)`, language: "de" });
    expect(facts.published).toBe("2016-03-18");
    expect(factsOf({ text: `${DE_BODY}\n\nDie Ermittlungen dauern an. (APA)`, language: "de" }).published).toBeNull();
  });
});
