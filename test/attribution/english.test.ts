import { describe, expect, it } from "vitest";
import { quotes, read } from "./helpers.js";

describe("English quotations interrupted by their attribution", () => {
  it("a quotation that ends on a comma runs on after its attribution", () => {
    const text = "“We won the vote,” she said. “Now we govern.” Later she left for the capital.";
    expect(quotes(text, "en")).toEqual([["direct", "“We won the vote,” she said. “Now we govern.”", "she", "person", "said"]]);
    // A quotation inside it closes first, a space between the marks.
    const nested = "“Then they say, ‘This is important,’ ” Magel said. “Nobody cares now.”";
    expect(quotes(nested, "en")).toEqual([["direct", nested, "Magel", "person", "said"]]);
  });

  it("the continuation opens the sentence after the attribution, a connective at most before it; one inside the narrator's sentence is not its", () => {
    const connective = "“We won the vote,” she said. Instead, “we govern now.”";
    expect(quotes(connective, "en")).toEqual([["direct", connective, "she", "person", "said"]]);
    const narrator = "“It lets us meet our members,” said Ann Lee. Banking has “produced nothing of value to the people of this city.”";
    expect(quotes(narrator, "en").map((q) => q[1])).toEqual(["“It lets us meet our members,”", "“produced nothing of value to the people of this city.”"]);
    const doubled = "''It lets us meet our members,'' said Ann Lee. Banking has ''produced nothing of value to the people of this city.''";
    expect(quotes(doubled, "en").map((q) => q[1])).toEqual(["''It lets us meet our members,''", "''produced nothing of value to the people of this city.''"]);
    // In the attribution's sentence a quotation after another cue is that cue's; one opening the sentence after goes on.
    const adding = "“That is false,” Ann Lee told reporters, adding that the mayor had “full confidence” in the crews.";
    expect(quotes(adding, "en").map((q) => [q[1], q[4]])).toEqual([
      ["“That is false,”", "told"],
      ["that the mayor had “full confidence” in the crews", "adding"],
    ]);
    const referring = "“We need the pier,” Ann Lee said, referring to the vote. “The crews need it too.”";
    expect(quotes(referring, "en").map((q) => q[1])).toEqual(["“We need the pier,” Ann Lee said, referring to the vote. “The crews need it too.”", "the vote"]);
  });

  it("the continuation may open the next paragraph when the attribution closes the paragraph before", () => {
    const text = "“We won the vote,” she said.\n\n“Now we govern the country, starting on Monday.”\n\nLater she left.";
    expect(quotes(text, "en")).toEqual([["direct", "“We won the vote,” she said.\n\n“Now we govern the country, starting on Monday.”", "she", "person", "said"]]);
    // A quotation with a cue of its own in the next paragraph is its own statement.
    const own = "“We won the vote,” she said.\n\n“Now we govern the country,” her aide added.";
    expect(quotes(own, "en").map((q) => q[1])).toEqual(["“We won the vote,”", "“Now we govern the country,”"]);
  });

  it("a quotation ending on a comma may go on unquoted after its attribution, one statement to the sentence end", () => {
    expect(quotes("“Only you, Dana,” she said, would use such a plan.", "en")).toEqual([
      ["indirect", "“Only you, Dana,” she said, would use such a plan", "she", "person", "said"],
    ]);
    // A participle after the attribution's comma is a cue of its own.
    expect(quotes("“We won the vote,” she said, adding that the count was close.", "en").map((q) => q[1])).toEqual(["“We won the vote,”", "that the count was close"]);
  });

  it("the continuation may follow in the same sentence, or after a quoted name inside the attribution", () => {
    const same = "“They have every incentive,” he said of the two leaders, “because they need one another.”";
    expect(quotes(same, "en").map((q) => q[1])).toEqual([same]);
    const text = "“Of course we will publish the audit,” Hale said on WKRT’s “Week in Review” on Sunday. “We have nothing to hide.”";
    expect(quotes(text, "en")).toEqual([["direct", text, "Hale", "person", "said"]]);
  });

  it("a show's title after a possessive inside the attribution is no continuation, its full stop inside the marks or not", () => {
    const text = "“The deal is dead,” Lee said on WKRN’s “Capitol Week.” “Nobody will sign it now.”";
    expect(quotes(text, "en")).toEqual([["direct", "“The deal is dead,” Lee said on WKRN’s “Capitol Week.” “Nobody will sign it now.”", "Lee", "person", "said"]]);
    expect(quotes("The crowd cheered Lee’s “Stronger Together, Always Together” slogan for ten minutes.", "en")).toEqual([]);
  });

  it("a quotation that ends its statement stands alone, and German counts each quotation", () => {
    const english = "“We won the vote.” She smiled at the crowd. “Now we govern the country.”";
    expect(quotes(english, "en").map((q) => q[1])).toEqual(["“We won the vote.”", "“Now we govern the country.”"]);
    const german = "„Wir haben gewonnen“, sagte sie. „Jetzt regieren wir.“";
    expect(quotes(german, "de").map((q) => q[1])).toEqual(["„Wir haben gewonnen“", "„Jetzt regieren wir.“"]);
  });

  it("a short quotation inside a sentence that no cue frames is a term or a title; one opening its sentence, or a longer one, is a statement", () => {
    expect(quotes("Lee ripped the board for acting as “the landlord and the bailiff” in the case.", "en")).toEqual([]);
    expect(quotes("Lee ripped the board for acting, in her words, as “the landlord and the bailiff of every tenant” in the case.", "en").map((q) => q[1])).toEqual([
      "“the landlord and the bailiff of every tenant”",
    ]);
    expect(quotes("“We won the vote.” She smiled at the crowd.", "en").map((q) => q[1])).toEqual(["“We won the vote.”"]);
  });

  it("a verb joined by a conjunction after a quotation closes no quotation, and joins none to the next", () => {
    const text = "Ms. Lee called the developer a “bully,” and said his offer was a “sham” meant to split the tenants.";
    const found = quotes(text, "en");
    expect(found).toContainEqual(["indirect", "his offer was a “sham” meant to split the tenants", "Ms. Lee", "person", "said"]);
    expect(found.filter(([kind]) => kind === "direct")).toEqual([]);
  });

  it("what follows a cue that closes a quotation describes the speaker, it is no statement", () => {
    const text = '"We are ready for the vote," said Jane Doe, a professor of law at Yale University.';
    expect(quotes(text, "en")).toEqual([["direct", '"We are ready for the vote,"', "Jane Doe", "person", "said"]]);
    const place = '"The plan will fail," Senator Roe said at a rally in Ohio.';
    expect(quotes(place, "en")).toEqual([["direct", '"The plan will fail,"', "Senator Roe", "person", "said"]]);
  });
});

describe("English statements around partial quotations", () => {
  it("a quotation inside indirect speech is part of it; German keeps both", () => {
    const text = 'Clinton said the plan relies on "accounting gimmicks" and cuts to Social Security.';
    expect(quotes(text, "en")).toEqual([["indirect", 'the plan relies on "accounting gimmicks" and cuts to Social Security', "Clinton", "person", "said"]]);
    const german = "Die Ministerin sagte, die Gespräche seien „sehr konstruktiv“ gewesen.";
    expect(quotes(german, "de").map((q) => q[0])).toEqual(["indirect", "direct"]);
  });

  it("a clause with words of its own around a quotation, closed by the cue, is the statement", () => {
    const text = "The council’s plan is “a step backwards” for the city’s renters, the mayor said.";
    expect(quotes(text, "en")).toEqual([["indirect", "The council’s plan is “a step backwards” for the city’s renters", "the mayor", "person", "said"]]);
    const whole = "“The plan is a step backwards for renters,” the mayor said.";
    expect(quotes(whole, "en")).toEqual([["direct", "“The plan is a step backwards for renters,”", "the mayor", "person", "said"]]);
  });

  it("so is one that goes on from its subject into a quotation and out of it; an opening circumstance stays out", () => {
    const text = 'Lee "felt a duty to act on the harbour" after the storm, Ruiz said.';
    expect(quotes(text, "en")).toEqual([["indirect", text.slice(0, text.indexOf(", Ruiz")), "Ruiz", "person", "said"]]);
    // A quotation closing the clause is the quotation's statement, from the clause's start.
    expect(quotes('Lee "apologized many times on the show," Ruiz said.', "en")).toEqual([["direct", 'Lee "apologized many times on the show,"', "Ruiz", "person", "said"]]);
  });

  it("so is one around a quotation in typed marks that closes on its comma", () => {
    const text = "The port, with its new cranes, ''is seen as a model for others,'' Lee said.";
    expect(quotes(text, "en")).toEqual([["indirect", "The port, with its new cranes, ''is seen as a model for others,''", "Lee", "person", "said"]]);
  });

  it("a quotation closing the sentence in typed marks is part of the indirect speech around it", () => {
    const text = "Lee said that the new plan from the governor would only ''hurt working families.'' She left early.";
    expect(quotes(text, "en")).toEqual([["indirect", "that the new plan from the governor would only ''hurt working families.''", "Lee", "person", "said"]]);
    const own = "The mayor thanked the volunteers. ''We could not have done it without you,'' she said.";
    expect(quotes(own, "en").map((q) => q[0])).toEqual(["indirect", "direct"]);
  });

  it("an unattributed quotation inside a reported statement is part of it", () => {
    const text = "According to the coach, the new stadium is now “the biggest headache this club has faced.”";
    expect(quotes(text, "en")).toEqual([["reported", "the new stadium is now “the biggest headache this club has faced.”", "the coach", "person", "According to"]]);
  });

  it("a pronoun opening the sentence speaks over the adverbs before its verb", () => {
    const text = 'He also argued the pipeline "would not go ten feet" without eminent domain.';
    expect(quotes(text, "en")).toEqual([["indirect", 'the pipeline "would not go ten feet" without eminent domain', "He", "person", "also argued"]]);
  });
});

