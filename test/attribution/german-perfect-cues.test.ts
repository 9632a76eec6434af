import { describe, expect, it } from "vitest";
import { quotes, read } from "./helpers.js";

describe("German cues in the perfect", () => {
  it("the auxiliary ends the subject; an object between it and the participle is no speaker", () => {
    expect(quotes("Der Vorsitzende hatte den Minister aufgefordert, sein Amt niederzulegen.", "de")).toEqual([
      ["indirect", "sein Amt niederzulegen", "Der Vorsitzende", "person", "aufgefordert"],
    ]);
    expect(quotes("Die Vorsitzende im Landtag, Jana Berg, hatte den Minister gestern aufgefordert, sein Amt niederzulegen.", "de")[0]?.[2]).toBe("Die Vorsitzende");
  });

  it("after an inverted auxiliary an article that links nothing opens the object after the subject", () => {
    expect(quotes("Am Freitag hatte Verlagsleiterin Jana Roth den Mitarbeitern erklärt, dass die Zeitung schließe.", "de")[0]?.[2]).toBe("Verlagsleiterin Jana Roth");
    expect(quotes("In ihrer Rede hatte die Ministerin einen Kurs der kleinen Reformen angekündigt.", "de")[0]?.[2]).toBe("die Ministerin");
    // So it does in a clause a subordinator opens, the verb at its end.
    expect(quotes("Es kam zu Protesten, als Ministerin Li Wen den Journalisten die Gründe erklären wollte.", "de")[0]?.[2]).toBe("Ministerin Li Wen");
    // A link goes on: the genitive after the subject's noun is part of it.
    expect(quotes("Am Freitag hatte der Sprecher der Polizei erklärt, dass die Straße gesperrt sei.", "de")[0]?.[2]).toBe("der Sprecher der Polizei");
  });

  it("after a source opening the clause, the subject follows the auxiliary, a circumstance in the middle field too", () => {
    expect(read("Laut CNN hat der Minister auf einer Pressekonferenz verkündet, der Rat wolle die Truppen behalten.", "de").attributions.map((a) => a.chain)).toEqual([
      ["CNN"],
      ["Minister", "CNN"],
    ]);
  });

  it("a phrase in the genitive, or after a preposition that also opens clauses, is no subject", () => {
    expect(quotes("Des Weiteren wirft die OSZE der Wahlkommission vor, nicht kollegial gearbeitet zu haben.", "de")[0]?.[2]).not.toBe("Des Weiteren");
    expect(quotes("Der Minister hat während seines Besuchs in Tokio verkündet, die Truppen blieben im Land.", "de").map((q) => q[2])).not.toContain("seines Besuchs in Tokio");
  });

  it("a subject with a prepositional attribute before the auxiliary opens the clause; the name in the middle field is the addressee", () => {
    expect(quotes("Einige der größten Verbände im Land haben Ministerin Anna Berg gestern in einem Brief geschrieben, dass die Reform scheitern müsse.", "de")[0]?.[2]).toBe("Einige der größten Verbände im Land");
    // A time with an adverb before the auxiliary is a circumstance (here after a headline run into the sentence): the subject follows it.
    expect(quotes("Neue Pläne der Stadt Bereits im Dezember hatte Ministerin Anna Berg in einer Rede verkündet, dass die Reform komme.", "de")[0]?.[2]).toBe("Ministerin Anna Berg");
  });

  it("an aside set off by commas in the verb bracket leaves the clause before it unreported; a Konjunktiv clause before a subject and its cue is reported", () => {
    expect(quotes("Das Ministerium hat gestern, am 3. März, den ersten Fall von Grippe bekannt gegeben.", "de")).toEqual([]);
    expect(quotes("Der Schaden sei gering, die Polizei bestätigte dies.", "de")).toEqual([["indirect", "Der Schaden sei gering", "die Polizei", "institution", "bestätigte"]]);
  });

  it("a name in quotation marks in the middle field does not break the bracket", () => {
    expect(quotes("Der Kandidat der Linken, Jean Dupont, hat in einem Gespräch mit „Le Soir“ angeregt, der Präsident solle zurücktreten.", "de")).toEqual([
      ["indirect", "der Präsident solle zurücktreten", "Der Kandidat der Linken, Jean Dupont", "person", "angeregt"],
    ]);
    expect(quotes("Der Kandidat hat in einem Brief an „Die Welt“ gefordert, die Wahl zu verschieben.", "de")[0]?.[2]).toBe("Der Kandidat");
  });

  it("an aside in brackets in the middle field does not break the bracket, its comma included", () => {
    expect(quotes("Die Ministerin hat in einem Gespräch mit ihrem Amtskollegen Jan Holm (Grüne, dt. etwa Umweltpartei) bekräftigt, das Land stehe zu seinen Zusagen.", "de")).toEqual([
      ["indirect", "das Land stehe zu seinen Zusagen", "Die Ministerin", "person", "bekräftigt"],
    ]);
  });

  it("a date set off after a day in the middle field does not break the bracket, its closing comma left out or not", () => {
    expect(quotes("Die Ministerin hatte am Donnerstag, dem 7. Oktober, die These vertreten, die Reform komme zu spät.", "de")).toEqual([
      ["indirect", "die Reform komme zu spät", "Die Ministerin", "person", "die These vertreten"],
    ]);
    expect(quotes("Der Landrat hat am Montag, den 3.5. in einem Interview gesagt, die Straße bleibe gesperrt.", "de")[0]?.[2]).toBe("Der Landrat");
    expect(quotes("Der Landrat hat am 3. Mai, einem Montag, gesagt, die Straße bleibe gesperrt.", "de")[0]?.[2]).toBe("Der Landrat");
  });

  it("an object right after the auxiliary is no subject: the subject stood before it, or the clause names none", () => {
    expect(quotes("Die Gäste hatten den Rücktritt des Wirts gefordert.", "de")).toEqual([["reported", "Die Gäste hatten den Rücktritt des Wirts gefordert", "Die Gäste", "person", null]]);
    expect(quotes("Die Bauern zogen vor das Rathaus und hatten den Rücktritt des Bürgermeisters Jan Holm gefordert.", "de")).toEqual([]);
  });

  it("a pronoun opening the clause before the auxiliary is the subject; a bare object after the auxiliary is none", () => {
    expect(quotes("Er hat Neuwahlen gefordert.", "de")[0]?.[2]).toBe("Er");
    expect(quotes("Die Gruppe trat auf. Auch sie hatte Proteste angekündigt.", "de")[0]?.[2]).toBe("sie");
    expect(quotes("Die Gruppe trat auf. Diese hatte Anschläge angekündigt.", "de")[0]?.[2]).toBe("Diese");
    // A demonstrative standing for what was said, or before a phrase its article opens, is the object.
    expect(quotes("Dies hat der Sprecher bestätigt.", "de")[0]?.[2]).toBe("der Sprecher");
    expect(quotes("Diese hat der Sprecher bestätigt.", "de")[0]?.[2]).toBe("der Sprecher");
  });

  it("a phrase deep in the middle field before the participle is no subject where one naming someone opens the clause before the auxiliary", () => {
    expect(quotes("Der Kreml hat Berichte über ein Treffen zwischen Putin und Trump dementiert.", "de")[0]?.slice(2, 4)).toEqual(["Der Kreml", "institution"]);
    expect(quotes("Die Regierung hat nach Beratungen mit Vertretern der Länder und Gemeinden Hilfen angekündigt.", "de")[0]?.[2]).toBe("Die Regierung");
  });

  it("a relative clause its object's pronoun opens has the phrase after the pronoun for subject", () => {
    expect(quotes("Holm ist ein Mann, von dem die Polizei glaubt, er sei angeworben worden.", "de")).toEqual([
      ["indirect", "er sei angeworben worden", "die Polizei", "institution", "glaubt"],
    ]);
  });

  it("a time between the auxiliary and the participle is no subject", () => {
    expect(quotes("Selbst die Zeitung hatte letzten September kritisiert, dass der Plan scheitere.", "de")).toEqual([
      ["indirect", "dass der Plan scheitere", "die Zeitung", "media", "kritisiert"],
    ]);
  });

  it("an inverted perfect after a clause in the Konjunktiv reports that clause", () => {
    expect(quotes("Es drohe ein Wettlauf, hatte der Präsident in Moskau gesagt.", "de")).toEqual([
      ["indirect", "Es drohe ein Wettlauf", "der Präsident in Moskau", "person", "gesagt"],
    ]);
    // The clause opens with a noun phrase: still the subject after the auxiliary speaks, not the clause's own subject.
    expect(quotes("Die Arbeit sei nicht frei von Schwächen, hatte die Abgeordnete damals gesagt.", "de")).toEqual([
      ["indirect", "Die Arbeit sei nicht frei von Schwächen", "die Abgeordnete", "person", "gesagt"],
    ]);
    // After a subordinate clause in the indicative it is the main clause.
    expect(quotes("Weil die Abgeordnete für Aufsehen gesorgt hatte, hat sie gestern etwas gesagt.", "de").map((q) => q[4])).not.toContain("gesagt");
  });

  it("separable participles with their pronominal adverb are cues", () => {
    expect(quotes("Die Polizei hat darauf hingewiesen, dass die Straße gesperrt bleibt.", "de")).toEqual([
      ["indirect", "dass die Straße gesperrt bleibt", "Die Polizei", "institution", "darauf hingewiesen"],
    ]);
    // Pointing the way reports nothing.
    expect(quotes("Die Polizei hat den Weg zum Bahnhof gewiesen.", "de")).toEqual([]);
  });
});

