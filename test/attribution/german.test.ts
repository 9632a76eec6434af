import { describe, expect, it } from "vitest";
import { quotes, read } from "./helpers.js";

describe("German indirect speech", () => {
  it("a participle cue closing a verb bracket: the subject stands at the auxiliary", () => {
    expect(quotes("Der Minister hatte in einem Interview gesagt, die Lage sei ernst.", "de")).toEqual([["indirect", "die Lage sei ernst", "Der Minister", "person", "gesagt"]]);
    expect(quotes("Im Vorfeld hatte die Polizei betont, dass die Straßen frei seien.", "de")).toEqual([
      ["indirect", "dass die Straßen frei seien", "die Polizei", "institution", "betont"],
    ]);
  });

  it("an infinitive clause after a cue is its content", () => {
    expect(quotes("Die Ministerin kündigte an, die Schulreform im Herbst vorzulegen.", "de")).toEqual([
      ["indirect", "die Schulreform im Herbst vorzulegen", "Die Ministerin", "person", "kündigte an"],
    ]);
    expect(quotes("Der Mann wird beschuldigt, an dem Überfall beteiligt gewesen zu sein.", "de")).toEqual([
      ["indirect", "an dem Überfall beteiligt gewesen zu sein", null, null, "wird beschuldigt"],
    ]);
    // The "zu" inside a separable verb with particles such as "statt" or "bereit".
    expect(quotes("Der Gutachter empfahl dem Gericht, der Klage stattzugeben.", "de")).toEqual([
      ["indirect", "der Klage stattzugeben", "Der Gutachter", "person", "empfahl"],
    ]);
    // A semicolon ends the infinitive clause as a comma does.
    expect(quotes("Die Anwohner gaben an, sich dort unsicher zu fühlen; nachts meiden sie den Platz.", "de")[0]?.[4]).toBe("gaben an");
    // A purpose clause after a verb that reports nothing is no statement.
    expect(quotes("Er ging nach Hause, um zu schlafen.", "de")).toEqual([]);
  });

  it("an apposition before a cue is no statement; a Konjunktiv clause before it is", () => {
    expect(quotes("Der Präsident der Kommission, Alpha Konaré, nannte dies einen „Militärputsch“.", "de").map((q) => q[1])).not.toContain(
      "Der Präsident der Kommission, Alpha Konaré",
    );
    expect(quotes("Die Lage sei ernst, sagte er.", "de")).toEqual([["indirect", "Die Lage sei ernst", "er", "person", "sagte"]]);
    // A relative clause after the statement's subject leaves the subject to the statement; the speaker follows the cue.
    expect(quotes("Die Front, die lange über der Bucht stand, habe das Land erreicht, sagte ein Sprecher.", "de")).toEqual([
      ["indirect", "Die Front, die lange über der Bucht stand, habe das Land erreicht", "ein Sprecher", "anonymous", "sagte"],
    ]);
  });

  it("a clause in the indicative before an inverted cue whose subject closes the sentence is what the cue reports", () => {
    expect(quotes("Die Fähre wird im Winter nicht fahren, teilte die Reederei am Montag mit.", "de")).toEqual([
      ["indirect", "Die Fähre wird im Winter nicht fahren", "die Reederei", "institution", "teilte"],
    ]);
    expect(quotes("Der Wasserstand sinkt seit Tagen, wie die Behörde mitteilte.", "de")).toEqual([
      ["indirect", "Der Wasserstand sinkt seit Tagen", "die Behörde", "institution", "mitteilte"],
    ]);
    // A separable cue's particle may close a middle field of several words; an article "ein" opens none.
    expect(quotes("„Wir haben alles vermissen lassen“, räumte der Däne nach dem Spiel ein.", "de")).toEqual([
      ["direct", "„Wir haben alles vermissen lassen“", "der Däne", "person", "räumte"],
    ]);
    expect(quotes("„Wir bauen weiter“, fügte der Schwede am Abend in Kiel hinzu.", "de").map((q) => q[2])).toEqual(["der Schwede"]);
    expect(quotes("Der Trainer räumte ein Versäumnis ein.", "de").map((q) => q[4])).not.toContain("räumte");
    // So do the occasion and the place after the subject, opened by a preposition; a verb coordinated after it goes on
    // with the sentence, reported whole, and so does a verb's particle closing its bracket.
    expect(quotes("Der Wasserstand sinkt seit Tagen, sagte Bürgermeister Peter Krämer bei einem Besuch in der Stadt am Fluss.", "de")).toEqual([
      ["indirect", "Der Wasserstand sinkt seit Tagen", "Bürgermeister Peter Krämer", "person", "sagte"],
    ]);
    expect(quotes("Der Wasserstand sinkt seit Tagen, sagte Bürgermeister Peter Krämer und verlangte Hilfe vom Land.", "de")[0]?.[0]).toBe("reported");
    expect(quotes("Die Partei, auf deren Listen Gäste standen, schloss jede Koalition mit anderen Fraktionen aus.", "de")[0]?.slice(0, 2)).toEqual([
      "reported",
      "Die Partei, auf deren Listen Gäste standen, schloss jede Koalition mit anderen Fraktionen aus",
    ]);
  });

  it("a verb of the Konjunktiv's shape right after its subject marks indirect speech though a noun follows it", () => {
    expect(quotes("Die Firma teilte mit, der Konzern baue Stellen ab.", "de")).toEqual([
      ["indirect", "der Konzern baue Stellen ab", "Die Firma", "institution", "teilte mit"],
    ]);
    expect(quotes("Die Firma teilte mit, sie plane neue Hallen.", "de")[0]?.[1]).toBe("sie plane neue Hallen");
    // So after an indefinite pronoun.
    expect(quotes("Das Weiße Haus erklärte, man kommentiere Spekulationen nicht.", "de")).toEqual([
      ["indirect", "man kommentiere Spekulationen nicht", "Das Weiße Haus", "institution", "erklärte"],
    ]);
    // So after a prepositional phrase opening the clause, a name after the verb its subject, after a comma or a colon.
    expect(quotes("Der Minister sagte, ohne Investitionen verliere Deutschland den Anschluss.", "de")[0]?.[0]).toBe("indirect");
    expect(quotes("Jan Ott hielt dagegen: Ohne Investitionen verliere Deutschland den Anschluss.", "de")).toEqual([
      ["indirect", "Ohne Investitionen verliere Deutschland den Anschluss", "Jan Ott", "person", "hielt dagegen"],
    ]);
    // An attribute's participle before its noun is no verb: the sentence is the firm's report, not indirect speech.
    expect(quotes("Die Firma teilte mit, das an die Länder vergebene Amt bleibt.", "de")[0]?.[0]).not.toBe("indirect");
  });

  it("a weak preterite right after a name opening the clause after the comma is a main clause of its own, no indirect speech", () => {
    expect(quotes("Weber kritisierte den Plan, Berg lobte das Ergebnis.", "de")).toEqual([]);
    expect(quotes("Weber kritisierte den Plan, Berg hingegen lobte das Ergebnis.", "de").map((q) => q[0])).not.toContain("indirect");
  });

  it("an auxiliary or modal in the indicative has the Konjunktiv's shape but marks no indirect speech", () => {
    expect(quotes("In einem Bericht, der dem Rat vorgelegt wurde, fordert die Ministerin ein Ende der Kämpfe.", "de").map((q) => q[0])).toEqual(["reported"]);
    expect(quotes("Die Gewerkschaft hatte zu einer Kundgebung vor dem Rathaus, einem Bau aus dem Mittelalter, aufgerufen.", "de")).toEqual([]);
    expect(quotes("Die Beschwerde wurde abgewiesen, aber aus Kostengründen wurde ihm der Zuschuss gestrichen.", "de")).toEqual([]);
  });

  it("a comment clause opened by wie reports the main clause even when its speaker is not read", () => {
    expect(quotes("Wie am Montag berichtet wurde, ist der Trailer im Internet erschienen.", "de")).toEqual([
      ["indirect", "ist der Trailer im Internet erschienen", null, null, "berichtet wurde"],
    ]);
  });

  it("verbs of deciding, promising or doubting report only the clause they introduce", () => {
    expect(quotes("Der Stadtrat beschloss am Montag, die Gebühren zu senken.", "de")).toEqual([["indirect", "die Gebühren zu senken", "Der Stadtrat", "institution", "beschloss"]]);
    expect(quotes("Der Minister bestritt, dass es Absprachen gegeben habe.", "de")).toEqual([
      ["indirect", "dass es Absprachen gegeben habe", "Der Minister", "person", "bestritt"],
    ]);
    expect(quotes("Die Ministerin vertritt die Ansicht, dass die Schulen länger öffnen sollten.", "de")).toEqual([
      ["indirect", "dass die Schulen länger öffnen sollten", "Die Ministerin", "person", "vertritt die Ansicht"],
    ]);
    expect(quotes("Die Kommission kam am Ende zu dem Schluss, dass der Autor abgeschrieben habe.", "de")[0]?.slice(0, 3)).toEqual([
      "indirect",
      "dass der Autor abgeschrieben habe",
      "Die Kommission",
    ]);
    expect(quotes("Der Trainer zeigte sich zuversichtlich, dass die Mannschaft den Klassenerhalt schafft.", "de")[0]?.[4]).toBe("zeigte sich zuversichtlich");
    expect(quotes("Der Trainer zeigte sich nach dem Spiel zufrieden.", "de")).toEqual([]);
    // Up to two words between "sich" and the attitude: "zeigte sich besonders darüber besorgt, dass …".
    expect(quotes("Die Ärztin zeigte sich besonders darüber besorgt, dass viele Kinder nicht geimpft seien.", "de")[0]?.slice(2, 5)).toEqual([
      "Die Ärztin",
      "person",
      "zeigte sich besonders darüber besorgt",
    ]);
    // Whom a request is made to passes nothing on; an outlet told something does.
    expect(read("Die Regierung bat die Behörden, vorerst keine neuen Programme einzuführen.", "de").attributions.map((a) => a.chain)).toEqual([["Regierung"]]);
    // A request voiced to an outlet after "gegenüber" is passed on by it.
    expect(read("Der Mieterbund warnte vor Kosten. Präsident Jan Ott forderte gegenüber dem Redaktionsnetzwerk Deutschland eine Obergrenze.", "de").attributions.map((a) => a.chain)).toContainEqual([
      "Jan Ott",
      "Redaktionsnetzwerk Deutschland",
    ]);
    // With a bare object they report nothing.
    expect(quotes("Der Stadtrat beschloss am Montag den Haushalt.", "de")).toEqual([]);
    expect(quotes("Die Polizei bat die Bevölkerung um Hinweise.", "de")).toEqual([]);
  });

  it("a passive auxiliary right before the cue belongs to it", () => {
    expect(quotes("Dem Minister wird vorgeworfen, die Akten vernichtet zu haben.", "de")).toEqual([
      ["indirect", "die Akten vernichtet zu haben", null, null, "wird vorgeworfen"],
    ]);
  });

  it("an offer in the present and insisting report the clause they introduce", () => {
    expect(quotes("Das Unternehmen bietet an, die Kosten für den Umzug zu tragen.", "de")).toEqual([
      ["indirect", "die Kosten für den Umzug zu tragen", "Das Unternehmen", "institution", "bietet an"],
    ]);
    expect(quotes("Die Sender bestehen jedoch darauf, Programme für alle zu machen.", "de")[0]?.slice(1, 3)).toEqual(["Programme für alle zu machen", "Die Sender"]);
    // Suggesting itself, or courses offered for a purpose, report nothing.
    expect(quotes("Es bietet sich an, das Angebot zu nutzen.", "de")).toEqual([]);
    expect(quotes("Die Stadt bietet Kurse an, um die Bürger zu schulen.", "de")).toEqual([]);
  });

  it("a trait or an ability ascribed to someone reports the clause it introduces, like a charge", () => {
    expect(quotes("Dem Verein wird nachgesagt, rechten Gruppen nahe zu stehen.", "de")).toEqual([
      ["indirect", "rechten Gruppen nahe zu stehen", null, null, "wird nachgesagt"],
    ]);
    expect(quotes("Die Beobachter sind skeptisch, sie trauen der Regierung nicht zu, die Minderheit zu schützen.", "de")[0]?.slice(1, 3)).toEqual([
      "die Minderheit zu schützen",
      "sie (Beobachter)",
    ]);
    // With a bare object, or as a wedding, nothing.
    expect(quotes("Der Organisation werden enge Verbindungen zur Mafia nachgesagt.", "de")).toEqual([]);
    expect(quotes("Der Pfarrer traute das Paar in der Kirche.", "de")).toEqual([]);
  });

  it("indirect speech whose cue names no speaker is still a statement", () => {
    expect(quotes("Am Abend hieß es, die Brücke bleibe gesperrt.", "de")).toEqual([["indirect", "die Brücke bleibe gesperrt", null, null, "hieß es"]]);
    // A fronted adverb or a phrase naming nobody before the impersonal "es" is no speaker.
    expect(quotes("Vorerst hieß es, die Brücke bleibe gesperrt.", "de")).toEqual([["indirect", "die Brücke bleibe gesperrt", null, null, "hieß es"]]);
    expect(quotes("Seiner Zeit hieß es, die Brücke bleibe gesperrt.", "de")[0]?.[2]).toBeNull();
    // Without the Konjunktiv or "dass" the clause after the comma is the narrator's.
    expect(quotes("Am Abend hieß es warten, die Brücke war gesperrt.", "de")).toEqual([]);
  });
});

