import { describe, expect, it } from "vitest";
import { quotes, read } from "./helpers.js";

describe("direct quotes in every quote-mark convention", () => {
  const german: [string, string][] = [
    ["„…“", "„Wir sind bereit“, sagte Müller."],
    ["»…«", "Müller sagte: »Wir sind bereit.«"],
    ["«…»", "«Wir sind bereit», sagte Müller."],
    ["‚…‘", "Müller sagte: ‚Wir sind bereit.‘"],
    ['"…"', 'Müller sagte: "Wir sind bereit."'],
    ["''…''", "Müller sagte: ''Wir sind bereit.''"],
  ];
  for (const [marks, text] of german) {
    it(`German ${marks}`, () => {
      const [q] = quotes(text, "de");
      expect(q?.[0]).toBe("direct");
      expect(q?.[1]).toContain("Wir sind bereit");
      expect(q?.slice(2)).toEqual(["Müller", "person", expect.stringMatching(/^sagte$/)]);
    });
  }
  const english: [string, string][] = [
    ["“…”", "“We are ready,” Miller said."],
    ['"…"', 'Miller said: "We are ready."'],
    ["‘…’", "‘We are ready,’ said Miller."],
    ["'…'", "'We are ready,' said Miller."],
    ["''…''", "''We are ready,'' Miller said."],
  ];
  for (const [marks, text] of english) {
    it(`English ${marks}`, () => {
      const [q] = quotes(text, "en");
      expect(q?.[1]).toContain("We are ready");
      expect(q?.slice(2)).toEqual(["Miller", "person", "said"]);
    });
  }

  it("reads an opening “ typed for the closing one before its cue as the quotation's end", () => {
    expect(quotes("“It’s unusual,“ said Ann Lee, a lawyer.", "en")[0]?.slice(1)).toEqual(["“It’s unusual,“", "Ann Lee", "person", "said"]);
  });

  it("spans sentences and paragraphs", () => {
    const text = "„Wir sind bereit. Wir haben lange gewartet.\nJetzt handeln wir“, betonte die Ministerin Anna Berg.";
    expect(quotes(text, "de")).toEqual([["direct", "„Wir sind bereit. Wir haben lange gewartet.\nJetzt handeln wir“", "die Ministerin Anna Berg", "person", "betonte"]]);
    const english = '"We waited long enough.\n\n"Now we act," said Senator Jane Doe.';
    expect(quotes(english, "en")).toEqual([["direct", '"We waited long enough.\n\n"Now we act,"', "Senator Jane Doe", "person", "said"]]);
  });

  it("joins a quotation left open at a paragraph's end with the next paragraph that reopens it", () => {
    const german = '"Wir haben lange gewartet.\n\n"Jetzt handeln wir", sagte Anna Berg.';
    expect(quotes(german, "de")).toEqual([["direct", '"Wir haben lange gewartet.\n\n"Jetzt handeln wir"', "Anna Berg", "person", "sagte"]]);
    // A transcript quoted over paragraphs changes speaker at each label: its turns stay apart.
    const transcript = 'Lee spoke to the host on the radio:\n\n"HOST: Will the governor be there tomorrow?\n\n"LEE: She will not be there, and she has said so."';
    expect(quotes(transcript, "en").map((q) => q[1])).toEqual(['"HOST: Will the governor be there tomorrow?', '"LEE: She will not be there, and she has said so."']);
    // Each paragraph with a cue of its own is a statement of its own.
    const cued = 'Senator Jane Doe said: "We waited long enough. It was a mistake.\n\n"Now we act," Doe said.';
    expect(quotes(cued, "en").map((q) => [q[1], q[4]])).toEqual([
      ['"We waited long enough. It was a mistake.', "said"],
      ['"Now we act,"', "said"],
    ]);
  });

  it("partial quotes inside a sentence take the sentence's speaker", () => {
    // In German the sentence around a partial quote is reported speech of the same speaker.
    expect(quotes("Die Ministerin sprach von „konstruktiven Gesprächen“.", "de")).toEqual([
      ["reported", "Die Ministerin sprach von „konstruktiven Gesprächen“", "Die Ministerin", "person", "sprach von"],
      ["direct", "„konstruktiven Gesprächen“", "Die Ministerin", "person", "sprach von"],
    ]);
  });

  it("an English partial quote closed by its cue says the whole clause it ends", () => {
    expect(quotes("The new bridge is “a bold first step,” the mayor said.", "en")).toEqual([["indirect", "The new bridge is “a bold first step,”", "the mayor", "person", "said"]]);
    // A title closing a phrase names a show; the quotation alone is read.
    expect(quotes("A host of “The Late Hour,” Kim said the show would end.", "en").map((q) => q[1])).not.toContain("A host of “The Late Hour,”");
  });

  it("a speaker before a colon, with no verb: the headline style", () => {
    expect(quotes("Trump: „Kein Deal, bis es einen Deal gibt“", "de")[0]?.slice(2)).toEqual(["Trump", "person", ":"]);
  });

  it("a line of its own opening on a dash after a quotation's paragraph credits it to a name", () => {
    const credit = "The debate went on.\n\n“We will carry this state by ten points.”\n\n— Ann Lee, on the campaign trail.\n\nShe did not.";
    expect(quotes(credit, "en").map((q) => q.slice(1))).toEqual([["“We will carry this state by ten points.”", "Ann Lee", "person", "—"]]);
    // A line that is no name credits nothing.
    const aside = "The debate went on.\n\n“We will carry this state by ten points.”\n\n— A long night ahead.";
    expect(quotes(aside, "en")[0]?.[2]).toBeNull();
  });

  it("a statement with no speaker stays unattributed; a term in quotation marks is no statement", () => {
    expect(quotes("Die Lage ist ernst. „Wir werden nicht aufgeben, niemals.“", "de")).toEqual([["direct", "„Wir werden nicht aufgeben, niemals.“", null, null, null]]);
    expect(quotes("Das Schiff „Seeadler“ lief am Morgen aus.", "de")).toEqual([]);
  });
});

