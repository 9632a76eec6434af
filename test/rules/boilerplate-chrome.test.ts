import { readFileSync } from "node:fs";
import { testRule } from "../helpers/rule-tester.js";

const seed004 = readFileSync(new URL("../../seeds/004_708d6faf272cb64c.txt", import.meta.url), "utf8");

testRule("boilerplate/chrome", {
  valid: [
    {
      name: "German prose about a figure and further topics",
      text: "Die Abbildung zeigt, wie sich die Einsätze seit 2015 entwickelt haben. Weitere Themen der Sitzung waren der Haushalt und die Schulen.",
    },
    {
      name: "English prose about an app",
      text: "The company said users could get the latest version of the app from its website, and that the update fixes a security flaw.",
    },
    {
      name: "German chrome words inside a long prose paragraph",
      text: "Im Stadtrat wurde lange über das neue Bad gestritten. Lesen Sie auch die Kritik der Opposition, sagte die Fraktionschefin, die den Newsletter der Stadt abonnieren und die Cookies der Webseite akzeptieren musste, um überhaupt an die Unterlagen zu kommen.",
    },
    {
      name: "English chrome words inside a long prose paragraph",
      text: "The council argued for hours about the new pool. Read more carefully, the opposition leader told members, who had to sign up for the city newsletter and accept cookies on its website just to see the documents.",
    },
    {
      name: "German short report about cookies",
      text: "Die Datenschützer kritisieren, dass viele Portale Cookies ohne echte Einwilligung verwenden.\n\nDie Behörde prüft nun Bußgelder.",
    },
    {
      name: "German and English reports about consent",
      text: "Die Nutzer hatten sich damit einverstanden erklärt, dass ihre Daten gespeichert werden.\n\nBy signing the deal, the companies agreed to share customer data with regulators."
    },
    {
      name: "English short report about cookies",
      text: "Regulators said the site placed cookies on users' computers without their consent.\n\nThe company denied any wrongdoing.",
    },
    {
      name: "German agency credit line is not a photo credit",
      text: "Bei dem Brand in einer Lagerhalle wurden am Freitag zwei Feuerwehrleute leicht verletzt.\n\nAFP/dpa/lkl",
    },
    {
      name: "German prose naming two networks",
      text: "Der Konzern will seine Dienste Facebook und WhatsApp stärker verknüpfen, sagte eine Managerin.",
    },
    {
      name: "English prose naming several networks",
      text: "Musk's platform X, formerly Twitter, now competes with Threads and Bluesky for users.\n\nAdvertisers have been slow to return.",
    },
  ],
  invalid: [
    { name: "a German picture credit line", text: "Bei dem Brand in einer Lagerhalle wurden am Freitag zwei Feuerwehrleute leicht verletzt.\n\nBeitragsbild: Stadtwerke Musterstadt", spans: ["Beitragsbild: Stadtwerke Musterstadt"] },
    { name: "a German numbered figure caption", text: "Bei dem Brand in einer Lagerhalle wurden am Freitag zwei Feuerwehrleute leicht verletzt.\n\nAbbildung 4: Entwicklung der Einsätze seit 2015", spans: ["Abbildung 4: Entwicklung der Einsätze seit 2015"] },
    { name: "a German related list heading", text: "Bei dem Brand in einer Lagerhalle wurden am Freitag zwei Feuerwehrleute leicht verletzt.\n\nZum Weiterlesen", spans: ["Zum Weiterlesen"] },
    { name: "a German privacy placeholder", text: "Bei dem Brand in einer Lagerhalle wurden am Freitag zwei Feuerwehrleute leicht verletzt.\n\nKlicken Sie hier, um den Inhalt von YouTube anzuzeigen.", spans: ["um den Inhalt von YouTube anzuzeigen"] },
    { name: "an English app promotion", text: "Two firefighters were slightly injured in a warehouse fire on Friday.\n\nGet the latest headlines straight to your phone with the Ledger app.", spans: ["Get the latest headlines straight to your phone"] },
    { name: "an English copyright line", text: "Two firefighters were slightly injured in a warehouse fire on Friday.\n\n© 2024 Example Media Group", spans: ["© 2024 Example Media Group"] },
    {
      name: "German consent terms of a few sentences",
      text: "Bei dem Brand in einer Lagerhalle wurden am Freitag zwei Feuerwehrleute leicht verletzt.\n\nUnsere Seiten legen Cookies auf Ihrem Gerät ab. Wenn Sie weiterlesen, erklären Sie sich damit einverstanden, dass unsere Statistik Cookies nutzt. Verstanden Mehr erfahren",
      spans: ["erklären Sie sich damit einverstanden"],
    },
    {
      name: "English sign-up terms of a few sentences",
      text: "Two firefighters were slightly injured in a warehouse fire on Friday.\n\nThe Ledger guards your data closely and keeps it on its own servers. We will never share your email with advertisers or outside firms. By registering, you confirm that you agree to our Terms of Use.",
      spans: ["We will never share your email"],
    },
    { name: "an English tag line", text: "Two firefighters were slightly injured in a warehouse fire on Friday.\n\nTopics: fire, warehouse, police", spans: ["Topics:"] },
    {
      name: "German menu and caption lines of our seed article",
      text: seed004,
      spans: ["Mobiles Menü schließen", "Startseite", "(Archivbild)", "Foto: Alex Brandon/AP/dpa"],
    },
    {
      name: "German teaser, share row and newsletter",
      count: 4,
      text: "Der Bürgermeister eröffnete am Samstag das neue Hallenbad.\n\nTeilen\n\nLesen Sie auch: Wie teuer ist das Schwimmen?\n\nFacebook Twitter WhatsApp E-Mail\n\nJetzt zum Newsletter anmelden",
      spans: ["Teilen", "Lesen Sie auch", "Facebook Twitter WhatsApp E-Mail", "Jetzt zum Newsletter anmelden"],
    },
    {
      name: "German photo credit with the photographer's name",
      count: 1,
      text: "Der Bürgermeister eröffnete am Samstag das neue Hallenbad.\n\nKay Nietfeld/dpa\n\nDas Bad hat zwölf Millionen Euro gekostet.",
      spans: ["Kay Nietfeld/dpa"],
      message: ["Photo caption or credit"],
    },
    {
      name: "German consent banner",
      count: 1,
      text: "Wir verwenden Cookies und vergleichbare Techniken, damit unsere Seiten schneller laden.\n\nDer Bürgermeister eröffnete am Samstag das neue Hallenbad.",
      spans: ["Wir verwenden Cookies"],
    },
    {
      name: "English caption, share, teaser and advertisement",
      count: 5,
      text: "The mayor opened the new pool on Saturday.\n\nPhoto: John Doe/AP\n\nShare\n\nRead more: How much does swimming cost?\n\nFacebook Twitter WhatsApp Email\n\nAdvertisement",
      spans: ["Photo: John Doe/AP", "Share", "Read more", "Facebook Twitter WhatsApp Email", "Advertisement"],
      message: ["Photo caption or credit in the body"],
    },
    {
      name: "English consent banner",
      count: 1,
      text: "We use cookies to improve your experience on our site.\n\nThe mayor opened the new pool on Saturday.",
      spans: ["We use cookies"],
    },
  ],
});

testRule("boilerplate/chrome", {
  valid: [{ name: "code with attribute access is no share row", text: "Now we check the subclass.\n\n>>> K.x = 7 >>> print J.x, K.x, L.x 3 7 3\n\nRight, only K changed." }],
  invalid: [{ name: "a German share row", text: "Der Gipfel endete ohne Einigung.\n\nTeilen: Facebook X WhatsApp E-Mail", spans: ["Teilen: Facebook X WhatsApp E-Mail"] }],
});