describe("German quotations that are names", () => {
  it("a capitalised quotation without punctuation is a name or a title, unless a cue frames it", () => {
    expect(quotes("Das Buch „Die Geschichte einer langen Invasion“ erschien im Mai.", "de")).toEqual([]);
    expect(quotes("Über den Plan berichtete die „Bild“ am Montag.", "de").map((q) => q[1])).not.toContain("„Bild“");
    expect(quotes("Er sagte: „Wir kommen morgen“", "de")).toEqual([["direct", "„Wir kommen morgen“", "Er", "person", "sagte"]]);
    expect(quotes("Die Ministerin nannte den Plan „unverantwortlich“.", "de")).toContainEqual(["direct", "„unverantwortlich“", "Die Ministerin", "person", "nannte"]);
  });
});

describe("German partial quotes in reported statements", () => {
  it("a partial quote takes the nearest cue before it, a report inside a report included", () => {
    expect(quotes("Die Zeitung berichtete, der Bürgermeister habe gesagt, er sei „sehr zufrieden“.", "de")).toContainEqual([
      "direct",
      "„sehr zufrieden“",
      "der Bürgermeister",
      "person",
      "habe gesagt",
    ]);
  });

  it("a partial quote inside the clause of a cue before it is that cue's, not the cue of the next clause after its comma", () => {
    const text = "Die Zeitung schrieb von einem „mutigen Abend“, die FAZ hingegen nannte die Inszenierung „bemüht“.";
    expect(quotes(text, "de").filter((q) => q[0] === "direct").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["„mutigen Abend“", "Die Zeitung", "schrieb"],
      ["„bemüht“", "die FAZ", "nannte"],
    ]);
  });

  it("a quotation inside a reported statement is its source's", () => {
    expect(quotes("Nach Auffassung des Fraktionschefs Peter Klein sei es „völlig untragbar, dass so etwas geschieht“.", "de")).toContainEqual([
      "direct",
      "„völlig untragbar, dass so etwas geschieht“",
      "Auffassung des Fraktionschefs Peter Klein",
      "person",
      "Nach",
    ]);
  });
});

