import { describe, expect, it } from "vitest";
import { quotes } from "./helpers.js";

const cues = (text: string) => quotes(text, "de").map((q) => q[4]);

describe("German cue spans: the verb group as annotated", () => {
  it("a pronominal adverb the cue governs belongs to it", () => {
    expect(cues("Der Verband warnte davor, dass die Preise weiter steigen könnten.")).toEqual(["warnte davor"]);
    expect(cues("Die Gewerkschaft drohte damit, den Streik auszuweiten.")).toEqual(["drohte damit"]);
    // "dazu" after a cue is mostly an adverb of the clause, not part of the cue.
    expect(cues("Der Bürgermeister sagte dazu, die Brücke werde im Mai eröffnet.")).toEqual(["sagte"]);
  });

  it("a phrase announcing the words right before a participle cue before a colon belongs to it, with the auxiliary", () => {
    expect(quotes("Die Ministerin wird mit den Worten zitiert: „Wir bauen die Brücke neu.“", "de")).toEqual([
      ["direct", "„Wir bauen die Brücke neu.“", "Die Ministerin", "person", "wird mit den Worten zitiert"],
    ]);
    expect(cues("Die Ministerin wird in der Zeitung mit den Worten zitiert: „Wir bauen die Brücke neu.“")).toEqual(["mit den Worten zitiert"]);
    // Before a comma the clause reports no words of its own.
    expect(cues("Die Ministerin wird mit den Worten zitiert, sie wolle die Brücke neu bauen.")).toEqual(["zitiert"]);
  });

  it("the correlate of the clause a request asks for belongs to its participle, with an auxiliary right before it", () => {
    expect(quotes("Die Verbände hatten dazu aufgerufen, am Samstag gegen den Bau der Straße zu demonstrieren.", "de")).toEqual([
      ["indirect", "am Samstag gegen den Bau der Straße zu demonstrieren", "Die Verbände", "institution", "hatten dazu aufgerufen"],
    ]);
    expect(cues("Die Stadt hat die Bürger darum gebeten, kein Wasser zu verschwenden.")).toEqual(["darum gebeten"]);
    expect(cues("Die Stadt hat die Bürger aufgefordert, kein Wasser zu verschwenden.")).toEqual(["aufgefordert"]);
  });

  it("a reflexive right before the cue belongs to it, and so does the predicate of declaring oneself willing", () => {
    expect(quotes("Die Stadt hat sich bereit erklärt, die Kosten zu tragen.", "de")).toEqual([
      ["indirect", "die Kosten zu tragen", "Die Stadt", "institution", "hat sich bereit erklärt"],
    ]);
    expect(cues("Die Stadt hat sich gestern bereit erklärt, die Kosten zu tragen.")).toEqual(["bereit erklärt"]);
    expect(cues("Nun hat man sich entschlossen, das Stadion zu verkaufen.")).toEqual(["sich entschlossen"]);
  });

  it("the preposition of a warning right after it belongs to it", () => {
    expect(new Set(cues("Der Verband warnte vor einem „ruinösen Preiskampf“."))).toEqual(new Set(["warnte vor"]));
    expect(new Set(cues("Der Verband warnte am Montag vor einem „ruinösen Preiskampf“."))).toEqual(new Set(["warnte"]));
  });

  it("'zu' after 'sagte' is the particle of 'zusagen' only where it closes the clause; before a noun it is a preposition", () => {
    expect(cues("Der Sprecher sagte zu den Vorwürfen, die Firma habe nichts falsch gemacht.")).toEqual(["sagte"]);
    expect(cues("Der Richter sagte zu dem Angeklagten, er habe schwere Schuld auf sich geladen.")).toEqual(["sagte"]);
    expect(cues("Die Regierung sagte zu, die Hilfe aufzustocken.")).toEqual(["sagte zu"]);
  });

  it("auxiliaries closing a verb-final clause after a participle cue belong to it", () => {
    expect(cues("Wie die Lokalzeitung am Montag berichtet hatte, soll die Schule im Herbst schließen.")).toEqual(["berichtet hatte"]);
    expect(cues("Wie am Montag mitgeteilt worden war, sei die Anlage sicher.")).toEqual(["mitgeteilt worden war"]);
    // An auxiliary that goes on into the next clause is not the cue's.
    expect(cues("Der Minister hat gesagt, die Steuern würden nicht erhöht.")).toEqual(["hat gesagt"]);
  });

  it("the impersonal subject of a passive cue belongs to it", () => {
    expect(quotes("Es wird vermutet, dass der Brand durch einen Kurzschluss entstand.", "de")).toEqual([
      ["indirect", "dass der Brand durch einen Kurzschluss entstand", null, null, "Es wird vermutet"],
    ]);
  });

  it("separable cues in the past and present, their particle in the span where it follows the verb", () => {
    expect(cues("Der Vorsitzende hob hervor, der Schutz dürfe nicht mit Gewalt erfolgen.")).toEqual(["hob hervor"]);
    expect(cues("Die Ministerin hob dabei auch hervor, dass dies Stellen sichern könnte.")).toEqual(["hob"]);
    expect(cues("Die Feuerwehr gibt an, es gebe keine Verletzten.")).toEqual(["gibt an"]);
    expect(cues("Die Organisation weist darauf hin, dass die Arbeit gefährlich sei.")).toEqual(["weist darauf hin"]);
    expect(cues("Sie führte aus, hier gebe es eine neue Entwicklung.")).toEqual(["führte aus"]);
    expect(cues("Zum Hintergrund führte der Anwalt aus, dass Geld geflossen sei.")).toEqual(["führte"]);
    expect(cues("Wie der Richter, Otto Brenner, ausführte, hätte es ein Blutbad gegeben.")).toEqual(["ausführte"]);
    expect(quotes("„Das Werk ist sicher“, führte die Leiterin vor der Presse aus.", "de")).toEqual([
      ["direct", "„Das Werk ist sicher“", "die Leiterin", "person", "führte"],
    ]);
    // Existence, a reflexive, or carrying out a plan report nothing.
    expect(cues("Es gibt auch Stimmen an der Basis, die das anders sehen.")).toEqual([]);
    expect(cues("Die Sängerin gibt sich an diesem Abend verspielt.")).toEqual([]);
    expect(cues("Die Täter führten den Anschlag am Morgen aus, als viele Menschen unterwegs waren.")).toEqual([]);
  });

  it("the perfect of 'heißt es' and the passive of 'angeben' are cues, the auxiliary in the span", () => {
    expect(quotes("Am Vormittag hatte es zunächst geheißen, die Fähre falle aus.", "de")).toEqual([
      ["indirect", "die Fähre falle aus", null, null, "hatte es zunächst geheißen"],
    ]);
    expect(cues("Als Grund wurde angegeben, es werde ein neuer Partner gesucht.")).toEqual(["wurde angegeben"]);
    // "es" before the verb, after "wie" or a relative pronoun or opening a main clause, the statement after the comma.
    expect(quotes("Wie es hieß, plant der Verein einen Umzug.", "de")).toEqual([["indirect", "plant der Verein einen Umzug", null, null, "es hieß"]]);
    expect(quotes("Die Stadt verschickte ein Schreiben, in dem es heißt, dass die Halle schließe.", "de").map((q) => [q[1], q[4]])).toEqual([
      ["dass die Halle schließe", "es heißt"],
    ]);
    expect(cues("Der Preis ist auf dem Etikett angegeben.")).toEqual([]);
  });

  it("'begründen' with its correlate 'damit' before the comma spans its object up to it", () => {
    expect(quotes("Der Verband begründete seine Absage damit, dass die Halle zu klein sei.", "de")).toEqual([
      ["indirect", "dass die Halle zu klein sei", "Der Verband", "institution", "begründete seine Absage damit"],
    ]);
    expect(cues("Die Stadt hat den Schritt damit begründet, dass die Brücke marode sei.")).toEqual(["hat den Schritt damit begründet"]);
    expect(cues("Er begründete die Absage, die niemand erwartet hatte, mit dem Wetter.")).not.toContain("begründete die Absage");
  });

  it("'wollen … wissen' claims knowledge before a clause or asks after a quoted question", () => {
    expect(quotes("Der Sender will wissen, dass der Vertrag geplatzt ist.", "de")).toEqual([
      ["indirect", "dass der Vertrag geplatzt ist", "Der Sender", "media", "will"],
    ]);
    expect(quotes("„Wann kommt der Zug?“, wollen die Fahrgäste wissen.", "de")).toEqual([
      ["direct", "„Wann kommt der Zug?“", "die Fahrgäste", "person", "wollen"],
    ]);
    expect(quotes("Sie wollen mehr über den Plan wissen.", "de")).toEqual([]);
  });

  it("'ist/war zu hören' before a comma reports what was heard, not a sound heard", () => {
    expect(quotes("Aus dem Ministerium ist zu hören, der Plan sei gescheitert.", "de")).toEqual([
      ["indirect", "der Plan sei gescheitert", "dem Ministerium", "institution", "ist zu hören"],
    ]);
    expect(cues("Aus der Partei war zuletzt mehrfach zu hören, man wolle den Vertrag kündigen.")).toEqual(["zu hören"]);
    expect(cues("Auf der Aufnahme ist ein Kind zu hören, wie es um Hilfe ruft.")).toEqual([]);
  });

  it("so before a cue set off inside a statement belongs to it", () => {
    expect(cues("Die Mieten, so schrieb die Forscherin, seien in zehn Jahren um ein Drittel gestiegen.")).toEqual(["so schrieb"]);
  });

  it("a colon announcing a quotation is no cue", () => {
    expect(quotes("Die Lage am Hafen ist angespannt. Die Bürgermeisterin dazu: „Wir bauen die Brücke bis zum Sommer neu.“", "de")).toEqual([
      ["direct", "„Wir bauen die Brücke bis zum Sommer neu.“", "Die Bürgermeisterin", "person", null],
    ]);
  });

  it("in a relative cue the preposition is the cue and the relative pronoun speaks for its antecedent", () => {
    expect(quotes("Der Verband verwies auf neue Studien, nach denen das Mittel gut wirke.", "de")).toEqual([
      ["indirect", "das Mittel gut wirke", "denen (neue Studien)", "institution", "nach"],
    ]);
    expect(quotes("Der Verband verwies auf neue Studien, denen zufolge das Mittel gut wirke.", "de")[0]?.slice(2)).toEqual(["denen (neue Studien)", "institution", "zufolge"]);
    expect(quotes("Es gab Meldungen der Zeitung, wonach die Inspektoren Zutritt verlangt hätten.", "de")[0]?.[4]).toBe("wonach");
  });
  it("a separable particle right after the cue verb, closing its clause before a colon or comma, belongs to the cue", () => {
    expect(cues("Ein Sprecher des Verbands schätzte ein: „Das wird noch Jahre dauern.“")).toEqual(["schätzte ein"]);
    expect(cues("Der Zeuge sagte aus, er habe den Wagen nicht gesehen.")).toEqual(["sagte aus"]);
    // Apart from the verb the particle is a piece of its own; the verb alone stays the cue.
    expect(cues("Er gab die Zahlen am Morgen bekannt: „Wir haben gewonnen.“")).toEqual(["gab"]);
    expect(cues("Der Zeuge sagte, er habe den Wagen nicht gesehen.")).toEqual(["sagte"]);
  });
});

