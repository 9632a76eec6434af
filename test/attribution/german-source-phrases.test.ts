import { describe, expect, it } from "vitest";
import { quotes, read } from "./helpers.js";

describe("German source phrases", () => {
  it("a participle with its own phrase between the article and the noun stays in the phrase", () => {
    expect(quotes("Laut einer am Dienstag veröffentlichten Mitteilung des Hilfswerks wurden zwei Hütten gebaut.", "de")).toEqual([
      ["reported", "wurden zwei Hütten gebaut", "einer am Dienstag veröffentlichten Mitteilung des Hilfswerks", "institution", "Laut"],
    ]);
    expect(quotes("Nach Angaben der am Montag befragten Zeugen brannte das Dach.", "de")).toEqual([
      ["reported", "brannte das Dach", "Angaben der am Montag befragten Zeugen", "anonymous", "Nach"],
    ]);
    expect(quotes("Die vom Sender befragten Zeugen sagten, das Dach habe gebrannt.", "de")[0]?.[2]).toBe("Die vom Sender befragten Zeugen");
  });

  it("a place after the phrase of a source opening the sentence, before the verb, is the source's", () => {
    expect(quotes("Laut dem Institut für Hafenforschung in Bremen steigen die Mieten weiter.", "de")).toEqual([
      ["reported", "steigen die Mieten weiter", "dem Institut für Hafenforschung in Bremen", "institution", "Laut"],
    ]);
    // Inside the clause a capitalised noun after "in" may be no place: the source ends before it.
    expect(quotes("Die Entscheidung ist laut WWF in Absprache mit Experten getroffen worden.", "de")[0]?.[2]).toBe("WWF");
  });

  it("an adverb of time opens a participle's attribute between the article and the noun", () => {
    expect(quotes("Der gestern gewählte Bürgermeister sagte, die Kosten seien zu hoch.", "de")).toEqual([
      ["indirect", "die Kosten seien zu hoch", "Der gestern gewählte Bürgermeister", "person", "sagte"],
    ]);
    expect(quotes("Laut der heute vorgelegten Studie des Instituts wurden zwei Hütten gebaut.", "de")[0]?.[2]).toBe("der heute vorgelegten Studie des Instituts");
    expect(quotes("Die Kosten seien zu hoch, heißt es in dem bereits erwähnten Bericht.", "de")[0]?.[2]).toBe("dem bereits erwähnten Bericht");
  });

  it("a publication or a tip with the indefinite article opening the sentence is a source; with the definite one a time", () => {
    expect(quotes("Nach einer Veröffentlichung des Instituts ist der Bergsee deutlich wärmer geworden.", "de")).toEqual([
      ["reported", "ist der Bergsee deutlich wärmer geworden", "einer Veröffentlichung des Instituts", "institution", "Nach"],
    ]);
    expect(quotes("Nach einem anonymen Hinweis durchsuchten die Beamten eine Scheune.", "de")[0]?.slice(2)).toEqual(["einem anonymen Hinweis", "person", "Nach"]);
    expect(quotes("Nach der Veröffentlichung stiegen die Kurse deutlich.", "de")).toEqual([]);
    expect(quotes("Die Beamten kamen nach einem anonymen Hinweis zur Scheune.", "de")).toEqual([]);
  });

  it("a quoted name with prepositional attributes is read with its opening mark and the article or phrase before it", () => {
    expect(quotes("Die „Liga für ein Freies Netz“ teilte mit, die Sperre sei aufgehoben.", "de")[0]?.[2]).toBe("Die „Liga für ein Freies Netz“");
    expect(quotes("Die Gruppe „Ärzte ohne Geld“ erklärte, die Lage sei ernst.", "de")[0]?.[2]).toBe("Die Gruppe „Ärzte ohne Geld“");
    expect(quotes("Lena Morbach vom Institut für Geologie erklärte, die Lage sei ernst.", "de")[0]?.[2]).toBe("Lena Morbach vom Institut für Geologie");
  });

  it("a court's or a body's conviction after \"nach\" is its finding", () => {
    expect(quotes("Nach Überzeugung des Gerichts hat der Angeklagte zwei Menschen getötet.", "de")).toEqual([
      ["reported", "hat der Angeklagte zwei Menschen getötet", "Überzeugung des Gerichts", "institution", "Nach"],
    ]);
    expect(read("Der Angeklagte hatte nach Überzeugung der Kammer zwei Menschen getötet.", "de").attributions.map((a) => a.chain)).toEqual([["Kammer"]]);
  });

  it("news items and projections after \"nach\" are sources, their phrase read to its head", () => {
    expect(quotes("Nach Meldungen der Agentur Bernama zog sich die Einheit in eine Polizeischule zurück.", "de")[0]?.slice(2)).toEqual(["Meldungen der Agentur Bernama", "agency", "Nach"]);
    expect(quotes("Nach einer Hochrechnung des Senders entfallen 61 Prozent der Stimmen auf Huckabee.", "de")[0]?.slice(2)).toEqual(["einer Hochrechnung des Senders", "media", "Nach"]);
    // A word saying how far it holds yet stands before the adjective in the phrase.
    expect(quotes("Nach bisher unbestätigten Berichten erhielt die Firma Einsicht in das Angebot.", "de")[0]?.slice(2)).toEqual(["bisher unbestätigten Berichten", "vague", "Nach"]);
    // A day of a month dates the source; after a plural abstract noun a capitalised word opens the clause's next phrase.
    expect(quotes("Nach einer Meldung des Staatsfernsehens vom 11. Februar 2008 haben sich die Regierungen verständigt.", "de")[0]?.[2]).toBe("einer Meldung des Staatsfernsehens");
    expect(quotes("Das Beben soll nach ersten Meldungen Schäden an mehreren Gebäuden verursacht haben.", "de")[0]?.[2]).toBe("ersten Meldungen");
    expect(quotes("Nach der Meldung stiegen die Kurse deutlich.", "de")).toEqual([]);
    // So after a noun of what is stated.
    expect(quotes("Die Landesregierung prüft nach eigenen Worten Hilfen.", "de")).toEqual([
      ["reported", "Die Landesregierung prüft nach eigenen Worten Hilfen", "eigenen Worten (Landesregierung)", "institution", "nach"],
    ]);
  });

  it("a possessive after a statement noun opens its owner's genitive, a person a role names", () => {
    expect(quotes("Nach Angaben seines Anwalts ist er unschuldig.", "de")).toEqual([["reported", "ist er unschuldig", "Angaben seines Anwalts", "person", "Nach"]]);
    expect(read("Das Opfer leidet nach Angaben ihrer Anwältin unter den Folgen.", "de").attributions.map((a) => a.chain)).toEqual([["Anwältin"]]);
    expect(quotes("Nach Ansicht seiner Partei sei das falsch.", "de")[0]?.slice(2, 4)).toEqual(["Ansicht seiner Partei", "institution"]);
  });

  it("a name's genitive owning the statement noun is its owner, named without the ending and typed by its name", () => {
    const chains = (text: string) => read(text, "de").attributions.map((a) => [a.chain.join(" → "), a.links.map((l) => l.type).join(",")]);
    expect(chains("Nach Angaben Ibrahims wurden 45 Menschen verletzt.")).toEqual([["Ibrahim", "person"]]);
    expect(chains("Nach Grupps Meinung werden Fehler gemacht.")).toEqual([["Grupp", "person"]]);
    expect(chains("Gleiches gelte nach Meinung Russlands auch für das Flugzeug.")).toEqual([["Russland", "institution"]]);
    // A name that ends so itself keeps its ending.
    expect(chains("Nach Meldungen Reuters ist der Vertrag unterzeichnet.")).toEqual([["Reuters", "agency"]]);
  });

  it("a recording viewed after \"nach Ansicht\" is no view held", () => {
    expect(quotes("Der Schiedsrichter verweigerte nach Ansicht der Videobilder einen Elfmeter.", "de")).toEqual([]);
    expect(quotes("Nach Ansicht der Experten war die Entscheidung falsch.", "de").map((q) => q[2])).toEqual(["Ansicht der Experten"]);
  });

  it("\"gemäß\" names a source, not a norm something conforms to", () => {
    expect(quotes("Gemäß einem Sprecher der Firma ruhen die Arbeiten bis Montag.", "de")).toEqual([
      ["reported", "ruhen die Arbeiten bis Montag", "einem Sprecher der Firma", "anonymous", "Gemäß"],
    ]);
    expect(quotes("Die Geräte werden gemäß der neuen Richtlinie geprüft.", "de")).toEqual([]);
    expect(quotes("Die Anträge werden gemäß den geltenden Bestimmungen bearbeitet.", "de")).toEqual([]);
  });

  it("a capitalised cue word inside a clause is a noun, not the verb", () => {
    expect(quotes("Die Versicherten der Kasse müssen bis Juli wechseln.", "de")).toEqual([]);
    expect(quotes("Alle Versicherten der Kasse erhalten einen Brief, sagte der Sprecher.", "de")).toEqual([
      ["indirect", "Alle Versicherten der Kasse erhalten einen Brief", "der Sprecher", "anonymous", "sagte"],
    ]);
    // After an article inside the speaker's phrase too: "des Beschuldigten" (accused), not "beschuldigten" (accused of).
    expect(quotes("Ein Anwalt des Beschuldigten kündigte an, gegen die Festnahme vorzugehen.", "de").map((q) => [q[1], q[2]])).toEqual([
      ["gegen die Festnahme vorzugehen", "Ein Anwalt des Beschuldigten"],
    ]);
  });

  it("a web site named by its lowercase domain is a source's name", () => {
    expect(quotes("Der Website fussball-info.com zufolge ist der Schiedsrichter streng.", "de")).toEqual([
      ["reported", "ist der Schiedsrichter streng", "Der Website fussball-info.com", "institution", "zufolge"],
    ]);
    expect(quotes("Laut nachrichten.de ist der Schiedsrichter streng.", "de")[0]?.[2]).toBe("nachrichten.de");
  });

  it("\"laut\" after a word of degree is the adjective, no source", () => {
    expect(quotes("Die Musik auf dem Fest war viel zu laut gewesen, klagten die Nachbarn.", "de").map(([kind, text, speaker, , cue]) => [kind, text, speaker, cue])).toEqual([
      ["indirect", "Die Musik auf dem Fest war viel zu laut gewesen", "die Nachbarn", "klagten"],
    ]);
    expect(quotes("Das Konzert war so laut wie nie zuvor.", "de")).toEqual([]);
    expect(quotes("Die Halle ist laut Polizei geräumt.", "de")[0]?.slice(2)).toEqual(["Polizei", "institution", "laut"]);
  });

  it("\"laut\" before a form of \"werden\" or \"sein\" is the adjective, no source", () => {
    expect(quotes("Schon im Mai war Kritik an dem Plan laut geworden.", "de")).toEqual([]);
    expect(quotes("Eine Anwohnerin sagte, es sei in der Nacht laut gewesen.", "de").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["es sei in der Nacht laut gewesen", "Eine Anwohnerin", "sagte"],
    ]);
    expect(quotes("Im Dorf werden Stimmen laut, die einen Neubau fordern.", "de")).toEqual([]);
    expect(quotes("Der Mann wurde laut Polizei festgenommen.", "de")[0]?.slice(2)).toEqual(["Polizei", "institution", "laut"]);
  });

  it("\"laut\" before a comma or a preposition is the adjective, no source", () => {
    expect(quotes("Der Trainer dachte im Gespräch mit Reportern schon laut über einen Nachfolger nach.", "de").map((q) => q[4])).not.toContain("laut");
    expect(quotes("Vorwürfe werden laut, dass die Firma Daten verkauft.", "de").map((q) => q[2])).not.toContain("dass die Firma Daten verkauft");
    expect(quotes("Die Kinder im Saal lachten laut auf.", "de")).toEqual([]);
  });
});

