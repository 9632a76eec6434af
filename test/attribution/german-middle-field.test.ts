import { describe, expect, it } from "vitest";
import { quotes } from "./helpers.js";

describe("German reported clauses after the middle field of their cue", () => {
  it("a time, a manner or a place between the cue and the comma leaves the clause after it reported", () => {
    expect(quotes("Die Stadtwerke teilten am Freitag schriftlich mit, dass die Preise im Frühjahr steigen würden.", "de")).toEqual([
      ["indirect", "dass die Preise im Frühjahr steigen würden", "Die Stadtwerke", "institution", "teilten"],
    ]);
    expect(quotes("Der Trainer sagte nach dem Spiel, die Mannschaft habe Moral gezeigt.", "de")).toEqual([
      ["indirect", "die Mannschaft habe Moral gezeigt", "Der Trainer", "person", "sagte"],
    ]);
    expect(quotes("Die Ministerin sagte aber, dass die Gespräche weitergehen würden.", "de")).toEqual([
      ["indirect", "dass die Gespräche weitergehen würden", "Die Ministerin", "person", "sagte"],
    ]);
  });

  it("a colon closes the field as a comma does", () => {
    expect(quotes("Der Betriebsrat kritisierte die Pläne heftig: Die Beschäftigten seien die Leidtragenden.", "de")).toEqual([
      ["indirect", "Die Beschäftigten seien die Leidtragenden", "Der Betriebsrat", "institution", "kritisierte"],
    ]);
    expect(quotes("Der Betriebsrat warnte eindringlich: Die Beschäftigten seien die Leidtragenden.", "de")[0]?.[4]).toBe("warnte");
  });

  it("a longer field, an addressee and an occasion, leaves a clause after it reported where dass, zu or a Konjunktiv marks it", () => {
    expect(quotes("Der Verband forderte die Abgeordneten im Landtag von Thüringen auf, die Gebühren zu senken.", "de")).toEqual([
      ["indirect", "die Gebühren zu senken", "Der Verband", "institution", "forderte"],
    ]);
    expect(quotes("Die Gemeinde bestätigte dem Lokalsender am Montagabend auf Anfrage, dass die Schule geschlossen bleibe.", "de")).toEqual([
      ["indirect", "dass die Schule geschlossen bleibe", "Die Gemeinde", "institution", "bestätigte"],
    ]);
    // After a long field the comma goes on with the phrase: an enumeration, a relative clause, a clause in the preterite.
    expect(quotes("Sie bezeichnete es als eine Wahl zwischen einem alten Boot, einem leeren Fass und einer Leiter.", "de").map((q) => q[0])).toEqual(["reported"]);
    expect(quotes("Die Reederei erklärte den Vertrag mit der Werft daraufhin für ungültig, der Bau wurde neu vergeben.", "de").map((q) => q[1])).not.toContain(
      "der Bau wurde neu vergeben",
    );
  });

  it("a clause opening on das or die before a Konjunktiv after a long field is reported, no relative clause", () => {
    expect(quotes("Oliver Blume sagte in einem Interview mit der FAZ, das sei ein Erfolg.", "de")).toEqual([["indirect", "das sei ein Erfolg", "Oliver Blume", "person", "sagte"]]);
    expect(quotes("VW-Chef Oliver Blume sagte im Interview mit der „FAZ“, das sei ein Erfolg.", "de")[0]?.[1]).toBe("das sei ein Erfolg");
  });

  it("a finite verb or a conjunction in the field closes the cue's clause; a condition after the comma is no content", () => {
    // "und" goes on with another verb: the relative clause after the comma belongs to its object.
    expect(quotes("Der Minister hatte den Plan kritisiert und die Opposition, die noch zögere, gelobt.", "de").map((q) => q[1])).not.toContain(
      "die noch zögere, gelobt",
    );
    // A modal closes the verb-final clause of the cue: the question after it was put to nobody.
    expect(quotes("Die Richter werden am Freitag entscheiden müssen, ob die Klage zulässig sei.", "de").map((q) => q[1])).not.toContain(
      "ob die Klage zulässig sei",
    );
    // A passive auxiliary ends the cue's own clause: the main clause after it is not what was reported.
    expect(quotes("Nachdem darüber berichtet worden war, seien die Preise gestiegen, sagte der Händler.", "de").map((q) => q[4])).not.toContain(
      "berichtet worden war",
    );
    expect(quotes("Der Verband bat die Anwohner um Geduld, falls die Arbeiten länger dauern würden.", "de")).toEqual([]);
  });
  it("words in brackets belong to the middle field", () => {
    expect(quotes("Die Bürgermeisterin teilte am Abend (Ortszeit) mit, dass alle Fähren wieder fahren.", "de")).toEqual([
      ["indirect", "dass alle Fähren wieder fahren", "Die Bürgermeisterin", "person", "teilte"],
    ]);
    // The bracket counts to the field's length: after a long field an unmarked clause is no reported one.
    expect(quotes("Die Bürgermeisterin teilte am Abend (Ortszeit) im Rathaus vor den Mitgliedern des Rates mit, die Kosten lagen bei zwei Millionen Euro.", "de").map((q) => q[0])).not.toContain("indirect");
  });
});

