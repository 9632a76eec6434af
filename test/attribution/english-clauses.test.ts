import { describe, expect, it } from "vitest";
import { quotes, read } from "./helpers.js";

/** What each statement says, who says it and its cue. */
const said = (text: string) => quotes(text, "en").map((q) => [q[1], q[2], q[4]]);

describe("English clauses before a subject and its cue at the sentence end", () => {
  it("a clause closed by a quotation ending on its comma is the statement, quotations and all", () => {
    const text = "Tax cuts are “a gift to the wealthy” and “a burden on our children,” Senator Lee said.";
    expect(quotes(text, "en")).toEqual([
      ["indirect", "Tax cuts are “a gift to the wealthy” and “a burden on our children,”", "Senator Lee", "person", "said"],
    ]);
  });

  it("a quotation alone before the subject stays a direct quote", () => {
    const text = "“We will win this state,” the governor said.";
    expect(quotes(text, "en")).toEqual([["direct", "“We will win this state,”", "the governor", "person", "said"]]);
  });
});

describe("English clauses before a subject whose cue goes on with a preposition", () => {
  it("the clause before the comma is the statement; what follows the cue says when or where", () => {
    expect(quotes("The vote is close, the mayor said in a video message to the council.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["The vote is close", "the mayor", "said"],
    ]);
    // A passive infinitive before the closing attribution says what is yet to be done: no statement of its subject's.
    expect(quotes("Sanctions loom. The measures will be announced next week, an official said.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["The measures will be announced next week", "an official", "said"],
    ]);
    // A title quoted inside the subject and an auxiliary after it close no quotation: "has died" is no cue.
    expect(quotes("The singer is gone. Jones, who produced “Thriller,” has died at 91, his publicist said.", "en").map((q) => [q[1], q[4]])).toEqual([
      ["Jones, who produced “Thriller,” has died at 91", "said"],
    ]);
    // A name in a participle's shape opening the clause is its subject, not a participle's clause.
    expect(quotes("Boeing will cut 10% of its workforce, Chief Executive Kelly Ortberg said in a memo to staff on Friday.", "en").map((q) => q[1])).toEqual([
      "Boeing will cut 10% of its workforce",
    ]);
  });

  it("a short phrase after the cue's preposition says where or when, also before another comma", () => {
    expect(quotes("The tariffs are a mistake, the minister said Monday in Lyon, noting the cost to farmers.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["The tariffs are a mistake", "the minister", "said"],
      ["the cost to farmers", "the minister", "noting"],
    ]);
  });

  it("a plain noun after “told” is the addressee, and what follows it the circumstances", () => {
    expect(quotes("The vote is close, the mayor told reporters on Monday.", "en").map((q) => [q[1], q[4]])).toEqual([["The vote is close", "told"]]);
    expect(quotes("The mayor told reporters on Monday that the vote was close.", "en").map((q) => q[1])).toEqual(["that the vote was close"]);
    expect(quotes("The mayor told the crowd in Dayton that the vote was close.", "en").map((q) => q[1])).toEqual(["that the vote was close"]);
    // With no "that", an article or a pronoun after the noun opens what was said.
    expect(quotes("The mayor told reporters the vote was close.", "en").map((q) => q[1])).toEqual(["the vote was close"]);
    expect(quotes("The mayor told the crowd she would win.", "en").map((q) => q[1])).toEqual(["she would win"]);
    // So does a bare noun a modal or an auxiliary follows within a few words.
    expect(quotes("The finance chief told analysts supply constraints would ease next year.", "en").map((q) => q[1])).toEqual(["supply constraints would ease next year"]);
  });

  it("a gathering heading a few words after “told a” is the addressee, up to a pause, “that”, a time or a place", () => {
    const told = (text: string) => quotes(text, "en").filter((q) => q[4] === "told").map((q) => q[1]);
    expect(told("Beijing urged restraint, a spokesman told a regular news briefing in Beijing.")).toEqual(["Beijing urged restraint"]);
    expect(told("Beijing urged restraint, the spokesman told a news briefing in Beijing on Monday.")).toEqual(["Beijing urged restraint"]);
    expect(told("The senator told the raucous crowd that she would win.")).toEqual(["that she would win"]);
    // A gathering in a gerund's shape, a place after it.
    expect(told("Al-Ansari told a briefing in Doha that mediators remained optimistic.")).toEqual(["that mediators remained optimistic"]);
    expect(told("He told a meeting of Pacific leaders that few people understood the stakes.")).toEqual(["that few people understood the stakes"]);
    // What was told is no gathering: the tale is what was said.
    expect(told("The airline told a slightly different tale.")).toEqual(["a slightly different tale"]);
  });

  it("an opening phrase before the comma, or an infinitive after the cue, stays as it was", () => {
    expect(quotes("Through a spokesman, the mayor declined to comment.", "en").map((q) => q[1])).toEqual(["to comment"]);
    expect(quotes("Like Coach Berger, I believe in the quiet stubbornness of our players.", "en").map((q) => q[1])).toEqual(["the quiet stubbornness of our players"]);
  });
});

describe("English quotations closed by a long speaker phrase", () => {
  it("a speaker with an appositive right after a quotation opening the sentence closes it; what follows the cue is no statement", () => {
    const text = "“It takes years to process the claims,” Mary Olsen, the program director at the Rights Council, said in an interview after the vote.";
    expect(quotes(text, "en").map((q) => [q[0], q[1], q[4]])).toEqual([["direct", "“It takes years to process the claims,”", "said"]]);
  });

  it("a quotation inside the sentence is not closed by a cue far after it", () => {
    const text = "But even as Hale claimed on Friday that “the captain was benched for much less,” one of the former referees in the league, a teacher in Leeds, said the fouls differ.";
    const cues = quotes(text, "en").map((q) => [q[0], q[4]]);
    expect(cues).toContainEqual(["indirect", "said"]);
    expect(cues).not.toContainEqual(["direct", "said"]);
  });
});