describe("German attributive participles of cue verbs", () => {
  it("a cue's form before the noun it describes is no cue, and belongs to the source phrase", () => {
    expect(quotes("Aus gut informierten Kreisen hieß es, der Minister trete zurück.", "de")).toEqual([
      ["indirect", "der Minister trete zurück", "gut informierten Kreisen", "anonymous", "hieß es"],
    ]);
    expect(read("Wie die Agentur aus gut unterrichteten Kreisen erfuhr, tritt der Minister zurück.", "de").attributions.map((a) => a.chain)).toEqual([
      ["gut unterrichteten Kreisen", "Agentur"],
    ]);
    expect(quotes("Die angekündigten Maßnahmen sollen ab Mai gelten.", "de")).toEqual([]);
  });

  it("a demonstrative opening the sentence before the cue leaves it a verb", () => {
    expect(quotes("Der Minister tritt zurück. Das erklärte Sprecher Jan Ott am Montag.", "de")[0]?.slice(2)).toEqual(["Sprecher Jan Ott", "person", "erklärte"]);
    expect(quotes("Die Polizei informierte Journalisten, der Täter sei gefasst.", "de")[0]?.[4]).toBe("informierte");
  });
});

describe("German \"seitens\"", () => {
  it("names the origin of an impersonal cue and the agent of a passive one, as \"aus\" and \"von\" do", () => {
    expect(quotes("Seitens des Ministeriums hieß es, der Plan sei ambitioniert.", "de")).toEqual([
      ["indirect", "der Plan sei ambitioniert", "des Ministeriums", "institution", "hieß es"],
    ]);
    expect(quotes("Seitens der Polizei wurde bestätigt, dass zwei Menschen verletzt wurden.", "de")[0]?.slice(2)).toEqual(["der Polizei", "institution", "wurde bestätigt"]);
  });
});