describe("indirect speech", () => {
  it("German Konjunktiv after a cue, with and without dass", () => {
    expect(quotes("Müller sagte, er sei bereit.", "de")).toEqual([["indirect", "er sei bereit", "Müller", "person", "sagte"]]);
    expect(quotes("Müller sagte, dass er bereit ist.", "de")).toEqual([["indirect", "dass er bereit ist", "Müller", "person", "sagte"]]);
    expect(quotes("Die Lage sei ruhig, sagte ein Pressesprecher.", "de")).toEqual([["indirect", "Die Lage sei ruhig", "ein Pressesprecher", "anonymous", "sagte"]]);
  });

  it("German indicative after a comma is not reported speech", () => {
    expect(quotes("Müller sagte ab, und alle gingen nach Hause.", "de")).toEqual([]);
  });

  it("German generic \"man\" with \"sagen\" in the present is a saying, nobody's words; in the past it reports", () => {
    expect(quotes("Der Mönch hat, wie man sagt, das Evangelium gelebt.", "de")).toEqual([]);
    expect(quotes("Alles in allem kann man sagen, dass das Fest ein Erfolg war.", "de")).toEqual([]);
    expect(quotes("Im Ministerium sagte man, es gebe keine Pläne.", "de")[0]?.[4]).toBe("sagte");
  });

  it("German particles closing the clause after the middle field make another verb, no speech act", () => {
    expect(quotes("Die Band sagte das Konzert wegen des Sturms ab.", "de")).toEqual([]);
    expect(quotes("Der Gouverneur forderte die Feuerwehr an und rief den Katastrophenfall aus.", "de")).toEqual([]);
    expect(quotes("Der Gouverneur forderte die Bürger auf, zu Hause zu bleiben.", "de")).toEqual([
      ["indirect", "zu Hause zu bleiben", "Der Gouverneur", "person", "forderte"],
    ]);
  });

  it("German 'melden' registering or getting in touch with someone reports nothing", () => {
    expect(quotes("Der Verein meldete den Spieler für die Saison an.", "de")).toEqual([]);
    expect(quotes("Nach der Auktion meldete sich der Verkäufer bei ihnen.", "de")).toEqual([]);
    expect(quotes("Am Abend meldete er sich bei seinem Bruder in Köln.", "de")).toEqual([]);
    expect(quotes("Die Polizei meldete am Montag, die Straße sei gesperrt.", "de")[0]?.slice(1)).toEqual(["die Straße sei gesperrt", "Die Polizei", "institution", "meldete"]);
    expect(quotes("Der Pilot meldete sich mit den Worten: „Wir sind gelandet.“", "de")[0]?.slice(1, 3)).toEqual(["„Wir sind gelandet.“", "Der Pilot"]);
  });

  it("German free indirect speech goes on with the last speaker", () => {
    const text = "Müller sagte, die Lage sei ernst. Man brauche mehr Zeit. Das Wetter war gut.";
    expect(quotes(text, "de").map((q) => [q[0], q[1], q[2]])).toEqual([
      ["indirect", "die Lage sei ernst", "Müller"],
      ["indirect", "Man brauche mehr Zeit", "Müller"],
    ]);
  });

  it("German free indirect speech resumes after narrative sentences, reportative 'soll' included", () => {
    const text =
      "Die Staatsanwaltschaft erklärte, der Mann sei geständig. Die Ermittlungen begannen im Mai. Das Verfahren wurde im Juni eröffnet. Er soll das Geld ins Ausland gebracht haben.";
    expect(quotes(text, "de").map((q) => [q[0], q[1], q[2]])).toEqual([
      ["indirect", "der Mann sei geständig", "Die Staatsanwaltschaft"],
      ["indirect", "Er soll das Geld ins Ausland gebracht haben", "Die Staatsanwaltschaft"],
    ]);
  });

  it("German free indirect speech ends after three narrative sentences", () => {
    const text = "Müller sagte, die Lage sei ernst. Der Zug fuhr ab. Es regnete. Die Halle war leer. Der Bau soll im Mai beginnen.";
    expect(quotes(text, "de").map((q) => q[1])).toEqual(["die Lage sei ernst"]);
  });

  it("English narrative after a statement is not the speaker's", () => {
    const text = "Miller said the talks had failed. The delegates left on Monday. They could have stayed longer.";
    expect(quotes(text, "en").map((q) => q[1])).toEqual(["the talks had failed"]);
  });

  it("English findings and attitudes are attributed; the same verbs without a statement are not", () => {
    expect(quotes("A new poll showed that most voters distrust both parties.", "en")).toEqual([
      ["indirect", "that most voters distrust both parties", "A new poll", "institution", "showed"],
    ]);
    expect(quotes("Senator Jane Doe urged the agency to release the files.", "en")[0]?.slice(2)).toEqual(["Senator Jane Doe", "person", "urged"]);
    expect(quotes("Miller thinks the deal will collapse.", "en")).toEqual([["indirect", "the deal will collapse", "Miller", "person", "thinks"]]);
    expect(quotes("The film showed a village by the sea at dawn.", "en")).toEqual([]);
    expect(quotes("The committee found a solution on Friday.", "en")).toEqual([]);
  });

  it("English said that, said without that, and a speaker after the clause", () => {
    expect(quotes("Miller said that the talks had failed.", "en")).toEqual([["indirect", "that the talks had failed", "Miller", "person", "said"]]);
    expect(quotes("Miller said the talks had failed.", "en")).toEqual([["indirect", "the talks had failed", "Miller", "person", "said"]]);
    expect(quotes("Three people died, police said.", "en")).toEqual([["indirect", "Three people died", "police", "institution", "said"]]);
  });
});

