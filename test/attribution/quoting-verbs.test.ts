import { describe, expect, it } from "vitest";
import { quotes, read } from "./helpers.js";

const chains = (text: string) => read(text, "en").attributions.map((a) => a.chain);

describe("an outlet quoting someone", () => {
  it("before a colon and a quotation: the outlet's quote, the quoted one first in its chain", () => {
    const text = "The talks ended on Monday. Interfax quoted Peskov as saying: “We will not accept this.”";
    expect(quotes(text, "en")).toEqual([["direct", "“We will not accept this.”", "Interfax", "agency", "quoted"]]);
    expect(chains(text)).toEqual([["Peskov", "Interfax"]]);
  });

  it("before a quotation with no colon: the quoted one passes it through the outlet", () => {
    expect(chains("The talks ended. The paper quoted an aide as saying “no deal is possible.”")).toContainEqual(["aide", "paper"]);
  });

  it("a quoting verb with no participle after it names no origin", () => {
    expect(chains("The talks ended on Monday. Interfax quoted the statement: “We will not accept this.”")).toEqual([["Interfax"]]);
  });
});

describe("the passive of a quoting verb", () => {
  it("after a quotation: the subject's quote, passed on by the agent after by", () => {
    const text = "The talks ended on Monday. “We will not accept this,” Peskov was quoted as saying by Interfax. “It is over,” Peskov was quoted by Interfax as saying.";
    expect(quotes(text, "en")).toEqual([
      ["direct", "“We will not accept this,”", "Peskov", "person", "was quoted as saying"],
      ["direct", "“It is over,”", "Peskov", "person", "was quoted by Interfax as saying"],
    ]);
    expect(chains(text)).toEqual([
      ["Peskov", "Interfax"],
      ["Peskov", "Interfax"],
    ]);
  });

  it("before what was said: the clause after the participle, with no statement of the participle's own", () => {
    expect(quotes("The talks ended. Peskov was quoted by Interfax as saying that the talks were over.", "en")).toEqual([
      ["indirect", "that the talks were over", "Peskov", "person", "was quoted by Interfax as saying"],
    ]);
    expect(chains("The talks ended. Lee was quoted as saying the vote was rigged.")).toEqual([["Lee"]]);
  });

  it("closing the sentence, active or passive: the quotation or the clause before is the one quoted's, the outlet passing it on", () => {
    const text = "The talks ended on Monday. “We will not accept this,” the agency quoted Peskov as saying. The ferry was late, Interfax quoted a port official as saying. The port is shut, Lee was quoted as saying.";
    expect(quotes(text, "en")).toEqual([
      ["direct", "“We will not accept this,”", "Peskov", "person", "quoted Peskov as saying"],
      ["indirect", "The ferry was late", "a port official", "anonymous", "quoted a port official as saying"],
      ["indirect", "The port is shut", "Lee", "person", "was quoted as saying"],
    ]);
    expect(chains(text)).toEqual([["Peskov", "agency"], ["port official", "Interfax"], ["Lee"]]);
  });

  it("a passive that quotes a document, not a speaker, is no quote", () => {
    expect(quotes("The talks ended. The report was quoted widely in the press.", "en")).toEqual([]);
  });
});