describe("Swiss German spelling", () => {
  it("reads \"ss\" where the vocabularies write \"ß\"", () => {
    expect(quotes("Gemäss Angaben des Departements sollen die Ausgaben bis 2030 steigen.", "de")).toEqual([
      ["reported", "sollen die Ausgaben bis 2030 steigen", "Angaben des Departements", "institution", "Gemäss"],
    ]);
    expect(quotes("In der Mitteilung der Regierung heisst es, die Lage sei ernst.", "de")[0]?.[4]).toBe("heisst es");
    expect(quotes("Aussenministerin Eva Brunner äusserte sich besorgt: «Wir beobachten die Lage genau.»", "de")).toEqual([
      ["direct", "«Wir beobachten die Lage genau.»", "Aussenministerin Eva Brunner", "person", "äusserte sich"],
    ]);
  });
});

describe("German texts as sources", () => {
  it("a release speaks for its named owner, and names nobody without one", () => {
    expect(quotes("Laut einer am Dienstag veröffentlichten Pressemitteilung des Hilfswerks wurden zwei Hütten gebaut.", "de")[0]?.[3]).toBe("institution");
    expect(quotes("Laut einer Pressemitteilung wurden zwei Hütten gebaut.", "de")[0]?.[3]).toBe("vague");
  });
});

