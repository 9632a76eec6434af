import { describe, expect, it } from "vitest";
import { quotes, read } from "./helpers.js";

describe("German cues that report only the clause they introduce", () => {
  it("bekannt geben written apart reports a clause after it, not a bare object", () => {
    expect(quotes("Wie die Stadtwerke am Montag bekannt gaben, steigen die Gaspreise im Winter.", "de")).toEqual([
      ["indirect", "steigen die Gaspreise im Winter", "die Stadtwerke", "institution", "bekannt gaben"],
    ]);
    expect(quotes("Der Verein hat am Montag seinen neuen Trainer bekannt gegeben.", "de")).toEqual([]);
  });

  it("leaving a question open withholds its answer: the question is the speaker's, before the verb or after it", () => {
    const story = "Die Gewerkschaft hat zu Warnstreiks aufgerufen, teilte die Polizei mit. ";
    expect(quotes(story + "Ob der Streik verlängert werde, ließ Verdi-Vize Ann Behle offen.", "de").slice(1)).toEqual([
      ["indirect", "Ob der Streik verlängert werde", "Verdi-Vize Ann Behle", "person", "ließ"],
    ]);
    expect(quotes(story + "Behle ließ offen, ob der Streik verlängert werde.", "de").slice(1)).toEqual([
      ["indirect", "ob der Streik verlängert werde", "Behle", "person", "ließ offen"],
    ]);
    expect(quotes(story + "Der Hausmeister ließ die Tür offen.", "de").slice(1)).toEqual([]);
  });

  it("verraten in a finite form reports the clause it introduces, not a betrayal of its object", () => {
    expect(quotes("Wie Sportvorstand Jan Ott verriet, soll der Vertrag bald verlängert werden.", "de")).toEqual([
      ["indirect", "soll der Vertrag bald verlängert werden", "Sportvorstand Jan Ott", "person", "verriet"],
    ]);
    expect(quotes("Der Spion verriet seine Freunde.", "de")).toEqual([]);
  });

  it("anprangern reports the clause it introduces, not a bare object", () => {
    expect(quotes("Die Eltern prangerten an, dass die Schule zu wenige Lehrer habe.", "de")).toEqual([
      ["indirect", "dass die Schule zu wenige Lehrer habe", "Die Eltern", "person", "prangerten an"],
    ]);
    expect(quotes("Der Bericht prangert Armut und Gewalt in den Städten an.", "de")).toEqual([]);
  });

  it("a remark or a judgement reports the clause it introduces, not a bare object", () => {
    expect(quotes("Das Gericht urteilte am Montag, dass die Klausel unwirksam sei.", "de")).toEqual([
      ["indirect", "dass die Klausel unwirksam sei", "Das Gericht", "institution", "urteilte"],
    ]);
    expect(quotes("Der Trainer kommentierte nach dem Spiel, dass die Abwehr zu langsam gewesen sei.", "de")[0]?.[4]).toBe("kommentierte");
    expect(quotes("Der Trainer kommentierte das Spiel nicht.", "de")).toEqual([]);
  });

  it("making a point clear reports the clause it introduces, not a comparison", () => {
    expect(quotes("Der Trainer machte am Abend klar, dass er bleiben wolle.", "de")).toEqual([
      ["indirect", "dass er bleiben wolle", "Der Trainer", "person", "machte am Abend klar"],
    ]);
    expect(quotes("Die lange Pause machte die Spieler deutlich müder.", "de")).toEqual([]);
  });

  it("giving to consider or to understand reports the clause, after it or before it", () => {
    expect(quotes("Der Onkologe Martin Berg gab zu bedenken, der Test müsse erst geprüft werden.", "de")).toEqual([
      ["indirect", "der Test müsse erst geprüft werden", "Der Onkologe Martin Berg", "person", "gab zu bedenken"],
    ]);
    expect(quotes("Der Test müsse erst geprüft werden, gab der Onkologe Martin Berg zu bedenken.", "de")[0]?.slice(1, 3)).toEqual(["Der Test müsse erst geprüft werden", "der Onkologe Martin Berg"]);
    expect(quotes("Berg gab zu verstehen, dass er gehe.", "de")[0]?.[4]).toBe("gab zu verstehen");
    expect(quotes("Berg gab seinem Sohn Geld zu essen.", "de")).toEqual([]);
  });

  it("an infinitive clause of purpose after such a cue is no statement", () => {
    expect(quotes("Die Polizei hat am Abend Fotos bekannt gegeben, um den Täter zu finden.", "de")).toEqual([]);
    expect(quotes("Die Helferin forderte einen Korridor, um Hilfe zu leisten.", "de").map((q) => q[4])).not.toContain("forderte");
  });

  it("a verb reporting only its clause speaks through a quotation in its object, not through a quoted source", () => {
    expect(quotes("Die Lage ist ernst. Der Verband verlangte eine Prüfung der „völlig chaotischen Zustände“.", "de")).toEqual([
      ["reported", "Der Verband verlangte eine Prüfung der „völlig chaotischen Zustände“", "Der Verband", "institution", "verlangte"],
      ["direct", "„völlig chaotischen Zustände“", "Der Verband", "institution", "verlangte"],
    ]);
    expect(quotes("Die Lage ist ernst. Der Verband verlangte eine Prüfung der Zustände.", "de")).toEqual([]);
    expect(quotes("Jon Berg kommentierte die Entscheidung laut „news.example.com“.", "de").map((q) => q[4])).toEqual(["laut"]);
    expect(quotes("Die Polizei hat am Abend bekannt gegeben, dass der Täter gefasst sei.", "de")).toEqual([
      ["indirect", "dass der Täter gefasst sei", "Die Polizei", "institution", "bekannt gegeben"],
    ]);
  });
});