describe("English statements embedded in another's indirect speech", () => {
  it("a view whose holder opens another's statement, or its “that” clause, is part of that statement", () => {
    expect(quotes("Senator Lee said he expects the bill to pass in March.", "en")).toEqual([
      ["indirect", "he expects the bill to pass in March", "Senator Lee", "person", "said"],
    ]);
    expect(quotes("Mayor Ross said that she thought the plan would fail.", "en")).toEqual([
      ["indirect", "that she thought the plan would fail", "Mayor Ross", "person", "said"],
    ]);
  });

  it("so is an attitude its words report, with “that” or without, not the whole sentence spoken by its subject", () => {
    expect(quotes("Senator Lee said that the voters criticized Hale.", "en")).toEqual([
      ["indirect", "that the voters criticized Hale", "Senator Lee", "person", "said"],
    ]);
    expect(quotes("Senator Lee says he doesn't believe in it.", "en")).toEqual([["indirect", "he doesn't believe in it", "Senator Lee", "person", "says"]]);
  });

  it("so is one whose speaker and cue stand further into that statement's clause", () => {
    const text = "Senator Lee said that a commission appointed by Governor Roe estimated in 2005 that the tax would add jobs.";
    expect(quotes(text, "en").map((q) => [q[1], q[4]])).toEqual([["that a commission appointed by Governor Roe estimated in 2005 that the tax would add jobs", "said"]]);
  });

  it("so is one whose speaker was read as the outer one's, its own subject left unread", () => {
    expect(quotes("Analysts say she is likely to argue that the rate is too low.", "en").map((q) => [q[1], q[4]])).toEqual([
      ["she is likely to argue that the rate is too low", "say"],
    ]);
    expect(quotes("Mayor Ross said the network had tweeted that the bridge was closed.", "en").map((q) => [q[1], q[4]])).toEqual([
      ["the network had tweeted that the bridge was closed", "said"],
    ]);
  });

  it("so is one in a relative clause there, unless an unnamed source speaks in it", () => {
    expect(quotes("Senator Lee said voters who think the tax is fair are wrong.", "en").map((q) => [q[1], q[4]])).toEqual([
      ["voters who think the tax is fair are wrong", "said"],
    ]);
    expect(quotes("Hale claimed that she had a well-placed source who told her the mayor owed rent.", "en").map((q) => q[4])).toContain("told");
  });

  it("so is one in a subordinate clause there", () => {
    expect(quotes("Mayor Ross said the race tightened after Lee conceded that the plan was flawed.", "en").map((q) => q[4])).toEqual(["said"]);
  });

  it("so is one in a relative clause or a that-clause opened after a conjunction there", () => {
    expect(quotes("Mayor Ross said the bill hurts farmers and workers who think the tax is fair.", "en").map((q) => [q[1], q[4]])).toEqual([
      ["the bill hurts farmers and workers who think the tax is fair", "said"],
    ]);
    expect(quotes("Senator Lee said the plan failed and that critics argued it cost too much.", "en").map((q) => q[4])).toEqual(["said"]);
  });

  it("the main clause's own statement stays where a relative clause inside its subject holds the other", () => {
    const text = "Farmers who praised the bill warned on Monday that the tariff may hurt them.";
    expect(quotes(text, "en").map((q) => [q[1], q[2], q[4]])).toContainEqual(["that the tariff may hurt them", "Farmers", "warned"]);
  });

  it("so is one spoken by a statement noun's possessor there", () => {
    expect(quotes("Mayor Ross said Lee's claim that the bridge was unsafe is false.", "en").map((q) => [q[1], q[4]])).toEqual([
      ["Lee's claim that the bridge was unsafe is false", "said"],
    ]);
  });

  it("a progressive inside the statement is its own clause's verb: the statement runs on over it", () => {
    expect(quotes("Senator Lee said that the governor was mocking the voters of the north.", "en").map((q) => [q[1], q[2], q[4]])).toContainEqual([
      "that the governor was mocking the voters of the north",
      "Senator Lee",
      "said",
    ]);
    expect(quotes("Mayor Ross said that some critics had been predicting a loss, but the city would grow.", "en").map((q) => [q[1], q[4]])).toContainEqual([
      "that some critics had been predicting a loss, but the city would grow",
      "said",
    ]);
    // One opening its own sentence still speaks for its subject.
    expect(quotes("Governor Lee is saying that the bridge will close.", "en")).toEqual([
      ["indirect", "that the bridge will close", "Governor Lee", "person", "is saying"],
    ]);
  });

  it("a statement coordinated after another keeps its own", () => {
    const found = quotes("Mayor Ross spoke first. She praised the plan and said it would create jobs.", "en").map((q) => [q[1], q[4]]);
    expect(found).toContainEqual(["it would create jobs", "said"]);
  });
});

describe("English indirect speech opening with a quotation", () => {
  it("goes on in words of its own after the quotation: one statement, its opening mark included", () => {
    expect(quotes("Senator Roe said “the housing plan” in its current form was a disaster for renters.", "en")).toEqual([
      ["indirect", "“the housing plan” in its current form was a disaster for renters", "Senator Roe", "person", "said"],
    ]);
  });

  it("a quotation that is the whole statement stays a direct quote", () => {
    expect(quotes("Senator Roe said “the housing plan is a disaster.”", "en")).toEqual([["direct", "“the housing plan is a disaster.”", "Senator Roe", "person", "said"]]);
  });
});

describe("English negated auxiliaries", () => {
  it("belong to the cue like any auxiliary, and stand between the subject and its verb", () => {
    expect(quotes("Most Democrats don’t think Lee can win the state.", "en")).toEqual([["indirect", "Lee can win the state", "Most Democrats", "vague", "don’t think"]]);
    expect(quotes("The mayor hasn't said whether she will run.", "en").map((q) => [q[2], q[4]])).toEqual([["The mayor", "hasn't said"]]);
  });

  it("“both”, “all” and “only” between the subject and its verb belong to the cue", () => {
    expect(quotes("Lee and Roe both stressed that the harbour would stay open.", "en").map((q) => [q[2], q[4]])).toEqual([["Lee and Roe", "both stressed"]]);
    expect(quotes("The mayor would only say that the talks went well.", "en").map((q) => [q[2], q[4]])).toEqual([["The mayor", "would only say"]]);
  });

  it("an adverb before the verb belongs to the cue, a noun in -ly does not", () => {
    expect(quotes("Lee quickly said the march would go ahead.", "en").map((q) => [q[2], q[4]])).toEqual([["Lee", "quickly said"]]);
    expect(quotes("Lee further argued that the plan would fail.", "en").map((q) => [q[2], q[4]])).toEqual([["Lee", "further argued"]]);
    expect(quotes("The mayor has sometimes acknowledged that the levee leaks.", "en").map((q) => [q[2], q[4]])).toEqual([["The mayor", "has sometimes acknowledged"]]);
    expect(quotes("Roe earlier said that the levee leaks.", "en").map((q) => [q[2], q[4]])).toEqual([["Roe", "earlier said"]]);
    expect(quotes("The organizer of the rally said the march would go ahead.", "en").map((q) => [q[2], q[4]])).toEqual([["The organizer of the rally", "said"]]);
    expect(quotes("A member of the family suggested that the senator should resign.", "en").map((q) => [q[2], q[4]])).toEqual([["A member of the family", "suggested"]]);
  });

  it("an auxiliary contracted onto the subject belongs to the cue; a possessive does not", () => {
    expect(quotes("They’ve argued that the harbour tax is unfair.", "en").map((q) => q[4])).toEqual(["’ve argued"]);
    expect(quotes("Lee’s plan would fail, the mayor said.", "en").map((q) => q[4])).toEqual(["said"]);
    expect(quotes("He’s said that the harbour tax is unfair.", "en").map((q) => q[4])).toEqual(["’s said"]);
    expect(quotes("Lee’s been saying that the harbour tax is unfair.", "en").map((q) => q[4])).toEqual(["’s been saying"]);
    expect(quotes("Democrats joined the mayor’s call for a new levee.", "en").map((q) => q[4])).toEqual(["call for"]);
  });

  it("a pronoun with its auxiliary contracted opens the clause after whom it was told to", () => {
    const told = read("The senator told Harbor News he’d back the levee. The mayor told Harbor Radio they’re ready.", "en");
    expect(told.quotes.map((q) => q.text)).toEqual(["he’d back the levee", "they’re ready"]);
    expect(told.attributions.map((a) => a.chain)).toEqual([["senator", "Harbor News"], ["mayor", "Harbor Radio"]]);
  });

  it("a capitalised time noun inside a sentence is a word of the outlet's name that the words were told to", () => {
    const text = "A witness told the Harbor Evening Post she saw the fight. The club told the Morning Standard it would reopen.";
    const told = read(text, "en");
    expect(told.quotes.map((q) => q.text)).toEqual(["she saw the fight", "it would reopen"]);
    expect(told.attributions.map((a) => a.chain)).toEqual([["witness", "Harbor Evening Post"], ["club", "Morning Standard"]]);
    // Lowercase, the time noun is the cue's time.
    expect(read("Lee told Harbor Radio on Monday evening the levee would hold.", "en").attributions.map((a) => a.chain)).toEqual([["Lee", "Harbor Radio"]]);
  });
});

