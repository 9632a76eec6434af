import { describe, expect, it } from "vitest";
import { quotes, read } from "./helpers.js";

const speakers = (text: string, language: "de" | "en") => read(text, language).quotes.map((q) => q.speaker);

describe("speakers of quotations without a cue", () => {
  it("the subject of the clause around a quotation speaks when it names a person", () => {
    expect(speakers("During the debate, Laura Finch quipped, “I am a moderate, but a moderate who gets things done.”", "en")).toEqual(["Laura Finch"]);
    // The sentence reporting the quote is a statement of its own, by the same speaker.
    // A naming verb's quotation is the quote alone (see german-cues.test.ts).
    expect(speakers("Anna Berg nannte den Plan im Stadtrat „einen großen Schritt für die ganze Stadt“.", "de")).toEqual(["Anna Berg"]);
  });

  it("an outlet or office without a name speaks in the quotation's own clause", () => {
    expect(speakers("His office sent out a statement saying the city “cannot afford to repair every bridge this year.”", "en")).toEqual(["His office"]);
  });

  it("a clause about a thing gives a quotation no speaker", () => {
    expect(speakers("The best-selling item at the fair was a mug reading “Keep calm and vote early, friends.”", "en")).toEqual([null]);
  });

  it("a quotation opening its sentence speaks for the person the sentence before is about", () => {
    expect(speakers("Mark Howard continued his remarks at the rally. “Eight years ago she was the favourite, and then it all changed.”", "en")).toEqual(["Mark Howard"]);
    expect(speakers("Anna Berg setzte ihre Rede vor dem Stadtrat fort. „Wir werden den Haushalt in diesem Jahr ausgleichen.“", "de")).toEqual(["Anna Berg"]);
  });

  it("so does a short quotation that is a whole sentence of its own, never a term or a title in a sentence", () => {
    expect(speakers("Mayor Ann Lee smiled at the question. “Stay tuned.”", "en")).toEqual(["Mayor Ann Lee"]);
    expect(speakers("Mayor Ann Lee smiled. The song “Stay Tuned” played.", "en")).toEqual([]);
  });

  it("a sentence inside the quotation before names no narrator: its pronoun is the quoted speaker's", () => {
    const en = "The fair opened on Monday.\n“We must act on the harbor now. We are late.”\n“Nobody waits for a town that cannot decide.”";
    expect(speakers(en, "en")).toEqual([null, null]);
    const de = "Die Messe öffnete am Montag.\n„Wir müssen jetzt am Hafen handeln. Wir sind spät dran.“\n„Niemand wartet auf eine Stadt, die sich nicht entscheiden kann.“";
    expect(speakers(de, "de")).toEqual([null, null]);
    // A speaker named before goes on through both.
    expect(speakers(`Mark Howard continued his remarks at the rally. ${en.slice(en.indexOf("“"))}`, "en")).toEqual(["Mark Howard", "Mark Howard"]);
  });
});