describe("German reports as sources", () => {
  it("a report is vague without its owner and read as a source noun with one", () => {
    expect(quotes("In dem Bericht heißt es, dass zwei Menschen verletzt wurden.", "de")[0]?.[3]).toBe("vague");
    expect(quotes("Im Bericht der Kommission heißt es, dass zwei Menschen verletzt wurden.", "de")[0]?.[3]).toBe("institution");
  });

  it("the document a quotation stands in speaks in the perfect of heißt es too", () => {
    expect(quotes("In der Erklärung des Verbandes hatte es geheißen: „Die Preise werden steigen.“", "de")).toEqual([
      ["direct", "„Die Preise werden steigen.“", "der Erklärung des Verbandes", "institution", "hatte es geheißen"],
    ]);
  });

  it("the place phrase opening the sentence is the document whole, a time, an adverb or a lowercase compound in it", () => {
    expect(quotes("In der Mitteilung des Amtes von heute Mittag heißt es, der Preis gehe an Jan Holm.", "de")[0]?.[2]).toBe("der Mitteilung des Amtes von heute Mittag");
    expect(quotes("In einer gestern verbreiteten Erklärung heißt es: „Wir bedauern den Vorfall.“", "de")[0]?.[2]).toBe("einer gestern verbreiteten Erklärung");
    expect(quotes("Auf der festival-Homepage heißt es, man habe sich für das Bild entschieden.", "de")[0]?.[2]).toBe("der festival-Homepage");
  });
});