describe("English nouns that look like cues", () => {
  it("reports counted are documents, no cue", () => {
    expect(quotes("Downdetector, which tracks outages, showed more than 500,000 reports at the peak.", "en")).toEqual([]);
  });

  it("a think tank thinks nothing", () => {
    expect(quotes("Ann Lee, a fellow at a conservative think tank in Ohio, joined the campaign.", "en")).toEqual([]);
    expect(quotes("Conservatives think the plan will fail.", "en").map((q) => q[4])).toEqual(["think"]);
  });
  it("praise and fears before a preposition are nouns, as opposed to a connective", () => {
    expect(quotes("The mayor won praise from Democrats for the levee plan.", "en")).toEqual([]);
    expect(quotes("Conservatives praise his plan for the levee.", "en")).toEqual([["indirect", "his plan for the levee", "Conservatives", "vague", "praise"]]);
    expect(quotes("The vote raised fears among farmers that the levee would fail.", "en")).toEqual([]);
    expect(quotes("Lee fears the levee will fail.", "en")).toEqual([["indirect", "the levee will fail", "Lee", "person", "fears"]]);
    // After "to", a verb's form, a possessive or an article "fears" is a noun too, whoever the sentence opens with.
    expect(quotes("Orders fell on Friday, adding to fears that the economy is slowing.", "en")).toEqual([]);
    expect(quotes("The data fuelled fears that the economy is slowing.", "en")).toEqual([]);
    expect(quotes("The mayor stressed jobs, as opposed to taxes that would hurt farmers.", "en").map((q) => q[4])).toEqual(["stressed"]);
    expect(quotes("Lee opposed the levee plan.", "en")).toEqual([["indirect", "the levee plan", "Lee", "person", "opposed"]]);
  });
  it("a belief in a clause of reason or condition is no cue", () => {
    expect(quotes("Lee voted against the bill because he thought it cost too much.", "en").map((q) => q[4])).not.toContain("thought");
    expect(quotes("Roe will run again if she believes the party needs her.", "en")).toEqual([]);
    expect(quotes("Lee thought the bill cost too much.", "en")).toEqual([["indirect", "the bill cost too much", "Lee", "person", "thought"]]);
  });
  it("a participle describing the noun before it ahead of a predicative 'as' reports nothing", () => {
    expect(quotes("Police are hunting a man described as armed and dangerous.", "en")).toEqual([]);
    expect(quotes("The victim was taken to hospital with injuries described as serious.", "en")).toEqual([]);
    expect(quotes("The flood was what the mayor described as a disaster.", "en")).toEqual([["indirect", "as a disaster", "the mayor", "person", "described"]]);
    expect(quotes("Police hunted a man described by witnesses as tall.", "en").map((q) => q[2])).toEqual(["witnesses"]);
  });
});

describe("English prepositions after a cue", () => {
  it("after what was said a preposition names a topic, outside the cue; before the content it belongs to the cue", () => {
    expect(quotes("“It is a reckless plan,” Senator Roe said of the budget.", "en").map((q) => q[4])).toEqual(["said"]);
    expect(quotes("Senator Roe warned of a long recession in the spring.", "en").map((q) => q[4])).toEqual(["warned of"]);
  });
});

describe("English infinitive cues", () => {
  it("a cue verb taking an infinitive cue reads one statement, the one of the whole chain", () => {
    expect(quotes("The mayor declined to say whether the pier would close.", "en")).toEqual([["indirect", "whether the pier would close", "The mayor", "person", "declined to say"]]);
    expect(quotes("The senator refused to discuss the audit.", "en").map((q) => [q[1], q[4]])).toEqual([["the audit", "refused to discuss"]]);
    // Alone before its infinitive, the verb still reads what follows.
    expect(quotes("The mayor declined to comment.", "en").map((q) => [q[1], q[4]])).toEqual([["to comment", "declined"]]);
  });

  it("the marker of an infinitive cue belongs to its span, and so does the verb taking it with its particle and auxiliaries", () => {
    expect(quotes("Senator Roe went on to say that the plan would fail.", "en")).toEqual([["indirect", "that the plan would fail", "Senator Roe", "person", "went on to say"]]);
    expect(quotes("Senator Roe was prompted to say that the plan would fail.", "en").map((q) => q[4])).toEqual(["was prompted to say"]);
    // After an adjective that the expletive "it" and its verb open, the cue comments in the writer's voice: no statement.
    expect(quotes("It is too soon to say whether the plan will fail.", "en")).toEqual([]);
    expect(quotes("It’s hard not to wonder whether the mayor is right.", "en")).toEqual([]);
    // A named subject with its adjective speaks; so does one between "it" and the cue.
    expect(quotes("Lee was quick to say that the plan would fail.", "en").map((q) => q[4])).toEqual(["was quick to say"]);
    expect(quotes("It took Lee a week to say that the plan would fail.", "en").map((q) => q[4])).toEqual(["to say"]);
    // The adjective taking it, set off after the clause, is no speaker.
    expect(quotes("Then they headed out, ready to tell residents that the mayor was a champion.", "en")).toEqual([]);
  });

  it("before a perfect infinitive the subject stands before the verb taking it and that verb's auxiliaries", () => {
    const leaving = (text: string) => quotes(text, "en").filter((q) => q[1] === "that he wants to leave").map((q) => [q[2], q[4]]);
    expect(leaving("Neves is understood to have told the club that he wants to leave.")).toEqual([["Neves", "have told"]]);
    expect(leaving("The striker is also said to have told friends that he wants to leave.")).toEqual([["The striker", "have told"]]);
    expect(leaving("Neves was widely reported to have told the club that he wants to leave.")).toEqual([["Neves", "have told"]]);
  });
});

describe("English attributions in a sentence of their own after a quotation", () => {
  it("“…?” Trump said.: the short sentence after a quotation ending on a question or exclamation attributes it", () => {
    expect(quotes("“Is that all there is?” Governor Roe said. He left the stage.", "en")).toEqual([["direct", "“Is that all there is?”", "Governor Roe", "person", "said"]]);
    const joined = "“We need a new plan!” the senator shouted. “And we need it now.”";
    expect(quotes(joined, "en")).toEqual([["direct", joined, "the senator", "person", "shouted"]]);
  });

  it("an attribution announcing the quotation after it with a colon keeps it", () => {
    const found = quotes("“We will win.” Roe continued: “They are demanding answers.”", "en").map((q) => [q[1], q[4]]);
    expect(found).toContainEqual(["“They are demanding answers.”", "continued"]);
  });
});

describe("English participles before their “that” clause after a conjunction", () => {
  it("are cues of the main clause's speaker, and end the statement before them at the conjunction", () => {
    const found = quotes("Senator Roe praised the new bill, calling it a good start and suggesting that the governor had acted too late.", "en");
    expect(found).toContainEqual(["indirect", "that the governor had acted too late", "Senator Roe", "person", "suggesting"]);
    expect(found).toContainEqual(["indirect", "it a good start", "Senator Roe", "person", "calling"]);
  });
});

