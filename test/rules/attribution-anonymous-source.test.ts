import { testRule } from "../helpers/rule-tester.js";

testRule("attribution/anonymous-source", {
  valid: [
    {
      name: "German spokesman named after a comma",
      text: "Ein Sprecher, Max Mustermann, sagte am Samstag, die Ermittlungen dauerten an.",
    },
    {
      name: "German spokeswoman of an authority, named after a comma",
      text: "Eine Sprecherin des Innenministeriums, Anna Beispiel, nannte keine weiteren Details.",
    },
    {
      name: "German title before the name",
      text: "Polizeisprecher Max Mustermann sagte, die Ermittlungen dauerten an.",
    },
    {
      name: "English spokesman named after a comma",
      text: "A spokesman, John Example, said the investigation was continuing.",
    },
    {
      name: "English title before the name",
      text: "Police spokeswoman Jane Example said the investigation was continuing.",
    },
    {
      name: "English outlet whose name ends in a role word",
      text: "Harbor Insider reported on Monday that the pier would close, and The Bay Reporter said the council had agreed.",
    },
    {
      name: "English “a source of concern”",
      text: "The deficit remains a source of concern for the government, the finance minister said on Friday.",
    },
    {
      name: "German employee who is a victim, not a source",
      text: "Ein Mitarbeiter der Tankstelle wurde bei dem Überfall am Freitagabend leicht verletzt.",
    },
    {
      name: "English employee and officer who are victims, not sources",
      text: "An employee of the petrol station was slightly injured in the robbery. A police officer was shot in the leg.",
    },
    {
      name: "English role word inside a relative clause whose own verb is the cue",
      text: "As someone who had to sell her farm and all its animals, she knows the cost.",
    },
    {
      name: "English statements that assert nothing: withheld, denied, only supposed, only asked",
      text: "A spokesman for the harbour board declined to comment on the dispute. No official has said when the bridge will reopen. If a senior aide said the budget was short, the council would vote again. Officials did not say whether the ferry would keep running. A reporter asked the mayor whether the plan was final.",
    },
    {
      name: "German statements that assert nothing: withheld, denied, only supposed, only asked",
      text: "Ein Sprecher der Stadtwerke wollte sich dazu nicht äußern. Ein Sprecher der Reederei äußerte sich nicht zu dem Vorfall. Kein Sprecher der Regierung hat bisher gesagt, wann die Brücke öffnet. Wenn ein Sprecher der Behörde sagt, alles sei in Ordnung, glaubt ihm niemand. Ein Journalist fragte den Bürgermeister, ob der Plan endgültig sei.",
    },
  ],
  invalid: [
    {
      name: "English sources an outlet cites, set off after it or in a relative clause after 'according to'",
      count: 2,
      text: "The Harbor Times, citing a source at the port authority, reported that the pier would close. According to the Bay Ledger, which cited unnamed officials, the port will close in May.",
      spans: ["a source at the port authority", "unnamed officials"],
    },
    {
      name: "English official described with a link after the role",
      count: 1,
      text: "An official with the harbor agency said the pier would close in May.",
      spans: ["An official with the harbor agency"],
    },
    {
      name: "English source who withholds only a name still speaks; a negation after a pause is no denial",
      count: 2,
      text: "An official who declined to be named said the talks had stalled. “We will win the vote in the spring,” a campaign aide said, not for the first time.",
      spans: ["An official", "a campaign aide"],
    },
    {
      name: "German source who withholds only a name still speaks",
      count: 1,
      text: "Ein Beamter, der nicht genannt werden wollte, sagte am Montag, die Gespräche über den Hafen stockten seit Wochen.",
      spans: ["Ein Beamter"],
    },
    {
      name: "English officials who discovered, and a spokesman as the agent of a passive",
      count: 2,
      text: "Federal investigators have also discovered that the files were gone. The deal was confirmed by a spokesman for the ministry.",
      spans: ["Federal investigators", "a spokesman for the ministry"],
    },
    {
      name: "German spokeswoman behind a statement noun",
      count: 1,
      text: "Das Hallenbad öffnet nach Aussage einer Sprecherin der Gemeinde erst im Herbst wieder.",
      spans: ["Aussage einer Sprecherin der Gemeinde"],
    },
    {
      name: "German employee who speaks",
      count: 2,
      text: "Ein Mitarbeiter des Ministeriums sagte, man prüfe den Fall. Das bestätigte ein Diplomat in Brüssel.",
      spans: ["Ein Mitarbeiter", "ein Diplomat"],
    },
    {
      name: "English employee who speaks",
      count: 2,
      text: "An employee of the ministry said the case was under review. A diplomat in Brussels confirmed it.",
      spans: ["An employee", "A diplomat"],
    },
    {
      name: "German spokesman of a ministry",
      count: 1,
      text: "Ein Sprecher des Innenministeriums bestätigte den Vorfall am Samstag.",
      spans: ["Ein Sprecher"],
      message: ["Anonymous source: “Ein Sprecher des Innenministeriums”"],
    },
    {
      name: "German spokesman followed by a verb and a comma",
      count: 1,
      text: "Ein Sprecher sagte, die Lage an der Grenze sei ruhig.",
      spans: ["Ein Sprecher"],
    },
    {
      name: "German spokesman of a city followed by a relative clause",
      count: 1,
      text: "Ein Sprecher der Stadt, die das Fest organisiert, bestätigte die Absage.",
      spans: ["Ein Sprecher"],
    },
    {
      name: "German senior official who did not want to be named",
      count: 1,
      text: "Ein ranghoher Beamter, der nicht genannt werden wollte, widersprach dieser Darstellung.",
      spans: ["Ein ranghoher Beamter"],
    },
    {
      name: "English spokesperson of a ministry",
      count: 1,
      text: "A spokesperson for the interior ministry confirmed the incident on Saturday.",
      spans: ["A spokesperson"],
    },
    {
      name: "English senior official on condition of anonymity",
      count: 1,
      text: "A senior official, who spoke on condition of anonymity, disagreed with that account.",
      spans: ["A senior official"],
    },
  ],
});