describe("German sources inside a reported clause", () => {
  it("the clause runs on past the source", () => {
    expect(quotes("Auf der Versammlung wurde angekündigt, dass nach vorläufigen Berechnungen die Spenden einen Rekord erreichten.", "de")[0]?.[1]).toBe(
      "dass nach vorläufigen Berechnungen die Spenden einen Rekord erreichten",
    );
    expect(quotes("Wie der Sprecher mitteilte, ist die Anlage nach Auffassung der Behörde sicher.", "de")[0]?.[1]).toBe("ist die Anlage nach Auffassung der Behörde sicher");
  });
});

describe("German sources in a clause of their own inside a reported clause", () => {
  it("speak that clause, beside the statement around it", () => {
    const text = "Die Regierung hat die EU gebeten, sich an der Mission zu beteiligen, weil die Friedenstruppe nach Angaben der UN überfordert ist.";
    expect(quotes(text, "de").map((q) => [q[0], q[1], q[2]])).toEqual([
      ["indirect", "sich an der Mission zu beteiligen, weil die Friedenstruppe nach Angaben der UN überfordert ist", "Die Regierung"],
      ["reported", "weil die Friedenstruppe nach Angaben der UN überfordert ist", "Angaben der UN"],
    ]);
  });

  it("a relative clause speaks up to the comma before the verb it interrupted, and a closed one opens nothing", () => {
    expect(quotes("Die Polizei, die nach Angaben der Zeugen spät eintraf, sperrte die Straße.", "de").map((q) => q[1])).toEqual(["die nach Angaben der Zeugen spät eintraf"]);
    expect(quotes("Das Beben, das etwa zehn Sekunden dauerte, soll nach ersten Meldungen Schäden verursacht haben.", "de").map((q) => q[1])).toEqual([
      "Das Beben, das etwa zehn Sekunden dauerte, soll nach ersten Meldungen Schäden verursacht haben",
    ]);
    // An adverb after a comma resumes nothing: the relative clause holding the source goes on.
    expect(quotes("Ein Sprengsatz, der nicht entfernt, jedoch laut Angaben der Polizei gesprengt wurde, lag am Weg.", "de").map((q) => q[1])).toEqual([
      "der nicht entfernt, jedoch laut Angaben der Polizei gesprengt wurde",
    ]);
  });

  it("in the reported clause itself they pass it on and speak nothing of their own", () => {
    expect(quotes("Wie die Zeitung berichtete, soll sich laut der Studie nur jeder zweite Student bessere Bedingungen erhoffen.", "de")).toHaveLength(1);
  });

  it("a possessive source after its noun is the cue's speaker again, unless it stands in a clause of its own", () => {
    expect(quotes("Der Direktor der Behörde sagte, das Land besitze seiner Meinung nach vier Atomwaffen.", "de")).toEqual([
      ["indirect", "das Land besitze seiner Meinung nach vier Atomwaffen", "Der Direktor der Behörde", "person", "sagte"],
    ]);
    const text = "Der Staatschef kündigte einen Vorschlag an, der das Bündnis schwächen werde, das seiner Meinung nach zu einem Monopol führen werde.";
    expect(quotes(text, "de").map((q) => q[1])).toContain("das seiner Meinung nach zu einem Monopol führen werde");
    // The article before the possessive opens the phrase after the source: the possessor speaks, a person.
    const article = quotes("Anna Berg sprach am Montag in Kiel. Dabei ging es auch um die ihrer Meinung nach wachsenden Gefahren für die Netze.", "de");
    expect(article.map((q) => q[2])).toEqual(["ihrer Meinung (Anna Berg)"]);
  });
});