describe("English clauses of their own joined by a conjunction after a statement", () => {
  it("end what was said at the comma before the conjunction, a quotation's closing mark with it", () => {
    expect(said("Critics argued it would fail, while supporters said it was needed.")).toEqual([
      ["it would fail", "Critics", "argued"],
      ["it was needed", "supporters", "said"],
    ]);
    expect(said("Lee said taxes would rise, and added that wages would fall.")).toEqual([
      ["taxes would rise", "Lee", "said"],
      ["that wages would fall", "Lee", "added"],
    ]);
    expect(said("The mayor said taxes would rise, whereas the council said they would fall.")[1]).toEqual(["they would fall", "the council", "said"]);
    expect(said("The mayor said the pier was safe, but ultimately Ruiz thinks it is not.")).toEqual([
      ["the pier was safe", "The mayor", "said"],
      ["it is not", "Ruiz", "thinks"],
    ]);
    expect(said("Only 52 percent agreed that Lee is in “good enough health to serve,” while 73 percent said the same of Ruiz.")).toEqual([
      ["that Lee is in “good enough health to serve,”", "Only 52 percent", "agreed"],
      ["the same of Ruiz", "73 percent", "said"],
    ]);
    // What was said goes on after "and that".
    expect(said("Lee said he was worried, and that officials told him the plan would fail.")[0]).toEqual(["he was worried, and that officials told him the plan would fail", "Lee", "said"]);
  });

  it("ends at a conjunction before a cue sharing its speaker: after an object any cue, after a clause a verb of saying", () => {
    expect(said("The mayor rejected the idea that the pier was unsafe and said the inspectors had cleared it.")).toEqual([
      ["the idea that the pier was unsafe", "The mayor", "rejected"],
      ["the inspectors had cleared it", "The mayor", "said"],
    ]);
    expect(said("Governor Ann Lee called the ruling “judicial activism” and vowed to appeal it.")).toEqual([
      ["the ruling “judicial activism”", "Governor Ann Lee", "called"],
      ["to appeal it", "Governor Ann Lee", "vowed"],
    ]);
    expect(said("Lee said taxes would rise and added that wages would fall.")).toEqual([
      ["taxes would rise", "Lee", "said"],
      ["that wages would fall", "Lee", "added"],
    ]);
    // Inside what was said: a clause's own coordinated verb, an infinitive going on in its plain form.
    expect(said("Police said the driver ignored the warnings and refused to stop.")[0]).toEqual(["the driver ignored the warnings and refused to stop", "Police", "said"]);
    expect(said("The judge asked the witness to raise her voice and say the name again.")[0]).toEqual(["to raise her voice and say the name again", "The judge", "asked"]);
    // A verb taking a participle is no noun it modifies, and no speaker.
    expect(said("Ruiz says Lee promised to continue supporting the plan and said she would vote for it.")).toEqual([
      ["Lee promised to continue supporting the plan", "Ruiz", "says"],
      ["she would vote for it", "Ruiz", "said"],
    ]);
    // An attitude's object ends there too, past a relative clause with a verb of its own.
    expect(said("Mr. Schultz supported Democrats during his time on MSNBC, which fired him in 2015, and said he did not support Lee.")).toEqual([
      ["Democrats during his time on MSNBC, which fired him in 2015", "Mr. Schultz", "supported"],
      ["he did not support Lee", "Mr. Schultz", "said"],
    ]);
  });

  it("a statement with no words of its own ends before a semicolon and a clause with its own speaker, which it does not open", () => {
    expect(quotes("He calls for $1 trillion in new spending; she calls for $275 billion.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["He calls for $1 trillion in new spending", "He"],
      ["she calls for $275 billion", "she"],
    ]);
    expect(quotes("Lee said taxes would rise; critics have long argued otherwise.", "en").map((q) => q[1])).toEqual(["taxes would rise", "critics have long argued otherwise"]);
    // Nor does one after a comma and a conjunction, nor does it pass the clause before on.
    const joined = "Johnson said he had the votes, but several conservatives disagreed.";
    expect(quotes(joined, "en").map((q) => q[1])).toEqual(["he had the votes", "several conservatives disagreed"]);
    expect(read(joined, "en").attributions.map((a) => a.chain)).toEqual([["Johnson"], ["several conservatives"]]);
  });

  it("a relative clause's cue joined by a conjunction opens no clause of its own", () => {
    const text = "Voters may ask whether candidates like Lee, who claimed that the port was safe, and Ruiz, who suggested the opposite, are right.";
    expect(quotes(text, "en")[0]?.[1]).toBe("whether candidates like Lee, who claimed that the port was safe, and Ruiz, who suggested the opposite, are right");
  });

  it("a cue joined after a comma by a conjunction closes no quotation before it", () => {
    expect(quotes("She blamed the fire on a “faulty heater,” not on the tenants, and said the landlord was careless.", "en").map((q) => [q[0], q[1], q[4]])).toEqual([
      ["indirect", "the fire on a “faulty heater,” not on the tenants", "blamed"],
      ["indirect", "the landlord was careless", "said"],
    ]);
  });
});

describe("English cues coordinated with the verb before", () => {
  it("share its subject over the adverbs before the cue", () => {
    const found = quotes('The officer then ordered the driver to step out of the car and repeatedly said, "Show me your hands now."', "en");
    expect(found).toContainEqual(["direct", '"Show me your hands now."', "The officer", "anonymous", "repeatedly said"]);
  });

  it("a common noun before its verb is the clause's subject, for a coordinated cue or a participle after a comma", () => {
    expect(quotes("The mayor toured the flooded district and said the city would rebuild the levee.", "en")).toEqual([
      ["indirect", "the city would rebuild the levee", "The mayor", "person", "said"],
    ]);
    expect(quotes("The senator has visited the plant, saying that its jobs were safe.", "en")).toEqual([
      ["indirect", "that its jobs were safe", "The senator", "person", "saying"],
    ]);
    expect(quotes("The storm comes after a dry summer and hit the coast on Monday.", "en")).toEqual([]);
    // After a dateline too, which opens the story before its dash.
    expect(quotes("WASHINGTON (AP) — Ann Lee toured the plant on Monday, saying that its jobs were safe.", "en")).toEqual([
      ["indirect", "that its jobs were safe", "Ann Lee", "person", "saying"],
    ]);
    expect(quotes("LYON, France, May 3 (Reuters) - The mayor toured the plant, saying that its jobs were safe.", "en")).toEqual([
      ["indirect", "that its jobs were safe", "The mayor", "person", "saying"],
    ]);
    // A dateline is no part of what the sentence states, nor is a dash typed as two hyphens.
    expect(quotes("Ports face cuts\n\nLONDON (Reuters) - Portline will cut 400 jobs this year, two people familiar with the matter said.", "en")).toEqual([
      ["indirect", "Portline will cut 400 jobs this year", "two people familiar with the matter", "vague", "said"],
    ]);
    expect(quotes("Deficit grows\n\nWASHINGTON -- The deficit will grow this year, the budget office reported on Tuesday.", "en")).toEqual([
      ["indirect", "The deficit will grow this year", "the budget office", "institution", "reported"],
    ]);
    // A place's one word before the sentence's only dash is a dateline too; two dashes set an aside off.
    expect(quotes("Streit um den Hafen\n\nBremen - Der Hafen werde verkauft, sagte der Senator am Sonntag.", "de").map((q) => q[1])).toEqual(["Der Hafen werde verkauft"]);
    expect(quotes("Streit um den Hafen\n\nBerg - der Senator der Stadt - sagte, der Hafen werde verkauft.", "de").map((q) => [q[1], q[2]])).toEqual([["der Hafen werde verkauft", "Berg"]]);
    // A list item's marker is no word of its sentence either, in either language.
    expect(quotes("Pier to close\n\n• Mayor Ann Lee said the pier would close on Monday\n* Residents say they were never consulted", "en").map((q) => [q[1], q[2]])).toEqual([
      ["the pier would close on Monday", "Mayor Ann Lee"],
      ["they were never consulted", "Residents"],
    ]);
    expect(quotes("Hafen wird verkauft\n\n• Der Senator sagte, der Hafen werde verkauft.", "de").map((q) => [q[1], q[2]])).toEqual([["der Hafen werde verkauft", "Der Senator"]]);
    // Capitals further down the story are a subhead, whose words may be what was said.
    expect(quotes("Ports face cuts\n\nThe port is busy.\n\nThe dock is old.\n\nThe crane is new.\n\nThe ship is late.\n\nThe tug is slow.\n\nCRITICS SPEAK OUT — The plan is wrong, the union said.", "en")[0]?.[1]).toBe(
      "CRITICS SPEAK OUT — The plan is wrong",
    );
    // After two circumstances set off by commas too.
    expect(quotes("On Monday, at a rally in Dover, the senator toured the plant, saying that its jobs were safe.", "en")).toEqual([
      ["indirect", "that its jobs were safe", "the senator", "person", "saying"],
    ]);
    // Past the adverbs of its verb too.
    expect(quotes("The tenant later sued, claiming the landlord broke the lease.", "en")).toEqual([
      ["indirect", "the landlord broke the lease", "The tenant", "person", "claiming"],
    ]);
    // Past a day or a time between the subject and its verb too.
    expect(quotes("A federal judge on Monday blocked the cuts, ruling that the move violated the law.", "en")).toEqual([
      ["indirect", "that the move violated the law", "A federal judge", "person", "ruling"],
    ]);
    expect(quotes("The board on Tuesday night ordered that the name be certified.", "en").map((q) => q[2])).toEqual(["The board"]);
    // An irregular past form is the noun's verb too.
    expect(quotes("The governor met flood victims on Friday and said the state would pay for repairs.", "en")).toEqual([
      ["indirect", "the state would pay for repairs", "The governor", "person", "said"],
    ]);
    // So is one written as the plain form, rarely a noun after a name.
    expect(quotes("Union leader Mick Lynch hit back, accusing the government of lying.", "en").map((q) => q[2])).toEqual(["Union leader Mick Lynch"]);
  });

  it("a verb after 'and' shares the subject of the past form before it in a subordinate clause", () => {
    const text = "When the mayor toured the harbour and argued that the ferry would stay, the crowd cheered.";
    expect(quotes(text, "en").map((q) => [q[2], q[4]])).toEqual([["the mayor", "argued"]]);
  });
});