describe("antecedents of pronouns", () => {
  it("'it' stands for the body that spoke a sentence or two before, typed as the body is", () => {
    expect(quotes("The ministry said talks would resume. It added that a deal was close.", "en").map((q) => [q[2], q[3]])).toEqual([
      ["The ministry", "institution"],
      ["It (ministry)", "institution"],
    ]);
    // Nothing that spoke before: "it" speaks as written.
    expect(quotes("Talks broke down. It added that a deal was close.", "en").map((q) => q[2])).toEqual(["It"]);
  });

  it("a one-word name the text writes before a role speaking for a body is the body's, and 'it' stands for it", () => {
    const text = "A Northwind spokeswoman confirmed the strike. Northwind said on Tuesday it would cancel 800 flights. “We regret the inconvenience,” it said.";
    expect(quotes(text, "en").map((q) => [q[2], q[3]])).toEqual([
      ["A Northwind spokeswoman", "anonymous"],
      ["Northwind", "institution"],
      ["it (Northwind)", "institution"],
    ]);
    expect(quotes("Ein Nordwind-Sprecher bestätigte den Streik. Nordwind teilte mit, man bedauere die Ausfälle.", "de").map((q) => q[3])).toContain("institution");
    // Not a person's surname, which the text writes after a title or a given name too.
    const aide = "Senator Ann Lee spoke in Ohio. “We will win,” Lee said. A Lee spokesman declined to comment.";
    expect(quotes(aide, "en").map((q) => [q[2], q[3]])).toContainEqual(["Lee", "person"]);
    // Before what only a firm has.
    expect(quotes("Northwind said it would cut 800 jobs. Northwind shares fell 2%.", "en").map((q) => q[3])).toEqual(["institution"]);
    expect(quotes("Nordwind teilte mit, der Streik sei beendet. Die Nordwind-Aktie stieg um zwei Prozent.", "de").map((q) => q[3])).toEqual(["institution"]);
    // Before its role after the possessive too.
    expect(quotes("Northwind's spokesman Tom Berg denied the claim. Northwind said it would appeal.", "en").map((q) => [q[2], q[3]])).toContainEqual(["Northwind", "institution"]);
  });

  it("a one-word name opening a body's name written before it is that body's; not a person's", () => {
    expect(quotes("Regulators fined Northwind Platforms on Monday. Northwind said it would appeal.", "en").map((q) => [q[2], q[3]])).toEqual([["Northwind", "institution"]]);
    // Written before the body's name, it is no reference to it.
    expect(quotes("Northwind said it would appeal. Regulators fined Northwind Platforms on Monday.", "en").map((q) => q[3])).toEqual(["person"]);
    const person = "The Ruiz Foundation Inc. grew. Senator Ann Ruiz spoke. Ruiz said the grants would go on.";
    expect(quotes(person, "en").map((q) => [q[2], q[3]])).toEqual([["Ruiz", "person"]]);
    // A person's name and title a body's name opens is no body's name.
    expect(quotes("Dover Police Chief Ann Lee spoke first. Dover said the road would reopen.", "en").map((q) => q[3])).toEqual(["person"]);
  });

  it("'he' or 'she' stands for the last named person, never a group headed by a plural noun that spoke since", () => {
    const text = "Mayor Tom Ruiz said the bridge would close. Republican voters said the plan was a mistake. He said the ferry would run again.";
    expect(speakers(text, "en")).toEqual(["Mayor Tom Ruiz", "Republican voters", "He (Tom Ruiz)"]);
    // A plural capitalised only where it opens a sentence is a group too; a surname the text writes inside a sentence is not.
    const opening = "Mayor Tom Ruiz said the bridge would close. Residents said the plan was a mistake. He said the ferry would run again.";
    expect(speakers(opening, "en")).toEqual(["Mayor Tom Ruiz", "Residents", "He (Tom Ruiz)"]);
    const surname = "Ann Sanders toured the pier. Sanders said the bridge would close. She said the ferry would run again.";
    expect(speakers(surname, "en")).toEqual(["Sanders", "She (Ann Sanders)"]);
  });

  it("a pronoun right after a question stands for the person asked, who answers", () => {
    expect(speakers("Mayor Tom Ruiz spoke first. Reporters asked Ann Lee whether the pier would close. “Not this year,” she said.", "en")).toEqual(["Reporters", "she (Ann Lee)"]);
    expect(speakers("Bürgermeister Tom Ruiz sprach zuerst. Reporter fragten Ina Berg, ob der Hafen schließe. „Nicht dieses Jahr“, sagte sie.", "de")).toEqual(["Reporter", "sie (Ina Berg)"]);
    // Not one of the other gender: the pronoun reads on as before.
    expect(speakers("Mayor Tom Ruiz said the pier would close. Reporters asked Ann Lee about it. “Not this year,” he said.", "en")).toEqual(["Mayor Tom Ruiz", "Reporters", "he (Tom Ruiz)"]);
  });

  it("a pronoun never stands for a given name of the other gender, nor for a surname the text gave one before", () => {
    expect(speakers("Susan Park said the pier would close. Michael Reed said repairs would start in May. She said the town would pay.", "en")).toEqual(["Susan Park", "Michael Reed", "She (Susan Park)"]);
    const surname = "Susan Park said the pier would close. Michael Reed toured the harbor on Monday. Reed said repairs would start in May. She said the town would pay.";
    expect(speakers(surname, "en")).toEqual(["Susan Park", "Reed", "She (Susan Park)"]);
    // Named with a given name of both genders, or as people of both, a surname may stand for either.
    const both = "Susan Park said the pier would close. Chris Reed toured the harbor on Monday. Reed said repairs would start in May. She said the town would pay.";
    expect(speakers(both, "en")).toEqual(["Susan Park", "Reed", "She (Chris Reed)"]);
    expect(speakers("Ursula Berg sagte, die Brücke werde geschlossen. Michael Weber sagte, die Reparatur beginne im Mai. Sie sagte, die Stadt zahle die Kosten.", "de")).toEqual(["Ursula Berg", "Michael Weber", "Sie (Ursula Berg)"]);
    // Given names of news beyond the politicians', in both genders.
    expect(speakers("Paloma Reyes said the pier would close. Josh Hale said repairs would start in May. He said the town would pay.", "en")).toEqual(["Paloma Reyes", "Josh Hale", "He (Josh Hale)"]);
    expect(speakers("Wendy Park said the pier would close. Nigel Reed said repairs would start in May. She said the town would pay.", "en")).toEqual(["Wendy Park", "Nigel Reed", "She (Wendy Park)"]);
    expect(speakers("Jochen Weber sagte, die Brücke werde geschlossen. Greta Lang sagte, die Reparatur beginne im Mai. Er sagte, die Stadt zahle die Kosten.", "de")).toEqual(["Jochen Weber", "Greta Lang", "Er (Jochen Weber)"]);
  });

  it("a German pronoun opening a subordinate clause stands for the person opening the main clause", () => {
    expect(speakers("Der Minister sprach lange. Klar ist: Ivan Petrow wird nicht aufhören, solange er glaubt, gewinnen zu können.", "de")).toEqual(["er (Ivan Petrow)"]);
    expect(speakers("Anna Berg widersprach dem Plan, indem sie sagte, die Kosten seien zu hoch.", "de")).toContain("sie (Anna Berg)");
    // After "dass" the pronoun is in what was said, read as before.
    expect(speakers("Jan Ott sagte, dass er den Plan ablehne.", "de")).toEqual(["Jan Ott"]);
  });

  it("a pronoun two statements share stands for whom it stood for in the first", () => {
    const text = "The mayor defended the plan on Monday.\n\n“We looked at every option,” she said, adding that the city could not wait.";
    expect(speakers(text, "en")).toEqual(["The mayor", "she (The mayor)", "she (The mayor)"]);
  });

  it("a pronoun never stands for an American state, which speaks as its government", () => {
    expect(speakers("Gov. Tom Ruiz said the pier would close. Mississippi argued the law was sound. He said the state would appeal.", "en")).toEqual(["Gov. Tom Ruiz", "Mississippi", "He (Tom Ruiz)"]);
  });

  it("German: a pronoun stands for the subject before named after its role", () => {
    expect(speakers("Der Kai ist zu. Bürgermeister Tom Berg hat den Plan kritisiert. „Das ist ein Skandal“, sagte er am Montag.", "de")).toEqual(["er (Tom Berg)"]);
    // Or named in an apposition after its role, though it said nothing a cue reports.
    const apposition = "Bürgermeisterin Ann Berg sagte, man prüfe das. Die Sprecherin der Bürgerinitiative, Petra Lang, begrüßte die Vertagung. Die Anlagen seien zu nah geplant, kritisierte sie.";
    expect(speakers(apposition, "de")).toEqual(["Bürgermeisterin Ann Berg", "sie (Petra Lang)"]);
    // In English also a name before an apposition, where the text writes its first word capitalised inside a sentence.
    const named = "Ruiz said the audit was wrong. City Council member Derek Hall, a frequent critic of the mayor, was not convinced. He told the Ledger that the council had asked twice.";
    expect(speakers(named, "en")).toContain("He (Derek Hall)");
    expect(speakers("Tom Ruiz said the audit was wrong. Even Tom Hall, a critic, was quiet. He said the council had asked twice.", "en").at(-1)).toBe("He (Tom Ruiz)");
  });

  it("German: a pronoun stands for a trial's party, a doctor or a priest opening the sentence before", () => {
    expect(speakers("Der Verteidiger hatte auf Notwehr plädiert. Sein Mandant habe sich bedroht gefühlt, sagte er.", "de")).toEqual(["er (Verteidiger)"]);
    expect(speakers("Der Notarzt kam nach zehn Minuten. Er sagte, der Mann sei ansprechbar gewesen.", "de")).toEqual(["Er (Notarzt)"]);
    expect(speakers("Die Gutachterin prüfte die Akten. Sie sagte, die Statik sei mangelhaft.", "de")).toEqual(["Sie (Gutachterin)"]);
  });

  it("a pronoun stands for one person named, not for a role alone nor for two named together", () => {
    expect(speakers("Ann Lee said the pier would close. The candidate said repairs would start in May. She said the town would pay.", "en")).toEqual(["Ann Lee", "The candidate", "She (Ann Lee)"]);
    const pair = "Ann Lee said the pier would close. Ruiz and Marsh said repairs would start in May. She said the town would pay.";
    expect(speakers(pair, "en")).toEqual(["Ann Lee", "Ruiz and Marsh", "She (Ann Lee)"]);
  });

  it("a pronoun right after an unnamed person's statement stands for that person, shown as written", () => {
    const en = "Ann Lee said the pier would close. A council spokeswoman said repairs would start in May. She told the Gazette the town would pay.";
    expect(speakers(en, "en")).toEqual(["Ann Lee", "A council spokeswoman", "She (A council spokeswoman)"]);
    expect(read(en, "en").attributions.at(-1)?.chain).toEqual(["council spokeswoman", "Gazette"]);
    const de = "Anna Berg sagte, der Pier werde geschlossen. Eine Sprecherin der Stadt sagte, die Reparatur beginne im Mai. Die Stadt zahle, sagte sie dem Kurier.";
    expect(speakers(de, "de")).toEqual(["Anna Berg", "Eine Sprecherin der Stadt", "sie (Eine Sprecherin der Stadt)"]);
    // Not a role of the other gender by its article, not several people, not after a question.
    expect(speakers("Anna Berg sagte, der Pier werde geschlossen. Ein Sprecher der Stadt sagte, die Reparatur beginne im Mai. Die Stadt zahle, sagte sie dem Kurier.", "de")[2]).toBe("sie (Anna Berg)");
    expect(speakers("Ann Lee said the pier would close. Two aides said repairs would start in May. She told the Gazette the town would pay.", "en")[2]).toBe("She (Ann Lee)");
    expect(speakers("Ann Lee said the pier was safe. A reporter asked whether the pier would close. She said the town would pay.", "en").at(-1)).toBe("She (Ann Lee)");
  });

  it("a pronoun after a lowercase role stands for it where no name came before, else for the name the role describes", () => {
    expect(speakers("The prime minister said the decision was final. 'We will not back down,' she told the BBC.", "en")).toEqual([
      "The prime minister",
      "she (The prime minister)",
    ]);
    expect(speakers("Ann Lee said the pier was safe. The senator said the pier would close. 'We will pay,' she told the Gazette.", "en").at(-1)).toBe("she (Ann Lee)");
  });

  it("a definite role stands for the unnamed person named so before, and a pronoun after it for that person too", () => {
    const en = "A council spokeswoman said the pier would close. The spokeswoman added that the council would pay.";
    expect(speakers(en, "en")).toEqual(["A council spokeswoman", "The spokeswoman (A council spokeswoman)"]);
    expect(read(en, "en").attributions.map((a) => a.chain)).toEqual([["council spokeswoman"], ["council spokeswoman"]]);
    const de = "Ein Sprecher der Stadt sagte, der Kai werde gesperrt. Der Sprecher fügte hinzu, die Reparatur dauere ein Jahr. Er sagte, die Stadt zahle.";
    expect(speakers(de, "de")).toEqual(["Ein Sprecher der Stadt", "Der Sprecher (Ein Sprecher der Stadt)", "Er (Ein Sprecher der Stadt)"]);
    // Each mention is still a phrase the sourcing rules point at.
    expect(read(en, "en").quotes.map((q) => q.speakerType)).toEqual(["anonymous", "anonymous"]);
    // Written so again, after a named person spoke, it is still the unnamed one, shown once.
    const witness = "“He told me to delete them,” the witness told jurors. Defense attorney Mark Ruiz suggested she had a motive to lie. The witness denied that.";
    expect(speakers(witness, "en")).toEqual(["the witness", "Defense attorney Mark Ruiz", "The witness"]);
  });

  it("a possessive owning a statement noun stands for the person as a pronoun does", () => {
    const text = "Susan Park said the pier was old. Michael Reed said repairs would start in May. A backlash followed over her warning that the pier would close.";
    expect(speakers(text, "en")).toEqual(["Susan Park", "Michael Reed", "her (Susan Park)"]);
  });

  it("kin or companions after a possessive are people of their own, never the possessor", () => {
    expect(speakers("Mayor Jan Ott resigned. His parents said he was exhausted. Her friend said the mayor left.", "en")).toEqual(["His parents", "Her friend"]);
    expect(speakers("Bürgermeister Jan Ott trat zurück. Seine Eltern sagten, er sei erschöpft.", "de")).toEqual(["Seine Eltern"]);
    // A statement noun after the possessive is still the possessor's.
    expect(speakers("Bürgermeister Jan Ott trat zurück. Nach seinen Angaben sei die Arbeit getan.", "de")).toEqual(["seinen Angaben (Jan Ott)"]);
  });

  it("\"it\" closing its sentence stands for the body opening it, without the verb's adverbs", () => {
    expect(speakers("The company now expects earnings of $2.10 a share, it said in a statement.", "en")).toEqual(["it (company)", "The company"]);
  });

  it("a pronoun never stands for a name with a title of the other gender", () => {
    expect(speakers("Ms. Ann Lee said the bridge would close. Later the council met. “We will see,” he said.", "en")).toEqual(["Ms. Ann Lee", "he"]);
    expect(speakers("Mr. Tom Ruiz said the bridge would close. “We will see,” he said.", "en")).toEqual(["Mr. Tom Ruiz", "he (Tom Ruiz)"]);
    expect(speakers("Herr Jonas Weber sagte, die Brücke werde geschlossen. Der Rat tagte danach. „Das sehen wir noch“, sagte sie.", "de")).toEqual(["Herr Jonas Weber", "sie"]);
    expect(speakers("Frau Anna Berg sagte, die Brücke werde geschlossen. „Das sehen wir noch“, sagte sie.", "de")).toEqual(["Frau Anna Berg", "sie (Anna Berg)"]);
  });

  it("nor a phrase with a noun of the other gender", () => {
    expect(speakers("Ann Lee said the bridge would close. The man who sold the boat said it was sound. “We will see,” she said.", "en")).toEqual(["Ann Lee", "The man", "she (Ann Lee)"]);
    expect(speakers("Anna Berg sagte, die Brücke werde geschlossen. Der Vater des Fahrers sagte, das Boot sei dicht. „Das sehen wir noch“, sagte sie.", "de")).toEqual(["Anna Berg", "Der Vater des Fahrers", "sie (Anna Berg)"]);
  });

  it("\"one\" opening its clause before the verb is someone counted, unnamed", () => {
    expect(read("Two officials spoke. One said the plan was dead. The plan is dead, one said.", "en").quotes.map((q) => [q.speaker, q.speakerType])).toEqual([
      ["One", "anonymous"],
      ["one", "anonymous"],
    ]);
    const attorneys = "Ann Lee met with attorneys; one suggested she marry an American. She said it was absurd.";
    expect(speakers(attorneys, "en")).toEqual(["one", "She (Ann Lee)"]);
    expect(speakers("No one said the plan was dead.", "en")).toEqual([]);
  });

  it("a possessive names its owner's gender, not the person a possessed noun names", () => {
    expect(speakers("Her son, Peter Hale, said the house was sold. “It is sad,” he said.", "en")).toEqual(["Her son, Peter Hale", "he (Peter Hale)"]);
    expect(speakers("His wife, Ann Hale, said he was tired. “He worked too hard,” she wrote.", "en")).toEqual(["His wife, Ann Hale", "she (Ann Hale)"]);
    expect(speakers("Ihr Sohn Peter Hale sagte, das Haus sei verkauft. Es sei traurig, sagte er.", "de")).toEqual(["Ihr Sohn Peter Hale", "er (Peter Hale)"]);
  });

  it("a pronoun stands for the person named speaking earlier in its own sentence, though that statement holds its own", () => {
    const de = "„Wir haben zwölf Tiere verloren“, klagte Landwirt Heinz Krüger. Umweltminister Axel Vogel warnte vor Panik: Es gebe keinen Grund zur Sorge, sagte er dem RBB.";
    expect(speakers(de, "de")).toEqual(["Landwirt Heinz Krüger", "er (Axel Vogel)", "Umweltminister Axel Vogel"]);
    const en = "“We lost twelve sheep,” said farmer Tom Hale. Minister Jim Lee rejected the plan, and he said it would fail.";
    expect(speakers(en, "en")).toEqual(["farmer Tom Hale", "Minister Jim Lee", "he (Jim Lee)"]);
    // A name inside what the pronoun said is never what it stands for; nor a capitalised noun after an article.
    expect(speakers("Ann Lee said the pier was old. Tom Ruiz was wrong, she said.", "en")).toEqual(["Ann Lee", "she (Ann Lee)"]);
    const libertarian = "Tom Ruiz said the pier was old. A Libertarian, he backed Ron Paul in 2012 and, in later contests, has supported Sen. Ted Cruz.";
    expect(speakers(libertarian, "en")).toEqual(["Tom Ruiz", "he (Tom Ruiz)", "A Libertarian"]);
  });

  it("a pronoun stands for the subject opening the sentence before past a participle's clause, or a surname alone that spoke before", () => {
    const text = "“I was woken up,” Ann Baker told the Gazette. Tom Linke called it “a dream.” Asked how she would spend the money, Ann Baker laughed. “On coffee,” she said.";
    // (The question asked is a statement of no named speaker.)
    expect(speakers(text, "en")).toEqual(["Ann Baker", "Tom Linke", null, "she (Ann Baker)"]);
    const surname = "“I was woken up,” Tom Baker told the Gazette. Jim Linke called it “a dream.” Asked about the money, Baker laughed. “On coffee,” he said.";
    expect(speakers(surname, "en")).toEqual(["Tom Baker", "Jim Linke", null, "he (Tom Baker)"]);
    const de = "Jürgen Koppelin sagte, der Haushalt sei zu hoch. Jan Ruiz sagte, er sei zu niedrig. Koppelin blieb hart. Er forderte, stärker zu sparen.";
    expect(speakers(de, "de")).toEqual(["Jürgen Koppelin", "Jan Ruiz", "Er (Jürgen Koppelin)"]);
  });

  it("a surname alone opening the sentence before names the person the text wrote in full, though never speaking", () => {
    const de = "„Wir sind froh“, sagte Sportdirektor Marinko Jurendic. Der Verein trennte sich von Trainer Jess Thorup. Thorup zeigte sich enttäuscht. Er wünsche dem Verein alles Gute, ließ er ausrichten.";
    expect(speakers(de, "de")).toEqual(["Sportdirektor Marinko Jurendic", "er (Jess Thorup)"]);
    const en = "“We move on,” said chairman Tom Ruiz. The board fired chief executive Ann Lee. Lee left the building at noon. She said she was proud of her record.";
    expect(speakers(en, "en")).toEqual(["chairman Tom Ruiz", "She (Ann Lee)"]);
    // Not a name in what somebody says, nor a role after an article ("unter dem Christdemokraten Balkenende").
    const said = "Bob Hale backs Tim Cruz. Cruz is the ablest candidate, Hale argues. “Cruz is our best debater,” he says.";
    expect(speakers(said, "en")).toEqual(["Bob Hale", "Hale", "he (Bob Hale)"]);
    const role = "„Wir sind froh“, sagte Marinko Jurendic. Die Koalition unter dem Christdemokraten Balkenende zerbrach. Balkenende blieb ruhig. Er sagte, er trete zurück.";
    expect(speakers(role, "de")).toEqual(["Marinko Jurendic", "Er (Marinko Jurendic)"]);
  });

  it("a pronoun standing for a possessor names the person without the possessive ending", () => {
    expect(speakers("Mr. Ruiz's claim that the pier was unsafe drew fire. He said the pier would close.", "en")).toEqual(["Mr. Ruiz's", "He (Mr. Ruiz)"]);
    expect(speakers("Ann Lee’s suggestion that the pier close drew fire. She said the pier was unsafe.", "en")).toEqual(["Ann Lee’s", "She (Ann Lee)"]);
  });
});