describe("German speaker phrases with a label in brackets", () => {
  it("take the appositive name after the label", () => {
    expect(quotes("Gestern erklärte die Vorsitzende des Ausschusses (SPD), Anna Berg, die Lage sei ernst.", "de")).toEqual([
      ["indirect", "die Lage sei ernst", "die Vorsitzende des Ausschusses (SPD), Anna Berg", "person", "erklärte"],
    ]);
  });
});

describe("German speaker phrases with a quoted name ending in a lowercase word", () => {
  it("read the quoted name whole, before the verb and after it", () => {
    expect(quotes("Jonas Kern von der „Initiative Kinder helfen“ sagte, die Spenden seien angekommen.", "de")[0]?.[2]).toBe("Jonas Kern von der „Initiative Kinder helfen“");
    expect(quotes("Die Spenden seien angekommen, sagte ein Sprecher der „Initiative Kinder helfen“.", "de")[0]?.[2]).toBe("ein Sprecher der „Initiative Kinder helfen“");
  });

  it("take no quoted words that open with a lowercase word", () => {
    expect(quotes("Der Verband „für alle“ sagte, die Spenden seien angekommen.", "de")[0]?.[2]).not.toContain("für alle");
  });
});

describe("German quotations closing before the cue's comma", () => {
  it("give no subject from inside the quotation: the speaker after the verb speaks", () => {
    const text = "„Das Treffen war gut. Jede Ärztin, jeder Arzt braucht Sicherheit für die Planung“, erklärte der Verbandschef Jan Ott.";
    expect(quotes(text, "de")[0]?.[2]).toBe("der Verbandschef Jan Ott");
  });

  it("leave a subject before an unquoted comma to the clause", () => {
    expect(quotes("Die Ärztin, die seit Jahren dort arbeitet, erklärte, die Lage sei ernst.", "de")[0]?.[2]).toContain("Die Ärztin");
  });
});

describe("German sources after a cue", () => {
  it("report the clause too: the speaker's statement and the outlet's report of it", () => {
    const found = quotes("„Der Vertrag ist das Wichtigste“, sagte Berger laut der Zeitung.", "de");
    expect(found).toContainEqual(["direct", "„Der Vertrag ist das Wichtigste“", "Berger", "person", "sagte"]);
    expect(found).toContainEqual(["reported", "„Der Vertrag ist das Wichtigste“, sagte Berger", "der Zeitung", "media", "laut"]);
  });

  it("close the sentence with the subject: an indicative clause before the cue is what the cue reports, passed on", () => {
    const text = "Die Werft schließt im Mai, sagte Berger nach Angaben der Agentur Nordpress.";
    expect(quotes(text, "de")).toContainEqual(["indirect", "Die Werft schließt im Mai", "Berger", "person", "sagte"]);
    expect(read(text, "de").attributions.map((a) => a.chain)).toContainEqual(["Berger", "Nordpress"]);
  });

  it("a source opening the clause is no subject of its cue: the subject after the verb or in the middle field speaks", () => {
    expect(quotes("Laut der Zeitung sagte der Minister, dass viel Geld investiert werde.", "de")).toContainEqual(["indirect", "dass viel Geld investiert werde", "der Minister", "person", "sagte"]);
    expect(quotes("Laut Informationen der Zeitung hat der Fonds angekündigt, keine Hilfe mehr zu leisten.", "de")).toContainEqual(["indirect", "keine Hilfe mehr zu leisten", "der Fonds", "institution", "angekündigt"]);
  });

  it("stay one statement inside the clause a cue reports", () => {
    const found = quotes("Wie ein Sprecher mitteilte, ist die Anlage nach Auffassung der Ministerin sicher.", "de");
    expect(found.filter((q) => q[4] === "nach")).toEqual([]);
  });
});

describe("German crowds in the genitive", () => {
  it("open a participle's attribute inside the speaker phrase", () => {
    const found = quotes("Vertreter aller im Landtag vertretenen Fraktionen warnten vor den Folgen, die Kosten seien zu hoch.", "de");
    expect(found).toContainEqual(["indirect", "die Kosten seien zu hoch", "Vertreter aller im Landtag vertretenen Fraktionen", "anonymous", "warnten vor"]);
  });

  it("leave a crowd's genitive without such an attribute as it was", () => {
    expect(quotes("Vertreter beider Fraktionen warnten, die Kosten seien zu hoch.", "de")[0]?.[2]).toBe("Vertreter beider Fraktionen");
  });
});