describe("German views held, with their noun", () => {
  it("an adjective may stand before the noun, and a view may be shared", () => {
    expect(quotes("Die Gutachter sind der gegenteiligen Auffassung, dass die Brücke noch zehn Jahre halte.", "de")).toEqual([
      ["indirect", "dass die Brücke noch zehn Jahre halte", "Die Gutachter", "person", "sind der gegenteiligen Auffassung"],
    ]);
    expect(quotes("Viele Anwohner teilen die Einschätzung, der Lärm sei unerträglich geworden.", "de")[0]?.[4]).toBe("teilen die Einschätzung");
    // An adverb or the inverted subject may stand between the verb and the noun's article.
    expect(quotes("Viele Ärzte sind jedoch der gegenteiligen Auffassung, dass die Kur schade.", "de")).toEqual([
      ["indirect", "dass die Kur schade", "Viele Ärzte", "vague", "sind jedoch der gegenteiligen Auffassung"],
    ]);
    expect(quotes("In seinem Buch vertritt er die These, dass das Klima kippe.", "de")[0]?.slice(2, 5)).toEqual(["er", "person", "vertritt er die These"]);
    // Sharing a thing reports nothing.
    expect(quotes("Viele Anwohner teilen die Wohnung mit ihren Eltern.", "de")).toEqual([]);
  });

  it("in the perfect the view comes before the participle closing the bracket", () => {
    expect(quotes("Die Anwältin hatte im Interview mit dem Sender die These vertreten, der Vertrag sei nichtig.", "de")).toEqual([
      ["indirect", "der Vertrag sei nichtig", "Die Anwältin", "person", "die These vertreten"],
    ]);
    // Representing someone's interests holds no view.
    expect(quotes("Der Verband hat im Streit die Interessen der Mieter vertreten, die nun klagen wollen.", "de")).toEqual([]);
  });

  it("a comparison may stand before the noun, and a finding or a claim put forward is a view too", () => {
    expect(quotes("Der Anwalt vertritt ebenso wie sein Mandant die Ansicht, der Zeuge habe gelogen.", "de")).toEqual([
      ["indirect", "der Zeuge habe gelogen", "Der Anwalt", "person", "vertritt ebenso wie sein Mandant die Ansicht"],
    ]);
    expect(quotes("Die Gutachter kamen zu dem Ergebnis, dass die Brücke sicher sei.", "de")[0]?.slice(1, 5)).toEqual([
      "dass die Brücke sicher sei",
      "Die Gutachter",
      "person",
      "kamen zu dem Ergebnis",
    ]);
    expect(quotes("Forscher stellten schon früh die These auf, dass der Vulkan erlischt.", "de")[0]?.[4]).toBe("stellten schon früh die These auf");
    expect(quotes("Die Ministerin wagte die Prognose, die Wahl werde knapp ausgehen.", "de")[0]?.[4]).toBe("wagte die Prognose");
    // A hypothesis formulated or a conclusion drawn; in the passive the agent speaks, ending where the cue begins.
    expect(quotes("Nach der Grabung formulierten die Archäologen die Hypothese, dass der Hof älter sei.", "de")[0]?.slice(2, 5)).toEqual([
      "die Archäologen",
      "person",
      "formulierten die Archäologen die Hypothese",
    ]);
    expect(quotes("Daraus wurde von Beobachtern der Schluss gezogen, der Streik könne länger dauern.", "de")).toEqual([
      ["indirect", "der Streik könne länger dauern", "Beobachtern", "vague", "der Schluss gezogen"],
    ]);
    // Consequences drawn state nothing.
    expect(quotes("Der Vorstand zog die Konsequenzen aus dem Verlust.", "de")).toEqual([]);
    // A warning or a condition raised with its verb; with no clause after it, none.
    expect(quotes("Der Rat hatte eine deutliche Mahnung an die Schulen ausgesprochen, die Regeln nicht zu lockern.", "de")).toEqual([
      ["indirect", "die Regeln nicht zu lockern", "Der Rat", "institution", "hatte eine deutliche Mahnung an die Schulen ausgesprochen"],
    ]);
    expect(quotes("Die Gewerkschaft machte zur Bedingung, dass die Löhne steigen.", "de")[0]?.slice(1, 5)).toEqual([
      "dass die Löhne steigen",
      "Die Gewerkschaft",
      "institution",
      "machte zur Bedingung",
    ]);
    expect(quotes("Der Vermieter hatte im Mai eine Mahnung ausgesprochen.", "de")).toEqual([]);
    // A result in a game states nothing; a chair put up neither.
    expect(quotes("Das Spiel kam zu einem Ergebnis von 2:1.", "de")).toEqual([]);
    expect(quotes("Die Helfer stellten die Stühle auf.", "de")).toEqual([]);
  });

  it("a hope or a certainty held and support report the clause after them", () => {
    expect(quotes("Der Senat hatte sich erhofft, dass die Steuer sinke.", "de")).toEqual([
      ["indirect", "dass die Steuer sinke", "Der Senat", "institution", "hatte sich erhofft"],
    ]);
    expect(quotes("Die Ärzte sind fest überzeugt, dass die Kur hilft.", "de")[0]?.[4]).toBe("sind fest überzeugt");
    expect(quotes("Die Polizei war sich sicher, dass der Mann gelogen hatte.", "de")[0]?.[4]).toBe("war sich sicher");
    expect(quotes("Viele Eltern befürworteten, dass die Schule später beginnt.", "de")[0]?.[4]).toBe("befürworteten");
    expect(quotes("Die Regierung ist zuversichtlich, die Reform im Mai abschließen zu können.", "de")).toEqual([
      ["indirect", "die Reform im Mai abschließen zu können", "Die Regierung", "institution", "ist zuversichtlich"],
    ]);
    expect(quotes("Die Ärzte sind sich der Gefahr bewusst, dass die Kur schadet.", "de")[0]?.[4]).toBe("sind sich der Gefahr bewusst");
    // A figure worked out reports the clause it introduces, not a bare object.
    expect(quotes("Der Verband hat ausgerechnet, dass jeder Gast 90 Euro ausgibt.", "de")).toEqual([
      ["indirect", "dass jeder Gast 90 Euro ausgibt", "Der Verband", "institution", "hat ausgerechnet"],
    ]);
    expect(quotes("Der Kassierer errechnete die Summe.", "de")).toEqual([]);
  });

  it("separable cues written whole close a relative or purpose clause and report the clause after its comma", () => {
    // The relative pronoun before the clause's object is its subject; its antecedent speaks.
    expect(quotes("Im Studio saß ein Prediger, der die Zuhörer aufforderte, nicht mehr zu zahlen.", "de")).toEqual([
      ["indirect", "nicht mehr zu zahlen", "der (ein Prediger)", "person", "aufforderte"],
    ]);
    expect(quotes("Es gibt Stimmen, die dem Bischof vorwerfen, in der Diktatur geschwiegen zu haben.", "de")[0]?.slice(1, 3)).toEqual([
      "in der Diktatur geschwiegen zu haben",
      "die (Stimmen)",
    ]);
    expect(quotes("Die Kommissarin reiste nach Rangun, um die Regierung aufzufordern, das Land zu öffnen.", "de")[0]?.[1]).toBe("das Land zu öffnen");
    // A relative clause closing the sentence describes its antecedent; it reports nothing.
    expect(quotes("Die Reste gehören der Firma Berg, die den Vorwurf später bestätigte.", "de")).toEqual([]);
  });

  it("a task seen, with its correlate and particle before the comma, reports the clause after it", () => {
    expect(quotes("Als wichtige Aufgabe sah es der Präsident an, die Reform voranzutreiben.", "de")).toEqual([
      ["indirect", "die Reform voranzutreiben", "der Präsident", "person", "sah"],
    ]);
    // Read once where "als" follows the verb.
    expect(quotes("Das Gericht sah es als erwiesen an, dass der Mann gelogen hatte.", "de")).toHaveLength(1);
    // A thing that is safe, or a plan supported, states nothing.
    expect(quotes("Der Plan ist sicher, weil er gut ist.", "de")).toEqual([]);
    expect(quotes("Viele Eltern befürworteten den Plan.", "de")).toEqual([]);
  });

  it("telling, describing and professing report the clause they introduce, not a bare object", () => {
    expect(quotes("Ein Zeuge erzählte der Zeitung, die Männer seien geflohen.", "de")).toEqual([
      ["indirect", "die Männer seien geflohen", "Ein Zeuge", "anonymous", "erzählte"],
    ]);
    expect(quotes("Wie die Firma bekundete, sei der Plan gut.", "de")[0]?.[4]).toBe("bekundete");
    expect(quotes("Die Ursache sei noch unklar, verlautbarte der Sprecher.", "de")[0]?.slice(1, 5)).toEqual([
      "Die Ursache sei noch unklar",
      "der Sprecher",
      "anonymous",
      "verlautbarte",
    ]);
    expect(quotes("Der Großvater erzählte eine lange Geschichte.", "de")).toEqual([]);
    expect(quotes("Die Ärztin schilderte den Unfall.", "de")).toEqual([]);
  });

  it("a shout is a cue where a colon right after it announces its words", () => {
    expect(quotes("Der Mann stand auf und rief: „Lasst mich raus!“ Dann ging er.", "de")).toEqual([
      ["direct", "„Lasst mich raus!“", "Der Mann", "person", "rief"],
    ]);
    expect(quotes("Tausende Demonstranten, die skandierten: „Wir bleiben hier!“, zogen zum Rathaus.", "de").map((q) => q[4])).toContain("skandierten");
    expect(quotes("Der Nachbar rief die Polizei.", "de")).toEqual([]);
  });

  it("the participle of a question is a cue before the question it asks", () => {
    expect(quotes("Der Mann hatte gefragt: „Was ist mit dem Hund passiert?“", "de")).toEqual([
      ["direct", "„Was ist mit dem Hund passiert?“", "Der Mann", "person", "hatte gefragt"],
    ]);
    expect(quotes("Im Ausland ist das Buch sehr gefragt, dicht gefolgt von der Übersetzung.", "de")).toEqual([]);
  });
});

