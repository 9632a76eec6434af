import { testRule } from "../helpers/rule-tester.js";

testRule("date/unanchored-relative", {
  valid: [
    {
      name: "German „heutig“ describing our time, and „von heute auf morgen“",
      text: "Die Ausstellung reicht vom Bonbonkocher bis zur heutigen Fertigungsstraße. Viele verloren von heute auf morgen ihre Stelle.",
    },
    {
      name: "English outlet names and a figurative tomorrow",
      text: "A reporter for USA Today spotted her at the venue. Families are still hoping for a brighter tomorrow, the charity said.",
    },
    {
      name: "German „heute“ meaning nowadays",
      text: "Die rund 3.500 heute lebenden Schlangenarten stammen von Echsen ab. Bis heute ist ihr Ursprung umstritten, und noch heute erinnert ein Fossil daran.",
    },
    {
      name: "English „today“ meaning nowadays",
      text: "The debate is still open to this day. Even today, historians disagree, and today's youth know little of the war of 1812.",
    },
    {
      name: "English „today“ for what holds now, and a rhetorical series of times",
      text: "The estate was bought from the crown in 1770. Today, it is owned by a trust. Too many trains today still stop short of the valley, and the delays today are real. He promised segregation now, segregation tomorrow, segregation forever.",
    },
    {
      name: "German weekday resolved by the publication date",
      published: "2025-08-16",
      text: "Am Freitag trafen sich die beiden Präsidenten in Alaska. Die Gespräche dauerten drei Stunden.",
    },
    {
      name: "English yesterday resolved by the publication date",
      published: "2025-08-16",
      text: "The two presidents met in Alaska yesterday. The talks lasted for three hours.",
    },
    {
      name: "German weekday anchored by the date next to it",
      text: "Am Freitag, 15. August 2025, trafen sich die beiden Präsidenten in Alaska. Die Gespräche dauerten drei Stunden.",
    },
    {
      name: "English weekday anchored by the date next to it",
      text: "The two presidents met in Alaska on Friday, August 15, 2025. The talks lasted for three hours.",
    },
    {
      name: "German weekday with a year-less date next to it",
      text: "Am Freitag, 15. August, trafen sich die beiden Präsidenten in Alaska. Die Gespräche dauerten drei Stunden.",
    },
    {
      name: "English weekday with a year-less date next to it",
      text: "The two presidents met in Alaska on Friday, August 15. The talks lasted for three hours.",
    },
    {
      name: "German “heute” inside a quotation belongs to the speaker",
      text: "„Heute ist ein guter Tag für die Stadt“, sagte der Bürgermeister bei der Eröffnung des Bades.",
    },
    {
      name: "English “today” inside a quotation belongs to the speaker",
      text: "\"Today is a good day for the city,\" the mayor said at the opening of the new pool.",
    },
    {
      name: "German „Morgen“ as the morning, not tomorrow",
      text: "Am Morgen hatte die Polizei die Straße gesperrt. Erst am späten Nachmittag konnten die Anwohner in ihre Häuser zurück.",
    },
    {
      name: "German weekday plural and adverb are not days",
      text: "Der Markt ist freitags und an allen Samstagen geöffnet. Die Händler kommen aus der ganzen Region.",
    },
    {
      name: "English morning and weekends are not days",
      text: "In the morning the police closed the road. Residents were allowed back in the late afternoon and at weekends.",
    },
    {
      name: "German newspaper title in quotation marks",
      text: "Der Minister sagte der „Welt am Sonntag“, die Lage an der Grenze sei ernst. Die Opposition fordert Aufklärung.",
    },
    {
      name: "German newspaper title without quotation marks",
      text: "Der Minister sagte der Welt am Sonntag, die Lage an der Grenze sei ernst. Die Opposition fordert Aufklärung.",
    },
    {
      name: "English newspaper title that contains a weekday",
      text: "The minister told The Sunday Times that the situation at the border was serious. The opposition demanded answers.",
    },
  ],
  invalid: [
    {
      name: "German „am heutigen Donnerstag“ with no date",
      text: "Am heutigen Donnerstag kam es in der Innenstadt erneut zu Protesten. Die Polizei nahm drei Personen fest.",
      spans: ["heutigen"],
    },
    {
      name: "German adjective „gestrigen“ with no date to resolve it",
      text: "Der Bischof sprach am gestrigen Ostersonntag vor Tausenden Gläubigen. In seinem gestrigen Vortrag ging es um Frieden.",
      spans: ["gestrigen"],
    },
    {
      name: "English „last night“ and „this morning“ with no date",
      text: "The senator spoke last night in Ohio. Her campaign confirmed the remarks this morning.",
      spans: ["last night"],
    },
    {
      name: "English „today“ as the day: a schedule and a day that is expected",
      text: "Today, it is expected that the Senate will vote on the bill. Today is two months until the election.",
      spans: ["Today"],
    },
    {
      name: "German „heute“ as the day next to a nowadays „bis heute“",
      text: "Der Rat entscheidet heute über den Haushalt. Bis heute ist der Streit nicht beigelegt.",
      spans: ["heute"],
    },
    {
      name: "German narrator's “gestern” after a quotation that runs over a paragraph end",
      text: 'Der Bürgermeister sagte: "Wir geben nicht auf.\n\n"Wir kämpfen weiter", fügte er hinzu.\n\nDer Rat hatte gestern beschlossen, das Bad zu schließen, was die Opposition "einen Fehler" nannte.',
      spans: ["gestern"],
    },
    {
      name: "English narrator's “yesterday” after a quotation that runs over a paragraph end",
      text: 'The mayor said: "We will not give up.\n\n"We will fight on," he added.\n\nThe council voted yesterday to close the pool, a decision the opposition called "a mistake".',
      spans: ["yesterday"],
    },
    {
      name: "German “heute” in a quotation is the speaker's day, but the narrator's “gestern” is not",
      count: 1,
      text: "„Heute ist ein guter Tag“, sagte der Bürgermeister. Der Rat hatte gestern beschlossen, das Bad zu sanieren.",
      spans: ["gestern"],
      message: ["Relative day “gestern”"],
    },
    {
      name: "German weekday without a publication date",
      count: 1,
      text: "Am Freitag trafen sich die beiden Präsidenten in Alaska. Die Gespräche dauerten drei Stunden.",
      spans: ["Freitag"],
      message: ["Relative day “Freitag” cannot be resolved"],
    },
    {
      name: "English yesterday without a publication date",
      count: 1,
      text: "The two presidents met in Alaska yesterday. The talks lasted for three hours.",
      spans: ["yesterday"],
      message: ["“yesterday”"],
    },
    {
      name: "German: one finding for several words, at the first",
      count: 1,
      text: "Gestern hatte der Stadtrat getagt. Am Donnerstagabend war die Sitzung unterbrochen worden, heute soll sie weitergehen.",
      spans: ["Gestern"],
      message: ["Relative days “Gestern”, “Donnerstagabend”, “heute”"],
    },
    {
      name: "English: one finding for several words",
      count: 1,
      text: "The council met on Thursday. The session was interrupted and will resume tomorrow, the mayor said today.",
      spans: ["Thursday"],
      message: ["“Thursday”, “tomorrow”, “today”"],
    },
  ],
});