describe("German free indirect speech", () => {
  it("a Konjunktiv I sentence reports with no cue; the subject of the sentence before speaks", () => {
    expect(quotes("Der Minister lobte die Feuerwehr. Sie sei schnell vor Ort gewesen.", "de")).toEqual([
      ["indirect", "Sie sei schnell vor Ort gewesen", "Der Minister", "person", null],
    ]);
    // Over narrative sentences about things, the nearest subject naming a source in the three sentences before speaks.
    const thing = "Der Minister besuchte am Montag die Messe. Die Hallen waren voll. Die Preise seien im Vergleich zum Vorjahr gestiegen.";
    expect(quotes(thing, "de")[0]?.slice(2, 4)).toEqual(["Der Minister", "person"]);
    // A main clause before the Konjunktiv speaks itself.
    expect(quotes("Vertreter der Verbände bezweifeln eine Entscheidung, weil das Parlament keinen Antrag gestellt habe.", "de")[0]?.[2]).toBe(
      "Vertreter der Verbände",
    );
    // The Konjunktiv II of a condition is no reported speech.
    expect(quotes("Das Wetter war schlecht. Bei Regen wäre das Spiel abgesagt worden.", "de")).toEqual([]);
  });

  it("a partial quote leaves its Konjunktiv sentence free indirect speech of the speaker before", () => {
    expect(quotes("Der Minister sagte, die Lage sei ernst. Erstmals sei die Regierung in der Lage, die Kriterien „aller Voraussicht nach“ einzuhalten.", "de")).toEqual([
      ["indirect", "die Lage sei ernst", "Der Minister", "person", "sagte"],
      ["indirect", "Erstmals sei die Regierung in der Lage, die Kriterien „aller Voraussicht nach“ einzuhalten", "Der Minister", "person", null],
      ["direct", "„aller Voraussicht nach“", "Der Minister", "person", null],
    ]);
  });
});