describe("a source the speaker cites", () => {
  it("English: a citing participle set off after the cue comes first in the chain, what was said after its comma", () => {
    const text = "The talks ended. Reuters reported, citing diplomats, that Germany had pushed for a softer package.";
    expect(quotes(text, "en")).toEqual([
      ["indirect", "diplomats", "Reuters", "agency", "citing"],
      ["indirect", "that Germany had pushed for a softer package", "Reuters", "agency", "reported"],
    ]);
    expect(chains(text)).toEqual([["Reuters"], ["diplomats", "Reuters"]]);
    // A name cited comes first too, and what the report passes on keeps it: Peskov → RIA Novosti → BBC.
    const named = "The talks ended. The BBC, citing RIA Novosti, reported that Peskov said the talks had failed.";
    expect(chains(named)).toEqual([["BBC"], ["RIA Novosti", "BBC"], ["Peskov", "RIA Novosti", "BBC"]]);
  });

  it("those an outlet quoted, named after a source's marker, are the source, the outlet passing it on", () => {
    expect(chains("Israel has threatened to strike, according to Israeli officials cited by Axios.")).toEqual([["Israeli officials", "Axios"], ["Israel", "Israeli officials", "Axios"]]);
  });

  it("a source named once in a chain, though the statement inside reads it shorter", () => {
    expect(chains("Harbor said it would pay the fee, according to people close to the deal.")).toEqual([["people close to the deal"], ["Harbor", "people close to the deal"]]);
  });

  it("English: a citing participle closing the sentence or opening it comes first in the chain", () => {
    const text = "The company is exploring a sale, Bloomberg reported, citing unnamed sources.";
    expect(chains(text)).toEqual([["unnamed sources", "Bloomberg"], ["Bloomberg"]]);
    // After the cue's adverbs of time too.
    expect(chains("The firm is for sale, the Harbor Journal reported on Tuesday, citing people familiar with the matter.")).toEqual([
      ["people familiar with the matter", "Harbor Journal"],
      ["Harbor Journal"],
    ]);
    // What it cites must be someone: "citing low growth" cites nobody.
    expect(chains("The firm cut jobs, the paper said, citing low growth and high costs.")).toEqual([["paper"], ["paper"]]);
    // So after what was said, a few words naming someone, and opening the sentence before the speaker.
    expect(chains("Axios reported that the port would close, citing two officials.")).toEqual([["officials", "Axios"], ["Axios"]]);
    expect(chains("The mayor endorsed Ruiz, citing her long experience in the harbour trade and her firm grasp of the budget.").map((c) => c[0])).toEqual(["mayor", "mayor"]);
    expect(chains("Citing two officials, Axios reported that the port would close.")).toEqual([["officials", "Axios"]]);
  });

  it("English: a citing participle set off after the subject holds only what it cites", () => {
    expect(quotes("The talks ended. The newspaper, citing government sources, said the plan had failed.", "en")).toEqual([
      ["indirect", "government sources", "The newspaper", "media", "citing"],
      ["indirect", "the plan had failed", "The newspaper", "media", "said"],
    ]);
  });

  it("English: a citing participle set off after the subject comes first in the chain; the subject alone speaks", () => {
    const text = "The talks ended. The newspaper, citing government sources, said the plan had failed. Ann Lee, citing data from the Harbor Bureau, said costs rose.";
    expect(chains(text)).toEqual([["newspaper"], ["government sources", "newspaper"], ["Ann Lee"], ["Harbor Bureau", "Ann Lee"]]);
    expect(quotes(text, "en").at(-1)?.[2]).toBe("Ann Lee");
  });

  it("English: a quoting relative clause after 'according to' names whom the source cites; what was said follows it", () => {
    const text = "The talks ended. According to the Harbor Times, which cited unnamed officials, the port will close.";
    expect(quotes(text, "en")).toEqual([
      ["indirect", "unnamed officials", "which (the Harbor Times)", "media", "cited"],
      ["reported", "the port will close", "the Harbor Times", "media", "According to"],
    ]);
    expect(chains(text).at(-1)).toEqual(["unnamed officials", "Harbor Times"]);
    // A thing it cites names nobody: the clause stays what was said.
    expect(quotes("The talks ended. According to the report, which cited the budget, the port will close.", "en").at(-1)?.[1]).toBe("which cited the budget, the port will close");
    // So does a citing participle set off after the source, or one inside the source's phrase after its outlet.
    expect(chains("The talks ended. According to the Harbor Times, citing two officials, the port will close.").at(-1)).toEqual(["officials", "Harbor Times"]);
    expect(quotes("The talks ended. According to the Harbor Times, citing two officials, the port will close.", "en").at(-1)?.[1]).toBe("the port will close");
    expect(chains("The talks ended. The port will close, according to a report by Harbor News citing two officials.").at(-1)).toEqual(["officials", "Harbor News"]);
    // The antecedent read past a participle's time after its noun.
    expect(quotes("Reporters pressed her on a state audit released last week, which found that money was missing.", "en").at(-1)).toEqual([
      "indirect", "that money was missing", "which (a state audit)", "institution", "found",
    ]);
  });

  it("English: what a participle cites that names no speaker is no origin", () => {
    expect(chains("The talks ended. Lee said, citing low growth, unemployment and inequality, that voters were angry.")).not.toContainEqual(
      expect.arrayContaining(["low growth"]),
    );
  });

  it("German: unter Berufung auf names the source the speaker cites, first in the chain, before or after the cue", () => {
    const text = "Die Gespräche endeten. Die Zeitung berichtete unter Berufung auf Regierungskreise, der Plan sei gescheitert. Unter Berufung auf Diplomaten meldete Reuters, die Frist sei verlängert worden.";
    expect(read(text, "de").attributions.map((a) => a.chain)).toEqual([
      ["Regierungskreise", "Zeitung"],
      ["Diplomaten", "Reuters"],
    ]);
    expect(quotes(text, "de").map((q) => q[1])).toEqual(["der Plan sei gescheitert", "die Frist sei verlängert worden"]);
    // A report of the sentence before, with no words of its own, cites it too.
    const back = "Die Gespräche endeten. Der Plan ist gescheitert. Das berichtete der Spiegel unter Berufung auf einen internen Bericht.";
    expect(read(back, "de").attributions.map((a) => a.chain)).toEqual([["Bericht", "Spiegel"]]);
    // Unnamed people a participle's attribute describes after their count; a foreign paper quoted by its masthead.
    const counted = read("Die „Financial Times“ hatte unter Berufung auf drei mit der Sache vertraute Personen berichtet, die Gespräche seien gescheitert.", "de");
    expect(counted.attributions.map((a) => a.links.map((l) => [l.name, l.type]))).toEqual([[["mit der Sache vertraute Personen", "vague"], ["Financial Times", "media"]]]);
    // A business named by what it does, in a compound, before its name is named by the name.
    expect(read("Nach Angaben des Beratungsunternehmens Kornmarkt sank der Export.", "de").attributions.map((a) => a.chain)).toEqual([["Kornmarkt"]]);
  });

  it("German: what an outlet learned from a source, the source first in the chain and anonymous where it is unnamed", () => {
    const text =
      "Der Hafenbetreiber will 400 Stellen streichen. Das erfuhr die Deutsche Presse-Agentur aus Unternehmenskreisen. Die Steuer soll sinken, wie die dpa aus Koalitionskreisen erfuhr. Wie der „Spiegel“ aus Sicherheitskreisen erfahren hat, wurde der Mann beobachtet.";
    expect(quotes(text, "de")).toEqual([
      ["indirect", "Der Hafenbetreiber will 400 Stellen streichen.", "die Deutsche Presse-Agentur", "agency", "erfuhr"],
      ["indirect", "Die Steuer soll sinken", "die dpa", "agency", "erfuhr"],
      ["indirect", "wurde der Mann beobachtet", "der „Spiegel“", "media", "erfahren hat"],
    ]);
    expect(read(text, "de").attributions.map((a) => a.chain)).toEqual([
      ["Unternehmenskreisen", "Deutsche Presse-Agentur"],
      ["Koalitionskreisen", "dpa"],
      ["Sicherheitskreisen", "Spiegel"],
    ]);
    // A time and a day between the outlet and its source.
    expect(read("Der Hafen schließt. Das erfuhr die Deutsche Presse-Agentur am Dienstag aus Verhandlungskreisen.", "de").attributions.map((a) => a.chain)).toEqual([["Verhandlungskreisen", "Deutsche Presse-Agentur"]]);
    // Heard from circles, they speak; a sound heard says nothing.
    expect(quotes("Die Steuer sinkt. Die Koalition will die Steuer senken, war aus Parteikreisen zu hören. Wie aus dem Umfeld des Ministers zu hören war, ist eine Einigung nah. Die Musik war aus dem Saal zu hören.", "de").map((q) => [q[1], q[2], q[3]])).toEqual([
      ["Die Koalition will die Steuer senken", "Parteikreisen", "anonymous"],
      ["ist eine Einigung nah", "dem Umfeld des Ministers", "anonymous"],
    ]);
    // So is an outlet's information from unnamed circles.
    expect(read("Die Steuer sinkt. Nach dpa-Informationen aus Regierungskreisen soll der Beschluss am Mittwoch fallen.", "de").attributions.map((a) => a.chain)).toEqual([["Regierungskreisen", "dpa"]]);
    // Learning of an event passes on nobody's words.
    expect(quotes("Als die Leitung von dem Vorfall erfuhr, wurde der Pilot entlassen.", "de")).toEqual([]);
  });

  it("German: laut after the cue names who passed it on, not whom the speaker cites", () => {
    expect(read("Die Gespräche endeten. „Wir sind enttäuscht“, sagte Raab laut Spiegel Online.", "de").attributions.map((a) => a.chain)).toContainEqual(["Raab", "Spiegel Online"]);
  });
});