describe("German verb-second order", () => {
  it("a fronted adverb before the cue is no speaker: the named speaker after the verb is", () => {
    expect(speakers("Besorgt äußerte sich Anna Berg über die Zunahme der Gewalt, die Lage sei dramatisch.", "de")).toEqual(["Anna Berg"]);
    expect(speakers("Sinngemäß erklärte Jonas Weber also, der Plan sei gescheitert.", "de")).toEqual(["Jonas Weber"]);
  });

  it("after a quotation a question verb's subject follows it, and whom it asks comes after the subject", () => {
    expect(speakers("„Wann fährt der nächste Zug?“, fragte Anna Berg den Schaffner.", "de")).toEqual(["Anna Berg"]);
    expect(read("„Wann fährt der nächste Zug?“, fragte der Minister.", "de").quotes.map((q) => [q.kind, q.speaker, q.cue])).toEqual([["direct", "der Minister", "fragte"]]);
  });

  it("a phrase between the auxiliary and the participle is the object when someone opens the clause", () => {
    expect(speakers("Ein Bezirksgericht in Ohio hat das Netzwerk Twitter aufgefordert, die Daten herauszugeben.", "de")).toEqual(["Ein Bezirksgericht in Ohio"]);
    expect(speakers("Gestern hat die Regierung erklärt, der Plan sei gescheitert.", "de")).toEqual(["die Regierung"]);
  });

  it("a quotation opening its sentence speaks for the named subject after the verb that follows its comma, whatever the verb", () => {
    const text = "Das Spiel endete 2:2. „Wir sind jetzt Tabellenzweiter und müssen nur noch gegen Kiel gewinnen“, zeigte sich Trainerin Vera Lindqvist nach dem Spiel zufrieden.";
    expect(speakers(text, "de")).toEqual(["Trainerin Vera Lindqvist"]);
    // A place after the verb names nobody.
    expect(speakers("Das Spiel endete 2:2. „Wir sind jetzt Tabellenzweiter und müssen nur noch gegen Kiel gewinnen“, stand auf dem Plakat der Fans.", "de")).toEqual([null]);
  });

  it("the verb after such a quotation's comma is its cue, a reflexive with it; a short quotation there is said, not named", () => {
    expect(quotes("Die Regatta endete am Abend. „Das war knapp“, erinnerte sich die Trainerin.", "de")).toEqual([
      ["direct", "„Das war knapp“", "die Trainerin", "person", "erinnerte sich"],
    ]);
    expect(quotes("„Der Hafen bleibt für alle Schiffe offen“, ließ ein Sprecher der Stadt verlauten.", "de")[0]?.[4]).toBe("ließ");
  });

  it("a colon-announced quotation after a fronted object speaks for the named subject after the verb", () => {
    const text = "Die Finanzierung des neuen Hafens stellte der Vorsitzende des Ausschusses Jonas Weber ebenfalls in Frage: „Das Geld reicht dafür nicht aus.“";
    expect(quotes(text, "de")).toEqual([["direct", "„Das Geld reicht dafür nicht aus.“", "der Vorsitzende des Ausschusses Jonas Weber", "person", "stellte"]]);
    // So does a fronted object with a prepositional attribute.
    expect(speakers("Den Unmut der Partei über den Beschluss brachte die Sprecherin der Fraktion zum Ausdruck: „Es gibt keinen Grund zur Eile.“", "de")).toEqual(["die Sprecherin der Fraktion"]);
    // A fronted phrase naming a speaker keeps the quotation.
    expect(speakers("Die Gewerkschaft lobt der Vorstand der Firma Brandt ausdrücklich: „Sie vertritt uns gut.“", "de")).toEqual(["Die Gewerkschaft"]);
  });

  it("an intensifier after the subject ('selbst', 'himself') leaves the subject the speaker, not the document after the verb", () => {
    expect(quotes("Die Ministerin selbst schrieb in einer Erklärung, sie trete zurück.", "de")[0]?.slice(2)).toEqual(["Die Ministerin", "person", "schrieb"]);
    expect(quotes("Der Verband selber teilte am Montag mit, die Preise würden steigen.", "de")[0]?.[2]).toBe("Der Verband");
    expect(quotes("The minister herself wrote in a statement that she would resign.", "en")[0]?.[2]).toBe("The minister herself");
  });

  it("a colon-announced quotation after a fronted object too long to read whole speaks for 'er' after the verb", () => {
    const text = "Bürgermeister Jonas Keller sagte, er sei zufrieden. Die Arbeit des Stadtrats in den ersten Monaten nach der Wahl des neuen Kämmerers lobte er mit den Worten: „Der Rat arbeitet sachlich.“";
    expect(speakers(text, "de")).toEqual(["Bürgermeister Jonas Keller", "er (Jonas Keller)"]);
    // "vieler" after a preposition is no verb and "er" stands nowhere: the clause names no one who announces it.
    const none = "Die Arbeit des Stadtrats in den ersten Monaten war nach Ansicht vieler gut: „Der Rat arbeitet sachlich.“";
    expect(speakers(none, "de")).not.toContain("er");
  });

  it("a definite role describes the named person who spoke right before, not a role alone nor another body's person", () => {
    const named = read("Die Lage sei ernst, sagte UN-Vertreter Tom Berger. Man brauche Hilfe, so der UN-Mitarbeiter.", "de").attributions.map((a) => a.chain);
    expect(named).toEqual([["Tom Berger"], ["Tom Berger"]]);
    const roles = "The health secretary told MPs that waiting lists are falling. The Liberal Democrats' health spokesperson said the figures were misleading.";
    expect(read(roles, "en").attributions.map((a) => a.chain)).toEqual([["health secretary"], ["Liberal Democrats health spokesperson"]]);
    expect(read("Ann Lee said the pier would close. The council's spokeswoman said repairs would start in May.", "en").attributions.at(-1)?.links[0]?.type).toBe("anonymous");
  });

  it("a sentence opened by 'Pro' names no subject for a pronoun after it to stand for", () => {
    const text = "Pro Haushalt gebe es nur einen Sack Mehl, sagte EU-Vertreter Tom Berger. Es sei knapp, sagte er.";
    expect(speakers(text, "de")).toEqual(["EU-Vertreter Tom Berger", "er (Tom Berger)"]);
  });

  it("a subject set off from its auxiliary by a long appositive speaks, shown with the appositive", () => {
    const text = "Die Sprecherin der Mieter im Beirat der Wohnungsbaugesellschaft (WBG), Carla Neumann, hat in einem Gespräch mit dem Lokalradio gefordert, dass die Mieten eingefroren werden.";
    expect(quotes(text, "de")).toEqual([["indirect", "dass die Mieten eingefroren werden", "Die Sprecherin der Mieter im Beirat der Wohnungsbaugesellschaft (WBG), Carla Neumann", "person", "gefordert"]]);
    expect(speakers("Werksleiter Tobias Brandl, zuständig für das Geschäft in Asien, hatte bereits im Mai angekündigt, den Standort ausbauen zu wollen.", "de")).toEqual(["Werksleiter Tobias Brandl, zuständig für das Geschäft in Asien"]);
    // After a clause of time the subject follows the auxiliary.
    expect(speakers("Nachdem die Zahlen vorlagen, hat der Vorstand mitgeteilt, der Standort bleibe erhalten.", "de")).toEqual(["der Vorstand"]);
  });

  it("a name in quotation marks as the subject of a comment clause or after an inverted cue speaks", () => {
    expect(speakers("Wie „netz aktuell“ berichtet, sperrten die Behörden den Zugang zu dem Dienst.", "de")).toEqual(["„netz aktuell“"]);
    expect(speakers("Wie die „Initiative Saubere Stadt“ heute mitteilte, werde die Sammlung ausgeweitet.", "de")).toEqual(["die „Initiative Saubere Stadt“"]);
    // After an inverted cue too: "„…“, schrieb „Die Zeit“".
    expect(speakers("„Er war der Kopf der Band, der in Erinnerung bleibt“, schrieb „Das Wochenblatt“ in einem Nachruf.", "de")).toEqual(["„Das Wochenblatt“"]);
    // A quotation the comment clause stands in gives it no subject: "„…, wie immer“, sagte er".
    expect(speakers("„Das bleibt so, wie immer“, sagte er.", "de")).toEqual(["er"]);
  });

  it("a comment clause closed by its cue: the subject follows 'wie', a passive names no speaker", () => {
    expect(speakers("Wie eine Sprecherin des Konzerns gegenüber der Zeitung bestätigte, plant das Unternehmen weitere Zukäufe.", "de")).toEqual(["eine Sprecherin des Konzerns"]);
    expect(speakers("Das gilt als Umsetzung des Wahlrechts, wie sie von Demonstranten immer gefordert würde.", "de")).toEqual([]);
  });

  it("a role of a named person is a speaker noun: the role after the verb speaks, and a pronoun shows the name", () => {
    const text = "Vogt sprach lange über den Haushalt. Hier sparte die Bürgermeisterin auch nicht mit Kritik: „Jeder Stadtteil muss jetzt sparen.“";
    expect(speakers(text, "de")).toEqual(["die Bürgermeisterin"]);
    expect(read("Der Bundespräsident sagte, die Lage sei ernst.", "de").quotes[0]?.speakerType).toBe("person");
  });

  it("a quotation announced by a clause opened by an adverb or a prepositional phrase speaks for the subject after the verb", () => {
    expect(speakers("Die Stadt will den Hafen ausbauen. Hier sparte Jonas Weber nicht mit Kritik: „Das Land hat uns viel zu lange warten lassen.“", "de")).toEqual(["Jonas Weber"]);
    const text = "Die Stadt will den Hafen ausbauen. In seiner Rede vor dem Rat lobte der Sprecher der Reederei die Pläne: „Ohne diesen Hafen hätten wir keine Zukunft.“";
    expect(speakers(text, "de")).toEqual(["der Sprecher der Reederei"]);
    expect(speakers("Die Stadt will den Hafen ausbauen. Auf dem Transparent stand die Parole: „Der Hafen gehört allen Menschen hier.“", "de")).toEqual([null]);
  });

  it("a capitalised opener the text never capitalises inside a sentence is an adverb: the subject follows the verb", () => {
    expect(speakers("Unterdessen verlangen die Anwohner, dass sich der Stadtrat mit dem Lärm befasst.", "de")).toEqual(["die Anwohner"]);
    expect(speakers("Jonas Weber besuchte den Hafen. Weber kritisierte die Polizei, die Lage sei ernst.", "de")).toEqual(["Weber"]);
    expect(speakers("Weber sagte der Zeitung, die Lage sei ernst.", "de")).toEqual(["Weber"]);
  });

  it("an opening adverb before a colon or a passive cue is no speaker", () => {
    // Before the colon the subject follows the verb; with none after it, the verb still announces the quote.
    expect(quotes("Das Gericht tagte am Montag. Insbesondere bemängelte das Gericht: „Die Behörde darf keine Daten speichern.“", "de").map((q) => [q[2], q[4]])).toEqual([["das Gericht", "bemängelte"]]);
    expect(quotes("Die Gruppe tagte am Montag. Derzeit steht deshalb im Entwurf noch der Satz: „Die Daten sind zu löschen.“", "de").map((q) => [q[2], q[4]])).toEqual([[null, "steht"]]);
    // A passive's agent never opens its clause: the passage stays with the speaker before.
    const passive = quotes("Der Verein wirft der Stadt vor, gelogen zu haben. Insbesondere kritisiert wird, dass die Demonstration gefilmt worden sei.", "de");
    expect(passive.find((q) => q[1].startsWith("Insbesondere"))?.[2]).toBe("Der Verein");
  });

  it("a phrase opened by a preposition of exception names no speaker: the passage stays with the speaker before", () => {
    const text = "Die Forscher legten eine Analyse vor. Außer der großen Koalition sei kein Bündnis denkbar.";
    expect(quotes(text, "de").find((q) => q[1].startsWith("Außer"))?.[2]).toBe("Die Forscher");
  });

  it("an adjective before a quoted name belongs to the phrase it opens, not after a noun and its genitive link", () => {
    expect(speakers("Wenige Stunden nach der Wahl erklärte die neue „Bürgerinitiative Nord“, die Verfassung sei ausgesetzt.", "de")).toEqual(["die neue „Bürgerinitiative Nord“"]);
    expect(speakers("Laut einer Nachricht soll der frühere „Torwart“ gestorben sein.", "de")).toEqual(["einer Nachricht"]);
  });

  it("an opening mark set off from a source phrase starts the quotation, no part of the source's name", () => {
    expect(quotes("Laut den Richtern „sei das Urteil endgültig“.", "de").map((q) => q[2])).toEqual(["den Richtern", "den Richtern"]);
    expect(speakers("Ein Sprecher des Magazins „Der Spiegel“ sagte, die Lage sei ernst.", "de")).toEqual(["Ein Sprecher des Magazins „Der Spiegel“"]);
  });

  it("a capitalised opener that heads a hyphenated compound inside a sentence is a name, the subject", () => {
    const text = "Ein Sprecher der Umweltgruppe sagte, der Hafen sei belastet. Seewacht fordert die Räumung der Halle. Ein Seewacht-Experte warnt vor Schäden.";
    expect(quotes(text, "de").find((q) => q[1].startsWith("Seewacht fordert"))?.[2]).toBe("Seewacht");
  });

  it("a quotation in a clause opened by an adverb stays a quotation where no speaker is named", () => {
    expect(quotes("Letztlich bestehen „begründete Zweifel an der Aussage“ des Zeugen.", "de")).toEqual([["direct", "„begründete Zweifel an der Aussage“", null, null, null]]);
  });

  it("a partial quote in a clause opened by a focus particle speaks for the named subject after it", () => {
    const q = quotes("Auch der Verkehrsminister Jonas Weber attackierte den Plan als „teuren Irrweg“.", "de");
    expect(q.map((x) => x[2])).toEqual(["der Verkehrsminister Jonas Weber"]);
  });

  it("a focus particle before the subject leaves it the speaker; a time after it is no subject", () => {
    expect(speakers("Auch der frühere Bürgermeister Jonas Weber kritisierte, der Hafen werde zu teuer.", "de")).toEqual(["der frühere Bürgermeister Jonas Weber"]);
    expect(speakers("Erst vergangene Woche kündigte der Verlag an, zwei Druckereien zu verkaufen.", "de")).toEqual(["der Verlag"]);
    // A fronted object with its relative clause names nobody; the speaker after the finite verb is the subject.
    expect(speakers("Die Zahl der Verletzten, die in Kliniken gebracht wurden, bezifferte die Feuerwehr am Abend mit 40. Die meisten seien leicht verletzt.", "de")).toEqual(["die Feuerwehr", "die Feuerwehr"]);
    expect(speakers("Der Bürgermeister, der seit Jahren im Amt ist, sagte, die Brücke sei marode.", "de")).toEqual(["Der Bürgermeister"]);
    // After the verb too: a focus particle before the subject there, a crowd fronted with "von" counted out of.
    expect(speakers("Von den befragten Kliniken erklärten nur die Unikliniken, sie hätten genug Betten.", "de")).toEqual(["die Unikliniken"]);
    // A coordinator opening the sentence before the particle leaves it so; the object after the verb does not speak.
    expect(speakers("Aber auch der Verband kritisierte die Art und Weise, wie der Vertrag geschlossen wurde.", "de")).toEqual(["der Verband"]);
  });

  it("a comment clause: the subject after 'wie' over focus particles, or a web name standing alone", () => {
    expect(speakers("Wie schon die Polizei sagte, ist die Straße bis Montag gesperrt.", "de")).toEqual(["die Polizei"]);
    expect(speakers("Wie nord-kurier.de berichtet, ist die alte Brücke seit Montag gesperrt.", "de")).toEqual(["nord-kurier.de"]);
  });

  it("a subject pronoun after the verb of a fronted phrase speaks for the quotation", () => {
    const text = "Jonas Weber sagte am Abend, die Fraktion sei geschlossen. Das Angebot der Regierung lehnt er jedoch ab: „Wir brauchen einen echten Neuanfang.“";
    expect(read(text, "de").quotes.map((q) => [q.speaker, q.cue]).at(-1)).toEqual(["er (Jonas Weber)", "lehnt"]);
  });

  it("a coordinated cue shares the subject over focus particles before it and adverbs after the coordinator", () => {
    expect(speakers("Auch der frühere Minister Jonas Weber sprach sich gegen den Plan aus und sagte, er sei zu teuer.", "de")).toEqual(["der frühere Minister Jonas Weber"]);
    expect(speakers("Die Feuerwehr sperrte die Straße und betonte später, sie bleibe bis Montag gesperrt.", "de")).toEqual(["Die Feuerwehr"]);
    // After a comma too, where the main clause opens on its subject and its verb and no subject follows the cue.
    expect(speakers("Die Prüfer fanden einige Fehler, sprachen aber davon, dass die Wahl fair verlaufen sei.", "de")).toEqual(["Die Prüfer"]);
    // A subject after the cue inverts it: the clause before the comma is what it reports.
    expect(speakers("Die Grenzen bleiben geschlossen, kündigte die Regierung an.", "de")).toEqual(["die Regierung"]);
  });

  it("a coordinated cue shares the pronoun subject after the verb of a fronted phrase", () => {
    expect(speakers("Im Januar legte er sein Amt nieder und verkündete, er wolle künftig als Berater arbeiten.", "de")).toEqual(["er"]);
  });

  it("a named subject before the cue keeps speaking, an outlet after it is the addressee", () => {
    expect(speakers("Anna Berg sagte der Zeitung, die Lage sei ernst.", "de")).toEqual(["Anna Berg"]);
    expect(speakers("Die Richter stellten im Urteil klar, dass der Soldat keine Pflicht verletzt habe.", "de")).toEqual(["Die Richter"]);
  });
});

