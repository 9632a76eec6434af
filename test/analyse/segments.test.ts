import { describe, expect, it } from "vitest";
import { findQuotations } from "../../src/analyse/quotations.js";
import { findParagraphs, findSentences, findWords, letterRuns } from "../../src/analyse/segments.js";
import { pack, textsOf } from "../helpers/analyse.js";

const paragraphs = (text: string) => textsOf(text, findParagraphs(text));
const sentences = (text: string, language: string) => textsOf(text, findSentences(text, findParagraphs(text), pack(language), findQuotations(text)));

describe("findParagraphs", () => {
  it("splits at blank lines and at each line of a block of short lines, trimmed", () => {
    const text = "Streit um die Rente\n\nDer Minister legte am Freitag einen Entwurf vor.\nDie Opposition lehnt ihn ab.\n\n   Mehr dazu folgt.  \n";
    expect(paragraphs(text)).toEqual([
      "Streit um die Rente",
      "Der Minister legte am Freitag einen Entwurf vor.",
      "Die Opposition lehnt ihn ab.",
      "Mehr dazu folgt.",
    ]);
  });

  it("keeps a hard-wrapped block together", () => {
    const wrapped =
      "Die Bundesregierung will das Rentenniveau bis zum Jahr 2031\nstabil halten und dafür die Beiträge leicht anheben, sagte\nder Minister am Freitag in Berlin.";
    expect(paragraphs(`${wrapped}\n\nDie Opposition lehnt das ab.`)).toEqual([wrapped, "Die Opposition lehnt das ab."]);
  });

  it("keeps each item of a list a paragraph, however long its lines", () => {
    const text = "• Mayor Ann Lee said the pier would close on Monday morning\n• Residents say they were never consulted";
    expect(paragraphs(text)).toEqual(["• Mayor Ann Lee said the pier would close on Monday morning", "• Residents say they were never consulted"]);
    expect(paragraphs("a) The council meets again in March to vote on the sale\nb) The port")).toEqual(["a) The council meets again in March to vote on the sale", "b) The port"]);
  });

  it("gives offsets into the text", () => {
    const text = "\n\nThe minister resigned.\n\nHis deputy takes over.";
    expect(findParagraphs(text)).toEqual([
      { start: 2, end: 24 },
      { start: 26, end: 48 },
    ]);
  });

  it("keeps a subheading between short lines as a paragraph of its own", () => {
    const text =
      "Putin äußert sich vor dem Gipfel positiv zu den USA.\nKreml gibt Details zum Alaska-Treffen bekannt\nDas Treffen beginnt um 11.30 Uhr Ortszeit in Anchorage.";
    expect(paragraphs(text)).toEqual([
      "Putin äußert sich vor dem Gipfel positiv zu den USA.",
      "Kreml gibt Details zum Alaska-Treffen bekannt",
      "Das Treffen beginnt um 11.30 Uhr Ortszeit in Anchorage.",
    ]);
  });

  it("finds nothing in blank text", () => {
    expect(findParagraphs(" \n\n \t\n")).toEqual([]);
  });
});