describe("German separable cues in every form", () => {
  it("the participle and the verb-final present of feststellen are cues where a clause follows", () => {
    expect(quotes("Die Prüfer haben festgestellt, dass die Kasse nicht stimmte.", "de")).toEqual([
      ["indirect", "dass die Kasse nicht stimmte", "Die Prüfer", "person", "haben festgestellt"],
    ]);
    expect(quotes("Wenn das Amt feststellt, dass die Frist versäumt wurde, verfällt der Antrag.", "de").map((q) => q[4])).toEqual(["feststellt"]);
    // A finding with a bare object reports nothing.
    expect(quotes("Die Prüfer haben bei der Kontrolle erhebliche Mängel festgestellt.", "de")).toEqual([]);
  });
});

describe("German indirect speech around a partial quote", () => {
  it("is a statement of its own beside the quote, however much of it is quoted", () => {
    expect(quotes("Die Stadt müsse „schnell und ohne weitere Ausreden die marode Brücke am Hafen“ sanieren, so die Bürgermeisterin.", "de")).toEqual([
      ["indirect", "Die Stadt müsse „schnell und ohne weitere Ausreden die marode Brücke am Hafen“ sanieren", "die Bürgermeisterin", "person", "so"],
      ["direct", "„schnell und ohne weitere Ausreden die marode Brücke am Hafen“", "die Bürgermeisterin", "person", "so"],
    ]);
  });

  it("a naming verb's quotation is what was said, with that verb as its cue, and the sentence reports nothing beside it", () => {
    expect(quotes("Der Vorstand nannte das Angebot „völlig unannehmbar“.", "de")).toEqual([["direct", "„völlig unannehmbar“", "Der Vorstand", "person", "nannte"]]);
    expect(quotes("Der Konzern bestätigte die Zahlen nicht und nannte sie „reine Erfindung“.", "de").map((q) => q[4])).toEqual(["nannte"]);
    // A single word after "als" is a quote too; a name in a prepositional phrase is none.
    expect(quotes("Er bezeichnete das Schreiben als „Frechheit“.", "de")).toEqual([["direct", "„Frechheit“", "Er", "person", "bezeichnete"]]);
    expect(quotes("Die Ministerin bezeichnete den Plan im Gespräch mit dem „Tagesblatt“ als gescheitert.", "de").map((q) => q[0])).toEqual([]);
    // A cue between the naming verb and the quotation keeps it.
    const cues = quotes("Die Kommission nannte das Gesetz einen Fehler: So sagte Olli Rehn: „Man kann das nicht einfach vorsetzen.“", "de").map((q) => q[4]);
    expect(cues).toContain("sagte");
    expect(cues).not.toContain("nannte");
  });

  it("a weekday between the cue and its speaker belongs to neither; a parliament ending in -tag is a subject", () => {
    expect(quotes("Das Gesetz sei gültig, sagte Merz Montag in Berlin.", "de").map((q) => q[2])).toEqual(["Merz"]);
    expect(quotes("Der Bundestag erklärte, das Gesetz sei gültig.", "de").map((q) => [q[2], q[3]])).toEqual([["Der Bundestag", "institution"]]);
    expect(quotes("Der Parteitag beschloss, mit Habeck in den Wahlkampf zu ziehen.", "de").map((q) => q[2])).toEqual(["Der Parteitag"]);
  });

  it("an expectation is no speech act: erwarten reports nothing", () => {
    expect(quotes("Es wird erwartet, dass der Komet im November zu sehen ist.", "de")).toEqual([]);
    expect(quotes("Die Firma erwartet, dass der Umsatz im Herbst steigt.", "de")).toEqual([]);
    // Closing the sentence after what it reports and its comma, its subject after it, it credits the forecast.
    expect(quotes("Die Zentralbank dürfte im Dezember die Zinsen senken, erwarten Analysten.", "de")).toEqual([
      ["indirect", "Die Zentralbank dürfte im Dezember die Zinsen senken", "Analysten", "vague", "erwarten"],
    ]);
  });

  it("a decision still open reports nothing; one taken reports its clause", () => {
    expect(quotes("Der Richter entscheidet, ob der Mann in Haft bleibt.", "de")).toEqual([]);
    expect(quotes("Das Gericht hat entschieden, dass die Anlagen vom Netz müssen.", "de")).toEqual([
      ["indirect", "dass die Anlagen vom Netz müssen", "Das Gericht", "institution", "hat entschieden"],
    ]);
  });

  it("a quoted predicative before a verb-final naming cue is no speaker; the subject of the cue's clause is", () => {
    expect(quotes("Der Streit ist brisant, weil die Regierung das Land im Mai als „junges Vorbild“ bezeichnet hat.", "de")).toEqual([
      ["direct", "„junges Vorbild“", "die Regierung", "institution", "bezeichnet hat"],
    ]);
    // After a relative pronoun, the antecedent.
    const [quote] = quotes("Die Hacker hinterließen eine Botschaft, welche die Techniker als „einen Haufen Kinder“ bezeichnete.", "de");
    expect(quote?.[2]).toContain("Botschaft");
    expect(quote?.[4]).toBe("bezeichnete");
  });

  it("an unquoted predicative after a noun or an auxiliary is no speaker either; a comparison is", () => {
    // After a preposition and its relative pronoun, the pronoun opening the clause speaks.
    const [relative] = quotes("Zuletzt hatten ihre Reden Widerspruch ausgelöst, in denen sie den Staat als Feind bezeichnet.", "de");
    expect(relative?.[0]).toBe("reported");
    expect(relative?.[2]).toBe("sie");
    // An agentless passive: the phrase opening the clause, not the one after "als".
    const [passive] = quotes("Nach ersten Erkenntnissen wird als Ursache ein defektes Kabel vermutet.", "de");
    expect(passive?.[2]).toBe("ersten Erkenntnissen");
    // With no source, what the middle field names was said, or said of: no speaker, no statement.
    expect(quotes("Bislang werden 325 km/h als Höchstgeschwindigkeit angegeben.", "de")).toEqual([]);
    expect(quotes("Dem Mitbegründer der Partei werden Kriegsverbrechen vorgeworfen.", "de")).toEqual([]);
    expect(quotes("In Italien waren Entschädigungen während der Besatzung gefordert worden.", "de")).toEqual([]);
    // "anders als" compares: its subject speaks.
    const [compared] = quotes("Der Zug sei, anders als die Bahn behauptet, pünktlich gewesen.", "de");
    expect(compared?.[2]).toBe("die Bahn");
  });

  it("the phrase after a preposition closing the cue is its matter; the subject before the verb speaks", () => {
    const [single] = quotes("Weber sprach von einer „Gefahr für Leib und Leben“.", "de");
    expect(single?.[2]).toBe("Weber");
    const [adverb] = quotes("Die Opposition macht die Regierung verantwortlich, die Agentur dagegen spricht von einem Attentäter, der sich gesprengt habe.", "de");
    expect(adverb?.[2]).toBe("die Agentur");
    // The subject after the verb ends before the "von" of its matter.
    expect(quotes("Am Abend sprach der Minister von einem großen Erfolg.", "de")[0]?.[2]).toBe("der Minister");
    expect(quotes("Am Abend sprach Angela Weber von der Möglichkeit einer großen Koalition.", "de")[0]?.[2]).toBe("Angela Weber");
  });

  it("a fronted \"von\" object: the speech act's subject follows the verb and speaks the quotation in it", () => {
    const q = quotes("Der Stadtrat stimmte dem Plan zu. Von einem „schweren Fehler für die ganze Region“ sprach dagegen die Bürgermeisterin Anna Kessler.", "de");
    expect(q.filter((x) => x[0] === "direct").map((x) => [x[2], x[4]])).toEqual([["die Bürgermeisterin Anna Kessler", "sprach"]]);
    // A "von" attribute inside the subject is no fronted object: "sprach" there says nothing.
    expect(quotes("Der Brief von einem Anwalt der Reederei sprach eine klare Sprache.", "de").map((x) => x[4])).not.toContain("sprach");
  });

  it("a party's own turn between the subject and its verb leaves the subject the speaker", () => {
    const [turn] = quotes("Die Stadt übergab die Akten und das Amt seinerseits versprach, sich zu kümmern.", "de");
    expect(turn?.[2]).toBe("das Amt");
    expect(turn?.[4]).toBe("versprach");
  });

  it("a naming cue's quoted predicate in the passive is no speaker; the agent is, as the one of a quoted name", () => {
    const [named] = quotes("Seine Bilder werden von Kritikern als „Wunder in der Geschichte“ bezeichnet.", "de");
    expect(named?.[1]).toBe("„Wunder in der Geschichte“");
    expect(named?.[2]).toBe("Kritikern");
    expect(named?.[4]).toBe("bezeichnet");
  });

  it("the subject of a verb-final passive was said or said of; an agent after 'von' inside the phrase before it spoke", () => {
    expect(quotes("Der Fahrer muss die Strafe antreten, da sie bestätigt wurde.", "de")).toEqual([]);
    expect(quotes("Der Plan, der seit Jahren angekündigt wird, scheiterte am Geld.", "de")).toEqual([]);
    const [demanded] = quotes("Der Minister, dessen Rücktritt von den Demonstranten gefordert wird, blieb im Amt.", "de");
    expect(demanded?.[2]).toBe("den Demonstranten");
    // "von" linking a noun's origin names no agent where it names no people.
    expect(quotes("Die Soldaten kamen, weil der Bruch von Deichen befürchtet wurde.", "de")).toEqual([]);
  });

  it("a speech act reporting a mostly quoted phrase is a statement beside the quote", () => {
    expect(quotes("Der Vorstand sprach von einer „völlig unannehmbaren Zumutung für alle Beschäftigten“.", "de")).toEqual([
      ["reported", "Der Vorstand sprach von einer „völlig unannehmbaren Zumutung für alle Beschäftigten“", "Der Vorstand", "person", "sprach von"],
      ["direct", "„völlig unannehmbaren Zumutung für alle Beschäftigten“", "Der Vorstand", "person", "sprach von"],
    ]);
    // A sentence that is all quotation is the quote alone.
    expect(quotes("„Wir werden die Brücke im Sommer eröffnen“, sagte die Bürgermeisterin.", "de").map((q) => q[0])).toEqual(["direct"]);
  });
});