describe("German reported statements and comment clauses", () => {
  it("a speech act whose words the sentence does not give is reported whole, its verb part of it, with no cue", () => {
    expect(quotes("Der Verband sprach von einem schwarzen Tag für die Branche.", "de")).toEqual([
      ["reported", "Der Verband sprach von einem schwarzen Tag für die Branche", "Der Verband", "institution", null],
    ]);
    expect(quotes("Die Veranstalter sprechen von einem Rekord.", "de")).toEqual([["reported", "Die Veranstalter sprechen von einem Rekord", "Die Veranstalter", "institution", null]]);
    // Where it quotes words, its verb is their cue.
    expect(quotes("Der Betriebsrat nannte die Pläne „reine Spekulation“.", "de")[0]?.[4]).toBe("nannte");
    // Its source after "laut" stays a cue: the words before it are the statement.
    expect(quotes("Laut der Feuerwehr brannte die Halle völlig aus.", "de")[0]?.[4]).toBe("Laut");
    // A cue closing the sentence on the clause before it reports the clause: the speech act in it is no statement of its own.
    expect(quotes("Die Gewerkschaft fordert eine Reform, sagte der Sprecher.", "de")).toEqual([["indirect", "Die Gewerkschaft fordert eine Reform", "der Sprecher", "anonymous", "sagte"]]);
  });

  it("a judgement with als in its clause is a reported statement; without als the verb reports nothing", () => {
    expect(quotes("Die Gewerkschaft wertete die Einigung als Erfolg für die Beschäftigten.", "de")).toEqual([
      ["reported", "Die Gewerkschaft wertete die Einigung als Erfolg für die Beschäftigten", "Die Gewerkschaft", "institution", null],
    ]);
    expect(quotes("Die Zuschauer sahen das Spiel im Stadion.", "de")).toEqual([]);
    expect(quotes("Sie lobte die Helfer für ihren Einsatz.", "de")).toEqual([]);
  });

  it("a comment clause closing the sentence reports the clause before it", () => {
    expect(quotes("Die Anlage sei sicher, wie die Betreiberfirma mitgeteilt hatte.", "de")).toEqual([
      ["indirect", "Die Anlage sei sicher", "die Betreiberfirma", "institution", "mitgeteilt hatte"],
    ]);
    // So does an impersonal one, through the document it names or from nobody named.
    expect(quotes("Die Bahn erhöht die Preise, wie es in einer Mitteilung hieß.", "de")).toEqual([["indirect", "Die Bahn erhöht die Preise", "einer Mitteilung", "vague", "hieß"]]);
    expect(quotes("Die Bahn erhöht die Preise, wie es hieß.", "de")).toEqual([["indirect", "Die Bahn erhöht die Preise", null, null, "hieß"]]);
  });

  it("a sein-perfect cue closes a bracket opened by its auxiliary; a passive participle does not", () => {
    expect(quotes("Die Forscher waren bisher davon ausgegangen, dass die Höhle jünger sei.", "de")[0]?.slice(2)).toEqual([
      "Die Forscher",
      "person",
      "davon ausgegangen",
    ]);
    expect(quotes("Bis zuletzt war die Reederei davon ausgegangen, dass das Schiff pünktlich ankomme.", "de")[0]?.[2]).toBe("die Reederei");
    // "war … mitgeteilt worden" is a passive: its subject is what was said, no speaker.
    expect(quotes("Die Pläne waren den Anwohnern im Mai mitgeteilt worden, hieß es.", "de").map((q) => q[2])).not.toContain("Die Pläne");
  });
});

describe("German verb-final cues in the second conjunct of a subordinate clause", () => {
  it("read the subject after the coordinator, over an addressee before the cue", () => {
    const found = quotes("Neu sei, dass der Bürgermeister anordne, die Plakate zu entfernen, und die Ministerin gegenüber Reportern versichere, dass niemand Angst haben müsse.", "de");
    expect(found).toContainEqual(["indirect", "dass niemand Angst haben müsse", "die Ministerin", "person", "versichere"]);
  });
});

