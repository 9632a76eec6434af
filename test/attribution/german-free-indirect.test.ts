import { describe, expect, it } from "vitest";
import { quotes } from "./helpers.js";

describe("German free indirect speech in Konjunktiv forms no vocabulary lists", () => {
  it("a verb of the Konjunktiv I's shape second in the sentence goes on reporting the speaker before", () => {
    expect(quotes("Die Ärztekammer äußerte sich kritisch über die Reform. Das neue Verfahren funktioniere so nicht.", "de")).toEqual([
      ["reported", "Die Ärztekammer äußerte sich kritisch über die Reform", "Die Ärztekammer", "institution", null],
      ["indirect", "Das neue Verfahren funktioniere so nicht", "Die Ärztekammer", "institution", null],
    ]);
    // The sentence naming only the matter criticised reports nothing; it gives the passage its speaker.
    expect(quotes("Die Gewerkschaft kritisierte den Plan scharf. Der Streik dauere bis Montag an.", "de")).toEqual([
      ["indirect", "Der Streik dauere bis Montag an", "Die Gewerkschaft", "institution", null],
    ]);
    // A prepositional attribute belongs to the opening phrase; the verb after it is second.
    expect(quotes("Der Arzt sagte, die Lage sei ernst. Der Zugang über die Seite funktioniere weiterhin.", "de")[1]).toEqual([
      "indirect",
      "Der Zugang über die Seite funktioniere weiterhin",
      "Der Arzt",
      "person",
      null,
    ]);
    // So does a possessive's genitive ("seiner Tat"), as an article's does.
    expect(quotes("Der Angeklagte sagte, er sei unschuldig. Die Folgen seiner Tat trage er.", "de")[1]).toEqual(["indirect", "Die Folgen seiner Tat trage er", "Der Angeklagte", "person", null]);
    expect(quotes("Die Ministerin sagte, sie sei zufrieden. Den Erfolg ihres Hauses verdanke sie den Beamten.", "de")[1]?.[1]).toBe("Den Erfolg ihres Hauses verdanke sie den Beamten");
  });

  it("a focus particle opens the phrase before the verb", () => {
    expect(quotes("Der Minister sagte, die Lage sei ernst. Auch die Industrie leide unter der schwachen Nachfrage.", "de")[1]).toEqual([
      "indirect",
      "Auch die Industrie leide unter der schwachen Nachfrage",
      "Der Minister",
      "person",
      null,
    ]);
    // Before a verb it is an adverb of its own, and the verb after it is second: a preterite reports nothing.
    expect(quotes("Der Minister sagte, die Lage sei ernst. Ebenfalls waren britische Hilfsgüter betroffen.", "de")).toHaveLength(1);
  });

  it("a preposition opens the phrase before the verb, after a quotation too", () => {
    expect(quotes("Ein Sprecher sagte: „Wir sind zuversichtlich.“ Zur Panik bestehe keine Veranlassung.", "de")[1]).toEqual([
      "indirect",
      "Zur Panik bestehe keine Veranlassung",
      "Ein Sprecher",
      "anonymous",
      null,
    ]);
    // The indicative after it reports nothing.
    expect(quotes("Ein Sprecher sagte: „Wir sind zuversichtlich.“ Nach dem Unfall blieb die Strecke gesperrt.", "de")).toHaveLength(1);
  });

  it("a verb of four letters has the shape too", () => {
    expect(quotes("Die Ärztekammer äußerte sich kritisch über die Reform. Sie rate zur Geduld mit der Reform.", "de")[1]).toEqual([
      "indirect",
      "Sie rate zur Geduld mit der Reform",
      "Die Ärztekammer",
      "institution",
      null,
    ]);
    // Before a noun it is an adjective: the sentence reports nothing.
    expect(quotes("Die Ärztekammer äußerte sich kritisch über die Reform. Eine gute Lösung gibt es nicht.", "de")).toHaveLength(1);
  });

  it("a verb in -aue or -eue has the shape too, except beside ich", () => {
    expect(quotes("Die Ärztekammer äußerte sich kritisch über die Reform. Sie vertraue den Kliniken nicht.", "de")[1]).toEqual([
      "indirect",
      "Sie vertraue den Kliniken nicht",
      "Die Ärztekammer",
      "institution",
      null,
    ]);
    expect(quotes("Der Trainer sagte, er freue sich auf die Saison.", "de")).toEqual([["indirect", "er freue sich auf die Saison", "Der Trainer", "person", "sagte"]]);
    expect(quotes("Die Ärztekammer äußerte sich kritisch über die Reform. Ich vertraue den Kliniken nicht.", "de")).toHaveLength(1);
  });

  it("a stem in -t or -d ending in -te or -de is a Konjunktiv I, not a preterite", () => {
    expect(quotes("Der Arzt sagte, die Lage sei ernst. Er erwarte eine Besserung in den nächsten Tagen.", "de")[1]).toEqual([
      "indirect",
      "Er erwarte eine Besserung in den nächsten Tagen",
      "Der Arzt",
      "person",
      null,
    ]);
    expect(quotes("Der Arzt sagte, die Lage sei ernst. Die Klinik finde keine neuen Pfleger.", "de")[1]?.[1]).toBe("Die Klinik finde keine neuen Pfleger");
    expect(quotes("Aus Sicherheitskreisen verlautete, man beobachte die Lage genau.", "de")).toEqual([
      ["indirect", "man beobachte die Lage genau", "Sicherheitskreisen", "anonymous", "verlautete"],
    ]);
    // The weak preterite still narrates.
    expect(quotes("Der Arzt sagte, die Lage sei ernst. Er erwartete eine Besserung in den nächsten Tagen.", "de")).toHaveLength(1);
  });

  it("the umlauted Konjunktiv II of a strong verb marks reported speech like a Konjunktiv I", () => {
    expect(quotes("Der Verband warnte vor den Plänen. Die Kassen brächten schon jetzt zwei Milliarden Euro auf.", "de")[1]).toEqual([
      "indirect",
      "Die Kassen brächten schon jetzt zwei Milliarden Euro auf",
      "Der Verband",
      "institution",
      null,
    ]);
    expect(quotes("Die Schüler kämen meist aus armen Familien, sagte die Lehrerin.", "de")).toEqual([
      ["indirect", "Die Schüler kämen meist aus armen Familien", "die Lehrerin", "person", "sagte"],
    ]);
    expect(quotes("Die Verbände kritisierten, die Kürzungen träfen die Falschen.", "de")).toEqual([
      ["indirect", "die Kürzungen träfen die Falschen", "Die Verbände", "institution", "kritisierten"],
    ]);
    expect(quotes("Die Kasse erklärte, dies beträfe alle Versicherten.", "de")[0]?.[1]).toBe("dies beträfe alle Versicherten");
    expect(quotes("Anleger nähmen die Vorwürfe gelassen zur Kenntnis, erläuterte die Zeitung die Lage an der Börse.", "de")).toEqual([
      ["indirect", "Anleger nähmen die Vorwürfe gelassen zur Kenntnis", "die Zeitung", "media", "erläuterte"],
    ]);
    // With a prefix too; a noun of the same ending marks nothing.
    expect(quotes("Der Arzt sagte, die Lage sei ernst. Die Dämme befänden sich nahe der Grenze.", "de")[1]?.[1]).toBe("Die Dämme befänden sich nahe der Grenze");
    expect(quotes("Der Arzt sagte, die Lage sei ernst. In Gesprächen zeigte sich der Landrat ruhig.", "de")).toHaveLength(1);
  });

  it("the weak preterite, an adjective or a subordinate clause's verb goes on with no report", () => {
    const statement = ["reported", "Die Ärztekammer äußerte sich kritisch über die Reform", "Die Ärztekammer", "institution", null];
    expect(quotes("Die Ärztekammer äußerte sich kritisch über die Reform. Die Klinik verkaufte im Mai ihr Labor.", "de")).toEqual([statement]);
    expect(quotes("Die Ärztekammer äußerte sich kritisch über die Reform. Viele andere Kammern folgten ihr.", "de")).toEqual([statement]);
    expect(quotes("Die Ärztekammer äußerte sich kritisch über die Reform. Wie lange die Beratung dauere, ist offen.", "de")).toEqual([statement]);
  });
});