describe("German cross-references", () => {
  it("a speech act in brackets refers to an earlier report and is no statement of its sentence", () => {
    expect(quotes("Der Stürmer hatte sich im Mai am Knie verletzt (die Lokalzeitung berichtete) und fällt nun bis zum Winter aus.", "de")).toEqual([]);
    expect(quotes("Die Lokalzeitung berichtete über den verletzten Stürmer.", "de")).toEqual([
      ["reported", "Die Lokalzeitung berichtete über den verletzten Stürmer", "Die Lokalzeitung", "media", null],
    ]);
  });
});

describe("German Konjunktiv forms beside ich", () => {
  it("are the indicative and report nothing; with another subject they report", () => {
    expect(quotes("Der Sänger spielte am Abend in Köln. Ich habe das Konzert sehr genossen und komme gerne wieder.", "de")).toEqual([]);
    expect(quotes("Der Sänger spielte am Abend in Köln. Er habe das Konzert sehr genossen und komme gerne wieder.", "de")).toEqual([
      ["indirect", "Er habe das Konzert sehr genossen und komme gerne wieder", "Der Sänger", "person", null],
    ]);
  });
});

describe("German clauses of reason, time or condition before a cue", () => {
  it("say why or when, not what was said, unless the Konjunktiv marks them as reported", () => {
    expect(quotes("Da sie aber noch nie in ihrem Leben ein Zelt aufgebaut hatte, bat sie die Nachbarn um Hilfe.", "de")).toEqual([]);
    expect(quotes("Während die Preise im unteren Segment stabil bleiben sollen, befürchtet die Vorsitzende für teure Schuhe eine Preissteigerung.", "de")).toEqual([
      ["indirect", "Während die Preise im unteren Segment stabil bleiben sollen", "die Vorsitzende", "person", "befürchtet"],
    ]);
  });

  it("say why or when after a focus particle too", () => {
    expect(quotes("Selbst wenn das Gericht den Mann als Jugendlichen ansieht, droht ihm eine lange Haftstrafe.", "de")).toEqual([]);
    expect(quotes("Auch wenn die Zahlen noch vorläufig seien, bestätigte der Minister den Trend.", "de").map((q) => q[1])).toEqual([
      "Auch wenn die Zahlen noch vorläufig seien",
    ]);
  });
});