describe("German cues closing a clause of time or reason with their auxiliary", () => {
  it("report the clause marked as reported after the auxiliary's comma", () => {
    const found = quotes("Der Zeitschrift wurde der Druck verboten, nachdem sie berichtet hatte, dass viele Stimmzettel gefälscht seien.", "de");
    expect(found).toContainEqual(["indirect", "dass viele Stimmzettel gefälscht seien", "sie", "person", "berichtet hatte"]);
    const reason = quotes("Die Richterin lehnte die Bewährung ab, zumal der Anwalt betont hatte, der Mann sei harmlos.", "de");
    expect(reason).toContainEqual(["indirect", "der Mann sei harmlos", "der Anwalt", "person", "betont hatte"]);
  });

  it("opening the sentence, report the marked clause up to the main clause, and the main clause apart", () => {
    expect(quotes("Nachdem die Anwältin dem Richter mitgeteilt hatte, dass der Mann gesucht werde, verließ dieser das Land.", "de")).toEqual([
      ["indirect", "dass der Mann gesucht werde", "die Anwältin", "person", "mitgeteilt hatte"],
    ]);
    // A speech act closing the clause reports it alone; the main clause's verb after its comma reports the rest.
    expect(quotes("Weil der Verband ein Verbot gefordert hatte, warnt das Institut vor steigenden Zinsen.", "de").map((q) => [q[0], q[1], q[2]])).toEqual([
      ["reported", "Weil der Verband ein Verbot gefordert hatte", "der Verband"],
      ["reported", "warnt das Institut vor steigenden Zinsen", "das Institut"],
    ]);
    expect(quotes("Während der Verband ein Verbot fordert, sagt das Institut, die Zinsen würden steigen.", "de").map((q) => [q[0], q[1], q[2]])).toEqual([
      ["reported", "Während der Verband ein Verbot fordert", "der Verband"],
      ["indirect", "die Zinsen würden steigen", "das Institut"],
    ]);
  });

  it("stay silent before a clause of reason and in a relative clause", () => {
    const reason = quotes("Die Kinder wurden krank, nachdem die Eltern sie gewarnt hatten, weil der Verdacht bestand.", "de");
    expect(reason.map((q) => q[1])).not.toContain("weil der Verdacht bestand");
    const relative = quotes("Der Minister, dessen Rücktritt gefordert wird, griff zu einer Maßnahme, um die Proteste zu beenden.", "de");
    expect(relative.map((q) => q[1])).not.toContain("griff zu einer Maßnahme, um die Proteste zu beenden");
  });
});

describe("German middle fields holding a date", () => {
  it("read the day's full stop as part of the field", () => {
    expect(quotes("Die Ministerin sagte am 4. März, sie werde nicht kandidieren.", "de")).toContainEqual([
      "indirect",
      "sie werde nicht kandidieren",
      "Die Ministerin",
      "person",
      "sagte",
    ]);
    const advice = quotes("Das Konsulat riet in einer Mitteilung am 12. Mai allen Reisenden, die Region zu meiden.", "de");
    expect(advice.map((q) => q[1])).toContain("die Region zu meiden");
  });

  it("stay silent where the full stop ends a sentence on a number", () => {
    const found = quotes("Der Verein meldete Platz 3. Danach sagte niemand etwas.", "de");
    expect(found.map((q) => q[1])).not.toContain("Danach sagte niemand etwas");
  });
});

describe("German infinitive clauses opened by a preposition", () => {
  it("a subordinator that is also a preposition opens a phrase before an article, a time noun or a number", () => {
    expect(quotes("Jan Lenz räumte ein, seit dem Konzert davon geträumt zu haben.", "de")).toEqual([
      ["indirect", "seit dem Konzert davon geträumt zu haben", "Jan Lenz", "person", "räumte ein"],
    ]);
    expect(quotes("Jan Lenz räumte ein, seit Jahren davon geträumt zu haben.", "de")[0]?.[4]).toBe("räumte ein");
    expect(quotes("Die Firma gab bekannt, den Bau einzustellen, während die Stadt weiter plant.", "de").map((q) => q[1])).not.toContain("während die Stadt weiter plant");
  });
});

describe("German infinitive clauses ending at a dash", () => {
  it("are what the cue reports, the words after the dash included", () => {
    expect(quotes("Die Behörden haben die Einwohner aufgefordert, ihre Wohnungen zu räumen – ein Drittel davon in der Stadt.", "de")).toEqual([
      ["indirect", "ihre Wohnungen zu räumen – ein Drittel davon in der Stadt", "Die Behörden", "vague", "aufgefordert"],
    ]);
  });
});