describe("quotations inside free indirect speech", () => {
  it("a partial quote in a Konjunktiv sentence speaks for the passage's speaker, not for the sentence's subject", () => {
    const text = "Die Ermittlerin Anna Berg sagte, der Pilot habe zu spät gebremst. Der Jet sei erst „weit hinter der normalen Zone“ aufgesetzt worden.";
    expect(speakers(text, "de")).toEqual(["Die Ermittlerin Anna Berg", "Die Ermittlerin Anna Berg", "Die Ermittlerin Anna Berg"]);
  });

  it("a Konjunktiv sentence with a main clause of its own speaks for that clause's subject, not the passage's speaker", () => {
    const text = "Bürgermeister Jonas Weber sagte, der Hafen werde ausgebaut. Die Polizei gibt dagegen an, die Straße sei gesperrt gewesen.";
    expect(speakers(text, "de")).toEqual(["Bürgermeister Jonas Weber", "Die Polizei"]);
    const relative = "Bürgermeister Jonas Weber sagte, der Hafen werde ausgebaut. Die Kosten, die das Land trage, seien aber zu hoch.";
    expect(speakers(relative, "de")).toEqual(["Bürgermeister Jonas Weber", "Bürgermeister Jonas Weber"]);
    const holder = "Die Partei forderte einen neuen Plan. Der Vorsitzende der Genossenschaft Peter Novak hob hervor, die Miete dürfe nicht weiter steigen.";
    expect(speakers(holder, "de")).toEqual(["Die Partei", "Der Vorsitzende der Genossenschaft Peter Novak"]);
    // A main clause in the weak preterite (the Konjunktiv's shape), a colon before the Konjunktiv.
    const preterite = "Bürgermeister Jonas Weber sagte, der Hafen werde ausgebaut. Die Abgeordnete Anna Berg reagierte gelassen: Die Pläne seien nicht neu.";
    expect(speakers(preterite, "de")).toEqual(["Bürgermeister Jonas Weber", "Die Abgeordnete Anna Berg"]);
    const subordinate = "Die Polizei sagte, der Mann sei geflohen. Nachdem er die Frau verfolgt hat, habe er sie festgehalten.";
    expect(speakers(subordinate, "de")).toEqual(["Die Polizei", "Die Polizei"]);
  });

  it("the main clause's subject is read over focus particles, prepositional attributes and an appositive name", () => {
    const attributes = "Der Bürgermeister sagte, die Lage sei ruhig. Ein Sprecher des Ministeriums in Berlin wies die Darstellung zurück, die Opposition habe die Zahlen erfunden.";
    expect(speakers(attributes, "de")).toEqual(["Der Bürgermeister", "Ein Sprecher des Ministeriums in Berlin"]);
    const appositive = "Die Stadt erklärte, die Brücke sei gesperrt. Der Vorsitzende des Vereins, Karl Huber, wandte sich gegen die Behauptung, der Verein werde aufgelöst.";
    expect(speakers(appositive, "de")).toEqual(["Die Stadt", "Der Vorsitzende des Vereins, Karl Huber"]);
    const focus = "Die Stadt erklärte, die Brücke sei gesperrt. Auch der Sprecher der Fraktion, Dieter Weber, hielt dagegen, die Kosten seien zu hoch.";
    expect(speakers(focus, "de")).toEqual(["Die Stadt", "der Sprecher der Fraktion, Dieter Weber"]);
    // A thing as the subject names no speaker: the passage's speaker goes on.
    const thing = "Die Stadt erklärte, die Brücke sei gesperrt. Das Gebäude am Markt in der Altstadt brannte aus, der Schaden sei hoch.";
    expect(speakers(thing, "de")).toEqual(["Die Stadt", "Die Stadt"]);
  });

  it("a narrative sentence whose subject names someone else turns the passage to that speaker", () => {
    const text = "Bürgermeister Jonas Weber sagte, der Hafen werde ausgebaut. Er sei für die Stadt unverzichtbar. Staatssekretärin Anna Berg ist dagegen besorgt. Die Kosten seien viel zu hoch.";
    expect(speakers(text, "de")).toEqual(["Bürgermeister Jonas Weber", "Bürgermeister Jonas Weber", "Staatssekretärin Anna Berg"]);
    // A pronoun, a counted crowd or a sentence with a quotation in between leaves the passage's speaker.
    const pronoun = "Bürgermeister Jonas Weber sagte, der Hafen werde ausgebaut. Er besuchte am Abend die Werft. Die Kosten seien tragbar.";
    expect(speakers(pronoun, "de")).toEqual(["Bürgermeister Jonas Weber", "Bürgermeister Jonas Weber"]);
    const counted = "Bürgermeister Jonas Weber sagte, der Hafen werde ausgebaut. Mehrere Beamte der Polizei prüften die Pläne. Die Kosten seien tragbar.";
    expect(speakers(counted, "de")).toEqual(["Bürgermeister Jonas Weber", "Bürgermeister Jonas Weber"]);
    // The subject may carry an appositive; a role only in an attribute of a thing names nobody.
    const appositive = "Bürgermeister Jonas Weber sagte, der Hafen werde ausgebaut. Anna Berg, Vorsitzende des Kreisverbandes und Kandidatin im Bezirk, verteidigte dagegen den Bund. So seien die Kosten tragbar.";
    expect(speakers(appositive, "de")).toEqual(["Bürgermeister Jonas Weber", "Anna Berg"]);
    const role = "Bürgermeister Jonas Weber sagte, der Hafen werde ausgebaut. Der Hafenmeister der Stadt, Karl Brinkmann, zweifelte an der Planung. So seien die Kosten viel zu hoch.";
    expect(speakers(role, "de")).toEqual(["Bürgermeister Jonas Weber", "Der Hafenmeister der Stadt, Karl Brinkmann"]);
    const thing = "Bürgermeister Jonas Weber sagte, der Hafen werde ausgebaut. Der Versuch des Präsidenten, die Wahl zu verschieben, scheiterte. So seien die Kosten tragbar.";
    expect(speakers(thing, "de")).toEqual(["Bürgermeister Jonas Weber", "Bürgermeister Jonas Weber"]);
    // An acronym heading the subject names an organisation, and a reportative "sollen" marks the sentence as well as a Konjunktiv I.
    const acronym = "Bürgermeister Jonas Weber sagte, der Hafen werde ausgebaut. Er sei unverzichtbar. Die SPD will dagegen eine Abstimmung. Die Bürger sollen selbst entscheiden.";
    expect(speakers(acronym, "de")).toEqual(["Bürgermeister Jonas Weber", "Bürgermeister Jonas Weber", "Die SPD"]);
    // So does a noun naming people by what they do.
    const people = "Bürgermeister Jonas Weber sagte, der Hafen werde ausgebaut. Er sei unverzichtbar. Die Befürworter des Plans sind zufrieden. Die Kosten seien tragbar.";
    expect(speakers(people, "de")).toEqual(["Bürgermeister Jonas Weber", "Bürgermeister Jonas Weber", "Die Befürworter des Plans"]);
    // So does a role or a name after a fronted prepositional phrase and the verb; a fronted adverb keeps the passage's speaker.
    const fronted = "Bürgermeister Jonas Weber sagte: „Der Hafen wird ausgebaut.“ Am Montag besuchte die Ministerin des Landes den Hafen. Die Kosten seien zu hoch.";
    expect(speakers(fronted, "de")).toEqual(["Bürgermeister Jonas Weber", "die Ministerin des Landes"]);
    const adverb = "Bürgermeister Jonas Weber sagte: „Der Hafen wird ausgebaut.“ Auch lehnte die Ministerin des Landes den Plan ab. Die Kosten seien zu hoch.";
    expect(speakers(adverb, "de")).toEqual(["Bürgermeister Jonas Weber", "Bürgermeister Jonas Weber"]);
    const bare = "Bürgermeister Jonas Weber sagte: „Der Hafen wird ausgebaut.“ Am Ufer lagen Boote. Die Kosten seien zu hoch.";
    expect(speakers(bare, "de")).toEqual(["Bürgermeister Jonas Weber", "Bürgermeister Jonas Weber"]);
    // So does a speaker named after the verb that follows a fronted object.
    const object = "Bürgermeister Jonas Weber sagte: „Der Hafen wird ausgebaut.“ Dem Plan steht die Fraktion der Grünen kritisch gegenüber. Die Kosten seien zu hoch.";
    expect(speakers(object, "de")).toEqual(["Bürgermeister Jonas Weber", "die Fraktion der Grünen"]);
    // An acronym only in an attribute of a thing names nobody.
    const attribute = "Bürgermeister Jonas Weber sagte, der Hafen werde ausgebaut. Er sei unverzichtbar. Die Kosten der EU steigen dagegen. Die Bürger sollen selbst entscheiden.";
    expect(speakers(attribute, "de")).toEqual(["Bürgermeister Jonas Weber", "Bürgermeister Jonas Weber", "Bürgermeister Jonas Weber"]);
  });

  it("a Konjunktiv sentence opening with 'Für' and a named speaker reports that speaker's view", () => {
    const text = "Der Trainer tritt zurück. Die Präsidentin sagte, sie bedaure den Schritt. Für den Soziologen Nils Hagen sei der Abschied „in jeder Hinsicht nachvollziehbar“.";
    expect(speakers(text, "de")).toEqual(["Die Präsidentin", "den Soziologen Nils Hagen", "den Soziologen Nils Hagen"]);
    // A time or a thing after "Für" holds no view: the passage's speaker goes on.
    const thing = "Die Hafenbehörde sagte, die Lage sei ernst. Für einen Zeitraum von zwei Wochen sei das Ankern erlaubt.";
    expect(speakers(thing, "de")).toEqual(["Die Hafenbehörde", "Die Hafenbehörde"]);
  });

  it("a sentence with a main clause of its own after a passage starts a statement of its own speaker", () => {
    const text = "Der Verband sagte, die Hallen seien zu klein. Dort seien die Gänge viel zu eng. Die Regierung hat bereits eingeräumt, dass bei der Planung ein Fehler passiert sei.";
    expect(read(text, "de").quotes.map((q) => [q.speaker, q.text])).toEqual([
      ["Der Verband", "die Hallen seien zu klein"],
      ["Der Verband", "Dort seien die Gänge viel zu eng"],
      ["Die Regierung", "dass bei der Planung ein Fehler passiert sei"],
    ]);
    // A noun naming people by what they do speaks for its main clause too; a thing does not.
    const people = "Der Verband sagte, die Hallen seien zu klein. Die Demonstranten beabsichtigten, die Polizei zu provozieren, sie würden aber friedlich bleiben.";
    expect(speakers(people, "de")).toEqual(["Der Verband", "Die Demonstranten"]);
    const agent = "Der Verband sagte, die Hallen seien zu klein. Die Unterstützer blieben indessen gelassen, es habe keinen Betrug gegeben.";
    expect(speakers(agent, "de")).toEqual(["Der Verband", "Die Unterstützer"]);
    // An "-er" noun in the singular is as often a thing: the passage's speaker goes on.
    const winter = "Der Verband sagte, die Hallen seien zu klein. Der Winter war hart. Die Ernte sei verloren.";
    expect(speakers(winter, "de")).toEqual(["Der Verband", "Der Verband"]);
    const theater = "Der Verband sagte, die Hallen seien zu klein. Das Theater blieb indessen geschlossen, es habe keinen Strom gegeben.";
    expect(speakers(theater, "de")).toEqual(["Der Verband", "Der Verband"]);
    const participle = "Der Verband sagte, die Hallen seien zu klein. Die Delegierten hatten jedoch Einspruch erhoben, weil die Frist abgelaufen sei.";
    expect(speakers(participle, "de")).toEqual(["Der Verband", "Die Delegierten"]);
    const thing = "Der Verband sagte, die Hallen seien zu klein. Die Stimmung kippte, weil die Miete zu hoch sei.";
    expect(speakers(thing, "de")).toEqual(["Der Verband", "Der Verband"]);
  });

  it("a Konjunktiv right after a relative clause or a fronted subordinate clause reports on the subject, which does not speak", () => {
    const relative = "Das Institut sieht keine Gefahr. Lediglich Personen, die Umgang mit Geflügel hätten, seien gefährdet.";
    expect(speakers(relative, "de")).toEqual(["Das Institut"]);
    const fronted = "Das Institut sieht keine Gefahr. Nachdem der Täter die Opfer verfolgt hat, habe er sie bedroht.";
    expect(speakers(fronted, "de")).toEqual(["Das Institut"]);
  });

  it("a partial quote in a sentence reporting nobody speaks for its subject", () => {
    expect(speakers("Anna Berg nannte den Entwurf „einen Rückschritt für alle Mieter“.", "de")).toEqual(["Anna Berg"]);
  });
});