describe("German clauses of reason, time or condition after a cue", () => {
  it("say why or when the act took place, unless the Konjunktiv marks them as reported", () => {
    expect(quotes("Der Vorstand hatte seinen Rücktritt bekannt gegeben, nachdem die Wahl zu einem Patt geführt hatte.", "de")).toEqual([]);
    expect(quotes("Die Verbände bezweifeln eine Entscheidung, weil die Abgeordneten keinen Antrag gestellt hätten.", "de")).toEqual([
      ["indirect", "weil die Abgeordneten keinen Antrag gestellt hätten", "Die Verbände", "institution", "bezweifeln"],
    ]);
    expect(quotes("Der Minister sagte, wenn die Wahl vorbei ist, werde er zurücktreten.", "de")[0]?.[1]).toBe("wenn die Wahl vorbei ist, werde er zurücktreten");
  });
});

describe("German infinitive clauses opening with an article", () => {
  it("are what was said, where a relative clause after the cue says who someone is", () => {
    expect(quotes("Der Gutachter empfahl dem Gericht, der Klage der Kommission stattzugeben.", "de")).toEqual([
      ["indirect", "der Klage der Kommission stattzugeben", "Der Gutachter", "person", "empfahl"],
    ]);
    expect(quotes("Das Urteil lobte der Anwalt, der den Kläger seit Jahren vertritt.", "de").map((q) => q[1])).not.toContain("der den Kläger seit Jahren vertritt");
  });

  it("are not a relative clause with an article and its noun after zu", () => {
    expect(quotes("Der Bericht bestritt die Fehlerkette, die zu dem Unfall führte.", "de")).toEqual([]);
    expect(quotes("Der Fahrer bestritt, an dem Unfall beteiligt gewesen zu sein.", "de")).toEqual([
      ["indirect", "an dem Unfall beteiligt gewesen zu sein", "Der Fahrer", "person", "bestritt"],
    ]);
  });
});

describe("German relative possessives", () => {
  it("open a source phrase after nach like any article", () => {
    const [quote] = quotes("Die Forscher legten am Montag ihre Studie vor. Nach deren Angaben steigt der Meeresspiegel schneller als erwartet.", "de");
    expect([quote?.[0], quote?.[1], quote?.[2], quote?.[4]]).toEqual(["reported", "steigt der Meeresspiegel schneller als erwartet", "deren Angaben", "Nach"]);
  });
});

describe("German nach before a statement noun", () => {
  it("is a cue after articles, adjectives or a genitive name, a time after a noun", () => {
    const cue = (text: string) => quotes(text, "de").map((q) => q[4]);
    expect(cue("Nach ersten offiziellen Angaben wurden drei Menschen verletzt.")).toEqual(["Nach"]);
    expect(cue("Nach Müllers Angaben wurde die Brücke gesperrt.")).toEqual(["Nach"]);
    expect(cue("Nach jetzigem Ermittlungsstand brach das Feuer im Keller aus.")).toEqual(["Nach"]);
    expect(cue("Die Firma hat am Freitag nach Börsenschluss die Zahlen für das erste Quartal vorgelegt.")).toEqual([]);
    expect(cue("Das Gericht eröffnete nach Abschluss der Ermittlungen das Verfahren gegen den Fahrer.")).toEqual([]);
    expect(cue("Die Regierung lehnte die Forderung nach einem Waffenstillstand bisher ab.")).toEqual([]);
    expect(cue("Erst nach langen Ermittlungen kam die Wahrheit ans Licht.")).toEqual([]);
    expect(cue("Kurz nach der Ankündigung stiegen die Kurse.")).toEqual([]);
  });
});

describe("German speech acts naming their matter", () => {
  it("\"sprach von\" with the article joined to the preposition is a cue too", () => {
    expect(quotes("Der Minister sprach beim Parteitag vom Ende einer Ära.", "de").map((q) => [q[0], q[2]])).toEqual([["reported", "Der Minister"]]);
  });
});

describe("German findings", () => {
  it("a court's finding before the comma of what it found is its statement; a verdict or a place is none", () => {
    expect(quotes("Die Richter befanden, die Klausel verstoße gegen das Grundgesetz.", "de")).toEqual([
      ["indirect", "die Klausel verstoße gegen das Grundgesetz", "Die Richter", "person", "befanden"],
    ]);
    expect(quotes("Damit befand das Gericht, dass der Gesetzgeber zu weit gegangen sei.", "de").map((q) => [q[1], q[2]])).toEqual([
      ["dass der Gesetzgeber zu weit gegangen sei", "das Gericht"],
    ]);
    expect(quotes("Die Jury befand den Angeklagten nach drei Tagen für schuldig.", "de")).toEqual([]);
    expect(quotes("Die Maschine befand sich auf dem Weg nach Hamburg.", "de")).toEqual([]);
  });
});

describe("German estimates", () => {
  it("report the figure estimated, with its object before or after the verb", () => {
    expect(quotes("Das Hilfswerk schätzt die Zahl der Obdachlosen auf 2.000.", "de")).toEqual([
      ["reported", "Das Hilfswerk schätzt die Zahl der Obdachlosen auf 2.000", "Das Hilfswerk", "institution", null],
    ]);
    expect(quotes("Die Polizei bezifferte den Schaden am Montag auf 5.000 Euro.", "de")).toEqual([
      ["reported", "Die Polizei bezifferte den Schaden am Montag auf 5.000 Euro", "Die Polizei", "institution", null],
    ]);
    const [kind, , speaker, , cue] = quotes("In zehn Jahren, so schätzen die Forscher, wird das Eis verschwunden sein.", "de")[0] ?? [];
    expect([kind, speaker, cue]).toEqual(["indirect", "die Forscher", "so schätzen"]);
  });
});

describe("German apposition before a colon", () => {
  it("announces a direct quote; the first person inside it marks no indirect speech", () => {
    expect(quotes("In einem Interview sagte Jon Miller, Gründer der Band: „Ich nehme meine Gitarre nicht für Geld in die Hand.“", "de")).toEqual([
      ["direct", "„Ich nehme meine Gitarre nicht für Geld in die Hand.“", "Jon Miller", "person", "sagte"],
    ]);
    expect(quotes("Der Sprecher sagte, die Firma habe gezahlt: „Wir haben alles beglichen.“", "de").map((q) => q[0])).toEqual(["indirect", "direct"]);
  });
});

describe("German naming with als", () => {
  it("reports a reason or an example named, not a comparison", () => {
    expect(quotes("Als Grund für die Absage nannte die Behörde die Sicherheit der Maschinen.", "de")).toEqual([
      ["reported", "Als Grund für die Absage nannte die Behörde die Sicherheit der Maschinen", "die Behörde", "institution", null],
    ]);
    expect(quotes("Der Flughafen nennt als Hauptursache den Boom der Billigflieger.", "de").map((q) => q[2])).toEqual(["Der Flughafen"]);
    expect(quotes("Die Stadt ist größer als Bremen und nannte sich früher anders.", "de")).toEqual([]);
  });
});

