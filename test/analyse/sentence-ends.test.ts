import { describe, expect, it } from "vitest";
import { sentenceEnds } from "../../src/analyse/sentence-ends.js";

/** Where Intl.Segmenter ends the sentences of a paragraph (after closing marks and spaces). */
function icuEnds(paragraph: string, language: string): number[] {
  const segmenter = new Intl.Segmenter(language, { granularity: "sentence" });
  return [...segmenter.segment(paragraph)].map((s) => s.index + s.segment.length);
}

const PARAGRAPHS = [
  "Die Inflation lag im März bei 2.5 Prozent. Im Februar waren es 2,8 Prozent.",
  "Das Ministerium nannte z.B. Bayern und Sachsen. Dort gilt die Regel ab 1. Mai.",
  "„Wir werden das prüfen.“ Das sagte die Ministerin am Montag. Eine Entscheidung fiel nicht!",
  "„Wie soll das gehen?“, fragte der Abgeordnete. Niemand antwortete.",
  "Wer zahlt? die Länder oder der Bund? Darüber streiten sie seit Jahren...",
  "Prof. Dr. med. Anna Schulz leitet die Klinik. Sie übernahm 2019 (zuvor: Hamburg).",
  "The U.S. Army said on Monday that 3,000 troops would leave. Officials declined to comment.",
  "He met Mr. Smith at 9 a.m. on Friday. \"It went well,\" he said. Then he left (again).",
  "Sales rose 4.2% in the quarter. - Analysts had expected more... Shares fell.",
  "Is this the end? Not yet: the vote is on Tuesday.",
  "A sentence without a final stop",
];

describe("sentenceEnds", () => {
  for (const paragraph of PARAGRAPHS) {
    it(`ends sentences where ICU does: ${paragraph.slice(0, 40)}…`, () => {
      const ends = sentenceEnds(paragraph, 0, paragraph.length);
      expect(ends).not.toBeNull();
      for (const language of ["de", "en"]) expect(ends).toEqual(icuEnds(paragraph, language));
    });
  }

  it("reads a paragraph inside a longer text by its offsets", () => {
    const text = "Titel\n\nDer Bund zahlt. Die Länder nicht.\n";
    expect(sentenceEnds(text, 7, 38)).toEqual([23, 38]);
  });

  it("leaves to ICU a paragraph with a line end, another script's terminal or a soft hyphen", () => {
    for (const paragraph of ["Die Rede war kurz.\nDanach ging er.", "会议结束了。 Then they left.", "Die Bundes\u00adregierung schwieg. Dann sprach sie."]) {
      expect(sentenceEnds(paragraph, 0, paragraph.length)).toBeNull();
    }
  });

  it("leaves to ICU a full stop before a letter whose case it does not know", () => {
    const paragraph = "Der Vertrag wurde unterzeichnet. Łódź stimmte zu.";
    expect(sentenceEnds(paragraph, 0, paragraph.length)).toBeNull();
  });
});
