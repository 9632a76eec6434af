import { describe, expect, it } from "vitest";
import { quotes } from "./helpers.js";

describe("English speech acts of the main clause's subject", () => {
  it("praise, blame and thanks hold their object as what is said", () => {
    expect(quotes("Senator Maria Roe bemoaned the cost of the new stadium on Tuesday.", "en")).toEqual([
      ["indirect", "the cost of the new stadium on Tuesday", "Senator Maria Roe", "person", "bemoaned"],
    ]);
    expect(quotes("Governor Lee thanked the volunteers who cleared the roads after the storm.", "en")).toEqual([
      ["indirect", "the volunteers who cleared the roads after the storm", "Governor Lee", "person", "thanked"],
    ]);
  });

  it("a participle of blame or threat after a verb of feeling or seeming is an adjective, no speech act", () => {
    expect(quotes("His client felt threatened, the lawyer said.", "en")).toEqual([["indirect", "His client felt threatened", "the lawyer", "person", "said"]]);
    expect(quotes("The tenants felt deeply attacked by the landlord.", "en")).toEqual([]);
    expect(quotes("Many residents looked rejected by the council.", "en")).toEqual([]);
    // As a verb of its own it is one.
    expect(quotes("The landlord threatened to evict the tenants.", "en")[0]?.slice(2)).toEqual(["The landlord", "person", "threatened"]);
  });

  it("a verb of saying joined by “and” ends the object and reports on its own", () => {
    expect(quotes("The ruling came Tuesday. Graham called both candidates “crazy” and said the party would lose.", "en").map((q) => [q[1], q[4]])).toEqual([
      ["both candidates “crazy”", "called"],
      ["the party would lose", "said"],
    ]);
    expect(quotes("The ruling came Tuesday. He called the actions lawful, and said there was no attempt to hide them.", "en").map((q) => q[1])).toEqual(["the actions lawful", "there was no attempt to hide them"]);
    // So by "but".
    expect(quotes("The game ended late. Brunson called the loss “frustrating” but said the series was far from over.", "en").map((q) => q[1])).toEqual([
      "the loss “frustrating”",
      "the series was far from over",
    ]);
    // Another verb joined stays in what the attitude holds.
    expect(quotes("The ruling came Tuesday. Graham praised the ruling and the judges who made it.", "en").map((q) => q[1])).toEqual(["the ruling and the judges who made it"]);
  });

  it("\"call\" after a noun it compounds with is a noun", () => {
    expect(quotes("The mayor held a conference call with donors on Monday.", "en")).toEqual([]);
    expect(quotes("Critics call the plan a disaster.", "en")).toEqual([["indirect", "the plan a disaster", "Critics", "vague", "call"]]);
  });

  it("a product recall is no cue: a count of goods after the verb", () => {
    expect(quotes("Northwind recalls 2 million vehicles over brake concerns.", "en")).toEqual([]);
    expect(quotes("The agency said Northwind is recalling about 500,000 cars to fix the brakes.", "en").map((q) => q[4])).toEqual(["said"]);
    expect(quotes("Lee recalled 1998 as the worst year of the drought.", "en").map((q) => q[4])).toEqual(["recalled"]);
  });

  it("a present form that is also a plural noun is no cue", () => {
    expect(quotes("The county issues permits for fishing in the spring.", "en")).toEqual([]);
    expect(quotes("Thanks to the volunteers, the roads are clear again.", "en")).toEqual([]);
    expect(quotes("Campaigns in the states that vote in March spent most of their money on posts and tweets about taxes.", "en")).toEqual([]);
    expect(quotes("She tweets that the ferry is late again.", "en")).toEqual([["indirect", "that the ferry is late again", "She", "person", "tweets"]]);
  });

  it("\"reports\" after a lowercase word is a noun, after a name a verb", () => {
    expect(quotes("The city filed reports on the ferry with the state.", "en")).toEqual([]);
    expect(quotes("Reuters reports that the ferry will close in May.", "en")).toEqual([["indirect", "that the ferry will close in May", "Reuters", "agency", "reports"]]);
  });

  it("a capitalised verb form between a lowercase word and a name is a first name", () => {
    expect(quotes("City spokeswoman Hope Lane said the ferry will close in May.", "en")).toEqual([
      ["indirect", "the ferry will close in May", "City spokeswoman Hope Lane", "person", "said"],
    ]);
  });

  it("inside another's statement the act is part of it", () => {
    expect(quotes("Lee said Roe bemoaned the cost of the stadium.", "en")).toEqual([
      ["indirect", "Roe bemoaned the cost of the stadium", "Lee", "person", "said"],
    ]);
  });
});

describe("English attitudes whose verb a cue has read with its adverbs", () => {
  it("the verb is read once, as the cue of its adverb and preposition", () => {
    expect(quotes("Senator Lee also called for an end to the strike.", "en")).toEqual([["indirect", "an end to the strike", "Senator Lee", "person", "also called for"]]);
    expect(quotes("The mayor also questioned the idea that the plan would work.", "en")).toEqual([
      ["indirect", "the idea that the plan would work", "The mayor", "person", "also questioned"],
    ]);
  });

  it("a direct quote's cue leaves what the verb names to read", () => {
    expect(quotes("Lee, who has called the deal “a disaster,” spoke on Monday.", "en").map((q) => [q[0], q[4]])).toContainEqual(["indirect", "has called"]);
  });
});

describe("English views of the main clause's subject", () => {
  it("a realisation or a memory is its subject's view", () => {
    expect(quotes("The mayor realized the budget would not last the year.", "en")).toEqual([
      ["indirect", "the budget would not last the year", "The mayor", "person", "realized"],
    ]);
  });

  it("naming, comparing and agreeing hold what follows", () => {
    expect(quotes("The commissioner called the dispute between the two ports unusual.", "en")).toEqual([
      ["indirect", "the dispute between the two ports unusual", "The commissioner", "person", "called"],
    ]);
    expect(quotes("The mayor compared the new ferry to a floating bus.", "en")).toEqual([
      ["indirect", "the new ferry to a floating bus", "The mayor", "person", "compared"],
    ]);
    expect(quotes("The president nominated Judge Lee to the appeals court.", "en")).toEqual([
      ["indirect", "Judge Lee to the appeals court", "The president", "person", "nominated"],
    ]);
    expect(quotes("Most growers agree the tariff hurt their exports.", "en")).toEqual([
      ["indirect", "the tariff hurt their exports", "Most growers", "vague", "agree"],
    ]);
  });

  it("seeing and knowing are their subject's view of what follows", () => {
    expect(quotes("Many farmers see the new dam as a threat to the valley.", "en")).toEqual([
      ["indirect", "the new dam as a threat to the valley", "Many farmers", "vague", "see"],
    ]);
    expect(quotes("Senator Roe knew the vote would be close.", "en")).toEqual([["indirect", "the vote would be close", "Senator Roe", "person", "knew"]]);
    expect(quotes("The regulators didn't know what to make of the plan.", "en")).toEqual([]);
  });

  it("support, like backing, is its subject's view of what it supports", () => {
    expect(quotes("The teachers union supported the new contract for bus drivers.", "en")).toEqual([
      ["indirect", "the new contract for bus drivers", "The teachers union", "institution", "supported"],
    ]);
  });

  it("an act that is no view stays silent", () => {
    expect(quotes("The council adopted the budget on Monday.", "en")).toEqual([]);
  });
});