describe("German assumptions", () => {
  it("report with their object between the verb and its particle", () => {
    expect(quotes("Die Polizei geht bei dem Brand von Brandstiftung aus.", "de")).toEqual([
      ["reported", "Die Polizei geht bei dem Brand von Brandstiftung aus", "Die Polizei", "institution", null],
    ]);
    expect(quotes("Die Polizei ging am Abend von der Wache aus zu Fuß zum Tatort.", "de")).toEqual([]);
  });
});

describe("German fordern", () => {
  it("is a demand, not the victims a disaster claims", () => {
    expect(quotes("Die Gewerkschaft forderte am Montag höhere Löhne.", "de").map((q) => q[2])).toEqual(["Die Gewerkschaft"]);
    expect(quotes("In Vietnam forderte der Sturm 92 Menschenleben.", "de")).toEqual([]);
    expect(quotes("Zwölf Todesopfer forderte ein Taifun im Norden des Landes.", "de")).toEqual([]);
    expect(quotes("Das Hochwasser hat mehr als 100 Todesopfer gefordert.", "de")).toEqual([]);
  });
});

describe("German seitens", () => {
  it("names an agent, not a source", () => {
    expect(quotes("Der Schiedsrichter wurde seitens des Verbands heftig angegriffen.", "de")).toEqual([]);
    expect(quotes("Gemäß einem Sprecher des Unternehmens ruht die Baustelle bis Montag.", "de").map((q) => q[4])).toEqual(["Gemäß"]);
  });
});

describe("German reflexive or negated bestätigen", () => {
  it("says something came true or confirms nothing; nobody speaks", () => {
    expect(quotes("Damit bestätigt sich die Sorge, dass sich der Käfer weiter ausbreitet.", "de")).toEqual([]);
    expect(quotes("Sollte sich dieses bestätigen, wäre es der erste Fall im Land.", "de")).toEqual([]);
    expect(quotes("Der Sprecher bestätigte, dass sich der Käfer weiter ausbreite.", "de").map((q) => q[4])).toEqual(["bestätigte"]);
    expect(quotes("Ein Sprecher wollte nicht bestätigen, dass alle Insassen Soldaten waren.", "de")).toEqual([]);
  });
});

describe("German separable cues with the particle far from the verb", () => {
  it("the particle right before the comma that opens the statement completes the cue", () => {
    expect(quotes("Die Behörde weist in ihrer neuen Empfehlung jedoch ausdrücklich darauf hin, dass die Impfung nicht schützt.", "de")).toEqual([
      ["indirect", "dass die Impfung nicht schützt", "Die Behörde", "institution", "weist"],
    ]);
    expect(quotes("Der Verband gab am Montag nach einer langen Sitzung mit allen Mitgliedern bekannt, dass der Beitrag steigt.", "de")[0]?.[4]).toBe("gab");
    expect(quotes("Der Verband gab nach einer langen Sitzung mit allen Mitgliedern des alten Vorstands bekannt, dass der Beitrag steigt.", "de")).toEqual([
      ["indirect", "dass der Beitrag steigt", "Der Verband", "institution", "gab"],
    ]);
  });

  it("before a full stop the clause has a bare object and reports nothing", () => {
    expect(quotes("Der Verband gab am Montag nach einer langen Sitzung mit allen Mitgliedern die neuen Beiträge bekannt.", "de")).toEqual([]);
  });
});

describe("German comment clauses", () => {
  it("a comment clause closed by its own cue is nothing the main clause's cue reports", () => {
    expect(quotes("Die Börse schloss. Wie aus Unternehmenskreisen verlautete, erwägt Siemens den Verkauf.", "de")).toEqual([
      ["indirect", "erwägt Siemens den Verkauf", "Unternehmenskreisen", "anonymous", "verlautete"],
    ]);
  });

  it("a focus particle may stand before the speaker of \"Wie … sagte\"", () => {
    expect(quotes("Wie auch die Polizei mitteilte, wurden zwei Menschen verletzt.", "de")).toEqual([
      ["indirect", "wurden zwei Menschen verletzt", "die Polizei", "institution", "mitteilte"],
    ]);
  });

  it("a clause of wie after so and an adjective compares and reports nothing", () => {
    expect(quotes("Es folgte ein Grußwort, das so bewegend klang, wie man es nicht erwartet hatte.", "de")).toEqual([]);
    expect(quotes("Die Schäden an der Brücke sind so groß, wie die Gutachter befürchtet hatten.", "de")).toEqual([]);
    expect(quotes("Die Anlage sei sicher, wie die Firma mitgeteilt hatte.", "de").map((q) => q[4])).toEqual(["mitgeteilt hatte"]);
  });
});

describe("German naming with a quotation", () => {
  it("naming a thing reports a judgement, being named reports nothing", () => {
    expect(quotes("Die Ministerin nannte den Plan „völlig unverantwortlich“.", "de").map((q) => q[4])).toContain("nannte");
    expect(quotes("Im Jahr 2007 nennt sie sich „Festival 12“ und findet im Juni statt.", "de")).toEqual([]);
  });

  it("so does naming with two objects, the second indefinite; naming one thing reports nothing", () => {
    expect(quotes("Der Minister nannte den Beschluss einen fairen Kompromiss.", "de")).toEqual([
      ["reported", "Der Minister nannte den Beschluss einen fairen Kompromiss", "Der Minister", "person", null],
    ]);
    expect(quotes("Die Polizei nannte den Namen eines Verdächtigen.", "de")).toEqual([]);
    expect(quotes("Das nennt man einen Kompromiss.", "de")).toEqual([]);
  });

  it("bezeichnen names without a speaker after man or sich, and in a relative clause in the passive", () => {
    expect(quotes("Als Halbwertszeit bezeichnet man die Zeit, in der die Hälfte der Kerne zerfällt.", "de")).toEqual([]);
    expect(quotes("Der Verein bezeichnet sich selbst als Netzwerk für saubere Flüsse.", "de")).toEqual([]);
    expect(quotes("Forscher maßen den Gasstrom, der von dem Stern ausgeht und als Sternwind bezeichnet wird.", "de")).toEqual([]);
    // A speaker naming something so still speaks.
    expect(quotes("Der Minister bezeichnete den Plan als Fehler.", "de")).toEqual([
      ["reported", "Der Minister bezeichnete den Plan als Fehler", "Der Minister", "person", null],
    ]);
  });
});

describe("German texts that say something", () => {
  it("besagen reports the clause it introduces", () => {
    expect(quotes("Diese Klausel besagt, dass der Vertrag jährlich verlängert wird.", "de")).toEqual([
      ["indirect", "dass der Vertrag jährlich verlängert wird", "Diese Klausel", "person", "besagt"],
    ]);
    expect(quotes("Das besagt wenig über die Qualität.", "de")).toEqual([]);
  });
});