describe("German separable cues with an appositive name before the particle", () => {
  it("read the particle past the appositive's closing comma, the statement after it", () => {
    expect(quotes("Nun gab der Leiter der Wache, Jan Ott, bekannt, dass der Wagen gefunden worden sei.", "de")).toEqual([
      ["indirect", "dass der Wagen gefunden worden sei", "der Leiter der Wache, Jan Ott", "person", "gab"],
    ]);
  });

  it("read the present plural as well", () => {
    expect(quotes("Die Verbände geben in einer Mitteilung bekannt, dass sie neue Programme planen.", "de")).toEqual([
      ["indirect", "dass sie neue Programme planen", "Die Verbände", "institution", "geben"],
    ]);
    expect(quotes("Die Kliniken teilen in einem Schreiben mit, dass die Betten knapp seien.", "de").map((q) => q[4])).toEqual(["teilen"]);
  });

  it("take no particle closing a clause of its own", () => {
    expect(quotes("Der Verein gab Gewinne, Verluste und Schulden bekannt.", "de").map((q) => q[0])).not.toContain("indirect");
  });
});

describe("German finite separable cues whose participles are cues", () => {
  it("read the verb as the cue, its particle before the comma", () => {
    expect(quotes("Die Ministerin sicherte den Bauern gestern zu, dass die Hilfen bald kämen.", "de")).toEqual([
      ["indirect", "dass die Hilfen bald kämen", "Die Ministerin", "person", "sicherte"],
    ]);
    expect(quotes("Der Trainer stritt ab, dass es Streit im Team gebe.", "de")[0]?.[4]).toBe("stritt ab");
  });

  it("take no verb that only ends like one", () => {
    expect(quotes("Das erregte die Gemüter an, dass die Lage ernst sei.", "de").map((q) => q[4])).not.toContain("erregte");
  });
});
