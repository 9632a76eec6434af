import { describe, expect, it } from "vitest";
import { quotes } from "./helpers.js";

describe("German quotations named by the noun before them", () => {
  it("a capitalised quotation right after a noun is its name or title, however long", () => {
    expect(quotes("Die Demonstranten zogen unter dem Motto „Mieten runter, Löhne rauf!“ durch die Innenstadt.", "de")).toEqual([]);
    expect(quotes("Die Autorin stellte am Abend ihr Buch „Grenzland: Eine Reise entlang der Oder, 1945 bis heute“ vor.", "de")).toEqual([]);
    expect(quotes("Die Demonstranten zogen unter dem Motto „50 Jahre sind genug!“ durch die Innenstadt.", "de")).toEqual([]);
  });

  it("a capitalised quotation right after a definite article, in a sentence with no cue, is a name", () => {
    expect(quotes("Im „Grand Prix de Genève der Damen“ schied die Titelverteidigerin früh aus.", "de")).toEqual([]);
    expect(quotes("Der Forscher war zu Gast beim „2. Hafenkongress der Nordwerft AG“ in Kiel.", "de")).toEqual([]);
    // After an indefinite article the quotation describes, in someone's words.
    expect(quotes("Die Ministerin nannte den Plan einen „Schlag ins Gesicht der Pendler“.", "de").map((q) => q[0])).toContain("direct");
  });

  it("a slogan shouted or written is said, not named", () => {
    const text = "Die Demonstranten trugen Schilder mit der Aufschrift „Wir bleiben alle hier in unserem Viertel“.";
    expect(quotes(text, "de").map((q) => q.slice(0, 2))).toEqual([["direct", "„Wir bleiben alle hier in unserem Viertel“"]]);
    expect(quotes("Auf dem Transparent stand die Parole „Wir wollen keine Stadt ohne bezahlbare Wohnungen“.", "de").map((q) => q[0])).toEqual(["direct"]);
  });

  it("a slogan is said however short or noun-like, and the sentence's subject bears it", () => {
    expect(quotes("Die Demonstranten trugen Schilder mit der Aufschrift „Freiheit für alle“ durch die Stadt.", "de").map((q) => q.slice(0, 3))).toEqual([
      ["direct", "„Freiheit für alle“", "Die Demonstranten"],
    ]);
    expect(quotes("Die Menge skandierte Parolen wie „Weg mit der Steuer“ vor dem Rathaus.", "de").map((q) => q.slice(0, 3))).toEqual([
      ["direct", "„Weg mit der Steuer“", "Die Menge"],
    ]);
  });

  it("words announced by a statement noun, a lowercase continuation or a quotation after a cue stay quotes", () => {
    expect(quotes("Der Intendant verabschiedete sich mit den Worten „Ich gehe mit einem lachenden und einem weinenden Auge.“", "de")).toEqual([
      ["direct", "„Ich gehe mit einem lachenden und einem weinenden Auge.“", "Der Intendant", "person", null],
    ]);
    expect(quotes("Die Ärztin sagte, die Klinik sei „am Ende ihrer Kräfte“.", "de").map((q) => q[0])).toEqual(["indirect", "direct"]);
    expect(quotes("Der Trainer sagte: „Wir haben verdient gewonnen.“", "de").map((q) => q[0])).toEqual(["direct"]);
  });
});

describe("German reported statements holding a quoted name", () => {
  it("a quoted name gives the statement's verb no cue; quoted words do", () => {
    expect(quotes("Die Partei fordert ein Verbot der Zeitschrift „Neue Welt“.", "de")).toEqual([
      ["reported", "Die Partei fordert ein Verbot der Zeitschrift „Neue Welt“", "Die Partei", "institution", null],
    ]);
    expect(quotes("Die Partei fordert den Rücktritt der „Neuen Liste“.", "de").map((q) => [q[0], q[4]])).toEqual([["reported", null]]);
    expect(quotes("Die Partei fordert ihre „Volle Unterstützung“.", "de").map((q) => [q[0], q[4]])).toEqual([["reported", "fordert"]]);
    expect(quotes("Die Partei fordert die so genannte „Reichensteuer“.", "de").map((q) => [q[0], q[4]])).toEqual([["reported", null]]);
    expect(quotes("Die Gewerkschaft forderte einen „fairen Lohn“.", "de").map((q) => [q[0], q[4]])).toEqual([
      ["reported", "forderte"],
      ["direct", "forderte"],
    ]);
  });
});

describe("German quotations of nouns with no verb", () => {
  it("are titles or names wherever they stand", () => {
    expect(quotes("Im Programm war auch „Alte Mühlen und die Geschichte des Brotbackens im Allgäu“ zu finden.", "de")).toEqual([]);
    expect(quotes("Die Vereine sind nach einem „Gesetz zur Förderung ehrenamtlicher Arbeit im Sport“ dazu verpflichtet.", "de")).toEqual([]);
  });

  it("a verb before a noun keeps a quotation a statement", () => {
    expect(quotes("Die Demonstranten riefen immer wieder „Wir wollen Frieden und Freiheit in der Ukraine“.", "de").map((q) => q[0])).toEqual(["direct"]);
  });
});