describe("a speaker credited inside the subject to the outlet that quoted them", () => {
  const chainsIn = (text: string, language: "de" | "en") => read(text, language).attributions.map((a) => a.chain);

  it("English: a participle after the noun, or a relative clause set off by commas; the one quoted speaks, anonymous", () => {
    const text = "The talks ended. A senior official quoted by Reuters said the ceasefire had failed. An aide, who was quoted by Interfax, said the plan was dead.";
    expect(quotes(text, "en")).toEqual([
      ["indirect", "the ceasefire had failed", "A senior official", "anonymous", "said"],
      ["indirect", "the plan was dead", "An aide", "anonymous", "said"],
    ]);
    expect(chainsIn(text, "en")).toEqual([
      ["senior official", "Reuters"],
      ["aide", "Interfax"],
    ]);
  });

  it("English: so after an auxiliary before the cue, and a crowd its pollster names passes its answers on through it", () => {
    const text = "The talks ended. A senior official quoted by Reuters had said the ceasefire would fail. Economists polled by Reuters expect two rate cuts. Analysts surveyed by the Ledger had expected a loss.";
    expect(quotes(text, "en").map((q) => [q[1], q[2], q[3]])).toEqual([
      ["the ceasefire would fail", "A senior official", "anonymous"],
      ["two rate cuts", "Economists", "vague"],
      ["a loss", "Analysts", "vague"],
    ]);
    expect(chainsIn(text, "en")).toEqual([
      ["senior official", "Reuters"],
      ["Economists", "Reuters"],
      ["Analysts", "Ledger"],
    ]);
    // A view held, forecast or expected, passes through the pollster too.
    expect(chainsIn("The talks ended. Analysts polled by the Ledger had forecast a loss of two cents a share.", "en")).toEqual([["Analysts", "Ledger"]]);
  });

  it("German: a relative clause in the passive or opened by the object's pronoun, and a participle before the noun", () => {
    const text =
      "Die Gespräche endeten. Ein Beamter, der von der Zeitung zitiert wurde, sagte, die Waffenruhe sei gescheitert. Ein Diplomat, den die Agentur zitierte, sagte, der Plan sei tot. Ein von der Agentur zitierter Sprecher sagte, die Grenze bleibe zu.";
    expect(quotes(text, "de")).toEqual([
      ["indirect", "die Waffenruhe sei gescheitert", "Ein Beamter", "anonymous", "sagte"],
      ["indirect", "der Plan sei tot", "Ein Diplomat", "anonymous", "sagte"],
      ["indirect", "die Grenze bleibe zu", "Sprecher", "anonymous", "sagte"],
    ]);
    expect(chainsIn(text, "de")).toEqual([
      ["Beamter", "Zeitung"],
      ["Diplomat", "Agentur"],
      ["Sprecher", "Agentur"],
    ]);
  });

  it("an outlet the speaker spoke to or writes for passes nothing on", () => {
    expect(chainsIn("The talks ended. Ann Lee, who spoke to Reuters, said the ceasefire had failed.", "en")).toEqual([["Ann Lee"]]);
    expect(chainsIn("Die Gespräche endeten. Ein Reporter, der für die Agentur schreibt, sagte, der Plan sei tot.", "de")).toEqual([["Reporter"]]);
  });
});