describe("German speakers", () => {
  it("a subject with prepositional attributes after its noun", () => {
    expect(quotes("Eine Forscherin vom Zentrum für Meereskunde in Bergen erklärte, der Fund werfe neue Fragen auf.", "de")[0]?.[2]).toBe(
      "Eine Forscherin vom Zentrum für Meereskunde in Bergen",
    );
    // A prepositional phrase opening the clause has no subject before it.
    expect(quotes("Nach dem Treffen mit der Ministerin erklärte der Botschafter, man sei einig.", "de")[0]?.[2]).toBe("der Botschafter");
  });

  it("a feminine dative outlet after an inverted name is whom it was told to, a genitive after a role or an article its attribute", () => {
    const { quotes: found, attributions } = read("Laut dem Kurier sagte Lindqvist der Agentur Nordpress, die Fähre falle aus.", "de");
    expect(found.map((q) => [q.speaker, q.speakerType])).toEqual([["dem Kurier", "person"], ["Lindqvist", "person"]]);
    expect(attributions.map((a) => a.chain)).toEqual([["Kurier"], ["Lindqvist", "Nordpress", "Kurier"]]);
    expect(read("Am Montag erklärte Bürgermeister Ole Lindqvist der Zeitung Nordkurier, die Fähre falle aus.", "de").attributions.map((a) => a.chain)).toEqual([["Ole Lindqvist", "Nordkurier"]]);
    expect(quotes("Am Montag erklärte ein Sprecher der Agentur Nordpress, die Fähre falle aus.", "de")[0]?.[2]).toBe("ein Sprecher der Agentur Nordpress");
    expect(quotes("Am Montag erklärte die Redaktion der Zeitung Nordkurier, die Fähre falle aus.", "de")[0]?.[2]).toBe("die Redaktion der Zeitung Nordkurier");
  });

  it("a statement an outlet's closing clause reports ends at the comma before it, passed on by the outlet", () => {
    const { quotes: found, attributions } = read("Lindqvist sagte, die Fähre falle aus, berichtete die Zeitung Nordkurier.", "de");
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ["Lindqvist sagte, die Fähre falle aus", "die Zeitung Nordkurier"],
      ["die Fähre falle aus", "Lindqvist"],
    ]);
    expect(attributions.map((a) => a.chain)).toEqual([["Nordkurier"], ["Lindqvist", "Nordkurier"]]);
  });

  it("a cue right after the comma closing a comment clause has its own subject after the verb, passed on by the clause's", () => {
    const { quotes: found, attributions } = read("Wie die Zeitung Nordkurier berichtete, sagte Lindqvist, die Fähre falle aus.", "de");
    expect(found.map((q) => [q.speaker, q.cue])).toEqual([["die Zeitung Nordkurier", "berichtete"], ["Lindqvist", "sagte"]]);
    expect(attributions.map((a) => a.chain)).toEqual([["Nordkurier"], ["Lindqvist", "Nordkurier"]]);
    // The comment clause's own cue after an apposition set off by commas.
    expect(quotes("Wie Jan Berg, Chef der Werft, mitteilte, ist die Fähre ausgefallen.", "de")[0]?.[2]).toBe("Jan Berg, Chef der Werft");
  });

  it("an impersonal cue speaks through the document it stands in", () => {
    expect(quotes("In der Erklärung des Verbandes heißt es, die Preise würden steigen.", "de")).toEqual([
      ["indirect", "die Preise würden steigen", "der Erklärung des Verbandes", "institution", "heißt es"],
    ]);
    expect(quotes("Am Abend hieß es in einer Mitteilung der Stadt, die Brücke bleibe gesperrt.", "de")[0]?.[2]).toBe("einer Mitteilung der Stadt");
    // "bei" an institution: what is said there is the institution's word.
    expect(quotes("Beim Verband hieß es, dass die Preise steigen würden.", "de")[0]?.[2]).toBe("Verband");
    // A place with no role or outlet in it is no source.
    expect(quotes("Bei dem Unfall wurde berichtet, dass zwei Menschen verletzt worden seien.", "de")[0]?.[2]).toBeNull();
    // A personal subject is no document: "Im Interview sagte die Ministerin" keeps the minister.
    expect(quotes("Im Interview sagte die Ministerin, sie bleibe im Amt.", "de")[0]?.[2]).toBe("die Ministerin");
  });

  it("the agent of a passive cue spoke, in the middle field or fronted", () => {
    expect(quotes("Die Pläne wurden von Ministerin Anna Berg als unrealistisch bezeichnet.", "de")[0]?.slice(2)).toEqual(["Ministerin Anna Berg", "person", null]);
    expect(quotes("Von der Opposition wurde der Besuch als unangemessen kritisiert.", "de")[0]?.[2]).toBe("der Opposition");
    // A noun after the predicative "als" is what the act was called, not its speaker.
    expect(quotes("Von der Opposition wurde der Besuch als Wahlkampfauftritt kritisiert.", "de")[0]?.[2]).toBe("der Opposition");
    // Before an active verb "von" is no agent's: "von einem Feuer berichteten" is what was reported.
    expect(quotes("Nachdem erste Meldungen am Montag von einem Feuer berichteten, war später von einer Explosion die Rede.", "de")[0]?.[2]).toMatch(/^erste Meldungen/);
  });

  it("own statements belong to the subject of the clause", () => {
    expect(quotes("Die Feuerwehr hat nach eigenen Angaben die Halle abgesucht.", "de")[0]?.slice(2, 4)).toEqual(["eigenen Angaben (Feuerwehr)", "institution"]);
    // In the dative singular too.
    expect(quotes("Der Bruder des Trainers, Georg Berger, war nach eigenem Bekunden seit langem eingeweiht.", "de")[0]?.[2]).toBe("eigenem Bekunden (Georg Berger)");
    // In a relative clause the pronoun's antecedent; after the source opening the sentence, the subject after the verb.
    const relative = "Im Halbfinale trifft er auf den Italiener Marco Rossi, der nach eigenen Angaben mit Rückenproblemen kämpft.";
    expect(read(relative, "de").attributions.map((a) => a.chain)).toEqual([["Marco Rossi"]]);
    expect(quotes("Nach eigenen Angaben hat das Unternehmen einen Partner gefunden.", "de")[0]?.slice(2, 4)).toEqual(["eigenen Angaben (Unternehmen)", "institution"]);
    // A bare plural subject with its verb in the plural is a crowd, as before a cue.
    expect(quotes("Kinderärzte beobachten nach eigenen Angaben eine wachsende Impfmüdigkeit.", "de")[0]?.slice(2, 4)).toEqual(["eigenen Angaben (Kinderärzte)", "vague"]);
    expect(quotes("Helfer konnten nach eigenen Angaben 600 Menschen retten.", "de")[0]?.slice(2, 4)).toEqual(["eigenen Angaben (Helfer)", "vague"]);
    // After a preposition's phrase or an adverb opening the clause, the subject after the verb; a figure counting a noun
    // after the subject is no part of it.
    expect(quotes("In Stuttgart musste die Feuerwehr nach eigenen Angaben zu 300 Einsätzen ausrücken.", "de")[0]?.slice(2, 4)).toEqual(["eigenen Angaben (Feuerwehr)", "institution"]);
    expect(quotes("Nach eigenen Angaben hat die Polizei 20 Menschen festgenommen.", "de")[0]?.slice(2, 4)).toEqual(["eigenen Angaben (Polizei)", "institution"]);
    expect(quotes("Der Sportchef von Bayer 04 Leverkusen sagte, das Spiel sei gut gewesen.", "de")[0]?.[2]).toBe("Der Sportchef von Bayer 04 Leverkusen");
  });

  it("a definite role is its named holder again, whoever spoke in between", () => {
    const text =
      "Kremlsprecher Dmitri Peskow sagte, das Treffen sei gut gewesen. „Wir sind zufrieden“, sagte Juri Uschakow. Der Kremlsprecher bezeichnete das Gespräch als „sehr positiv“.";
    const roles = read(text, "de").attributions.filter((a) => a.links[0]?.type === "person" && a.chain[0] === "Dmitri Peskow");
    // The quotation after "bezeichnete … als" is the quote alone.
    expect(roles.length).toBe(2);
  });

  it("a definite role of a named person's title, whatever its case, is that person, shown beside the role", () => {
    const text = "Fire Chief Tom Hale said no one was injured. The cause is unclear, the chief said.";
    expect(read(text, "en").attributions.map((a) => a.chain)).toEqual([["Tom Hale"], ["Tom Hale"]]);
    expect(quotes(text, "en")[1]?.[2]).toBe("the chief (Tom Hale)");
    expect(read("Der Innenminister Jan Ott sagte, die Lage sei ruhig. Später erklärte der Minister, es gebe keine Gefahr.", "de").attributions.map((a) => a.chain)).toEqual([["Jan Ott"], ["Jan Ott"]]);
    // A lowercase role is matched as a whole word, and only to a name: "the man" is not "a homeless woman".
    expect(read("A homeless woman said the shelter was full. The man said he slept outside.", "en").attributions.map((a) => a.chain)).toEqual([["homeless woman"], ["man"]]);
  });

  it("the subject of a clause announcing a quote with a colon speaks", () => {
    expect(quotes("Die Mitglieder des Vereins nehmen es gelassen: „Die stören hier doch niemanden.“", "de")[0]?.slice(2, 4)).toEqual([
      "Die Mitglieder des Vereins",
      "person",
    ]);
  });

  it("a partial quote in a sentence without a cue is its subject's", () => {
    expect(quotes("Die Ministerin konstatierte eine „wachsende Lücke zwischen Stadt und Land“.", "de")).toEqual([
      ["direct", "„wachsende Lücke zwischen Stadt und Land“", "Die Ministerin", "person", null],
    ]);
  });

  it("a cue coordinated with the verb before shares its subject; a fronted reason is no origin", () => {
    expect(quotes("Die Ärztin war ebenfalls anwesend und sagte an diesem Abend, sie sei erleichtert.", "de")[0]?.slice(2, 4)).toEqual(["Die Ärztin", "person"]);
    expect(quotes("Aus diesem Grund forderte die Resolution, die Lager zu schließen.", "de")[0]?.[2]).toBe("die Resolution");
    // An origin that names a source still speaks.
    expect(quotes("Aus Regierungskreisen hieß es, der Plan sei gescheitert.", "de")[0]?.slice(2, 4)).toEqual(["Regierungskreisen", "anonymous"]);
    // So after the cue closing the sentence, with or without "es", not the subject of what was said.
    expect(quotes("Die Gespräche seien gescheitert, verlautete aus Regierungskreisen.", "de")[0]?.slice(2, 4)).toEqual(["Regierungskreisen", "anonymous"]);
    expect(quotes("Die Gespräche seien gescheitert, verlautete es aus Regierungskreisen.", "de")[0]?.slice(2, 4)).toEqual(["Regierungskreisen", "anonymous"]);
  });

  it("what was said ends before a verb in the indicative past coordinated with the speaker's clause", () => {
    const said = (text: string) => quotes(text, "de").filter((q) => q[0] === "indirect").map((q) => q[1]);
    expect(said("Der Hafen ist zu. Berg betonte, die Stadt brauche den Hafen, und kündigte weitere Hilfen an.")).toEqual(["die Stadt brauche den Hafen"]);
    expect(said("Der Hafen ist zu. Berg sagte, die Stadt brauche den Hafen und fügte hinzu, man werde bauen.")).toContain("die Stadt brauche den Hafen");
    // A Konjunktiv after the coordinator goes on with what was said, and so does a coordinator inside a quotation.
    expect(said("Der Hafen ist zu. Berg sagte, die Stadt brauche den Hafen und habe kein Geld.")).toEqual(["die Stadt brauche den Hafen und habe kein Geld"]);
    expect(said("Der Hafen ist zu. Berg sagte, der Hafen sei „alt und verfallen“.")).toEqual(["der Hafen sei „alt und verfallen“"]);
  });

  it("a participle between an article and its noun is no cue, and its noun no speaker", () => {
    expect(quotes("Nach den Beratungen ist das erklärte Ziel eine Waffenruhe in der Region.", "de")).toEqual([]);
  });

  it("a nominative pronoun after the verb is the subject, the fronted phrase its object", () => {
    expect(quotes("Die Schuld an der Niederlage schreibt er dem Wetter zu.", "de")[0]?.slice(2, 4)).toEqual(["er", "person"]);
  });
});