describe("German quoted names with a version or volume number", () => {
  it("a short capitalised quotation keeps the point of its number and stays a name; a thousands point does not", () => {
    expect(quotes("Seit Montag gilt ein neuer Standard für Discs, genannt „Disc-Profil 2.0“.", "de")).toEqual([]);
    expect(quotes("Die Regierung plant eine „Vernetzung der 5.300 Register“.", "de").map((q) => q.slice(0, 3))).toEqual([
      ["direct", "„Vernetzung der 5.300 Register“", "Die Regierung"],
    ]);
  });
});

describe("German quotations of a name written in lowercase", () => {
  it("a web address or a lowercase name in quotation marks says nothing, inside a statement or not", () => {
    expect(quotes("Der Verein sagte, die Parolen seien auf „heimatfront-online.net“ wieder zu lesen.", "de").map((q) => q[0])).toEqual(["indirect"]);
    expect(quotes("In einem auf „news.example.co.uk“ veröffentlichten Artikel wird der Minister scharf kritisiert.", "de")).toEqual([]);
  });

  it("a lowercase quotation of words stays a quote", () => {
    expect(quotes("Der Verein sagte, die Parolen seien „einfach widerlich“.", "de").map((q) => q[0])).toEqual(["indirect", "direct"]);
  });
});

describe("German quotations of a name's shape after an indefinite article", () => {
  it("describe in the speaker's words inside indirect speech: a quote", () => {
    expect(quotes("Der Präsident sagte, Afghanistan sei ein „Opfer des Terrorismus“.", "de").map((q) => q.slice(0, 3))).toEqual([
      ["indirect", "Afghanistan sei ein „Opfer des Terrorismus“", "Der Präsident"],
      ["direct", "„Opfer des Terrorismus“", "Der Präsident"],
    ]);
  });

  it("name, as annotated, in a reported statement, outside any statement, or after a definite article", () => {
    // After a naming verb the quotation is what was said, as annotated.
    expect(quotes("Der Minister nannte den Bericht eine „Zeitungsente“.", "de").map((q) => q[0])).toEqual(["direct"]);
    // A quoted name between the verb and the quotation it names is passed over.
    expect(quotes("Der Minister nannte den Bericht im „Hafenblatt“ eine „Zeitungsente“.", "de").map((q) => [q[0], q[1], q[4]])).toEqual([["direct", "„Zeitungsente“", "nannte"]]);
    expect(quotes("Am Kiosk kaufte er eine „Bild“ und ging nach Hause.", "de")).toEqual([]);
    expect(quotes("Der Präsident sagte, die Zeitung „Bild“ habe gelogen.", "de").map((q) => q[0])).toEqual(["indirect"]);
  });

  it("describe what a speaker speaks of, in the speaker's words: a quote, however much it reads as a title", () => {
    expect(quotes("Der Chefvolkswirt Jan Ott sprach von einer „Stagnation mit Ansage“.", "de").map((q) => q.slice(0, 3))).toEqual([
      ["reported", "Der Chefvolkswirt Jan Ott sprach von einer „Stagnation mit Ansage“", "Der Chefvolkswirt Jan Ott"],
      ["direct", "„Stagnation mit Ansage“", "Der Chefvolkswirt Jan Ott"],
    ]);
    expect(quotes("Der Dezernent sprach am Freitag von einer „Gefahr für Leib und Leben der Zuschauer“.", "de").map((q) => q[0])).toEqual(["reported", "direct"]);
    // Not what another verb's object names.
    expect(quotes("Der Dezernent kritisierte eine „Politik der leeren Versprechen“.", "de").map((q) => q[0])).toEqual(["reported"]);
  });
});

describe("German quotations after a speaker noun and its link", () => {
  it("name the speaker's organisation, not words said", () => {
    const found = quotes("Ein Sprecher der „Polizei von Hallstadt“, Kommissar Jan Ott, sagte, die Lage sei ruhig.", "de");
    expect(found.map((q) => q[0])).toEqual(["indirect"]);
    expect(found[0]?.[2]).toContain("„Polizei von Hallstadt“");
  });

  it("name it in lowercase too after an article; after an indefinite article or a preposition they describe", () => {
    expect(quotes("Ein Vertreter der „bau ag“ bezeichnete den Kauf als Erfolg.", "de").map((q) => q[0])).not.toContain("direct");
    expect(quotes("Der Minister bemühte das Bild vom „gemeinsamen Boot“.", "de").map((q) => q[0])).toContain("direct");
  });

  it("are quoted where the noun before the link names no speaker", () => {
    expect(quotes("Der Verband verlangte eine Untersuchung der „brutalen Szenen im Stadion“.", "de").map((q) => q[0])).toContain("direct");
  });
});
