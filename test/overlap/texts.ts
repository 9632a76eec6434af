// Real-looking news texts for the overlap tests, written for them: three German and three
// English stories on unrelated subjects, each six paragraphs, each with a quotation.

export const DE_FLOOD = [
  "Nach tagelangen Regenfällen sind in Niederbayern mehrere Flüsse über die Ufer getreten. Besonders betroffen war der Landkreis Passau, wo die Feuerwehr in der Nacht Dutzende Keller auspumpen musste.",
  "Der Pegel der Ilz stieg bis zum Morgen auf knapp sieben Meter, teilte das Landratsamt mit. In zwei Ortsteilen wurden Anwohner vorsorglich in eine Turnhalle gebracht.",
  "„Wir haben die Lage inzwischen im Griff, aber die nächsten Stunden bleiben kritisch“, sagte Kreisbrandrat Josef Huber am Vormittag vor Journalisten.",
  "Die Bahnstrecke zwischen Passau und Freyung bleibt bis auf Weiteres gesperrt, weil ein Hang auf die Gleise gerutscht ist. Ersatzbusse sollen ab Mittwoch fahren.",
  "Meteorologen erwarten erst zum Wochenende eine Entspannung. Bis dahin könne örtlich noch einmal kräftiger Regen fallen, hieß es beim Wetterdienst in Offenbach.",
  "Der Ministerpräsident kündigte an, die betroffenen Gemeinden am Donnerstag zu besuchen und über Soforthilfen für Hausbesitzer und Landwirte zu sprechen.",
];

export const DE_STRIKE = [
  "Die Lokführergewerkschaft hat ihre Mitglieder erneut zu einem Streik im Güter- und Personenverkehr aufgerufen. Der Ausstand soll in der Nacht zum Freitag beginnen und zwei Tage dauern.",
  "Nach Angaben des Konzerns fällt damit ein Großteil der Fernzüge aus, im Regionalverkehr gilt ein stark ausgedünnter Notfahrplan. Fahrgäste können ihre Tickets kostenlos umbuchen.",
  "„Das Angebot des Vorstands ist eine Zumutung für alle Beschäftigten im Schichtdienst“, erklärte der Gewerkschaftsvorsitzende in einer Videobotschaft an die Mitglieder.",
  "Die Arbeitgeberseite sprach von einem unverhältnismäßigen Schritt mitten in der Ferienzeit. Man sei jederzeit bereit, an den Verhandlungstisch zurückzukehren.",
  "Wirtschaftsverbände warnten vor Lieferengpässen in der Chemie- und Stahlindustrie, die auf den Transport über die Schiene angewiesen ist.",
  "Die nächste Verhandlungsrunde ist für Ende des Monats in Frankfurt angesetzt. Ob es dabei bleibt, ließen beide Seiten zunächst offen.",
];

export const DE_COUNCIL = [
  "Der Stadtrat von Kassel hat nach einer mehr als sechsstündigen Sitzung den Haushalt für das kommende Jahr beschlossen. Das Defizit liegt bei rund 48 Millionen Euro.",
  "Gekürzt wird vor allem bei den freiwilligen Leistungen: Zwei Stadtteilbibliotheken sollen künftig nur noch an drei Tagen in der Woche öffnen.",
  "„Wir mussten Entscheidungen treffen, die niemandem in diesem Saal leichtgefallen sind“, sagte die Kämmerin zum Abschluss der Debatte.",
  "Die Opposition kritisierte, dass die Sanierung der Schulen erneut verschoben werde. Mehrere Elternvertreter verfolgten die Sitzung von der Besuchertribüne aus.",
  "Das Regierungspräsidium muss den Haushalt noch genehmigen. Eine Entscheidung wird frühestens im Februar erwartet.",
  "Bis dahin gilt eine vorläufige Haushaltsführung, die nur Ausgaben erlaubt, zu denen die Stadt rechtlich verpflichtet ist.",
];

export const EN_FLOOD = [
  "Days of heavy rain have pushed several rivers in north Wales over their banks. The worst-hit area was the Conwy valley, where firefighters spent the night pumping water out of flooded homes.",
  "The river at Llanrwst rose to more than four metres by the early morning, the county council said. Residents of two streets were moved to a leisure centre as a precaution.",
  "\"We have the situation under control for now, but the next few hours remain critical,\" the area's fire chief told reporters on Tuesday morning.",
  "The railway line between Llandudno Junction and Blaenau Ffestiniog will stay closed after a landslip covered the tracks. Replacement buses are due to run from Wednesday.",
  "Forecasters do not expect the weather to ease before the weekend. Until then, further heavy showers could fall locally, the Met Office said.",
  "The first minister said she would visit the affected towns on Thursday to discuss emergency support for householders and farmers.",
];

export const EN_STRIKE = [
  "Train drivers have been called out on a fresh two-day strike that will halt most services across the south of England from Friday morning.",
  "The operator said only a skeleton timetable would run on its busiest commuter routes, and passengers with advance tickets could travel on another day at no extra cost.",
  "\"This offer is an insult to every driver who kept the network running through the winter,\" the union's general secretary said in a message to members.",
  "Managers called the walkout disproportionate at the height of the holiday season and said they were ready to return to talks at any time.",
  "Business groups warned of delays for freight customers in the steel and chemicals industries that rely on rail to move raw materials.",
  "The next round of negotiations is scheduled for the end of the month in Birmingham, although neither side would confirm that it will go ahead.",
];

export const EN_COUNCIL = [
  "Councillors in Leeds approved next year's budget late on Wednesday after a debate lasting more than six hours. The authority faces a shortfall of about 40 million pounds.",
  "Most of the savings fall on discretionary services: two branch libraries will open only three days a week from April.",
  "\"We have had to make choices that nobody in this chamber found easy,\" the council's finance chief said as the debate closed.",
  "Opposition members criticised a further delay to school repairs, while several parents watched the meeting from the public gallery.",
  "The budget still needs the approval of the government's local finance office, which is not expected to decide before February.",
  "Until then the council may spend only on services it is legally required to provide.",
];

export const text = (paragraphs: readonly string[]): string => paragraphs.join("\n\n");