describe("German statements a demonstrative stands for", () => {
  it("a cue whose object opens its sentence as Dies or Das reports the sentence before", () => {
    expect(quotes("Der Stadtrat hat den Bau der neuen Brücke gestoppt. Dies teilte der Sprecher der Stadtverwaltung, Jonas Berger, am Dienstag mit.", "de")).toEqual([
      ["indirect", "Der Stadtrat hat den Bau der neuen Brücke gestoppt.", "der Sprecher der Stadtverwaltung, Jonas Berger", "person", "teilte"],
    ]);
    expect(quotes("Die Fähre nach Helgoland fällt bis Freitag aus. Das hatte die Reederei mitgeteilt.", "de")).toEqual([
      ["indirect", "Die Fähre nach Helgoland fällt bis Freitag aus.", "die Reederei", "institution", "mitgeteilt"],
    ]);
  });

  it("stands for the two sentences that open its paragraph, else for the sentence before", () => {
    expect(quotes("Der Bahnhof wird ab Mai umgebaut.\n\nDie Strecke wird privat finanziert. Die Maut zahlt sie ab. Das teilte der Minister mit.", "de")).toEqual([
      ["indirect", "Die Strecke wird privat finanziert. Die Maut zahlt sie ab.", "der Minister", "person", "teilte"],
    ]);
    expect(quotes("Die Strecke wird privat finanziert. Die Maut zahlt sie ab. Der Bau beginnt im Mai. Das teilte der Minister mit.", "de")).toEqual([
      ["indirect", "Der Bau beginnt im Mai.", "der Minister", "person", "teilte"],
    ]);
  });

  it("a separable cue whose particle closes the clause far from the verb, after the demonstrative", () => {
    expect(quotes("Das Museum öffnet im Mai wieder. Das gab die Leitung des Hauses nach einer langen Sitzung am Abend bekannt.", "de")).toEqual([
      ["indirect", "Das Museum öffnet im Mai wieder.", "die Leitung des Hauses", "institution", "gab"],
    ]);
  });

  it("stays silent on a demonstrative with no cue, and on a far particle with no statement to report", () => {
    expect(quotes("Die Schule bleibt geschlossen. Dies ist bedauerlich.", "de")).toEqual([]);
    expect(quotes("Das Museum öffnet im Mai wieder. Die Leitung gab nach einer langen Sitzung am Abend mit großer Freude ihre Pläne bekannt.", "de")).toEqual([]);
  });
});

