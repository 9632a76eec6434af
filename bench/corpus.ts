// A synthetic corpus for benchmarks: German and English wire-style articles with
// dates, weekdays, quotes, credits and some boilerplate, from a seeded generator so
// that every run measures the same text.

const DE_SENTENCES = [
  "Der Bundeskanzler traf am {weekday} in Berlin mit Vertretern der Länder zusammen.",
  "„Wir werden die Hilfen bis Ende des Jahres verlängern“, sagte ein Sprecher der Regierung.",
  "Nach Angaben des Ministeriums stiegen die Ausgaben um {n} Prozent auf {n} Mio. Euro.",
  "Die Opposition kritisierte den Entwurf scharf, z.B. wegen der fehlenden Gegenfinanzierung.",
  "Am {day}. {month} {year} hatte das Kabinett bereits einen ähnlichen Beschluss gefasst.",
  "Experten rechnen damit, dass die Verhandlungen noch mehrere Wochen dauern werden.",
  "Dr. Anna Schmidt vom Institut für Wirtschaftsforschung sprach von einem „wichtigen Signal“.",
  "Russischen Nachrichtenagenturen zufolge soll das Treffen in Moskau stattfinden.",
  "Die Polizei sperrte die Straße gegen {n} Uhr für den Verkehr.",
  "Bis zum {day}.{mm}.{year} sollen alle Anträge bearbeitet sein.",
];
const EN_SENTENCES = [
  "The minister met union leaders in London on {weekday} to discuss the strike.",
  "\"We will keep talking until there is a deal,\" a senior official said.",
  "Prices rose {n} percent in the year to {month}, the statistics office said.",
  "Mr. Jones, who chairs the committee, called the proposal \"a good first step.\"",
  "The U.S. delegation arrived late on {weekday} evening after a delayed flight.",
  "On {month} {day}, {year}, the company had already warned of weaker sales.",
  "Analysts expect the central bank to hold rates at its next meeting.",
  "According to media reports, the talks could resume as early as next week.",
  "Police closed the road at around {n} a.m. after the accident.",
  "The report is due by {month} {day}, officials said.",
];
const DE_WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"];
const EN_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DE_ENDINGS = ["dpa", "Quelle: Agenturen", "AFP/dpa/lkl", "Haftungsausschluss: Das Urheberrecht dieses Artikels liegt bei seinem ursprünglichen Autor.", ""];
const EN_ENDINGS = ["Reuters", "Additional reporting by AP", "Disclaimer: This article does not constitute investment advice.", ""];

/** Mulberry32: small, fast, and the same sequence on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GeneratedArticle {
  name: string;
  content: string;
}

export function generateCorpus(count: number, seed = 1): GeneratedArticle[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) {
    const german = rnd() < 0.6;
    const sentences = german ? DE_SENTENCES : EN_SENTENCES;
    const fill = (s: string) =>
      s
        .replace(/\{weekday\}/g, () => pick(german ? DE_WEEKDAYS : EN_WEEKDAYS))
        .replace(/\{month\}/g, () => pick(german ? DE_MONTHS : EN_MONTHS))
        .replace(/\{day\}/g, () => String(1 + Math.floor(rnd() * 28)))
        .replace(/\{mm\}/g, () => String(1 + Math.floor(rnd() * 12)).padStart(2, "0"))
        .replace(/\{year\}/g, () => String(2015 + Math.floor(rnd() * 11)))
        .replace(/\{n\}/g, () => String(Math.floor(rnd() * 500)));
    const paragraphs: string[] = [];
    const paragraphCount = 6 + Math.floor(rnd() * 10);
    for (let p = 0; p < paragraphCount; p++) {
      paragraphs.push(Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => fill(pick(sentences))).join(" "));
    }
    const ending = pick(german ? DE_ENDINGS : EN_ENDINGS);
    if (ending) paragraphs.push(ending);
    const dated = rnd() < 0.7;
    const header = dated ? `title: ${german ? "Meldung" : "Report"} ${i}\ndate: 2025-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}\nsource: Outlet ${i % 40}\n\n` : "";
    out.push({ name: `${String(i).padStart(5, "0")}.txt`, content: header + paragraphs.join("\n\n") + "\n" });
  }
  return out;
}