describe("documents and contracted auxiliaries as speakers", () => {
  it("a document speaks for whoever issued it: no person, and no antecedent of a later 'he' or 'she'", () => {
    const en = "Mayor Tom Ruiz said the bridge would close. The report found that the cables had rusted. He said the ferry would run again.";
    expect(read(en, "en").quotes.map((q) => [q.speaker, q.speakerType])).toEqual([
      ["Mayor Tom Ruiz", "person"],
      ["The report", "institution"],
      ["He (Tom Ruiz)", "person"],
    ]);
    const de = "Die Studie kommt zu dem Schluss, dass die Kosten steigen.";
    expect(read(de, "de").quotes.map((q) => [q.speaker, q.speakerType])).toEqual([["Die Studie", "institution"]]);
  });

  it("a document with its possessor written before it speaks for the possessor, whom the chain and a later 'he' name", () => {
    const { quotes, attributions } = read("Ruiz's press release said that the ferry would run again. He said the fares would fall.", "en");
    expect(quotes.map((q) => [q.speaker, q.speakerType])).toEqual([
      ["Ruiz's press release", "person"],
      ["He (Ruiz)", "person"],
    ]);
    expect(attributions[0]!.chain).toEqual(["Ruiz"]);
  });

  it("an auxiliary contracted onto the subject belongs to the cue, and the pronoun is resolved", () => {
    const quotes = read("Mayor Tom Ruiz visited the harbor. He’s said that the ferry will run again.", "en").quotes;
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([["He (Tom Ruiz)", "’s said"]]);
  });

  it("a capitalised sentence adverb opening the sentence is no name nor part of the speaker", () => {
    const quotes = read("Mayor Tom Ruiz visited the harbor. Still, Ruiz said the ferry would run again. Indeed, he said the fares would fall.", "en").quotes;
    expect(quotes.map((q) => q.speaker)).toEqual(["Ruiz", "he (Tom Ruiz)"]);
  });

  it("a sentence adverb without its comma opens the clause before the subject, and the subject speaks", () => {
    const text = "The ferry stopped twice. Yet the mayor said the harbor was safe. Moreover the harbor master said, “We are ready for the storm.” Yet the ferry kept running.";
    expect(read(text, "en").quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ["the harbor was safe", "the mayor", "said"],
      ["“We are ready for the storm.”", "the harbor master", "said"],
    ]);
    // So do "Meanwhile", "However", "Instead" and "Finally", none of them part of the speaker.
    const more = "The ferry stopped twice. Meanwhile the mayor said the harbor was safe. Finally the harbor master said the storm had passed.";
    expect(read(more, "en").quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["the harbor was safe", "the mayor"],
      ["the storm had passed", "the harbor master"],
    ]);
  });
});

