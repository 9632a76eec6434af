import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/attribution/phrases.js";
import { speakerType } from "../../src/attribution/speakers.js";
import { attributionVocabulary } from "../../src/attribution/vocabulary.js";
import { pack } from "../helpers/analyse.js";
import { quotes, read } from "./helpers.js";

/** Each chain, its links joined, with the type of its first link. */
const chainAndType = (text: string, language: "de" | "en") => read(text, language).attributions.map((a) => [a.chain.join(" → "), a.links[0]?.type]);

const typeOf = (text: string, language: "de" | "en") => {
  const [first] = read(text, language).quotes;
  return [first?.speaker, first?.speakerType];
};

describe("speaker types from the speaker phrase", () => {
  const cases: [string, "de" | "en", string, string, string][] = [
    ["person", "de", "Kremlsprecher Dmitri Peskow sagte, die Gespräche seien beendet.", "Kremlsprecher Dmitri Peskow", "person"],
    ["person", "en", "Senator Jane Doe said the bill would pass.", "Senator Jane Doe", "person"],
    ["agency", "de", "Wie die Nachrichtenagentur Reuters berichtete, wurden drei Männer festgenommen.", "die Nachrichtenagentur Reuters", "agency"],
    ["agency", "en", "Reuters reported that three men had been arrested.", "Reuters", "agency"],
    // An acronym opening a body's name, or two joined by a hyphen; not one before a role and a name.
    ["institution", "de", "Die IG Metall teilte mit, die Pläne seien falsch.", "Die IG Metall", "institution"],
    ["institution", "en", "The AFL-CIO said that the plan was unfair.", "The AFL-CIO", "institution"],
    ["person", "en", "NBA Commissioner Adam Silver said that the plan was unfair.", "NBA Commissioner Adam Silver", "person"],
    // A body's initials in brackets after its name; a party's after a person's name are not the person's.
    ["institution", "de", "Die Deutsche Umwelthilfe (DUH) teilte mit, das Urteil sei ein Meilenstein.", "Die Deutsche Umwelthilfe", "institution"],
    ["person", "de", "Carsten Linnemann (CDU) sagte, das Urteil sei falsch.", "Carsten Linnemann", "person"],
    // Names an ampersand joins, close or spaced, are one firm's.
    ["institution", "en", "Johnson & Johnson said the recall was voluntary.", "Johnson & Johnson", "institution"],
    ["institution", "en", "S&P Global said that the rating was unchanged.", "S&P Global", "institution"],
    ["institution", "de", "Procter & Gamble teilte mit, die Umsätze seien gestiegen.", "Procter & Gamble", "institution"],
    // Not one after a link, where a person works.
    ["person", "en", "Julia Poliscanova of Transport & Environment said the plan was a gift.", "Julia Poliscanova of Transport & Environment", "person"],
    // State agencies wire copy cites by name alone.
    ["agency", "en", "IRNA reported that the talks would resume.", "IRNA", "agency"],
    ["agency", "de", "Wie Anadolu berichtete, wurden drei Männer festgenommen.", "Anadolu", "agency"],
    ["media", "de", "Die Süddeutsche Zeitung berichtete, der Minister trete zurück.", "Die Süddeutsche Zeitung", "media"],
    ["media", "en", "The newspaper reported that the minister would resign.", "The newspaper", "media"],
    ["institution", "de", "Das Innenministerium teilte mit, die Lage sei ruhig.", "Das Innenministerium", "institution"],
    ["institution", "en", "The White House said the meeting would go ahead.", "The White House", "institution"],
    ["institution", "de", "Nach einer Stellungnahme des Bauernverbandes sei die Ernte gut.", "einer Stellungnahme des Bauernverbandes", "institution"],
    // Reports before a verb of their own are the noun, their owner by its initials the body that put them out.
    ["institution", "en", "FEC reports show that four groups spent most of the money.", "FEC reports", "institution"],
    ["vague", "en", "GOP analysts say the nominee will need new voters.", "GOP analysts", "vague"],
    ["vague", "en", "Forecasters warned that the storm surge could reach 15 feet.", "Forecasters", "vague"],
    ["vague", "en", "Residents of the coastal town say they were given little warning.", "Residents of the coastal town", "vague"],
    ["vague", "en", "Neighbors said the house had been empty for years.", "Neighbors", "vague"],
    // A plural a present participle describes is a crowd, whatever its noun.
    ["vague", "en", "Workers living near the plant said the noise never stopped.", "Workers living near the plant", "vague"],
    ["vague", "en", "Aftershocks are likely to continue for days, seismologists said.", "seismologists", "vague"],
    // Camps named by their stance, also placed in a body.
    ["vague", "en", "Conservatives warned that they would oppose the bill.", "Conservatives", "vague"],
    ["vague", "en", "Moderates in the party said that the bill was fine.", "Moderates in the party", "vague"],
    // A trade opening the sentence names a field, no company; after a name it closes the company's.
    ["vague", "en", "Insurance experts warned that the damage could top $50 billion.", "Insurance experts", "vague"],
    ["institution", "en", "Harbor Insurance said that claims would be paid.", "Harbor Insurance", "institution"],
    // An office closing a capitalised name is its holder's title; a crowd word closing one after "the" names a party.
    ["person", "en", "The Prime Minister said that voters had sent a message.", "The Prime Minister", "person"],
    ["institution", "en", "The Liberal Democrats said that they had their best night in a decade.", "The Liberal Democrats", "institution"],
    ["vague", "en", "The Democrats said that the bill would fail.", "The Democrats", "vague"],
    // One who speaks for someone by trade, unnamed.
    ["anonymous", "en", "A publicist for the singer said that she would donate $5 million.", "A publicist for the singer", "anonymous"],
    // Troops are a unit of an armed body, named or not, whose verb in the plural makes no crowd of them.
    ["institution", "de", "UNMISS-Truppen berichteten, die Lage sei ruhig.", "UNMISS-Truppen", "institution"],
    // A name closing on a number is a body's: read back over "One", no person (an age set off by its comma stays one).
    ["institution", "en", "Formula One said that it was reviewing the incident.", "Formula One", "institution"],
    ["institution", "en", "Formula 1 said that it was reviewing the incident.", "Formula 1", "institution"],
    ["person", "en", "Maria Lopez, 67, said that the water rose fast.", "Maria Lopez, 67", "person"],
    // An outlets' crowd word capitalised after a name closes a firm's name in running text; media by their country stay vague.
    ["institution", "en", "Liberty Media said that it had no comment.", "Liberty Media", "institution"],
    // A one-word name in camel case is a firm's, unless a surname's prefix opens it.
    ["institution", "en", "PayPal said that it would cut jobs.", "PayPal", "institution"],
    ["institution", "en", "The Fed said that rates would stay on hold.", "The Fed", "institution"],
    ["institution", "de", "YouGov teilte mit, die Umfrage sei repräsentativ.", "YouGov", "institution"],
    ["person", "en", "DeSantis said that he would sign the bill.", "DeSantis", "person"],
    ["vague", "en", "Russian media reported that the deal was off.", "Russian media", "vague"],
    // Representatives unnamed, one or many, of a body named or not.
    ["anonymous", "en", "Union representatives said that they had not been consulted.", "Union representatives", "anonymous"],
    ["anonymous", "en", "His representatives said that he would appeal.", "His representatives", "anonymous"],
    // A place after its link is no part of the head that types the phrase.
    ["institution", "de", "Der DWD in Offenbach teilte mit, es bleibe heiß.", "Der DWD in Offenbach", "institution"],
    // A head of state's seat speaks for the office, as "the Kremlin" does.
    ["institution", "de", "Der Élysée-Palast teilte mit, die Regierung bleibe im Amt.", "Der Élysée-Palast", "institution"],
    ["institution", "en", "Hackers breached the agency, according to a congressional report on Wednesday.", "a congressional report on Wednesday", "institution"],
    // A sports club by the letters of its kind.
    ["institution", "de", "Der FC Bayern München teilte mit, der Vertrag sei verlängert.", "Der FC Bayern München", "institution"],
    ["institution", "en", "FC Barcelona said that the deal was done.", "FC Barcelona", "institution"],
    // Businesses named by their trade in the plural are bodies as one is.
    ["institution", "en", "German carmakers warned that a trade war would cost jobs.", "German carmakers", "institution"],
    // A statement noun that also names a document, owned by a person named: the person's view.
    ["person", "de", "Nach Einschätzung von Angela Weber dürfte die Reform scheitern.", "Einschätzung von Angela Weber", "person"],
    ["person", "en", "Taxes would rise for most families, according to an analysis by Lily Harbor.", "an analysis by Lily Harbor", "person"],
    ["institution", "de", "Der Landesverband teilte mit, das Spiel falle aus.", "Der Landesverband", "institution"],
    ["institution", "de", "Das Auswärtige Amt teilte mit, die Grenze sei offen.", "Das Auswärtige Amt", "institution"],
    ["person", "de", "Der Vorsitzende des Ausschusses, Jonas Weber, sagte, der Bericht sei fertig.", "Der Vorsitzende des Ausschusses, Jonas Weber", "person"],
    ["person", "en", "Harbor Authority general counsel Ann Lee said the pier would close.", "Harbor Authority general counsel Ann Lee", "person"],
    ["person", "en", "Gazette columnist Jo Marsh wrote that the pier was unsafe.", "Gazette columnist Jo Marsh", "person"],
    ["person", "en", "Harbor Commission Chairman Tom Ruiz said the pier would close.", "Harbor Commission Chairman Tom Ruiz", "person"],
    ["institution", "en", "The Senate Harbor Committee said the pier would close.", "The Senate Harbor Committee", "institution"],
    ["institution", "de", "Die Organisation „Reporter ohne Grenzen“ kritisierte, die Lage sei ernst.", "Die Organisation „Reporter ohne Grenzen“", "institution"],
    ["institution", "en", "The organization “Reporters Without Borders” said the situation was dire.", "The organization “Reporters Without Borders”", "institution"],
    ["institution", "en", "The Harbor Pilots Association said the pier was unsafe.", "The Harbor Pilots Association", "institution"],
    ["institution", "de", "Die staatliche Bahngesellschaft teilte mit, der Zug falle aus.", "Die staatliche Bahngesellschaft", "institution"],
    ["institution", "de", "Das Bündnis gegen Rechts erklärte, die Demonstration finde statt.", "Das Bündnis gegen Rechts", "institution"],
    ["institution", "en", "A coalition of tenant groups said the rents were too high.", "A coalition of tenant groups", "institution"],
    ["person", "en", "Ruiz, head of the Harbor Policy Center, said the pier would close.", "Ruiz, head of the Harbor Policy Center", "person"],
    ["agency", "en", "Reuters, the news agency, said the pier would close.", "Reuters, the news agency", "agency"],
    ["person", "en", "The director of the port authority, Tom Ruiz, said the pier would close.", "The director of the port authority, Tom Ruiz", "person"],
    ["institution", "en", "The consulting firm Harbor Metrics said the pier was unsafe.", "The consulting firm Harbor Metrics", "institution"],
    ["person", "en", "Ann Lee, an analyst at the Harbor Institute, said the pier was unsafe.", "Ann Lee, an analyst at the Harbor Institute", "person"],
    ["person", "en", "Jo Marsh of the Coastal Gazette wrote that the pier was unsafe.", "Jo Marsh of the Coastal Gazette", "person"],
    ["institution", "en", "Harbor Watch, a local civic committee, said the pier was unsafe.", "Harbor Watch, a local civic committee", "institution"],
    ["person", "de", "Lena Morbach vom Institut für Geologie sagte, der Hang sei instabil.", "Lena Morbach vom Institut für Geologie", "person"],
    ["person", "de", "Wie Lena Morbach vom Institut für Geologie am Abend mitteilte, sei der Hang instabil.", "Lena Morbach vom Institut für Geologie", "person"],
    ["person", "de", "Wie der Landrat Jonas Weber am Morgen in Kiel mitteilte, steigen die Preise.", "der Landrat Jonas Weber", "person"],
    ["person", "de", "Wie Lena Morbach vom Institut in Kiel mitteilte, steigen die Preise.", "Lena Morbach vom Institut in Kiel", "person"],
    ["person", "de", "Wie der Landrat Jonas Weber am Dienstag in Kiel mitteilte, steigen die Preise.", "der Landrat Jonas Weber", "person"],
    ["institution", "de", "Wie die Fraktion im Landtag in Kiel mitteilte, steigen die Preise.", "die Fraktion im Landtag in Kiel", "institution"],
    ["platform", "en", "Truth Social posted that the account had been restored.", "Truth Social", "platform"],
    ["anonymous", "de", "Sagte ein Pressesprecher am Montag, die Lage sei ruhig.", "ein Pressesprecher", "anonymous"],
    ["anonymous", "en", "A person familiar with the talks said the deal was dead.", "A person familiar with the talks", "anonymous"],
    // A German bare noun with a verb of the plural's shape is a crowd; a surname takes the singular.
    ["vague", "de", "Nachbarn berichteten, sie hätten laute Schreie gehört.", "Nachbarn", "vague"],
    ["vague", "de", "Die Tür habe offen gestanden, sagten Fischer.", "Fischer", "vague"],
    ["person", "de", "Fischer sagte, die Tür habe offen gestanden.", "Fischer", "person"],
    // What insiders know or stand close to owns nothing: the crowd stays vague.
    ["vague", "en", "People close to the Dutchman said he was shocked.", "People close to the Dutchman", "vague"],
    ["vague", "en", "People familiar with the Pentagon plan said the talks failed.", "People familiar with the Pentagon plan", "vague"],
    ["anonymous", "en", "A former billing manager, who asked not to be named, said the bills were padded.", "A former billing manager", "anonymous"],
    ["anonymous", "en", "A lawyer, speaking on condition of anonymity, said the bills were padded.", "A lawyer", "anonymous"],
    ["anonymous", "de", "Ein Angestellter, der anonym bleiben wollte, sagte, die Rechnungen seien geschönt.", "Ein Angestellter", "anonymous"],
    // Withholding the name; an English relative clause with no comma too.
    ["anonymous", "de", "„Wir werden jeden Sommer Lärm haben“, sagte eine Anwohnerin, die ihren Namen nicht nennen wollte.", "eine Anwohnerin", "anonymous"],
    ["anonymous", "en", "“We will have noise every summer,” said a resident who declined to give her name.", "a resident", "anonymous"],
    ["anonymous", "en", "A farmer who asked not to be named said the bills were padded.", "A farmer", "anonymous"],
    // So is a crowd unnamed on purpose.
    ["anonymous", "en", "Two people, who asked not to be identified, said the talks had failed.", "Two people", "anonymous"],
    ["person", "en", "A farmer who grows corn said the bills were padded.", "A farmer", "person"],
    ["person", "en", "A former billing manager said the bills were padded.", "A former billing manager", "person"],
    ["anonymous", "de", "Eine mit den Gesprächen vertraute Person sagte, der Plan sei tot.", "Eine mit den Gesprächen vertraute Person", "anonymous"],
    ["anonymous", "en", "A Home Affairs Department official said Friday that the border was calm.", "A Home Affairs Department official", "anonymous"],
    ["vague", "de", "Russische Nachrichtenagenturen meldeten, die Brücke sei zerstört.", "Russische Nachrichtenagenturen", "vague"],
    ["vague", "en", "Sources said the plan had changed.", "Sources", "vague"],
    ["institution", "de", "Die ESO teilte mit, das Teleskop sei wieder in Betrieb.", "Die ESO", "institution"],
    ["institution", "de", "Die Hafenleitung erklärte, der Kai sei gesperrt.", "Die Hafenleitung", "institution"],
    ["institution", "de", "Die Fischergewerkschaft teilte mit, der Streik gehe weiter.", "Die Fischergewerkschaft", "institution"],
    // A business by what it does, in compounds and in the genitive too; the topic ends whom it was told to.
    ["institution", "de", "Der Elektroautobauer teilte mit, die Nachfrage sei robust.", "Der Elektroautobauer", "institution"],
    ["person", "de", "Frank Hartung erklärte, der Kai sei gesperrt.", "Frank Hartung", "person"],
    ["institution", "en", "The NTSB said the pilot had not been warned.", "The NTSB", "institution"],
    ["person", "en", "The police chief said the pier was closed.", "The police chief", "person"],
    ["agency", "en", "Harbor News, the official regional news agency, reported that the pier was closed.", "Harbor News, the official regional news agency", "agency"],
    ["vague", "de", "Offiziellen Angaben zufolge ist der Hafen geschlossen.", "Offiziellen Angaben", "vague"],
    ["vague", "de", "Nach ersten Erkenntnissen wurde niemand verletzt.", "ersten Erkenntnissen", "vague"],
    ["vague", "de", "Nach ersten Informationen wurde niemand verletzt.", "ersten Informationen", "vague"],
    ["media", "de", "Nach Informationen von Al-Dschasira wurde niemand verletzt.", "Informationen von Al-Dschasira", "media"],
    ["anonymous", "en", "An official familiar with the inquiry said the pier was closed.", "An official familiar with the inquiry", "anonymous"],
    ["anonymous", "en", "An analyst at the Harbor Bank said the pier was closed.", "An analyst at the Harbor Bank", "anonymous"],
    ["anonymous", "en", "The pier is closed, according to a person with direct knowledge of the matter.", "a person with direct knowledge of the matter", "anonymous"],
    ["person", "en", "CNN’s Dana Ruiz reported that the pier was closed.", "CNN’s Dana Ruiz", "person"],
    ["institution", "en", "Harbor operator Portline said it would cut jobs.", "Harbor operator Portline", "institution"],
    ["media", "en", "The pier will close, according to a report in the Harbor Register.", "a report in the Harbor Register", "media"],
    ["institution", "en", "The carmaker said sales fell.", "The carmaker", "institution"],
    ["institution", "en", "Boeing, the planemaker, said it would cut jobs.", "Boeing, the planemaker", "institution"],
    ["institution", "en", "The chipmaker said demand was strong.", "The chipmaker", "institution"],
    ["institution", "en", "A 2023 British trial found that most firms kept the schedule.", "A 2023 British trial", "institution"],
    ["person", "en", "Richard Ruiz, a shipping-supplies manufacturer, said sales fell.", "Richard Ruiz, a shipping-supplies manufacturer", "person"],
    ["institution", "en", "The developer's company, Crestline Homes, said it was cooperating.", "The developer's company, Crestline Homes", "institution"],
    ["vague", "de", "Britische Tageszeitungen berichteten, die Lage sei ernst.", "Britische Tageszeitungen", "vague"],
    ["vague", "de", "Zwei mit der Sache vertraute Personen sagten, die Lage sei ernst.", "Zwei mit der Sache vertraute Personen", "vague"],
    ["institution", "de", "Die Ärztekammer warnte, die Lage sei ernst.", "Die Ärztekammer", "institution"],
    ["institution", "de", "Der Wiener Gesundheitsverbund teilte mit, die Lage sei ernst.", "Der Wiener Gesundheitsverbund", "institution"],
    ["person", "en", "The Harbor Group's chief executive, Kim Fritts, said it was cooperating.", "The Harbor Group's chief executive, Kim Fritts", "person"],
    ["person", "de", "Der Korrespondent in Hafen-Stadt, Will Grant, berichtete, die Erde habe gewackelt.", "Der Korrespondent in Hafen-Stadt, Will Grant", "person"],
    ["person", "de", "Der Chef der Hafenagentur sagte, der Kai sei gesperrt.", "Der Chef der Hafenagentur", "person"],
    ["anonymous", "en", "“The pier is closed,” said a Democratic strategist.", "a Democratic strategist", "anonymous"],
    ["institution", "en", "The latest YouGov/Economist survey found that the pier was closed.", "The latest YouGov/Economist survey", "institution"],
    ["anonymous", "de", "Ein offizieller Sprecher sagte, der Hafen sei geschlossen.", "Ein offizieller Sprecher", "anonymous"],
    ["person", "en", "The fire chief said the pier was closed.", "The fire chief", "person"],
    ["person", "en", "The team captain said the pier was closed.", "The team captain", "person"],
    ["institution", "en", "The police report said the pier was closed.", "The police report", "institution"],
    ["institution", "en", "The Harbor Policy Center said the levy would raise little.", "The Harbor Policy Center", "institution"],
    ["institution", "en", "The center said the levy would raise little.", "The center", "institution"],
    // A local government by its seat, in lowercase after an article; capitalised inside a name it is none.
    ["institution", "en", "The city said the levy would raise little.", "The city", "institution"],
    ["institution", "en", "The coastal city of Harborview said the levy would raise little.", "The coastal city of Harborview", "institution"],
    ["person", "en", "Harbor County Recorder Ann Lee said the levy would raise little.", "Harbor County Recorder Ann Lee", "person"],
    // A name after a title closing the phrase is the title holder's, whatever body the words before the title name.
    ["person", "en", "Harbor Energy Minister Prince Abdul bin Rashid said the levy would raise little.", "Harbor Energy Minister Prince Abdul bin Rashid", "person"],
    ["person", "en", "Harborview Mayor Tom Guardian said the levy would raise little.", "Harborview Mayor Tom Guardian", "person"],
    ["agency", "en", "AP reported that the pier had closed.", "AP", "agency"],
    ["agency", "en", "The AP reported that the pier had closed.", "The AP", "agency"],
    ["person", "en", "The Ohio Republican said the levy would raise little.", "The Ohio Republican", "person"],
    ["person", "en", "The Rev. Tom Ruiz said the pier should stay open.", "The Rev. Tom Ruiz", "person"],
    ["person", "de", "Die Abgeordnete Carla Brandt sagte, das Gesetz sei verfehlt.", "Die Abgeordnete Carla Brandt", "person"],
    ["institution", "de", "Der Gesetzentwurf stellt fest, die Kosten seien zu hoch.", "Der Gesetzentwurf", "institution"],
    ["institution", "de", "Das Schreiben stellt fest, die Kosten seien zu hoch.", "Das Schreiben", "institution"],
    // A name in quotation marks after the article, no noun saying what it names: a body's or a paper's, no person's.
    ["institution", "de", "Die „Aktion Hafen hilft“ teilte mit, die Brücke sei gesperrt.", "Die „Aktion Hafen hilft“", "institution"],
    ["institution", "de", "Das Positionspapier stellt fest, die Kosten seien zu hoch.", "Das Positionspapier", "institution"],
    // "Papier" alone is a name too ("schrieb Papier").
    ["person", "de", "Die Kosten seien zu hoch, schrieb Papier.", "Papier", "person"],
    ["institution", "en", "The ad says the mayor failed the city.", "The ad", "institution"],
    ["media", "en", "The Harbor Sentinel reported that the pier had closed.", "The Harbor Sentinel", "media"],
    ["person", "en", "A rising star said the pier had closed.", "A rising star", "person"],
    // A masthead ends a name with no article too, a capitalised role word ends it ("Insider", "Reporter"), unless a given name opens it.
    ["media", "en", "Harbor Insider reported that the pier had closed.", "Harbor Insider", "media"],
    ["media", "en", "Bayside News reported that the pier had closed.", "Bayside News", "media"],
    ["media", "en", "The Harbor Reporter reported that the pier had closed.", "The Harbor Reporter", "media"],
    ["person", "en", "Harbor Insider senior editor Ann Lee said the pier had closed.", "Harbor Insider senior editor Ann Lee", "person"],
    ["person", "en", "Harbor Port Spokesman Ann Lee said the pier had closed.", "Harbor Port Spokesman Ann Lee", "person"],
    ["person", "en", "Jim Courier said the pier had closed.", "Jim Courier", "person"],
    // "with" links an unnamed person's or a crowd's noun to what describes them, read back from the cue.
    ["anonymous", "en", "An official with the harbor agency said the pier had closed.", "An official with the harbor agency", "anonymous"],
    ["anonymous", "en", "Federal prosecutors said the pier had closed.", "Federal prosecutors", "anonymous"],
    ["vague", "en", "Two people with knowledge of the talks said the pier had closed.", "Two people with knowledge of the talks", "vague"],
    ["person", "en", "Harbor Church spokesman the Rev. Tom Ruiz said the pier had closed.", "Harbor Church spokesman the Rev. Tom Ruiz", "person"],
    ["anonymous", "en", "Harbor Official Says Pier Will Close", "Harbor Official", "anonymous"],
    ["person", "en", "The head of the Harbor Workers Union said the pier would close.", "The head of the Harbor Workers Union", "person"],
    ["institution", "en", "The panel found that the pier was unsafe.", "The panel", "institution"],
    ["institution", "en", "According to a court filing, the pier was unsafe.", "a court filing", "institution"],
    ["institution", "de", "Die Hilfsorganisation teilte mit, die Lage sei ernst.", "Die Hilfsorganisation", "institution"],
    ["institution", "de", "Der Wetterdienst warnte, der Sturm werde stärker.", "Der Wetterdienst", "institution"],
    // Offices and centres in compounds are bodies; a crowd's noun closing a compound is a crowd.
    ["institution", "de", "Die Verbraucherzentrale riet, Belege aufzubewahren.", "Die Verbraucherzentrale", "institution"],
    ["institution", "de", "Die Pressestelle der Stadt teilte mit, der Pier sei marode.", "Die Pressestelle der Stadt", "institution"],
    ["vague", "de", "Nach Einschätzung von Verkehrsexperten dürfte der Streik Pendler treffen.", "Einschätzung von Verkehrsexperten", "vague"],
    // A firm named after what it does, before its name or alone; an unnamed role in a compound.
    ["institution", "de", "Die Reederei Portline teilte mit, der Pier sei marode.", "Die Reederei Portline", "institution"],
    // One name after the feminine article names a body; a role or a nominalised adjective after it a person.
    ["institution", "de", "Die Telekom teilte mit, der Ausfall sei behoben.", "Die Telekom", "institution"],
    ["person", "de", "Die Angeklagte sagte, sie sei unschuldig.", "Die Angeklagte", "person"],
    ["institution", "de", "Die Brauerei teilte mit, der Pier sei marode.", "Die Brauerei", "institution"],
    ["anonymous", "de", "Ein Gewerkschaftsvertreter sagte, der Pier sei marode.", "Ein Gewerkschaftsvertreter", "anonymous"],
    ["anonymous", "de", "Ein Zollbeamter sagte, der Pier sei marode.", "Ein Zollbeamter", "anonymous"],
    // An agency other than a news agency is an office or a firm.
    ["institution", "de", "Die Hafenagentur teilte mit, der Pier sei marode.", "Die Hafenagentur", "institution"],
    ["agency", "de", "Die Nachrichtenagentur berichtete, der Pier sei marode.", "Die Nachrichtenagentur", "agency"],
    ["media", "de", "Die Wochenzeitschrift „Hafenblick“ berichtete, der Pier sei marode.", "Die Wochenzeitschrift „Hafenblick“", "media"],
    ["institution", "de", "Nach einer ersten Analyse sei der Pier marode.", "einer ersten Analyse", "institution"],
    ["vague", "de", "Dem Vernehmen nach soll der Vertrag verlängert werden.", "Dem Vernehmen", "vague"],
    ["vague", "de", "Einer Meldung zufolge sei der Hafen gesperrt.", "Einer Meldung", "vague"],
    // Groups unnamed are a crowd; associations in the plural are bodies, as one is.
    ["vague", "en", "Rights groups said the law went too far.", "Rights groups", "vague"],
    ["vague", "de", "Menschenrechtsgruppen sagten, das Gesetz gehe zu weit.", "Menschenrechtsgruppen", "vague"],
    ["vague", "de", "Ökonomen zufolge dürfte der Zins weiter sinken.", "Ökonomen", "vague"],
    ["institution", "de", "Umweltverbände kritisierten, das Gesetz sei zu lasch.", "Umweltverbände", "institution"],
    // The Christian Democrats by their union, before the verb: no bare noun after it demands.
    ["institution", "de", "Der Streit geht weiter. Die Union forderte Neuwahlen.", "Die Union", "institution"],
    // A given name and a surname after a body's compound role are the person holding it.
    ["person", "de", "Hafenbank-Chefvolkswirt Andreas Berg sagte, die Lage sei ernst.", "Hafenbank-Chefvolkswirt Andreas Berg", "person"],
    // The British prime minister's office by its address.
    ["institution", "en", "Downing Street said the budget would go ahead.", "Downing Street", "institution"],
    ["institution", "en", "No 10 said the budget would go ahead.", "No 10", "institution"],
    // Centers of a field by their plural before "for" ("The dispute centers on …" is a verb).
    ["institution", "en", "Cases rose, according to the Centers for Disease Control and Prevention.", "the Centers for Disease Control and Prevention", "institution"],
    // A given name is no document, whatever lowercase word it spells.
    ["person", "en", "Clinton and husband Bill thanked the volunteers.", "Clinton and husband Bill", "person"],
    // A royal household by its palace, a police force by its seat.
    ["institution", "en", "Buckingham Palace said the King would resume his duties.", "Buckingham Palace", "institution"],
    ["institution", "en", "Scotland Yard said the inquiry would go on.", "Scotland Yard", "institution"],
    // Scholars unnamed are a crowd; with the article they stand for those a story named before.
    ["vague", "en", "Security researchers warned that the data could fuel fraud.", "Security researchers", "vague"],
    ["vague", "en", "Political scientists say turnout is higher this year.", "Political scientists", "vague"],
    ["person", "en", "The researchers found that the towns had changed.", "The researchers", "person"],
    // A site is a body; a news site an outlet.
    ["institution", "en", "More flights were canceled, according to the tracking site FlightWatch.", "the tracking site FlightWatch", "institution"],
    ["media", "en", "The news site Harbor Info reported that the pier was closed.", "The news site Harbor Info", "media"],
    // A name set off before a crowd word speaks.
    ["person", "en", "Robert Lee, attorney for one of four groups to file suit, said the ruling was fair.", "Robert Lee, attorney for one of four groups to file suit", "person"],
    ["person", "en", "Ann Lee, founder of the Harbor Media Center, said the ruling was fair.", "Ann Lee, founder of the Harbor Media Center", "person"],
  ];
  for (const [type, language, text, speaker, expected] of cases) {
    it(`${type} (${language}): ${text}`, () => {
      const [found, foundType] = typeOf(text, language);
      expect(found).toContain(speaker);
      expect(foundType).toBe(expected);
    });
  }

  it("a compound sharing its last part with the next is one word with it, in the phrase and in its type", () => {
    expect(typeOf("Drei Menschen seien verletzt worden, so Regierungs- und Militärkreise.", "de")).toEqual(["Regierungs- und Militärkreise", "anonymous"]);
    // A bare noun with a verb of the plural's shape: a crowd of politicians, unnamed.
    expect(typeOf("Bundes- und Landespolitiker kritisierten, die Reform komme zu spät.", "de")).toEqual(["Bundes- und Landespolitiker", "vague"]);
    expect(typeOf("Pre- and post-war historians said the archive was incomplete.", "en")[0]).toBe("Pre- and post-war historians");
    const words = (text: string) => tokenize(text, { start: 0, end: text.length }).map((t) => t.text);
    expect(words("Luft- und Raumfahrt")).toEqual(["Luft- und Raumfahrt"]);
    // A dash between spaces, or a hyphen before a capital, joins nothing.
    expect(words("Berlin - und dann")).toEqual(["Berlin", "-", "und", "dann"]);
    expect(words("Nord- Ost")).toEqual(["Nord", "-", "Ost"]);
  });

  it("a country speaks as its government, an institution no pronoun stands for", () => {
    const english = quotes("Tom Brafman said the port would reopen. Russia said the talks had failed. He said the plan was dead.", "en");
    expect(english.map((q) => [q[2], q[3]])).toEqual([
      ["Tom Brafman", "person"],
      ["Russia", "institution"],
      ["He (Tom Brafman)", "person"],
    ]);
    const german = quotes("Tom Brafman sagte, der Hafen öffne wieder. Die Türkei erklärte, die Gespräche seien gescheitert. Er sagte, der Plan sei tot.", "de");
    expect(german.map((q) => [q[2], q[3]])).toEqual([
      ["Tom Brafman", "person"],
      ["Die Türkei", "institution"],
      ["Er (Tom Brafman)", "person"],
    ]);
    // A name people bear too is left to the reading of names.
    expect(quotes("Jordan said the plan was fine.", "en")[0]?.[3]).toBe("person");
  });

  it("a party and state label set off after a titled name leaves it a person, whom a pronoun after stands for", () => {
    const text = "“This is a responsible compromise,” said Senate Majority Leader Ann Lee, D-Ore. She said the vote was close.";
    expect(quotes(text, "en").map((q) => [q[2], q[3]])).toEqual([
      ["Senate Majority Leader Ann Lee, D-Ore.", "person"],
      ["She (Ann Lee)", "person"],
    ]);
  });

  it("a party and state label set off after a name, a relative clause after it, labels the name that speaks", () => {
    const found = read("Sen. Ann Lee, D-Ore., who chairs the panel, said the findings were troubling.", "en");
    expect(found.quotes.map((q) => [q.speaker, q.text])).toEqual([["Sen. Ann Lee, D-Ore.", "the findings were troubling"]]);
    expect(found.attributions[0]?.chain).toEqual(["Ann Lee"]);
  });

  it("a club is a body; a producer for one is one of its people", () => {
    expect(quotes("Price will miss several weeks, the club said in a statement.", "en")[0]?.slice(2, 4)).toEqual(["the club", "institution"]);
    expect(quotes("Der Fußballklub teilte mit, der Trainer gehe.", "de")[0]?.slice(2, 4)).toEqual(["Der Fußballklub", "institution"]);
    expect(quotes("A producer for Harbor Studios said the show was cancelled.", "en")[0]?.[3]).toBe("person");
  });

  it("an acronym with a lowercase letter between its capitals is a body's, the subject before the verb", () => {
    expect(quotes("Die AfD forderte Steuersenkungen.", "de").map((q) => [q[2], q[3]])).toEqual([["Die AfD", "institution"]]);
  });

  it("a given name and a surname closing a phrase after a body's name are the person holding its office", () => {
    expect(quotes("Speaker of the Harbor Council Anna Berg said the plan was good.", "en")[0]?.slice(2, 4)).toEqual(["Speaker of the Harbor Council Anna Berg", "person"]);
    expect(read("Speaker of the Harbor Council Anna Berg said the plan was good.", "en").attributions[0]?.chain).toEqual(["Anna Berg"]);
    // A body named after a person closes on its own word.
    expect(quotes("The Anna Berg Foundation said the grant was approved.", "en")[0]?.[3]).toBe("institution");
    // A surname that is also an agency's name, after a given name, is a person's; the agency's name alone is the agency's.
    expect(quotes("Michael Bloomberg said a run was impossible. Bloomberg reported that he would not run.", "en").map((q) => q.slice(2, 4))).toEqual([
      ["Michael Bloomberg", "person"],
      ["Bloomberg", "agency"],
    ]);
  });

  it("a body's initials name it in capitals only: a relative pronoun and a name's last word in lowercase name no body", () => {
    expect(quotes("Kim Jong Un said the tests would go on. The UN said it was alarmed.", "en").map((q) => [q[2], q[3]])).toEqual([
      ["Kim Jong Un", "person"],
      ["The UN", "institution"],
    ]);
    // "who" is no World Health Organization: the senator it stands for voted.
    expect(read("Lee, who’d backed the bill, left.", "en").attributions.map((a) => a.links.map((l) => [l.name, l.type]))).toEqual([[["Lee", "person"]]]);
    expect(quotes("Die UNO teilte mit, die Hilfe laufe an.", "de")[0]?.slice(2, 4)).toEqual(["Die UNO", "institution"]);
  });

  it("an acronym alone is a body, no person a pronoun stands for; so is a group named with a closing plus", () => {
    expect(quotes("Tom Hale said sales fell. NASA said the launch was delayed. He said the plan was dead.", "en").map((q) => [q[2], q[3]])).toEqual([
      ["Tom Hale", "person"],
      ["NASA", "institution"],
      ["He (Tom Hale)", "person"],
    ]);
    expect(quotes("Laut UNICEF sind Tausende Kinder auf der Flucht.", "de")[0]?.slice(2, 4)).toEqual(["UNICEF", "institution"]);
    expect(quotes("Oil prices rose after OPEC+ said it would extend output cuts.", "en")[0]?.slice(2, 4)).toEqual(["OPEC+", "institution"]);
    // One spelling a function word is no pronoun, question word or stopword: "WHO" names the body.
    expect(quotes("The WHO said the risk was high.", "en")).toEqual([["indirect", "the risk was high", "The WHO", "institution", "said"]]);
    expect(quotes("WHO chief Tedros Ghebreyesus said the risk was high.", "en")[0]?.[2]).toBe("WHO chief Tedros Ghebreyesus");
    // A transcript's label in capitals is a speaker's name.
    const transcript = "TAPPER: Will you sign the bill this week?\n\nLEE: We will sign it when it is ready.\n\nTAPPER: Is that a yes or a no?\n\nLEE: It is a maybe for this week.";
    expect(quotes(transcript, "en").map((q) => [q[2], q[3]])).toEqual([
      ["TAPPER", "person"],
      ["LEE", "person"],
      ["TAPPER", "person"],
      ["LEE", "person"],
    ]);
  });

  it("a company named by its legal form or its trade is an institution, no person a pronoun stands for; a name runs on past that word", () => {
    expect(quotes("Tom Brafman said sales fell. Harbor Holdings said profit rose. He said the plan was dead.", "en").map((q) => [q[2], q[3]])).toEqual([
      ["Tom Brafman", "person"],
      ["Harbor Holdings", "institution"],
      ["He (Tom Brafman)", "person"],
    ]);
    expect(quotes("Acme Corp. said sales fell.", "en")[0]?.[3]).toBe("institution");
    expect(quotes("Harbor Electronics said sales fell.", "en")[0]?.[3]).toBe("institution");
    // A utility by what it supplies.
    expect(quotes("Coastal Power said 48,000 customers had lost electricity.", "en")[0]?.[3]).toBe("institution");
    expect(quotes("Die Nordwind GmbH erklärte, der Umsatz sei gestiegen.", "de")[0]?.slice(2, 4)).toEqual(["Die Nordwind GmbH", "institution"]);
    expect(read("Harbor New Energy Finance said prices fell.", "en").attributions[0]?.chain).toEqual(["Harbor New Energy Finance"]);
    // Lowercase, such a word names no company: "partners" are people.
    expect(quotes("Her business partners said the shop would close.", "en")[0]?.[3]).not.toBe("institution");
  });

  it("banks, health funds, the railway, clinics, museums and zoos are bodies, and so is a website named by its domain", () => {
    expect(quotes("Die Bundesbank meldete einen Rückgang der Kredite.", "de")[0]?.slice(2, 4)).toEqual(["Die Bundesbank", "institution"]);
    expect(quotes("Die Sparkasse teilte mit, sie schließe zwei Filialen.", "de")[0]?.slice(2, 4)).toEqual(["Die Sparkasse", "institution"]);
    expect(quotes("Das Klinikum erklärte, der Patient sei außer Lebensgefahr.", "de")[0]?.slice(2, 4)).toEqual(["Das Klinikum", "institution"]);
    expect(quotes("Laut wetter.de wird es am Sonntag kalt.", "de")[0]?.slice(2, 4)).toEqual(["wetter.de", "institution"]);
    expect(quotes("The museum said the painting was stolen in March.", "en")[0]?.slice(2, 4)).toEqual(["The museum", "institution"]);
    expect(quotes("The zoo said the panda was healthy.", "en")[0]?.slice(2, 4)).toEqual(["The zoo", "institution"]);
    // A name set off before what the business does is the business's.
    expect(quotes("Harborline Robotics, a leading provider of warehouse automation, announced a new system.", "en")[0]?.[3]).toBe("institution");
    expect(quotes("The supplier said deliveries would resume.", "en")[0]?.[3]).toBe("institution");
    expect(quotes("According to OutageWatch.us, 20,000 homes lacked power.", "en")[0]?.slice(2, 4)).toEqual(["OutageWatch.us", "institution"]);
    // Not a word inside another: "an in-prison interview" names no body.
    expect(quotes("In a wide-ranging, in-prison interview, Ruiz said he would plead guilty.", "en")[0]?.slice(2, 4)).toEqual(["Ruiz", "person"]);
  });

  it("a bare abstract noun after the verb is its object, plural or singular in an ending no surname has; the body before the verb speaks", () => {
    expect(quotes("Die Bahn meldete Streckensperrungen zwischen Ulm und Augsburg.", "de").map((q) => [q[2], q[3]])).toEqual([["Die Bahn", "institution"]]);
    expect(quotes("Die Verteidigung kündigte Revision an.", "de").map((q) => [q[2], q[3]])).toEqual([["Die Verteidigung", "institution"]]);
    expect(quotes("Die Verteidigung forderte Gerechtigkeit für den Angeklagten.", "de").map((q) => [q[2], q[3]])).toEqual([["Die Verteidigung", "institution"]]);
    expect(quotes("Die Bahn meldete Verspätungen wegen des Sturms.", "de").map((q) => [q[2], q[3]])).toEqual([["Die Bahn", "institution"]]);
    // A bare name after the verb is still the subject after a fronted object.
    expect(quotes("„Wir haben gewonnen“, zeigte sich Hartung zufrieden.", "de")[0]?.[2]).toBe("Hartung");
  });

  it("a document with a participle's attribute after its noun is still a document, named without the attribute", () => {
    const { quotes: found, attributions } = read("A Harbor Insights poll released Monday found that most tenants back the plan. A report published Tuesday said crime fell.", "en");
    expect(found.map((q) => q.speakerType)).toEqual(["institution", "institution"]);
    expect(attributions.map((a) => a.chain)).toEqual([["Harbor Insights"], ["report"]]);
    // An issuer after "by" names it, as before; a noun after a preposition heads nothing.
    expect(read("Exit polls conducted by Harbor Research showed Lee ahead.", "en").attributions[0]?.chain).toEqual(["Harbor Research"]);
    // A day or a time between the participle and where or by whom it appeared dates it: the phrase is the document's,
    // passed on by the journal it appeared in.
    const dated = read("A study published Wednesday in the Harbor Journal of Medicine found that the drug works.", "en");
    expect(dated.quotes.map((q) => [q.speaker, q.speakerType])).toEqual([["A study", "institution"]]);
    expect(dated.attributions.map((a) => a.chain)).toEqual([["study", "Harbor Journal of Medicine"]]);
    expect(read("A poll released Sunday by The Harbor Post showed Lee ahead.", "en").attributions[0]?.chain).toEqual(["Harbor Post"]);
    expect(read("A survey conducted last week by Harbor Research found that Lee leads.", "en").attributions[0]?.chain).toEqual(["Harbor Research"]);
  });

  it("a name a relative pronoun for things follows names a body; a person's apposition before it does not", () => {
    expect(quotes("Harborwatch, which runs the port, said the strikes had hit a school.", "en")[0]?.slice(2, 4)).toEqual(["Harborwatch", "institution"]);
    expect(quotes("Ann Lee, who runs the shop, said it was closed.", "en")[0]?.slice(2, 4)).toEqual(["Ann Lee", "person"]);
    expect(quotes("Ann Lee, the organist at the Harbor Church, which burned down, said it was closed.", "en")[0]?.[3]).toBe("person");
  });

  it("a name set off before a body's noun is that body, however long the apposition; a role's apposition is a person's", () => {
    const typeOf = (text: string) => quotes(text, "en")[0]?.slice(2, 4);
    expect(typeOf("Harbor United, the union representing dockworkers at more than 500 ports, said the plan was flawed.")).toEqual(["Harbor United", "institution"]);
    expect(typeOf("Ann Lee, a union organizer at the plant, said the plan was flawed.")).toEqual(["Ann Lee", "person"]);
    expect(typeOf("Rob Vance, a radio host in Cape Breton, Nova Scotia, said the plan was flawed.")?.[1]).toBe("person");
  });

  it("an unnamed role with a body set off after it is that body, named by the apposition; a person set off is a person", () => {
    expect(chainAndType("Its owner, the investment firm Harbor Equity, said the sale was off.", "en")).toEqual([["Harbor Equity", "institution"]]);
    expect(chainAndType("The landlord, the housing company Vivawest, said it would find new flats.", "en")).toEqual([["Vivawest", "institution"]]);
    expect(chainAndType("The plaintiff, a retired teacher, said she was disappointed.", "en")).toEqual([["plaintiff", "person"]]);
    expect(chainAndType("Der Vermieter, die Wohnungsgesellschaft Vivawest, kündigte an, den Mietern neue Wohnungen anzubieten.", "de")).toEqual([["Vivawest", "institution"]]);
    expect(chainAndType("Die größte Privatbank, die Hafenbank AG, meldete, der Verlust sei gestiegen.", "de")).toEqual([["Hafenbank AG", "institution"]]);
    // A relative pronoun before an article opens no apposition.
    expect(chainAndType("Die Vermieterin, die die Stadtwerke vertritt, sagte, die Wohnungen seien sicher.", "de")).toEqual([["Vermieterin", "person"]]);
  });

  it("a company's legal form keeps the nouns before it in its name; a club is named by the word closing it after a town", () => {
    expect(chainAndType("Die Stadtwerke Hafenstadt GmbH teilte mit, der Preis steige.", "de")).toEqual([["Stadtwerke Hafenstadt GmbH", "institution"]]);
    expect(chainAndType("Harbor Bank Inc. said profits fell.", "en")).toEqual([["Harbor Bank Inc.", "institution"]]);
    expect(chainAndType("Blackburn Rovers said the striker had been injured.", "en")).toEqual([["Blackburn Rovers", "institution"]]);
    expect(chainAndType("Peabody Housing said rents would rise.", "en")).toEqual([["Peabody Housing", "institution"]]);
    expect(chainAndType("The United States said it would act.", "en")).toEqual([["United States", "institution"]]);
    expect(chainAndType("New York City Public Advocate Trish Jones said the plan was flawed.", "en")[0]?.[1]).toBe("person");
  });

  it("a forecast or a projection is a document", () => {
    expect(quotes("Laut Wettervorhersage wird es am Sonntag kalt.", "de")[0]?.slice(2, 4)).toEqual(["Wettervorhersage", "institution"]);
    expect(quotes("Laut Hochrechnung liegt die Partei knapp vorn.", "de")[0]?.slice(2, 4)).toEqual(["Hochrechnung", "institution"]);
  });

  it("a capital alone speaks as its country's government; with a given name before it, it is a person's name", () => {
    const english = quotes("Tom Brafman said the port would reopen. Moscow said the talks had failed. He said the plan was dead.", "en");
    expect(english.map((q) => [q[2], q[3]])).toEqual([
      ["Tom Brafman", "person"],
      ["Moscow", "institution"],
      ["He (Tom Brafman)", "person"],
    ]);
    expect(quotes("Peking warnte, die Zölle seien ein Fehler.", "de")[0]?.slice(2, 4)).toEqual(["Peking", "institution"]);
    expect(quotes("Denzel Washington said the film was done.", "en")[0]?.[3]).toBe("person");
  });

  it("a conjunction opening the sentence is no part of the speaker", () => {
    const speakers = (text: string, language: "de" | "en") => read(text, language).quotes.flatMap((q) => (q.speaker ? [q.speaker] : []));
    expect(speakers("Wenn ein Sprecher der Behörde sagt, alles sei in Ordnung, glaubt ihm niemand.", "de")).toEqual(["ein Sprecher der Behörde"]);
    expect(speakers("Weil die Polizei mitteilte, die Straße sei gesperrt, kamen viele zu spät.", "de")).toEqual(["die Polizei"]);
    expect(speakers("When a spokesman for the port said the plan was dead, the council laughed.", "en")).toEqual(["a spokesman for the port"]);
  });

  it("a role with a name beside it is a person, before or after the role", () => {
    expect(typeOf("Ein Sprecher der Moscheen, Ahmed bin Mohammed al-Mansuri, sagte, das Fest finde statt.", "de")).toEqual([
      "Ein Sprecher der Moscheen, Ahmed bin Mohammed al-Mansuri",
      "person",
    ]);
    expect(typeOf('"The talks were useful," said a former spokesman for Norway\'s Foreign Ministry, Jonas Weber.', "en")[1]).toBe("person");
    expect(typeOf("Dmitri Peskow, ein Sprecher des Kremls, sagte, die Gespräche seien konstruktiv gewesen.", "de")[1]).toBe("person");
  });

  it("a definite role after its named holder is that person again", () => {
    const text = "Kremlsprecher Dmitri Peskow sagte, das Treffen sei gut gewesen. Das Gespräch selbst bezeichnete der Kremlsprecher als „sehr positiv“.";
    expect(read(text, "de").quotes.map((q) => q.speakerType)).toEqual(["person", "person"]);
  });
});