describe("English terms in quotation marks", () => {
  it("one or two words with no pause, that no cue frames, are no direct quote; the statement around them is", () => {
    const found = quotes("The officials toured a federal “supermax” prison in Colorado, a former official said.", "en");
    expect(found).toEqual([["indirect", "The officials toured a federal “supermax” prison in Colorado", "a former official", "anonymous", "said"]]);
  });

  it("a term a participle's object holds leaves the statement around it, which it does not stand for", () => {
    expect(quotes("The ministry criticised the decision, calling it “politically motivated”. The talks ended.", "en")).toEqual([
      ["indirect", "the decision", "The ministry", "institution", "criticised"],
      ["indirect", "it “politically motivated”", "The ministry", "institution", "calling"],
    ]);
  });

  it("a framed or longer quotation stays a direct quote", () => {
    expect(quotes("“Reckless,” Roe said.", "en")).toEqual([["direct", "“Reckless,”", "Roe", "person", "said"]]);
    expect(quotes("Roe called the plan “reckless, very costly and a gift to the banks” on Monday.", "en").map((q) => q[0])).toContain("direct");
  });
});

describe("English text with spaces that do not break", () => {
  it("a cue joined to its words by hard spaces reads as with plain ones", () => {
    expect(quotes("A new survey\u00a0showed\u00a0the senator well ahead of his rival in the state.", "en")).toEqual([
      ["indirect", "the senator well ahead of his rival in the state", "A new survey", "institution", "showed"],
    ]);
    expect(quotes("The judge\u00a0showed the jury a map of the town before the break.", "en")).toEqual([]);
  });

  it("a quote and its cue give their words back as written, hard spaces and all", () => {
    expect(quotes("The mayor\u00a0said the plan was dead\u00a0on arrival.", "en")).toEqual([
      ["indirect", "the plan was dead\u00a0on arrival", "The mayor", "person", "said"],
    ]);
    expect(quotes("Die Ministerin sagte, der Plan sei\u00a0gescheitert.", "de")).toEqual([
      ["indirect", "der Plan sei\u00a0gescheitert", "Die Ministerin", "person", "sagte"],
    ]);
  });
});

describe("English “according to” after another's statement", () => {
  it("the source reports the whole clause, and the statement inside it stands too", () => {
    expect(quotes("Mayor Lee told aides the plant would close in May, according to the Ledger.", "en")).toEqual([
      ["reported", "Mayor Lee told aides the plant would close in May", "the Ledger", "media", "according to"],
      ["indirect", "the plant would close in May", "Mayor Lee", "person", "told"],
    ]);
  });

  it("before it, a statement told to an outlet stands too, passed on by both; one told to nobody named is the source's only", () => {
    const { quotes: found, attributions } = read("According to the Ledger, Mayor Lee told Harbor Radio that the plant would close.", "en");
    expect(found.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ["reported", "Mayor Lee told Harbor Radio that the plant would close", "the Ledger"],
      ["indirect", "that the plant would close", "Mayor Lee"],
    ]);
    expect(attributions.map((a) => a.chain)).toEqual([["Ledger"], ["Mayor Lee", "Harbor Radio", "Ledger"]]);
    expect(quotes("According to the Ledger, Mayor Lee told aides that the plant would close.", "en")).toEqual([
      ["reported", "Mayor Lee told aides that the plant would close", "the Ledger", "media", "According to"],
    ]);
  });

  it("a statement the clause after it reports leaves the source and its comma out", () => {
    expect(quotes("According to a memo obtained by the Ledger, party leaders are considering changes.", "en")).toEqual([
      ["reported", "party leaders are considering changes", "a memo", "institution", "According to"],
    ]);
  });
});

describe("English statements an outlet's closing clause reports", () => {
  it("end at the comma before the clause, and the outlet passed them on", () => {
    const { quotes: found, attributions } = read("Ruiz said the ferry was cancelled, the Ledger reported.", "en");
    expect(found.map((q) => [q.text, q.speaker])).toEqual([
      ["Ruiz said the ferry was cancelled", "the Ledger"],
      ["the ferry was cancelled", "Ruiz"],
    ]);
    expect(attributions.map((a) => a.chain)).toEqual([["Ledger"], ["Ruiz", "Ledger"]]);
    // So does a person's clause closing the sentence, its appositive aside: the statement inside ends at its comma.
    expect(quotes("Election officials expect record turnout, said Gabriel Sterling, a senior official in the office.", "en")).toContainEqual([
      "indirect",
      "record turnout",
      "Election officials",
      "anonymous",
      "expect",
    ]);
  });

  it("so do statements a document's or a body's clause closing the sentence reports", () => {
    expect(quotes("Investors now expect two cuts by December, data from CME Group showed.", "en").map((q) => q[1])).toEqual([
      "Investors now expect two cuts by December",
      "two cuts by December",
    ]);
    // A circumstance its preposition opens may close the clause; "it" there is the body opening the sentence.
    const filing = read("The union called the cuts a scare tactic. The company reported a loss of $5 billion, it said in a regulatory filing.", "en").quotes;
    expect(filing.map((q) => [q.text, q.speaker, q.speakerType])).toEqual([
      ["the cuts a scare tactic", "The union", "institution"],
      ["The company reported a loss of $5 billion", "it (company)", "institution"],
      ["a loss of $5 billion", "The company", "institution"],
    ]);
    // So may whom a verb of telling addresses; the comma may stand inside a quotation's closing mark.
    expect(quotes("The White House called the decision unadvisable, a spokesperson told reporters.", "en").map((q) => q[1])).toEqual([
      "The White House called the decision unadvisable",
      "the decision unadvisable",
    ]);
    expect(quotes('Lee said the plan was "dead," a spokesperson told reporters.', "en").map((q) => q[1])).toEqual([
      'Lee said the plan was "dead,"',
      'the plan was "dead,"',
    ]);
    // One whose sentence goes on after its cue is no closing clause.
    expect(quotes("Bucher said that residents in Jupiter, Florida who voted as independents complained when they saw the ballot.", "en").find((q) => q[2] === "Bucher")?.[1]).toBe(
      "that residents in Jupiter, Florida who voted as independents complained when they saw the ballot",
    );
  });
});