describe("German free indirect speech and modals", () => {
  const statement = ["indirect", "der Bau werde teurer", "Der Bürgermeister", "person", "sagte"];
  it("an indicative modal closing a subordinate clause says what is planned, not what was said", () => {
    expect(quotes("Der Bürgermeister sagte, der Bau werde teurer. Die Stadt kaufte ein Grundstück, das im Sommer bebaut werden soll.", "de")).toEqual([statement]);
  });

  it("after a perfect infinitive, or second in its sentence, it goes on reporting", () => {
    expect(quotes("Der Bürgermeister sagte, der Bau werde teurer. Die Polizei sucht einen Mann, der das Feuer gelegt haben soll.", "de")).toHaveLength(2);
    expect(quotes("Der Bürgermeister sagte, der Bau werde teurer. Die Halle soll im Sommer fertig sein.", "de")).toHaveLength(2);
  });
});

describe("German single quoted words", () => {
  it("are terms outside any statement, quotes inside one", () => {
    expect(quotes("Die Agentur hat den Ausblick des Landes auf „stabil“ gesetzt.", "de")).toEqual([]);
    expect(quotes("Die Firma stellte am Montag erstmals ein „sprechendes Telefon“ vor.", "de")).toEqual([]);
    expect(quotes("Die Ministerin sicherte ihm ihre „volle Unterstützung“ zu.", "de").map((q) => q[0])).toContain("direct");
    expect(quotes("Der Minister sagte, die Lage sei „ernst“.", "de")).toContainEqual(["direct", "„ernst“", "Der Minister", "person", "sagte"]);
    expect(quotes("Der Minister sagte, der Plan sei gut. Die Opposition habe „versagt“.", "de")).toContainEqual(["direct", "„versagt“", "Der Minister", "person", null]);
  });

  it("two or three quoted words nobody is said to speak are a quote inside free indirect speech, a term outside it", () => {
    expect(quotes("Die Ministerin Anna Berg sagte, der Plan sei gut. Hier seien die Mittel angesichts der Kosten „völlig unrealistisch“.", "de")).toEqual([
      ["indirect", "der Plan sei gut", "Die Ministerin Anna Berg", "person", "sagte"],
      ["indirect", "Hier seien die Mittel angesichts der Kosten „völlig unrealistisch“", "Die Ministerin Anna Berg", "person", null],
      ["direct", "„völlig unrealistisch“", "Die Ministerin Anna Berg", "person", null],
    ]);
    expect(quotes("Im Mai beginnt der Umbau „ohne jede Eile“.", "de")).toEqual([]);
  });
});