describe("a participle set off after an attribution that closes its statement", () => {
  it("says how it was said: what was said ends before the attribution", () => {
    expect(quotes("The pier will close, the official said, speaking on condition of anonymity because talks were private.", "en")[0]?.[1]).toBe("The pier will close");
    expect(quotes("The pier will close in May, Lee said, adding that repairs would follow.", "en")[0]?.[1]).toBe("The pier will close in May");
    // An infinitive's "be" in the participle's words is no verb of a clause of its own.
    expect(quotes("The pier will close, two people familiar with the matter said, asking not to be identified.", "en")[0]?.[1]).toBe("The pier will close");
    // Another participle goes on with what was said.
    expect(quotes("The port is failing, they say, imposing new fees on every ship.", "en")[0]?.[1]).toBe("The port is failing, they say, imposing new fees on every ship");
  });
});

describe("a talk with a partner: the partner was given the words", () => {
  const chainsIn = (text: string, language: "de" | "en") => read(text, language).attributions.map((a) => a.chain);
  it("English: after the cue or opening the sentence, an outlet interviewing the speaker passes the words on", () => {
    const text = "The talks ended. Lee said in an interview with the Harbor Times that the pier would close. In a phone call with Reuters, the minister said the ceasefire had failed.";
    expect(chainsIn(text, "en")).toEqual([["Lee", "Harbor Times"], ["minister", "Reuters"]]);
    expect(quotes(text, "en")[0]?.[1]).toBe("that the pier would close");
    // A participle opening the sentence names whom it was spoken to.
    expect(chainsIn("Speaking to the Harbor Times, Lee said the pier would close.", "en")).toEqual([["Lee", "Harbor Times"]]);
    // An outlet read up to its possessive is named without the ending.
    expect(chainsIn("Speaking to Bay Radio’s Morning Joe Monday in Dover, Lee said the pier would close.", "en")).toEqual([["Lee", "Bay Radio"]]);
    // So does one appearing on a show, and a statement sent to an outlet.
    expect(chainsIn("Appearing on Bay Radio’s Morning Joe, Lee said the pier would close.", "en")).toEqual([["Lee", "Bay Radio"]]);
    expect(chainsIn("In a statement to the Harbor Times, the company said it had fired the manager.", "en")).toEqual([["company", "Harbor Times"]]);
    expect(chainsIn("In a statement, the company said it had fired the manager.", "en")).toEqual([["company"]]);
    // A piece written for or in an outlet passes the words on too; a place of the talk does not.
    expect(chainsIn("In an op-ed in the Harbor Times, Lee argued that the pier should close.", "en")).toEqual([["Lee", "Harbor Times"]]);
    expect(chainsIn("In a column for the Harbor Times, Lee wrote that the pier should close.", "en")).toEqual([["Lee", "Harbor Times"]]);
    expect(chainsIn("In an interview in Bayside, Lee said the pier would close.", "en")).toEqual([["Lee"]]);
  });

  it("German: im Gespräch mit, in einem Interview mit, and a fronted gegenüber, before or after the cue", () => {
    const text = "Die Gespräche endeten. Im Gespräch mit dem Deutschlandfunk sagte Ruiz, der Pier werde geschlossen. Der Plan sei tot, sagte Berg in einem Interview mit der Nachrichtenagentur dpa. Gegenüber der Hafenzeitung sagte Weber, die Brücke sei gesperrt.";
    expect(chainsIn(text, "de")).toEqual([["Ruiz", "Deutschlandfunk"], ["Berg", "dpa"], ["Weber", "Hafenzeitung"]]);
    // The object after an inverted subject is no addressee: the fronted partner is.
    expect(chainsIn("Gegenüber der Hafenzeitung bestätigte ein Sprecher des Senats die Einigung.", "de")).toEqual([["Sprecher des Senats", "Hafenzeitung"]]);
    // The preposition of a topic verb's matter ends the partner: "sprach … von".
    expect(chainsIn("VW-Chef Oliver Blume sprach im Interview mit der „FAZ“ von einem „Kraftakt“.", "de")).toEqual([["Oliver Blume", "FAZ"], ["Oliver Blume", "FAZ"]]);
  });

  it("a talk with someone who is no outlet passes nothing on, and a party appears in a chain once", () => {
    expect(chainsIn("The talks ended. Lee said in an interview with her sister that the pier would close.", "en")).toEqual([["Lee"]]);
    const nested = "Die Gespräche endeten. Besorgt äußerte sich Jan Weber, Sprecher der Initiative: „Wir befürchten das Schlimmste“, sagte er gegenüber dem Deutschlandfunk.";
    for (const chain of chainsIn(nested, "de")) expect(new Set(chain).size).toBe(chain.length);
  });
});