describe("German reported statements", () => {
  it("'nach … Quellen' names vague sources, and a statement read once with its cue is not read again without it", () => {
    expect(quotes("Mindestens 900 Häuser, nach anderen Quellen bis zu 3.500, zerstörte der Sturm.", "de")).toEqual([
      ["reported", "Mindestens 900 Häuser, nach anderen Quellen bis zu 3.500, zerstörte der Sturm", "anderen Quellen", "vague", "nach"],
    ]);
    // "forderte" with victims for its object reports nothing; the sentence is read once, with "laut".
    expect(quotes("Mindestens 90 Menschenleben, laut anderen Quellen bis zu 350, forderte das Beben.", "de")).toEqual([
      ["reported", "Mindestens 90 Menschenleben, laut anderen Quellen bis zu 350, forderte das Beben", "anderen Quellen", "vague", "laut"],
    ]);
    // Read twice without a cue (two participles, "gesagt" and "angegeben"), it is one statement too.
    expect(quotes("Auslöser des Streits war ein Interview der Politikerin, in dem sie gesagt hatte, sie habe im Wahlkampf einen falschen Titel geführt.", "de")).toHaveLength(1);
  });

  it("a lone singular noun after a plural verb is its object, the bare plural opening the sentence its subject", () => {
    expect(quotes("Die Stadt will bauen. Anwohner kündigten Widerstand an.", "de").map((q) => [q[2], q[3]])).toEqual([["Anwohner", "vague"]]);
    // A singular after a plural verb is its object; the phrase opening the clause is the subject, coordinated ones stay.
    expect(quotes("Verbraucherschützer forderten die Bundesregierung auf, die Strompreise zu senken.", "de").map((q) => [q[2], q[3]])).toEqual([["Verbraucherschützer", "vague"]]);
    expect(quotes("Die Ampel hat sich geeinigt. Dies äußerten der Abgeordnete Werner Schulz sowie die Abgeordnete Jelena Hoffmann.", "de").map((q) => q[2])).toEqual([
      "der Abgeordnete Werner Schulz sowie die Abgeordnete Jelena Hoffmann",
    ]);
    // Right after the comma closing what was said, the bare plural after the verb is its subject.
    expect(quotes("Die Tür habe offen gestanden, sagten Anwohner.", "de").map((q) => [q[2], q[3]])).toEqual([["Anwohner", "vague"]]);
    // Nor is a lone plural a surname after a plural past: a surname takes the singular.
    expect(quotes("Die Stadt will bauen. Die Bauern kündigten Proteste an.", "de").map((q) => q[2])).toEqual(["Die Bauern"]);
    expect(quotes("Die Stadt will bauen. Besorgt äußerte sich Falkner.", "de").map((q) => q[2])).toEqual(["Falkner"]);
    // Nor after the verb where no subject opens the clause before it; a pronoun there is the subject.
    expect(quotes("Die Preise steigen. Verbraucherschützer forderten Entlastungen für Haushalte.", "de").map((q) => q[2])).not.toContain("Entlastungen");
    expect(quotes("Die Preise steigen. Am Montag teilten sie mit, die Preise stiegen weiter.", "de").map((q) => q[2])).toEqual(["sie"]);
  });

  it("an answer given as a vote is no part of the speaker's phrase read after the verb", () => {
    expect(quotes("Die Abstimmung ist vorbei. In Genf sagten 58,2 Prozent Nein.", "de").map((q) => q[2])).toEqual(["58,2 Prozent"]);
    expect(read("Die Abstimmung ist vorbei. Im Tessin sagten die Wähler Ja.", "de").attributions.map((a) => a.chain)).toEqual([["Wähler"]]);
  });

  it("a relative clause reports what its antecedent says", () => {
    expect(quotes("Er verwies auf Studien der Universität, nach denen das Mittel oft wirke.", "de")).toContainEqual([
      "indirect",
      "das Mittel oft wirke",
      "denen (Studien der Universität)",
      "institution",
      "nach",
    ]);
    expect(quotes("Das Ministerium wies Meldungen zurück, wonach die Inspektoren Zutritt verlangt hätten.", "de")[0]?.slice(0, 2)).toEqual([
      "indirect",
      "die Inspektoren Zutritt verlangt hätten",
    ]);
    // So after "laut", its pronoun before the subject of the clause; "laut dem Bericht" names its source.
    expect(quotes("Er war ein Schritt für die Pläne der Partei, laut denen jeder Bürger ein Radio haben sollte.", "de")).toEqual([
      ["indirect", "jeder Bürger ein Radio haben sollte", "denen (die Pläne der Partei)", "institution", "laut"],
    ]);
    expect(quotes("Es gibt einen Bericht der Polizei, laut dem der Fahrer betrunken war.", "de").map((q) => q[2])).toEqual(["dem (einen Bericht der Polizei)"]);
    expect(quotes("Laut dem Bericht war der Fahrer betrunken.", "de").map((q) => q[2])).toEqual(["dem Bericht"]);
  });

  it("reporting verbs with a separable particle far from the verb, and their origin", () => {
    expect(quotes("Aus dem Bericht geht hervor, dass die Zahl der Unfälle gestiegen ist.", "de")).toEqual([
      ["indirect", "dass die Zahl der Unfälle gestiegen ist", "dem Bericht", "vague", "geht hervor"],
    ]);
    // With no clause after it, "hervorgehen" says where something came from; a demonstrative standing for the sentence
    // before still makes it a cue.
    expect(quotes("Das Programm ging aus einer älteren Version hervor.", "de")).toEqual([]);
    expect(quotes("Die Partei ging aus einer Bürgerbewegung hervor, die 2011 gegründet wurde.", "de")).toEqual([]);
    expect(quotes("Der Konzern plant einen Umbau. Dies geht aus einer Mitteilung des Konzerns hervor.", "de")[0]?.slice(1, 3)).toEqual(["Der Konzern plant einen Umbau.", "einer Mitteilung des Konzerns"]);
    expect(quotes("Die Gewerkschaft geht weiterhin davon aus, dass der Streik bis Freitag dauert.", "de")[0]?.slice(0, 3)).toEqual([
      "indirect",
      "dass der Streik bis Freitag dauert",
      "Die Gewerkschaft",
    ]);
  });

  it("a present-tense accusation with its particle at the end speaks through its subject, not its dative object", () => {
    expect(quotes("Die Prüfer des Rechnungshofs werfen den Ämtern vor: „Eine Kontrolle der Ausgaben findet kaum statt.“", "de")).toEqual([
      ["direct", "„Eine Kontrolle der Ausgaben findet kaum statt.“", "Die Prüfer des Rechnungshofs", "person", "werfen"],
    ]);
  });

  it("statements owned by a name that opens with an adjective are not vague; by a bare noun in an adjective's shape they are", () => {
    expect(quotes("Nach Angaben des Roten Kreuzes wurden mehr als 800.000 Menschen obdachlos.", "de")).toEqual([
      ["reported", "wurden mehr als 800.000 Menschen obdachlos", "Angaben des Roten Kreuzes", "institution", "Nach"],
    ]);
    expect(quotes("Nach Angaben des Landes wurden mehr als 800.000 Menschen obdachlos.", "de")[0]?.[3]).toBe("vague");
  });

  it("a feminine genitive after a statement noun belongs to its source", () => {
    expect(quotes("Die Sängerin tritt nach Aussage einer Sprecherin der Oper im Herbst wieder in Wien auf.", "de")).toEqual([
      ["reported", "Die Sängerin tritt nach Aussage einer Sprecherin der Oper im Herbst wieder in Wien auf", "Aussage einer Sprecherin der Oper", "anonymous", "nach"],
    ]);
  });

  it("a source in the middle of a sentence speaks for its own clause", () => {
    expect(quotes("Die Organisatoren zählten 5.000 Besucher; nach Polizeiangaben kamen nur 3.000.", "de")).toEqual([
      ["reported", "nach Polizeiangaben kamen nur 3.000", "Polizeiangaben", "institution", "nach"],
    ]);
    expect(quotes("Der Verein verlegte das Turnier, weil die Halle nach Angaben der Stadt einsturzgefährdet ist.", "de")).toEqual([
      ["reported", "weil die Halle nach Angaben der Stadt einsturzgefährdet ist", "Angaben der Stadt", "institution", "nach"],
    ]);
    // A cue with no statement of its own passes nothing on: the source speaks for the sentence.
    expect(quotes("Der Minister bestritt nach Angaben der Zeitung jede Beteiligung an dem Geschäft.", "de")).toEqual([
      ["reported", "Der Minister bestritt nach Angaben der Zeitung jede Beteiligung an dem Geschäft", "Angaben der Zeitung", "media", "nach"],
    ]);
    // A cue with a statement passes it on, and the source reports the clause around it.
    expect(quotes("Der Minister bestritt nach Angaben der Zeitung, dass er beteiligt war.", "de")).toEqual([
      ["reported", "Der Minister bestritt nach Angaben der Zeitung, dass er beteiligt war", "Angaben der Zeitung", "media", "nach"],
      ["indirect", "dass er beteiligt war", "Der Minister", "person", "bestritt"],
    ]);
    // Commas of a list open no clause.
    expect(quotes("Der Unfall hatte Folgen: Ein Mann, zwei Frauen und ein Kind wurden nach Angaben der Polizei verletzt.", "de")[0]?.[1]).toBe(
      "Ein Mann, zwei Frauen und ein Kind wurden nach Angaben der Polizei verletzt",
    );
  });

  it("nach before a singular statement noun, a law or a plan is a cue", () => {
    expect(quotes("Nach Schätzung der Weltgesundheitsorganisation erkranken jährlich rund 50 Millionen Menschen.", "de")).toEqual([
      ["reported", "erkranken jährlich rund 50 Millionen Menschen", "Schätzung der Weltgesundheitsorganisation", "institution", "Nach"],
    ]);
    expect(quotes("Nach der Unabhängigkeitserklärung kehrten viele Familien zurück.", "de")).toEqual([]);
    expect(quotes("Nach dem Grundgesetz bestimmt der Kanzler die Richtlinien der Politik.", "de")[0]?.slice(0, 2)).toEqual([
      "reported",
      "bestimmt der Kanzler die Richtlinien der Politik",
    ]);
    expect(quotes("Nach dem Spiel feierten die Fans bis in die Nacht.", "de")).toEqual([]);
  });

  it("nach before an account, an analysis, an announcement, a draft or a wish is a cue", () => {
    expect(quotes("Nach Darstellungen der Reederei fährt die Fähre ab Mai wieder.", "de")[0]?.slice(0, 2)).toEqual(["reported", "fährt die Fähre ab Mai wieder"]);
    expect(quotes("Nach einer ersten Analyse der Ermittler löste ein Kurzschluss das Feuer aus.", "de")[0]?.[4]).toBe("Nach");
    expect(quotes("Nach der Ankündigung der Ministerin soll das Gesetz im Herbst kommen.", "de")[0]?.[4]).toBe("Nach");
    expect(quotes("Nach dem Entwurf der Regierung sollen Mieten langsamer steigen.", "de")[0]?.[4]).toBe("Nach");
    expect(quotes("Nach dem Willen der Regierung soll die Steuer sinken.", "de")[0]?.slice(0, 2)).toEqual(["reported", "soll die Steuer sinken"]);
    expect(quotes("Nach der Abreise der Ministerin kehrte Ruhe ein.", "de")).toEqual([]);
  });

  it("news that became known reports its dass clause or the main clause of its wie clause", () => {
    expect(quotes("Außerdem wurde bekannt, dass der Sänger schwer erkrankt ist.", "de")).toEqual([
      ["indirect", "dass der Sänger schwer erkrankt ist", null, null, "wurde bekannt"],
    ]);
    expect(quotes("Wie am Abend bekannt wurde, sind im Delta erste Fälle aufgetreten.", "de")).toEqual([
      ["indirect", "sind im Delta erste Fälle aufgetreten", null, null, "bekannt wurde"],
    ]);
    // Becoming famous reports nothing.
    expect(quotes("Der Ort wurde durch seine Brücke bekannt, die im Krieg zerstört wurde.", "de")).toEqual([]);
  });

  it("a quoted name after laut is the source, not a quote", () => {
    expect(quotes("Laut „Welt“ soll der Manager in Haft sein.", "de")).toEqual([["reported", "soll der Manager in Haft sein", "„Welt“", "media", "Laut"]]);
    expect(quotes("Außerdem soll der Minister laut „tagesschau.de“ zurückgetreten sein.", "de").map((q) => q[1])).not.toContain("„tagesschau.de“");
    // The source's clause ends at a colon: the quotation it announces is its speaker's.
    expect(quotes("Der Sprecher kommentierte die Entscheidung laut „Radio Nord“ mit folgenden Worten: „Das ist ein schwarzer Tag für die ganze Region.“", "de")).toContainEqual([
      "direct",
      "„Das ist ein schwarzer Tag für die ganze Region.“",
      "Der Sprecher",
      "anonymous",
      "kommentierte",
    ]);
  });

  it("so with its speaker set off inside a statement interrupts it", () => {
    expect(quotes("Sein Rivale, so die Ministerin weiter, würde massiv Spenden erhalten.", "de")).toEqual([
      ["indirect", "Sein Rivale, so die Ministerin weiter, würde massiv Spenden erhalten", "die Ministerin", "person", "so"],
    ]);
    expect(quotes("Der Sänger ruft in seinen Liedern zur Gewalt auf – so der Vorwurf –, und das seit Jahren.", "de")[0]?.[1]).toBe(
      "Der Sänger ruft in seinen Liedern zur Gewalt auf – so der Vorwurf –, und das seit Jahren",
    );
    expect(quotes("Die Preise stiegen, so sagte der Händler, und das sei erst der Anfang.", "de")).toEqual([
      ["indirect", "Die Preise stiegen, so sagte der Händler, und das sei erst der Anfang", "der Händler", "anonymous", "so sagte"],
    ]);
    expect(quotes("Aus der Hauptstadt kämen zu strenge Weisungen, so glaubt der Bürgermeister.", "de")[0]?.slice(0, 3)).toEqual([
      "indirect",
      "Aus der Hauptstadt kämen zu strenge Weisungen",
      "der Bürgermeister",
    ]);
    // "so" as an adverb sets nothing off.
    expect(quotes("Die Preise stiegen so stark wie nie zuvor, und die Händler klagten.", "de")).toEqual([]);
  });

  it("a sentence opening with Demnach with no statement before it refers to the source named as the subject before", () => {
    expect(quotes("Das Kartellamt legte am Montag seinen Bericht vor. Demnach gab es keine Absprachen unter den Anbietern.", "de")).toEqual([
      ["reported", "gab es keine Absprachen unter den Anbietern", "Demnach (Das Kartellamt)", "institution", "Demnach"],
    ]);
  });

  it("Demnach refers to the source of the narrative sentence right before it, not to a statement further back, and a second Demnach to the same", () => {
    const text =
      "Vom Innenministerium wurden weitere Kontrollen angekündigt.\n\nDas Kartellamt legte am Montag seinen Bericht vor. Demnach sind die Preise gestiegen. Demnach sollen sie weiter steigen.";
    expect(quotes(text, "de").map((q) => q.slice(0, 3))).toEqual([
      // A fronted passive agent is the phrase its marker opens, not the clause read back from the cue.
      ["reported", "Vom Innenministerium wurden weitere Kontrollen angekündigt", "Innenministerium"],
      ["reported", "sind die Preise gestiegen", "Demnach (Das Kartellamt)"],
      ["reported", "sollen sie weiter steigen", "Demnach (Das Kartellamt)"],
    ]);
  });

  it("Demnach referring to a source named right before passes nothing on through those who passed on a statement before it", () => {
    const text = "Die „Hafenpost“ zitierte einen Insider mit den Worten: „Der Trainer geht.“ Die Agentur Nordpress berief sich auf zwei Vertraute. Demnach soll der Vertrag aufgelöst werden.";
    expect(read(text, "de").attributions.map((a) => a.chain)).toEqual([["Insider", "Hafenpost"], ["Nordpress"]]);
  });

  it("demnach right after the finite verb refers back like an opening Demnach; after a pause or a capitalised word it does not", () => {
    expect(quotes("Das Kartellamt legte am Montag seinen Bericht vor. Die Preise sollen demnach weiter steigen.", "de")).toEqual([
      ["reported", "Die Preise sollen demnach weiter steigen", "demnach (Das Kartellamt)", "institution", "demnach"],
    ]);
    expect(quotes("Das Kartellamt legte am Montag seinen Bericht vor. Wer demnach Preise abspricht, zahlt eine Strafe.", "de")).toEqual([]);
  });

  it("a prepositional phrase opening the sentence is no speaker: the subject after the verb is", () => {
    expect(quotes("Seit Jahren fordert der Staat die Rückgabe der Federkrone an das Museum.", "de")).toEqual([
      ["reported", "Seit Jahren fordert der Staat die Rückgabe der Federkrone an das Museum", "der Staat", "person", null],
    ]);
  });
});