describe("German declarations with erklären", () => {
  it("declaring something so with für or zum is no statement", () => {
    expect(quotes("Der Schiedsrichter erklärte den Treffer trotz der Proteste für gültig.", "de")).toEqual([]);
    expect(quotes("Das Landgericht hat den Vertrag im März für nichtig erklärt.", "de")).toEqual([]);
    expect(quotes("Die Wahlkommission hatte den Amtsinhaber am Sonntag zum Sieger der Wahl erklärt.", "de")).toEqual([]);
  });

  it("a speaker named with für still speaks, and so do the reasons given for a declaration", () => {
    expect(quotes("Ein Sprecher des Amtes für Umwelt erklärte, das Wasser sei sauber.", "de")).toEqual([
      ["indirect", "das Wasser sei sauber", "Ein Sprecher des Amtes für Umwelt", "anonymous", "erklärte"],
    ]);
    expect(quotes("Das Sozialgericht hat den Beitrag für nichtig erklärt, weil die Kasse die Versicherten nicht informiert habe.", "de")[0]?.[4]).toBe("erklärt");
  });
});

describe("German calls with aufrufen", () => {
  it("the participle reports the clause a call asks for, not an event called to", () => {
    expect(quotes("Die Bürgermeisterin hat die Anwohner aufgerufen, die Fenster geschlossen zu halten.", "de")).toEqual([
      ["indirect", "die Fenster geschlossen zu halten", "Die Bürgermeisterin", "person", "aufgerufen"],
    ]);
    expect(quotes("Mehrere Verbände hatten zu einer Kundgebung vor dem Rathaus aufgerufen.", "de")).toEqual([]);
    expect(quotes("Die Kunden haben die neue Seite am Montag tausendfach aufgerufen.", "de")).toEqual([]);
  });
});

describe("German participles as sentence adverbs", () => {
  it("gesagt after an adverb of manner reports nothing; after an auxiliary it does", () => {
    expect(quotes("Jetzt prüft die Polizei eine Spur des Fahrers, genauer gesagt seines Telefons.", "de")).toEqual([]);
    expect(quotes("So lässt sich kurz gesagt die Lage im Hafen beschreiben.", "de")).toEqual([]);
    expect(quotes("Der Bürgermeister hat gesagt, die Brücke bleibe gesperrt.", "de").map((q) => q[4])).toEqual(["hat gesagt"]);
  });
});

describe("German so-cues with an appositive", () => {
  it("an appositive closing the sentence describes the speaker; a clause after the speaker's comma goes on with the statement", () => {
    expect(quotes("„Die Brücke bleibt bis zum Sommer gesperrt“, so Karin Lenz, Leiterin des Bauamts.", "de")).toEqual([
      ["direct", "„Die Brücke bleibt bis zum Sommer gesperrt“", "Karin Lenz", "person", "so"],
    ]);
    expect(quotes("Die Brücke bleibe gesperrt, so Karin Lenz, die Leiterin des Bauamts.", "de").map((q) => q[1])).toEqual(["Die Brücke bleibe gesperrt"]);
    expect(quotes("Die Brücke, so Karin Lenz, bleibe bis zum Sommer gesperrt.", "de").map((q) => q[1])).toEqual(["Die Brücke, so Karin Lenz, bleibe bis zum Sommer gesperrt"]);
  });
});

describe("German indicative statements closed by their attribution", () => {
  it("an apposition after the speaker still closes the sentence with the attribution", () => {
    expect(quotes("Der Plan ist gut, sagte Jan Berg, der Sprecher der Firma.", "de")).toEqual([["indirect", "Der Plan ist gut", "Jan Berg", "person", "sagte"]]);
    expect(quotes("Der Hafen wird erweitert, erklärte Ina Roth von der Universität Kiel, Norddeutschland.", "de").map((q) => q[1])).toEqual(["Der Hafen wird erweitert"]);
  });

  it("an infinitive clause of purpose before the cue is no statement", () => {
    expect(quotes("Um die Lage einschätzen zu können, zitiert die Zeitung einen Fachmann, der lange im Amt war.", "de").map((q) => q[0])).not.toContain("indirect");
  });
});

describe("German cues in the Konjunktiv I", () => {
  it("report a report before a comma", () => {
    const found = quotes("Der Anwalt erklärte, sein Mandant sei unschuldig. Der Fahrer behaupte, der Mann sei ihm mit einer Pistole entgegengekommen.", "de");
    expect(found).toContainEqual(["indirect", "der Mann sei ihm mit einer Pistole entgegengekommen", "Der Fahrer", "person", "behaupte"]);
  });

  it("stay silent as a first person inside a quotation", () => {
    const found = quotes("„Ich sage, was ich denke“, erklärte der Trainer.", "de");
    expect(found.map((q) => q[4])).toEqual(["erklärte"]);
  });
});

describe("German comment clauses with an apposition before the cue", () => {
  it("report the clause before wie; a comment clause closed by its own comma stays in the statement", () => {
    expect(quotes("Die Chemikalie stand unter Druck, wie Jan Berg, Chef der Firma, mitteilte.", "de")).toEqual([
      ["indirect", "Die Chemikalie stand unter Druck", "Jan Berg, Chef der Firma", "person", "mitteilte"],
    ]);
    expect(quotes("Das Werk schließt, wie geplant, teilte die Firma mit.", "de").map((q) => q[1])).toEqual(["Das Werk schließt, wie geplant"]);
  });
});

describe("German darlegen", () => {
  it("is a cue in a comment clause and with its particle apart", () => {
    expect(quotes("Wie der Minister darlegte, handelte es sich um einen Koffer.", "de")).toEqual([
      ["indirect", "handelte es sich um einen Koffer", "der Minister", "person", "darlegte"],
    ]);
    expect(quotes("Die Ministerin legte im Ausschuss dar, dass der Plan zu teuer sei.", "de")[0]?.slice(1, 3)).toEqual(["dass der Plan zu teuer sei", "Die Ministerin"]);
  });
});

describe("German rejections with a quoted judgement", () => {
  it("name the quotation, the verb its cue; a bare rejection reports nothing", () => {
    expect(quotes("Die Ministerin wies den Vorwurf am Montag als „Unverschämtheit“ zurück.", "de")).toEqual([
      ["direct", "„Unverschämtheit“", "Die Ministerin", "person", "wies"],
    ]);
    expect(quotes("Die Ministerin wies den Vorwurf am Montag zurück.", "de")).toEqual([]);
  });
  it("a cue of several words holds its subject right after the finite verb where nothing before it speaks", () => {
    expect(quotes("Nach der Sitzung war sich die Staatsanwaltschaft sicher, dass die Spuren reichen.", "de")).toEqual([
      ["indirect", "dass die Spuren reichen", "die Staatsanwaltschaft", "institution", "war sich die Staatsanwaltschaft sicher"],
    ]);
    expect(quotes("Dagegen kommt eine Studie des Amtes zu dem Ergebnis, dass die Spuren reichen.", "de")[0]?.[2]).toBe("eine Studie des Amtes");
    expect(quotes("Nun wird die Entscheidung damit begründet, dass die Spuren reichen.", "de")[0]?.[2] ?? null).not.toBe("die Entscheidung");
  });
});