describe("chains from the original speaker outward", () => {
  it("two hops: an addressee outlet", () => {
    const { attributions } = read("Kremlsprecher Dmitri Peskow sagte der Agentur Interfax, die Gespräche seien beendet.", "de");
    expect(attributions.map((a) => a.chain)).toEqual([["Dmitri Peskow", "Interfax"]]);
  });

  it("a German name after an article of another case is named in the nominative, as after its nominative article", () => {
    const { attributions } = read("Das sei gut, sagte Berg der Süddeutschen Zeitung. Nach Angaben der Deutschen Bahn fallen Züge aus. Das sei gut, sagte Berg der Frankfurter Allgemeinen Zeitung.", "de");
    expect(attributions.map((a) => a.chain)).toEqual([["Berg", "Süddeutsche Zeitung"], ["Deutsche Bahn"], ["Berg", "Frankfurter Allgemeine Zeitung"]]);
    const chains = (text: string) => read(text, "de").attributions.map((a) => a.chain);
    expect(chains("Das sei gut, sagte Berg dem Bayerischen Rundfunk. Nach Angaben des Roten Kreuzes sind 300 Menschen gestorben.")).toEqual([["Berg", "Bayerische Rundfunk"], ["Rote Kreuz"]]);
    expect(chains("Der Bayerische Rundfunk berichtete, 300 Menschen seien gestorben.")).toEqual([["Bayerische Rundfunk"]]);
    // A plural keeps its "-en", as in the nominative ("die Vereinten Nationen"); so does a noun naming people before a name.
    expect(chains("Nach Angaben der Vereinten Nationen sind 300 Menschen gestorben.")).toEqual([["Vereinten Nationen"]]);
    // Only the adjectives right after the article: "der Vereinten Nationen" inside a body's name stays as written.
    expect(read("Der Sicherheitsrat der Vereinten Nationen teilte mit, die Lage sei ernst.", "de").attributions[0]?.chain).toEqual(["Sicherheitsrat der Vereinten Nationen"]);
    // A quoted name too, its article before the opening mark.
    expect(chains("Ein Zeuge sagte der „Hildesheimer Allgemeinen Zeitung“, der Fahrer sei geflohen.")).toEqual([["Zeuge", "Hildesheimer Allgemeine Zeitung"]]);
    // A noun in "-en" after an article only the singular takes is no plural.
    expect(chains("Die Lage sei ernst, sagte Berg im Zweiten Deutschen Fernsehen.")).toEqual([["Berg", "Zweite Deutsche Fernsehen"]]);
    // After "des" a noun with no adjective drops its ending before a link as well.
    expect(chains("Nach Angaben des Bundesamts für Migration sind 300 Menschen gekommen.")).toEqual([["Bundesamt für Migration"]]);
    expect(chains("Der Kai ist zu. Das geht aus einem Bericht des Instituts für Wirtschaftsforschung hervor.")).toEqual([["Institut für Wirtschaftsforschung"]]);
  });

  it("German roles in the genitive: an unnamed employee or representative is anonymous, a priest before a name is that person", () => {
    const text = "Der Kai ist zu. Nach Angaben eines Mitarbeiters der Hilfsorganisation wurden drei Menschen verletzt. Nach Angaben des Priesters Samaan Ibrahim griffen Bewaffnete die Kirche an.";
    expect(read(text, "de").attributions.map((a) => a.links.map((l) => [l.name, l.type]))).toEqual([
      [["Mitarbeiter der Hilfsorganisation", "anonymous"]],
      [["Samaan Ibrahim", "person"]],
    ]);
  });

  it("a person named with an affiliation is named by the given name and surname, not by the body's name after it; the Bavarian broadcaster is an outlet", () => {
    const { attributions } = read("Anna Berg von der Universität Hamburg sagte im Gespräch mit dem BR, es werde kälter.", "de");
    expect(attributions.map((a) => a.chain)).toEqual([["Anna Berg", "BR"]]);
    expect(attributions[0]?.links.map((l) => l.type)).toEqual(["person", "media"]);
    expect(read("Meteorologe Karl Huber vom Wetterdienst Nordwetter sagte, es werde kälter.", "de").attributions[0]?.chain).toEqual(["Karl Huber"]);
    // A place or a body after the name is the person's affiliation, whatever its noun; the speaker keeps the phrase whole.
    const researcher = read("Die Lage sei ernst, sagte der Forscher Jan Weber vom Institut für Wolfsforschung.", "de");
    expect(researcher.attributions.map((a) => a.links.map((l) => `${l.name}:${l.type}`))).toEqual([["Jan Weber:person"]]);
    expect(researcher.quotes.map((q) => q.speaker)).toEqual(["der Forscher Jan Weber vom Institut für Wolfsforschung"]);
    const farmer = read("„Wir haben zwölf Tiere verloren“, klagte Landwirt Heinz Krüger aus Drebkau.", "de");
    expect(farmer.attributions.map((a) => a.chain)).toEqual([["Heinz Krüger"]]);
    const senator = read("The pier is old, said Senator Tom Cole of Oklahoma. It is unsafe, said Ann Lee of the Harbor Institute.", "en");
    expect(senator.attributions.map((a) => a.chain)).toEqual([["Tom Cole"], ["Ann Lee"]]);
    // After a role, a name no list holds is named without its affiliation too; with nothing before it, it stays whole.
    const author = read("The drug worked, said lead author Ding Ding of the University of Sydney. It failed, said Lee Marsh of the Harbor Review.", "en");
    expect(author.attributions.map((a) => a.chain)).toEqual([["Ding Ding"], ["Lee Marsh of the Harbor Review"]]);
    // An abbreviated title after the role opens the name; the person is one, not the body of the affiliation.
    const doctor = read("“The effect is modest,” said lead author Dr. Priya Patel of the University of Harborview.", "en");
    expect(doctor.attributions.map((a) => [a.chain, a.links[0]?.type])).toEqual([[["Priya Patel"], "person"]]);
    // With no person named before it the body's name is the name: "Nachrichtenagentur RIA Novosti".
    expect(read("Ein Sprecher sagte der Nachrichtenagentur RIA Novosti, es werde kälter.", "de").attributions[0]?.chain).toEqual(["Sprecher", "RIA Novosti"]);
  });

  it("a body named after its article and set off after a description names it; units of an armed body are institutions", () => {
    const wing = read("It was late. Hamas's armed wing, the Qassam Brigades, said in a Telegram post that the handover had gone smoothly.", "en");
    expect(wing.quotes.map((q) => [q.speaker, q.speakerType])).toEqual([["Hamas's armed wing, the Qassam Brigades", "institution"]]);
    expect(wing.attributions.map((a) => a.chain)).toEqual([["Qassam Brigades", "Telegram"]]);
    // A person named before it keeps the name; so does one after a role and its article ("the Rev. …").
    expect(read("Bob Corker, the Tennessee Republican, said the deal was weak.", "en").attributions[0]?.chain).toEqual(["Bob Corker"]);
    // A name set off after words saying who the person is names them, not one after a link.
    expect(read("Her neighbor, retired firefighter Dave Ortiz, said the sirens never sounded.", "en").attributions[0]?.chain).toEqual(["Dave Ortiz"]);
    // A title and a name after the noun too, whatever the given name.
    expect(read("His Democratic rival, state Rep. Jo Kim, accused him of hiding the ball.", "en").attributions[0]?.chain).toEqual(["Jo Kim"]);
    expect(read("Tom Lee, a speechwriter in George Bush's White House, said the deal was weak.", "en").attributions[0]?.chain).toEqual(["Tom Lee"]);
    // A name's particle after a given name keeps the name bare, set off before a role ("Präsident der Universität").
    const professor = read("Kurt von Feldern, Präsident der Universität Lindau, sagte, der Beschluss sei gut. Ursula von der Aue, Leiterin des Amts, sagte, er komme zu spät.", "de");
    expect(professor.attributions.map((a) => a.chain)).toEqual([["Kurt von Feldern"], ["Ursula von der Aue"]]);
    expect(read("Es war spät. Die Kassam-Brigaden teilten mit, die Übergabe sei glatt verlaufen.", "de").quotes.map((q) => q.speakerType)).toEqual(["institution"]);
  });

  it("an unnamed market professional is an anonymous source in both languages", () => {
    const types = (text: string, language: "de" | "en") => read(text, language).quotes.map((q) => q.speakerType);
    expect(types("Stocks fell. “It is quiet,” a trader said. A dealer said it was calm.", "en")).toEqual(["anonymous", "anonymous"]);
    expect(types("Die Börse schloss. „Es ist ruhig“, sagte ein Händler. Ein Börsianer sagte, es sei ruhig.", "de")).toEqual(["anonymous", "anonymous"]);
    // In the plural they are a vague crowd, as are the markets they make and investors.
    expect(types("Stocks fell. Sterling rose after the data, traders said. A cut is unlikely, according to financial markets. Investors said they feared a recession.", "en")).toEqual(["vague", "vague", "vague"]);
  });

  it("bodies in the plural are institutions; a body after a place's link places a crowd and types it not", () => {
    const types = (text: string) => read(text, "en").quotes.map((q) => [q.speaker, q.speakerType]);
    expect(types("It rained. The companies said the deal was done. Both banks said so too. The agencies said it was late.")).toEqual([
      ["The companies", "institution"],
      ["Both banks", "institution"],
      ["The agencies", "vague"],
    ]);
    expect(types("It rained. Critics in the party said the plan was weak. Democrats in Congress said it would pass.")).toEqual([
      ["Critics in the party", "vague"],
      ["Democrats in Congress", "vague"],
    ]);
    // An owner after a genitive link still types a crowd word: a report's issuer.
    expect(types("It rained. Reports of the agency said it was late.")).toEqual([["Reports of the agency", "institution"]]);
  });

  it("an unnamed source is named by its description, not by a name inside it", () => {
    const chains = (text: string) => read(text, "en").attributions.map((a) => a.chain);
    expect(chains("A source close to the Kremlin said the talks had failed.")).toEqual([["source close to the Kremlin"]]);
    expect(chains("A person familiar with Harbor's plans told Reuters the company had cut orders.")).toEqual([["person familiar with Harbor's plans", "Reuters"]]);
    expect(chains("Two people briefed on the council's plans said the vote was delayed.")).toEqual([["people briefed on the council's plans"]]);
    // A crowd a quantifier opens, whatever its noun.
    expect(chains("But numerous dairy farmers interviewed at Harbor County fairs this week, including Mr. Lund, said they had no problem with the plan.")).toEqual([
      ["numerous dairy farmers interviewed at Harbor County fairs this week"],
    ]);
    // A body named inside keeps its name.
    expect(read("Das meldete die offizielle chinesische Nachrichtenagentur Xinhua.", "de").attributions.at(-1)?.chain.at(-1)).toBe("Xinhua");
  });

  it("a German unnamed role before a name's genitive is that person's unnamed role, not the person", () => {
    const attribution = (text: string) => read(text, "de").attributions.map((a) => [a.chain, a.links.map((l) => l.type)]);
    expect(attribution("Ein Sprecher Merkels sagte, das Treffen sei abgesagt.")).toEqual([[["Sprecher Merkels"], ["anonymous"]]]);
    expect(attribution("Der Vertreter Libyens rief die Staaten auf, das Volk zu unterstützen.")).toEqual([[["Vertreter Libyens"], ["anonymous"]]]);
    // A role before a name in the nominative is that named person.
    expect(attribution("Regierungssprecher Seibert sagte, das Treffen sei abgesagt.")).toEqual([[["Seibert"], ["person"]]]);
  });

  it("an outlet a statement was made on carried it; what was said starts after the show's title and the day it aired", () => {
    const said = (text: string) => read(text, "en").quotes.map((q) => q.text);
    const chains = (text: string) => read(text, "en").attributions.map((a) => a.chain);
    expect(chains("“It is over,” Ruiz said on CNN.")).toEqual([["Ruiz", "CNN"]]);
    expect(chains("Ruiz said on Fox News that the deal was dead.")).toEqual([["Ruiz", "Fox News"]]);
    expect(chains("Ruiz wrote in The Harbor Times that the deal was dead.")).toEqual([["Ruiz", "Harbor Times"]]);
    const show = "Ruiz said on NBC's ''Meet the Press'' on Sunday that the deal was dead.";
    expect([said(show), chains(show)]).toEqual([["that the deal was dead"], [["Ruiz", "NBC"]]]);
    const curly = "Ruiz said on ABC's “This Week With Ann Lee” that the deal was dead.";
    expect([said(curly), chains(curly)]).toEqual([["that the deal was dead"], [["Ruiz", "ABC"]]]);
    expect(said("Ruiz had said in an ABC interview taped before the vote that the deal was dead.")).toEqual(["that the deal was dead"]);
    // A clause after the outlet whose verb stands before a quotation is what was said, no show's title.
    expect(said("A source told Axios the deal was “basically done.”")).toEqual(["the deal was “basically done.”"]);
    // A day's possessive dates the edition.
    expect(chains("Ruiz noted in a guest column in Saturday's Harbor Times that the deal was dead.")).toEqual([["Ruiz", "Harbor Times"]]);
    // A medium in common nouns is no outlet.
    expect(chains("Ruiz said at the time that the deal was dead.")).toEqual([["Ruiz"]]);
    expect(chains("Ruiz wrote in a blog post that the deal was dead.")).toEqual([["Ruiz"]]);
    // A talking participle set off after the subject names the outlet too.
    expect(chains("Ruiz, appearing on CNN, said the deal was dead.")).toEqual([["Ruiz", "CNN"]]);
    // So does a platform after it, posted on or written on.
    expect(chains("Ruiz, posting on Truth Social, said the deal was dead.")).toEqual([["Ruiz", "Truth Social"]]);
    // So does one written in or for an outlet, reporting nothing itself; announcing a quotation it is the cue.
    const written = read("Ann Ruiz, writing in the Harbor Times, accused the mayor of drift.", "en");
    expect(written.quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([["the mayor of drift", "Ann Ruiz", "accused"]]);
    expect(written.attributions.map((a) => a.chain)).toEqual([["Ann Ruiz", "Harbor Times"]]);
    expect(chains("Writing for the Harbor Times, Ruiz said the deal was dead.")).toEqual([["Ruiz", "Harbor Times"]]);
    expect(read("Ann Ruiz called the mayor, writing in an email: “We want this now.”", "en").quotes.map((q) => q.cue)).toContain("writing");
    expect(chains("Writing on X, Ruiz said the deal was dead.")).toEqual([["Ruiz", "X"]]);
    // A title of a few words right after a place's preposition is named, no quotation a cue closes.
    expect(quotes("On “Harbor Nights,” host Ann Lee asked Ruiz how he would pay for the plan.", "en")).toEqual([["indirect", "how he would pay for the plan", "host Ann Lee", "person", "asked"]]);
    // So after the cue, before "that": what was said starts at the "that".
    expect(quotes("Ruiz said on “Harbor Nights” that the deal was dead.", "en")[0]?.[1]).toBe("that the deal was dead");
    // German names a show by its title after the broadcast's noun.
    expect(read("Klingbeil sagte in der Sendung „Hafen direkt“, das Ergebnis sei bitter.", "de").attributions[0]?.links.map((l) => l.type)).toEqual(["person", "media"]);
  });

  it("a document's issuer named after its participle is part of the source and names the chain", () => {
    const found = read("Revenue rose 5 percent, according to data compiled by Harbor Analytics.", "en");
    expect(found.quotes.map((q) => [q.speaker, q.speakerType])).toEqual([["data compiled by Harbor Analytics", "institution"]]);
    expect(found.attributions[0]?.chain).toEqual(["Harbor Analytics"]);
  });

  it("a state set off after the place a source opening the sentence names is part of the source", () => {
    expect(quotes("According to a complaint filed in federal court in Dover, Delaware, the clerk copied 30 files.", "en")).toEqual([
      ["reported", "the clerk copied 30 files", "a complaint filed in federal court in Dover, Delaware", "institution", "According to"],
    ]);
    expect(quotes("According to a complaint filed in Harborview, Va., the clerk copied 30 files.", "en")[0]?.[1]).toBe("the clerk copied 30 files");
    // One comma closes the source: what follows it is what was said.
    expect(quotes("According to police in Dover, Smith was arrested on Monday.", "en")[0]?.[1]).toBe("Smith was arrested on Monday");
  });

  it("a label in brackets after a source is part of the source, no part of what was said nor of the chain's name", () => {
    const german = read("Nach Angaben des Hafeninstituts (HFI) stieg die Zahl der Schiffe.", "de");
    expect(german.quotes.map((q) => [q.text, q.speaker])).toEqual([["stieg die Zahl der Schiffe", "Angaben des Hafeninstituts (HFI)"]]);
    expect(german.attributions[0]?.chain).toEqual(["Hafeninstitut"]);
    const english = read("More ships docked last year, according to the Harbor Institute (HI).", "en");
    expect(english.quotes.map((q) => q.text)).toEqual(["More ships docked last year"]);
    expect(english.attributions[0]?.chain).toEqual(["Harbor Institute"]);
    expect(read("Sen. Ann Hale (D-Ore.) said the plan was dead.", "en").attributions[0]?.chain).toEqual(["Ann Hale"]);
  });

  it("a pronoun stands for the named subject of the sentence before, a label in brackets closing it, and not for a role's feminine form", () => {
    const text = "Eine Nachbarin sagte, es sei schlimm. Oberbürgermeister Jan Ott (SPD) dankte den Helfern. Er sei froh, schrieb er auf Facebook.";
    expect(quotes(text, "de").map((q) => q[2])).toEqual(["Eine Nachbarin", "er (Jan Ott)"]);
    expect(quotes("Eine Nachbarin sagte, es sei schlimm. Er sei froh, schrieb er.", "de").map((q) => q[2])).toEqual(["Eine Nachbarin", "er"]);
    expect(quotes("Ann Lee said the plan was dead. Sen. Tom Ruiz (R-Wis.) is an underdog. He said he needs help.", "en").map((q) => q[2])).toEqual(["Ann Lee", "He (Tom Ruiz)"]);
  });

  it("an impersonal cue closing the sentence reports the clause before it, whatever its mood; a time after it names nobody", () => {
    expect(quotes("Die Bewohner konnten sich selbst retten, hieß es.", "de")).toEqual([["indirect", "Die Bewohner konnten sich selbst retten", null, null, "hieß es"]]);
    expect(quotes("Die Straße sei gesperrt, hieß es am Abend.", "de").map((q) => q[2])).toEqual([null]);
    expect(quotes("Die Straße sei gesperrt, hieß es am Montag aus dem Rathaus.", "de").map((q) => q.slice(2, 4))).toEqual([["dem Rathaus", "institution"]]);
  });

  it("a person described by age alone is the named person who spoke in the sentence right before", () => {
    expect(quotes("Trainer Jan Ott sagte, er sei zufrieden. „Die Jungs haben nie aufgegeben“, sagte der 38-Jährige.", "de").map((q) => q[2])).toEqual(["Trainer Jan Ott", "der 38-Jährige (Jan Ott)"]);
    expect(quotes('Coach Tom Hale praised the team. "They never gave up," the 38-year-old said.', "en").map((q) => q[2])).toEqual(["Coach Tom Hale", "the 38-year-old (Tom Hale)"]);
    // With a sentence between, the one described may be someone only mentioned there.
    const apart = "Trainer Jan Ott sagte, er sei zufrieden. Der Hausbesitzer war anderer Meinung. Am Montag sagte der 81-Jährige, die Maus sei schuld.";
    expect(quotes(apart, "de").map((q) => q[2])).toEqual(["Trainer Jan Ott", "der 81-Jährige"]);
  });

  it("so is one described by nationality alone, one man or one woman by the article", () => {
    expect(quotes("Trainer Jan Ott sagte, er sei zufrieden. „Die Jungs haben nie aufgegeben“, sagte der Belgier.", "de").map((q) => q[2])).toEqual(["Trainer Jan Ott", "der Belgier (Jan Ott)"]);
    expect(quotes("Trainerin Anna Berg sagte, sie sei zufrieden. „Wir haben gekämpft“, sagte die Französin.", "de").map((q) => q[2])).toEqual(["Trainerin Anna Berg", "die Französin (Anna Berg)"]);
    expect(quotes('Coach Tom Hale praised the team. "They never gave up," the Spaniard said.', "en").map((q) => q[2])).toEqual(["Coach Tom Hale", "the Spaniard (Tom Hale)"]);
    // "Die Kanadier" are many: no one named before.
    expect(quotes("Trainer Jan Ott sagte, er sei zufrieden. Die Kanadier sagten, der Pilot sei schuld.", "de").map((q) => q[2])).toEqual(["Trainer Jan Ott", "Die Kanadier"]);
  });

  it("or the person named opening its own sentence before it, outside what was said", () => {
    const text = "Coach Tom Hale praised the team, saying it never gave up. Omar Diallo, who scored twice, has yet to sign, and the Senegalese admitted he was unsure.";
    expect(quotes(text, "en").map((q) => q[2])).toEqual(["Coach Tom Hale", "Coach Tom Hale", "the Senegalese (Omar Diallo)"]);
    const german = "Trainer Jan Ott lobte die Mannschaft. Thomas Berg erzielte das 1:0, und der 34-Jährige sagte danach, das Team sei bereit.";
    expect(quotes(german, "de").map((q) => q[2])).toEqual(["der 34-Jährige (Thomas Berg)"]);
    // So does a pronoun: "Speaker Ann Hale, who …, was direct about what she called …" is Hale's.
    const pronoun = "Mayor Ruth Kane said the port would stay open. Governor Ann Hale, who backed the plan, was blunt about what she called a failure.";
    expect(quotes(pronoun, "en").find((q) => q[4] === "called")?.[2]).toBe("she (Ann Hale)");
    // Not a name inside what the pronoun said.
    const inside = "Mayor Tom Kane praised the port. Dan Ruiz, who runs the ferry, fits that bill, he added.";
    expect(quotes(inside, "en").find((q) => q[4] === "added")?.[2]).toBe("he (Tom Kane)");
  });

  it("a German talk or piece with an outlet in quotation marks before the comma leaves the clause after it reported, the outlet chained", () => {
    const found = read("Scholz sagte im Gespräch mit der „Hafenpost“, er sehe das anders. Berg schrieb in einem Beitrag für den „Hafenkurier“, die Lage sei ernst.", "de");
    expect(found.quotes.map((q) => [q.kind, q.text])).toEqual([["indirect", "er sehe das anders"], ["indirect", "die Lage sei ernst"]]);
    expect(found.attributions.map((a) => a.chain)).toEqual([["Scholz", "Hafenpost"], ["Berg", "Hafenkurier"]]);
    expect(read("In einem Gastbeitrag für die „Hafenpost“ schrieb Merz, das Land brauche Reformen.", "de").attributions[0]?.chain).toEqual(["Merz", "Hafenpost"]);
    // An object's name in quotation marks is no part of the field: what follows its comma is a relative clause.
    expect(quotes("Die Organisation fordert von der Regierung einen „Hafenplan“, mit dem man vorbereitet werden soll.", "de").map((q) => q[0])).toEqual(["reported"]);
  });

  it("a paper writing its name in lowercase is an outlet, its name ending the source", () => {
    const found = read("Am Dienstag wurde laut taz jedoch erneut deutlich gemacht, dass Reporter unerwünscht seien.", "de");
    expect(found.quotes[0]?.speaker).toBe("taz");
    expect(found.attributions[0]?.links.map((l) => `${l.name}:${l.type}`)).toEqual(["taz:media"]);
  });

  it("Austrian broadcasters and their news shows are outlets", () => {
    const chains = (text: string) => read(text, "de").attributions.map((a) => a.links.map((l) => `${l.name}:${l.type}`));
    expect(chains("Kanzler Jan Ott sagte im Ö1-Morgenjournal, die Regierung werde handeln.")).toEqual([["Jan Ott:person", "Ö1-Morgenjournal:media"]]);
    expect(chains("Die Ministerin sagte in der ZIB 2, man prüfe alles.")).toEqual([["Ministerin:person", "ZIB 2:media"]]);
    expect(chains("Der Bürgermeister sagte gegenüber ServusTV, er sei enttäuscht.")).toEqual([["Bürgermeister:person", "ServusTV:media"]]);
  });

  it("an outlet that carried the words follows an apposition; a medium in general carries nothing", () => {
    const chains = (text: string, language: "de" | "en") => read(text, language).attributions.map((a) => a.chain);
    expect(chains("Der Bau beginnt im Mai. Die Schanze sei nötig, sagte der Präsident des Verbands, Franz Steiner, im Deutschlandfunk.", "de")).toEqual([["Franz Steiner", "Deutschlandfunk"]]);
    expect(chains("Der Bau beginnt im Mai. Die Schanze sei nötig, sagte Anna Berg, Vorsitzende des Vereins, im SWR, und lobte den Rat.", "de")[0]).toEqual(["Anna Berg", "SWR"]);
    // Not a place after the apposition.
    expect(chains("Der Bau beginnt im Mai. Die Schanze sei nötig, sagte der Präsident des Verbands, Franz Steiner, in Oberstdorf.", "de")).toEqual([["Franz Steiner"]]);
    expect(chains("Der Bau beginnt im Mai. Die Schanze sei nötig, sagte Merz im Fernsehen.", "de")).toEqual([["Merz"]]);
    expect(chains("Der Bau beginnt im Mai. Merz sagte im Radio, die Schanze sei nötig.", "de")).toEqual([["Merz"]]);
    // Before another preposition the media heard the words; told to them, they passed them on.
    expect(chains("Der Bau beginnt im Mai. Die Schanze sei nötig, sagte Merz vor den Medien in Bern.", "de")).toEqual([["Merz"]]);
    expect(chains("Der Bau beginnt im Mai. Die Schanze sei nötig, sagte Merz den Medien.", "de")).toEqual([["Merz", "Medien"]]);
    expect(chains("The vote is on Monday. “It is over,” Ruiz said on TV.", "en")).toEqual([["Ruiz"]]);
    // A named outlet still carries them, after a time or a place too.
    expect(chains("Der Bau beginnt im Mai. Die Schanze sei nötig, sagte Merz im ZDF.", "de")).toEqual([["Merz", "ZDF"]]);
    expect(chains("Bayern gewann. „Wir waren gut“, sagte Kompany nach dem Spiel bei Sky.", "de")).toEqual([["Kompany", "Sky"]]);
    expect(chains("Bayern gewann. „Wir waren gut“, sagte Kompany am Abend im ZDF.", "de")).toEqual([["Kompany", "ZDF"]]);
    expect(chains("Bayern gewann. „Wir waren gut“, sagte Kompany am Abend im Stadion.", "de")).toEqual([["Kompany"]]);
    // A journal a study appears in carries its findings; the marks of its title are no words of the closing clause.
    expect(quotes("Die Werte steigen, berichtet ein Team im Fachjournal „Nature“.", "de")).toEqual([["indirect", "Die Werte steigen", "ein Team", "person", "berichtet"]]);
    expect(chains("Die Werte steigen, berichtet ein Team im Fachjournal „Nature“.", "de")).toEqual([["Team", "Fachjournal Nature"]]);
    // Before a verb closing its clause too; a place there is no outlet.
    expect(chains("Der Plan steht. Wie Felbermayr im ZDF sagte, ist alles gut.", "de")).toEqual([["Felbermayr", "ZDF"]]);
    expect(chains("Der Plan steht. Die Lage ist ernst, wie Institutschef Gabriel Felbermayr im Ö1-Morgenjournal sagte.", "de")[0]).toEqual(["Gabriel Felbermayr", "Ö1-Morgenjournal"]);
    expect(chains("Der Plan steht. Wie ein Sprecher in Berlin sagte, ist alles gut.", "de")).toEqual([["Sprecher in Berlin"]]);
    // Not before what a subject read first announced: "bei der Wahl im September" is what Mubarak will do.
    expect(read("Die Lage ist ruhig. Mubarak hatte angekündigt, bei der Wahl im September erneut anzutreten.", "de").quotes[0]?.text).toBe("bei der Wahl im September erneut anzutreten");
  });

  it("a title set off after a book's noun is named, no quotation; a statement's noun announces words", () => {
    expect(quotes("In her 2003 memoir, “Standing Room,” Ruiz wrote that the diner had turned her away.", "en").map((q) => q[1])).toEqual(["that the diner had turned her away"]);
    expect(quotes("The council issued a statement, “We are saddened.”", "en").map((q) => q[1])).toEqual(["a statement, “We are saddened.”"]);
  });

  it("a few bare words after a preposition of place past the cue are a circumstance, the clause after its 'that' what was said", () => {
    expect(quotes("Lee argued in court that the law was void.", "en").map((q) => q[1])).toEqual(["that the law was void"]);
    expect(quotes("The mayor posted on social media that he was praying for the officers.", "en").map((q) => q[1])).toEqual(["that he was praying for the officers"]);
    // A place named after a link, an article or not: "at a Friday rally in Dover that …".
    expect(quotes("Lee said at a Friday rally in Dover that the plant would stay open.", "en").map((q) => q[1])).toEqual(["that the plant would stay open"]);
    // After whom it was told to, any preposition of circumstance opens the place.
    expect(quotes("Lee told reporters outside the courthouse that the inquiry would go on.", "en").map((q) => [q[1], q[4]])).toEqual([["that the inquiry would go on", "told"]]);
    // Right after the cue too, and a name's capitalised word that reads as a determiner is the name's.
    expect(quotes("Hale told reporters aboard Air Force One that the talks would resume.", "en").map((q) => q[1])).toEqual(["that the talks would resume"]);
    // A name before the nouns it places: a court, a town hall; not a day before the preposition of what the cue is about.
    expect(quotes("Ruiz admitted in Manhattan federal court that she took the money.", "en").map((q) => q[1])).toEqual(["that she took the money"]);
    expect(quotes("Carson responded Saturday to accusations that he lied.", "en").map((q) => q[1])).toEqual(["to accusations that he lied"]);
    expect(quotes("Lee made clear over the weekend that the plant would stay open.", "en").map((q) => q[1])).toEqual(["that the plant would stay open"]);
    expect(quotes("The campaign announced via Twitter that it had won the county.", "en").map((q) => q[1])).toEqual(["that it had won the county"]);
    // A date names the time: a month's name, its abbreviation and numbers, or a year.
    expect(quotes("Lee said on May 3 that the plant would stay open.", "en").map((q) => q[1])).toEqual(["that the plant would stay open"]);
    expect(quotes("Lee recalled in 2008 that the plant had stayed open.", "en").map((q) => q[1])).toEqual(["that the plant had stayed open"]);
    expect(quotes("Lee wrote on Jan. 5 that the plant would stay open.", "en").map((q) => q[1])).toEqual(["that the plant would stay open"]);
    // A span of time is passed over too.
    expect(quotes("Analysts have warned for months that hospitals face a squeeze.", "en").map((q) => [q[1], q[4]])).toEqual([["that hospitals face a squeeze", "have warned"]]);
    expect(quotes("Lee has argued for two years that the plant would stay open.", "en").map((q) => q[1])).toEqual(["that the plant would stay open"]);
    // "agreed on" and "insisted on" hold what follows, but not a day: "on Thursday" is when.
    expect(quotes("The leaders agreed on Thursday to extend the sanctions.", "en").map((q) => [q[1], q[4]])).toEqual([["to extend the sanctions", "agreed"]]);
    expect(quotes("The leaders agreed on a date.", "en").map((q) => [q[1], q[4]])).toEqual([["a date", "agreed on"]]);
    // A relative "that" before its verb and the verb's article names the place's thing; a predeterminer opens a subject.
    expect(quotes("Lee wrote in a court filing that such a request was futile.", "en").map((q) => q[1])).toEqual(["that such a request was futile"]);
    expect(quotes("Lee has railed against the loopholes that riddle the tax code.", "en").map((q) => q[1])).toEqual([expect.stringContaining("the loopholes that riddle the tax code")]);
    // Not after the cue's own preposition: "believes in journalism that …" is believed.
    expect(quotes("Ramos believes in journalism that “takes sides.”", "en").map((q) => q[1])).toEqual(["journalism that “takes sides.”"]);
  });

  it("three hops in German: laut … gegenüber …", () => {
    const text = "Der Kreml-Sprecher Dimitri Peskow erklärte laut dem britischen Staatsfernsehen BBC gegenüber der russischen Nachrichtenagentur RIA Novosti, beide Präsidenten hätten ausführliche Erklärungen abgegeben.";
    const { attributions } = read(text, "de");
    // The BBC's own report of the clause is an attribution too (German annotation counts it, as English does).
    expect(attributions.map((a) => a.chain)).toEqual([["BBC"], ["Dimitri Peskow", "RIA Novosti", "BBC"]]);
    expect(attributions[1]?.links.map((l) => l.type)).toEqual(["person", "agency", "media"]);
  });

  it("an outlet's chain name leaves out the noun saying what outlet it is, but for a state's outlet named by its nation", () => {
    const chains = (text: string) => read(text, "en").attributions.map((a) => a.chain);
    expect(chains("The state-run RIA news agency reported that the talks had failed.")).toEqual([["RIA"]]);
    expect(chains("Iranian state television reported that the talks had failed.")).toEqual([["Iranian state television"]]);
    expect(chains("Iranian state television quoted the minister as saying that the talks had failed.")).toContainEqual(["minister", "Iranian state television"]);
  });

  it("three hops in English: told …, according to …", () => {
    const { attributions } = read("Peskov told RIA Novosti the talks were over, according to the BBC.", "en");
    // The BBC's own report of the clause is an attribution too (English annotation counts it).
    expect(attributions.map((a) => a.chain)).toEqual([["BBC"], ["Peskov", "RIA Novosti", "BBC"]]);
    // With what was said before the attribution, the source after it ends it there too.
    const after = read("Russia is ready to talk, Peskov told RIA Novosti, according to the BBC.", "en");
    expect(after.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ["indirect", "Russia is ready to talk", "Peskov"],
      ["reported", "Russia is ready to talk, Peskov told RIA Novosti", "the BBC"],
    ]);
    expect(after.attributions.map((a) => a.chain)).toContainEqual(["Peskov", "RIA Novosti", "BBC"]);
  });

  it("three hops with the source set off between the cue and what was said", () => {
    const english = read("Peskov told RIA Novosti, according to the BBC, that the talks had failed.", "en");
    expect(english.quotes.map((q) => [q.kind, q.text, q.speaker])).toEqual([
      ["reported", "Peskov told RIA Novosti, according to the BBC, that the talks had failed", "the BBC"],
      ["indirect", "the talks had failed", "Peskov"],
    ]);
    expect(english.attributions.map((a) => a.chain)).toEqual([["BBC"], ["Peskov", "RIA Novosti", "BBC"]]);
    const german = read("Peskow sagte der Agentur RIA Novosti, laut der BBC, die Gespräche seien gescheitert.", "de");
    expect(german.quotes.map((q) => [q.text, q.speaker])).toEqual([["die Gespräche seien gescheitert", "Peskow"]]);
    expect(german.attributions.map((a) => a.chain)).toEqual([["Peskow", "RIA Novosti", "BBC"]]);
    // The source set off before a colon and a quotation, also after a question clause opening the sentence.
    for (const text of ["Lavrov said, according to TASS: “We read fairy tales.”", "Asked about the report, Lavrov said, according to TASS: “We read fairy tales.”"]) {
      const colon = read(text, "en");
      expect(colon.quotes.filter((q) => q.kind !== "reported").map((q) => [q.kind, q.text, q.speaker]).at(-1)).toEqual(["direct", "“We read fairy tales.”", "Lavrov"]);
      expect(colon.attributions.map((a) => a.chain)).toContainEqual(["Lavrov", "TASS"]);
      expect(colon.quotes.some((q) => q.kind === "indirect" && q.cue === "said")).toBe(false);
    }
    // In English any other source set off there passed the words on too, a document among them.
    const transcript = read("Lee told reporters in Harborview, according to the council transcript, that the pier was unsafe.", "en");
    expect(transcript.quotes.filter((q) => q.kind === "indirect").map((q) => q.text)).toEqual(["the pier was unsafe"]);
    expect(transcript.attributions.map((a) => a.chain)).toContainEqual(["Lee", "council transcript"]);
    // Sources an outlet cites told the outlet; they pass nothing on, and what the outlet reported keeps them.
    const cited = read("Politico reported, according to sources in the meeting, that the plan had failed.", "en");
    expect(cited.attributions.map((a) => a.chain)).toEqual([["sources in the meeting"], ["Politico"]]);
    expect(cited.quotes[1]?.text).toBe("according to sources in the meeting, that the plan had failed");
  });

  it("English sports broadcasters and magazines carry what they are told", () => {
    const chains = (text: string) => read(text, "en").attributions.map((a) => a.chain);
    expect(chains("City lost on Saturday. “We were not good enough,” Lee told Sky Sports after the match.")).toEqual([["Lee", "Sky Sports"]]);
    expect(chains("City lost on Saturday. Ruiz said on ESPN that the title race was open.")).toEqual([["Ruiz", "ESPN"]]);
    // Business and other national broadcasters, in a participle's aside too.
    expect(chains("Stocks fell. Lee told CNBC that talks were ongoing.")).toEqual([["Lee", "CNBC"]]);
    expect(chains("Stocks fell. Ann Lee, speaking on Sky News, said talks were ongoing.")).toEqual([["Ann Lee", "Sky News"]]);
    expect(read("Ruiz has long been linked with a move, The Athletic reported last month.", "en").quotes.map((q) => q.speakerType)).toEqual(["media"]);
    // Magazines too.
    expect(chains("The singer is gone. In a 2018 interview with GQ, Jones said he had dated a model.")).toEqual([["Jones", "GQ"]]);
  });

  it("a crowd passes on no statement a contrasting conjunction sets against its own; an outlet's poll passes on every share", () => {
    const chains = (text: string, language: "de" | "en") => read(text, language).attributions.map((a) => a.chain);
    expect(chains("The toll divided the county. Some economists believe the effect will be small, while others warn of a recession.", "en")).toEqual([
      ["Some economists"],
      ["others"],
    ]);
    expect(chains("The race is close. Lee leads with 41 percent, while 38 percent said they back Ruiz, according to a Harbor Times poll.", "en")).toContainEqual(["38 percent", "Harbor Times"]);
    // Nor one a semicolon sets apart, where what the crowd said ends.
    const apart = "The four-day week is spreading. Supporters argue it boosts productivity; critics say it is unworkable for small firms.";
    expect(chains(apart, "en")).toEqual([["Supporters"], ["critics"]]);
    expect(quotes(apart, "en").map((q) => q[1])).toEqual(["it boosts productivity", "it is unworkable for small firms"]);
  });

  it("English: a statement opening an outlet's report is a link of its chain, not a quote of its own", () => {
    for (const text of ["According to the Ledger, Mayor Lee said the plant would close.", "As the Ledger reported, Mayor Lee said the plant would close."]) {
      const { quotes: found, attributions } = read(text, "en");
      expect(found.map((q) => [q.text, q.speaker])).toEqual([["Mayor Lee said the plant would close", "the Ledger"]]);
      expect(attributions.map((a) => [a.chain, text.slice(a.span.start, a.span.end)])).toEqual([
        [["Ledger"], "Mayor Lee said the plant would close"],
        [["Mayor Lee", "Ledger"], "the plant would close"],
      ]);
    }
    expect(read("The Ledger reported that Mayor Lee said the plant would close.", "en").attributions.map((a) => a.chain)).toEqual([["Ledger"], ["Mayor Lee", "Ledger"]]);
    // Deeper in the report's words, or in a person's, a statement is part of what was said.
    expect(read("The Ledger reported the vote came after Mayor Lee proposed a new tax.", "en").attributions.map((a) => a.chain)).toEqual([["Ledger"]]);
    expect(read("Ruiz said that Lee claimed the plant would close.", "en").attributions.map((a) => a.chain)).toEqual([["Ruiz"]]);
  });

  it("English: an outlet quoting someone as saying passes their words on; its statement holds them whole", () => {
    const { quotes: found, attributions } = read("Interfax quoted Peskov as saying that the talks had failed.", "en");
    expect(found.map((q) => [q.text, q.speaker, q.cue])).toEqual([["Peskov as saying that the talks had failed", "Interfax", "quoted"]]);
    expect(attributions.map((a) => a.chain)).toEqual([["Interfax"], ["Peskov", "Interfax"]]);
    expect(read("The Ledger quoted one of the mayor's aides as saying the plant would close.", "en").attributions.map((a) => a.chain)).toEqual([
      ["Ledger"],
      ["mayor's aides", "Ledger"],
    ]);
    // So is an unnamed role's partitive, by all the words after its link.
    expect(read("One of the former prosecutors for Ann Lee said the plant would close.", "en").attributions.map((a) => a.chain)).toEqual([["former prosecutors for Ann Lee"]]);
    // Described, not quoted: no one speaks through anyone.
    expect(read("He was described as saying little.", "en").attributions.map((a) => a.chain)).toEqual([["He"]]);
  });

  it("German: a source inside what was said is one the speaker cites, first in the chain", () => {
    const { attributions } = read("Wie Regierungssprecher Thomas Steg mitteilte, ist die Kernenergie nach Auffassung der Kanzlerin unverzichtbar.", "de");
    expect(attributions.map((a) => a.chain)).toEqual([["Kanzlerin", "Thomas Steg"]]);
    // Opening what was said, its own report of the clause stays too.
    expect(read("Der Minister sagte, nach Angaben der Polizei seien drei Menschen gestorben.", "de").attributions.map((a) => a.chain)).toEqual([["Polizei"], ["Polizei", "Minister"]]);
    // A sentence after it in the Konjunktiv goes on with the speaker, not with the source cited before.
    const next = read("Wie Thomas Steg mitteilte, ist die Kernenergie nach Auffassung der Kanzlerin unverzichtbar. Daran ändere auch der Unfall nichts.", "de");
    expect(next.attributions.map((a) => a.chain)).toEqual([["Kanzlerin", "Thomas Steg"], ["Thomas Steg"]]);
  });

  it("a speaker read again as its own source is one link", () => {
    const text = "Besorgt äußerte sich der Vorsitzende der Initiative, Wolfgang Grader, zu den Vorgängen: „Wir befürchten das Schlimmste“, sagte er.";
    const { quotes: found, attributions } = read(text, "de");
    const direct = found.find((q) => q.kind === "direct")!;
    expect(direct.speaker).toBe("er (Wolfgang Grader)");
    // "er" resolved to Grader, and Grader's announcing statement passing it on: one link.
    expect(attributions.find((a) => a.span.start === direct.span.start && a.span.end === direct.span.end)?.chain).toEqual(["Wolfgang Grader"]);
  });

  it("told to news agencies a statement is passed on; told to another crowd, heard", () => {
    expect(read("Lee told several news agencies that the plant would close. Lee told her supporters that the plant would close.", "en").attributions.map((a) => a.chain)).toEqual([
      ["Lee", "several news agencies"],
      ["Lee"],
    ]);
    const german = "Der Bürgermeister Jonas Ruiz kam am Abend. Ruiz sagte mehreren Nachrichtenagenturen, die Brücke sei gesperrt. Ruiz sagte seinen Anhängern, die Brücke sei gesperrt.";
    expect(read(german, "de").attributions.map((a) => a.chain)).toEqual([["Jonas Ruiz", "Nachrichtenagenturen"], ["Jonas Ruiz"]]);
  });

  it("German: an agency written in lowercase is a name, and after \"der\" a feminine noun is no subject", () => {
    const { quotes: found, attributions } = read("Laut dpa ist die Brücke gesperrt. Weber sagte der Nachrichtenagentur dpa, die Brücke sei gesperrt.", "de");
    expect(found.map((q) => [q.speaker, q.speakerType])).toEqual([
      ["dpa", "agency"],
      ["Weber", "person"],
    ]);
    expect(attributions.map((a) => a.chain)).toEqual([["dpa"], ["Weber", "dpa"]]);
    // "der" before a noun of another gender after the verb opens its subject.
    expect(read("Gestern sagte der Minister, die Brücke sei gesperrt.", "de").quotes.map((q) => q.speaker)).toEqual(["der Minister"]);
  });

  it("German: an outlet after the named speaker, closing the sentence after a quotation or named in quotation marks, is whom it was told to", () => {
    const chains = (text: string) => read(text, "de").attributions.map((a) => a.chain);
    expect(chains("„Die Brücke ist gesperrt“, sagte Jan Weber der Nachrichtenagentur dpa.")).toEqual([["Jan Weber", "dpa"]]);
    expect(chains("„Die Brücke ist gesperrt“, sagte Weber der „Hafen“-Zeitung.")).toEqual([["Weber", "Hafen Zeitung"]]);
    // A title in quotation marks after "der" is no subject after the verb: the one before it speaks.
    expect(read("Weber sagte der „Hafenpost“, die Brücke sei gesperrt.", "de").quotes.map((q) => q.speaker)).toEqual(["Weber"]);
    expect(read("Die Brücke sei gesperrt, sagte Weber der „Hafenpost“.", "de").quotes.map((q) => q.speaker)).toEqual(["Weber"]);
    // Told to a name in quotation marks, as German names its papers, the statement is passed on; before or after the verb.
    expect(chains("Die Brücke sei gesperrt, sagte Weber der „Hafenpost“.")).toEqual([["Weber", "Hafenpost"]]);
    expect(chains("Gegenüber der „Hafenpost“ sagte Weber, die Brücke sei gesperrt.")).toEqual([["Weber", "Hafenpost"]]);
    // A title after the outlet's noun, its own article inside, is the outlet's; a quoted word after an object is none.
    expect(chains("„Die Brücke ist gesperrt“, sagte Weber der Zeitung „Die Hafenpost“.")).toEqual([["Weber", "Zeitung Die Hafenpost"]]);
    expect(chains("Weber sagte der Zeitung „Die Hafenpost“, die Brücke sei gesperrt.")).toEqual([["Weber", "Zeitung Die Hafenpost"]]);
    // A title with a lowercase word inside is read whole ("am" is no day's preposition there).
    expect(chains("Weber sagte der „Hafenpost am Sonntag“, die Brücke sei gesperrt.")).toEqual([["Weber", "Hafenpost am Sonntag"]]);
    // An apposition set off after the outlet describes it; the report starts after it.
    const described = "Dazu schrieb der Journalist Andreas Ott in der „Hafenpost“, einem Boulevardblatt, die Brücke sei gesperrt.";
    expect(read(described, "de").quotes.map((q) => q.text)).toEqual(["die Brücke sei gesperrt"]);
    expect(chains(described)).toEqual([["Andreas Ott", "Hafenpost"]]);
    expect(read("Klose nannte seinen Platzverweis „überzogen“, der Trainer lobte die Mannschaft.", "de").quotes.map((q) => q.text)).toEqual(["„überzogen“"]);
    // A report owned by a name in quotation marks is a publication's, no vague source.
    expect(read("Laut einem Bericht des „Standard“ ist die Koalition gespalten.", "de").attributions[0]?.links.map((l) => l.type)).toEqual(["media"]);
    // A request opening the sentence, by an outlet: the words were given to it.
    expect(chains("Auf Anfrage der Deutschen Presse-Agentur sagte die Stadt, man prüfe den Fall.")).toEqual([["Stadt", "Deutsche Presse-Agentur"]]);
    expect(chains("Auf dpa-Anfrage sagte die Stadt, man prüfe den Fall.")).toEqual([["Stadt", "dpa"]]);
    expect(chains("Auf Nachfrage sagte die Stadt, man prüfe den Fall.")).toEqual([["Stadt"]]);
    // An interview compounded with its outlet, opening the sentence or after the cue.
    expect(chains("Im ZDF-Interview sagte der Minister, er sehe keinen Grund.")).toEqual([["Minister", "ZDF"]]);
    expect(chains("Der Minister sagte im ZDF-Interview, er sehe keinen Grund.")).toEqual([["Minister", "ZDF"]]);
    // A compounded interview, and a show named by its outlet compounded with a noun of the media.
    expect(chains("Im ARD-Sommerinterview sagte der Minister, er sehe keinen Grund.")).toEqual([["Minister", "ARD"]]);
    expect(chains("Der Minister sagte im ZDF-Sommerinterview, er sehe keinen Grund.")).toEqual([["Minister", "ZDF"]]);
    expect(chains("Es gebe keinen Grund, sagte der Minister in der ARD-Sendung „Bericht aus Berlin“.")).toEqual([["Minister", "ARD"]]);
    // Said in a paper or a show named so, a publication: its type says so, as for any outlet told.
    const links = (text: string) => read(text, "de").attributions.map((a) => a.links.map((l) => `${l.name}:${l.type}`));
    expect(links("Die Lage sei ernst, schrieb Berg in der „Abendschau“.")).toEqual([["Berg:person", "Abendschau:media"]]);
    expect(links("Die Lage sei ernst, sagte Berg der „Abendschau“.")).toEqual([["Berg:person", "Abendschau:media"]]);
    // A day between the outlet and the statement.
    expect(chains("Ein Sprecher sagte der Nachrichtenagentur dpa am Mittwoch, die Brücke sei gesperrt.")).toEqual([["Sprecher", "dpa"]]);
    // An outlet a source closes after the name passed it on: the name speaks, the outlet is the source's.
    const zufolge = "Die Brücke ist zu. „Das ist absurd“, sagte Kremlsprecher Dmitri Peskow der Agentur Interfax zufolge.";
    expect(read(zufolge, "de").quotes.map((q) => [q.kind, q.speaker, q.speakerType])).toEqual([
      ["direct", "Kremlsprecher Dmitri Peskow", "person"],
      ["reported", "der Agentur Interfax", "agency"],
    ]);
    expect(chains(zufolge)).toEqual([["Dmitri Peskow", "Interfax"], ["Interfax"]]);
    // The regional paper's own credit: "unserer Zeitung", "dieser Zeitung"; a role before the name is the person's.
    expect(chains("„Wir haben alle Gutachten vorgelegt“, sagte Geschäftsführer Jan Weber unserer Zeitung.")).toEqual([["Jan Weber", "Zeitung"]]);
    expect(chains("Weber sagte dieser Zeitung, man habe alle Gutachten vorgelegt.")).toEqual([["Weber", "Zeitung"]]);
    // A board member named by the board's field holds a role too.
    expect(chains("„Wir sind überzeugt“, sagte Sportvorstand Jan Weber unserer Zeitung.")).toEqual([["Jan Weber", "Zeitung"]]);
    expect(chains("Ein Sprecher unserer Zeitung sagte, man prüfe das.")).toEqual([["Sprecher unserer Zeitung"]]);
    // Broadcasters named bare, after "bei" or "beim" too; a team's captain and a broadcaster's head are persons.
    expect(chains("„Wir sind zufrieden“, sagte Kapitän Lena Berg bei Sky.")).toEqual([["Lena Berg", "Sky"]]);
    // English titles in German copy name roles too.
    expect(chains("„Das war bitter“, sagte Hafenstadts Coach Jan Ott.")).toEqual([["Jan Ott"]]);
    expect(chains("Werft-Boss Lena Berg sagte, die Lage sei ernst.")).toEqual([["Lena Berg"]]);
    // An office by what it is charged with: the holder is named, and "Sie" after her stands for her.
    expect(chains("Die Hafenbeauftragte Anna Berg lobte den Plan. Sie mahnte aber, die Kais müssten saniert werden.")).toEqual([["Anna Berg"]]);
    expect(chains("Der Berater bestätigte gegenüber Sky Sport die Gespräche, sie seien weit gediehen.")).toEqual([["Berater", "Sky Sport"]]);
    expect(chains("Es gehe nur um das Team, betonte Jan Ott im Interview mit DAZN.")).toEqual([["Jan Ott", "DAZN"]]);
    // Papers named by their initials.
    expect(chains("Eine Nachbarin berichtete der WAZ, sie habe Hilferufe gehört.")).toEqual([["Nachbarin", "WAZ"]]);
    expect(chains("„Wir sind zufrieden“, sagte Torhüter Ole Berg beim ZDF.")).toEqual([["Ole Berg", "ZDF"]]);
    expect(read("Die Reform komme zu spät, sagte WDR-Intendantin Eva Roth.", "de").quotes.map((q) => q.speakerType)).toEqual(["person"]);
    expect(read("Die Reform komme zu spät, berichtete die Deutsche Welle.", "de").quotes.map((q) => q.speakerType)).toEqual(["media"]);
    // An edition's label in brackets after the outlet is no part of the speaker.
    expect(chains("„Wir prüfen alle Optionen“, sagte Ministerin Anna Berg der „Hafenpost“ (Samstag).")).toEqual([["Anna Berg", "Hafenpost"]]);
    // A firm by its noun is an institution.
    expect(read("Die Anlage sei sicher, teilte die Firma mit.", "de").quotes.map((q) => q.speakerType)).toEqual(["institution"]);
    // So is its newsroom's.
    expect(chains("„Wir haben alle Gutachten vorgelegt“, sagte Weber unserer Redaktion.")).toEqual([["Weber", "Redaktion"]]);
    expect(read("Nach Informationen der Redaktion hat der Angeklagte gestanden.", "de").quotes.map((q) => q.speakerType)).toEqual(["media"]);
    // After an apposition set off by commas, a name's or a role's; a label in brackets goes with the outlet.
    expect(chains("„Die Pendler leiden“, sagte der Vorsitzende des Verbands, Karl Naumann, der Deutschen Presse-Agentur.")).toEqual([["Karl Naumann", "Deutsche Presse-Agentur"]]);
    expect(chains("„Die Pendler leiden“, sagte Naumann, Vorsitzender des Verbands, der dpa.")).toEqual([["Naumann", "dpa"]]);
    // German writes no preposition inside a sentence capitalised: one after a word is a name's.
    expect(chains("„Die Pendler leiden“, sagte der Vorsitzende von Pro Bahn, Karl Naumann.")).toEqual([["Karl Naumann"]]);
    expect(chains("Die Pendler seien die Leidtragenden, sagte der Vorsitzende des Verbands, Karl Naumann, dem Sender (NDR) am Montag.")).toEqual([["Karl Naumann", "Sender"]]);
    expect(chains("Weber sagte dem Sender (NDR), er erwarte eine Einigung.")).toEqual([["Weber", "Sender"]]);
    // The groups that publish papers, named so.
    expect(chains("Er erwarte eine Einigung, sagte Weber den Zeitungen der Funke-Mediengruppe.")).toEqual([["Weber", "Zeitungen der Funke-Mediengruppe"]]);
    expect(chains("Er erwarte eine Einigung, sagte Weber dem Redaktionsnetzwerk Deutschland (RND).")).toEqual([["Weber", "Redaktionsnetzwerk Deutschland"]]);
  });

  it("German: an outlet after a role whose body is named already, in a genitive or in the compound, is whom it was told to", () => {
    const chains = (text: string) => read(text, "de").attributions.map((a) => a.chain);
    expect(chains("„Die Brücke ist gesperrt“, sagte ein Sprecher des Hafenamts der Deutschen Presse-Agentur.")).toEqual([["Sprecher des Hafenamts", "Deutsche Presse-Agentur"]]);
    expect(chains("Die Brücke sei gesperrt, erklärte ein Hafensprecher der Nachrichtenagentur dpa am Mittwoch.")).toEqual([["Hafensprecher", "dpa"]]);
    expect(chains("Die Brücke sei gesperrt, sagte der Verkehrsminister der „Hafenpost“.")).toEqual([["Verkehrsminister", "Hafenpost"]]);
    // A public office no outlet has.
    expect(chains("„Die Brücke ist gesperrt“, sagte die Bürgermeisterin der Nachrichtenagentur dpa.")).toEqual([["Bürgermeisterin", "dpa"]]);
    // Before a verb closing its clause too; a sentence opening on the role names the outlet's own.
    expect(chains("Wie ein Hafensprecher der Deutschen Presse-Agentur am Sonntag sagte, ist die Brücke gesperrt.")).toEqual([["Hafensprecher", "Deutsche Presse-Agentur"]]);
    expect(chains("Ein Hafensprecher der Nachrichtenagentur sagte, die Brücke sei gesperrt.")).toEqual([["Hafensprecher der Nachrichtenagentur"]]);
    expect(chains("Ein Sprecher des Magazins „Der Hafen“ sagte, die Brücke sei gesperrt.")).toEqual([["Sprecher des Magazins Der Hafen"]]);
    // An agency the article names, after a name too.
    expect(chains("Die Brücke sei gesperrt, sagte Weber der APA.")).toEqual([["Weber", "APA"]]);
    const speakers = (text: string) => read(text, "de").quotes.map((q) => q.speaker);
    // A role with no body of its own, or a rank or a field before it, is the outlet's.
    expect(speakers("Die Brücke sei gesperrt, sagte ein Sprecher der Nachrichtenagentur dpa.")).toEqual(["ein Sprecher der Nachrichtenagentur dpa"]);
    expect(speakers("Die Brücke sei gesperrt, sagte ein Pressesprecher der Nachrichtenagentur dpa.")).toEqual(["ein Pressesprecher der Nachrichtenagentur dpa"]);
    expect(speakers("Die Brücke sei gesperrt, sagte ein Ex-Sprecher der „Hafenpost“.")).toEqual(["ein Ex-Sprecher der „Hafenpost“"]);
  });

  it("German: a word joined by a hyphen to a quoted name heads the phrase; the quotation is part of a compound, no quote", () => {
    expect(read("Der „Hafen“-Chef sagte, die Brücke sei gesperrt.", "de").quotes.map((q) => q.speaker)).toEqual(["Der „Hafen“-Chef"]);
    expect(read("Die Brücke sei gesperrt, sagte der „Hafen“-Chef.", "de").quotes.map((q) => q.speaker)).toEqual(["der „Hafen“-Chef"]);
    expect(read("Weber sagte, eine „Jamaika“-Koalition sei denkbar.", "de").quotes.map((q) => q.kind)).toEqual(["indirect"]);
  });

  it("a source whose statement holds another's cue passed that statement on, outermost", () => {
    const german = read("Laut dem Kurier erklärte Ruiz, die Brücke sei gesperrt.", "de");
    expect(german.attributions.map((a) => a.chain)).toEqual([["Kurier"], ["Ruiz", "Kurier"]]);
    const english = read("“The bridge is closed,” Ruiz told Harbor Radio, according to the Ledger.", "en");
    expect(english.attributions.map((a) => a.chain)).toEqual([["Ruiz", "Harbor Radio", "Ledger"], ["Ledger"]]);
    expect(english.quotes.map((q) => [q.kind, q.speaker])).toEqual([["direct", "Ruiz"], ["reported", "the Ledger"]]);
    // A person reporting another's words is no intermediary.
    expect(read("Weber sagte, Ruiz habe erklärt, die Brücke sei gesperrt.", "de").attributions.map((a) => a.chain)).toEqual([["Weber"], ["Ruiz"]]);
  });

  it("a statement noun's owner is the name a chain shows", () => {
    const { quotes: found, attributions } = read("Nach Angaben der Zeitung Nordkurier erklärte Ruiz, die Brücke sei gesperrt.", "de");
    expect(found[0]?.speaker).toBe("Angaben der Zeitung Nordkurier");
    expect(attributions.map((a) => a.chain)).toEqual([["Nordkurier"], ["Ruiz", "Nordkurier"]]);
    // With no owner named the phrase is the name.
    expect(read("Ersten Berichten zufolge sei die Brücke gesperrt.", "de").attributions[0]?.chain).toEqual(["Ersten Berichten"]);
    expect(read("Die Zahlen sind da. Laut einer Umfrage des Datenanbieters Factset sei die Nachfrage robust.", "de").attributions[0]?.chain).toEqual(["Factset"]);
    expect(read("Die Zahlen sind da. Branchenexperte Ferdinand Dudenhöffer sprach gegenüber dem „Handelsblatt“ von einer „Zeitenwende“.", "de").attributions[0]?.chain).toEqual(["Ferdinand Dudenhöffer", "Handelsblatt"]);
    // An information given, and a possessive article owning the noun.
    expect(read("Der Brand ist aus. Nach Auskunft der Feuerwehr brach das Feuer gegen 21 Uhr aus.", "de").attributions[0]?.chain).toEqual(["Feuerwehr"]);
    expect(read("Der Brand ist aus. „Die Halle brannte“, erklärte Kreisbrandmeister Jens Möller auf Nachfrage unserer Zeitung.", "de").attributions[0]?.chain).toEqual(["Jens Möller", "Zeitung"]);
  });

  it("passive quoting: wird X von der BBC zitiert", () => {
    const { attributions } = read("„Das Gespräch war sehr positiv“, wird Peskow von der BBC zitiert.", "de");
    expect(attributions[0]?.chain).toEqual(["Peskow", "BBC"]);
    // Where the words stand may come between the quoted and the participle: an outlet there passed them on, a document not.
    const chain = (text: string) => read(text, "de").attributions[0]?.chain;
    expect(chain("„Wir sind auf Kurs“, wird Vorstandschef Peter Lenz in der Mitteilung zitiert.")).toEqual(["Peter Lenz"]);
    expect(chain("„Wir sind auf Kurs“, wird Lenz im „Spiegel“ zitiert.")).toEqual(["Lenz", "Spiegel"]);
  });

  it("a platform the speaker wrote on", () => {
    const { attributions } = read("Trump schrieb auf Truth Social, er habe mit Putin telefoniert.", "de");
    expect(attributions[0]?.chain).toEqual(["Trump", "Truth Social"]);
    // Named before the verb, opening the sentence.
    expect(read("Auf Instagram schrieb die Sängerin, sie sei traurig.", "de").attributions[0]?.chain).toEqual(["Sängerin", "Instagram"]);
    // The platform's name ends before a link: the topic after it is no part of it.
    expect(read("Die Partei kritisierte das Paket. Parteichef Herbert Kickl sprach auf X von einem „Raubzug“.", "de").attributions[0]?.chain).toEqual(["Herbert Kickl", "X"]);
  });

  it("English: a platform after the cue's preposition, or inside the cue, carried the words on; what was said follows it", () => {
    const text =
      "The port is closed. Jane Hale wrote on X that she had asked for a meeting. Lee said on his Twitter feed on Monday that the pier was safe. Roe wrote on Facebook that the levee would hold. Fallon responded on Twitter, calling the plan a disaster.";
    expect(read(text, "en").attributions.map((a) => a.chain)).toEqual([
      ["Jane Hale", "X"],
      ["Lee", "Twitter"],
      ["Roe", "Facebook"],
      ["Fallon", "Twitter"],
      ["Fallon", "Twitter"],
    ]);
    expect(quotes(text, "en").map((q) => q[1])).toEqual([
      "that she had asked for a meeting",
      "that the pier was safe",
      "that the levee would hold",
      "Fallon responded on Twitter, calling the plan a disaster",
      "the plan a disaster",
    ]);
  });

  it("German: a statement noun's owner names the chain, also opening a compound, where an acronym is an institution", () => {
    const text =
      "Die Brücke ist zu. Nach dpa-Informationen plant der Konzern den Verkauf. Nach Informationen der „Zeit“ wird das Werk geschlossen. Ein Regierungssprecher bestätigte auf dpa-Anfrage, dass die Gespräche laufen. Nach NASA-Angaben ist die Sonde verloren. Nach Augenzeugen-Berichten brannte das Lager.";
    expect(read(text, "de").attributions.map((a) => a.chain)).toEqual([["dpa"], ["Zeit"], ["Regierungssprecher", "dpa"], ["NASA"], ["Augenzeugen"]]);
    const types = new Map(read(text, "de").quotes.map((q) => [q.speaker, q.speakerType]));
    expect([types.get("dpa-Informationen"), types.get("NASA-Angaben")]).toEqual(["agency", "institution"]);
    // A closed compound whose first part names a body, its linking "s" dropped; not a kind of outlet.
    const closed = "Die Brücke ist zu. Nach Polizeiangaben brannte das Lager. Nach Regierungsangaben ist die Sonde verloren. Zeitungsberichten zufolge plant der Konzern den Verkauf.";
    expect(read(closed, "de").attributions.map((a) => [a.chain, a.links[0]?.type])).toEqual([
      [["Polizei"], "institution"],
      [["Regierung"], "institution"],
      [["Zeitungsberichten"], "vague"],
    ]);
    // A crowd opening the compound leaves it a vague crowd's.
    expect(quotes("Nach Behördenangaben wurden zwei Menschen verletzt.", "de")[0]?.slice(2, 4)).toEqual(["Behördenangaben", "vague"]);
    expect(quotes("Expertenangaben zufolge ist die Brücke marode.", "de")[0]?.slice(2, 4)).toEqual(["Expertenangaben", "vague"]);
    // An unnamed source opening it leaves it theirs: witnesses' accounts are anonymous.
    expect(quotes("Augenzeugenberichten zufolge brannte der Wagen.", "de")[0]?.slice(2, 4)).toEqual(["Augenzeugenberichten", "anonymous"]);
    expect(quotes("Nach Zeugenaussagen hatte der Täter die Tat geplant.", "de")[0]?.slice(2, 4)).toEqual(["Zeugenaussagen", "anonymous"]);
  });

  it("German: documents in every case and number, also closing a compound, are no persons", () => {
    expect(quotes("Dem vorläufigen Endergebnis zufolge erreichte die Partei 45 Prozent.", "de")[0]?.slice(2, 4)).toEqual(["Dem vorläufigen Endergebnis", "institution"]);
    expect(quotes("Laut vorläufigem Ergebnis kommt die Opposition auf 194 Sitze.", "de")[0]?.slice(2, 4)).toEqual(["vorläufigem Ergebnis", "institution"]);
    // Findings no one is named for are a vague source, no person either.
    expect(quotes("Nach neuen Erkenntnissen war der Brand gelegt worden.", "de")[0]?.slice(3, 4)).toEqual(["vague"]);
    expect(read("Laut Dokumenten aus der Birthler-Behörde war er Informant.", "de").attributions.map((a) => a.chain)).toEqual([["Birthler-Behörde"]]);
  });

  it("German: a body's name runs on over what it is for, after its noun", () => {
    expect(read("Laut dem Bundesamt für Statistik stieg die Zahl der Anträge.", "de").attributions.map((a) => a.chain)).toEqual([["Bundesamt für Statistik"]]);
    expect(quotes("Nach Einschätzung des Instituts für Weltwirtschaft wächst die Wirtschaft kaum.", "de").map((q) => [q[1], q[2]])).toEqual([
      ["wächst die Wirtschaft kaum", "Einschätzung des Instituts für Weltwirtschaft"],
    ]);
    expect(quotes("Der Sprecher für Außenpolitik sagte, die Lage sei ernst.", "de")[0]?.slice(2, 4)).toEqual(["Der Sprecher für Außenpolitik", "anonymous"]);
  });

  it("English: a pronoun stressing a name is no part of it, for the chain or a pronoun after", () => {
    const text = "The race is open. Grant herself told reporters that she was ready. She said the field was crowded.";
    expect(read(text, "en").attributions.map((a) => a.chain)).toEqual([["Grant"], ["Grant"]]);
    expect(quotes(text, "en").map((q) => q[2])).toEqual(["Grant herself", "She (Grant)"]);
  });

  it("an apposition set off after the one a role speaks for leaves the role unnamed; a name set off after it names it", () => {
    expect(quotes("A spokeswoman for Gov. Ann Lee, a Democrat, said the governor was busy.", "en")[0]?.[3]).toBe("anonymous");
    expect(quotes("A spokesman for the ministry, Tom Ruiz, said the plan was dead.", "en")[0]?.[3]).toBe("person");
    expect(quotes("Ein Sprecher des Ministeriums, der anonym bleiben wollte, sagte, der Plan sei tot.", "de")[0]?.[3]).toBe("anonymous");
  });

  it("German: a noun opening the phrase before a given name is a title, no part of the chain's name", () => {
    const text = "Finanzvorstand Walter Mertl sagte, das Geschäft laufe schwach. Physikerin Anna Berg sagte, die Werte stiegen. Hans Peter Ott sagte, er sei froh.";
    expect(read(text, "de").attributions.map((a) => a.chain)).toEqual([["Walter Mertl"], ["Anna Berg"], ["Hans Peter Ott"]]);
    // English members of parliament by their initials are roles too.
    expect(read("The inquiry began. Labour MP Jess Phillips said survivors would be consulted.", "en").attributions.map((a) => a.chain)).toEqual([["Jess Phillips"]]);
    // So after a place's adjective opening the phrase.
    const placed = "Der Plan steht. Das sagte der Münchner Neurologe Peter Brandt. Das sagte der Berliner Politologe Lukas Golder.";
    expect(read(placed, "de").attributions.map((a) => a.chain)).toEqual([["Peter Brandt"], ["Lukas Golder"]]);
  });

  it("German: parties named by an adjective are bodies; one of their members is a person", () => {
    expect(quotes("Die Linke erklärte, sie lehne den Plan ab.", "de")[0]?.slice(2, 4)).toEqual(["Die Linke", "institution"]);
    expect(quotes("Die Grünen forderten, den Plan zu stoppen.", "de")[0]?.slice(2, 4)).toEqual(["Die Grünen", "institution"]);
    expect(quotes("Der Linke sagte, er sei dagegen.", "de")[0]?.slice(2, 4)).toEqual(["Der Linke", "person"]);
  });

  it("German: the air force and the armed forces are bodies, their commanders and generals people", () => {
    expect(quotes("Die Luftwaffe teilte mit, alle Drohnen seien abgefangen worden.", "de")[0]?.slice(2, 4)).toEqual(["Die Luftwaffe", "institution"]);
    expect(quotes("Die russischen Streitkräfte erklärten, sie hätten das Dorf eingenommen.", "de")[0]?.[3]).toBe("institution");
    expect(quotes("Der Kommandeur der Streitkräfte sagte, die Lage sei ruhig.", "de")[0]?.slice(2, 4)).toEqual(["Der Kommandeur der Streitkräfte", "person"]);
    expect(read("General Jan Ott sagte, die Lage sei ruhig.", "de").attributions[0]?.chain).toEqual(["Jan Ott"]);
  });

  it("English: a source's record after its name is named by it", () => {
    expect(read("The port is closed. At least 40 people died, according to Harbor Times calculations.", "en").attributions.map((a) => a.chain)).toEqual([["Harbor Times"]]);
  });

  it("English: a platform named in the circumstance after the cue carried the words on", () => {
    const text = "The port is closed. Ann Ruiz said in a post on X that the strike would go on. “We will not back down,” she wrote in a post on Facebook.";
    expect(read(text, "en").attributions.map((a) => a.chain)).toEqual([
      ["Ann Ruiz", "X"],
      ["Ann Ruiz", "Facebook"],
    ]);
    // So in a phrase opening the sentence before the subject's comma; a place there is none.
    const fronted = "The port is closed. In a post on X, Ann Ruiz wrote that the strike would go on. In Bayside, Tom Lee said the talks had failed.";
    expect(read(fronted, "en").attributions.map((a) => a.chain)).toEqual([["Ann Ruiz", "X"], ["Tom Lee"]]);
    // A name a piece was written for published it, an outlet whatever its name; a person's name is none.
    expect(read("In an essay for Vogue, Ann Lee wrote that she was tired. In a column for Ann Ruiz, Tom Lee wrote that she was tired.", "en").attributions.map((a) => a.chain)).toEqual([["Ann Lee", "Vogue"], ["Tom Lee"]]);
    expect(read("In einem Gastbeitrag für das Hafenblatt schrieb Ann Lee, der Plan scheitere.", "de").attributions.map((a) => a.chain)).toEqual([["Ann Lee", "Hafenblatt"]]);
    // So is a name told to that a capitalised "The" opens, unless it owns the journalist told.
    const titled = "Two people familiar with the matter told The Ledgerline that the pier would close. Ann Lee told The Quayside’s Tom Roe that it would not.";
    expect(read(titled, "en").attributions.map((a) => [a.chain, a.links.at(-1)?.type])).toEqual([
      [["people familiar with the matter", "Ledgerline"], "media"],
      [["Ann Lee"], "person"],
    ]);
    // And in an aside set off between the subject and its verb; a time there is none.
    const aside = "The ministry, in a post on Telegram, said the strike would go on. The mayor, speaking on Monday, said the talks had failed.";
    expect(read(aside, "en").attributions.map((a) => a.chain)).toEqual([["ministry", "Telegram"], ["mayor"]]);
  });

  it("English: the medium after a speaker named after the cue ends the speaker; a platform after it carried the words", () => {
    const text = "“We will not back down,” said Ann Ruiz in a post on X. “The pier stays shut,” said Tom Lee in a lengthy Facebook post.";
    const found = read(text, "en");
    expect(found.quotes.map((q) => q.speaker)).toEqual(["Ann Ruiz", "Tom Lee"]);
    expect(found.attributions.map((a) => a.chain)).toEqual([["Ann Ruiz", "X"], ["Tom Lee", "Facebook"]]);
    // "according to her lawyers in a court filing": the filing is no part of who spoke.
    expect(read("The case was dismissed, according to her lawyers in a court filing.", "en").quotes[0]?.speaker).toBe("her lawyers");
  });

  it("English: after a name set after the cue, the gathering it was said at and the platform it went out on end the speaker", () => {
    const text = "“We will not back down,” said Ann Ruiz at a news conference in Dover. “The pier stays shut,” said Tom Lee on Truth Social. “It is bad,” wrote Dan Ross on X.";
    const found = read(text, "en");
    expect(found.quotes.map((q) => q.speaker)).toEqual(["Ann Ruiz", "Tom Lee", "Dan Ross"]);
    expect(found.attributions.map((a) => a.chain)).toEqual([["Ann Ruiz"], ["Tom Lee", "Truth Social"], ["Dan Ross", "X"]]);
    // An outlet after "on" carried the words on; a crowd's gathering says who ("some in the crowd").
    expect(read("“It is bad,” said Ann Ruiz on Fox News.", "en").attributions[0]?.chain).toEqual(["Ann Ruiz", "Fox News"]);
    expect(read("Some in the crowd said it was great.", "en").quotes[0]?.speaker).toBe("Some in the crowd");
  });

  it("English: a verb opening the sentence inverts only before a pause; a given name there or after a pause is no verb", () => {
    // "Suspected Terror on Bastille Day" heads a story; "Said Comey: …" names the speaker.
    expect(read("Suspected Terror on Bastille Day.\n\n'Carnage on the road' in the city.", "en").quotes.map((q) => q.speaker)).toEqual([null]);
    expect(read("The hearing ended. Said Comey: “It is very painful to us.”", "en").quotes.map((q) => q.speaker)).toEqual(["Comey"]);
    // "Hope Hicks" opening the sentence is a given name and a surname, no cue.
    expect(read("Hope Hicks, a spokeswoman for the campaign, did not respond to a request for comment.", "en").attributions[0]?.chain).toEqual(["Hope Hicks"]);
    expect(read("On Monday, Hope Hicks did not respond to a request for comment.", "en").attributions[0]?.chain).toEqual(["Hope Hicks"]);
  });

  it("German: an outlet after the subject before a verb-final cue, or after a body no outlet owns, is whom it was told to", () => {
    const text = "Der Kai ist zu. Wie die Polizei der Deutschen Presse-Agentur bestätigte, gab es zwei Verletzte. Wie Ruiz der Zeitung sagte, ist die Lage ernst. Wie ein Sprecher der Agentur sagte, ist die Lage ernst. Das bestätigte ein Polizeisprecher auf Nachfrage der dpa.";
    expect(read(text, "de").attributions.map((a) => a.chain)).toEqual([
      ["Polizei", "Deutsche Presse-Agentur"],
      ["Ruiz", "Zeitung"],
      ["Polizeisprecher", "dpa"],
      ["Sprecher der Agentur"],
    ]);
  });

  it("German: the head of a body is a role before the name, which names the chain", () => {
    const text = "Der Kai ist zu. Konzernchef Frank Werneke sagte, die Lage sei ernst. Verdi-Chefin Ina Roth sagte, der Streik gehe weiter.";
    expect(read(text, "de").attributions.map((a) => a.chain)).toEqual([["Frank Werneke"], ["Ina Roth"]]);
  });

  it("an outlet is named without the lowercase noun after its name saying what outlet it is", () => {
    const chains = (text: string) => read(text, "en").attributions.map((a) => a.chain);
    expect(chains("The pier is closed, the Kremlin said, according to the state-run Harbor news agency.")).toEqual([["Kremlin", "Harbor"], ["Harbor"]]);
    expect(chains("The pier is closed, the Bayside Ledger newspaper reported.")).toEqual([["Bayside Ledger"]]);
    // A capitalised word is part of the name.
    expect(chains("The pier is closed, the Bayside Daily reported.")).toEqual([["Bayside Daily"]]);
  });

  it("an unnamed role whose body is named after it is named with its body, not by the body's name alone", () => {
    const chains = (text: string, lang: "de" | "en") => read(text, lang).attributions.map((a) => [a.chain, a.links[0]?.type]);
    expect(chains("The pier is closed, a longtime adviser to Mayor Tom Ruiz said.", "en")).toEqual([[["longtime adviser to Mayor Tom Ruiz"], "anonymous"]]);
    expect(chains("The pier is closed, a spokeswoman for the Harbor Board said.", "en")).toEqual([[["spokeswoman for the Harbor Board"], "anonymous"]]);
    expect(chains("Die Brücke sei gesperrt, sagte ein Reporter des Senders Hafen TV.", "de")).toEqual([[["Reporter des Senders Hafen TV"], "anonymous"]]);
    // A role of a named person is named by the person.
    expect(chains("Die Brücke sei gesperrt, sagte der Direktor der Hafenbehörde Tom Ruiz.", "de")).toEqual([[["Tom Ruiz"], "person"]]);
    // A named person by the name after a capitalised role.
    expect(chains("The pier is closed, House Speaker Ann Lee said.", "en")).toEqual([[["Ann Lee"], "person"]]);
    expect(chains("The pier is closed, Harbor Minister Tom Ruiz said.", "en")).toEqual([[["Tom Ruiz"], "person"]]);
    // A German expert of a field is a role, the name after it naming the chain; the date of a statement names nobody.
    expect(chains("Die Preise seien gestiegen, sagte Energieexperte Tim Lorenz.", "de")).toEqual([[["Tim Lorenz"], "person"]]);
    expect(chains("Die Preise seien gestiegen, sagte ein Energieexperte.", "de")).toEqual([[["Energieexperte"], "anonymous"]]);
    // So is an economist.
    expect(chains("«Die Bank hat kaum eine andere Wahl», sagt HBK-Ökonom Jan Berg.", "de")).toEqual([[["Jan Berg"], "person"]]);
    expect(chains("Die Preise seien gestiegen, sagte eine Volkswirtin.", "de")).toEqual([[["Volkswirtin"], "anonymous"]]);
    expect(chains("Die Preise seien gestiegen, hieß es in einer Mitteilung des Unternehmens vom Mittwoch.", "de")).toEqual([[["Unternehmen"], "institution"]]);
    // Or after a lowercase noun saying what they are, not after a link, a preposition or a participle.
    expect(chains("The pier is closed, Rovers boss Ines Costa said.", "en")).toEqual([[["Ines Costa"], "person"]]);
    expect(chains("The pier is closed, Republican presidential candidate Ann Lee said.", "en")).toEqual([[["Ann Lee"], "person"]]);
    expect(chains("The pier is closed, Harbor candidate Sen. Ann Lee said.", "en")).toEqual([[["Ann Lee"], "person"]]);
    expect(chains("Lee Marsh of the anti-tax Harbor Review said the pier is closed.", "en")).toEqual([[["Lee Marsh of the anti-tax Harbor Review"], "person"]]);
    // An outlet noun capitalised inside an outlet's name is part of it.
    expect(read("Hale told BBC Radio Eastport that the pier is closed.", "en").attributions.map((a) => a.chain)).toEqual([["Hale", "BBC Radio Eastport"]]);
    // So is a capitalised speaker noun before another: a department, a caucus, a station.
    expect(chains("The pier is closed, the Treasury Department said.", "en")).toEqual([[["Treasury Department"], "institution"]]);
    expect(chains("The pier is closed, the Treasury said.", "en")).toEqual([[["Treasury"], "institution"]]);
    expect(chains("The pier is closed, the Eastport Police Department said.", "en")).toEqual([[["Eastport Police Department"], "institution"]]);
    expect(read("Lombardi told Vatican Radio that the pier is closed.", "en").attributions.map((a) => a.chain)).toEqual([["Lombardi", "Vatican Radio"]]);
    expect(chains("The pier is closed, Harbor Press Secretary Ann Lee said.", "en")).toEqual([[["Ann Lee"], "person"]]);
    // An unnamed role is named by all its words, not from a capital on.
    expect(chains("The pier is closed, a senior Harbor Board official said.", "en")).toEqual([[["senior Harbor Board official"], "anonymous"]]);
    expect(chains("Die Brücke sei gesperrt, sagte ein ranghoher EU-Diplomat.", "de")).toEqual([[["ranghoher EU-Diplomat"], "anonymous"]]);
  });

  it("English: told an outlet's journalist or show, the words were given to the outlet, named as written", () => {
    const text = "The pier is closed. Lee told CNN’s Dana Ruiz that the plan was dead. Lee told BBC Radio Four’s Any Questions that it was over.";
    expect(read(text, "en").attributions.map((a) => a.chain)).toEqual([
      ["Lee", "CNN"],
      ["Lee", "BBC Radio Four"],
    ]);
    // A name closing on a number keeps no possessive ending either.
    expect(read("The pier is closed. Lee told BBC Radio 4’s Today programme that it was over.", "en").attributions.map((a) => a.chain)).toEqual([["Lee", "BBC Radio 4"]]);
    // After an outlet's show what was said starts at its "that"; the show is no cue.
    expect(quotes("The pier is closed. Lee told NBC's Today show that the plan was dead.", "en")).toEqual([["indirect", "that the plan was dead", "Lee", "person", "told"]]);
    // So after a title with an article inside it.
    expect(quotes("The pier is closed. Lee told CBS's Meet the Harbor that the plan was dead.", "en")[0]?.[1]).toBe("that the plan was dead");
    // A journalist's words reach the article through the outlet.
    expect(read("The pier is closed. The Post’s Greg Ruiz reported that the pier would reopen.", "en").attributions.map((a) => a.chain)).toEqual([["Greg Ruiz", "Post"]]);
    // So do a newsroom role's; one holding another role there speaks alone.
    const chains = (text: string) => read(text, "en").attributions.map((a) => a.chain);
    expect(chains("The pier is closed. CNN's chief political correspondent Dana Bash reported that the vote failed.")).toEqual([["Dana Bash", "CNN"]]);
    expect(chains("The pier is closed. The network's president, Dana Cruz, called her “a giant.”")).toEqual([["Dana Cruz"]]);
    expect(chains("The pier is closed. The Post's owner, Jeff Bezos, said the paper would survive.")).toEqual([["Jeff Bezos"]]);
  });

  it("English: a relative clause after an inverted speaker's appositive is the name's, the name opening it", () => {
    const text = "The pier is closed. That is not enough, said Ann Ruiz, a senior analyst at the Harbor Bank, who notes that costs rose.";
    expect(read(text, "en").quotes.map((q) => [q.speaker, q.speakerType])).toEqual([
      ["Ann Ruiz", "person"],
      ["who (Ann Ruiz, a senior analyst at the Harbor Bank)", "person"],
    ]);
    expect(read(text, "en").attributions.map((a) => a.chain)).toEqual([["Ann Ruiz"], ["Ann Ruiz"]]);
  });

  it("a possessor owning a statement noun is named without its ending", () => {
    expect(read("Mr. Ruiz's claim that the pier was unsafe drew fire.", "en").attributions.map((a) => a.chain)).toEqual([["Mr. Ruiz"]]);
    expect(read("Ann Lee’s suggestion that the pier close drew fire.", "en").attributions.map((a) => a.chain)).toEqual([["Ann Lee"]]);
  });

  it("a past form or a present in -s after a name ending in ’s that opens a clause is its verb, the name keeping its ending", () => {
    expect(quotes("Harbor Bay's said the pier was unsafe.", "en")).toEqual([["indirect", "the pier was unsafe", "Harbor Bay's", "person", "said"]]);
    expect(read("Harbor Bay's said the pier was unsafe.", "en").attributions.map((a) => a.chain)).toEqual([["Harbor Bay's"]]);
    expect(quotes("Harbor Bay's says the pier is unsafe.", "en")).toEqual([["indirect", "the pier is unsafe", "Harbor Bay's", "person", "says"]]);
  });
});