describe("English pronouns", () => {
  it("they, we and I speak but are not resolved, nor do they hide the last named speaker", () => {
    const text = "Senator John Roe said the vote was close. The measure will pass, they said. He said it was a good day.";
    expect(quotes(text, "en").map((q) => q[2])).toEqual(["Senator John Roe", "they", "He (John Roe)"]);
  });
});

describe("English sources before their name", () => {
  it("“per” after a comma names the source of what comes before it; a rate names no one", () => {
    expect(quotes("The deal is worth $4 billion, per a person briefed on the terms.", "en")).toEqual([
      ["reported", "The deal is worth $4 billion", "a person briefed on the terms", "anonymous", "per"],
    ]);
    expect(quotes("The company is cutting 500 jobs, per Axios.", "en").map((q) => [q[2], q[3]])).toEqual([["Axios", "media"]]);
    expect(quotes("He earns 20 dollars, per hour. Gas costs 5 dollars per gallon.", "en")).toEqual([]);
  });

  it("a source named between a cue and what it said only relays that statement", () => {
    for (const source of ["per a translator", "according to a translator"]) {
      const found = read(`Lee said, ${source}, that the server was unprotected.`, "en");
      expect(found.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([["indirect", "the server was unprotected", "Lee"]]);
      expect(found.attributions.map((a) => a.chain)).toEqual([["Lee", "translator"]]);
    }
  });
});

describe("English subjects the reader finds away from the verb", () => {
  it("a name closing a list before a closing attribution ends what was said, no apposition's name", () => {
    expect(quotes("Three hostages were freed under a deal brokered by Qatar and Egypt, Israeli officials said.", "en")).toEqual([
      ["indirect", "Three hostages were freed under a deal brokered by Qatar and Egypt", "Israeli officials", "anonymous", "said"],
    ]);
    // Nor is a month a name set off before the phrase.
    expect(quotes("Prices have doubled since March, PitchBook data show.", "en").map((q) => [q[1], q[2]])).toEqual([["Prices have doubled since March", "PitchBook data"]]);
    expect(quotes("Prices have doubled since March, officials said.", "en").map((q) => [q[1], q[2]])).toEqual([["Prices have doubled since March", "officials"]]);
    expect(quotes("Obama and Biden will campaign in Florida and Ohio, the nominee's campaign announced Friday.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["Obama and Biden will campaign in Florida and Ohio", "the nominee's campaign"],
    ]);
    // A name set off with its apposition closed by a comma still names the speaker.
    expect(quotes("The plan failed, and Ann Lee, a senator, said it was dead.", "en")[0]?.[2]).toBe("Ann Lee, a senator");
  });

  it("a question word opening the clause is no part of its speaker", () => {
    expect(quotes("The debate went on for hours. What Ann Lee argued is that the tax is too high.", "en")[0]?.[2]).toBe("Ann Lee");
    expect(quotes("It is unclear where Mayor Tom Ruiz said the money would come from.", "en")[0]?.[2]).toBe("Mayor Tom Ruiz");
  });

  it("a participle speaks for the main clause's speaker, whose statement ends before it", () => {
    const text = "Senator Jane Roe said the bill would fail, adding that it had no support.";
    expect(quotes(text, "en")).toEqual([
      ["indirect", "the bill would fail", "Senator Jane Roe", "person", "said"],
      ["indirect", "that it had no support", "Senator Jane Roe", "person", "adding"],
    ]);
  });

  it("a participle right after a word is part of the statement before it, which runs on over it", () => {
    const text = "The mayor responded to the post by calling it silly and unfair.";
    expect(quotes(text, "en").map((q) => [q[1], q[4]])).toEqual([
      ["to the post by calling it silly and unfair", "responded"],
      ["it silly and unfair", "calling"],
    ]);
  });

  it("a participle after a closing quotation mark is a cue, and introduces the quotation after it", () => {
    const indirect = "The governor called the budget “a disaster for schools,” adding that the cuts would hurt rural towns.";
    expect(quotes(indirect, "en")).toContainEqual(["indirect", "that the cuts would hurt rural towns", "The governor", "person", "adding"]);
    const text = "“We will win this state,” Governor Jane Roe said, adding that her rival was “running out of money and out of time.”";
    expect(quotes(text, "en")).toEqual([
      ["direct", "“We will win this state,”", "Governor Jane Roe", "person", "said"],
      ["direct", "“running out of money and out of time.”", "Governor Jane Roe", "person", "adding"],
    ]);
  });

  it("a participle after a clause with no cue speaks for the clause's subject; without a comma it is no cue", () => {
    expect(quotes("Trump toured the plant on Monday, saying it would cost jobs.", "en")).toEqual([["indirect", "it would cost jobs", "Trump", "person", "saying"]]);
    expect(quotes("Saying goodbye was hard for the whole family that day.", "en")).toEqual([]);
  });

  it("a prepositional phrase opening the clause is a circumstance, no subject: the participle speaks for the subject after it", () => {
    expect(quotes("Despite the storm, Lee spoke in Ames on Monday, saying the plan would work.", "en").map((q) => [q[2], q[4]])).toEqual([["Lee", "saying"]]);
    expect(quotes("Absent a deal, the dockers may listen and conclude that the port is lost.", "en").map((q) => [q[2], q[4]])).toEqual([["the dockers", "conclude"]]);
    expect(quotes("Throughout the spring, farmers in the valley, fearing the drought, sold their cattle.", "en").map((q) => q[2])).toEqual(["farmers in the valley"]);
  });

  it("a subject set off by a long appositive, and the subject of a coordinated verb", () => {
    const appositive = "Tom Berger, a baker from Fenwick who runs the market stall, said he welcomed the plan.";
    expect(quotes(appositive, "en")).toEqual([["indirect", "he welcomed the plan", "Tom Berger", "person", "said"]]);
    const coordinated = "Governor Ann Lee toured the plant and said the jobs would stay.";
    expect(quotes(coordinated, "en")).toEqual([["indirect", "the jobs would stay", "Governor Ann Lee", "person", "said"]]);
    // A role coordinated with another inside the appositive, after a quotation too.
    const roles = "“The fund will grow,” Nora Quill, a director and senior analyst at Brenton Partners, told reporters.";
    expect(quotes(roles, "en").map((q) => [q[2], q[4]])).toEqual([["Nora Quill, a director and senior analyst at Brenton Partners", "told"]]);
  });

  it("nouns in an adjective's shape head a phrase; a pronoun after the verb is no speaker", () => {
    expect(quotes('"The deal is fine," said the president.', "en")[0]?.[2]).toBe("the president");
    expect(quotes("Sixty-two percent said it made no difference.", "en")).toEqual([["indirect", "it made no difference", "Sixty-two percent", "person", "said"]]);
    // A word that also closes a cue ("said in a statement") is a noun after its article.
    expect(quotes("The statement added that the ferry would run on Sundays.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([["that the ferry would run on Sundays", "The statement", "added"]]);
    // "polling" is a noun, no participle: the phrase before the cue ends in it.
    expect(quotes("But the new polling suggests that the mayor could win the suburbs.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([["that the mayor could win the suburbs", "the new polling", "suggests"]]);
  });

  it("a counted share of a crowd is no vague source; the crowd itself is", () => {
    expect(quotes("Sixty-two percent of Republicans said the tax plan was fair.", "en")[0]?.[3]).toBe("person");
    expect(quotes("Many Republicans said the tax plan was fair.", "en")[0]?.[3]).toBe("vague");
  });
});

describe("English cue spans", () => {
  it("a particle and a named statement after the verb belong to the cue", () => {
    const text = "The senator pointed out that the bill had failed. The mayor said in a statement that the city was ready.";
    expect(quotes(text, "en").map((q) => q[4])).toEqual(["pointed out", "said in a statement"]);
  });

  it("auxiliaries and the adverbs before the verb belong to the cue, the speaker never", () => {
    const text = "The senator has also said the plan would fail. Trump would later say that the deal was dead.";
    expect(quotes(text, "en").map((q) => [q[2], q[4]])).toEqual([["The senator", "has also said"], ["Trump", "would later say"]]);
  });

  it("adverbs of duration and frequency ('has long said', 'has twice complained') belong to the cue, not the speaker", () => {
    const text = "Mr. Roe has long said that he will back the nominee. The union has twice complained that the ads misled voters.";
    expect(quotes(text, "en").map((q) => [q[2], q[4]])).toEqual([["Mr. Roe", "has long said"], ["The union", "has twice complained"]]);
  });

  it("'then' after a comma or 'and' joins the clauses and is not the cue's; after the subject it is", () => {
    const text = "The mayor paused, then said the bridge would close. Lee then said that the ferry was late.";
    expect(quotes(text, "en").map((q) => [q[2], q[4]])).toEqual([["The mayor", "said"], ["Lee", "then said"]]);
  });

  it("a capitalised auxiliary before a past form, or inside running text before a capitalised word, is a name", () => {
    const text = "The columnist George Will wrote that the party is lost. In her speech, May said the talks would go on. " +
      "“The bill is a mess,” said economist Will Dunmore. The senator will say the bill is fair.";
    expect(quotes(text, "en").map((q) => [q[2], q[4]])).toEqual([
      ["The columnist George Will", "wrote"], ["May", "said"], ["economist Will Dunmore", "said"], ["The senator", "will say"],
    ]);
    expect(quotes("Senators Will Vote On Bill, Lee Says", "en").map((q) => q[2])).not.toContain("Senators Will Vote On Bill");
  });

  it("a capitalised preposition before a past cue, or inside running text after a capitalised word and before a pause, is a name", () => {
    const text = "“The ferry is late,” said Ida From, who runs the harbour. “It was late last year too,” From said.";
    expect(quotes(text, "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["“The ferry is late,”", "Ida From", "said"], ["“It was late last year too,”", "From", "said"],
    ]);
    expect(quotes("“No,” said a spokesman from the army.", "en").map((q) => q[2])).toEqual(["a spokesman from the army"]);
  });

  it("a verb asking someone names its speaker after a quotation's closing mark and before a pause, not its addressee", () => {
    expect(quotes("“Where would we go?” asked Maria Lopez, 67, who lives alone in a trailer.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["“Where would we go?”", "Maria Lopez", "asked"],
    ]);
    expect(quotes("''Is the pier safe?'' asked the nurse.", "en").map((q) => q[2])).toEqual(["the nurse"]);
    // A participle after a quotation shares the subject before it; the phrase after it is whom it told.
    const telling = quotes("Lee hailed the vote as “fantastic,” telling reporters in Ohio that it was a great thing.", "en");
    expect(telling.map((q) => [q[1], q[2], q[4]])).toContainEqual(["that it was a great thing", "Lee", "telling"]);
  });
});

describe("English judgements, intentions and inversions", () => {
  it("judgements and intentions are attributed to their subject, with their object as content", () => {
    const text = "Senator Roe rejected the plan as a gift to donors. The governor declined to comment.";
    expect(quotes(text, "en")).toEqual([
      ["indirect", "the plan as a gift to donors", "Senator Roe", "person", "rejected"],
      ["indirect", "to comment", "The governor", "person", "declined"],
    ]);
  });

  it("a pronoun right before the verb is its subject; the object after the verb never speaks", () => {
    const text = "In a talk with the magazine Harbor he blasted the city council for being lazy.";
    expect(quotes(text, "en")).toEqual([["indirect", "the city council for being lazy", "he", "person", "blasted"]]);
  });

  it("after an inverted speaker, what follows its comma says who the speaker is; the statement stands before", () => {
    const text = "The deal will be close, said Lena Vogt, a housing analyst in Denver.";
    expect(quotes(text, "en")).toEqual([["indirect", "The deal will be close", "Lena Vogt", "person", "said"]]);
  });

  it("an inverted speaker stands before a pause", () => {
    expect(quotes('"We will win this race," said the mayor of Springfield.', "en")[0]?.[2]).toBe("the mayor of Springfield");
  });

  it("an inverted partitive is read with the crowd after its link", () => {
    const text = "The talks are at an early stage, said one of the people, who declined to be identified.";
    // One who declined to be identified is an anonymous source.
    expect(quotes(text, "en")).toEqual([["indirect", "The talks are at an early stage", "one of the people", "anonymous", "said"]]);
    expect(quotes("The talks are early, said some of the aides.", "en")[0]?.slice(2, 4)).toEqual(["some of the aides", "anonymous"]);
  });

  it("no speaker stands after a link right after the cue: what follows it is the matter", () => {
    expect(quotes("Europe must act, warns of Crisis Group.", "en")).toEqual([]);
    expect(quotes("Merkel Says Europe Must Act, Warns of Crisis\n\nMerkel spoke in Berlin.", "en").map((q) => q[2])).toEqual(["Merkel"]);
    // A time or a place after the cue may stand before the speaker.
    expect(quotes("The talks are early, said on Tuesday Ann Lee.", "en")[0]?.[2]).toBe("Ann Lee");
  });
});

describe("English attitudes", () => {
  it("revealing, seeking, opposing and doubting are attributed to their subject", () => {
    const text = "The senator revealed that the talks had failed. Most voters oppose the new tax.";
    expect(quotes(text, "en")).toEqual([
      ["indirect", "that the talks had failed", "The senator", "person", "revealed"],
      ["indirect", "the new tax", "Most voters", "vague", "oppose"],
    ]);
  });
});

describe("quotations that are no statements", () => {
  it("a title in quotation marks and a markup attribute's value are no statements; a sentence is", () => {
    expect(quotes("She appeared on “The Night Desk With Nora Wonder” last week.", "en")).toEqual([]);
    expect(quotes('The post <tweet id="768166957728358400 and more"> was shared.', "en")).toEqual([]);
    expect(quotes("Sie trat in der Sendung „Hart Aber Fair Mit Frank Plasberg“ auf.", "de")).toEqual([]);
    expect(quotes("The sign read “we will never give up this fight”.", "en").map((q) => q[0])).toEqual(["direct"]);
  });
});

describe("quotations announced by a clause", () => {
  it("the subject of a clause that announces a quotation with a colon speaks, its verb is the cue", () => {
    const text = "When the governor died, President Clinton released the following statement: “We mourn the loss of a friend.”";
    expect(quotes(text, "en")).toEqual([["direct", "“We mourn the loss of a friend.”", "President Clinton", "person", "released the following statement"]]);
  });

  it("a verb inside the phrase before the colon ends the speaker and opens the cue; a bare name keeps the colon", () => {
    expect(quotes("Later that day, the governor went even further: “We will close every office.”", "en")).toEqual([
      ["direct", "“We will close every office.”", "the governor", "person", "went even further"],
    ]);
    expect(quotes("The report’s summary reads: “No agency shall delay the payments.”", "en")[0]?.[4]).toBe("reads");
    expect(quotes("The first three callers ranged from skeptical to hostile: “Why did you wait?”", "en")[0]?.[2]).toBe("The first three callers");
    expect(quotes("Mayor Lena Brandt: “We will rebuild.”", "en")[0]?.[4]).toBe(":");
    // The phrase before the verb reaches back over a label set off by commas.
    expect(quotes("Gov. Ann Hale, R-Ky., delivered a blunt message: “It is time to stop.”", "en")[0]?.[2]).toBe("Gov. Ann Hale, R-Ky.");
  });

  it("manners of speaking are cues", () => {
    const text = "“They sold the harbor,” the woman shouted. “The first victim is the town,” she continued.";
    expect(quotes(text, "en").map((q) => q[4])).toEqual(["shouted", "continued"]);
  });
});

describe("a party label after the name", () => {
  it("a short parenthesis between the subject and its verb is skipped, in English and German", () => {
    expect(quotes("Sen. Ruth Hale (D-Ore.) said that she wanted no more delays.", "en")[0]?.[2]).toBe("Sen. Ruth Hale");
    expect(quotes("Angela Merkel (CDU) sagte, sie sei zufrieden.", "de")).toEqual([["indirect", "sie sei zufrieden", "Angela Merkel", "person", "sagte"]]);
  });
});

describe("verbs that are adjectives before a noun", () => {
  it("a cue word after the article or a possessive is a noun", () => {
    expect(quotes("Clinton's hope is that voters return. The claim was false, and his hope was gone.", "en")).toEqual([]);
    expect(quotes("Voters hope that the race ends soon.", "en")[0]?.[2]).toBe("Voters");
  });

  it("pledged and estimated as adjectives are no cues; as verbs they are", () => {
    const text = "Clinton won most of the pledged delegates in the state. An estimated 500 people attended the rally. Sanders pledged to fight on until the convention.";
    expect(quotes(text, "en")).toEqual([["indirect", "to fight on until the convention", "Sanders", "person", "pledged"]]);
  });
});

describe("a statement whose subject the reader does not take as a clause's", () => {
  it("the clause's subject speaks: a counted share of voters, with the words that approximate it", () => {
    const text = "About four in 10 Republican primary voters say that the economy matters most.";
    expect(quotes(text, "en")).toEqual([["indirect", "that the economy matters most", "About four in 10 Republican primary voters", "person", "say"]]);
  });

  it("a cue with no phrase before it and no statement after it stays silent", () => {
    // "Asked about the delay, …" has its question as statement (an opening participle clause).
    expect(quotes("Asked again and again, the mayor left the room.", "en")).toEqual([]);
  });
});

describe("a headline that names its speaker before a colon", () => {
  it("the name speaks the rest of the headline, in English and German", () => {
    const english = "Graham: Trump’s ‘Hateful Rhetoric’ Is Destroying the Party’s Chance.\n\nThe senator spoke in Columbia on Sunday.";
    expect(quotes(english, "en")).toEqual([["indirect", "Trump’s ‘Hateful Rhetoric’ Is Destroying the Party’s Chance.", "Graham", "person", ":"]]);
    const german = "Merkel: Wir werden die Krise gemeinsam meistern.\n\nDie Kanzlerin sprach am Montag in Berlin.";
    expect(quotes(german, "de")[0]).toEqual(["indirect", "Wir werden die Krise gemeinsam meistern.", "Merkel", "person", ":"]);
  });

  it("a quotation after the colon, whole, is a direct quote, once", () => {
    const english = "Harris: ‘We Will Not Back Down on the Budget.’\n\nThe senator spoke in Columbia on Sunday.";
    expect(quotes(english, "en")).toEqual([["direct", "‘We Will Not Back Down on the Budget.’", "Harris", "person", ":"]]);
    const german = "Merz: „Wir schaffen das nicht allein“\n\nDer CDU-Chef sprach am Sonntag in Berlin.";
    expect(quotes(german, "de")).toEqual([["direct", "„Wir schaffen das nicht allein“", "Merz", "person", ":"]]);
  });

  it("the headline is the first line: a dek on the line below it is not part of it", () => {
    const text = "Lee: The new harbour plan is 'dangerously wrong';\nIn a speech, the mayor attacks the council.\n\nAnn Lee spoke on Monday.";
    expect(quotes(text, "en")[0]).toEqual(["indirect", "The new harbour plan is 'dangerously wrong';", "Lee", "person", ":"]);
    expect(read(text, "en").attributions[0]?.chain).toEqual(["Lee"]);
  });

  it("an outlet or an office named with its speaker noun speaks too", () => {
    const outlet = "Boston Herald: City council delays the vote on the new transit budget.\n\nThe vote came late.";
    expect(quotes(outlet, "en")).toEqual([["indirect", "City council delays the vote on the new transit budget.", "Boston Herald", "media", ":"]]);
    const office = "Sanders campaign: Our volunteers will knock on every door in Iowa.\n\nThe vote came late.";
    expect(quotes(office, "en").map((q) => [q[2], q[4]])).toEqual([["Sanders campaign", ":"]]);
  });

  it("a label in capitals or with an article names nobody, nor does a colon further into the text", () => {
    expect(quotes("BREAKING: Senate passes the budget bill after a long night.\n\nThe vote came late.", "en")).toEqual([]);
    expect(quotes("The Latest: Sanders wins the Minnesota caucuses by a wide margin.\n\nThe vote came late.", "en")).toEqual([]);
    expect(quotes("The vote came late.\n\nHarris: the budget passes the Senate after a long night.", "en")).toEqual([]);
  });

  it("a label headed by a word for the story's kind names nobody", () => {
    expect(quotes("Breaking: Senate passes the budget bill after a long night.\n\nThe vote came late.", "en")).toEqual([]);
    expect(quotes("Campaign Update: The governor tours five counties in two days.\n\nThe vote came late.", "en")).toEqual([]);
    // The desk's kinds of story, in both languages.
    expect(quotes("Analysis: Why the Fed is in no hurry to cut rates\n\nThe vote came late.", "en")).toEqual([]);
    expect(quotes("Kommentar: Die Notenbank muss jetzt handeln\n\nDie Entscheidung fiel spät.", "de")).toEqual([]);
  });
});

describe("a statement weaving quotations into its own words", () => {
  it("two quotations inside indirect speech make one statement; one quotation that is most of it stays direct", () => {
    const woven = "Berger argued that being Texan “is a choice” and that “no county owns being a Texan.”";
    expect(quotes(woven, "en")).toEqual([["indirect", "that being Texan “is a choice” and that “no county owns being a Texan.”", "Berger", "person", "argued"]]);
    // Words of its own around a third of the statement make it indirect speech.
    const own = "Moreno said because the governor is popular with farmers, “she is the best voice the party has.”";
    expect(quotes(own, "en")).toEqual([["indirect", "the governor is popular with farmers, “she is the best voice the party has.”", "Moreno", "person", "said"]]);
    const quoted = "The mayor said that “the new bridge will open in the spring of next year.”";
    expect(quotes(quoted, "en").map((q) => q[0])).toEqual(["direct"]);
  });

  it("a subject pronoun before the quotation opens a clause of its own, however much is quoted", () => {
    expect(quotes("The senator later told Harbor Radio he was “disappointed.”", "en")).toEqual([["indirect", "he was “disappointed.”", "The senator", "person", "later told"]]);
    expect(quotes("The mayor told reporters she “would not back down.”", "en").map((q) => [q[0], q[1]])).toEqual([["indirect", "she “would not back down.”"]]);
  });

  it("so does a subject and its auxiliary", () => {
    expect(quotes("Netanyahu said Israel would “not end the war until all of its goals are achieved.”", "en")).toEqual([
      ["indirect", "Israel would “not end the war until all of its goals are achieved.”", "Netanyahu", "person", "said"],
    ]);
    expect(quotes("The department said it will “be adding this missing data in January and expects to be done by March.”", "en").map((q) => q[0])).toEqual(["indirect"]);
  });
});

describe("an attribution set off by commas inside its statement", () => {
  it("the statement runs from the sentence start over the attribution to the end", () => {
    const text = "The solution, the partner told the board, was simple.";
    expect(quotes(text, "en")).toEqual([["indirect", "The solution, the partner told the board, was simple", "the partner", "person", "told"]]);
  });

  it("the statement may go on with a quotation and words of its own after it", () => {
    const text = "The new harbour and its cranes, the engineers said, “will serve the region” for decades.";
    expect(quotes(text, "en")).toEqual([["indirect", text.slice(0, -1), "the engineers", "person", "said"]]);
    // A quotation alone after the comma is the speaker's quotation, the clause before the comma a circumstance.
    const alone = "When asked by a host whether the harbour was safe, Lee said, “It is safe.”";
    expect(quotes(alone, "en").map((q) => q[1])).toContain("“It is safe.”");
  });

  it("so it may with a quotation in typed marks", () => {
    const text = "The port's investment in its cranes, Ms. Okafor said, ''is a model of careful spending'' for the region.";
    expect(quotes(text, "en")).toEqual([["indirect", text.slice(0, -1), "Ms. Okafor", "person", "said"]]);
  });

  it("a clause a question word opens is no attribution set off by commas, and the word is no part of the speaker", () => {
    const text = "In 2019, under what Ann Ruiz called ''the old plan,'' the port charged a fee of $500.";
    expect(quotes(text, "en")).toEqual([["direct", "''the old plan,''", "Ann Ruiz", "person", "called"]]);
    expect(quotes('Under what Ann Ruiz called "the old plan," the port charged a fee.', "en").map((q) => q[2])).toEqual(["Ann Ruiz"]);
  });

  it("an outlet's own sourcing closing the sentence attributes it: “the BBC understands”, “Reuters has learned”", () => {
    expect(quotes("The deal is close to completion, the BBC understands.", "en")).toEqual([["indirect", "The deal is close to completion", "the BBC", "media", "understands"]]);
    expect(quotes("The club has held talks with the player, Reuters has learned.", "en")).toEqual([["indirect", "The club has held talks with the player", "Reuters", "agency", "has learned"]]);
    // Elsewhere one understands or learns something.
    expect(quotes("The coach understands the risk and has learned from the defeat.", "en")).toEqual([]);
  });

  it("an expletive \"it\" before a passive cue names nobody: the \"that\" clause is said by nobody named", () => {
    expect(quotes("Talks broke down. It is understood that ministers will table an improved offer.", "en")).toEqual([
      ["indirect", "that ministers will table an improved offer", null, null, "is understood"],
    ]);
    expect(quotes("Talks broke down. It was widely reported that the union would strike.", "en").map((q) => [q[2], q[4]])).toEqual([[null, "was widely reported"]]);
    // A pronoun "it" told something is whom it was told to; the company said what it was told.
    expect(quotes("The company said it was told that the plant would close.", "en").map((q) => q[2])).toEqual(["The company"]);
  });

  it("the subject of an addressee verb in the passive with no agent is whom the words were told to: nobody named told them", () => {
    expect(quotes("Lee was told that the executive team did not want to sit with him.", "en")).toEqual([
      ["indirect", "that the executive team did not want to sit with him", null, null, "was told"],
    ]);
    expect(quotes("Lee was told by aides that he would lose.", "en").map((q) => q[2])).toEqual(["aides"]);
    // A question asked is read with the person asked.
    expect(quotes("Lee was asked whether he would run again.", "en").map((q) => q[2])).toEqual(["Lee"]);
  });

  it("a question word after the words of the clause it ends in opens the speaker's name, a relative pronoun or a condition does not", () => {
    expect(quotes("Florida braced for what officials called a once-in-a-century storm.", "en").map((q) => q[2])).toEqual(["officials"]);
    expect(quotes("Residents fled what officials described as a deadly surge.", "en").map((q) => q[2])).toEqual(["officials"]);
    expect(quotes("The shooting happened in Harbor City, where authorities reported at least 20 victims.", "en").map((q) => q[2])).toEqual(["authorities"]);
    expect(quotes("Lee, who has feuded with party leaders for months, described the plan as a mistake.", "en").map((q) => q[2])).toEqual(["Lee"]);
    expect(quotes("The gap widened, if not by much, as Harbor Bank economists said prices would rise.", "en").map((q) => q[2])).toEqual(["Harbor Bank economists"]);
  });

  it("an attribution opening the sentence keeps the statement after it", () => {
    const text = "The mayor said, after a long pause, that the bridge will open in May.";
    expect(quotes(text, "en").map((q) => q[1])).not.toContain(text.slice(0, -1));
  });
});

describe("English attributions after a quotation opening the sentence", () => {
  it("read the subject after the quotation's closing mark, past the commas inside it", () => {
    const text = "“If the board wanted the files, they would just take them — they would not ask,” Rep. Ann Hale (R-Ohio), a panel member, said in a phone interview.";
    expect(quotes(text, "en").map((q) => [q[0], q[2], q[4]])).toEqual([["direct", "Rep. Ann Hale (R-Ohio)", "said"]]);
  });
});

describe("English participle clauses opening a sentence", () => {
  it("the question of an opening “Asked …” clause is a statement put by nobody named, the answer the subject's", () => {
    const text = "Asked whether the county would appeal the ruling, the commissioner said the board would meet on Monday.";
    expect(quotes(text, "en")).toEqual([
      ["indirect", "whether the county would appeal the ruling", null, null, "Asked"],
      ["indirect", "the board would meet on Monday", "the commissioner", "person", "said"],
    ]);
    const when = "When asked on Tuesday how large the budget gap was, the mayor declined to give a figure.";
    expect(quotes(when, "en").map((q) => [q[1], q[4]])).toEqual([["how large the budget gap was", "asked"], ["to give a figure", "declined"]]);
    // A few words saying where or when may stand before the question; a pause among them ends the clause.
    const where = "When asked at the county fair whether the fair would return, the mayor said it would.";
    expect(quotes(where, "en").map((q) => [q[1], q[4]])).toContainEqual(["whether the fair would return", "asked"]);
    expect(quotes("Asked to comment, the mayor said the fair would return.", "en").map((q) => q[4])).toEqual(["said"]);
  });

  it("a quotation inside the opening question is the question's, and the cue after it keeps its own statement", () => {
    const asked = quotes("Asked whether the plan is “worth the cost,” most tenants said no.", "en");
    expect(asked.map((q) => [q[0], q[2], q[4]])).toEqual([
      ["reported", "most tenants", "said"],
      ["indirect", null, "Asked"],
    ]);
    // A quotation after the question's comma is the main clause's.
    expect(quotes("Asked whether the plan would pass, Lee said, “It is worth the cost.”", "en")).toContainEqual([
      "direct", "“It is worth the cost.”", "Lee", "person", "said",
    ]);
  });

  it("a cue inside the question says no more than the question holds, and announces no quotation after the main clause", () => {
    expect(quotes("Asked whether he had doubts, Kerr said: “Not for a second.”", "en")).toEqual([
      ["indirect", "whether he had doubts", null, null, "Asked"],
      ["direct", "“Not for a second.”", "Kerr", "person", "said"],
    ]);
    expect(quotes("Asked whether he believed Lee was lying, Kerr said the matter was closed.", "en").map((q) => [q[1], q[4]])).toContainEqual(["Lee was lying", "believed"]);
    expect(quotes("Asked whether he would take the penalty himself, Kerr laughed: “Not for a second.”", "en")).toContainEqual([
      "direct", "“Not for a second.”", "Kerr", "person", "laughed",
    ]);
  });

  it("an appositive set off by commas inside the question, a verb after it, does not end the question", () => {
    expect(quotes("Asked whether Lee, the new governor, could win, Hale said it was possible.", "en")).toEqual([
      ["indirect", "whether Lee, the new governor, could win", null, null, "Asked"],
      ["indirect", "it was possible", "Hale", "person", "said"],
    ]);
    // One after the main clause's subject is the subject's own.
    expect(quotes("Asked whether the bill could pass, Lee, the new governor, said it could win in the Senate.", "en")).toEqual([
      ["indirect", "whether the bill could pass", null, null, "Asked"],
      ["indirect", "it could win in the Senate", "Lee, the new governor", "person", "said"],
    ]);
  });

  it("quotation marks inside the question go on with it, to the comma inside them", () => {
    expect(quotes("Asked whether the toll was “a gift to the rich,” the mayor said it was not.", "en").map((q) => [q[1], q[4]])).toContainEqual([
      "whether the toll was “a gift to the rich",
      "Asked",
    ]);
    expect(quotes("Asked whether the toll was fair, the mayor said it was not.", "en").map((q) => [q[1], q[4]])).toContainEqual(["whether the toll was fair", "Asked"]);
  });

  it("the question may be what it is about: “Asked about” is the cue, a later “about” opens the question", () => {
    expect(quotes("Asked about the harbour vote, the mayor said she had no regrets.", "en")).toEqual([
      ["indirect", "the harbour vote", null, null, "Asked about"],
      ["indirect", "she had no regrets", "the mayor", "person", "said"],
    ]);
    expect(quotes("When asked on Tuesday about the harbour vote, the mayor said she had no regrets.", "en").map((q) => [q[1], q[4]])).toContainEqual([
      "about the harbour vote",
      "asked",
    ]);
    expect(quotes("Asked to the harbour gala, the mayor said she had no regrets.", "en").map((q) => q[4])).toEqual(["said"]);
  });

  it("in the passive the subject is asked, and the question runs to the sentence end", () => {
    expect(quotes("The governor was asked whether he would sign the bill.", "en")).toEqual([["indirect", "whether he would sign the bill", null, null, "was asked"]]);
  });

  it("a question asked inside a clause, or with no main clause after it, is no opening clause", () => {
    const text = "The judge asked whether the county would appeal the ruling.";
    expect(quotes(text, "en")).toEqual([["indirect", "whether the county would appeal the ruling", "The judge", "person", "asked"]]);
    expect(quotes("Asked whether he would run again.", "en")).toEqual([]);
  });

  it("after an opening conjunction the participle speaks for the subject after its comma", () => {
    expect(quotes("While saying that she admires the mayor, Okafor left the hall early.", "en")).toEqual([
      ["indirect", "that she admires the mayor", "Okafor", "person", "saying"],
    ]);
    expect(quotes("While waiting for the ferry, Okafor read a book.", "en")).toEqual([]);
    // After a coordinator too, and where the content read ends at the comma.
    expect(quotes("But after talking about the harbour, Okafor left the hall early.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["the harbour", "Okafor", "talking about"],
    ]);
  });
});

describe("English views nobody is named for", () => {
  it("a subject that can hold a view holds what seems so; the subject is part of the statement", () => {
    const text = "Senator Jane Roe seemed to urge patience with the new trade deal.";
    expect(quotes(text, "en")[0]).toEqual(["indirect", "Senator Jane Roe seemed to urge patience with the new trade deal", "Senator Jane Roe", "person", "seemed"]);
    const reported = "The Harlow campaign has reportedly spent two million dollars on television ads.";
    expect(quotes(reported, "en").map((q) => [q[1], q[2]])).toEqual([["The Harlow campaign has reportedly spent two million dollars on television ads", "The Harlow campaign"]]);
  });

  it("“reportedly” after a form of “be” reads its subject too, and stands alone as the cue", () => {
    expect(quotes("The Harlow campaign is reportedly planning a second ad in May.", "en")).toEqual([
      ["indirect", "The Harlow campaign is reportedly planning a second ad in May", "The Harlow campaign", "institution", "reportedly"],
    ]);
    expect(quotes("The campaign has reportedly spent two million dollars on ads.", "en")[0]?.[4]).toBe("reportedly");
  });

  it("a view with an adjective for complement is held like one with an infinitive; a thing holds none, and what seems so of it is nobody's view", () => {
    const text = "After the debate, Senator Roe appeared confident about her chances in Ohio.";
    expect(quotes(text, "en")).toEqual([["indirect", "Senator Roe appeared confident about her chances in Ohio", "Senator Roe", "person", "appeared"]]);
    expect(quotes("Senator Roe appeared on CNN on Sunday night.", "en")).toEqual([]);
    expect(quotes("The storm seemed stronger than forecast.", "en")).toEqual([["indirect", "The storm seemed stronger than forecast", null, null, "seemed"]]);
    expect(quotes("By Friday, the mood in the town appeared to shift toward the governor.", "en")).toEqual([
      ["indirect", "the mood in the town appeared to shift toward the governor", null, null, "appeared"],
    ]);
  });

  it("a passive names no holder, nor does an expletive subject, whose content opens at “that” or right after the cue", () => {
    expect(quotes("The governor is expected to sign the bill on Friday.", "en")).toEqual([["indirect", "The governor is expected to sign the bill on Friday", null, null, "is expected"]]);
    // Nor a name: others expect it of her. One statement, the complement not read again as the verb's own ("to win …").
    expect(quotes("Senator Roe is expected to win the primary in March.", "en")).toEqual([
      ["indirect", "Senator Roe is expected to win the primary in March", null, null, "is expected"],
    ]);
    // An adverb of time between: "is now expected", "are also expected".
    expect(quotes("The Bank of England is now expected to hold rates in September.", "en")).toEqual([
      ["indirect", "The Bank of England is now expected to hold rates in September", null, null, "is now expected"],
    ]);
    // British wire copy's "is understood to", and "were known to".
    expect(quotes("Neves, 20, is understood to be keen on the move.", "en")).toEqual([["indirect", "Neves, 20, is understood to be keen on the move", null, null, "is understood"]]);
    expect(quotes("The couple were known to use the house in summer.", "en")[0]?.slice(2)).toEqual([null, null, "were known"]);
    // Negated, and with "it" before the infinitive, which is what is expected, no expletive.
    expect(quotes("Senator Roe is not expected to attend the dinner.", "en")).toEqual([["indirect", "Senator Roe is not expected to attend the dinner", null, null, "is not expected"]]);
    expect(quotes("Senator Roe isn't expected to attend the dinner.", "en")[0]?.slice(2)).toEqual([null, null, "isn't expected"]);
    expect(quotes("The deficit fell last year. It is expected to rise to 3 percent this year.", "en")).toEqual([
      ["indirect", "It is expected to rise to 3 percent this year", null, null, "is expected"],
    ]);
    // A view the subject seems to hold is its own.
    expect(quotes("Senator Roe seemed to urge a vote in March.", "en")[0]?.[2]).toBe("Senator Roe");
    // "seen as", "viewed as": a view of the subject nobody is named for, with its complement.
    expect(quotes("The storm is widely seen as the worst in a decade.", "en")).toEqual([
      ["indirect", "The storm is widely seen as the worst in a decade", null, null, "is widely seen as"],
    ]);
    expect(quotes("The storm was seen from the coast.", "en")).toEqual([]);
    // A view or report held widely: "is widely expected", "was widely reported".
    expect(quotes("The ferry is widely expected to close in May.", "en").map((q) => [q[1], q[4]])).toEqual([["The ferry is widely expected to close in May", "is widely expected"]]);
    // A reputation: "is best known for", with its form of "be" and its adverbs; not a stretch of acquaintance.
    expect(quotes("The mayor is best known for her fights over the harbour budget.", "en").map((q) => [q[1], q[4]])).toEqual([
      ["The mayor is best known for her fights over the harbour budget", "is best known for"],
    ]);
    expect(quotes("The mayor and the builder have known for years that the pier leaks.", "en")).toEqual([]);
    // So is the name someone is known as, after a form of "be"; after a noun it names a thing.
    expect(quotes("The senator was long known as a dealmaker in the capital.", "en").map((q) => [q[1], q[4]])).toEqual([
      ["The senator was long known as a dealmaker in the capital", "was long known as"],
    ]);
    expect(quotes("The council passed a plan known as Harbour First.", "en")).toEqual([]);
    expect(quotes("Lee says she has been known for years as a careful judge.", "en").map((q) => q[4])).toEqual(["says"]);
    // A cue that only begins with the evidential keeps its own statement.
    expect(quotes("Roe reportedly told aides that the plan would fail.", "en").map((q) => q[4])).toEqual(["reportedly", "reportedly told"]);
    expect(quotes("It appears that the game was closer than many had expected.", "en")).toEqual([["indirect", "that the game was closer than many had expected", null, null, "appears"]]);
    // With no "that", the content follows the cue.
    expect(quotes("It seems likely the council will approve the harbour plan.", "en")).toEqual([["indirect", "likely the council will approve the harbour plan", null, null, "seems"]]);
    expect(quotes("Or so it seems.", "en")).toEqual([]);
    // So does a clause after an article, with no complementizer; another subject before an article stays silent.
    expect(quotes("But it seems the mood in the party has changed.", "en")).toEqual([["indirect", "the mood in the party has changed", null, null, "seems"]]);
    expect(quotes("The crowd appeared the next morning at the gate.", "en")).toEqual([]);
  });

  it("stays silent without a complement, and inside a relative or a reported clause", () => {
    expect(quotes("The mayor appeared on local television on Sunday.", "en")).toEqual([]);
    expect(quotes("Voters who seem to care about trade backed the governor.", "en")).toEqual([]);
    const nested = "Critics said Senator Roe seemed to want a delay.";
    expect(quotes(nested, "en")).toEqual([["indirect", "Senator Roe seemed to want a delay", "Critics", "vague", "said"]]);
  });

  it("a main clause joined after a later comma by “and” holds its attitude, and so does a subordinate clause", () => {
    expect(quotes("In May, the plan stalled in the Senate, and the mayor wants to revive it next year.", "en")).toEqual([
      ["indirect", "to revive it next year", "the mayor", "person", "wants"],
    ]);
    expect(quotes("In May, the plan stalled in the Senate, because the mayor wants to revive it next year.", "en")).toEqual([
      ["indirect", "to revive it next year", "the mayor", "person", "wants"],
    ]);
  });

  it("a verb coordinated with the one before shares the subject opening the sentence; an opening phrase or an expletive holds nothing", () => {
    expect(quotes("Last October, President Weber changed course and decided to keep troops in the country.", "en")).toEqual([
      ["indirect", "to keep troops in the country", "President Weber", "person", "decided"],
    ]);
    expect(quotes("Senator Roe knocked the mayor on zoning and called him a moderate.", "en")).toEqual([["indirect", "him a moderate", "Senator Roe", "person", "called"]]);
    expect(quotes("Known as the Harbor Club, it was built in 1990 and backed by the bank.", "en")).toEqual([]);
    expect(quotes("It is easy to be gloomy about the merger and call the company greedy.", "en")).toEqual([]);
  });

  it("a subject set off by an aside before the verb holds its attitude", () => {
    expect(quotes("The Future45 group, funded by major donors, is planning to run ads in Ohio.", "en")).toEqual([
      ["indirect", "to run ads in Ohio", "The Future45 group", "institution", "is planning"],
    ]);
    expect(quotes("The harbour campaign, short of money, is aiming to cut the mayor's lead.", "en").map((q) => [q[1], q[4]])).toEqual([["to cut the mayor's lead", "is aiming"]]);
    expect(quotes("The harbour council, after a long night, voted to close the port.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([["to close the port", "The harbour council", "voted"]]);
    expect(quotes("Cruz, leading narrowly in the Iowa polls, questioned the mayor’s values.", "en")).toContainEqual([
      "indirect",
      "the mayor’s values",
      "Cruz",
      "person",
      "questioned",
    ]);
  });

  it("a relative clause after an appositive holds its antecedent's attitude; one inside the subject opening the sentence stays unread", () => {
    expect(quotes("The money came from Ron Cole, a poultry magnate who previously backed Governor Hale.", "en")).toEqual([
      ["indirect", "Governor Hale", "who (a poultry magnate)", "person", "previously backed"],
    ]);
    expect(quotes("Voters who want to cut taxes backed the governor.", "en")).toEqual([]);
  });

  it("a relative clause set off by dashes, its auxiliary contracted or not, speaks for the antecedent before the dash, up to the closing dash", () => {
    expect(quotes("It became an issue, with Ann Lee — who has called for higher tolls on trucks — faulting the plan.", "en")).toContainEqual([
      "indirect",
      "higher tolls on trucks",
      "who (Ann Lee)",
      "person",
      "has called for",
    ]);
    expect(quotes("Tom Hale, who’d previously backed the harbour plan, voted against it.", "en")).toEqual([
      ["indirect", "the harbour plan", "who (Tom Hale)", "person", "’d previously backed"],
    ]);
    // A dash closing an aside stands after it: the pronoun stands for the phrase before the aside.
    expect(quotes("Nearly four in 10 voters — 38 percent — who said they could change their mind were women.", "en").map((q) => q[2])).toEqual(["who (Nearly four in 10 voters)"]);
  });

  it("a pronoun or a name right before the verb holds its attitude in any clause, but not inside another's statement", () => {
    expect(quotes("The mayor unveiled a plan that she hopes to pass by June.", "en")).toEqual([["indirect", "to pass by June", "she", "person", "hopes"]]);
    expect(quotes("The toll is a tax that Governor Hale hopes to lift by June.", "en")).toEqual([["indirect", "to lift by June", "Governor Hale", "person", "hopes"]]);
    expect(quotes("Roe said she wants to cut the gas tax by half.", "en")).toEqual([["indirect", "she wants to cut the gas tax by half", "Roe", "person", "said"]]);
  });

  it("the subject of a verb with its particle before an infinitive cue speaks a quotation after it", () => {
    expect(quotes("Lee went on to say, “The pier will close in May.”", "en")).toEqual([["direct", "“The pier will close in May.”", "Lee", "person", "went on to say"]]);
  });

  it("a present verb taking an infinitive cue, or an adjective of its subject after “be”, belongs to the cue", () => {
    expect(quotes("Lee continues to insist that the pier will close.", "en")).toEqual([["indirect", "that the pier will close", "Lee", "person", "continues to insist"]]);
    expect(quotes("Lee was quick to point out that the pier will close.", "en")).toEqual([["indirect", "that the pier will close", "Lee", "person", "was quick to point out"]]);
    expect(quotes("It is fair to say that the pier will close.", "en")).toEqual([]);
  });

  it("a negated form of “be” before the cue belongs to it, never to the speaker", () => {
    expect(quotes("Lee isn’t saying what other options he would support.", "en")).toEqual([["indirect", "what other options he would support", "Lee", "person", "isn’t saying"]]);
  });

  it("words the cue's span takes are no part of what was said", () => {
    expect(quotes("The storm hit. Forecasters warned of life-threatening storm surge along the coast.", "en").map((q) => [q[1], q[4]])).toEqual([
      ["life-threatening storm surge along the coast", "warned of"],
    ]);
    expect(quotes("The store opened. They saw for the first time the abundance in the aisles.", "en").map((q) => [q[1], q[4]])).toEqual([
      ["the abundance in the aisles", "saw for the first time"],
    ]);
  });

  it("“been” after a perfect auxiliary belongs to the cue, never to the speaker", () => {
    expect(quotes("Lee has been criticized for not taking down the websites.", "en")).toEqual([["indirect", "not taking down the websites", "Lee", "person", "has been criticized for"]]);
    expect(quotes("Lee has also been mentioned as a potential candidate for governor.", "en").map((q) => [q[2], q[4]])).toEqual([["Lee", "has also been mentioned"]]);
  });

  it("a quotation its author's name follows is the title of a piece, not a statement", () => {
    expect(quotes("MUST READ — “Broadway star leaves the hit show in March,” by Times’ Ann Lee: “The actor will go.”", "en")).toEqual([
      ["direct", "“The actor will go.”", "Ann Lee", "person", ":"],
    ]);
    expect(quotes("“We will win the vote in the spring,” Lee said by phone.", "en")).toEqual([["direct", "“We will win the vote in the spring,”", "Lee", "person", "said"]]);
  });

  it("a short quotation standing alone as a paragraph is a subhead or pull quote; with its cue it is a statement", () => {
    const text = "“We will rebuild the pier this year, and we will pay for it,” Lee said.\n\n“A really tough decision.”\n\nThe council votes in May.";
    expect(quotes(text, "en").map((q) => q[1])).toEqual(["“We will rebuild the pier this year, and we will pay for it,”"]);
    expect(quotes("The council met.\n\n“A really tough decision,” Lee said.\n\nThe council votes in May.", "en")).toEqual([
      ["direct", "“A really tough decision,”", "Lee", "person", "said"],
    ]);
  });

  it("a phrase and its aside after said open the statement: English said takes no bare object before a pause", () => {
    expect(quotes("Lee said the ferry, run by the county, would stop in May.", "en")).toEqual([
      ["indirect", "the ferry, run by the county, would stop in May", "Lee", "person", "said"],
    ]);
    expect(quotes("Lee said Monday, the ferry would stop in May.", "en")).toEqual([["indirect", "the ferry would stop in May", "Lee", "person", "said"]]);
  });

  it("a speech participle before its that-clause is a cue opening the sentence or after a dash", () => {
    expect(quotes("Noting that the ferry was late, Lee said the council would act.", "en")).toEqual([
      ["indirect", "that the ferry was late", "Lee", "person", "Noting"],
      ["indirect", "the council would act", "Lee", "person", "said"],
    ]);
    expect(quotes("Lee vowed to act — conceding that the ferry was late.", "en").map((q) => q[4])).toContain("conceding");
    expect(quotes("Noting the weather, Lee cancelled the trip.", "en")).toEqual([]);
  });

  it("a role or crowd noun right before the verb holds its attitude in any clause too", () => {
    expect(quotes("The council drew up a budget that city officials hope to pass by June.", "en")).toEqual([
      ["indirect", "to pass by June", "city officials", "anonymous", "hope"],
    ]);
    expect(quotes("It is a fare rise that many critics hope to stop by June.", "en")).toEqual([["indirect", "to stop by June", "many critics", "vague", "hope"]]);
    expect(quotes("Lee said it is a fare rise that critics hope to stop by June.", "en")).toEqual([
      ["indirect", "it is a fare rise that critics hope to stop by June", "Lee", "person", "said"],
    ]);
  });

  it("the verb's own adverbs stand between the subject and the attitude", () => {
    expect(quotes("American officials have long worried about the cost of the bridge.", "en")).toEqual([
      ["indirect", "the cost of the bridge", "American officials", "anonymous", "have long worried about"],
    ]);
    expect(quotes("But his campaign was still hoping to win delegates in Ohio.", "en")).toEqual([
      ["indirect", "to win delegates in Ohio", "his campaign", "institution", "was still hoping"],
    ]);
  });

  it("a charge names whom a body charged, but a passive's, a task or a charge into the fray names nothing", () => {
    expect(quotes("Prosecutors charged the officer with murder.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([["the officer with murder", "Prosecutors", "charged"]]);
    // The one charged said nothing.
    expect(quotes("Officer Lena Hale, who fired the shots, was charged with manslaughter.", "en")).toEqual([]);
    expect(quotes("The mayor has not been charged with any crime.", "en")).toEqual([]);
    expect(quotes("Lee leads a group charged with beautifying downtown.", "en")).toEqual([]);
    expect(quotes("In 2000 he charged into the fray against his rival.", "en")).toEqual([]);
    // Nor is a headline's passive before what it follows on.
    expect(quotes("Man charged after stabbing at train station\n\nTwo charged over fraud at the port.", "en")).toEqual([]);
    // After a passive's auxiliary, whatever follows, and before "in connection with".
    expect(quotes("A 34-year-old man has been charged in the death of a cyclist on Wayne Avenue.", "en")).toEqual([]);
    expect(quotes("Two men were arrested and charged in connection with the robbery of a bank.", "en")).toEqual([]);
  });

  it("a quotation opening the content is part of it", () => {
    expect(quotes("As they marched down Broad Street, the protesters chanted “stop the war” and “no peace.”", "en")).toEqual([
      ["indirect", "“stop the war” and “no peace.”", "the protesters", "person", "chanted"],
    ]);
    expect(quotes("Roe questioned Weber’s “Berlin manners” and his readiness to lead.", "en")).toEqual([
      ["indirect", "Weber’s “Berlin manners” and his readiness to lead", "Roe", "person", "questioned"],
    ]);
  });

  it("a progressive's subject stands before its form of “be”; a passive names no holder there", () => {
    expect(quotes("Governor Ann Dale is backing the mayor for the Senate seat.", "en")).toEqual([
      ["indirect", "the mayor for the Senate seat", "Governor Ann Dale", "person", "is backing"],
    ]);
    expect(quotes("A group of pastors is planning to boycott the speech next week.", "en")).toEqual([
      ["indirect", "to boycott the speech next week", "A group of pastors", "institution", "is planning"],
    ]);
    expect(quotes("The mayor was backed by the union in the last race.", "en")).toEqual([]);
  });

  it("a view whose subject is set off by an aside before the verb runs from the subject", () => {
    expect(quotes("The senator, casting herself as a friend of small farmers, appeared to calm her liberal critics.", "en")).toEqual([
      ["indirect", "The senator, casting herself as a friend of small farmers, appeared to calm her liberal critics", null, null, "appeared"],
    ]);
  });

  it("a subject after any comma of an opening circumstance holds its attitude; inside another's statement it is part of it", () => {
    expect(quotes("In North Dakota, where water is scarce, farmers see wind farms as wasted land.", "en")).toEqual([
      ["indirect", "wind farms as wasted land", "farmers", "person", "see"],
    ]);
    expect(quotes("In speech after speech, and town after town, Senator Roe questioned the cost of the bridge.", "en")).toEqual([
      ["indirect", "the cost of the bridge", "Senator Roe", "person", "questioned"],
    ]);
    expect(quotes("Lee said that in May, after the vote, the mayor wants a new bridge.", "en")).toEqual([
      ["indirect", "that in May, after the vote, the mayor wants a new bridge", "Lee", "person", "said"],
    ]);
  });

  it("a subject set off from its verb by a clause or an aside between commas holds its attitude or view", () => {
    expect(quotes("Mayor Ann Lee, who leads the harbour coalition, wants to revive the plan.", "en")).toEqual([
      ["indirect", "to revive the plan", "Mayor Ann Lee", "person", "wants"],
    ]);
    expect(quotes("The ferry plan, however, seemed doomed from the start.", "en")).toEqual([["indirect", "The ferry plan, however, seemed doomed from the start", null, null, "seemed"]]);
    expect(quotes("Voters who want lower fares, the survey found, backed the plan.", "en").filter((q) => q[4] === "want")).toEqual([]);
  });

  it("a clause after a semicolon or a subordinator holds its view", () => {
    expect(quotes("Lee leads comfortably in Iowa; the race appears closer in Ohio.", "en")).toEqual([["indirect", "the race appears closer in Ohio", null, null, "appears"]]);
    expect(quotes("The bill failed in the House while voters seemed tired of the fight.", "en")).toEqual([["indirect", "voters seemed tired of the fight", null, null, "seemed"]]);
    expect(quotes("The bill failed in the House while voters stayed home.", "en")).toEqual([]);
  });

  it("a coordinator opening the sentence leaves its clause the main one, for views and attitudes alike", () => {
    expect(quotes("But Senator Jane Roe appeared to soften her stance on the tariff.", "en")).toEqual([
      ["indirect", "Senator Jane Roe appeared to soften her stance on the tariff", "Senator Jane Roe", "person", "appeared"],
    ]);
    expect(quotes("And the union wants a longer contract for its drivers.", "en")).toEqual([
      ["indirect", "a longer contract for its drivers", "the union", "institution", "wants"],
    ]);
  });

  it("a view opening another's statement is that speaker's, one statement with the source's cue", () => {
    const text = "Senator Roe appears to lead the race by five points, according to a new poll by Monmouth University.";
    expect(quotes(text, "en")).toEqual([
      ["reported", "Senator Roe appears to lead the race by five points", "a new poll by Monmouth University", "institution", "according to"],
    ]);
  });
});

describe("English cues whose object is what they say", () => {
  it("the object of “cited”, “attacked”, “talked about” is the statement, and the subject speaks", () => {
    expect(quotes("The senator cited the budget office’s estimate as proof that the plan would fail.", "en")).toEqual([
      ["indirect", "the budget office’s estimate as proof that the plan would fail", "The senator", "person", "cited"],
    ]);
    expect(quotes("Governor Ann Ruiz attacked the mayor for his comments about the judge.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["the mayor for his comments about the judge", "Governor Ann Ruiz"],
    ]);
    expect(quotes("Senator Roe talked about the new border fence at a rally in Iowa.", "en").map((q) => [q[2], q[4]])).toEqual([["Senator Roe", "talked about"]]);
    expect(quotes("The governor made it clear that he would not sign the bill.", "en").map((q) => [q[1], q[4]])).toEqual([["that he would not sign the bill", "made it clear"]]);
  });

  it("a passive or a noun is no such cue", () => {
    expect(quotes("The report was cited by the senator in the debate.", "en")).toEqual([]);
    expect(quotes("The attacks in Paris shook the campaign for weeks.", "en")).toEqual([]);
  });
});

describe("English names joined by a slash", () => {
  it("a poll of two outlets is one phrase that speaks", () => {
    const text = "A new Denver Post/CBS News poll showed a wider gap for the mayor.";
    expect(quotes(text, "en")).toEqual([["indirect", "a wider gap for the mayor", "A new Denver Post/CBS News poll", "media", "showed"]]);
  });
});

describe("English cue spans", () => {
  it("a form of “be” right before the cue belongs to it", () => {
    expect(quotes("Senator Roe is urging voters to stay home on Tuesday.", "en").map((q) => q[4])).toEqual(["is urging"]);
    expect(quotes("The governor is expected to sign the bill on Friday.", "en").map((q) => q[4])).toEqual(["is expected"]);
  });

  it("a preposition the cue governs belongs to it; a place after it does not", () => {
    expect(quotes("Senator Roe warned of a long and costly shutdown.", "en").map((q) => q[4])).toEqual(["warned of"]);
    expect(quotes("Senator Roe warned at a rally that the shutdown would be long.", "en").map((q) => q[4])).toEqual(["warned"]);
  });

  it("a preposition before a count or a stretch of time measures something and is no part of the cue", () => {
    expect(quotes("Senator Roe has said for weeks that the harbour will open.", "en").map((q) => q[4])).toEqual(["has said"]);
    expect(quotes("The budget office said about half of the deficit came from tax cuts.", "en").map((q) => q[4])).toEqual(["said"]);
  });

  it("a phrase counting the occasion right after the cue belongs to it", () => {
    const text = "The ministry said for the first time that the harbour had been closed.";
    expect(quotes(text, "en")).toEqual([["indirect", "that the harbour had been closed", "The ministry", "institution", "said for the first time"]]);
  });

  it("a bare weekday closing the sentence or before “that” belongs to the cue; before another phrase it does not", () => {
    expect(quotes("“The harbour will open in May,” Lee said Tuesday.", "en").map((q) => q[4])).toEqual(["said Tuesday"]);
    expect(quotes("Lee said Tuesday that the harbour would open.", "en").map((q) => [q[1], q[4]])).toEqual([["that the harbour would open", "said Tuesday"]]);
    expect(quotes("“The harbour will open in May,” Lee said Tuesday in Dover.", "en").map((q) => q[4])).toEqual(["said"]);
  });

  it("a phrase naming the face or voice the words came with belongs to the cue; a companion does not", () => {
    expect(quotes("“The harbour will open in May,” Lee said with a grin.", "en").map((q) => q[4])).toEqual(["said with a grin"]);
    expect(quotes("“The harbour will open,” Lee said, with a shrug, as the crowd left.", "en").map((q) => q[4])).toEqual(["said, with a shrug"]);
    expect(quotes("Lee said with a tight smile that the harbour would open.", "en").map((q) => [q[1], q[4]])).toEqual([["that the harbour would open", "said with a tight smile"]]);
    expect(quotes("“The harbour will open,” the mayor joked with reporters.", "en").map((q) => q[4])).toEqual(["joked"]);
  });
});

describe("English polls as sources", () => {
  it("a poll a sentence opens with reports the rest of it, its source running to the comma", () => {
    const text = "In a CNN national poll released Monday, the governor held a nine-point lead among independents.";
    expect(quotes(text, "en")).toEqual([["reported", "the governor held a nine-point lead among independents", "a CNN national poll released Monday", "media", "In"]]);
  });

  it("bare “in the polls” is a standing in the race, no source", () => {
    expect(quotes("Lee rose in the polls, to double digits by May.", "en")).toEqual([]);
    expect(quotes("Lee rose in the latest polls, to double digits by May.", "en").map((q) => q[4])).toEqual(["in"]);
  });

  it("“in” before anything else is no cue, and a source without a comma after it stays as named", () => {
    expect(quotes("In a small town in Ohio, the governor held a rally on Monday.", "en")).toEqual([]);
    expect(quotes("According to police the man fled on foot.", "en")).toEqual([["reported", "the man fled on foot", "police", "institution", "According to"]]);
  });
});

describe("English views opened by “To” and a name", () => {
  it("a capitalised name after an opening “To” holds the view of the rest of the sentence", () => {
    expect(quotes("To Okafor, the new bridge is a waste of money.", "en")).toEqual([["reported", "the new bridge is a waste of money", "Okafor", "person", "To"]]);
    expect(quotes("To many, the new bridge is a waste of money.", "en")).toEqual([["reported", "the new bridge is a waste of money", "many", "vague", "To"]]);
  });

  it("stays silent before a lowercase word or inside a sentence", () => {
    expect(quotes("To date, the new bridge has cost a fortune.", "en")).toEqual([]);
    expect(quotes("To be sure, the new bridge has cost a fortune.", "en")).toEqual([]);
    expect(quotes("The council sent the plans to Okafor, and work began in May.", "en")).toEqual([]);
  });
});

describe("English datelines", () => {
  it("a horizontal bar after a dateline opens the clause like a dash", () => {
    expect(quotes("DENVER ― The Vogt campaign said it is searching for a new treasurer.", "en")).toEqual([
      ["indirect", "it is searching for a new treasurer", "The Vogt campaign", "institution", "said"],
    ]);
  });
});

describe("English statement nouns", () => {
  it("a statement noun before its clause is the cue, its possessor the speaker", () => {
    expect(quotes("The vote came after the mayor’s claim that the budget was balanced last year.", "en")).toContainEqual([
      "indirect",
      "that the budget was balanced last year",
      "the mayor’s",
      "person",
      "claim",
    ]);
  });

  it("a message, an argument or an answer with its possessor announces the words after its colon", () => {
    expect(quotes("The ferry stopped twice. The union's message: the pier must stay open all winter.", "en")).toEqual([
      ["indirect", "the pier must stay open all winter", "The union's", "institution", "message"],
    ]);
    expect(quotes("The ferry stopped twice. The message: the pier must stay open all winter.", "en")).toEqual([]);
  });

  it("a possessive pronoun after a verb stands for the verb's subject", () => {
    expect(quotes("Senator Roe shared her warning that the bridge would close within a year.", "en")).toEqual([
      ["indirect", "that the bridge would close within a year", "Senator Roe", "person", "warning"],
    ]);
  });

  it("a report names who made it by its agent or by the name before it, where a subject opens its clause", () => {
    expect(quotes("Shares fell after a report by the Harbor Ledger that the firm was exploring a sale.", "en")).toEqual([
      ["indirect", "that the firm was exploring a sale", "the Harbor Ledger", "media", "report"],
    ]);
    expect(quotes("Shares fell after a Harbor Ledger report that the firm was exploring a sale.", "en")).toEqual([
      ["indirect", "that the firm was exploring a sale", "Harbor Ledger", "media", "report"],
    ]);
    expect(quotes("The dismissed allegations by prosecutors that Lee lied under oath.", "en").map((q) => q.slice(2, 5))).toEqual([["prosecutors", "anonymous", "allegations"]]);
    // A relative clause describes the report: it says nothing.
    expect(quotes("Shares fell after a Harbor Ledger report that ran on Monday morning.", "en")).toEqual([]);
    expect(quotes("No one found the Harbor Ledger article that Lee said was written about him.", "en").map((q) => q[4])).toEqual(["said"]);
  });

  it("stays silent without a possessor, and for nouns that head a fact or an idea", () => {
    expect(quotes("Despite complaints that the bridge was unsafe, the council kept it open.", "en")).toEqual([]);
    expect(quotes("The fact that the bridge was closed angered the drivers.", "en")).toEqual([]);
  });

  it("a promise introduces its infinitive, said by its possessor; a plan does not", () => {
    expect(quotes("The mayor won votes with her promise to rebuild the harbour bridge.", "en")).toEqual([
      ["indirect", "to rebuild the harbour bridge", "her", "person", "promise"],
    ]);
    expect(quotes("The mayor won votes with her plan to rebuild the harbour bridge.", "en")).toEqual([]);
  });
});

describe("English attitudes of the main clause's subject", () => {
  it("an intention of the main clause's subject is a statement, the infinitive clause its content", () => {
    expect(quotes("After the vote, the Harlow campaign plans to open ten offices in Ohio.", "en")).toEqual([
      ["indirect", "to open ten offices in Ohio", "the Harlow campaign", "institution", "plans"],
    ]);
    expect(quotes("Senator Roe also wants to cut the gas tax by half.", "en")).toEqual([["indirect", "to cut the gas tax by half", "Senator Roe", "person", "also wants"]]);
  });

  it("a view or act held by the main clause's subject has the rest of the clause for content", () => {
    expect(quotes("On Monday, Senator Roe questioned the cost of the new bridge.", "en")).toEqual([
      ["indirect", "the cost of the new bridge", "Senator Roe", "person", "questioned"],
    ]);
    expect(quotes("The company backed the plan to widen the road.", "en")).toEqual([["indirect", "the plan to widen the road", "The company", "institution", "backed"]]);
    expect(quotes("Governor Lee wants a new bridge over the river.", "en")).toEqual([["indirect", "a new bridge over the river", "Governor Lee", "person", "wants"]]);
  });

  it("stays silent inside another's statement, in a relative clause and with an expletive subject", () => {
    expect(quotes("Roe said she wants to cut the gas tax by half.", "en")).toEqual([["indirect", "she wants to cut the gas tax by half", "Roe", "person", "said"]]);
    expect(quotes("Voters who want to cut taxes backed the governor.", "en")).toEqual([]);
    expect(quotes("It wants to be free of debt.", "en")).toEqual([]);
  });
});

describe("English cue words inside hyphenated words", () => {
  it("are no cues: the words after them are no statement", () => {
    expect(quotes("The self-described socialist won the primary by ten points.", "en")).toEqual([]);
    expect(quotes("The self-described socialist said she would run again.", "en")).toEqual([["indirect", "she would run again", "The self-described socialist", "person", "said"]]);
  });
});

describe("English passive cues with their agent", () => {
  it("the agent after “by” speaks, and the clause from the subject is what it said", () => {
    expect(quotes("Governor Lee has been criticized by union leaders over the new tax.", "en")).toEqual([
      ["indirect", "Governor Lee has been criticized by union leaders over the new tax", "union leaders", "institution", "has been criticized"],
    ]);
    expect(quotes("The harbour plan, which was first reported by the Daily Ledger, will cost more.", "en").map((q) => [q[2], q[4]])).toEqual([["the Daily Ledger", "was first reported"]]);
  });

  it("a participle right after its noun is a passive too; a gerund after “by” is no agent", () => {
    expect(quotes("The harbour bill, opposed by union leaders, never became law.", "en").map((q) => [q[2], q[4]])).toEqual([["union leaders", "opposed"]]);
  });

  it("with no agent, no clause and no object, a passive cue reports its subject to the clause's end, said by nobody named", () => {
    expect(quotes("The new budget was announced on Monday.", "en")).toEqual([["indirect", "The new budget was announced on Monday", null, null, "was announced"]]);
    expect(quotes("The schedule was posted.", "en")).toEqual([["indirect", "The schedule was posted", null, null, "was posted"]]);
    // An agent further on names a speaker: no statement of nobody's.
    expect(quotes("The plan was criticized during the hearing by union leaders.", "en").filter((q) => q[2] === null)).toEqual([]);
  });

  it("a relative clause after the agent describes it, with a cue of its own; what the agent did is the subject", () => {
    expect(quotes("The claim was rejected by Kemi Badenoch, who wrote on Facebook that the government had lost control.", "en")).toEqual([
      ["indirect", "The claim", "Kemi Badenoch", "person", "was rejected"],
      ["indirect", "that the government had lost control", "who (Kemi Badenoch)", "person", "wrote on Facebook"],
    ]);
    // What was asked goes on after the clause.
    expect(quotes("Lee was asked by host Bill Maher, who backs Sanders, whether the story had moved on.", "en")[0]?.slice(1, 3)).toEqual(["whether the story had moved on", "host Bill Maher"]);
  });

  it("an active cue keeps its subject before “by”", () => {
    const found = quotes("Governor Lee responded by calling for a vote on the harbour plan.", "en");
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((q) => q[2] === "Governor Lee")).toBe(true);
  });
});

describe("English business and platform copy", () => {
  it("\"per\" before a name or a document names the source; \"per cent\" and \"per year\" name none", () => {
    expect(quotes("The company will cut 500 jobs, per a memo obtained by the Harbor Ledger.", "en")).toEqual([
      ["reported", "The company will cut 500 jobs", "a memo", "institution", "per"],
    ]);
    expect(read("Per the Harbor Ledger, the company will cut 500 jobs.", "en").attributions.map((a) => a.chain)).toEqual([["Harbor Ledger"]]);
    expect(quotes("Prices rose 5 per cent per year in the county.", "en")).toEqual([]);
  });

  it("a company's officer named by initials is a person, not the company", () => {
    expect(quotes("The company's CEO said cuts were unavoidable.", "en")[0]?.slice(2, 4)).toEqual(["The company's CEO", "person"]);
    expect(quotes("The CEO said cuts were unavoidable.", "en")[0]?.[3]).toBe("person");
    expect(quotes("The FBI said the inquiry was over.", "en")[0]?.[3]).toBe("institution");
  });

  it("a statement posted to a platform passes through it, and what was said starts at its \"that\"", () => {
    const found = read("The union said in a statement posted to X that it would fight the cuts.", "en");
    expect(found.quotes.map((q) => q.text)).toEqual(["that it would fight the cuts"]);
    expect(found.attributions.map((a) => a.chain)).toEqual([["union", "X"]]);
  });
});

describe("English unnamed sources described after their noun", () => {
  it("after \"according to\" the description is part of the source, and an aside asking for anonymity states nothing", () => {
    expect(quotes("The company is exploring a sale, according to people familiar with the matter.", "en")).toEqual([
      ["reported", "The company is exploring a sale", "people familiar with the matter", "vague", "according to"],
    ]);
    expect(quotes("A deal could come next month, the people said, asking not to be identified because the talks are private.", "en")).toEqual([
      ["indirect", "A deal could come next month", "the people", "vague", "said"],
    ]);
    // A named source keeps its own words: "a poll taken last week" is the poll.
    expect(quotes("Lee leads the race, according to a Harbor Poll taken last week.", "en")[0]?.[2]).toBe("a Harbor Poll");
  });
});