describe("German schreiben in the present plural", () => {
  it("is a cue inverted after what was said; the noun Schreiben is none", () => {
    expect(quotes("Die Ursachen seien noch nicht vollständig geklärt, schreiben die Autoren der Studie.", "de")).toEqual([
      ["indirect", "Die Ursachen seien noch nicht vollständig geklärt", "die Autoren der Studie", "person", "schreiben"],
    ]);
    expect(quotes("In einem Schreiben an das Amt heißt es: „Wir warten seit Monaten.“", "de")[0]?.[2]).toBe("einem Schreiben an das Amt");
  });

  it("is a cue after its subject inside the sentence, not opening it nor after an object", () => {
    expect(quotes("Die Forscher schreiben, die Werte seien gestiegen.", "de")).toEqual([["indirect", "die Werte seien gestiegen", "Die Forscher", "person", "schreiben"]]);
    expect(quotes("Schreiben an das Amt blieben monatelang liegen.", "de")).toEqual([]);
    expect(quotes("Der Autor will im Sommer ein neues Buch schreiben.", "de")).toEqual([]);
  });
});

describe("German replies and prepositions opening what was said", () => {
  it("hielt dagegen is a cue; ohne and um before a noun open indirect speech, before an infinitive with zu a purpose", () => {
    expect(quotes("Die Abgeordnete Anna Roth hielt dagegen, ohne Investitionen verliere das Land den Anschluss.", "de")).toEqual([
      ["indirect", "ohne Investitionen verliere das Land den Anschluss", "Die Abgeordnete Anna Roth", "person", "hielt dagegen"],
    ]);
    expect(quotes("Der Sprecher sagte, um 10 Uhr beginne die Sitzung.", "de")[0]?.[1]).toBe("um 10 Uhr beginne die Sitzung");
    expect(quotes("Die Stadt forderte einen Korridor, um Hilfe zu leisten.", "de")[0]?.[0]).toBe("reported");
  });
});

describe("German court copy", () => {
  it("having it declared is a cue, not a reflexive; the indictment is a document", () => {
    expect(quotes("Der Minister ließ über einen Sprecher mitteilen, er sei unschuldig.", "de")).toEqual([
      ["indirect", "er sei unschuldig", "Der Minister", "person", "ließ"],
    ]);
    expect(quotes("Anders ließen sich die vielen Fehler nicht erklären.", "de").map((q) => q[4])).not.toContain("ließen");
    expect(quotes("Laut Anklage soll er die Frau verletzt haben.", "de")[0]?.slice(2, 4)).toEqual(["Anklage", "institution"]);
    // The lawyer the words went through passed them on; "über" after "sagte" names the matter.
    const chains = (text: string) => read(text, "de").attributions.map((a) => a.chain);
    expect(chains("Der Minister ließ über seinen Anwalt mitteilen, er sei unschuldig.")).toEqual([["Minister", "Anwalt"]]);
    expect(chains("Der Trainer sagte über den Kapitän, er sei der Beste.")).toEqual([["Trainer"]]);
  });

  it("having oneself quoted is a cue, its reflexive part of it, the Swiss spelling too", () => {
    expect(quotes("Es sei unverantwortlich, bei der Bildung zu sparen, liess sich Co-Präsidentin Mattea Meyer zitieren.", "de")).toEqual([
      ["indirect", "Es sei unverantwortlich, bei der Bildung zu sparen", "Co-Präsidentin Mattea Meyer", "person", "liess sich"],
    ]);
    expect(quotes("Die Lage sei ernst, ließ sich der Minister zitieren.", "de").map((q) => q[2])).toEqual(["der Minister"]);
  });
});

describe("German groups named by whom they gather around", () => {
  it("an inverted group goes on with its leader, as it does before the verb", () => {
    expect(quotes("Die Zahl der Insekten sei gesunken, berichten Forscher um Jan Weber.", "de")).toEqual([
      ["indirect", "Die Zahl der Insekten sei gesunken", "Forscher um Jan Weber", "person", "berichten"],
    ]);
    expect(quotes("Forscher um Jan Weber berichten, die Zahl der Insekten sei gesunken.", "de")[0]?.[2]).toBe("Forscher um Jan Weber");
    // A time after the inverted subject is no leader.
    expect(quotes("Der Plan sei gut, sagte der Minister um 10 Uhr.", "de")[0]?.[2]).toBe("der Minister");
  });
});

describe("German comment clauses with the document between es and the verb", () => {
  it("report the main clause, the document speaking", () => {
    expect(quotes("Wie es in einer Mitteilung der Polizei hieß, war der Mann betrunken.", "de")).toEqual([
      ["indirect", "war der Mann betrunken", "einer Mitteilung der Polizei", "institution", "hieß"],
    ]);
    expect(quotes("Wie es hieß, war der Mann betrunken.", "de")[0]?.[2]).toBeNull();
  });

  it("report the main clause, the circles or body the words came from speaking, a time between or not", () => {
    expect(quotes("Wie es aus Unternehmenskreisen hieß, soll ein Investor aus China Interesse zeigen.", "de")).toEqual([
      ["indirect", "soll ein Investor aus China Interesse zeigen", "Unternehmenskreisen", "anonymous", "hieß"],
    ]);
    expect(quotes("Wie es am Montag aus dem Ministerium hieß, sei der Plan gescheitert.", "de")[0]?.slice(2)).toEqual(["dem Ministerium", "institution", "hieß"]);
    expect(quotes("Wie es am Abend in einer Mitteilung der Polizei hieß, sei niemand verletzt worden.", "de")[0]?.[2]).toBe("einer Mitteilung der Polizei");
  });
});

describe("German Berichten zufolge", () => {
  it("is the noun of the source, no verb: one report and the minister's statement, no third without a speaker", () => {
    expect(quotes("Berichten zufolge sagte der Minister am Montag, er sei müde.", "de").map((q) => [q[0], q[2], q[4]])).toEqual([
      ["reported", "Berichten", "zufolge"],
      ["indirect", "der Minister", "sagte"],
    ]);
  });
});

describe("German judgements with als and a quotation", () => {
  it("name the quotation as what was said, the verb its cue, and report no sentence beside it", () => {
    expect(quotes("Die Gewerkschaft begrüßte den Schritt als „längst überfällig“.", "de")).toEqual([
      ["direct", "„längst überfällig“", "Die Gewerkschaft", "institution", "begrüßte"],
    ]);
    expect(quotes("Der Minister lobte die Einigung als „großen Erfolg für alle“.", "de")).toEqual([
      ["direct", "„großen Erfolg für alle“", "Der Minister", "person", "lobte"],
    ]);
    expect(quotes("Die Partei feierte das Ergebnis als „historischen Sieg“.", "de")).toEqual([
      ["direct", "„historischen Sieg“", "Die Partei", "institution", "feierte"],
    ]);
    // Without a judgement the welcome names only its matter.
    expect(quotes("Die Gewerkschaft begrüßte den Schritt.", "de")).toEqual([]);
  });
});
