import { describe, expect, it } from "vitest";
import { quotes } from "./helpers.js";

describe("German clauses announcing a quotation with a colon", () => {
  it("the finite verb next to the subject is the cue, after a fronted adverb too", () => {
    expect(quotes("Hier sparte die Bürgermeisterin auch nicht mit Kritik: „Wer jetzt spart, zahlt später doppelt.“", "de")).toEqual([
      ["direct", "„Wer jetzt spart, zahlt später doppelt.“", "die Bürgermeisterin", "person", "sparte"],
    ]);
    expect(quotes("Der Aufruf der Eltern lautete: „Wir lassen uns die Schule nicht nehmen.“", "de")[0]?.[4]).toBe("lautete");
  });

  it("a verb of the preterite's shape ends the subject before it, and the subject after it is read past the object", () => {
    expect(quotes("Anna Berg lobte die Mannschaft: „Wir haben als Team funktioniert.“", "de")).toEqual([
      ["direct", "„Wir haben als Team funktioniert.“", "Anna Berg", "person", "lobte"],
    ]);
    expect(quotes("Auf die Kritik reagierend, veröffentlichte der Verfasser folgenden Kommentar dazu: „Wir prüfen jetzt alle Daten.“", "de")).toEqual([
      ["direct", "„Wir prüfen jetzt alle Daten.“", "der Verfasser", "person", "veröffentlichte"],
    ]);
  });

  it("an apposition set off by commas may stand between the subject and its verb", () => {
    expect(quotes("Die Aussage von Jan Berg, dem Leiter der Firma, lautete dazu: „Wir prüfen jetzt alle Daten.“", "de")[0]?.[4]).toBe("lautete");
  });

  it("a reflexive after the verb belongs to the cue", () => {
    expect(quotes("Der Vorstand schloss sich dieser Einschätzung an: „Das Werk in Kassel hat eine Zukunft.“", "de")).toEqual([
      ["direct", "„Das Werk in Kassel hat eine Zukunft.“", "Der Vorstand", "person", "schloss sich"],
    ]);
  });

  it("a reflexive between the verb and its inverted subject belongs to the cue", () => {
    expect(quotes("Im Radio zeigte sich die Trainerin zufrieden: „Wir haben heute als Team gewonnen.“", "de")).toEqual([
      ["direct", "„Wir haben heute als Team gewonnen.“", "die Trainerin", "person", "zeigte sich"],
    ]);
  });

  it("a subject read before the colon has its verb as cue, never a preposition after it", () => {
    expect(quotes("Die Partei tagte in Kassel. Die Vorsitzende stellt sich vor ihre Fraktion: „Wir bleiben bei unserem Kurs.“", "de")).toEqual([
      ["direct", "„Wir bleiben bei unserem Kurs.“", "Die Vorsitzende", "person", "stellt sich"],
    ]);
    expect(quotes("Der Vorfall ereignete sich am Montag. Das Fazit der Trainerin nach dem Spiel: „Wir waren heute einfach besser.“", "de")[0]?.[4]).toBeNull();
  });

  it("a subordinate clause closing on a cue right before the colon announces the quotation", () => {
    expect(quotes("Die Kritik wuchs. Die Gewerkschaft schlug in die gleiche Kerbe, indem sie den Rat zum Handeln aufforderte: „Jetzt ist der Rat gefordert.“", "de")).toEqual([
      ["direct", "„Jetzt ist der Rat gefordert.“", "Die Gewerkschaft", "institution", "aufforderte"],
    ]);
    // A clause closing on another verb leaves the main clause's verb the cue.
    expect(quotes("Die Kritik wuchs. Der Verband reagierte prompt, nachdem der Minister gesprochen hatte: „Das ist falsch.“", "de")[0]?.[4]).toBe("reagierte");
  });

  it("a clause with no verb next to its subject gives no cue", () => {
    expect(quotes("Der Streik dauerte drei Tage. Dazu der Betriebsrat nach der Versammlung: „Wir machen weiter, bis es eine Einigung gibt.“", "de")).toEqual([
      ["direct", "„Wir machen weiter, bis es eine Einigung gibt.“", null, null, null],
    ]);
  });

  it("a quoted predicative before the colon describes; the clause's subject speaks, after a fronted phrase with a relative clause too", () => {
    const read = quotes("In einem Bericht, der am Abend erschien, verteidigte das Ministerium den Einsatz als „rein defensiv“: „Wir haben nur auf den Angriff reagiert.“", "de");
    expect(read.find((q) => q[1].startsWith("„Wir"))).toEqual(["direct", "„Wir haben nur auf den Angriff reagiert.“", "das Ministerium", "institution", "verteidigte"]);
    expect(read.find((q) => q[1] === "„rein defensiv“")?.[2]).toBe("das Ministerium");
  });
});