describe("English attributions that interrupt their statement", () => {
  it("a phrase set off before the subject opens the statement, not an appositive of the speaker", () => {
    expect(quotes("Governor Hale, Roe said, had been in the room.", "en")).toEqual([
      ["indirect", "Governor Hale, Roe said, had been in the room", "Roe", "person", "said"],
    ]);
    expect(quotes("The mayor’s support for Lee, aides said, is only a matter of time.", "en")).toEqual([
      ["indirect", "The mayor’s support for Lee, aides said, is only a matter of time", "aides", "anonymous", "said"],
    ]);
  });

  it("a name with its role set off before the cue speaks what follows", () => {
    expect(quotes("Ann Lee, a spokeswoman for the group, said the plan was dead.", "en")).toEqual([
      ["indirect", "the plan was dead", "Ann Lee, a spokeswoman for the group", "person", "said"],
    ]);
  });
});

describe("English cues inside a subordinate clause opening the sentence", () => {
  it("hold the words up to the clause's comma, not the main clause after it", () => {
    expect(quotes("As Roe and Lee lamented the new tolls, the mayor spoke about jobs.", "en")).toContainEqual([
      "indirect",
      "the new tolls",
      "Roe and Lee",
      "person",
      "lamented",
    ]);
    expect(quotes("When he first described the tunnel in December, few took him seriously.", "en")).toEqual([
      ["indirect", "the tunnel in December", "he", "person", "first described"],
    ]);
  });

  it("a comment clause with nothing of its own before the comma speaks the main clause", () => {
    expect(quotes("As Lee told reporters, the plan is dead.", "en")).toEqual([["indirect", "the plan is dead", "Lee", "person", "told"]]);
  });
});

describe("English attribution set off by commas that closes on a circumstance", () => {
  it("the statement runs around “X wrote in a letter,” rather than into the letter", () => {
    expect(quotes("If the plant closes, the mayor wrote in a letter, hundreds of jobs will go.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["If the plant closes, the mayor wrote in a letter, hundreds of jobs will go", "the mayor", "wrote"],
    ]);
  });

  it("closing the sentence, the circumstance leaves the clause before the attribution as the statement", () => {
    expect(quotes("The drug worked, the researchers wrote in the journal Nature.", "en").map((q) => [q[0], q[1], q[2], q[4]])).toEqual([
      ["indirect", "The drug worked", "the researchers", "wrote"],
    ]);
    expect(quotes("The pier will close, officials said in a letter.", "en").map((q) => q[1])).toEqual(["The pier will close"]);
    // "disclosed" is said there too; before an object it names what was made known.
    expect(quotes("Hackers stole the data, the company disclosed in a filing on Monday.", "en").map((q) => [q[1], q[4]])).toEqual([["Hackers stole the data", "disclosed"]]);
    expect(quotes("The company disclosed the payments in a filing.", "en").map((q) => q[1])).toEqual(["the payments in a filing"]);
  });

  it("stays silent where the cue's own object opens with the preposition", () => {
    expect(quotes("When the rains came, her father refused to leave the farm.", "en").map((q) => q[1])).toEqual(["to leave the farm"]);
  });
});