describe("the medium a cue names, and where it appeared", () => {
  it("what was said starts after the medium, not at its article", () => {
    expect(quotes("The talks ended. Lee said in an interview that the ceasefire had failed.", "en")).toEqual([["indirect", "that the ceasefire had failed", "Lee", "person", "said"]]);
    // A place of a few words before "that" is a circumstance: what was said starts at the "that".
    expect(quotes("The talks ended. Lee said at a Friday rally that the ceasefire had failed.", "en")[0]?.[1]).toBe("that the ceasefire had failed");
    expect(quotes("The talks ended. The ministry said in a statement on its website that the port was closed.", "en")[0]?.[1]).toBe("that the port was closed");
    expect(quotes("The talks ended. Lee told reporters at the Harbor Club that the ceasefire had failed.", "en")[0]?.[1]).toBe("that the ceasefire had failed");
    // A name after a link and its article is the place's too, however many words it has.
    expect(quotes("The talks ended. The company said in a filing with the Harbor Securities and Exchange Board that it expects a loss.", "en")[0]?.[1]).toBe("that it expects a loss");
    // So after a place named by capitals alone.
    expect(quotes("The talks ended. Lee said in Bayside that the ceasefire had failed.", "en")[0]?.[1]).toBe("that the ceasefire had failed");
    // A past form right after the article is the place's attribute.
    expect(quotes("The talks ended. Lee said in a televised address that the ceasefire had failed.", "en")[0]?.[1]).toBe("that the ceasefire had failed");
    // A statement's or an interview's attributes, with or without "that"; a month before "that".
    expect(quotes("The talks ended. The league said in a brief statement it would review the incident.", "en")[0]?.[1]).toBe("it would review the incident");
    expect(quotes("The talks ended. Lee said in a lengthy interview that the ceasefire had failed.", "en")[0]?.[1]).toBe("that the ceasefire had failed");
    expect(quotes("The talks ended. Lee said in March that the ceasefire had failed.", "en")[0]?.[1]).toBe("that the ceasefire had failed");
    expect(quotes("The talks ended. Lee said a brief statement was enough.", "en")[0]?.[1]).toBe("a brief statement was enough");
    // Not a demonstrative before a time, nor a relative pronoun before its verb.
    expect(quotes("“We won,” Lee said in her victory speech that night.", "en").map((q) => q[1])).toEqual(["“We won,”"]);
    expect(quotes("The talks ended. Lee told reporters at a summit that was held on a boat.", "en").map((q) => q[1])).not.toContain("that was held on a boat");
  });

  it("a participle after the medium is no cue; an outlet after its “by” or a platform it was posted on passed the words on", () => {
    const text = "The talks ended. Kim said in a statement carried by the state news agency KCNA that the drills would go on. The ministry said in a statement posted on Telegram that the strikes would continue.";
    expect(quotes(text, "en")).toEqual([
      ["indirect", "that the drills would go on", "Kim", "person", "said in a statement"],
      ["indirect", "that the strikes would continue", "The ministry", "institution", "said in a statement"],
    ]);
    expect(read(text, "en").attributions.map((a) => a.chain)).toEqual([["Kim", "KCNA"], ["ministry", "Telegram"]]);
  });

  it("so does an outlet that got hold of the document, a memo or a letter as a statement", () => {
    const text = "Chief Ann Lee warned in a memo obtained by the Harbor Times that response times could rise. Roe wrote in a letter sent to lawmakers that the pier was unsafe.";
    expect(quotes(text, "en").map((q) => [q[1], q[2]])).toEqual([
      ["that response times could rise", "Chief Ann Lee"],
      ["that the pier was unsafe", "Roe"],
    ]);
    expect(read(text, "en").attributions.map((a) => a.chain)).toEqual([["Ann Lee", "Harbor Times"], ["Roe"]]);
    // The participle may be set off by commas.
    const setOff = "Chief executive Laura Chen said in a memo, seen by Reuters, that the decision was painful.";
    expect(quotes(setOff, "en")).toEqual([["indirect", "that the decision was painful", "Chief executive Laura Chen", "person", "said"]]);
    expect(read(setOff, "en").attributions.map((a) => a.chain)).toEqual([["Laura Chen", "Reuters"]]);
  });

  it("a report the cue names, the participle saying when it appeared, and a time after “that” are no part of what was said", () => {
    const text = "The talks ended. The institute said in a report published on Tuesday that the plan left a gap. He told MPs later that day that the winter would be hard.";
    expect(quotes(text, "en").map((q) => q[1])).toEqual(["that the plan left a gap", "that the winter would be hard"]);
    // "that" and a noun of time before no other "that" open what was said.
    expect(quotes("The talks ended. He said that night fell quickly.", "en").map((q) => q[1])).toEqual(["that night fell quickly"]);
    // Nor is an adverb of time right after the cue: "said afterward that …".
    expect(quotes("The game ended. Kelce said afterward that the team never panicked.", "en").map((q) => q[1])).toEqual(["that the team never panicked"]);
    // Nor a span of time before "later" or "earlier".
    expect(quotes("The game ended. Kelce said two days later that the team never panicked.", "en").map((q) => q[1])).toEqual(["that the team never panicked"]);
    expect(quotes("The game ended. Kelce responded hours later, calling the loss painful.", "en").map((q) => q[1])).not.toContain("hours later");
  });

  it("whom the statement the cue names was given to is its addressee, an outlet of which passes the words on; a purpose is none", () => {
    const text = "The talks ended. Quinn said in a statement to Reuters that she was happy. “We are glad,” Vance said in a statement to The Associated Press.";
    expect(quotes(text, "en").map((q) => q[1])).toEqual(["that she was happy", "“We are glad,”"]);
    expect(read(text, "en").attributions.map((a) => a.chain)).toEqual([["Quinn", "Reuters"], ["Vance", "Associated Press"]]);
    expect(read("The talks ended. Quinn said in a statement to mark the day that she was happy.", "en").attributions.map((a) => a.chain)).toEqual([["Quinn"]]);
  });

  it("a quoting comment clause set off after the cue passes the words on, like “according to”", () => {
    const chains = read("The talks ended. The Kremlin said, as quoted by TASS, that the plan was unacceptable.", "en").attributions.map((a) => a.chain);
    expect(chains).toContainEqual(["Kremlin", "TASS"]);
  });
});