describe("German hypotheses", () => {
  const statement = ["indirect", "die Lage sei ernst", "Der Minister", "person", "sagte"];
  it("a Konjunktiv II after a condition states a hypothesis and goes on reporting nobody", () => {
    expect(quotes("Der Minister sagte, die Lage sei ernst. Sollte der Antrag angenommen werden, könnte die Seite wieder online gehen.", "de")).toEqual([statement]);
    expect(quotes("Der Minister sagte, die Lage sei ernst. Die Strecke könnte gesperrt werden, wenn der Regen anhält.", "de")).toEqual([statement]);
  });

  it("without a condition it goes on reporting", () => {
    expect(quotes("Der Minister sagte, die Lage sei ernst. Die Bahn könnte den Betrieb einstellen.", "de")).toHaveLength(2);
  });
});

describe("German sentences glued at a full stop", () => {
  it("each sentence has its own speaker, none running over the stop", () => {
    expect(quotes("„Wir bleiben“, sagte die Trainerin.Der Präsident des Vereins erklärte, es gebe keine Alternative.", "de")).toEqual([
      ["direct", "„Wir bleiben“", "die Trainerin", "person", "sagte"],
      ["indirect", "es gebe keine Alternative", "Der Präsident des Vereins", "person", "erklärte"],
    ]);
  });
});