describe("German statements closed by an inverted cue", () => {
  it("report the clause before, the speaker's appositive name and its commas included", () => {
    const [q] = quotes("Vor dem Unglück wurde kein Warnruf abgesetzt, teilte später der Leiter der Behörde, Jan Berg, mit.", "de");
    expect([q?.[1], q?.[2], q?.[4]]).toEqual(["Vor dem Unglück wurde kein Warnruf abgesetzt", "der Leiter der Behörde, Jan Berg", "teilte"]);
  });
});

describe("German speech acts that name only their matter", () => {
  it("report nothing, unless a judgement or a Konjunktiv after them says what was said", () => {
    expect(quotes("Die Opposition kritisierte den Plan der Regierung.", "de")).toEqual([]);
    expect(quotes("Der Minister äußerte sich am Abend zu dem Vorfall.", "de")).toEqual([]);
    expect(quotes("Der Verband hofft auf eine baldige Einigung.", "de")).toEqual([]);
    expect(quotes("Die Gewerkschaft fordert höhere Löhne.", "de")).toEqual([["reported", "Die Gewerkschaft fordert höhere Löhne", "Die Gewerkschaft", "institution", null]]);
    // A confirmation says that its matter is so.
    expect(quotes("Die Polizei bestätigte den Unfall am Sonntag.", "de")).toHaveLength(1);
    expect(quotes("Die Opposition kritisierte den Plan als unsozial.", "de")).toHaveLength(1);
    expect(quotes("Als unsozial kritisierte die Opposition den Plan.", "de")).toHaveLength(1);
    expect(quotes("Der Minister äußerte sich besorgt über die Lage.", "de")).toHaveLength(1);
    expect(quotes("Die Opposition kritisierte den Plan, weil er Stellen koste.", "de")).toHaveLength(1);
    // Free indirect speech going on from one is its speaker's; the sentence naming the matter still reports nothing.
    expect(quotes("Die Opposition kritisierte den Plan. Er sei unsozial.", "de").map((q) => q.slice(1, 3))).toEqual([["Er sei unsozial", "Die Opposition"]]);
    expect(quotes("Der Minister äußerte sich zu dem Vorfall. Die Lage sei unter Kontrolle.", "de").map((q) => q.slice(1, 3))).toEqual([["Die Lage sei unter Kontrolle", "Der Minister"]]);
  });
});