describe("English names after words set off before them", () => {
  it("in English a name names itself after words set off before it, unless they list names or its verb is set off", () => {
    expect(speakers("Finally, Ann Lee said the pier would close.", "en")).toEqual(["Ann Lee"]);
    expect(speakers("At a rally in Dover, Delaware, Lee said the pier would close.", "en")).toEqual(["Lee"]);
    expect(speakers("Ann Lee, Tom Ruiz and Jo Marsh said the pier would close.", "en")).toEqual(["Ann Lee, Tom Ruiz and Jo Marsh"]);
    expect(quotes("Survival, Lee said, depends on the pier.", "en").map((q) => [q[1], q[2]])).toEqual([["Survival, Lee said, depends on the pier", "Lee"]]);
  });
});

describe("pronouns and the subject of the sentence before", () => {
  it("a pronoun stands for the named subject opening the sentence before, ahead of an earlier speaker", () => {
    const de = "Anna Berg sagte, die Lage sei ernst. Jonas Weber besuchte am Abend den Hafen. Er sagte, der Plan werde scheitern.";
    expect(speakers(de, "de")).toEqual(["Anna Berg", "Er (Jonas Weber)"]);
    const en = "Senator Jane Doe said the bill would pass. Mark Howard visited the harbor on Monday. He said the plan would fail.";
    expect(speakers(en, "en")).toEqual(["Senator Jane Doe", "He (Mark Howard)"]);
  });

  it("a pronoun stands for the named subject after a fronted adverb in the sentence before", () => {
    const de = "Anna Berg sagte, die Lage sei ernst. Unterdessen verteidigte der Vorsitzende des Ausschusses, Jonas Weber, den Entwurf. Er sagte, der Plan sei maßvoll.";
    expect(speakers(de, "de")).toEqual(["Anna Berg", "Er (Jonas Weber)"]);
  });

  it("German 'letztere' after an inverted cue speaks as written: it stands for the last of several named, not the subject before", () => {
    const de = "Vor dem Rathaus standen Jonas Weber und die Sängerin Anna Kessler. „Wir wollen die Käfige endlich abschaffen“, so letztere.";
    expect(speakers(de, "de")).toEqual(["letztere"]);
  });

  it("a source's cue opening the sentence before names its subject: a person's name, no body nor the cue's word", () => {
    const de = "Jan Weber sagte, der Umsatz sinke. Laut Anna Berg ist die Studie falsch. Sie sagte, sie sei besorgt.";
    expect(speakers(de, "de")).toEqual(["Jan Weber", "Anna Berg", "Sie (Anna Berg)"]);
    const body = "Jan Weber sagte, der Umsatz sinke. Laut UNICEF sind Tausende auf der Flucht. Er sagte, er sei besorgt.";
    expect(speakers(body, "de")).toEqual(["Jan Weber", "UNICEF", "Er (Jan Weber)"]);
    const en = "Tom Hale said sales fell. According to Mark Howard, the plan will fail. He said the vote was close.";
    expect(speakers(en, "en")).toEqual(["Tom Hale", "Mark Howard", "He (Mark Howard)"]);
  });

  it("a crowd inside a body after a named person's statement is no description of that person", () => {
    const de = "„Die Lage ist ernst“, hatte Hoeneß im April gesagt. Ein Nachfolger soll bis Ende Mai feststehen, heißt es aus dem Umfeld des Klubs.";
    expect(speakers(de, "de")).toEqual(["Hoeneß", "dem Umfeld des Klubs"]);
    // A definite role there still describes the person: "so der UN-Mitarbeiter" is Tom Berger.
    expect(speakers("„Wir bleiben“, sagte UN-Vertreter Tom Berger. Die Lage sei stabil, so der UN-Mitarbeiter.", "de")).toEqual([
      "UN-Vertreter Tom Berger",
      "der UN-Mitarbeiter (Tom Berger)",
    ]);
  });

  it("German 'sie' and 'er' stand for a body opening the sentence before under an article of their gender", () => {
    const de = "„Das ist ein großer Schritt“, sagte die Ärztin Anna Vogt. Die Gewerkschaft begrüßte die Ergebnisse. Sie hofft, dass der Test bald kommt.";
    expect(read(de, "de").quotes.map((q) => [q.speaker, q.speakerType])).toEqual([
      ["die Ärztin Anna Vogt", "person"],
      ["Sie (Gewerkschaft)", "institution"],
    ]);
    // A person's role there too.
    expect(speakers("„Das ist gut“, sagte Petra Lang. Der Minister besuchte die Stadt. Er sagte, der Plan sei gut.", "de")).toEqual(["Petra Lang", "Er (Minister)"]);
    // "er" is not the feminine body's; a prize is no body; English "she" never stands for a body.
    expect(speakers("„Das ist gut“, sagte Jan Weber. Die Gewerkschaft begrüßte die Ergebnisse. Er sagte, der Test komme bald.", "de")).toEqual([
      "Jan Weber",
      "Er (Jan Weber)",
    ]);
    expect(speakers("„Das ist gut“, sagte Jan Weber. Der Preis der Reichsbank ging an Kydland. Er sagte, der Test komme bald.", "de")).toEqual([
      "Jan Weber",
      "Er (Jan Weber)",
    ]);
    expect(speakers("“This is good,” said Anna Vogt. The union met on Monday. She said the test would come soon.", "en")).toEqual([
      "Anna Vogt",
      "She (Anna Vogt)",
    ]);
  });

  it("without a named subject before, the nearest named speaker stays the antecedent", () => {
    expect(speakers("Anna Berg sagte, die Lage sei ernst. Am Abend regnete es. Sie sagte, der Plan werde scheitern.", "de")).toEqual(["Anna Berg", "Sie (Anna Berg)"]);
  });
});

