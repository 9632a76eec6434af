import { describe, expect, it } from "vitest";
import { quotes } from "./helpers.js";

describe("German fronted phrases are no speakers", () => {
  it("a clause opening with a preposition: the subject follows the verb", () => {
    const q = quotes("In einer Sitzung während des jährlichen Treffens in Hamburg erklärte Bürgermeisterin Anna Kessler, die Stadt werde den Hafen ausbauen.", "de");
    expect(q.map((x) => x[2])).toEqual(["Bürgermeisterin Anna Kessler"]);
  });

  it("a possessive object before a participle cue: the phrase before the auxiliary speaks, and a later pronoun is that person", () => {
    const q = quotes("Aus dem Rathaus hieß es, Kessler habe ihre Zustimmung erklärt, den Hafen auszubauen. Sie betonte, dass die Stadt nicht warten könne.", "de");
    expect(q.map((x) => x[2])).not.toContain("ihre Zustimmung");
    expect(q.some((x) => x[2] === "Kessler" && x[4] === "erklärt")).toBe(true);
  });

  it("a fronted phrase naming nobody, or opened by an object article or possessive, leaves the named subject after the verb", () => {
    expect(quotes("Eine Verschiebung der Abstimmung bezeichnete Jonas Weber als fatal, weil die Stadt sonst Geld verliere.", "de").map((x) => x[2])).toEqual(["Jonas Weber"]);
    expect(quotes("Ihren Rivalen Jonas Weber von der Opposition forderte Kessler auf, die Zahlen offenzulegen.", "de").map((x) => x[2])).toEqual(["Kessler"]);
    expect(quotes("Die Polizei kritisierte Jonas Weber scharf, weil er die Zahlen verschwiegen habe.", "de").map((x) => x[2])).toEqual(["Die Polizei"]);
  });

  it("a fronted time phrase opened by an object article: the subject follows the verb", () => {
    const q = quotes("Einen Tag vor der Abstimmung in Bremen sagte der Sprecher der Reederei, man sei zuversichtlich.", "de");
    expect(q.map((x) => x[2])).toEqual(["der Sprecher der Reederei"]);
  });

  it("a fronted weekday or date after a preposition: the subject after the verb speaks the Konjunktiv sentence that follows", () => {
    expect(quotes("Die Wahl wurde verschoben. Am Montag hat die Wahlkommission den Termin festgelegt. Mögliche Termine seien der 4. und der 11. Mai.", "de").map((x) => x[2])).toEqual(["die Wahlkommission"]);
    expect(quotes("Die Wahl wurde verschoben. Am 15. März hat die Wahlkommission den Termin festgelegt. Mögliche Termine seien der 4. und der 11. Mai.", "de").map((x) => x[2])).toEqual(["die Wahlkommission"]);
    // A fronted phrase and no speaker after the verb: the sentence names nobody.
    expect(quotes("Die Wahl wurde verschoben. Am Montag hat es stark geregnet. Mögliche Termine seien der 4. und der 11. Mai.", "de").map((x) => x[2])).toEqual([null]);
  });

  it("an indefinite word opening a sentence is no speaker of the quotation inside it", () => {
    const q = quotes("Die Stadt wartet auf den Bund. Alles hänge davon ab, ob das Land „die Mittel rechtzeitig freigibt“.", "de");
    expect(q.length).toBeGreaterThan(0);
    expect(q.map((x) => x[2])).not.toContain("Alles");
  });

  it("a headline with a topic label before the name: the name before the last colon speaks", () => {
    const q = quotes("Hafenstreit in Bremen: Kessler: Die Stadt zahlt keinen Cent mehr\n\nDie Bürgermeisterin lehnt weitere Zahlungen an das Land ab.", "de");
    expect(q[0]?.[2]).toBe("Kessler");
    expect(q[0]?.[1]).toBe("Die Stadt zahlt keinen Cent mehr");
  });

  it("a one-word label the text writes after an article or a preposition is a topic, no speaker", () => {
    expect(quotes("Hafenstreit: Senat lehnt den Kompromiss der Arbeiter ab\n\nIm Hafenstreit hat der Senat am Dienstag entschieden.", "de")).toEqual([]);
    // So is one the text writes only opening its compounds.
    expect(quotes("Hochwasser: Lage in Passau entspannt sich leicht\n\nDie Hochwasserlage hat sich entspannt, der Hochwasserschutz hielt.", "de")).toEqual([]);
    // So is one before a clause that names its own speaker and cue: the headline reports it.
    expect(quotes("Bahnstreik: GDL kündigt neue Warnstreiks an\n\nDer Streik beginnt am Donnerstag, sagte ein Sprecher.", "de").map((q) => q[2])).toEqual([
      "GDL",
      "ein Sprecher",
    ]);
    // Written as a name below the headline, it speaks.
    const named = quotes("Kessler: Die Stadt zahlt keinen Cent mehr\n\nDie Stadt werde nicht zahlen, sagte Kessler am Dienstag.", "de");
    expect(named[0]?.[2]).toBe("Kessler");
  });

  it("a label with a verb in it, or a noun before a preposition the story never names, is a topic; a name before one speaks", () => {
    const story = "\n\nAm Donnerstag fallen Hunderte Flüge aus. Die Geduld sei erschöpft, sagte Verhandlungsführer Jan Merz.";
    expect(quotes(`Pilotenstreik bei Lufthansa: Hunderte Flüge fallen aus${story}`, "de").map((q) => q[2])).toEqual(["Verhandlungsführer Jan Merz"]);
    expect(quotes(`Kinderärzte schlagen Alarm: Viele Praxen sind überlastet${story}`, "de").map((q) => q[2])).toEqual(["Verhandlungsführer Jan Merz"]);
    // The name before the topic's preposition is the speaker, the topic no part of it.
    expect(quotes(`Merz zum Streik: Die Geduld der Piloten ist erschöpft${story}`, "de")[0]?.slice(1, 3)).toEqual(["Die Geduld der Piloten ist erschöpft", "Merz"]);
  });

  it("a pronoun stands for the person named before, not for a possessed thing read as a speaker", () => {
    const q = quotes("Anna Kessler sagte, die Stadt zahle nicht.\n\nIhre Warnung betonte, dass der Hafen ohne das Land nicht wachse. Sie sagte, dass das Land zahlen müsse.", "de");
    expect(q.map((x) => x[2])).toContain("Sie (Anna Kessler)");
    expect(q.map((x) => x[2])).not.toContain("Sie (Warnung)");
  });

  it("a separable cue (hob hervor) in a relative clause speaks for the quotation inside, not the fronted participle", () => {
    const q = quotes("Anna Kessler sprach am Montag vor dem Senat.\n\nEröffnet hatte Kessler die Sitzung mit einer Rede, in der sie hervorhob, der Hafen sei „ein Gewinn für die ganze Stadt“.", "de");
    const quote = q.find((x) => x[1].includes("Gewinn"));
    expect(quote?.[2]).not.toBe("Eröffnet");
    expect(quote?.[4]).toBe("hervorhob");
  });

  it("a fronted object whose speaker noun is only in its attribute: the named subject after the verb speaks", () => {
    const q = quotes("Die geplante Schließung der Filiale des Landrats kritisierte die Abgeordnete Jana Roth scharf, weil sie Arbeitsplätze koste.", "de");
    expect(q.map((x) => x[2])).toEqual(["die Abgeordnete Jana Roth"]);
    // Where the role heads the phrase, it is the subject.
    expect(quotes("Der Sprecher des Landrats kritisierte die Schließung scharf, weil sie Arbeitsplätze koste.", "de").map((x) => x[2])).toEqual(["Der Sprecher des Landrats"]);
  });

  it("a fronted time phrase with an adverb after the verb: the subject follows the adverb", () => {
    const q = quotes("Um 15:20 Uhr meldete dann die Nachrichtenagentur Reuters, der Hafen sei wieder geöffnet.", "de");
    expect(q.map((x) => x[2])).toEqual(["die Nachrichtenagentur Reuters"]);
  });

  it("a phrase after 'Als' with the verb right after it is fronted: the subject follows the verb", () => {
    expect(quotes("Als Grund für die Schließung gab die Reederei an, die Kosten seien zu hoch gewesen.", "de").map((x) => x[2])).toEqual(["die Reederei"]);
    // A clause opened by "Als" with its subject before the verb keeps that subject.
    expect(quotes("Als der Bürgermeister sagte, die Kosten seien zu hoch, protestierten die Anwohner.", "de").map((x) => x[2])).toEqual(["der Bürgermeister"]);
    // Before an auxiliary too: the subject stands between the auxiliary and the participle.
    expect(quotes("Als Minister hat Jan Berg gesagt, die Steuern würden nicht erhöht.", "de").map((x) => x[2])).toEqual(["Jan Berg"]);
  });

  it("'der' before an adjective in -en is dative or genitive: the subject follows the verb", () => {
    const q = quotes("Der englischsprachigen Zeitung sagte die Abgeordnete Anna Berg: „Wir geben den Hafen nicht auf.“", "de");
    expect(q.map((x) => x[2])).toEqual(["die Abgeordnete Anna Berg"]);
    expect(quotes("Der russische Botschafter sagte der Zeitung, man prüfe den Vertrag.", "de").map((x) => x[2])).toEqual(["Der russische Botschafter"]);
  });

  it("a subject opening the clause still speaks", () => {
    const q = quotes("Die Bürgermeisterin Anna Kessler erklärte am Montag, die Stadt werde den Hafen ausbauen.", "de");
    expect(q.map((x) => x[2])).toEqual(["Die Bürgermeisterin Anna Kessler"]);
  });

  it("a fronted phrase after a focus particle or a genitive preposition, or a time named by a month or a counted span: the subject follows the verb", () => {
    expect(quotes("Schon während seiner Amtszeit sagte Jonas Weber, die Stadt brauche den Hafen.", "de").map((x) => x[2])).toEqual(["Jonas Weber"]);
    expect(quotes("Ende Februar verkündete der Verband, dass man sich um das Turnier bewerben werde.", "de").map((x) => x[2])).toEqual(["der Verband"]);
    expect(quotes("Wenige Stunden nach der Wahl erklärte die Partei, sie werde in die Opposition gehen.", "de").map((x) => x[2])).toEqual(["die Partei"]);
    expect(quotes("Bezüglich des Termins meldete die Nachrichtenagentur, der Flug sei verschoben worden.", "de").map((x) => x[2])).toEqual(["die Nachrichtenagentur"]);
    expect(quotes("Auch Jonas Weber sagte im Februar, die Stadt brauche den Hafen.", "de").map((x) => x[2])).toEqual(["Jonas Weber"]);
  });

  it("a cue of several words holds the subject after its verb: a fronted adverbial before it is no speaker", () => {
    expect(quotes("Des Weiteren verwies Jonas Weber darauf, dass der Haushalt ausgeglichen sei.", "de").map((x) => x[2])).toEqual(["Jonas Weber"]);
    expect(quotes("Zudem verwies der Sprecher darauf, dass der Hafen wachse.", "de").map((x) => x[2])).toEqual(["der Sprecher"]);
    expect(quotes("Die Stadt verwies darauf, dass der Hafen wachse.", "de").map((x) => x[2])).toEqual(["Die Stadt"]);
    expect(quotes("Das Angebot der Stadt lehnt er jedoch ab: „Wir wollen mehr Geld.“", "de").map((x) => x[2])).toEqual(["er"]);
    expect(quotes("Das Angebot der Stadt lehnt der Verband jedoch ab: „Wir wollen mehr Geld.“", "de").map((x) => x[2])).toEqual(["der Verband"]);
  });

  it("a fronted object before a verb that reports nothing: the subject after that verb speaks for a cue after \"und\"", () => {
    const q = quotes("Den Entwurf kritisierte Jonas Weber und sagte, er sei zu teuer.", "de");
    expect(q.some((x) => x[2] === "Jonas Weber" && x[4] === "sagte")).toBe(true);
    expect(q.map((x) => x[2])).not.toContain("Den Entwurf");
    expect(quotes("Jonas Weber kritisierte den Entwurf und sagte, er sei zu teuer.", "de").some((x) => x[2] === "Jonas Weber" && x[4] === "sagte")).toBe(true);
  });

  it("a fronted phrase opened by a negative or universal determiner is no name: the subject after the verb speaks the colon's quotation", () => {
    expect(quotes("Jegliche Verantwortung für den Verlust weist Anna Kessler von sich: „Das hat der Vorstand entschieden.“", "de").map((x) => x[2])).toEqual(["Anna Kessler"]);
    expect(quotes("Keine Schuld sieht Anna Kessler bei der Stadt: „Die Ampel war grün.“", "de").map((x) => x[2])).toEqual(["Anna Kessler"]);
  });
});
