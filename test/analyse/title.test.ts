import { describe, expect, it } from "vitest";
import { findParagraphs } from "../../src/analyse/segments.js";
import { findTitleSpan } from "../../src/analyse/title.js";
import { pack } from "../helpers/analyse.js";

function title(text: string, language: "de" | "en"): string | null {
  const span = findTitleSpan(text, findParagraphs(text), [pack(language)]);
  return span ? text.slice(span.start, span.end) : null;
}

describe("findTitleSpan", () => {
  it("takes a short first line that does not end like a sentence", () => {
    expect(title("Rentenstreit in der Koalition\n\nDer Minister legte am Freitag einen Entwurf vor.", "de")).toBe("Rentenstreit in der Koalition");
    expect(title("Senate passes budget bill\nThe Senate passed the bill on Friday.", "en")).toBe("Senate passes budget bill");
  });

  it("skips menu lines before the headline, as in our seed article", () => {
    const text =
      "Mobiles Menü schließen\nStartseite Schlagzeilen\n\nTrump vereinbart sofortige Verhandlungen mit Putin über Ende des Ukraine-Krieges\n\nUS-Präsident Trump hat mit Kremlchef Putin telefoniert.";
    expect(title(text, "de")).toBe("Trump vereinbart sofortige Verhandlungen mit Putin über Ende des Ukraine-Krieges");
  });

  it("skips English navigation lines", () => {
    expect(title("Skip to content\nHome | News\nSenate passes budget bill\nThe Senate passed the bill on Friday.", "en")).toBe("Senate passes budget bill");
  });

  it("accepts a headline that ends in a quotation", () => {
    expect(title('Trump über Putin: "Macht mich sehr wütend"\nMitte August hatten sich Trump und Putin getroffen.', "de")).toBe(
      'Trump über Putin: "Macht mich sehr wütend"',
    );
  });

  it("takes a headline in headline case that ends in a full stop or question mark", () => {
    expect(title("Obama To Asians Worried About Election: It Is Going To Be OK.\n\nThe president sought on Wednesday to ease worries.", "en")).toBe(
      "Obama To Asians Worried About Election: It Is Going To Be OK.",
    );
    expect(title("10 Things to Know for Today.\n\nYour daily look at the news.", "en")).toBe("10 Things to Know for Today.");
    expect(title("Neue Regeln für Rentner?\n\nDer Minister legte am Freitag einen Entwurf vor.", "de")).toBe("Neue Regeln für Rentner?");
  });

  it("takes no short first sentence for a headline, even on a line of its own", () => {
    expect(title("Die Polizei ermittelt.\n\nDer Brand brach in der Nacht aus.", "de")).toBeNull();
    expect(title("The Senate passed the bill.\n\nThe House votes next week.", "en")).toBeNull();
    expect(title("Senate Passes Budget Bill.\nThe Senate passed the bill on Friday.", "en")).toBeNull();
  });

  it("finds none when the text opens with a sentence", () => {
    expect(title("Der Minister trat am Freitag zurück.\nSein Nachfolger steht fest.", "de")).toBeNull();
  });

  it("finds none when the text is a single line", () => {
    expect(title("Senate passes budget bill", "en")).toBeNull();
  });

  it("finds none when the text opens with a hard-wrapped paragraph", () => {
    const wrapped =
      "Die Bundesregierung will das Rentenniveau bis zum Jahr 2031\nstabil halten und dafür die Beiträge leicht anheben, sagte\nder Minister am Freitag in Berlin.";
    expect(title(`${wrapped}\n\nDie Opposition lehnt das ab.`, "de")).toBeNull();
  });

  it("gives the span of the line in the text, after skipped chrome", () => {
    const german = "Menü öffnen\n\nSenat beschließt Haushalt\nDer Senat hat den Haushalt beschlossen.";
    expect(findTitleSpan(german, findParagraphs(german), [pack("de")])).toEqual({ start: 13, end: 38 });
    const english = "Open menu\n\nSenate passes budget bill\nThe Senate passed the bill.";
    expect(findTitleSpan(english, findParagraphs(english), [pack("en")])).toEqual({ start: 11, end: 36 });
  });
});