describe("findSentences, German", () => {
  it("ends a sentence at a full stop glued to the next sentence, but not inside initials, abbreviations or names", () => {
    expect(sentences("Die Brücke bleibt gesperrt, sagte die Bürgermeisterin.Der Verkehr wird umgeleitet.", "de")).toEqual([
      "Die Brücke bleibt gesperrt, sagte die Bürgermeisterin.",
      "Der Verkehr wird umgeleitet.",
    ]);
    expect(sentences("Die Firma wird z.B. von der U.S.Army beliefert.", "de")).toEqual(["Die Firma wird z.B. von der U.S.Army beliefert."]);
    expect(sentences("Er arbeitet für das Portal web.de und liest t-online.de jeden Tag.", "de")).toEqual(["Er arbeitet für das Portal web.de und liest t-online.de jeden Tag."]);
  });

  it("does not end a sentence at z.B., Dr., ca. or Mio.", () => {
    expect(sentences("Die Kosten liegen bei ca. 5 Mio. Euro, z.B. für die Praxis von Dr. Müller. Der Bau beginnt bald.", "de")).toEqual([
      "Die Kosten liegen bei ca. 5 Mio. Euro, z.B. für die Praxis von Dr. Müller.",
      "Der Bau beginnt bald.",
    ]);
  });

  it("reads an ordinal before a month or a noun as part of the sentence", () => {
    expect(sentences("Der Gipfel fand am 15. August statt. Die Partei belegte den 3. Platz. Danach war alles anders.", "de")).toEqual([
      "Der Gipfel fand am 15. August statt.",
      "Die Partei belegte den 3. Platz.",
      "Danach war alles anders.",
    ]);
  });

  it("ends sentences inside „…“ and \"…\" quotes", () => {
    expect(sentences("„Wir sind bereit.“ Danach ging er. \"Es reicht!\" Die Polizei kam.", "de")).toEqual([
      "„Wir sind bereit.“",
      "Danach ging er.",
      "\"Es reicht!\"",
      "Die Polizei kam.",
    ]);
  });

  it("joins a sentence across the line ends of a hard-wrapped paragraph, but not across paragraphs", () => {
    const text =
      "Die Bundesregierung will das Rentenniveau bis zum Jahr 2031\nstabil halten und dafür die Beiträge leicht anheben, sagte\nder Minister am Freitag in Berlin. Die Opposition lehnt das ab\n\nEine Einigung ist nicht in Sicht.";
    expect(sentences(text, "de")).toEqual([
      "Die Bundesregierung will das Rentenniveau bis zum Jahr 2031\nstabil halten und dafür die Beiträge leicht anheben, sagte\nder Minister am Freitag in Berlin.",
      "Die Opposition lehnt das ab",
      "Eine Einigung ist nicht in Sicht.",
    ]);
  });

  it("continues the sentence with “, sagte er” after a quote", () => {
    expect(sentences("„So geht es nicht weiter!“, sagte die Ministerin. «Wir handeln.», betonte sie.", "de")).toEqual([
      "„So geht es nicht weiter!“, sagte die Ministerin.",
      "«Wir handeln.», betonte sie.",
    ]);
  });

  it("ends no sentence inside a quotation that the sentence runs over", () => {
    expect(sentences("Fans chanted “USA! USA!” as the team came out. Lee waved.", "en")).toEqual(["Fans chanted “USA! USA!” as the team came out.", "Lee waved."]);
    expect(sentences("Die Rufe „Nie wieder! Nie wieder!“ waren laut. Lee winkte.", "de")).toEqual(["Die Rufe „Nie wieder! Nie wieder!“ waren laut.", "Lee winkte."]);
    // A quotation opening its sentence or a colon's, or closing on a comma, keeps its sentences.
    expect(sentences("Lee said: “We won. Now we govern,” and left.", "en")).toEqual(["Lee said: “We won.", "Now we govern,” and left."]);
  });

  it("ends a sentence that ends in a number", () => {
    expect(sentences("Die Zahl der Toten stieg auf 14. Am Montag wird der Landtag beraten.", "de")).toEqual([
      "Die Zahl der Toten stieg auf 14.",
      "Am Montag wird der Landtag beraten.",
    ]);
  });

  it("keeps an ordinal date in parentheses together", () => {
    expect(sentences("Die Abstimmung fand am Donnerstag (15. August) statt.", "de")).toEqual([
      "Die Abstimmung fand am Donnerstag (15. August) statt.",
    ]);
  });
});

describe("findSentences, English", () => {
  it("does not end a sentence at Mr., Dr. or U.S.", () => {
    expect(sentences("Mr. Smith met U.S. officials and Dr. Jones in Washington. He said the U.S. would act.", "en")).toEqual([
      "Mr. Smith met U.S. officials and Dr. Jones in Washington.",
      "He said the U.S. would act.",
    ]);
  });

  it("ends a sentence at U.S. when a function word opens the next, not before a name", () => {
    expect(sentences("Flights were halted into the U.S. They resume on Monday, the U.S. Army said.", "en")).toEqual([
      "Flights were halted into the U.S.",
      "They resume on Monday, the U.S. Army said.",
    ]);
  });

  it("keeps a middle initial inside the name", () => {
    expect(sentences("President Donald J. Trump spoke on Friday. Reporters asked about Alaska.", "en")).toEqual([
      "President Donald J. Trump spoke on Friday.",
      "Reporters asked about Alaska.",
    ]);
  });

  it("ends sentences inside quotes and continues after a said-clause", () => {
    expect(sentences("He said: \"We are ready.\" Then he left. \"It is over,\" he said.", "en")).toEqual([
      "He said: \"We are ready.\"",
      "Then he left.",
      "\"It is over,\" he said.",
    ]);
  });

  it("ends no sentence inside a quotation that the sentence runs over", () => {
    expect(sentences("Fans chanted “USA! USA!” as the team came out. Lee waved.", "en")).toEqual(["Fans chanted “USA! USA!” as the team came out.", "Lee waved."]);
    expect(sentences("Die Rufe „Nie wieder! Nie wieder!“ waren laut. Lee winkte.", "de")).toEqual(["Die Rufe „Nie wieder! Nie wieder!“ waren laut.", "Lee winkte."]);
    // A quotation opening its sentence or a colon's, or closing on a comma, keeps its sentences.
    expect(sentences("Lee said: “We won. Now we govern,” and left.", "en")).toEqual(["Lee said: “We won.", "Now we govern,” and left."]);
  });

  it("ends a sentence that ends in a number", () => {
    expect(sentences("The death toll rose to 14. Officials will meet on Monday.", "en")).toEqual([
      "The death toll rose to 14.",
      "Officials will meet on Monday.",
    ]);
  });
});