describe("German speech acts in relative clauses", () => {
  it("say who someone is: the sentence reports nothing", () => {
    expect(quotes("Die Bestände gehören der Firma Müller, die den Vorwurf später bestätigte.", "de")).toEqual([]);
  });

  it("an article after the comma opens a main clause that reports", () => {
    expect(quotes("Es entstanden 500 neue Stellen, die Betreiber sprechen von bis zu 850 Stellen.", "de").map((q) => q[2])).toEqual(["die Betreiber"]);
  });

  it("after a name too: the name is the antecedent, no part of the relative clause, and the main clause's cue speaks for it", () => {
    expect(quotes("Die Gespräche endeten. Jan Ruiz, der den Plan kritisierte, erklärte, die Abstimmung sei knapp.", "de")).toEqual([
      ["indirect", "die Abstimmung sei knapp", "Jan Ruiz", "person", "erklärte"],
    ]);
    // A circumstance between the pronoun and its verb: the pronoun still stands for the name.
    expect(quotes("Die Gespräche endeten. Minister ist Jan Ruiz, der in seiner ersten Rede vor dem Parlament betonte, er gehöre keiner Partei an.", "de")).toEqual([
      ["indirect", "er gehöre keiner Partei an", "der (Jan Ruiz)", "person", "betonte"],
    ]);
  });
});

describe("German decimal commas", () => {
  it("split no clause: the number is one word", () => {
    expect(quotes("Der Aufsichtsrat hatte ursprünglich Einsparungen von 12,2 Millionen Euro gefordert.", "de")).toEqual([
      ["reported", "Der Aufsichtsrat hatte ursprünglich Einsparungen von 12,2 Millionen Euro gefordert", "Der Aufsichtsrat", "institution", null],
    ]);
  });
});

describe("German questions", () => {
  it("state nothing; a quoted question stays a quote", () => {
    expect(quotes("Welche Vorschläge sind Ihrer Meinung nach verfassungswidrig?", "de")).toEqual([]);
    expect(quotes("Sie fügte hinzu: „Wer soll glauben, dass die Brücke rechtzeitig fertig wird?“", "de").map((q) => q[0])).toContain("direct");
  });
});