testRule("attribution/anonymous-source", {
  valid: [
    { name: "English spokesman named in an appositive", text: "In a statement, Priya Lowell, a spokesman for the museum, said the reports were wrong." },
    { name: "German spokesman named in an appositive", text: "Dmitri Peskow, ein Sprecher des Kremls, sagte, die Gespräche seien konstruktiv gewesen." },
    {
      name: "German definite role right after a named person's statement",
      text: "Jeder Familie bleibe nur ein Sack Reis pro Woche, sagte UN-Vertreter Jonas Wendt dem Sender. Viele Bauern hätten ihre Felder verlassen, so der UN-Mitarbeiter.",
    },
    {
      name: "English definite role right after a named person's statement",
      text: '"The water is running out," said Tom Berger, a United Nations envoy. Many traders are among the dead, the official said.',
    },
    {
      name: "English spokeswoman named before a coordinated role and an aside",
      text: "Ann Lee, a harbor developer and spokeswoman for the ferry coalition, which lobbies for the plan, said the boats would run.",
    },
  ],
  invalid: [
    { name: "English spokesman after a weekday, not a name", text: "On Monday, a spokesman for the ministry said the talks would continue.", spans: ["a spokesman"] },
    { name: "German spokesman after a time phrase", text: "Am Montag sagte ein Sprecher des Ministeriums, die Gespräche gingen weiter.", spans: ["ein Sprecher"] },
    { name: "German unnamed circles", text: "Aus Regierungskreisen hieß es, man sei besorgt.", spans: ["Regierungskreisen"] },
    { name: "German circles named by two compounds sharing their last part", text: "Drei Menschen seien verletzt worden, so Regierungs- und Militärkreise.", spans: ["Regierungs- und Militärkreise"] },
    {
      name: "German definite role after an unnamed one",
      count: 2,
      text: "Ein Sprecher der Stadt sagte, das Wasser reiche nicht. Viele Händler seien unter den Opfern, so der Sprecher.",
      spans: ["Ein Sprecher", "der Sprecher"],
    },
    {
      name: "English definite role after an unnamed one",
      count: 2,
      text: "A city spokesman said the water was running out. Many traders are among the dead, the spokesman said.",
      spans: ["A city spokesman", "the spokesman"],
    },
  ],
});

// The examples of unnamed sourcing that phrase lists missed, and the look-alikes they fired on.
testRule("attribution/anonymous-source", {
  valid: [
    { name: "English spokesman named after the role", text: '"The talks were useful," said a former spokesman for Norway\'s Foreign Ministry, Jonas Weber.' },
    { name: "German spokesman named after the role", text: "Ein Sprecher der Moscheen, Ahmed bin Mohammed al-Mansuri, sagte, das Fest finde wie geplant statt." },
    { name: "English official who is the topic, not the source", text: "The senate confirmed a new official for the treasury department on Tuesday." },
    { name: "German spokesman who is the topic", text: "Die Partei hat einen neuen Pressesprecher eingestellt, der im Mai beginnt." },
    { name: "English lawyer named, close to the family", text: "Ann Lee, a lawyer close to the family, said the bid had been withdrawn." },
    { name: "English banker with no insider description", text: "A banker said the bid had been withdrawn after the vote." },
  ],
  invalid: [
    { name: "English intelligence source who told an outlet", count: 1, text: "An intelligence source, who was not authorized to speak on the record, told Fox News the plan had changed.", spans: ["An intelligence source"] },
    { name: "English department official said Friday", count: 1, text: "A Home Affairs Department official said Friday that the border was calm.", spans: ["A Home Affairs Department official"] },
    { name: "English administration officials", count: 1, text: "Administration officials said the deal was close.", spans: ["Administration officials"] },
    { name: "English aides", count: 1, text: "His aides say he is tired after the long campaign.", spans: ["His aides"] },
    { name: "German Pressesprecher after the verb", count: 1, text: "Die Lage sei ruhig, sagte ein Pressesprecher am Abend.", spans: ["ein Pressesprecher"] },
    { name: "German Heeressprecher to an agency", count: 1, text: "Die Übung sei planmäßig verlaufen, erklärte ein Heeressprecher der APA.", spans: ["ein Heeressprecher"] },
    { name: "German company circles", count: 1, text: "Wie aus Unternehmenskreisen verlautete, sollen 500 Stellen wegfallen.", spans: ["Unternehmenskreisen"] },
    { name: "German presidential circles", count: 1, text: "Am Abend hieß es aus Präsidentschaftskreisen, man sei zufrieden.", spans: ["Präsidentschaftskreisen"] },
    { name: "German senior official as the source", count: 1, text: "Nach Angaben eines leitenden Beamten gab es keine Verletzten.", spans: ["eines leitenden Beamten"] },
    { name: "English banker said to know from inside", count: 1, text: "A banker familiar with the matter said the bid had been withdrawn.", spans: ["A banker familiar with the matter"] },
    { name: "German banker said to know from inside", count: 1, text: "Ein mit der Sache vertrauter Banker sagte, das Gebot sei zurückgezogen.", spans: ["Ein mit der Sache vertrauter Banker"] },
    { name: "English speaking privately", count: 1, text: "One cabinet minister, speaking privately, said the numbers did not add up.", spans: ["One cabinet minister"] },
  ],
});
