import { describe, expect, it } from "vitest";
import { quotes } from "./helpers.js";

describe("German back references to a document", () => {
  it("Danach after a sentence naming a document reports what the document says", () => {
    expect(quotes("Die Bank legte heute neue Quartalszahlen vor. Danach verzeichnet das Institut Verluste.", "de")).toEqual([
      ["reported", "verzeichnet das Institut Verluste", "Danach (Die Bank)", "institution", "Danach"],
    ]);
    // Demnach with no source before it points at the decision, a body's; a council before it is the decision's body.
    expect(quotes("Am Montag wurde eine Vorlage beschlossen. Demnach darf die Fähre im Winter fahren.", "de")).toEqual([
      ["reported", "darf die Fähre im Winter fahren", "Demnach", "institution", "Demnach"],
    ]);
    expect(quotes("Der Stadtrat stimmte am Montag einer Vorlage zu. Demnach darf die Fähre im Winter fahren.", "de")).toEqual([
      ["reported", "darf die Fähre im Winter fahren", "Demnach (Der Stadtrat)", "institution", "Demnach"],
    ]);
  });

  it("Darin after a sentence naming a document stands for it: the document speaks what heißt es reports", () => {
    const text = "Die Grünen legten am Montag ein Beschlusspapier vor. Darin heißt es, die Schuldenbremse müsse reformiert werden.";
    expect(quotes(text, "de")).toEqual([["indirect", "die Schuldenbremse müsse reformiert werden", "ein Beschlusspapier", "institution", "heißt es"]]);
    // With no document before it, it names nobody.
    expect(quotes("Der Minister reiste nach Kiew. Dort hieß es, die Lage sei ernst.", "de")[0]?.[2]).toBeNull();
  });

  it("after an event or a verdict it says when", () => {
    expect(quotes("Der Mann verständigte die Behörden. Danach fand ein Treffen statt.", "de")).toEqual([]);
    expect(quotes("Der Richter sprach das Urteil. Danach verließ der Angeklagte das Gebäude.", "de")).toEqual([]);
  });
});

describe("German reasons given for the act before", () => {
  it("a cue with no speaker after \"Als Begründung\" reports the subject of the sentence before; one with a subject keeps it", () => {
    expect(quotes("So hat die Stadt die Gebühren erhöht. Als Begründung wurde angegeben, die Kosten seien gestiegen.", "de")).toEqual([
      ["indirect", "die Kosten seien gestiegen", "die Stadt", "institution", "wurde angegeben"],
    ]);
    expect(quotes("Der Verband lehnt die Pläne ab. Als Begründung dafür heißt es, die Gesetze seien ausreichend.", "de")[0]?.[2]).toBe("Der Verband");
    expect(quotes("Der Flughafen wurde gesperrt. Als Grund nannte die Polizei, ein Koffer sei gefunden worden.", "de")[0]?.[2]).toBe("die Polizei");
  });
});

describe("German demonstratives standing for the sentence before", () => {
  it("a bare name after the cue closing the sentence is its subject, not a noun after an adjective; the statement is the sentence before, without the demonstrative", () => {
    expect(quotes("Die Junta will nicht verschwinden. Das erklärte General Sonthi am Montag.", "de")).toEqual([
      ["indirect", "Die Junta will nicht verschwinden.", "General Sonthi", "person", "erklärte"],
    ]);
    expect(quotes("Das erklärte Ziel der Regierung ist die Senkung der Steuern.", "de")).toEqual([]);
  });

  it("subjects joined by a coordinator close the sentence as one; a reflexive cue in the sentence before leaves the cue a verb", () => {
    expect(quotes("Die Koalition hat sich auf einen Kompromiss geeinigt. Das teilten Steffen Hebestreit und Christian Dürr am Freitag mit.", "de")).toEqual([
      ["indirect", "Die Koalition hat sich auf einen Kompromiss geeinigt.", "Steffen Hebestreit und Christian Dürr", "person", "teilten"],
    ]);
    expect(quotes("Die Koalition hat sich geeinigt. Das bestätigte der Vorsitzende.", "de")).toEqual([
      ["indirect", "Die Koalition hat sich geeinigt.", "der Vorsitzende", "person", "bestätigte"],
    ]);
  });

  it("the addressee may follow the subject closing the sentence", () => {
    expect(quotes("Die Junta will nicht verschwinden. Das erklärte General Sonthi am Montag gegenüber ausländischen Diplomaten.", "de")).toEqual([
      ["indirect", "Die Junta will nicht verschwinden.", "General Sonthi", "person", "erklärte"],
    ]);
    expect(quotes("Das erklärte Ziel gegenüber den Gläubigern ist die Senkung der Schulden.", "de")).toEqual([]);
  });

  it("so may a prepositional phrase, where no finite verb follows", () => {
    expect(quotes("Der Minister bot seinen Rücktritt an. Das berichten Medien unter Berufung auf Regierungskreise.", "de")).toEqual([
      ["indirect", "Der Minister bot seinen Rücktritt an.", "Medien", "vague", "berichten"],
    ]);
    expect(quotes("Das erklärte Ziel der Regierung für das kommende Jahr ist die Senkung der Steuern.", "de")).toEqual([]);
  });
});

describe("German demonstratives as the object closing a speech act", () => {
  it("a demonstrative alone after the cue points back and reports nothing more; the passage goes on with its speaker", () => {
    expect(quotes("Die Brücke bleibt bis Montag gesperrt. Die Stadt bestätigte dies inzwischen. Sie sei einsturzgefährdet.", "de")).toEqual([
      ["indirect", "Sie sei einsturzgefährdet", "Die Stadt", "institution", null],
    ]);
    // An object of its own is what was confirmed.
    expect(quotes("Die Stadt bestätigte die Sperrung der Brücke.", "de")).toHaveLength(1);
  });
});

describe("German \"so X\" after a statement", () => {
  it("a colon after the speaker announces more of its words and closes the attribution", () => {
    expect(quotes("Die Lage habe sich beruhigt, so Berger weiter: „Wir sind vorsichtig optimistisch, dass es so bleibt.“", "de")).toEqual([
      ["indirect", "Die Lage habe sich beruhigt", "Berger", "person", "so"],
      ["direct", "„Wir sind vorsichtig optimistisch, dass es so bleibt.“", "Berger", "person", "so"],
    ]);
  });

  it("the speaker and its attributes close the sentence however long; a verb after the phrase makes so an adverb", () => {
    const text = "Zwei Drittel der Diäten sind wirkungslos, so das Ergebnis einer Studie der Stiftung Markttest mit dem Titel „Die leichte Küche“ nach einer Prüfung von über hundert Plänen.";
    expect(quotes(text, "de")).toEqual([["indirect", "Zwei Drittel der Diäten sind wirkungslos", "das Ergebnis einer Studie der Stiftung Markttest", "institution", "so"]]);
    expect(quotes("Die Lage sei ernst, so Peter Huber im libanesischen Fernsehen.", "de")[0]?.[2]).toBe("Peter Huber");
    expect(quotes("Im Fahrerlager konnte man die Mechaniker beobachten, so mancher Reifen wurde gewechselt.", "de")).toEqual([]);
  });
});