describe("German sources read backwards up to a finite modal", () => {
  it("stop at a guess's modal before the source", () => {
    expect(quotes("Der Sachschaden dürfte ersten Schätzungen zufolge bei zwei Millionen Euro liegen.", "de")).toEqual([
      ["reported", "Der Sachschaden dürfte ersten Schätzungen zufolge bei zwei Millionen Euro liegen", "ersten Schätzungen", "institution", "zufolge"],
    ]);
  });

  it("keep a name that reads like a modal", () => {
    expect(quotes("Der Korrespondent der Zeitung, Will Berger, berichtete, die Erde habe gewackelt.", "de")[0]?.[2]).toContain("Will Berger");
  });

  it("a subject set off from its auxiliary by a bracket and an appositive name speaks, whatever its head noun", () => {
    expect(quotes("Der Kandidat der Linken (LF), Jean Dupont, hat in einem Interview gesagt, Peter Meier solle doch antreten.", "de")).toEqual([
      ["indirect", "Peter Meier solle doch antreten", "Der Kandidat der Linken (LF), Jean Dupont", "person", "gesagt"],
    ]);
  });
});

describe("German statement nouns", () => {
  it("a statement noun introduces the clause after its attribute's comma, its genitive naming the speaker", () => {
    expect(quotes("Der Ausbruch gelang trotz einer Warnung der Wärter, auf die Flüchtenden zu schießen.", "de")).toEqual([
      ["indirect", "auf die Flüchtenden zu schießen", "Wärter", expect.any(String), "einer Warnung"],
    ]);
    expect(quotes("Auf die Bitte, ihm eine Entschädigung zu zahlen, kam keine Antwort.", "de")[0]?.slice(1, 3)).toEqual([
      "ihm eine Entschädigung zu zahlen, kam keine Antwort", "die Bitte",
    ]);
    // An infinitive clause of three words is whole.
    expect(quotes("Es besteht nur der Vorwurf der Regierung an die Firma, Terror zu fördern.", "de")).toEqual([
      ["indirect", "Terror zu fördern", "Regierung", expect.any(String), "der Vorwurf"],
    ]);
    // Nobody named at the noun: the subject of the sentence whose object it is made the statement.
    expect(quotes("Der Minister wiederholte am Montag die Forderung, die Steuern zu senken.", "de")).toEqual([
      ["indirect", "die Steuern zu senken", "Der Minister", "person", "die Forderung"],
    ]);
    // An order given reports its clause like a demand.
    expect(quotes("Die Feuerwehr erteilte den Bewohnern den Befehl, das Gebäude zu räumen.", "de")).toEqual([
      ["indirect", "das Gebäude zu räumen", "Die Feuerwehr", "institution", "den Befehl"],
    ]);
  });

  it("'mit' before a statement noun belongs to its cue", () => {
    expect(quotes("Der Minister wandte sich an die Bürger mit der Aufforderung, die Innenstadt am Samstag zu meiden.", "de").map((q) => q[4])).toEqual([
      "mit der Aufforderung",
    ]);
  });

  it("a noun after another preposition, inside reported speech or a cue's clause is no cue of its own", () => {
    expect(quotes("Es gab keine Beweise für die Behauptung, dass der Mann geflohen sei.", "de").map((q) => q[4])).toContain("die Behauptung");
    expect(quotes("Es gab keine Beweise für die Behauptung, dass der Mann geflohen sei.", "de").map((q) => q[4])).not.toContain("Beweise");
    expect(quotes("Die Behörde begründete die Forderung damit, dass die Brücke einsturzgefährdet sei.", "de").map((q) => q[4])).toEqual(["begründete die Forderung damit"]);
    expect(quotes("Es gebe Hinweise, dass die Zahl der Fälle steige, sagte der Arzt.", "de").map((q) => q[4])).not.toContain("Hinweise");
  });
});