describe("relative pronouns as speakers", () => {
  it("the relative pronoun is shown with its antecedent, which gives the type and the chain", () => {
    const en = read("The bill was drafted by Senator Jane Doe, who argued that the state needed more money.", "en");
    expect(en.quotes.map((q) => [q.speaker, q.speakerType])).toEqual([["who (Senator Jane Doe)", "person"]]);
    expect(en.attributions[0]?.chain).toEqual(["Jane Doe"]);
    const de = read("Die Stadt verwies auf die Polizei, die mitteilte, dass der Platz gesperrt bleibe.", "de");
    expect(de.quotes.map((q) => [q.speaker, q.speakerType])).toEqual([["die (die Polizei)", "institution"]]);
  });

  it("adverbs may stand between the relative pronoun and its verb", () => {
    expect(speakers("The bill was drafted by Senator Jane Doe, who also argued that the state needed more money.", "en")).toContain("who (Senator Jane Doe)");
  });

  it("the speaker span runs from the antecedent to the pronoun", () => {
    const text = "After the vote, a senior aide, who said that the talks had stalled, left the building.";
    const [quote] = read(text, "en").quotes;
    expect(text.slice(quote!.speakerSpan!.start, quote!.speakerSpan!.end)).toBe("a senior aide, who");
    expect(quote!.speakerType).toBe("anonymous");
  });
});

describe("the clause's subject", () => {
  it("a time phrase opening the clause is no subject", () => {
    const text = "Hours later, Nina Castell thanked the volunteers, telling reporters, “You kept this library alive all winter.”";
    expect(speakers(text, "en")).toEqual(["Nina Castell", "Nina Castell"]);
    expect(speakers("Am Abend teilte die Polizei mit, die Straße sei wieder frei.", "de")).toEqual(["die Polizei"]);
  });

  it("adverbs between the auxiliary and the cue are no speaker: the subject before the auxiliary speaks", () => {
    expect(speakers("Senator Jane Doe has often argued that the tax was unfair to farmers.", "en")).toEqual(["Senator Jane Doe"]);
    expect(speakers("The Harbor Times first reported that the mayor would resign.", "en")).toEqual(["The Harbor Times"]);
  });

  it("a name ending in -ly is no adverb before the cue; a lowercase adverb is", () => {
    // The opening question ("Asked about the budget") is put by nobody named.
    expect(speakers("Asked about the budget, Senator Kelly responded: “We will not cut a single school.”", "en")).toEqual([null, "Senator Kelly"]);
    expect(quotes("Maria Kelly repeatedly said the plan would fail.", "en")).toEqual([
      ["indirect", "the plan would fail", "Maria Kelly", "person", "repeatedly said"],
    ]);
  });

  it("a short capitalised word with its dot inside a sentence is an abbreviation of the name", () => {
    expect(quotes("Joseph R. Biden Jr. said the country needed a new direction.", "en")).toEqual([
      ["indirect", "the country needed a new direction", "Joseph R. Biden Jr.", "person", "said"],
    ]);
    expect(speakers("Dr. Anna Weber sagte, die Lage sei ernst.", "de")).toEqual(["Dr. Anna Weber"]);
  });

  it("an abbreviation keeps its dot before a comma, so a name set off by a relative clause is still the subject", () => {
    expect(quotes("Senator Tom Hale Jr., who was in Denver on Monday, said the rules touched on a core issue.", "en")).toEqual([
      ["indirect", "the rules touched on a core issue", "Senator Tom Hale Jr.", "person", "said"],
    ]);
  });

  it("a party label in brackets belongs to the name: before a long appositive and before adverbs of time", () => {
    const text = "Rep. Ann Hale (D-Ore.), a member of the budget panel and one of its longest-serving negotiators, said she backs the compromise.";
    expect(quotes(text, "en")).toEqual([["indirect", "she backs the compromise", "Rep. Ann Hale (D-Ore.)", "person", "said"]]);
    expect(speakers("Rep. Ann Hale (D-Ore.) last week said the vote would be close.", "en")).toEqual(["Rep. Ann Hale"]);
  });

  it("English names the speaker after the cue only after a pause; after a word the phrase is the cue's object", () => {
    expect(quotes("Lee said the board rejected the offer.", "en")).toEqual([["indirect", "the board rejected the offer", "Lee", "person", "said"]]);
    expect(speakers("The plant will close in May, said Tom Reyes.", "en")).toEqual(["Tom Reyes"]);
  });

  it("a name closing an opening circumstance with no comma after it is the subject; a role before a name stays part of it", () => {
    expect(speakers("Saturday at the county fair Sen. Ann Hale said the budget was a failure.", "en")).toEqual(["Sen. Ann Hale"]);
    expect(speakers("Longtime aide Tom Reyes said the budget was a failure.", "en")).toEqual(["Longtime aide Tom Reyes"]);
  });
});

describe("German passive quoting", () => {
  it("the one quoted speaks, before the auxiliary or right after it, and the agent passes the words on", () => {
    const text = "Bürgermeisterin Anna Berg wird von der Zeitung mit den Worten zitiert: „Wir geben den Hafen nicht auf.“ In der Mitteilung wird Jonas Weber wie folgt zitiert: „Die Werft bleibt offen.“";
    const { quotes: q, attributions } = read(text, "de");
    expect(q.map((x) => x.speaker)).toEqual(["Bürgermeisterin Anna Berg", "Jonas Weber"]);
    expect(attributions[0]?.chain).toEqual(["Anna Berg", "Zeitung"]);
  });

  it("with no words after the quoting verb the sentence states nothing of its own", () => {
    expect(read("Bürgermeisterin Anna Berg wird mit den Worten aus einem Brief an den Senat zitiert.", "de").quotes).toEqual([]);
  });

  it("a phrase in an object's case closing a fronted object is no speaker; the one after the auxiliary is", () => {
    const text = "Zur Lage der Firma und seiner neuen Rolle wird Jonas Weber im Newsletter wie folgt zitiert: „Die Werft bleibt offen.“";
    expect(read(text, "de").quotes.map((x) => x.speaker)).toEqual(["Jonas Weber"]);
    const plain = "Der neue Chef der Firma wird im Newsletter wie folgt zitiert: „Die Werft bleibt offen.“";
    expect(read(plain, "de").quotes.map((x) => x.speaker)).toEqual(["Der neue Chef der Firma"]);
  });
});

describe("names written in lowercase", () => {
  it("an outlet or union written in lowercase ends a German speaker phrase like a name", () => {
    const text = "Ein Reporter des Fernsehsenders r-tv berichtete, dass die Staus eine Art Ritual seien. Die Gewerkschaft kom.di geht davon aus, dass der Streik andauern werde.";
    expect(read(text, "de").quotes.map((q) => q.speaker)).toEqual(["Ein Reporter des Fernsehsenders r-tv", "Die Gewerkschaft kom.di"]);
  });
});