describe("structures of sourcing", () => {
  it("a counted crowd and a bare quantifier are vague", () => {
    expect(typeOf("Several cast members said the show was rigged.", "en")).toEqual(["Several cast members", "vague"]);
    expect(typeOf("But some note that the returns were never released.", "en")).toEqual(["some", "vague"]);
    expect(typeOf("Einige Experten sagen, die Wirtschaft werde schrumpfen.", "de")).toEqual(["Einige Experten", "vague"]);
  });

  it("an indefinite pronoun is a vague crowd, which no later pronoun stands for; a determiner for parties named before is not", () => {
    const en = "Mayor Tom Ruiz said the pier would close. Everyone agrees that the pier is too old. He said repairs would start soon.";
    expect(read(en, "en").quotes.map((q) => [q.speaker, q.speakerType])).toEqual([["Mayor Tom Ruiz", "person"], ["Everyone", "vague"], ["He (Tom Ruiz)", "person"]]);
    expect(typeOf("Niemand bestreitet, dass die Brücke zu alt sei.", "de")).toEqual(["Niemand", "vague"]);
    expect(typeOf("Beide Regierungen erklärten, der Vertrag gelte weiter.", "de")[1]).not.toBe("vague");
  });

  it("a crowd word with a named owner is not vague", () => {
    expect(typeOf("Nach Angaben von Amnesty International wurden 800 Menschen festgenommen.", "de")[1]).not.toBe("vague");
    expect(typeOf("Police reports said the driver had been drinking.", "en")[1]).toBe("institution");
    // A place after a place's link owns nothing: the reports stay a vague crowd, named whole.
    expect(read("Media reports in Spain said the club was monitoring him.", "en").attributions.map((a) => [a.chain, a.links[0]!.type])).toEqual([[["Media reports in Spain"], "vague"]]);
    expect(read("Reports in the region suggest the club is interested.", "en").attributions.map((a) => a.chain)).toEqual([["Reports in the region"]]);
    // An owner opening on a given name is a person.
    expect(typeOf("Nach Angaben von Peter Beck ist der Hafen geschlossen.", "de")).toEqual(["Angaben von Peter Beck", "person"]);
    expect(typeOf("Nach Angaben von Harbor Watch ist der Hafen geschlossen.", "de")).toEqual(["Angaben von Harbor Watch", "institution"]);
  });

  it("the antecedent of a relative clause speaks", () => {
    const { quotes: found } = read("Hale claimed that she had a well-placed source who told her the mayor owed back rent.", "en");
    expect(found.map((q) => [q.speaker, q.speakerType, q.cue])).toContainEqual(["who (a well-placed source)", "anonymous", "told"]);
  });

  it("passive speech verbs name their agent; active quoting verbs their object", () => {
    expect(typeOf("Der Brand wurde von einer Feuerwehrsprecherin bestätigt.", "de")).toEqual(["einer Feuerwehrsprecherin", "anonymous"]);
    const { attributions } = read("Die Zeitung zitiert einen Augenzeugen mit den Worten: „Die Frau rannte einfach davon.“", "de");
    expect(attributions[0]?.links.map((l) => l.type)).toEqual(["anonymous", "media"]);
    // After the statement the verb inverts: the object after the subject is the one quoted, not a preposition's phrase.
    const chains = (text: string) => read(text, "de").attributions.map((a) => a.chain);
    expect(chains("„Die Frau rannte einfach davon“, zitiert die Hafenpost einen Augenzeugen.")).toEqual([["Augenzeugen", "Hafenpost"]]);
    expect(chains("Die Frau sei davongerannt, zitierte die Agentur Interfax den Sprecher.")).toEqual([["Sprecher", "Interfax"]]);
    // An agency's name and the name of the one it quotes, one run of capitals after the verb.
    expect(chains("Die Frau sei davongerannt. Zudem zitierte RIA Novosti Tom Ruiz mit den Worten, man suche sie.")).toContainEqual(["Tom Ruiz", "RIA Novosti"]);
    // An agency's name opening the sentence is its subject, no adverb, though the text names it only there.
    expect(chains("Die Frau sei davongerannt. Interfax zitierte Ruiz mit den Worten, man suche sie.")).toContainEqual(["Ruiz", "Interfax"]);
    expect(read("Die Frau sei davongerannt, zitiert die Hafenpost in ihrem Bericht.", "de").quotes.map((q) => q.speaker)).toEqual(["die Hafenpost"]);
  });

  it("a place or a parenthetical adverb inside the subject", () => {
    expect(typeOf("Ein Regierungssprecher in Berlin sagte, dass die Maschine umkehren musste.", "de")).toEqual(["Ein Regierungssprecher in Berlin", "anonymous"]);
    expect(typeOf("Some parents, however, question the timing of the reform.", "en")).toEqual(["Some parents", "vague"]);
  });

  it("a German speaker noun in lowercase is an adjective: the phrase goes on to its noun", () => {
    expect(typeOf("Der Plan sei gescheitert, so die offizielle staatliche Nachrichtenagentur.", "de")[0]).toBe("die offizielle staatliche Nachrichtenagentur");
    expect(typeOf("Der Plan sei gescheitert, sagte die offizielle staatliche Nachrichtenagentur.", "de")[0]).toBe("die offizielle staatliche Nachrichtenagentur");
  });

  it("a participle's subject is not the state after a place in an opening circumstance", () => {
    const text = "At a town hall in Ames, Iowa, on Sunday, Mayor Lee toured the new harbour, saying that it would open in May.";
    expect(read(text, "en").quotes.filter((q) => q.speaker).map((q) => [text.slice(q.cueSpan!.start, q.cueSpan!.end), q.speaker])).toContainEqual(["saying", "Mayor Lee"]);
  });

  it("a past form after the subject's noun is its verb, whatever object follows", () => {
    expect(typeOf("The president met survivors of the flood and said the city must rebuild.", "en")).toEqual(["The president", "person"]);
  });
});