describe("English statements whose quotation runs past the sentence end", () => {
  it("the statement reaches to the quotation's closing mark, one statement", () => {
    expect(quotes("The mayor said last week that she will “need a lot of help. So we will see how it works.”", "en")).toEqual([
      ["indirect", "that she will “need a lot of help. So we will see how it works.”", "The mayor", "person", "said"],
    ]);
  });

  it("a sentence end inside a quotation that the sentence runs over cuts nothing, in German too", () => {
    expect(quotes("Lee said the chants of “USA! USA!” were too loud for him.", "en")).toEqual([
      ["indirect", "the chants of “USA! USA!” were too loud for him", "Lee", "person", "said"],
    ]);
    expect(quotes("Fans chanted “USA! USA!” as the team came out.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([["“USA! USA!” as the team came out", "Fans", "chanted"]]);
    expect(quotes("Der Trainer sagte, die Rufe „Nie wieder! Nie wieder!“ seien ihm zu viel gewesen.", "de")).toEqual([
      ["indirect", "die Rufe „Nie wieder! Nie wieder!“ seien ihm zu viel gewesen", "Der Trainer", "person", "sagte"],
    ]);
  });

  it("a quotation in the next sentence with its own cue stays a quote of its own", () => {
    expect(quotes("The mayor said last week that she will need help. “So we will see how it works,” she added.", "en").map((q) => [q[0], q[1]])).toEqual([
      ["indirect", "that she will need help"],
      ["direct", "“So we will see how it works,”"],
    ]);
  });
});

describe("English partial quotes that run past their sentence", () => {
  it("take the cue and speaker of the sentence where they open", () => {
    expect(quotes("The mayor said the plan was “a big mistake for the city. Nobody wanted it at all.”", "en").map((q) => [q[0], q[2], q[4]])).toEqual([
      ["direct", "The mayor", "said"],
    ]);
  });

  it("belong to the statement that holds them, not to a cue in a relative clause before it", () => {
    // The aside withholding the juror's name is no statement of hers, as "who asked not to be named" is none.
    expect(quotes("A juror, who declined to give her name, said the evidence had been “overwhelming.”", "en").map((q) => [q[0], q[1], q[4]])).toEqual([
      ["indirect", "the evidence had been “overwhelming.”", "said"],
    ]);
    expect(quotes("A juror, who declined to comment on the sentence, said the evidence had been “overwhelming.”", "en").map((q) => [q[0], q[1], q[4]])).toContainEqual(["indirect", "the evidence had been “overwhelming.”", "said"]);
  });

  it("a quotation alone in the next sentence, no cue in it, takes none from the sentence before", () => {
    expect(quotes("The mayor said the plan failed. Her aides were “tired of waiting for the council to act.”", "en").map((q) => [q[0], q[4]])).toEqual([
      ["indirect", "said"],
      ["direct", null],
    ]);
  });
});

describe("English quotations closed by a question or exclamation mark before their attribution", () => {
  it("a subject right before its cue opening the next sentence closes the quotation, however long that sentence", () => {
    expect(quotes("“Who do they think they are?” the mayor said as she left the crowded council hall.", "en").map((q) => [q[0], q[1], q[2], q[4]])).toEqual([
      ["direct", "“Who do they think they are?”", "the mayor", "said"],
    ]);
  });

  it("a circumstance after the cue, opening on a preposition or a conjunction, is no statement of its own", () => {
    expect(quotes("“Who do they think they are?” Jane Ortiz said of the bank in March, when it sued the city.", "en").map((q) => [q[0], q[1], q[2], q[4]])).toEqual([
      ["direct", "“Who do they think they are?”", "Jane Ortiz", "said"],
    ]);
    expect(quotes("“We are ready to vote!” Senator Ruth Lane said as she opened the session.", "en").map((q) => [q[0], q[2], q[4]])).toEqual([["direct", "Senator Ruth Lane", "said"]]);
    // Any preposition that heads a circumstance: "during", "amid", "after".
    expect(quotes("“What can we do to help?” Dana Ruiz told reporters during the call.", "en").map((q) => [q[0], q[1], q[2], q[4]])).toEqual([
      ["direct", "“What can we do to help?”", "Dana Ruiz", "told"],
    ]);
  });

  it("in a short sentence too, and before a participle after a comma, which keeps its own statement", () => {
    expect(quotes("“Is that a threat?” Jones said in response to the report.", "en").map((q) => [q[0], q[2], q[4]])).toEqual([["direct", "Jones", "said"]]);
    expect(quotes("“Why would we wait?” Jones asked, adding that the plan would fail without new funding from the state.", "en").map((q) => [q[0], q[1], q[4]])).toEqual([
      ["direct", "“Why would we wait?”", "asked"],
      ["indirect", "that the plan would fail without new funding from the state", "adding"],
    ]);
  });

  it("stays silent where the sentence after the question reports a clause of its own", () => {
    expect(quotes("“Is this fair?” Jane Ortiz said the rule was written for the rich.", "en").map((q) => [q[0], q[1], q[4]])).toEqual([
      ["indirect", "the rule was written for the rich", "said"],
    ]);
  });

  it("a short sentence in a new paragraph does not attribute the quotation before it", () => {
    expect(quotes("Jones said:\n\n“There is only one choice. He pays for his own campaign.”\n\nOthers disagreed.", "en").filter((q) => q[0] === "direct").map((q) => [q[2], q[4]])).toEqual([["Jones", "said"]]);
    expect(quotes("“There is only one choice.” Others disagreed.", "en").map((q) => [q[0], q[2], q[4]])).toEqual([["direct", "Others", "disagreed"]]);
  });

  it("stays silent after a full stop, where a long sentence after it is a sentence of its own", () => {
    expect(quotes("“We will see about that.” The mayor said as she left the crowded council hall that she would wait.", "en").map((q) => [q[0], q[4]])).not.toContainEqual(["direct", "said"]);
  });
});

describe("English views in a relative clause or a clause after “that”", () => {
  it("the clause from its pronoun is what seems so", () => {
    expect(quotes("Her rivals seized on the remark, which appears to have hurt her badly.", "en")).toEqual([
      ["indirect", "which appears to have hurt her badly", null, null, "appears"],
    ]);
    expect(quotes("The mayor, who seems tired of the fight, has not gained ground since May.", "en")).toEqual([
      ["indirect", "who seems tired of the fight", null, null, "seems"],
    ]);
  });

  it("so is a clause after “that” with no cue before it, never one a cue reports", () => {
    expect(quotes("The trouble is that the mayor seems stuck at forty percent.", "en")).toEqual([
      ["indirect", "the mayor seems stuck at forty percent", null, null, "seems"],
    ]);
    expect(quotes("Critics said that the mayor seems stuck at forty percent.", "en")).toEqual([
      ["indirect", "that the mayor seems stuck at forty percent", "Critics", "vague", "said"],
    ]);
  });
});

describe("English quotations on either side of a participle", () => {
  it("the participle right before a quotation introduces it after a long one", () => {
    const text = "Lee said the mayor “has no plan at all for the harbor,” adding, “We will fix it ourselves.”";
    expect(quotes(text, "en").map((q) => q[1])).toEqual(["“has no plan at all for the harbor,”", "“We will fix it ourselves.”"]);
  });

  it("a term before it stays with the quotation after it", () => {
    const text = "Lee called the deal a “mess,” adding, “We will fix it ourselves.”";
    expect(quotes(text, "en").filter((q) => q[0] === "direct").map((q) => q[1])).toEqual(["“mess,” adding, “We will fix it ourselves.”"]);
  });

  it("a quotation inside its sentence leaves the participle after it its own statement", () => {
    const text = "Lee blamed the delay on a “faulty pump,” claiming the crew had never been warned.";
    expect(quotes(text, "en")).toContainEqual(["indirect", "the crew had never been warned", "Lee", "person", "claiming"]);
    expect(quotes(text, "en").filter((q) => q[0] === "direct").map((q) => q[4])).not.toContain("claiming");
  });

  it("stays silent where the quotation opens the sentence", () => {
    expect(quotes("“We will fix the pump by Friday,” adding the crew had been warned.", "en").map((q) => q[0])).toEqual(["direct"]);
  });
});

describe("English cues followed by “by” and a participle", () => {
  it("the verb, “by” and the participle are one cue", () => {
    expect(quotes("Mr. Lane responded by saying that the network does not pay for debates.", "en")).toEqual([
      ["indirect", "that the network does not pay for debates", "Mr. Lane", "person", "responded by saying"],
    ]);
  });

  it("with an object between them each keeps its own", () => {
    expect(quotes("Mr. Lane responded to the question by saying that the network does not pay.", "en").map((q) => q[4])).toEqual(["responded", "saying"]);
  });
});

describe("English places set off by commas before the verb", () => {
  it("a state after its city is no speaker; the subject opening the sentence speaks", () => {
    expect(quotes("Lee, during a town hall meeting in Dayton, Ohio, said she would close the plant.", "en")).toEqual([
      ["indirect", "she would close the plant", "Lee", "person", "said"],
    ]);
  });
});

describe("English adverbs that open what a cue says", () => {
  it("a degree adverb, a determiner or a condition after the verb is the statement's first word", () => {
    expect(quotes("With two crews filming, Roe says too many farmers are left out of the talks.", "en")).toEqual([
      ["indirect", "too many farmers are left out of the talks", "Roe", "person", "says"],
    ]);
    expect(quotes("Reporters asked Mayor Lee if the ferry would run.", "en")).toEqual([
      ["indirect", "if the ferry would run", "Reporters", "vague", "asked"],
    ]);
    // Two words opening a quantity are no circumstance.
    expect(quotes("The pier collapsed. Police said at least 12 people were hurt.", "en").map((q) => q[1])).toEqual(["at least 12 people were hurt"]);
  });

  it("before a time noun the word is an adverbial of the verb", () => {
    expect(quotes("Lee said this week that the ferry is late.", "en")).toEqual([["indirect", "that the ferry is late", "Lee", "person", "said"]]);
  });
});

describe("English sentences closing on an abbreviation", () => {
  it("a pronoun after “U.S.” opens a sentence of its own, and its cue reports what follows", () => {
    const text = "Lee spoke of a rush to the U.S. He says airlines want a plan.";
    expect(quotes(text, "en")).toContainEqual(["indirect", "airlines want a plan", "He (Lee)", "person", "says"]);
  });

  it("a name after “U.S.” goes on in the same sentence", () => {
    const text = "Flights into the U.S. were halted, the U.S. Army said.";
    expect(quotes(text, "en")).toEqual([["indirect", "Flights into the U.S. were halted", "the U.S. Army", "institution", "said"]]);
  });
});

describe("English quotations after a coordinated cue", () => {
  it("a cue after “and” or “but” whose clause opens on the quotation introduces it", () => {
    const text = "Ana Ruiz thanked the crews but said “the work is not done.”";
    expect(quotes(text, "en")).toContainEqual(["direct", "“the work is not done.”", "Ana Ruiz", "person", "said"]);
    const that = "A spokesman declined to comment on the audit but said that “the firm did nothing wrong. We kept every record.”";
    expect(quotes(that, "en")).toContainEqual(["direct", "“the firm did nothing wrong. We kept every record.”", "A spokesman", "anonymous", "said"]);
  });

  it("a naming cue in a clause of the first cue leaves the quotation to that clause", () => {
    const text = "Ana Ruiz praised what she calls “real reform.”";
    expect(quotes(text, "en")).toEqual([["indirect", "what she calls “real reform.”", "Ana Ruiz", "person", "praised"]]);
  });
});

describe("English absolute clauses", () => {
  it("the phrase after with, opening the sentence or after a comma, speaks the participle", () => {
    const text = "The talks ended. The Kremlin rejected the sanctions, with Peskov saying that Moscow would respond. With aides saying the race was lost, Lee quit.";
    expect(quotes(text, "en").filter((q) => q[4] === "saying").map((q) => [q[1], q[2]])).toEqual([
      ["that Moscow would respond", "Peskov"],
      ["the race was lost", "aides"],
    ]);
  });

  it("telling names its addressee, as told does", () => {
    const text = "The talks ended. Peskov rejected the sanctions, telling the RIA Novosti news agency that Moscow would respond.";
    expect(quotes(text, "en").at(-1)).toEqual(["indirect", "that Moscow would respond", "Peskov", "person", "telling"]);
    expect(read(text, "en").attributions.map((a) => a.chain)).toContainEqual(["Peskov", "RIA Novosti"]);
  });

  it("so it does in an absolute clause, where what was said opens on that; an adjective is no cue", () => {
    const text = "The Kremlin rejected the sanctions, with Peskov telling RIA Novosti that Moscow would respond.";
    expect(quotes(text, "en").filter((q) => q[4] === "telling")).toEqual([["indirect", "that Moscow would respond", "Peskov", "person", "telling"]]);
    expect(read(text, "en").attributions.map((a) => a.chain)).toContainEqual(["Peskov", "RIA Novosti"]);
    expect(quotes("The empty hall was a telling sign of trouble for the campaign.", "en")).toEqual([]);
  });

  it("a place or a time may stand between whom it was told to and the “that”; a plain noun after the participle is whom it was told to", () => {
    const placed = "The attack sparked a debate, with McCain telling reporters in Ohio on Thursday that he blamed the agency.";
    expect(quotes(placed, "en").filter((q) => q[4] === "telling")).toEqual([["indirect", "that he blamed the agency", "McCain", "person", "telling"]]);
    const bare = "The host attacked the plan, telling viewers that the syrup was destroying the country.";
    expect(quotes(bare, "en").filter((q) => q[4] === "telling").map((q) => q[1])).toEqual(["that the syrup was destroying the country"]);
    const pronoun = "Lee met the donors privately, telling them she would not back the bill.";
    expect(quotes(pronoun, "en").filter((q) => q[4] === "telling").map((q) => q[1])).toEqual(["she would not back the bill"]);
  });
});

describe("English relative clauses inside a subject", () => {
  it("what the relative clause holds ends before the main clause's verb, or at the comma that sets it off", () => {
    // An aside saying why the source is unnamed reports nothing.
    expect(quotes("The talks ended. A diplomat who asked not to be named told AFP the deal was dead.", "en")).toEqual([
      ["indirect", "the deal was dead", "A diplomat", "anonymous", "told"],
    ]);
    expect(quotes("The talks ended. An aide, who was not authorized to discuss the talks publicly, said the deal was dead.", "en")).toEqual([
      ["indirect", "the deal was dead", "An aide", "anonymous", "said"],
    ]);
    expect(quotes("The talks ended. Jan Ruiz, who described himself as a cautious man, said the vote was close.", "en")).toEqual([
      ["indirect", "himself as a cautious man", "who (Jan Ruiz)", "person", "described"],
      ["indirect", "the vote was close", "Jan Ruiz", "person", "said"],
    ]);
    // Before a verb that reports nothing, at the comma that closes it: a past form, an auxiliary or a modal; not at the
    // comma closing an attribution set off inside it.
    expect(quotes("Ann Ruiz, a lawyer who argued three cases before the court, died Saturday at her home.", "en").map((q) => q[1])).toEqual([
      "three cases before the court",
    ]);
    expect(quotes("The union, which endorsed Ann Ruiz in May, is one of the largest in the state.", "en").map((q) => q[1])).toEqual(["Ann Ruiz in May"]);
    expect(quotes("The judge said the files, which showed that the witness was paid, should have been disclosed.", "en").map((q) => [q[1], q[2]])).toEqual([
      ["the files, which showed that the witness was paid, should have been disclosed", "The judge"],
      ["that the witness was paid", "which (the files)"],
    ]);
  });
});

describe("English statements inside a clause opening the sentence", () => {
  it("end where the main clause begins, on its subject and verb", () => {
    expect(quotes("While the survey's respondents said Ann Lee has the “best plan,” they picked Tom Ruiz.", "en").map((q) => q[1])).toEqual([
      "Ann Lee has the “best plan,”",
    ]);
    expect(quotes("Although the union said the strike would go on, its members voted on Friday to return.", "en").map((q) => q[1])).toEqual([
      "the strike would go on",
    ]);
    // "As" reports the main clause; a cue in the main clause goes on to its end.
    expect(quotes("As the Harbor Times reported on Monday, the mayor will resign.", "en").map((q) => q[1])).toEqual(["the mayor will resign"]);
    expect(quotes("When the vote was over, Lee said the plan had failed, and the council adjourned.", "en").map((q) => q[1])).toEqual([
      "the plan had failed, and the council adjourned",
    ]);
  });

  it("and in German at the comma before the main clause's verb, where the cue closes its clause", () => {
    expect(quotes("Während die Ministerin erklärte, der Plan sei „nicht mehr zu retten“, verließ der Senator den Saal.", "de").map((q) => q[1])).toEqual([
      "der Plan sei „nicht mehr zu retten“",
      "„nicht mehr zu retten“",
    ]);
    // "Als" before a noun opens a phrase, the verb second: no subordinate clause.
    expect(quotes("Als Grund nannte die Behörde, den Pendlern mehr Zeit zu geben, neue Pläne zu prüfen.", "de").map((q) => q[1])).toEqual([
      "den Pendlern mehr Zeit zu geben, neue Pläne zu prüfen",
    ]);
  });
});

describe("English asides set off by dashes typed as hyphens", () => {
  it("hold a quotation or brackets and close before the main clause's verb", () => {
    expect(quotes("Tom Ruiz - who once said he would “tear the [expletive] thing down” - said on Monday that the bridge would stay.", "en")).toEqual([
      ["indirect", "he would “tear the [expletive] thing down”", "who (Tom Ruiz)", "person", "once said"],
      ["indirect", "that the bridge would stay", "Tom Ruiz", "person", "said"],
    ]);
  });
});

describe("English statements read by two cues", () => {
  it("count once: the cue outside the words, else the first", () => {
    expect(quotes("Osman is believed to have been on the flight, according to his brother Ali Osman.", "en").map((q) => [q[2], q[4]])).toEqual([["his brother Ali Osman", "according to"]]);
    expect(quotes("His campaign appears to be taking the same tack, said Ann Lee, a pollster at the university.", "en").map((q) => q[4])).toEqual(["said"]);
    expect(quotes("Now his friends make jokes about sending observers to the vote.", "en").map((q) => q[4])).toEqual(["make jokes about"]);
  });
});

describe("English comments set off after what was said", () => {
  it("end it: an indefinite article opens the writer's comment, a relative pronoun of things closes its noun", () => {
    expect(quotes("Podliska alleges that he was fired for his military duties, a claim that the office disputes.", "en").map((q) => q[1])).toEqual([
      "that he was fired for his military duties",
    ]);
    expect(quotes("The mayor said the city would close the pier, a move that angered residents.", "en").map((q) => q[1])).toEqual(["the city would close the pier"]);
    expect(quotes("Lee has vowed to repeal the amendment, a longstanding federal provision that bars the funding.", "en").map((q) => q[1])).toEqual(["to repeal the amendment"]);
    // A person described after the object is no comment; inside quotation marks the words stay whole.
    expect(quotes("Lee said he had hired Tom Ruiz, a lawyer who worked for the city.", "en").map((q) => q[1])).toEqual(["he had hired Tom Ruiz, a lawyer who worked for the city"]);
    expect(quotes("Lee said the law was “a disaster, a mistake that we will regret.”", "en").map((q) => q[1])).toEqual(["“a disaster, a mistake that we will regret.”"]);
  });
});