describe("findWords", () => {
  it("gives each word's offsets, keeping inner apostrophes and hyphens", () => {
    const text = "Der US-Präsident sagt: „Trump’s Deal kostet 1,5 Mrd.“ — don't.";
    const words = findWords(text);
    const list: string[] = [];
    for (let i = 0; i < words.length; i += 2) list.push(text.slice(words[i], words[i + 1]));
    expect(list).toEqual(["Der", "US-Präsident", "sagt", "Trump’s", "Deal", "kostet", "1", "5", "Mrd", "don't"]);
  });

  it("reads nothing of a longer text scanned before (the scan buffer is reused)", () => {
    findWords("Ein langer Text mit vielen Wörtern, ".repeat(2000));
    const words = findWords("Kurz und gut.");
    expect([...words]).toEqual([0, 4, 5, 8, 9, 12]);
    const long = "word ".repeat(70_000);
    expect(findWords(long).length).toBe(140_000);
    expect([...findWords("no")]).toEqual([0, 2]);
  });
});

describe("findSentences, names and ordinals", () => {
  it("keeps initials together and lets a name like “Di” end a sentence", () => {
    expect(sentences("Die Bank J.P. Morgan übernahm das Geschäft. Danach stieg der Kurs.", "de")).toEqual([
      "Die Bank J.P. Morgan übernahm das Geschäft.",
      "Danach stieg der Kurs.",
    ]);
    expect(sentences("Er schrieb auf der Plattform X. Der Plan stärke die Abwehr.", "de")).toEqual([
      "Er schrieb auf der Plattform X.",
      "Der Plan stärke die Abwehr.",
    ]);
    expect(sentences("He posted on X. The plan was new, said Malcolm X. Jones.", "en")).toEqual(["He posted on X.", "The plan was new, said Malcolm X. Jones."]);
    // A name of one letter after a lowercase word ends the sentence before any capitalised word.
    expect(sentences("He posted on X. Russia criticized the plan.", "en")).toEqual(["He posted on X.", "Russia criticized the plan."]);
    expect(sentences("Er schrieb auf X. Russland kritisierte den Plan.", "de")).toEqual(["Er schrieb auf X.", "Russland kritisierte den Plan."]);
    expect(sentences("Er sprach mit seinem Sohn Fei Di. Nie Haisheng antwortete.", "de")).toEqual([
      "Er sprach mit seinem Sohn Fei Di.",
      "Nie Haisheng antwortete.",
    ]);
  });

  it("reads an ordinal after a determiner and its adjectives as part of the sentence", () => {
    expect(sentences("Er moderiert im Programm des landesweit sendenden 2. Kanals. Dort bleibt er.", "de")).toEqual([
      "Er moderiert im Programm des landesweit sendenden 2. Kanals.",
      "Dort bleibt er.",
    ]);
    expect(sentences("Die Kirche stammt aus dem frühen 14. Jahrhundert.", "de")).toEqual(["Die Kirche stammt aus dem frühen 14. Jahrhundert."]);
    expect(sentences("Am Ende waren es 14. Danach kamen keine mehr.", "de")).toEqual(["Am Ende waren es 14.", "Danach kamen keine mehr."]);
  });

  it("reads an ordinal after an opening quotation mark", () => {
    expect(sentences("Sie sprach beim „3. Bayerischen Waldforum“ in Passau. Dort blieb sie lange.", "de")).toEqual([
      "Sie sprach beim „3. Bayerischen Waldforum“ in Passau.",
      "Dort blieb sie lange.",
    ]);
  });
});

describe("findSentences on one very long paragraph", () => {
  it("finds every sentence of a paragraph far longer than one segmenter call takes", () => {
    const sentence = "Der Rat tagte am Montag in Berlin und beriet über den Haushalt. ";
    const text = sentence.repeat(500).trim();
    const found = sentences(text, "de");
    expect(found).toHaveLength(500);
    expect(new Set(found)).toEqual(new Set([sentence.trim()]));
  });
});

describe("letterRuns", () => {
  it("gives the runs of letters, as /\\p{L}+/gu matches them, across digits, marks and astral letters", () => {
    const runs = (text: string) => {
      const bounds = letterRuns(text);
      return Array.from({ length: bounds.length / 2 }, (_, i) => text.slice(bounds[2 * i], bounds[2 * i + 1]));
    };
    const text = "Straße 12b: Ärzte‘ warnten – l'été, naïve (𝐀𝐁c) 3D-Drucker İstanbul";
    expect(runs(text)).toEqual(text.match(/\p{L}+/gu));
    expect(runs("Straße 12b")).toEqual(["Straße", "b"]);
    expect(runs("2024 – 25 %")).toEqual([]);
  });
});