describe("English participles of speech acts", () => {
  it("after “by”, “after” or “without” the participle speaks for the clause's subject; a participle of no speech act stays silent", () => {
    expect(quotes("Ortega drew criticism on Monday by saying that the audit was rigged.", "en")).toEqual([
      ["indirect", "that the audit was rigged", "Ortega", "person", "saying"],
    ]);
    expect(quotes("Nobody got rich by saving money, and Lee won by working hard.", "en")).toEqual([]);
    expect(quotes("The mayor won the vote by denouncing the harbour deal.", "en")).toEqual([
      ["indirect", "the harbour deal", "The mayor", "person", "denouncing"],
    ]);
    expect(quotes("Lee opened the rally by talking about the new harbour.", "en")).toEqual([
      ["indirect", "the new harbour", "Lee", "person", "talking about"],
    ]);
    expect(quotes("Lee closed the rally by mentioning the new harbour.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([["the new harbour", "Lee", "mentioning"]]);
    expect(quotes("After slamming into the pier, the ferry sank.", "en")).toEqual([]);
  });

  it("after the main clause the participle speaks for its subject", () => {
    expect(quotes("Senator Roe visited Dayton on Tuesday, touting her plan to rebuild the state's bridges.", "en")).toEqual([
      ["indirect", "her plan to rebuild the state's bridges", "Senator Roe", "person", "touting"],
    ]);
    expect(quotes("The mayor left the room, reminding voters that the harbour needs new cranes.", "en")).toEqual([
      ["indirect", "voters that the harbour needs new cranes", "The mayor", "person", "reminding"],
    ]);
    expect(quotes("A former pilot has sued the harbour board, alleging he was fired for raising safety concerns.", "en")).toEqual([
      ["indirect", "he was fired for raising safety concerns", "A former pilot", "person", "alleging"],
    ]);
    expect(quotes("The senator visited Dayton on Tuesday, offering her support to the striking workers.", "en")).toEqual([
      ["indirect", "her support to the striking workers", "The senator", "person", "offering"],
    ]);
  });

  it("in the progressive the subject speaks", () => {
    expect(quotes("Governor Lee is thanking the volunteers who cleared the roads.", "en")).toEqual([
      ["indirect", "the volunteers who cleared the roads", "Governor Lee", "person", "is thanking"],
    ]);
    expect(quotes("Governor Lee is considering a run for the Senate.", "en")).toEqual([
      ["indirect", "a run for the Senate", "Governor Lee", "person", "is considering"],
    ]);
    expect(quotes("The mayor left the hall, wondering whether the farmers would back the plan.", "en")).toEqual([
      ["indirect", "whether the farmers would back the plan", "The mayor", "person", "wondering"],
    ]);
  });

  it("a participle of no speech act stays silent", () => {
    expect(quotes("The storm was slamming into the coast all night.", "en")).toEqual([]);
    // Nor does a finite form of a collision or a launch.
    expect(quotes("The storm slammed into the coast on Wednesday. The door slammed shut. The rocket blasted off at noon.", "en")).toEqual([]);
    expect(quotes("Lee slammed the plan as reckless.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([["the plan as reckless", "Lee", "slammed"]]);
  });

  it("a progressive speaks for its subject where the sentence gives no other speaker, whatever the subject names", () => {
    expect(quotes("The city is seeking millions of dollars from the state.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["millions of dollars from the state", "The city", "is seeking"],
    ]);
  });
});

describe("English attitudes followed by a participle", () => {
  it("the participle ends the attitude's clause and speaks for the same subject", () => {
    const text = "Hours later, Nina Castell thanked the volunteers, telling reporters, “You kept this library alive all winter.”";
    expect(quotes(text, "en")).toEqual([
      ["indirect", "the volunteers", "Nina Castell", "person", "thanked"],
      ["direct", "“You kept this library alive all winter.”", "Nina Castell", "person", "telling"],
    ]);
  });
});

describe("English attitudes in relative clauses", () => {
  it("the relative pronoun holds the attitude for its antecedent, up to the clause's end", () => {
    expect(quotes("Tom Delgado, who wants to widen the harbor road, spoke on Friday.", "en")).toEqual([
      ["indirect", "to widen the harbor road", "who (Tom Delgado)", "person", "wants"],
    ]);
    expect(quotes("There are farmers who want a new bridge over the river.", "en")).toEqual([
      ["indirect", "a new bridge over the river", "who (farmers)", "person", "want"],
    ]);
  });

  it("a relative clause with a subject of its own is the object's, and stays silent", () => {
    expect(quotes("The bill that the union supports passed the Senate.", "en")).toEqual([]);
  });
});

describe("English verbs that name what they hold", () => {
  it("the subject holds the object and the name it gives", () => {
    expect(quotes("Senator Roe called the toll plan a disaster for commuters.", "en")).toEqual([
      ["indirect", "the toll plan a disaster for commuters", "Senator Roe", "person", "called"],
    ]);
    expect(quotes("The union dubbed the new contract a step backwards.", "en")).toEqual([
      ["indirect", "the new contract a step backwards", "The union", "institution", "dubbed"],
    ]);
  });

  it("inside another's statement the naming is part of it", () => {
    expect(quotes("Lee said the mayor called the plan a disaster.", "en")).toEqual([
      ["indirect", "the mayor called the plan a disaster", "Lee", "person", "said"],
    ]);
  });
});

describe("English participles after the main clause", () => {
  it("talking about something, like talking about it, holds its object", () => {
    expect(quotes("Senator Roe visited Dayton, talking about the new bridge.", "en")).toEqual([
      ["indirect", "the new bridge", "Senator Roe", "person", "talking about"],
    ]);
  });

  it("an adverb in -ly between the pause and the participle belongs to the cue", () => {
    expect(quotes("Senator Roe spoke for an hour, forcefully denouncing the harbour plan.", "en")).toEqual([
      ["indirect", "the harbour plan", "Senator Roe", "person", "forcefully denouncing"],
    ]);
  });

  it("a court's ruling and a panel's conclusion after a pause say what follows their 'that'", () => {
    expect(quotes("The court struck down the toll, ruling 6-3 that the county had no power to levy it.", "en").map((q) => [q[2], q[4]])).toEqual([
      ["The court", "ruling"],
    ]);
    expect(quotes("The panel rejected the appeal, concluding that the law was clear.", "en").map((q) => [q[1], q[4]])).toContainEqual(["that the law was clear", "concluding"]);
    // Not a process concluded: "concluding the review by May" names what ends.
    expect(quotes("The county was ordered to make four releases, concluding the review by May.", "en").map((q) => q[4])).not.toContain("concluding");
  });

  it("earnings copy: estimates and forecasts beaten or missed are nouns, a clause after them a verb's", () => {
    expect(quotes("Harbor beat estimates on Tuesday. The firm missed forecasts.", "en")).toEqual([]);
    expect(quotes("Cost estimates, he added, were too low.", "en").map((q) => q[4])).toEqual(["added"]);
    expect(quotes("The bank forecasts that growth will slow. Lee estimates that the cost will double.", "en").map((q) => [q[2], q[4]])).toEqual([
      ["The bank", "forecasts"],
      ["Lee", "estimates"],
    ]);
  });

  it("the plain form \"estimate\" is a verb after a plural subject, a noun after a possessive or a demonstrative", () => {
    expect(quotes("Analysts at Jefferies estimate annual sales could reach $1 billion.", "en")).toEqual([
      ["indirect", "annual sales could reach $1 billion", "Analysts at Jefferies", "person", "estimate"],
    ]);
    expect(quotes("They estimate that the cost will double.", "en").map((q) => q[4])).toEqual(["estimate"]);
    expect(quotes("Its estimate was far too low. This estimate is final.", "en")).toEqual([]);
  });

  it("\"forecast\" closing a verb's object is a noun", () => {
    expect(quotes("Harbor Foods lowered its full-year profit forecast on Tuesday. The company raised its annual sales forecasts for 2025.", "en")).toEqual([]);
    expect(quotes("Analysts at the bank forecast a rise in rates.", "en").map((q) => q[4])).toEqual(["forecast"]);
  });

  it("\"put\" is an estimate's cue before a figure after \"at\"", () => {
    expect(quotes("Officials put the death toll at 45 on Friday.", "en")).toEqual([["indirect", "the death toll at 45 on Friday", "Officials", "anonymous", "put"]]);
    expect(quotes("One industry source put the cost at several hundred million pounds.", "en")).toEqual([
      ["indirect", "the cost at several hundred million pounds", "One industry source", "anonymous", "put"],
    ]);
    expect(quotes("The storm put the harvest at risk. She put the book on the shelf.", "en")).toEqual([]);
  });

  it("a month before its year dates the subject read back", () => {
    expect(quotes("A poll of the Democratic race in May 2015 put his support at 5 percent.", "en")).toEqual([
      ["indirect", "his support at 5 percent", "A poll of the Democratic race in May 2015", "institution", "put"],
    ]);
    expect(quotes("A poll in May 2015 found that he trailed.", "en").map((q) => q[2])).toEqual(["A poll in May 2015"]);
  });

  it("\"suspect\" after an article, a number or an adjective is a noun or an attribute; a plural before a pause or a preposition too", () => {
    expect(quotes("Police tracked down the sole surviving suspect of the attacks. Police detained two terror suspects.", "en")).toEqual([]);
    expect(quotes("The agency said that 17,000 suspected cases had been reported.", "en").map((q) => q[4])).toEqual(["said"]);
    // After its subject it is the verb.
    expect(quotes("Officials suspect that the fire was set deliberately.", "en").map((q) => [q[2], q[4]])).toEqual([["Officials", "suspect"]]);
  });

  it("a cue verb's plain form after a pause, a preposition after it, is a noun in a headline: no speaker follows it", () => {
    expect(quotes("Two killed in shooting; suspect at large", "en")).toEqual([]);
    expect(quotes("Two killed, suspect in custody.", "en")).toEqual([]);
    // A plural subject inverts the plain form; a past form inverts before any phrase.
    expect(quotes("The plan is bad, say analysts.", "en")).toEqual([["indirect", "The plan is bad", "analysts", "vague", "say"]]);
    expect(quotes("“It works,” read the statement.", "en").map((q) => q[2])).toEqual(["the statement"]);
  });

  it("fears, beliefs and aims after the main clause or in the progressive are the subject's", () => {
    expect(quotes("Senator Lee left the meeting early, fearing the plant would close by summer.", "en")).toEqual([
      ["indirect", "the plant would close by summer", "Senator Lee", "person", "fearing"],
    ]);
    expect(quotes("Lee is seeking a third term in the fall.", "en")).toEqual([["indirect", "a third term in the fall", "Lee", "person", "is seeking"]]);
    expect(quotes("Seeking shelter from the storm, the crowd ran into the station.", "en")).toEqual([]);
  });

  it("after “and” an act that names or blames needs no “that”; a gerund as subject stays silent", () => {
    expect(quotes("Roe criticized the budget, dismissing it as a gimmick and calling the mayor a coward.", "en")).toContainEqual([
      "indirect", "the mayor a coward", "Roe", "person", "calling",
    ]);
    expect(quotes("Lee attacked the plan, calling it a gimmick and saying it would raise taxes.", "en")).toContainEqual([
      "indirect", "it would raise taxes", "Lee", "person", "saying",
    ]);
    expect(quotes("Lee praised the deal while calling the tariffs a mistake.", "en")).toContainEqual([
      "indirect", "the tariffs a mistake", "Lee", "person", "calling",
    ]);
    expect(quotes("The phones kept ringing and calling stopped at noon.", "en")).toEqual([]);
  });
});

describe("English participles after their noun", () => {
  it("the noun's phrase holds the attitude or the speech, up to the clause's end", () => {
    expect(quotes("Syrian hackers backing the regime took over the site.", "en")).toEqual([
      ["indirect", "the regime took over the site", "Syrian hackers", "person", "backing"],
    ]);
    expect(quotes("The union released a poll with 40 percent of riders saying the fares were too high.", "en")).toEqual([
      ["indirect", "the fares were too high", "40 percent of riders", "person", "saying"],
    ]);
  });

  it("a participle that praises, blames or describes after its noun holds the noun's speech; after an article it is an adjective", () => {
    expect(quotes("Voters praising the mayor packed the hall.", "en")).toEqual([["indirect", "the mayor packed the hall", "Voters", "person", "praising"]]);
    expect(quotes("The attacking side scored twice in the second half.", "en")).toEqual([]);
  });

  it("after a preposition the participle is a noun: no one's speech", () => {
    expect(quotes("Under questioning from senators, Bedford admitted the problem.", "en")).toEqual([["indirect", "the problem", "Bedford", "person", "admitted"]]);
    expect(quotes("The city has a long history of opposing the plan.", "en")).toEqual([]);
    // After "in" it says what its subject holds.
    expect(quotes("Ryan has long been a leader in his party in supporting an overhaul of the immigration system.", "en").map((q) => q[1])).toContain("an overhaul of the immigration system");
  });

  it("after a form of “be” and a preposition the word the participle modifies counts the subject among them", () => {
    expect(quotes("Mr. Hale was among those supporting Mr. Lee amid the scandal.", "en")).toEqual([
      ["indirect", "Mr. Lee amid the scandal", "Mr. Hale", "person", "supporting"],
    ]);
    expect(quotes("Rep. Ann Hale, the top Democrat on the panel, was among those calling for a vote.", "en").map((q) => [q[2], q[4]])).toEqual([["Rep. Ann Hale", "calling for"]]);
    expect(quotes("The senator is on record opposing the ban.", "en").map((q) => q[2])).toEqual(["The senator"]);
  });

  it("after a passive's participle the participle's speaker is the passive's subject", () => {
    expect(quotes("Lee was heard telling aides that he would quit.", "en")).toEqual([["indirect", "that he would quit", "Lee", "person", "telling"]]);
    // A participle in "-ed", which reads as no noun at all.
    expect(quotes("Lee was recorded telling donors that he would quit.", "en")).toEqual([["indirect", "that he would quit", "Lee", "person", "telling"]]);
    expect(quotes("Fans were heard calling friends on their phones.", "en").map((q) => q[2])).toEqual(["Fans"]);
    expect(quotes("The senator was caught saying that the plan was dead.", "en").map((q) => q[2])).toEqual(["The senator"]);
  });

  it("a progressive is its subject's verb, read like “is backing”, and a gerund after a conjunction stays silent", () => {
    expect(quotes("The senator has been backing the plan for years.", "en")).toEqual([["indirect", "the plan for years", "The senator", "person", "has been backing"]]);
    expect(quotes("Eight years after backing Lee, the donor is sizing up the race.", "en")).toEqual([]);
  });

  it("a record or poll showing something holds its finding; a person showing something does not", () => {
    expect(quotes("Lee kept campaigning, with polls showing her well behind the governor.", "en")).toEqual([
      ["indirect", "her well behind the governor", "polls", "institution", "showing"],
    ]);
    expect(quotes("The senator kept showing his notes to the reporters.", "en")).toEqual([]);
  });
});

describe("English cue words in phrases that report nothing", () => {
  it("a reporter's place closing a story is no statement", () => {
    expect(quotes("“We will keep the plant open,” the mayor said. Jane Doe reported from Dayton.", "en")).toEqual([
      ["direct", "“We will keep the plant open,”", "the mayor", "person", "said"],
    ]);
    expect(quotes("The agency reported a rise in claims.", "en")).toEqual([["indirect", "a rise in claims", "The agency", "institution", "reported"]]);
  });

  it("“adding to” a lead is a sum, “adding that” a statement", () => {
    expect(quotes("Senator Roe won the primary in Ohio, adding to her lead in the race.", "en")).toEqual([]);
    expect(quotes("Senator Roe won the primary in Ohio, adding that the race was far from over.", "en")).toEqual([
      ["indirect", "that the race was far from over", "Senator Roe", "person", "adding"],
    ]);
  });
});

describe("English speech acts that repeat, refer or rule", () => {
  it("the subject holds what the act names", () => {
    // The pledge its object names is part of what the act reports, no statement of its own.
    expect(quotes("Governor Lee repeated his pledge to cut the gas tax.", "en")).toEqual([
      ["indirect", "his pledge to cut the gas tax", "Governor Lee", "person", "repeated"],
    ]);
    expect(quotes("Senator Roe spoke out against the new tax on Monday.", "en")).toEqual([
      ["indirect", "the new tax on Monday", "Senator Roe", "person", "spoke out against"],
    ]);
  });

  it("speaking of or about a matter, in the perfect too and with a manner adverb, names it", () => {
    expect(quotes("The mayor has spoken about the need for a new bridge.", "en")).toEqual([
      ["indirect", "the need for a new bridge", "The mayor", "person", "has spoken about"],
    ]);
    expect(quotes("Senator Roe spoke warmly of her old rival.", "en")).toEqual([
      ["indirect", "her old rival", "Senator Roe", "person", "spoke warmly of"],
    ]);
    expect(quotes("Governor Lee talked briefly about the storm.", "en")).toEqual([
      ["indirect", "the storm", "Governor Lee", "person", "talked briefly about"],
    ]);
    expect(quotes("The governor talked openly of a new ferry for the island.", "en")).toEqual([
      ["indirect", "a new ferry for the island", "The governor", "person", "talked openly of"],
    ]);
  });

  it("speaking on condition of anonymity is how a source spoke, not what about", () => {
    expect(quotes("One adviser, who spoke on the condition of anonymity, said the plan was dead.", "en")).toEqual([
      ["indirect", "the plan was dead", "One adviser", "anonymous", "said"],
    ]);
    expect(quotes("Senator Roe spoke on the new tax at length.", "en")).toEqual([
      ["indirect", "the new tax at length", "Senator Roe", "person", "spoke on"],
    ]);
    // So is speaking privately or on background, the whole aside; speaking privately with someone says where.
    expect(quotes("One cabinet minister, speaking privately, said the numbers did not add up.", "en").map((q) => q.slice(2, 4))).toEqual([["One cabinet minister", "anonymous"]]);
    expect(quotes("A senior aide, speaking on background, said the plan was dead.", "en").map((q) => q.slice(2, 4))).toEqual([["A senior aide", "anonymous"]]);
    expect(quotes("One cabinet minister, who spoke privately with donors, said the numbers did not add up.", "en").map((q) => q.slice(2, 4))).toEqual([["One cabinet minister", "person"]]);
  });

  it("an aside saying a source is unnamed, with no comma before it, is neither the source's name nor the cue's", () => {
    expect(quotes("The pier will close, according to a person familiar with the plan who spoke on condition of anonymity because it was not public.", "en")).toEqual([
      ["reported", "The pier will close", "a person familiar with the plan", "anonymous", "according to"],
    ]);
    // An adverb after the aside's infinitive is the aside's, no adverb of the cue.
    expect(quotes("A city official who was not authorized to speak publicly said the pier would close.", "en")).toEqual([
      ["indirect", "the pier would close", "A city official", "anonymous", "said"],
    ]);
  });

  it("“repeated” after a preposition is an adjective", () => {
    expect(quotes("Despite repeated warnings from engineers, the council went ahead with the bridge.", "en")).toEqual([]);
  });
});

describe("English adjectives of belief and feeling", () => {
  it("the subject holds the clause or the object its adjective takes", () => {
    expect(quotes("Senator Roe is confident that the bill will pass.", "en")).toEqual([
      ["indirect", "that the bill will pass", "Senator Roe", "person", "is confident"],
    ]);
    expect(quotes("The mayor was worried about the cost of the bridge.", "en")).toEqual([
      ["indirect", "the cost of the bridge", "The mayor", "person", "was worried about"],
    ]);
  });

  it("an expletive subject names nobody", () => {
    expect(quotes("It is certain that the bill will pass.", "en")).toEqual([]);
  });

  it("a perfect copula, a judging adjective and readiness before an infinitive belong to the cue", () => {
    expect(quotes("Senator Roe has been critical of the new tax.", "en")).toEqual([
      ["indirect", "the new tax", "Senator Roe", "person", "has been critical of"],
    ]);
    expect(quotes("Senator Roe is eager to debate the mayor.", "en")).toEqual([
      ["indirect", "to debate the mayor", "Senator Roe", "person", "is eager"],
    ]);
    expect(quotes("The union was not willing to sign the contract.", "en")).toEqual([
      ["indirect", "to sign the contract", "The union", "institution", "was not willing"],
    ]);
    expect(quotes("The new bridge is ready to open in May.", "en")).toEqual([]);
  });
});

describe("English replies and attacks in a phrase", () => {
  it("a reply closes its quotation, an attack holds its object", () => {
    expect(quotes("“That is simply false,” the governor shot back.", "en")).toEqual([
      ["direct", "“That is simply false,”", "the governor", "person", "shot back"],
    ]);
    expect(quotes("Senator Roe lashed out at the press on Friday.", "en")).toEqual([
      ["indirect", "the press on Friday", "Senator Roe", "person", "lashed out at"],
    ]);    // A retort takes no "on": what follows is where it was made, and the participle after it says what.
    const floor = quotes("The shutdown went on. Senator Roe fired back on the Senate floor, calling the claim “pure fiction.”", "en");
    expect(floor.map((q) => q[4])).not.toContain("fired back on");
    expect(floor.find((q) => q[4] === "calling")?.[1]).toBe("the claim “pure fiction.”");
    // Pushing back on something opposes it.
    expect(quotes("The report came out. The campaign pushed back on the report.", "en").map((q) => [q[1], q[4]])).toEqual([["the report", "pushed back on"]]);
  });

  it("a blow returned is no reply", () => {
    expect(quotes("The team hit back with two late goals.", "en")).toEqual([]);
  });
});

describe("English outlets quoting someone", () => {
  it("the outlet passes on what the one it quotes said", () => {
    expect(quotes("CNN quoted a local witness as saying the harbour was closed.", "en")[0]).toEqual(
      ["indirect", "a local witness as saying the harbour was closed", "CNN", "media", "quoted"],
    );
  });
});

describe("English speech acts that voice a guess or a claim", () => {
  it("report the clause or object after them", () => {
    expect(quotes("Lee speculated that the harbour would close by May.", "en")).toEqual([
      ["indirect", "that the harbour would close by May", "Lee", "person", "speculated"],
    ]);
    expect(quotes("The mayor visited Dayton, blasting the governor for the delay.", "en").map((q) => q[4])).toContain("blasting");
  });
});

describe("English claims held, reached or worked out before “that”", () => {
  it("report the clause after them, not the same verbs with an object", () => {
    expect(quotes("The mayor has maintained that the harbour was safe.", "en")).toEqual([
      ["indirect", "that the harbour was safe", "The mayor", "person", "has maintained"],
    ]);
    expect(quotes("Economists calculate that 600 dock jobs will go.", "en").map((q) => q[4])).toEqual(["calculate"]);
    expect(quotes("The mayor maintained her lead in Dayton.", "en")).toEqual([]);
    expect(quotes("Her remarks that were aired on Monday angered the dockers.", "en").map((q) => q[4])).not.toContain("remarks");
  });
});

describe("English base forms of reporting verbs", () => {
  it("after a modal or “to” the verb reports its clause", () => {
    expect(quotes("The mayor will declare that the harbour is open.", "en")).toEqual([
      ["indirect", "that the harbour is open", "The mayor", "person", "will declare"],
    ]);
    expect(quotes("The mayor refused to explain why the harbour was closed.", "en").map((q) => q[4])).toContain("refused to explain");
  });
});

describe("English past forms after a quotation and its subject", () => {
  it("any past form closing the sentence is how the quotation was said", () => {
    expect(quotes("“We will build it by the spring,” the senator mused.", "en")).toEqual([
      ["direct", "“We will build it by the spring,”", "the senator", "person", "mused"],
    ]);
    expect(quotes("“Who will pay for the bridge?” the mayor answered.", "en")).toEqual([
      ["direct", "“Who will pay for the bridge?”", "the mayor", "person", "answered"],
    ]);
    expect(quotes("“We will build it by the spring,” quipped the senator.", "en")).toEqual([
      ["direct", "“We will build it by the spring,”", "the senator", "person", "quipped"],
    ]);
  });

  it("right after a quotation and its subject, adding to someone is speaking to them; elsewhere adding to something says nothing", () => {
    expect(quotes("“The ferry is too slow,” the mayor added to reporters.", "en")).toEqual([
      ["direct", "“The ferry is too slow,”", "the mayor", "person", "added"],
    ]);
    expect(quotes("The delay added to the tension.", "en")).toEqual([]);
  });

  it("a past form before a short circumstance closing the sentence still closes the quotation", () => {
    expect(quotes("“The toll is a tax on the poor,” the mayor charged in her speech.", "en")).toEqual([
      ["direct", "“The toll is a tax on the poor,”", "the mayor", "person", "charged"],
    ]);
    expect(quotes("“Not on our street!” the guard shouted back.", "en")).toEqual([
      ["direct", "“Not on our street!”", "the guard", "person", "shouted back"],
    ]);
  });

  it("going on after a quotation and its subject is speaking on, not elsewhere", () => {
    expect(quotes("“The ferry is too slow,” the mayor went on.", "en")).toEqual([
      ["direct", "“The ferry is too slow,”", "the mayor", "person", "went on"],
    ]);
    expect(quotes("The talks went on.", "en")).toEqual([]);
  });

  it("a past form right after the quotation before a short subject and its pause is the cue, the subject its speaker", () => {
    const found = quotes("“Nobody rides that ferry anymore,” scoffed Ann Gil, 22, who sails it daily.", "en");
    expect(found[0]).toEqual(["direct", "“Nobody rides that ferry anymore,”", "Ann Gil", "person", "scoffed"]);
    // A name in -ed opening the attribution is no verb.
    expect(quotes("“Nobody rides that ferry anymore,” Ted Ross said.", "en").map((q) => q[4])).toEqual(["said"]);
  });

  it("a name after another cue is the speaker, not a cue", () => {
    expect(quotes("“We will build it by the spring,” said Fred.", "en")).toEqual([
      ["direct", "“We will build it by the spring,”", "Fred", "person", "said"],
    ]);
  });

  it("a clause of its own after the quotation is no attribution", () => {
    expect(quotes("The crowd cheered “Four more years!” as the mayor arrived.", "en").map((q) => q[4])).not.toContain("arrived");
  });
});

describe("English requests and appeals", () => {
  it("the subject asks for what follows", () => {
    expect(quotes("Senator Roe pressed for a vote on the bill.", "en")).toEqual([
      ["indirect", "a vote on the bill", "Senator Roe", "person", "pressed for"],
    ]);
  });

  it("a noun that looks like the verb is none", () => {
    expect(quotes("The court appeals process takes years.", "en")).toEqual([]);
  });
});

describe("English wording of a written text", () => {
  it("“read” right after a quotation gives its words; reading elsewhere stays silent", () => {
    expect(quotes("“We will not close the clinic,” the letter read.", "en")).toEqual([
      ["direct", "“We will not close the clinic,”", "the letter", "institution", "read"],
    ]);
    expect(quotes("The mayor read the letter to the council.", "en")).toEqual([]);
    expect(quotes("“It is over,” she said, and read the statement again.", "en")).toEqual([["direct", "“It is over,”", "she", "person", "said"]]);
  });
});

describe("English naming participles", () => {
  it("a participle naming a thing after an indefinite noun is no judgement", () => {
    expect(quotes("A company called Harbor Light gave money to the group.", "en")).toEqual([]);
    expect(quotes("She now runs a website called “Vote Now” from her kitchen.", "en")).toEqual([]);
    expect(quotes("He founded a group called the “Harbor Foundation.”", "en")).toEqual([]);
  });

  it("after an indefinite noun, a pronoun or an article and its noun after the participle is the object judged", () => {
    expect(quotes("A spokesperson called the probe “unfounded.”", "en")).toEqual([
      ["indirect", "the probe “unfounded.”", "A spokesperson", "anonymous", "called"],
    ]);
    expect(quotes("An aide called it “a gimmick.”", "en").map((q) => q[2])).toEqual(["An aide"]);
  });

  it("a subject that calls something or calls for something still holds it", () => {
    expect(quotes("A group of pastors called for a boycott of the speech.", "en")).toEqual([
      ["indirect", "a boycott of the speech", "A group of pastors", "institution", "called for"],
    ]);
    expect(quotes("Senator Roe called the plan “reckless” on Monday.", "en")).toEqual([
      ["indirect", "the plan “reckless” on Monday", "Senator Roe", "person", "called"],
    ]);
  });
});

describe("English feelings named after “expressed”", () => {
  it("the feeling and its preposition belong to the cue; what it is about is the statement", () => {
    expect(quotes("Senator Roe expressed concern about the cost of the bridge.", "en")).toEqual([
      ["indirect", "the cost of the bridge", "Senator Roe", "person", "expressed concern about"],
    ]);
    expect(quotes("The mayor expressed confidence that the levee would hold.", "en")).toEqual([
      ["indirect", "that the levee would hold", "The mayor", "person", "expressed confidence"],
    ]);
  });

  it("misgivings raised or voiced are a cue the same way", () => {
    expect(quotes("Senator Roe raised new questions about the cost of the bridge.", "en")).toEqual([
      ["indirect", "the cost of the bridge", "Senator Roe", "person", "raised new questions about"],
    ]);
    expect(quotes("The mayor has voiced concerns over the levee.", "en")).toEqual([
      ["indirect", "the levee", "The mayor", "person", "has voiced concerns over"],
    ]);
    expect(quotes("The coach raised the flag before the game.", "en")).toEqual([]);
  });

  it("an interest or inclination shown is a cue the same way", () => {
    expect(quotes("Governor Lee has shown little interest in the ferry plan.", "en")).toEqual([
      ["indirect", "the ferry plan", "Governor Lee", "person", "has shown little interest in"],
    ]);
    expect(quotes("The council showed no inclination to delay the vote.", "en")).toEqual([
      ["indirect", "to delay the vote", "The council", "institution", "showed no inclination"],
    ]);
  });
});

describe("English statements issued with what they say", () => {
  it("the act of issuing, the document and the participle are one cue", () => {
    expect(quotes("The union issued a statement saying the strike would go on.", "en")).toEqual([
      ["indirect", "the strike would go on", "The union", "institution", "issued a statement saying"],
    ]);
    expect(quotes("Senator Roe sent out a press release Tuesday, urging voters to turn out.", "en")).toEqual([
      ["indirect", "voters to turn out", "Senator Roe", "person", "sent out a press release Tuesday, urging"],
    ]);
    expect(quotes("The inspector issued a report faulting the agency for the delays.", "en")).toEqual([
      ["indirect", "the agency for the delays", "The inspector", "person", "issued a report faulting"],
    ]);
  });

  it("so are statements issued without an article (the statement a colon announces: english.test.ts)", () => {
    expect(quotes("Both unions issued statements condemning the closure.", "en").map((q) => [q[1], q[4]])).toEqual([["the closure", "issued statements condemning"]]);
  });
});

describe("English “calling on” as a participle", () => {
  it("keeps its particle in the cue", () => {
    expect(quotes("Senator Roe praised the levee plan, calling on voters to back it.", "en")).toContainEqual([
      "indirect", "voters to back it", "Senator Roe", "person", "calling on",
    ]);
    expect(quotes("The union is calling on members to vote no.", "en")).toEqual([
      ["indirect", "members to vote no", "The union", "institution", "is calling on"],
    ]);
  });

  it("so does “called upon”, the formal twin of “called on”", () => {
    expect(quotes("The mayor called upon the council to fund the harbour.", "en")).toEqual([
      ["indirect", "the council to fund the harbour", "The mayor", "person", "called upon"],
    ]);
  });
});

describe("English particles that govern what the cue is about", () => {
  it("belong to the cue", () => {
    expect(quotes("Senator Roe weighed in on the budget fight.", "en")).toEqual([
      ["indirect", "the budget fight", "Senator Roe", "person", "weighed in on"],
    ]);
    expect(quotes("The governor hinted at a run for the Senate.", "en")).toEqual([
      ["indirect", "a run for the Senate", "The governor", "person", "hinted at"],
    ]);
    expect(quotes("Most farmers believe in the new levee plan.", "en")).toEqual([
      ["indirect", "the new levee plan", "Most farmers", "vague", "believe in"],
    ]);
    expect(quotes("Senator Roe wrote on Facebook that the levee would hold.", "en")).toEqual([
      ["indirect", "that the levee would hold", "Senator Roe", "person", "wrote on Facebook"],
    ]);
  });
});

describe("English stock phrases of taking a stand", () => {
  it("hold their object for the subject", () => {
    expect(quotes("Senator Roe took issue with the court's ruling.", "en")).toEqual([
      ["indirect", "the court's ruling", "Senator Roe", "person", "took issue with"],
    ]);
    expect(quotes("The mayor made no secret of her plans for the harbor.", "en")).toEqual([
      ["indirect", "her plans for the harbor", "The mayor", "person", "made no secret of"],
    ]);
    expect(quotes("The storm made no difference to the count.", "en")).toEqual([]);
    expect(quotes("The governor distanced herself from the tax plan.", "en")).toEqual([
      ["indirect", "the tax plan", "The governor", "person", "distanced herself from"],
    ]);
    expect(quotes("Senator Roe shrugged off the criticism from her rivals.", "en")).toEqual([
      ["indirect", "the criticism from her rivals", "Senator Roe", "person", "shrugged off"],
    ]);
    expect(quotes("The union came out against the new contract.", "en")).toEqual([
      ["indirect", "the new contract", "The union", "institution", "came out against"],
    ]);
    expect(quotes("The union balked at the new contract.", "en")).toEqual([
      ["indirect", "the new contract", "The union", "institution", "balked at"],
    ]);
  });

  it("speech acts made with a light verb hold what they are about, not where or when they were made", () => {
    expect(quotes("The mayor has made several statements about the new harbour.", "en")).toEqual([
      ["indirect", "the new harbour", "The mayor", "person", "has made several statements about"],
    ]);
    expect(quotes("The mayor made the point that the harbour needs new cranes.", "en")).toEqual([
      ["indirect", "that the harbour needs new cranes", "The mayor", "person", "made the point"],
    ]);
    expect(quotes("The mayor made his remarks during a visit to the harbour.", "en")).toEqual([]);
    expect(quotes("The mayor made good on a promise to the farmers.", "en")).toEqual([]);
  });

  it("a message, an answer or questions held or sent before a colon hold the words after it", () => {
    expect(quotes("The ferry stopped twice. The harbor board sent the mayor a clear message: the pier must close by June.", "en")).toEqual([
      ["indirect", "the pier must close by June", "The harbor board", "institution", "sent the mayor a clear message"],
    ]);
    expect(quotes("The ferry stopped twice. The tenants have two questions: who pays, and when.", "en").map((q) => [q[1], q[2], q[4]])).toEqual([
      ["who pays, and when", "The tenants", "have two questions"],
    ]);
    // A message one is provided with is nobody's.
    expect(quotes("The ferry stopped twice. The network provided the candidates with a message: the pier must close by June.", "en")).toEqual([]);
  });
});

describe("English negated replies and plural presents of pointing", () => {
  it("a reply not given is annotated as one; a plural subject points to what it holds", () => {
    expect(quotes("The union did not respond to a request for comment.", "en")).toEqual([
      ["indirect", "a request for comment", "The union", "institution", "did not respond to"],
    ]);
    expect(quotes("Democrats point to the new data on wages.", "en")).toEqual([
      ["indirect", "the new data on wages", "Democrats", "vague", "point to"],
    ]);
  });
});

describe("English “as X put it”", () => {
  it("words a statement in a comment clause; a thing put somewhere says nothing", () => {
    expect(quotes("As one farmer put it, the levee is a lifeline.", "en")).toEqual([
      ["indirect", "the levee is a lifeline", "one farmer", "person", "put it"],
    ]);
    expect(quotes("He put it on the table before the vote.", "en")).toEqual([]);
  });
});

describe("English perfect participles of writing", () => {
  it("“had written” after its subject is a cue, in a comment clause too; a passive's participle is none", () => {
    expect(quotes("As Lee had written, “The plan is dead.”", "en")).toEqual([["direct", "“The plan is dead.”", "Lee", "person", "had written"]]);
    expect(quotes("Lee has written that the plan is dead.", "en")).toEqual([["indirect", "that the plan is dead", "Lee", "person", "has written"]]);
    expect(quotes("The letter was written by Lee.", "en")).toEqual([]);
  });
});

describe("English attitudes after a label in brackets or an aside between dashes", () => {
  it("the name before the label or the aside holds the attitude", () => {
    expect(quotes("Lee -- a Democrat from Ohio -- welcomed the decision to close the plant.", "en")).toEqual([
      ["indirect", "the decision to close the plant", "Lee", "person", "welcomed"],
    ]);
    expect(quotes("Sen. Ann Hale (D-Ore.) welcomed the decision to close the plant.", "en")).toEqual([
      ["indirect", "the decision to close the plant", "Sen. Ann Hale", "person", "welcomed"],
    ]);
    expect(quotes("Rep. Tom Vance (R-Tex.) wants a new bridge over the river.", "en")).toEqual([
      ["indirect", "a new bridge over the river", "Rep. Tom Vance", "person", "wants"],
    ]);
  });

  it("inside another's statement the attitude is part of it", () => {
    expect(quotes("Lee said Sen. Ann Hale (D-Ore.) welcomed the decision.", "en")).toEqual([
      ["indirect", "Sen. Ann Hale (D-Ore.) welcomed the decision", "Lee", "person", "said"],
    ]);
  });
});

describe("English attitudes in a clause after “is that”", () => {
  it("the clause's subject holds the attitude where no cue reports it", () => {
    expect(quotes("The trouble is that the mayor wants a delay on the vote.", "en")).toEqual([
      ["indirect", "a delay on the vote", "the mayor", "person", "wants"],
    ]);
  });

  it("a cue before it reports the clause", () => {
    expect(quotes("Critics said that the mayor wants a delay on the vote.", "en")).toEqual([
      ["indirect", "that the mayor wants a delay on the vote", "Critics", "vague", "said"],
    ]);
  });
});

describe("English cues inside a hyphenated word", () => {
  it("a cue before a hyphen and a letter is part of an adjective, not a verb", () => {
    expect(quotes("He is a much sought-after speaker on the topic of housing.", "en")).toEqual([]);
  });

  it("the verb on its own still fires", () => {
    expect(quotes("The mayor sought a delay on the vote.", "en")).toEqual([["indirect", "a delay on the vote", "The mayor", "person", "sought"]]);
  });
});

describe("English views after “let’s”", () => {
  it("a proposal to find out holds no view; seeing something as so does", () => {
    expect(quotes("Let’s see if the mayor keeps her word.", "en")).toEqual([]);
    expect(quotes("Voters see the mayor as honest.", "en")).toEqual([["indirect", "the mayor as honest", "Voters", "person", "see"]]);
  });
});

describe("English expectations in a comparison", () => {
  it("an expectation a comparison measures against holds nothing; one with its own object does", () => {
    expect(quotes("Rebuilding the barn was more work than he expected.", "en")).toEqual([]);
    expect(quotes("Officials expect the bank to raise rates.", "en")).toEqual([["indirect", "the bank to raise rates", "Officials", "anonymous", "expect"]]);
  });
});

describe("English “add” that says nothing", () => {
  it("adding up or adding a count is no speech; adding a clause is", () => {
    expect(quotes("The costs added up to a large bill.", "en")).toEqual([]);
    expect(quotes("The economy added around 200,000 jobs in May.", "en")).toEqual([]);
    expect(quotes("The mayor added that the budget was tight.", "en")).toEqual([["indirect", "that the budget was tight", "The mayor", "person", "added"]]);
  });
});

describe("English phrasal verbs as cues", () => {
  it("the particle right after the verb belongs to the cue, what follows it to the statement", () => {
    expect(quotes("Mayor Ann Lee called out the council for its plan to close the pier.", "en")).toEqual([
      ["indirect", "the council for its plan to close the pier", "Mayor Ann Lee", "person", "called out"],
    ]);
    expect(quotes("A day later, Lee wrote back: “The pier will close in May.”", "en")).toEqual([["direct", "“The pier will close in May.”", "Lee", "person", "wrote back"]]);
  });

  it("an adverb of time or amount after the verb is no particle", () => {
    expect(quotes("Lee said back in 2008 that the pier would close.", "en").map((q) => q[4])).toEqual(["said"]);
  });
});

describe("English adverbs closing a cue", () => {
  it("an adverb right after the verb before a pause, “that”, a quotation mark or a subject belongs to the cue", () => {
    expect(quotes("Mayor Lee has said repeatedly that the pier will close.", "en").map((q) => q[4])).toEqual(["has said repeatedly"]);
    expect(quotes("“The pier will close in May,” Lee said sarcastically.", "en").map((q) => q[4])).toEqual(["said sarcastically"]);
  });

  it("an adverb before another word modifies that word", () => {
    expect(quotes("Mayor Lee said nearly every pier will close.", "en").map((q) => q[4])).toEqual(["said"]);
  });
});

describe("English verbs governing “on”", () => {
  it("“on” after insisting, agreeing or pushing back belongs to the cue, unless a that-clause follows the word after it", () => {
    expect(quotes("The mayor has insisted on building a new pier.", "en")).toEqual([["indirect", "building a new pier", "The mayor", "person", "has insisted on"]]);
    expect(quotes("The mayor insisted on CNN that the pier would close.", "en").map((q) => q[4])).toEqual(["insisted"]);
  });
});

describe("English nouns after a preposition that look like cues", () => {
  it("“in hopes of”, “in favor of” name a purpose or a preference, no one's statement", () => {
    expect(quotes("Fans waved banners in hopes of seeing the band together.", "en")).toEqual([]);
    expect(quotes("The odds in favor of the union have shot up this week.", "en")).toEqual([]);
    expect(quotes("Lee hopes the pier will reopen in May.", "en")).toEqual([["indirect", "the pier will reopen in May", "Lee", "person", "hopes"]]);
  });

  it("“doubt” and “question” after a preposition or “no” are nouns", () => {
    expect(quotes("There is no doubt that the pier is safe.", "en")).toEqual([]);
    expect(quotes("The report calls into question whether the pier is safe.", "en").map((q) => q[4])).not.toContain("question");
    expect(quotes("Lee doubts that the pier is safe.", "en")).toEqual([["indirect", "that the pier is safe", "Lee", "person", "doubts"]]);
  });

  it("“claim”, “mention” and “views” after an article or a possessive are nouns", () => {
    expect(quotes("The mere mention of the pier angered voters.", "en")).toEqual([]);
    expect(quotes("Voters shared their views of the pier at the meeting.", "en")).toEqual([]);
    expect(quotes("The mayor rejected the claim about the pier.", "en")).toEqual([["indirect", "the claim about the pier", "The mayor", "person", "rejected"]]);
    expect(quotes("The senator claimed that the pier is safe.", "en")).toEqual([["indirect", "that the pier is safe", "The senator", "person", "claimed"]]);
  });

  it("a capitalised base form after a capitalised singular word is a noun in a name or compound, no cue", () => {
    expect(quotes("Reyes Steps Forward With Stunning Claim: The Mayor Lied.", "en")).toEqual([]);
    expect(quotes("Lee won her third Grand Slam title at the Open.", "en")).toEqual([]);
    expect(quotes("Nora Wonder, who joked, said it was fun.", "en").map((q) => q[4])).not.toContain("Wonder");
    expect(quotes("Why Does Lee Refuse to Debate?", "en").map((q) => q[4])).toEqual(["Refuse"]);
    expect(quotes("Voters Want Change In City Hall.", "en").map((q) => q[4])).toEqual(["Want"]);
    expect(quotes("Lee Said The Plan Is Dead.", "en").map((q) => q[4])).toEqual(["Said"]);
  });

  it("a past participle between an article, a possessive or a preposition and its noun is an adjective, no cue", () => {
    expect(quotes("The council changed its proposed budget for the pier.", "en")).toEqual([]);
    expect(quotes("The number of reported cases has grown.", "en")).toEqual([]);
    expect(quotes("Lee commented on proposed rules for the pier.", "en").map((q) => q[4])).toEqual(["commented on"]);
    expect(quotes("Lee proposed a new budget for the pier.", "en").map((q) => q[4])).toEqual(["proposed"]);
  });

  it("a call to someone followed by its purpose or its time names nothing; a call with a predicate still does", () => {
    expect(quotes("Lee called her to offer help.", "en")).toEqual([]);
    expect(quotes("Obama called Ann Roe shortly after the vote.", "en")).toEqual([]);
    expect(quotes("Lee called Roe a liar.", "en")).toEqual([["indirect", "Roe a liar", "Lee", "person", "called"]]);
  });

  it("a word right after an article is a noun or an adjective, no cue", () => {
    expect(quotes("Lower fares remain more of a hope than a promise.", "en")).toEqual([]);
    expect(quotes("Casting himself as a prosecutor in a mock trial, Lee roused the crowd.", "en")).toEqual([]);
    expect(quotes("The union issued a warning that fares would rise.", "en").map((q) => q[4])).toEqual(["issued"]);
  });
});

describe("English participles that are adjectives too", () => {
  it("say nothing after a form of be with nothing after them; a speech act in the progressive still speaks", () => {
    expect(quotes("The early results were encouraging. That is telling, she said.", "en")).toEqual([
      ["indirect", "That is telling", "she", "person", "said"],
    ]);
    expect(quotes("Nobody is arguing.", "en").map((q) => q[4])).toEqual(["is arguing"]);
    expect(quotes("The union was encouraging members to vote no.", "en").map((q) => q[4])).toEqual(["was encouraging"]);
  });
});

describe("English allege", () => {
  it("is a cue in the plural present too", () => {
    expect(quotes("Prosecutors allege he set the fire to collect insurance money.", "en")).toEqual([
      ["indirect", "he set the fire to collect insurance money", "Prosecutors", "anonymous", "allege"],
    ]);
  });
});