describe("German cues in the perfect passive", () => {
  it("the statement follows the passive's participle in a main clause, and the cue holds its finite verb", () => {
    expect(quotes("Gestern war berichtet worden, dass es im Rat zum Streit gekommen war.", "de")).toEqual([
      ["indirect", "dass es im Rat zum Streit gekommen war", null, null, "war berichtet worden"],
    ]);
    expect(quotes("In der letzten Woche war ein Besuch von der Regierung mit dem Hinweis abgelehnt worden, man sei beschäftigt.", "de")[0]?.[2]).toBe("der Regierung");
  });

  it("closing a subordinate clause, the main clause after it is no statement", () => {
    expect(quotes("Nachdem über den Streit berichtet worden war, trat der Vorsitzende zurück.", "de")).toEqual([]);
  });
});

describe("German participles that report only a clause they introduce", () => {
  it("gemeldet, eingeräumt, ausgesagt, ausgeführt and the like report a dass clause, not a bare object", () => {
    expect(quotes("Aus Hamburg wird gemeldet, dass dort viele Menschen übertreten.", "de")[0]?.[4]).toBe("wird gemeldet");
    expect(quotes("Der Minister hat eingeräumt, dass Fehler gemacht wurden.", "de")).toEqual([
      ["indirect", "dass Fehler gemacht wurden", "Der Minister", "person", "hat eingeräumt"],
    ]);
    expect(quotes("Das Feuer wurde von Anwohnern gemeldet und war schon stark entwickelt.", "de")).toEqual([]);
    expect(quotes("Den Kandidaten werden geringe Chancen eingeräumt.", "de")).toEqual([]);
    expect(quotes("Zwei Zeugen haben vor Gericht ausgesagt, dass der Wagen zu schnell fuhr.", "de")[0]?.[4]).toBe("ausgesagt");
    expect(quotes("Die Arbeiter haben den Plan sorgfältig ausgeführt.", "de")).toEqual([]);
  });

  it("an agreement in the perfect or after a modal reports the clause it introduces, its finite verb part of the cue", () => {
    expect(quotes("Die Tarifparteien haben sich geeinigt, die Löhne im Mai anzuheben.", "de")).toEqual([
      ["indirect", "die Löhne im Mai anzuheben", "Die Tarifparteien", "person", "haben sich geeinigt"],
    ]);
    expect(quotes("Die Vereine konnten sich darauf einigen, das Turnier zu verschieben.", "de")[0]?.[4]).toBe("konnten sich darauf einigen");
    // Agreeing on a thing, or not agreeing, reports nothing.
    expect(quotes("Die Parteien haben sich auf einen Kandidaten geeinigt.", "de")).toEqual([]);
    expect(quotes("Die Staaten haben sich gestern nicht darauf geeinigt, Soldaten zu schicken.", "de")).toEqual([]);
  });

  it("a clause of time with an infinitive in it is no infinitive clause", () => {
    expect(quotes("Das Flugzeug wurde vermisst gemeldet, nachdem es auf dem Radar nicht mehr zu sehen war.", "de")).toEqual([]);
  });
});