describe("German infinitive clauses without a comma after their cue", () => {
  it("a clause closing on zu and a lowercase infinitive is what the cue reports", () => {
    expect(quotes("Der Hersteller hat am Montag angekündigt die Preise im Herbst zu erhöhen.", "de")).toEqual([
      ["indirect", "die Preise im Herbst zu erhöhen", "Der Hersteller", "institution", "angekündigt"],
    ]);
  });

  it("a phrase after zu, the cue's own infinitive or a cue that is an infinitive reads none", () => {
    expect(quotes("Der Verein äußerte sich bisher nicht zu dem Fall.", "de").map((q) => q[0])).not.toContain("indirect");
    expect(quotes("Die Zeitung gab an, ausgewogen berichtet zu haben.", "de").map((q) => q[1])).not.toContain("zu haben");
    expect(quotes("Die Länder einigten sich, den Vertrag für nichtig zu erklären und eine neue Politik zu führen.", "de").map((q) => q[1])).not.toContain(
      "und eine neue Politik zu führen",
    );
  });
});

describe("German modals before an infinitive cue", () => {
  it("open the bracket the cue closes before its statement: the subject stands before the modal or right after it", () => {
    expect(quotes("Der Minister will heute bekannt geben, dass die Steuern steigen.", "de")).toEqual([
      ["indirect", "dass die Steuern steigen", "Der Minister", "person", "bekannt geben"],
    ]);
    expect(quotes("Heute will der Minister erklären, dass die Steuern steigen.", "de")).toEqual([
      ["indirect", "dass die Steuern steigen", "der Minister", "person", "erklären"],
    ]);
    // A predicative phrase after "als" opening the sentence is no subject.
    expect(quotes("Als Minister will Berg erklären, dass die Steuern steigen.", "de")[0]?.[2]).toBe("Berg");
  });

  it("leave the subject after the finite verb over adverbs where a phrase or a subordinate clause is fronted", () => {
    expect(quotes("Im Parlament hat gestern der Minister erklärt, dass die Steuern steigen.", "de")[0]?.[2]).toBe("der Minister");
    expect(quotes("Nachdem die Wahl verschoben wurde, will heute der Minister erklären, dass die Steuern steigen.", "de")[0]?.[2]).toBe("der Minister");
    // After a relative clause set off by commas the subject stands before it; the phrase after the adverb is the object.
    expect(quotes("Der Minister, der lange schwieg, hat nun seine Rückkehr angekündigt.", "de")[0]?.[2]).toBe("Der Minister");
  });

  it("open none before a passive infinitive nor before a verb that closes its sentence", () => {
    expect(quotes("Es muss gesagt werden, dass die Steuern steigen.", "de").map((q) => q[2])).not.toContain("Es");
    expect(quotes("Der Täter wollte sich später wieder melden.", "de")).toEqual([]);
  });
});

describe("German separable cues whose particle closes a long middle field", () => {
  it("ankündigen and vorwerfen report their sentence however far the particle stands from the verb", () => {
    expect(quotes("Die Ministerin kündigte auf einer Pressekonferenz am Montag eine Änderung des Entwurfs für die Schulen an.", "de")).toEqual([
      ["reported", "Die Ministerin kündigte auf einer Pressekonferenz am Montag eine Änderung des Entwurfs für die Schulen an", "Die Ministerin", "person", null],
    ]);
    expect(quotes("Der Senator wirft dem Bürgermeister seit Wochen Untätigkeit in der Frage der hohen Mieten vor.", "de")).toEqual([
      ["reported", "Der Senator wirft dem Bürgermeister seit Wochen Untätigkeit in der Frage der hohen Mieten vor", "Der Senator", "person", null],
    ]);
  });
});

describe("German appositions between the cue's subject and its clause", () => {
  it("a capitalised apposition set off by commas before dass names the subject again; a clause with a Konjunktiv is the report", () => {
    expect(quotes("Am Montag meldete der Sender, Radio Nord, dass die Auflage verkauft wird.", "de")).toEqual([
      ["indirect", "dass die Auflage verkauft wird", "der Sender", "media", "meldete"],
    ]);
    expect(quotes("Der Minister erklärte, Berlin sei bereit, dass die Gespräche weitergehen.", "de")[0]?.[1]).toBe("Berlin sei bereit, dass die Gespräche weitergehen");
  });
});

describe("German correlative subjects", () => {
  it("a subject of two conjuncts joined by sowohl … als auch or weder … noch speaks whole", () => {
    expect(quotes("Sowohl die Polizei als auch die Staatsanwaltschaft kündigten an, den Fall zu prüfen.", "de")[0]?.[2]).toBe(
      "Sowohl die Polizei als auch die Staatsanwaltschaft",
    );
    expect(quotes("Weder der Verein noch die Spieler wollten bestätigen, dass der Trainer gehe.", "de")[0]?.[2]).toBe("Weder der Verein noch die Spieler");
  });
});