describe("German free indirect speech over cues that introduce nothing", () => {
  it("goes on over a cue in a relative clause and gives a speakerless cue the passage's speaker", () => {
    const found = quotes("Der Staatsanwalt hält den Mann für gefährlich. Mehrere Frauen soll er bedroht haben. Er habe auch Gewalt angewandt, was später durch Zeuginnen bestätigt werden würde. Das Gericht tagt morgen.", "de");
    expect(found).toContainEqual(["indirect", "Mehrere Frauen soll er bedroht haben. Er habe auch Gewalt angewandt, was später durch Zeuginnen bestätigt werden würde", "Der Staatsanwalt", "person", null]);
    const closing = quotes("Der Arzt sprach von einer schweren Krankheit. Eine Heilung sei jedoch ausgeschlossen, heißt es. Das Gericht tagt morgen.", "de");
    expect(closing).toContainEqual(["indirect", "Eine Heilung sei jedoch ausgeschlossen", "Der Arzt", "person", "heißt es"]);
    expect(closing).toHaveLength(2);
    // A subject inside what the speakerless cue reports is said of, not speaking.
    const said = quotes("Der Arzt sprach von einer schweren Krankheit. Zeugen hätten den Mann zuvor beobachtet, der Hilfe gesucht habe, heißt es.", "de");
    expect(said.find((q) => q[4] === "heißt es")?.[2]).toBe("Der Arzt");
  });

  it("stops at a statement in the indicative whose cue names nobody", () => {
    const found = quotes("Zeugen zufolge war der Wagen zu schnell unterwegs. Die Straße war bis zum Mittag gesperrt, hieß es. Ein Gutachter soll nun klären, ob ein Defekt vorlag.", "de");
    expect(found.map((q) => [q[1], q[2], q[4]])).toEqual([
      ["war der Wagen zu schnell unterwegs", "Zeugen", "zufolge"],
      ["Die Straße war bis zum Mittag gesperrt", null, "hieß es"],
    ]);
  });

  it("stops at a cue that introduces words of its own", () => {
    const found = quotes("Der Arzt sprach von einer schweren Krankheit. Eine Heilung sei ausgeschlossen. Inzwischen wird dem Verein vorgeworfen, er habe die Fans nicht im Griff.", "de");
    expect(found).toContainEqual(["indirect", "er habe die Fans nicht im Griff", null, null, "vorgeworfen"]);
    expect(found.filter((q) => q[1].includes("Inzwischen"))).toEqual([]);
  });

  it("a narrative sentence whose cue reports nothing turns the passage to its subject", () => {
    const text = "„Wir werden offen sein“, sagte der Präsident der Firma. Weiter sagte Larsen: „Wir lernen.“ Dies sagte der Präsident der Firma. Larsen gab sich in seiner Stellungnahme betont optimistisch. Man sei für die Zukunft gut aufgestellt.";
    expect(quotes(text, "de")).toContainEqual(["indirect", "Man sei für die Zukunft gut aufgestellt", "Larsen", "person", null]);
  });

  it("a narrative sentence whose verb is a speech act turns the passage to its subject, whatever its noun", () => {
    const text = "Die Behörde wirft dem Land vor, Waffen zu bauen. Der Staat bestritt dies. Das Programm diene nur der Forschung.";
    expect(quotes(text, "de").find((q) => q[1] === "Das Programm diene nur der Forschung")?.[2]).toBe("Der Staat");
    // A subject naming no speaker, with a verb that reports nothing, leaves the passage its speaker.
    expect(quotes("Die Behörde sagte, das Land baue Waffen. Der Staat wuchs stark. Das Programm diene nur der Forschung.", "de")[1]?.[2]).toBe("Die Behörde");
  });

  it("a narrative sentence's subject turns the passage to it past a party label in brackets", () => {
    const text = "„Wir helfen“, sagte Anna Berg. Gesundheitsminister Karl Laumann (CDU) zeigte sich besorgt. Die Lage sei ernst.";
    expect(quotes(text, "de")[1]?.slice(1, 3)).toEqual(["Die Lage sei ernst", "Gesundheitsminister Karl Laumann"]);
  });

  it("a main clause's subject with a party label in brackets speaks the Konjunktiv after its colon", () => {
    expect(quotes("Jan Berg (CDU) wies die Vorwürfe zurück: Der Senat habe damals richtig gehandelt.", "de")[0]?.slice(2, 4)).toEqual(["Jan Berg (CDU)", "person"]);
    // What is reported starts after the colon; the narration before it announces it.
    expect(quotes("Sportvorstand Peter Knäbel stellte sich hinter den Coach: Eine Trainerdiskussion gebe es nicht.", "de")).toEqual([
      ["indirect", "Eine Trainerdiskussion gebe es nicht", "Sportvorstand Peter Knäbel", "person", null],
    ]);
    expect(quotes("Berg sagte, der Plan sei gut. Die Lage bleibt ernst: Eine Erhöhung gebe es nicht.", "de")[1]?.[1]).toBe("Eine Erhöhung gebe es nicht");
  });

  it("near a statement, a main clause whose subject names a speaker before a Konjunktiv in a later clause turns to that subject", () => {
    expect(quotes("Kessler sagte, der Plan sei gut. Auch die Sprecherin der Partei, Anna Berg, will den Plan prüfen, weil er zu teuer sei.", "de")).toContainEqual(
      ["indirect", "Auch die Sprecherin der Partei, Anna Berg, will den Plan prüfen, weil er zu teuer sei", "die Sprecherin der Partei, Anna Berg", "person", null],
    );
    expect(quotes("Kessler sagte, der Plan sei gut. Am Montag hatte Anna Berg dagegen protestiert, weil das Land einen Sonderstatus habe.", "de")[1]?.[2]).toBe("Anna Berg");
    // An acronym heading the subject names an organisation.
    expect(quotes("Kessler sagte, der Plan sei gut. Der NDR will aber wissen, dass der Minister gelogen habe.", "de")[1]?.[2]).toBe("Der NDR");
    // A subject naming no speaker, or a crowd, leaves the passage its speaker.
    expect(quotes("Kessler sagte, der Plan sei gut. Die Kosten, die das Land trage, seien aber hoch.", "de")[1]?.[2]).toBe("Kessler");
  });

  it("the subject of a passive closing its clause suffered and speaks not; of a copula it speaks", () => {
    expect(quotes("Die Polizei sagte, es habe gebrannt. Drei Arbeiter wurden verletzt, die Halle sei eingestürzt.", "de")[1]?.[2]).toBe("Die Polizei");
    expect(quotes("Laut den Angaben sind zwei Touristen gestorben. Zwölf Mitglieder der Reisegruppe wurden verletzt, die Verletzten seien Deutsche.", "de")[1]?.[2]).toBe("den Angaben");
    expect(quotes("Die Polizei sagte, es habe gebrannt. Der Minister wurde deutlich, es gebe keine Alternative.", "de")[1]?.[2]).toBe("Der Minister");
    // Members of a body are people, not the body in their attribute.
    expect(quotes("Die Polizei sagte, es habe gebrannt. Die Mitglieder des Vereins wollen klagen, weil die Halle zu alt sei.", "de")[1]?.slice(2, 4)).toEqual(["Die Mitglieder des Vereins", "person"]);
  });

  it("a sentence naming its own speaker stands apart from the free indirect sentences after it", () => {
    const text = "Kessler sagte, der Plan sei gut. Der Sprecher der Regierung wies die Darstellung zurück, die Urlauber seien ausgewiesen worden. Man habe ihnen nur abgeraten, in die Region zu reisen.";
    expect(quotes(text, "de").slice(1)).toEqual([
      // The definite role right after Kessler's statement describes Kessler again, shown beside it.
      ["indirect", "Der Sprecher der Regierung wies die Darstellung zurück, die Urlauber seien ausgewiesen worden", "Der Sprecher der Regierung (Kessler)", "person", null],
      ["indirect", "Man habe ihnen nur abgeraten, in die Region zu reisen", "Der Sprecher der Regierung (Kessler)", "person", null],
    ]);
  });
});