describe("German source phrases with a first-person possessive", () => {
  it("give the speaker's own view, no source: only a third person's view is reported", () => {
    expect(quotes("Nach unserer Einschätzung ist die Lage lösbar.", "de")).toEqual([]);
    expect(quotes("Die Lage ist meiner Meinung nach lösbar.", "de")).toEqual([]);
    expect(quotes("Nach seiner Einschätzung ist die Lage lösbar.", "de")).toEqual([["reported", "ist die Lage lösbar", "seiner Einschätzung", "person", "Nach"]]);
  });
});

describe("German source phrases before a quantity", () => {
  it("end before a quantifier that opens a phrase of its own", () => {
    expect(quotes("Die Strecke war nach Polizeiangaben mehrere Stunden gesperrt.", "de")[0]?.slice(2)).toEqual(["Polizeiangaben", "institution", "nach"]);
    expect(read("Die Strecke war nach Polizeiangaben mehrere Stunden gesperrt.", "de").attributions.map((a) => a.chain)).toEqual([["Polizei"]]);
  });
});

describe("German weak plural Konjunktiv II", () => {
  it("after a plural subject right after the cue's comma reports, though it looks like a preterite", () => {
    expect(quotes("Ein Polizeisprecher sagte, die Ermittlungen dauerten an.", "de")).toEqual([
      ["indirect", "die Ermittlungen dauerten an", "Ein Polizeisprecher", "anonymous", "sagte"],
    ]);
    expect(quotes("Der Minister sagte, die neuen Regeln sorgten für Klarheit.", "de")[0]?.[1]).toBe("die neuen Regeln sorgten für Klarheit");
    // Not after a cue with an object: the clause after its comma is a sentence of its own.
    expect(quotes("Der Minister sagte nichts, die Arbeiter warteten.", "de")).toEqual([]);
  });

  it("so it does after a bare plural, and a guess's modal after the cue's comma is the speaker's guess", () => {
    expect(quotes("Ein Polizeisprecher sagte, Ermittlungen dauerten an.", "de")[0]?.slice(0, 2)).toEqual(["indirect", "Ermittlungen dauerten an"]);
    expect(quotes("Der Minister sagte, die Preise dürften weiter steigen.", "de")).toEqual([
      ["indirect", "die Preise dürften weiter steigen", "Der Minister", "person", "sagte"],
    ]);
    expect(quotes("Der Minister sagte, Investitionen in den Klimaschutz dürften nicht länger warten.", "de")[0]?.[1]).toBe("Investitionen in den Klimaschutz dürften nicht länger warten");
  });
});

describe("German narration before a colon", () => {
  it("introduces what a closing cue reports, which starts after the colon; a quotation after it keeps the sentence whole", () => {
    expect(quotes("Kritik kam von den Grünen: Der Entwurf sei ein Rückschritt, sagte Fraktionsvize Jan Ott.", "de")).toEqual([
      ["indirect", "Der Entwurf sei ein Rückschritt", "Fraktionsvize Jan Ott", "person", "sagte"],
    ]);
    expect(read("Kritik kam von den Grünen: Der Entwurf sei ein Rückschritt, sagte Fraktionsvize Jan Ott.", "de").attributions.map((a) => a.chain)).toEqual([["Jan Ott"]]);
    expect(quotes("Das Tor war bitter: „So zu verlieren ist ärgerlich“, sagte Jan Ott.", "de")[0]?.[1]).toBe("Das Tor war bitter: „So zu verlieren ist ärgerlich“");
  });

  it("leaves the Konjunktiv after it marking the clause as reported, with an outlet in quotation marks closing the sentence", () => {
    const text = "Kinderärzte schlagen Alarm: Viele Praxen seien überlastet, sagte Verbandschef Jan Ott der „Rheinischen Post“.";
    expect(quotes(text, "de")).toEqual([["indirect", "Viele Praxen seien überlastet", "Verbandschef Jan Ott", "person", "sagte"]]);
    expect(read(text, "de").attributions.map((a) => a.chain)).toEqual([["Jan Ott", "Rheinische Post"]]);
  });
});