describe("German passive cues with no agent", () => {
  it("speak through the document their clause stands in, not through a place", () => {
    expect(read("In einem Bericht der Zeitung wurde vermutet, dass niemand überlebt habe.", "de").quotes.map((q) => q.speaker)).toEqual(["einem Bericht der Zeitung"]);
    expect(read("So wird in einer Stellungnahme der Gewerkschaft gefordert, dass die Stadt handle.", "de").quotes.map((q) => q.speaker)).toEqual(["einer Stellungnahme der Gewerkschaft"]);
    expect(read("In Berlin wurde gefordert, dass die Regierung handle.", "de").quotes.map((q) => q.speaker)).not.toContain("Berlin");
  });

  it("a perfect passive is one with adverbs between its auxiliary and the participle", () => {
    const text = "Im Gutachten der Prüfer war aber gleichzeitig festgestellt worden, dass keine der Brücken sicher sei.";
    expect(read(text, "de").quotes.map((q) => q.speaker)).toEqual(["Gutachten der Prüfer"]);
  });

  it("a document named by its noun speaks too, over a relative clause set off after it", () => {
    const text = "In einer Presseerklärung, die am Mittwoch in der Hauptstadt veröffentlicht wurde, wurde verkündet, dass die Regierung handle.";
    expect(read(text, "de").quotes.map((q) => q.speaker)).toEqual(["einer Presseerklärung"]);
    expect(read("In der Hauptstadt, die am Mittwoch gewählt hat, wurde gefordert, dass die Regierung handle.", "de").quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe("English speakers inverted after a quotation", () => {
  it("speak before their own relative clause as before a pause", () => {
    expect(quotes("“It was all lies,” said Tom Lee who runs the shop.", "en")).toContainEqual(["direct", "“It was all lies,”", "Tom Lee", "person", "said"]);
    expect(quotes("Lee blasted the plan which the council backed.", "en").map((q) => q[2])).toEqual(["Lee"]);
  });

  it("with a description after the noun speak whole up to the pause closing them", () => {
    expect(quotes("“It was all lies,” said a source close to the campaign.", "en")).toEqual([["direct", "“It was all lies,”", "a source close to the campaign", "anonymous", "said"]]);
    const relative = quotes("“It was all lies,” said a strategist who spoke on condition of anonymity.", "en");
    expect(relative).toContainEqual(["direct", "“It was all lies,”", "a strategist", "anonymous", "said"]);
    const compound = quotes("“It was all lies,” said a former senior court enforcement officer.", "en");
    expect(compound.map((q) => q[2])).toEqual(["a former senior court enforcement officer"]);
    // A name set off after the description names it, its affiliation after a link no part of the name; a pronoun after stands for it.
    const named = read("“It works,” said the study’s lead author, Dr. Ann Lee of the University of Bayside. The effect held, she added.", "en");
    expect(named.quotes.map((q) => q.speaker)).toEqual(["the study’s lead author, Dr. Ann Lee of the University of Bayside", "she (Ann Lee)"]);
    expect(read("“It works,” said the senior researcher, Ann Lee.", "en").attributions[0]?.chain).toEqual(["Ann Lee"]);
    const role = quotes("“We will win Ohio,” said Republican political consultant Tom Ray.", "en");
    expect(role.map((q) => q[2])).toEqual(["Republican political consultant Tom Ray"]);
    expect(quotes("The mayor left early, urging Congress to pass the bill.", "en").map((q) => q[1])).toContain("Congress to pass the bill");
  });
});

describe("English participle clauses opening the sentence", () => {
  it("are no subject: the participle cue after the main clause speaks for the subject after the opener's comma", () => {
    const found = quotes("Speaking at a rally in the capital, Roe went after the mayor, calling him “a total failure.”", "en");
    expect(found).toEqual([["direct", "“a total failure.”", "Roe", "person", "calling"]]);
    const quoted = quotes("Speaking Sunday on “This Week,” Roe praised the plan, calling it “a fresh start.”", "en");
    expect(quoted).toContainEqual(["direct", "“a fresh start.”", "Roe", "person", "calling"]);
  });

  it("are no subject before any word where a capitalised subject or a pronoun follows their comma", () => {
    const found = quotes("Speaking briefly on a radio show, Roe admitted the error but said the ferry would sail.", "en");
    expect(found).toContainEqual(["indirect", "the ferry would sail", "Roe", "person", "said"]);
    const facing = quotes("Facing mounting criticism, she released a statement, describing the plan as a failure.", "en");
    expect(facing.map((q) => q[2])).toEqual(["she"]);
  });

  it("a name in the shape of a participle stays the subject", () => {
    const found = quotes("Browning praised the plan in the capital, calling it “a fresh start.”", "en");
    expect(found).toContainEqual(["direct", "“a fresh start.”", "Browning", "person", "calling"]);
  });
});

describe("English adverbs before a subordinate clause opening the sentence", () => {
  it("are no subject: the subject after the clause's comma speaks", () => {
    const found = quotes("Even before the results came in, the campaign sent a note to donors saying: “We won tonight and we will win again.”", "en");
    expect(found).toEqual([["direct", "“We won tonight and we will win again.”", "the campaign", "institution", "sent"]]);
  });
});

describe("English relative pronouns apart from their verb", () => {
  it("speak for their antecedent over words of circumstance between them and the verb", () => {
    const found = quotes("Judge Roe, who in two earlier rulings had made clear that the law was sound, wrote the opinion.", "en");
    expect(found).toContainEqual(["indirect", "that the law was sound", "who (Judge Roe)", "person", "had made clear"]);
  });

  it("set off after a verb and its matter, stand for the people the link after the matter names", () => {
    expect(quotes("The plan drew fire from Democrats in Congress, who said it was cruel.", "en").map((q) => q[2])).toEqual(["who (Democrats in Congress)"]);
    expect(quotes("The firm has faced criticism from regulators, who said it was too big.", "en").map((q) => q[2])).toEqual(["who (regulators)"]);
    // A role or a count before the link is part of the antecedent.
    expect(quotes("The board hired a distinguished professor of history at the university, who said it was done.", "en").map((q) => q[2])).toEqual([
      "who (a distinguished professor of history at the university)",
    ]);
  });

  it("a relative clause inside the subject, however long, leaves the antecedent to speak: an unnamed source stays anonymous", () => {
    expect(quotes("The talks ended. A source who requested anonymity because he was not allowed to speak said the deal was dead.", "en")).toEqual([
      ["indirect", "the deal was dead", "A source", "anonymous", "said"],
    ]);
  });

  it("stay silent without the comma that opens a relative clause", () => {
    const found = quotes("The voters that in the spring had backed the plan now said it was dead.", "en");
    expect(found.map((q) => q[2])).not.toContain("that (The voters)");
  });
});

describe("German cues right after „und“", () => {
  it("share the subject of the cue before them; the phrase after the verb is its object", () => {
    const found = quotes("Der Botschafter nannte den Beschluss eine Hilfe gegen das „brutale Regime“ in der Hauptstadt und rief die Armee auf, das Volk zu schützen.", "de");
    expect(found).toContainEqual(["indirect", "das Volk zu schützen", "Der Botschafter", "person", "rief"]);
  });

  it("read nothing said from a verb whose only subject-like phrase is its object", () => {
    const found = quotes("Der Name bedeutet in der Landessprache etwa „Güte“ und bezeichnet eine alte Lehre.", "de");
    expect(found.map((q) => q[0])).not.toContain("reported");
  });
});

describe("German pronouns opening a clause the cue closes", () => {
  it("are the subject over the objects between them and the verb", () => {
    const found = quotes("Der Trainer Jan Ott ärgerte sich, als er die Fans dafür kritisierte, dass sie gepfiffen hatten.", "de");
    // The pronoun opening the subordinate clause stands for the person opening the main clause.
    expect(found.map((q) => q[2])).toEqual(["er (Jan Ott)"]);
  });

  it("stay silent in a main clause after the conjunction's clause", () => {
    const found = quotes("Als er ankam, kritisierte der Minister die Fans dafür, dass sie gepfiffen hatten.", "de");
    expect(found.map((q) => q[2])).toEqual(["der Minister"]);
  });

  it("so does a phrase naming a speaker, over a middle field, where the verb closes the clause and its comma opens what was said", () => {
    expect(quotes("Die Bahn wurde bestreikt, weil der Verband immer wieder betont hatte, der Lohn sei zu gering.", "de")).toEqual([
      ["indirect", "der Lohn sei zu gering", "der Verband", "institution", "betont hatte"],
    ]);
    // A passive names whom it asked, and a fronted predicative opens a main clause.
    expect(quotes("Der Streit begann, nachdem der Verein in einem Brief aufgefordert worden war, die Kosten zu nennen.", "de").map((q) => q[2])).not.toContain("der Verein");
    expect(quotes("Als Begründung dafür heißt es, die Gesetze seien ausreichend.", "de").map((q) => q[2])).toEqual([null]);
  });
});

describe("German participles coordinated under one auxiliary", () => {
  it("share the subject opening the clause, a speaker noun without an article too, over a day before the cue", () => {
    const found = quotes("Experten der Marine haben den Rumpf untersucht und gestern bestätigt, dass es sich um das Schiff handele.", "de");
    expect(found.map((q) => q[2])).toEqual(["Experten der Marine"]);
  });

  it("stay silent where the opening phrase names nobody", () => {
    const found = quotes("Große Teile des Rumpfs wurden untersucht und gestern bestätigt, dass es sich um das Schiff handele.", "de");
    expect(found.map((q) => q[2])).not.toContain("Große Teile des Rumpfs");
  });
});

describe("English plural pronouns", () => {
  it("“they” inside a sentence opened by a plural group stands for that group", () => {
    expect(speakers("Rural voters have decided they want a new school board.", "en")).toEqual(["they (Rural voters)"]);
  });

  it("“they” opening its sentence stands for the group opening the sentence before", () => {
    expect(speakers("The researchers analyzed data from 57 studies. They found that the benefits leveled off.", "en")).toEqual(["They (researchers)"]);
    expect(speakers("The mayor analyzed data from 57 studies. They found that the benefits leveled off.", "en")).toEqual(["They"]);
  });

  it("so does “they” right after a quotation opening its sentence, the group named by its head before a link", () => {
    const text = "Analysts at Harbor Bank said the outlook was weak. “We remain buyers,” they wrote in a note.";
    expect(speakers(text, "en")).toEqual(["Analysts at Harbor Bank", "they (Analysts at Harbor Bank)"]);
    expect(speakers("The mayor at Harbor Hall said the outlook was weak. “We remain buyers,” they wrote in a note.", "en")).toEqual(["The mayor at Harbor Hall", "they"]);
  });

  it("with no group opening a sentence, “they” stands for the unnamed crowd that spoke a sentence or two before", () => {
    const text = "Apple is in talks to buy the startup, people familiar with the matter told Bloomberg News. The deal could be announced next week, they said.";
    expect(speakers(text, "en")).toEqual(["people familiar with the matter", "they (people familiar with the matter)"]);
    // It keeps the crowd's type.
    expect(read(text, "en").quotes.map((q) => q.speakerType)).toEqual(["vague", "vague"]);
    // One person unnamed is no crowd.
    expect(speakers("Apple is in talks to buy the startup, an official said. The deal could be announced next week, they said.", "en")).toEqual(["an official", "they"]);
  });

  it("the pronoun one of a crowd is counted out of stands for that crowd, typed as it is", () => {
    const text = "Two administration officials said the president was angry. “He wants lower rates,” one of them said.";
    expect(speakers(text, "en")).toEqual(["Two administration officials", "one of them (administration officials)"]);
    expect(read(text, "en").quotes.map((q) => q.speakerType)).toEqual(["anonymous", "anonymous"]);
  });

  it("German “sie” with its verb in the plural stands for the group opening the sentence before, never for one person", () => {
    expect(speakers("Ärzte der Klinik warnten vor dem Virus. Sie sagten, es sei gefährlich.", "de")).toEqual(["Ärzte der Klinik", "Sie (Ärzte der Klinik)"]);
    expect(speakers("Minister Karl Berg traf die Gewerkschafter. Sie erklärten, der Streik gehe weiter.", "de")).toEqual(["Sie"]);
    // In the singular, the person named before.
    expect(speakers("Die Ministerin Anna Berg widersprach. Sie sagte, es sei harmlos.", "de")).toEqual(["Sie (Anna Berg)"]);
  });

  it("“they” after an opening circumstance or a singular subject speaks as written", () => {
    expect(speakers("Sometimes, they want a new school board.", "en")).toEqual(["they"]);
    expect(speakers("The mayor has decided they want a new school board.", "en")).toEqual(["they"]);
  });
});

describe("a definite noun heading a compound named before", () => {
  it("is the party that compound named", () => {
    const text = "Am Abend erklärte die Grünen-Stadtratsfraktion, sie lehne den Neubau ab. Zudem hält die Fraktion eine Anhörung für nötig.";
    expect(speakers(text, "de")).toEqual(["die Grünen-Stadtratsfraktion", "die Fraktion (Grünen-Stadtratsfraktion)"]);
    // With no compound before, the noun speaks as written.
    expect(speakers("Die Fraktion erklärte, sie begrüße den Rücktritt.", "de")).toEqual(["Die Fraktion"]);
  });
});

describe("a possessive before a noun naming a person", () => {
  it("is that person speaking, not the possessor; before a statement noun it is the possessor", () => {
    const text = "Tom Hale was arrested on Monday. Hale said he was innocent. His lawyer said the arrest was unlawful. His wife said he was at home.";
    expect(read(text, "en").attributions.map((a) => a.chain)).toEqual([["Tom Hale"], ["lawyer"], ["wife"]]);
    expect(quotes("Jan Ott sagte, er sei unschuldig. Nach seinen Angaben war er zu Hause.", "de")[1]?.[2]).toBe("seinen Angaben (Jan Ott)");
    expect(read("Jan Ott sagte, er sei unschuldig. Seine Anwältin sagte, die Festnahme sei rechtswidrig.", "de").attributions.map((a) => a.chain)).toEqual([["Jan Ott"], ["Anwältin"]]);
    // A neighbour is a person of a gender too.
    expect(quotes("Eine Anwohnerin sagte, sie fürchte Verkehr. Ihr Nachbar sieht das anders: „Endlich passiert etwas.“", "de")[1]?.[2]).toBe("Ihr Nachbar");
    // So is a noun shaped as people are named by what they do, though no vocabulary lists it.
    expect(read("Jan Ott bestritt das. Sein Verteidiger kündigte an, sein Mandant werde sich äußern.", "de").attributions.map((a) => a.chain)).toEqual([["Verteidiger"]]);
  });
});