describe("German institutions named by an -amt compound", () => {
  const vocab = attributionVocabulary(pack("de"));
  const typeOfPhrase = (text: string) => speakerType(tokenize(text, { start: 0, end: text.length }), { from: 0, to: 1 }, vocab, []);

  it("types an office as an institution, in every case", () => {
    expect(typeOfPhrase("Gesundheitsamt")).toBe("institution");
    expect(typeOfPhrase("Finanzamtes")).toBe("institution");
  });

  it("does not take adverbs and conjunctions that end in -amt for one", () => {
    expect(typeOfPhrase("Insgesamt")).not.toBe("institution");
    expect(typeOfPhrase("Samt")).not.toBe("institution");
  });

  it("types institutes, commissions, committees, foundations, parties, parliamentary groups and unions, compounds included", () => {
    for (const word of ["Klimainstitut", "Institutes", "Wahlkommission", "Bürgerstiftung", "Landtagsfraktion", "Gewerkschaft", "Organisationskomitee", "Linkspartei"]) expect(typeOfPhrase(word)).toBe("institution");
    // Clubs and associations, compounds and the plural included.
    for (const word of ["Alpenverein", "Sportvereine", "Heimatvereins", "Schutzvereinigung", "Arbeitgebervereinigungen"]) expect(typeOfPhrase(word)).toBe("institution");
  });

  it("types councils and conferences as institutions, not the words in -rat that name no council or a person", () => {
    for (const word of ["Ethikrat", "Betriebsrat", "Sicherheitsrates", "Bischofskonferenz", "Kultusministerkonferenz"]) expect(typeOfPhrase(word)).toBe("institution");
    for (const word of ["Heirat", "Verrat", "Apparat", "Landrat", "Demokrat"]) expect(typeOfPhrase(word)).not.toBe("institution");
    // Leagues and federations: "der Bund der Sparer", "der Deutsche Gewerkschaftsbund"; "Bund und Länder" two parties.
    for (const word of ["Bund", "Gewerkschaftsbund", "Bundes"]) expect(typeOfPhrase(word)).toBe("institution");
    expect(read("Bund und Länder einigten sich darauf, die Kosten zu teilen.", "de").attributions.map((a) => a.chain)).toEqual([["Bund und Länder"]]);
    // A body seated at a place is named with it; a body's kind before its own name is left out.
    const chains = read("Die Staatsanwaltschaft Kassel teilte mit, es werde ermittelt. Die Gewerkschaft Verdi forderte, die Löhne zu erhöhen.", "de").attributions.map((a) => a.chain);
    expect(chains).toEqual([["Staatsanwaltschaft Kassel"], ["Verdi"]]);
    // So are an office, a chamber, a consumer advice centre, a utility and a hospital, by the noun or its last part.
    const seated = read(
      "Die Verbraucherzentrale Hafenstadt forderte, die Preise zu senken. Das Gesundheitsamt Hafenstadt teilte mit, es gebe keine Fälle. Die Handwerkskammer Hafenstadt erklärte, die Lage sei ernst. Die Stadtwerke Hafenstadt teilten mit, der Preis steige. Das Klinikum Hafenstadt teilte mit, der Patient sei stabil.",
      "de",
    ).attributions.map((a) => a.chain.join());
    expect(seated).toEqual(["Verbraucherzentrale Hafenstadt", "Gesundheitsamt Hafenstadt", "Handwerkskammer Hafenstadt", "Stadtwerke Hafenstadt", "Klinikum Hafenstadt"]);
    // A council before its verb is the subject: the capitalised object after the verb is no speaker.
    expect(typeOf("Der Betriebsrat kündigte Widerstand an.", "de")).toEqual(["Der Betriebsrat", "institution"]);
  });

  it("an institute in the narrative sentence before free indirect speech turns the passage to it", () => {
    const text = "Die Forscher sagten, die Lage sei ernst. Das Hamburger Klimainstitut sieht derzeit für die Küste keine Gefahr. Lediglich einzelne Inseln seien bedroht.";
    expect(read(text, "de").quotes.map((q) => q.speaker)).toEqual(["Die Forscher", "Das Hamburger Klimainstitut"]);
  });

  it("roles of named people in compounds are speaker nouns of type person", () => {
    for (const word of ["Bundestrainer", "Landtagsabgeordnete", "SPD-Politikerin", "Verfassungsrichter", "Sonderbotschafterin"]) expect(typeOfPhrase(word)).toBe("person");
    const text = "Die Mannschaft gewann am Abend deutlich. In der ARD zeigte sich der Bundestrainer zufrieden: „Wir haben uns in allen Teilen deutlich gesteigert.“";
    expect(read(text, "de").quotes.map((q) => q.speaker)).toEqual(["der Bundestrainer"]);
  });

  it("after the verb an institution in an attribute names no speaker: the phrase before the verb speaks", () => {
    expect(typeOf("Die KLT bestätigte die Zahlen der Gewerkschaft nicht und nannte sie „eine bloße Vermutung ohne Beleg“.", "de")[0]).toBe("Die KLT");
  });
});