describe("reported statements", () => {
  const cases: [string, "de" | "en", string, string, string, string][] = [
    ["laut X", "de", "Laut Müller ist die Lage ruhig.", "ist die Lage ruhig", "Müller", "Laut"],
    ["X zufolge", "de", "Dem Innenministerium zufolge ist die Lage ruhig.", "ist die Lage ruhig", "Dem Innenministerium", "zufolge"],
    ["nach Angaben von X", "de", "Nach Angaben der Polizei wurden drei Menschen verletzt.", "wurden drei Menschen verletzt", "Angaben der Polizei", "Nach"],
    ["according to X", "en", "According to the ministry, three people were injured.", "three people were injured", "the ministry", "According to"],
    ["according to X at the end", "en", "Three people were injured, according to the ministry.", "Three people were injured", "the ministry", "according to"],
  ];
  for (const [name, language, text, content, speaker, cue] of cases) {
    it(name, () => {
      const [q] = quotes(text, language);
      expect(q).toEqual(["reported", content, speaker, expect.any(String), cue]);
    });
  }

  it("nach with a statement noun as head is a cue, nach with any other noun is not", () => {
    expect(quotes("Nach einer Stellungnahme der US-Armee wurden drei Soldaten verletzt.", "de")).toEqual([
      ["reported", "wurden drei Soldaten verletzt", "einer Stellungnahme der US-Armee", "institution", "Nach"],
    ]);
    expect(quotes("Nach Polizeiangaben wurden drei Menschen verletzt.", "de")[0]?.[4]).toBe("Nach");
    // The media report what they carry: "nach chinesischen Medien", "nach Staatsmedien".
    expect(quotes("Nach chinesischen Medien wurden bei dem Unglück zwei Menschen verletzt.", "de")[0]?.slice(2, 5)).toEqual(["chinesischen Medien", "vague", "Nach"]);
    expect(quotes("Nach dem vorläufigen Endergebnis erreichte die Partei 45 Prozent.", "de")[0]?.slice(1, 3)).toEqual(["erreichte die Partei 45 Prozent", "dem vorläufigen Endergebnis"]);
    expect(quotes("Nach dem Spiel wurden drei Spieler ausgezeichnet.", "de")).toEqual([]);
    expect(quotes("After the game, three players were honoured.", "en")).toEqual([]);
  });

  it("a passive comment clause names its source after “by”, like “according to”; its verb is no cue of its own", () => {
    expect(quotes("As reported by the Times, the council approved the budget on Monday.", "en")).toEqual([
      ["reported", "the council approved the budget on Monday", "the Times", "media", "As reported by"],
    ]);
    expect(quotes("The council approved the budget, as first noted by the Times.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["The council approved the budget", "the Times", "as first noted by"],
    ]);
  });

  it("according to a source with no named head: the source runs to the next pause", () => {
    expect(quotes("According to the figures, Berger extends his lead by two points.", "en")[0]?.slice(1, 3)).toEqual([
      "Berger extends his lead by two points",
      "the figures",
    ]);
    expect(quotes("Millbrook had 42 cases of burglary, according to the latest numbers available from the county sheriff.", "en")[0]?.slice(1, 3)).toEqual([
      "Millbrook had 42 cases of burglary",
      "the latest numbers available from the county sheriff",
    ]);
  });

  it("a link joins a source to the article after it", () => {
    expect(quotes("According to a spokesman for the army, three soldiers were injured.", "en")).toEqual([
      ["reported", "three soldiers were injured", "a spokesman for the army", "anonymous", "According to"],
    ]);
    expect(quotes("Nach Angaben von der Polizei wurden drei Menschen verletzt.", "de")[0]?.slice(1, 3)).toEqual([
      "wurden drei Menschen verletzt",
      "Angaben von der Polizei",
    ]);
  });

  it("Demnach reports what the previous statement's source said", () => {
    const text = "Nach Angaben der Polizei brach das Feuer am Morgen aus. Demnach wurden drei Menschen verletzt.";
    expect(quotes(text, "de")).toEqual([
      ["reported", "brach das Feuer am Morgen aus", "Angaben der Polizei", "institution", "Nach"],
      ["reported", "wurden drei Menschen verletzt", "Demnach (Angaben der Polizei)", "institution", "Demnach"],
    ]);
    // With no statement before it, it still reports, from a source not named: it speaks as written, typed as the document
    // or decision it points at, and no pronoun stands for it.
    expect(quotes("Das Feuer brach am Morgen aus. Demnach wurden drei Menschen verletzt.", "de")).toEqual([["reported", "wurden drei Menschen verletzt", "Demnach", "institution", "Demnach"]]);
    const pronoun = "Das Feuer brach am Morgen aus. Demnach wurden drei Menschen verletzt. Am Abend sagte er, der Einsatz sei schwierig gewesen.";
    expect(quotes(pronoun, "de").at(-1)?.[2]).toBe("er");
    // The English pack lists no back-reference cue: "Accordingly" stays a connective.
    expect(quotes("Police said the fire broke out in the morning. Accordingly, the road was closed.", "en").map((q) => q[1])).toEqual([
      "the fire broke out in the morning",
    ]);
  });

  it("a question is a speech act: its object is the addressee, never the speaker", () => {
    expect(quotes("Todd asked Pence whether the vote would take place before the election.", "en")).toEqual([
      ["indirect", "whether the vote would take place before the election", "Todd", "person", "asked"],
    ]);
    expect(quotes("Die Moderatorin fragte den Minister, ob die Wahl verschoben werde.", "de")).toEqual([
      ["indirect", "ob die Wahl verschoben werde", "Die Moderatorin", "person", "fragte"],
    ]);
    expect(quotes("The question was asked in 1998.", "en")).toEqual([]);
    expect(quotes("Die Frage stellte sich erst später.", "de")).toEqual([]);
  });

  it("naming something with a quotation attributes the quotation; naming a person does not", () => {
    expect(quotes("Hale called the proposal “reckless, insulting and a danger to every family.”", "en")).toEqual([
      ["direct", "“reckless, insulting and a danger to every family.”", "Hale", "person", "called"],
    ]);
    expect(quotes("Seehofer nannte den Plan „völlig unverantwortlich“.", "de")).toContainEqual(["direct", "„völlig unverantwortlich“", "Seehofer", "person", "nannte"]);
    expect(quotes("Her parents called her Anna.", "en")).toEqual([]);
    expect(quotes("Die Eltern nannten sie Anna.", "de")).toEqual([]);
  });

  it("a poll or study as subject makes show/zeigen a cue; a museum showing paintings does not", () => {
    expect(quotes("A new poll shows Trump far ahead of his rivals.", "en")).toEqual([["indirect", "Trump far ahead of his rivals", "A new poll", "institution", "shows"]]);
    expect(quotes("Eine neue Umfrage zeigt, dass die Partei verliert.", "de")).toEqual([["indirect", "dass die Partei verliert", "Eine neue Umfrage", "institution", "zeigt"]]);
    expect(quotes("The museum shows paintings from the 19th century.", "en")).toEqual([]);
    expect(quotes("Das Museum zeigt Gemälde aus dem 19. Jahrhundert.", "de")).toEqual([]);
  });

  it("a German evaluation is such a record, in a comment clause too; reflexive, the verb finds nothing", () => {
    expect(quotes("Die Auswertung der Fahrtenschreiber ergab, dass der Fahrer zu schnell war.", "de")).toEqual([
      ["indirect", "dass der Fahrer zu schnell war", "Die Auswertung der Fahrtenschreiber", "institution", "ergab"],
    ]);
    expect(quotes("Wie sich aus der Auswertung der Messdaten ergab, war der Motor überhitzt.", "de").map((q) => [q[1], q[4]])).toEqual([["war der Motor überhitzt", "ergab"]]);
    // "ergab sich": arose, or surrendered.
    expect(quotes("Bei der Auswertung der Proben ergab sich ein anderes Bild.", "de")).toEqual([]);
    expect(quotes("Nach der Untersuchung des Hauses ergab sich der Täter der Polizei.", "de")).toEqual([]);
  });

  it("records, audits and reports find like polls, also with no “that” and after their finding", () => {
    expect(quotes("The audit found the office overcharged drivers.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([["the office overcharged drivers", "The audit", "found"]]);
    expect(quotes("Most of the money came from firms that no longer exist, court records show.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["Most of the money came from firms that no longer exist", "court records", "show"],
    ]);
    expect(quotes("The gallery found a buyer for the painting.", "en")).toEqual([]);
    // Findings are a record: they speak for the study, no person.
    expect(quotes("The findings suggest that caffeine is not the only factor.", "en").map((q) => [q[2], q[3], q[4]])).toEqual([["The findings", "institution", "suggest"]]);
    // A record's attributes may run to a dozen words before its finding, not further.
    expect(quotes("A survey of ferry riders in the county taken over the summer months showed most wanted lower fares.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["most wanted lower fares", "A survey of ferry riders in the county taken over the summer months", "showed"],
    ]);
    expect(quotes("A survey of ferry riders in the county taken over the long and hot summer months of last year showed most wanted lower fares.", "en")).toEqual([]);
    expect(quotes("Recent polls have shown the mayor well ahead of her rivals.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["the mayor well ahead of her rivals", "Recent polls", "have shown"],
    ]);
  });

  it("a record set off by an aside still finds, and so do papers, posts, emails and photos", () => {
    expect(quotes("The poll, released Monday by the institute, showed the mayor ahead by six points.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["the mayor ahead by six points", "The poll", "showed"],
    ]);
    expect(quotes("A 2012 paper found gains in reading scores.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([["gains in reading scores", "A 2012 paper", "found"]]);
    expect(quotes("Photos showed volunteers clearing the beach.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([["volunteers clearing the beach", "Photos", "showed"]]);
  });

  it("an adverb opening the sentence is no part of the finding's subject read back from its verb", () => {
    expect(quotes("Early results show the polls missed the turnout.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["the polls missed the turnout", "results", "show"],
    ]);
  });

  it("a progressive finding keeps its auxiliary in the cue; a person showing signs reports nothing", () => {
    expect(quotes("New polling is showing that the mayor has a large lead.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["that the mayor has a large lead", "New polling", "is showing"],
    ]);
    expect(quotes("The staff are showing signs of strain.", "en")).toEqual([]);
  });

  it("states is a cue only as a verb that introduces its content", () => {
    expect(quotes("The report states that the program failed.", "en")).toEqual([["indirect", "that the program failed", "The report", "institution", "states"]]);
    expect(quotes("Officials in three states said the program failed.", "en").map((q) => q[4])).toEqual(["said"]);
    expect(quotes("The United States sent two ships to the region.", "en")).toEqual([]);
  });

  it("an auxiliary right before the reporting verb belongs to the cue", () => {
    expect(quotes("Miller has said the talks had failed.", "en")[0]?.[4]).toBe("has said");
    expect(quotes("Müller hat gesagt, die Gespräche seien gescheitert.", "de")[0]?.[4]).toBe("hat gesagt");
    expect(quotes("Müller hat am Montag gesagt, die Gespräche seien gescheitert.", "de")[0]?.[4]).toBe("gesagt");
  });

  it("a separable particle right after the verb belongs to the cue, one further away does not", () => {
    expect(quotes("Die Polizei teilte mit, dass drei Menschen verletzt wurden.", "de")[0]?.[4]).toBe("teilte mit");
    expect(quotes("Die Polizei teilte am Abend mit, dass drei Menschen verletzt wurden.", "de")[0]?.[4]).toBe("teilte");
    expect(quotes("The senator called for a new inquiry into the contracts.", "en")[0]?.[4]).toBe("called for");
  });

  it("X told Y: the addressee is not the speaker", () => {
    const { quotes: found, attributions } = read("Peskov told RIA Novosti the talks were over.", "en");
    expect(found[0]?.speaker).toBe("Peskov");
    expect(attributions[0]?.chain).toEqual(["Peskov", "RIA Novosti"]);
  });

  it("a speech act without its words is reported as the sentence", () => {
    // German news counts the verb as part of the statement, which then has no cue before its words.
    expect(quotes("Müntefering sprach von einem Riesenerfolg für die Partei.", "de")).toEqual([
      ["reported", "Müntefering sprach von einem Riesenerfolg für die Partei", "Müntefering", "person", null],
    ]);
  });
});

describe("pronouns", () => {
  it("resolve to the nearest named speaker before", () => {
    const german = "Kanzler Olaf Beispiel sagte, die Lage sei ernst. Später betonte Ministerin Anna Berg, man sei vorbereitet. „Wir schaffen das“, sagte sie.";
    expect(quotes(german, "de").map((q) => q[2])).toEqual(["Kanzler Olaf Beispiel", "Ministerin Anna Berg", "sie (Anna Berg)"]);
    const english = "Senator Jane Doe said the bill would pass. “We have the votes,” she added.";
    expect(quotes(english, "en").map((q) => q[2])).toEqual(["Senator Jane Doe", "she (Jane Doe)"]);
  });

  it("a possessive counterpart is the other party, not the possessor", () => {
    const german =
      "Kanzler Olaf Beispiel traf seinen Amtskollegen Pierre Exemple in Paris. „Wir bleiben eng verbunden“, sagte Beispiel. Darauf antwortete sein Gesprächspartner: „Das ist ein guter Anfang für uns alle.“";
    expect(quotes(german, "de").map((q) => q[2])).toEqual(["Beispiel", "sein Gesprächspartner (Pierre Exemple)"]);
    // No relational mention: the latest named speaker who is not the possessor.
    const english = "Governor Tom Roe said the talks were useful. “We agree on the budget,” Senator Jane Doe said. “We are not there yet,” her counterpart replied.";
    expect(quotes(english, "en").map((q) => q[2])).toEqual(["Governor Tom Roe", "Senator Jane Doe", "her counterpart (Tom Roe)"]);
  });

  it("a counterpart with no other party in sight stays as written", () => {
    expect(quotes("„Das ist ein guter Anfang für uns alle“, sagte sein Gesprächspartner.", "de")[0]?.[2]).toBe("sein Gesprächspartner");
  });

  it("stay as written when nobody was named", () => {
    expect(quotes("Er sagte, er sei müde.", "de")[0]?.[2]).toBe("Er");
  });
});

describe("German shapes", () => {
  it("a quoted name inside the speaker or the addressee is no quote", () => {
    expect(quotes("Der Staatssekretär sagte der „Berliner Zeitung“, dass Kraftstoffe angeboten werden sollten.", "de")).toEqual([
      ["indirect", "dass Kraftstoffe angeboten werden sollten", "Der Staatssekretär", "person", "sagte"],
    ]);
    expect(quotes("Die „Süddeutsche Zeitung“ berichtete, der Minister trete zurück.", "de")[0]?.slice(2)).toEqual(["Die „Süddeutsche Zeitung“", "media", "berichtete"]);
  });

  it("compound tenses, adverbs before the verb, and 'nach' after its noun", () => {
    expect(quotes("Die Zeitung hatte gestern berichtet, 200 Mitarbeiter sollen entlassen werden.", "de")[0]?.[2]).toBe("Die Zeitung");
    expect(quotes("Die Anwohner hingegen sagen, der Betreiber trage die Schuld.", "de")).toEqual([["indirect", "der Betreiber trage die Schuld", "Die Anwohner", "person", "sagen"]]);
    expect(quotes("Ihrer Meinung nach hätte der Verein früher eingreifen müssen.", "de")).toEqual([["reported", "hätte der Verein früher eingreifen müssen", "Ihrer Meinung", "person", "nach"]]);
  });
});

describe("'so' after a clause", () => {
  it("names the speaker of what comes before, after a quote or a clause", () => {
    expect(quotes("„Wir sind bereit“, so Putin.", "de")).toEqual([["direct", "„Wir sind bereit“", "Putin", "person", "so"]]);
    expect(quotes("Zwei Drittel aller Heilmethoden sind unwirksam, so die Stiftung Warentest.", "de")).toEqual([
      ["indirect", "Zwei Drittel aller Heilmethoden sind unwirksam", "die Stiftung Warentest", "institution", "so"],
    ]);
  });

  it("is an adverb elsewhere", () => {
    expect(quotes("Er kam so schnell wie möglich, und so blieb es bis zum Abend still im ganzen Haus.", "de")).toEqual([]);
  });
});

describe("quotation marks around markup attribute values", () => {
  it("an attribute's value is no quote; a quotation in the text around the markup still is", () => {
    const text = 'Bridge opens\n\n<tweet author="@CountyMayor" date="May 2, 2016">The bridge opens on Friday.</tweet>\n\nThe mayor said, "We are ready for the crowds."';
    expect(quotes(text, "en")).toEqual([["direct", '"We are ready for the crowds."', "The mayor", "person", "said"]]);
  });
});