describe("a document credited to the outlet that holds it", () => {
  const chainsIn = (text: string, language: "de" | "en") => read(text, language).attributions.map((a) => a.chain);

  it("English: a participle and its link after the document name the holder, which passes the document's words on", () => {
    const text =
      "The port is closed. According to a memo seen by Reuters, the company plans to sell the pier. A letter obtained by The Associated Press says the pier will close. The plan was dropped, according to a copy of the letter reviewed by the Ledger.";
    expect(quotes(text, "en").map((q) => [q[1], q[2], q[3]])).toEqual([
      ["the company plans to sell the pier", "a memo", "institution"],
      ["the pier will close", "A letter", "institution"],
      ["The plan was dropped", "a copy of the letter", "institution"],
    ]);
    expect(chainsIn(text, "en")).toEqual([
      ["memo", "Reuters"],
      ["company", "memo", "Reuters"],
      ["letter", "Associated Press"],
      ["copy of the letter", "Ledger"],
    ]);
    // Set off by commas after the document too, the holder after "by" or "with".
    expect(chainsIn("The port is closed. A 2019 memo, reviewed by the AP, warned that the pier would fail. The report, shared with Reuters, found that costs doubled.", "en")).toEqual([
      ["2019 memo", "AP"],
      ["report", "Reuters"],
    ]);
    // So does a draft, one an agency's two-letter name holds too.
    expect(chainsIn("The port is closed. The port would be sold, according to a draft seen by AP.", "en")).toEqual([["draft", "AP"]]);
    // A holder that is no outlet passes nothing on.
    expect(chainsIn("The port is closed. According to documents obtained by the committee, the port lost money.", "en")).toEqual([
      ["documents obtained by the committee"],
    ]);
  });

  it("German: a relative clause after the document, or after its cue, or an attribute before it names the holder", () => {
    const text =
      "Der Hafen ist zu. In dem Schreiben, das dem „Spiegel“ vorliegt, heißt es, man prüfe alle Optionen. Wie aus einem Bericht hervorgeht, der der dpa vorliegt, soll das Werk schließen. Die Werft wird verkauft. Das geht aus einem internen Papier hervor, das der Nachrichtenagentur Reuters vorliegt. In einem der Zeitung vorliegenden Protokoll heißt es, das Werk sei zu teuer.";
    expect(quotes(text, "de").map((q) => [q[1], q[2], q[3]])).toEqual([
      ["man prüfe alle Optionen", "dem Schreiben", "institution"],
      ["soll das Werk schließen", "einem Bericht", "vague"],
      ["Die Werft wird verkauft.", "einem internen Papier", "institution"],
      ["das Werk sei zu teuer", "Protokoll", "institution"],
    ]);
    expect(chainsIn(text, "de")).toEqual([
      ["Schreiben", "Spiegel"],
      ["Bericht", "dpa"],
      ["Papier", "Reuters"],
      ["Protokoll", "Zeitung"],
    ]);
    // An object's pronoun, or one before a noun where the clause's one verb closes it, opens the relative clause too.
    const relative = "Die Werft wird verkauft. Das geht aus einem Bericht hervor, den die Regierung vorlegte. Der Hafen schließt. Das geht aus der Projektion hervor, die Minister Jan Ott am Mittwoch vorstellte.";
    expect(quotes(relative, "de").map((q) => q[1])).toEqual(["Die Werft wird verkauft.", "Der Hafen schließt."]);
    expect(quotes("Der Minister sagte, die Polizei ermittle.", "de").map((q) => q[1])).toEqual(["die Polizei ermittle"]);
  });

  it("German: Papier after an article is a document, without one a name", () => {
    expect(quotes("Der Hafen ist zu. Dem Papier zufolge ist das Werk zu teuer. Papier sagte, das Gesetz sei verfassungswidrig.", "de").map((q) => [q[2], q[3]])).toEqual([
      ["Dem Papier", "institution"],
      ["Papier", "person"],
    ]);
  });
});

describe("English posted", () => {
  it("posts a message, not a result", () => {
    expect(quotes("Lee posted a message on Facebook saying the pier would close.", "en").map((q) => q[4])).toContain("posted");
    expect(quotes("Northwind Energy posted a third-quarter loss on Tuesday.", "en")).toEqual([]);
    expect(quotes("The senator posted bail on Friday.", "en")).toEqual([]);
  });
});