describe("people before a body are not the body", () => {
  it("types a crowd named by its stance toward a body as that crowd alone", () => {
    expect(typeOf("Critics of the government said the plan would fail.", "en")).toEqual(["Critics of the government", "vague"]);
    expect(typeOf("A supporter of the party said the vote was fair.", "en")).toEqual(["A supporter of the party", "person"]);
    expect(typeOf("Kritiker der Regierung sagten, der Plan werde scheitern.", "de")).toEqual(["Kritiker der Regierung", "vague"]);
    expect(typeOf("Fans des Vereins sagten, sie seien enttäuscht.", "de")).toEqual(["Fans des Vereins", "person"]);
  });

  it("types English holders of a role in the plural before a body as people", () => {
    expect(typeOf("Lawyers for the university argued the cuts threatened research.", "en")).toEqual(["Lawyers for the university", "person"]);
    expect(typeOf("Doctors at the hospital said the boy was stable.", "en")).toEqual(["Doctors at the hospital", "person"]);
    expect(typeOf("Members of Congress said the vote was fair.", "en")).toEqual(["Members of Congress", "person"]);
    // A body's name opening on the same word stays the body.
    expect(typeOf("The Department of Justice said the vote was fair.", "en")).toEqual(["The Department of Justice", "institution"]);
    // They are named with the body, not by its name; so is a quantity's opener read back with them.
    const chains = (text: string) => read(text, "en").attributions.map((a) => a.chain);
    expect(chains("The plan will fail, said members of Congress.")).toEqual([["members of Congress"]]);
    expect(read("The race is close, but at least a dozen members of Congress told reporters she would win.", "en").quotes[0]?.speaker).toBe("at least a dozen members of Congress");
  });

  it("types English holders of a role or a stance in the plural, unowned, as a crowd", () => {
    expect(typeOf("Doctors said the boy was stable.", "en")).toEqual(["Doctors", "vague"]);
    expect(typeOf("Furious fans said the club was dying.", "en")).toEqual(["Furious fans", "vague"]);
    expect(typeOf("The line is closed, rescue workers told reporters.", "en")).toEqual(["rescue workers", "vague"]);
    expect(typeOf("Demonstrators said they would stay.", "en")).toEqual(["Demonstrators", "vague"]);
    // Someone's people, or those named before, are not.
    expect(typeOf("Verizon executives said the deal was done.", "en")).toEqual(["Verizon executives", "person"]);
    expect(typeOf("Trump's lawyers said the case was weak.", "en")).toEqual(["Trump's lawyers", "person"]);
    expect(typeOf("The doctors said the boy was stable.", "en")).toEqual(["The doctors", "person"]);
    expect(typeOf("Ärzte sagten, der Junge sei stabil.", "de")).toEqual(["Ärzte", "vague"]);
  });

  it("types English holders of a role at a workplace as its people, at a place as a crowd", () => {
    expect(typeOf("Analysts at Capital Economics estimated the strike would cost £100 million.", "en")).toEqual(["Analysts at Capital Economics", "person"]);
    expect(typeOf("Economists at the central bank said inflation would fall.", "en")).toEqual(["Economists at the central bank", "person"]);
    expect(typeOf("Analysts in London said the deal was good.", "en")).toEqual(["Analysts in London", "vague"]);
    expect(typeOf("Doctors at the scene said the boy was stable.", "en")).toEqual(["Doctors at the scene", "vague"]);
    expect(typeOf("Protesters at the embassy said they would stay.", "en")).toEqual(["Protesters at the embassy", "vague"]);
  });

  it("types English people a demonstrative stands for: a crowd, or a poll's respondents by what was done to them", () => {
    expect(typeOf("Those who attended said the meeting was tense.", "en")).toEqual(["Those", "vague"]);
    expect(typeOf("Those close to the mayor said she was furious.", "en")).toEqual(["Those close to the mayor", "vague"]);
    expect(typeOf("Again, those surveyed said the economy was the top issue.", "en")).toEqual(["those surveyed", "person"]);
    expect(typeOf("Those officials said the meeting was tense.", "en")).toEqual(["Those officials", "anonymous"]);
  });

  it("English: whom a document went to owns nothing, unless an outlet carried it", () => {
    const chains = (text: string) => read(text, "en").attributions.map((a) => a.links.map((l) => `${l.name} ${l.type}`));
    expect(chains("The breach was found in May, according to a filing with the Securities and Exchange Commission.")).toEqual([["filing institution"]]);
    expect(chains("The breach was found in May, according to a report to Congress.")).toEqual([["report institution"]]);
    expect(chains("The breach was found in May, according to a letter to lawmakers.")).toEqual([["letter institution"]]);
    expect(read("Lee said in a statement to Politico that the plan failed.", "en").attributions.map((a) => a.chain)).toEqual([["Lee", "Politico"]]);
  });

  it("English: a journal or a paper a document was published in passes it on", () => {
    const chains = (text: string) => read(text, "en").attributions.map((a) => a.chain);
    expect(chains("Walking helps, according to a study published last week in the journal Science.")).toEqual([["study", "Science"]]);
    expect(chains("A study published Wednesday in the journal Nature found that walking helps.")).toEqual([["study", "Nature"]]);
    // A time is no outlet.
    expect(chains("Walking helps, according to a study published in March.")).toEqual([["study"]]);
  });

  it("types a German crowd named by its shape before a body or a place as people, not a body's member", () => {
    expect(typeOf("Die Demonstranten vor dem Ministerium sagten, sie blieben.", "de")).toEqual(["Die Demonstranten vor dem Ministerium", "person"]);
    expect(typeOf("Die Unterstützer des Vereins sagten, sie blieben.", "de")).toEqual(["Die Unterstützer des Vereins", "person"]);
    // A business named by what it does stays the business; one journalist reports for the agency.
    expect(typeOf("Die Betreiber des Kraftwerks sagten, es gebe keine Gefahr.", "de")).toEqual(["Die Betreiber des Kraftwerks", "institution"]);
    expect(typeOf("Ein Journalist der dpa berichtete, es sei ruhig.", "de")).toEqual(["Ein Journalist der dpa", "agency"]);
  });
});
