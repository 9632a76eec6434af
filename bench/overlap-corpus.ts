// A corpus for the overlap benchmark with reuse injected whose truth is known: verbatim
// copies, partial passages of 3–6 sentences, light edits (about 15% of the words changed,
// two sentences swapped), reworded quotations, undated agency copy and its crediting
// rewrite, and untouched articles. The prose is synthetic but has news text's word
// statistics: German or English function words between content words drawn from a
// 30,000-word vocabulary with a Zipf-like distribution, so chance overlaps are as rare
// or as common as the statistics make them. Seeded: every run writes the same text.
import { random } from "./corpus.js";

const FUNCTION_WORDS = {
  de: "der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei".split(" "),
  en: "the of and to a in is that for it on was with he as at by his be from are have has had this not but they an were which or their said will been its who would she her there than after also about".split(" "),
};
const SYLLABLES = {
  de: "ver hand lung be richt stadt rat haus halt land kreis amt wahl ge setz zeit bund arbeit markt preis schul bau plan weg feld berg burg dorf see wald miet steu er ent wick kli ma ener gie netz ver kehr bahn hof stra ße kin der gar ten pfle ge kran ken kas se po li zei ge richt ur teil".split(" "),
  en: "con tract re port coun cil vote mar ket price school build plan road field hill town wa ter gov ern ment hous ing tax rail way sta tion health care hos pi tal po lice court rul ing cli mate en er gy grid traf fic bud get of fice pro ject".split(" "),
};
const VOCABULARY = 30_000;
const AGENCIES = { de: { name: "dpa", credit: "Mit Material von dpa" }, en: { name: "Reuters", credit: "Additional reporting by Reuters" } };

type Language = "de" | "en";
export type ReuseKind = "verbatim" | "partial" | "edited" | "quote" | "agency";

export interface Truth {
  origin: string;
  derived: string;
  kind: ReuseKind;
  /** Whether both carry a publication date (the origin the earlier). */
  dated: boolean;
}

export interface OverlapCorpus {
  files: { name: string; content: string }[];
  truth: Truth[];
}

interface Draft {
  id: string;
  language: Language;
  source: string | null;
  date: string | null;
  paragraphs: string[][];
  /** The quotation sentence, when the draft has one: [content words, speaker]. */
  quote: { words: string[]; speaker: string } | null;
}

export function generateOverlapCorpus(count: number, seed = 7): OverlapCorpus {
  const rnd = random(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  const vocab = { de: vocabulary("de", rnd), en: vocabulary("en", rnd) };
  // Log-uniform ranks: frequent words are very frequent, most words rare (Zipf-like).
  const contentWord = (lang: Language) => vocab[lang][Math.floor(Math.exp(rnd() * Math.log(VOCABULARY))) - 1]!;
  const sentenceWords = (lang: Language, length: number) => Array.from({ length }, () => (rnd() < 0.45 ? pick(FUNCTION_WORDS[lang]) : contentWord(lang)));
  const sentence = (words: string[]) => `${words[0]![0]!.toUpperCase()}${words.join(" ").slice(1)}.`;
  const quoted = (lang: Language, words: string[], speaker: string) =>
    lang === "de" ? `„${sentence(words).slice(0, -1)}“, sagte ${speaker}.` : `"${sentence(words).slice(0, -1)}," ${speaker} said.`;
  const name = (lang: Language) => `${capital(contentWord(lang))} ${capital(contentWord(lang))}`;
  const date = (base = 0) => `2025-${String(1 + ((base / 28) | 0) % 12).padStart(2, "0")}-${String(1 + (base % 28)).padStart(2, "0")}`;

  const fresh = (id: string): Draft => {
    const language: Language = rnd() < 0.6 ? "de" : "en";
    const paragraphs: string[][] = [];
    const total = 9 + int(5);
    let made = 0;
    let quote: Draft["quote"] = null;
    while (made < total) {
      const paragraph: string[] = [];
      for (let k = 0; k < 1 + int(3) && made < total; k++, made++) {
        if (!quote && made === 3) {
          quote = { words: sentenceWords(language, 14 + int(8)), speaker: name(language) };
          paragraph.push(quoted(language, quote.words, quote.speaker));
        } else paragraph.push(sentence(sentenceWords(language, 10 + int(14))));
      }
      paragraphs.push(paragraph);
    }
    return { id, language, source: `Outlet ${int(400)}`, date: rnd() < 0.7 ? date(int(300)) : null, paragraphs, quote };
  };

  const drafts: Draft[] = [];
  const truth: Truth[] = [];
  const kinds: ReuseKind[] = ["verbatim", "partial", "edited", "quote", "agency"];
  // A tenth of the corpus is derived from another article, each origin used once.
  const derivedCount = Math.floor(count / 10);
  const originCount = count - derivedCount;
  for (let i = 0; i < originCount; i++) drafts.push(fresh(`a${String(i).padStart(6, "0")}`));
  for (let d = 0; d < derivedCount; d++) {
    const origin = drafts[d * Math.floor(originCount / derivedCount)]!;
    const kind = kinds[d % kinds.length]!;
    const id = `d${String(d).padStart(6, "0")}`;
    const lang = origin.language;
    const laterDate = origin.date ? date(dayOf(origin.date) + 1 + int(3)) : null;
    const sentences = origin.paragraphs.flat();
    let derived: Draft;
    if (kind === "verbatim") {
      derived = { ...origin, id, source: `Outlet ${int(400)}`, date: laterDate };
    } else if (kind === "partial") {
      const host = fresh(id);
      const from = int(Math.max(1, sentences.length - 6));
      host.paragraphs.splice(1 + int(host.paragraphs.length - 1), 0, sentences.slice(from, from + 3 + int(4)));
      derived = { ...host, language: lang, date: laterDate, paragraphs: host.language === lang ? host.paragraphs : [sentences.slice(from, from + 3 + int(4))] };
    } else if (kind === "edited" || kind === "agency") {
      if (kind === "agency") {
        origin.source = null;
        origin.date = null;
        origin.paragraphs[0]![0] = `${capital(contentWord(lang))} (${AGENCIES[lang].name}) - ${origin.paragraphs[0]![0]}`;
      }
      const edited = origin.paragraphs.map((p) => p.map((s) => s.split(" ").map((w) => (rnd() < 0.15 && !w.includes("(") ? contentWord(lang) : w)).join(" ")));
      const flat = edited.flat();
      const swap = 2 + int(Math.max(1, flat.length - 4));
      [flat[swap], flat[swap + 1]] = [flat[swap + 1]!, flat[swap]!];
      const paragraphs = regroup(flat, edited.map((p) => p.length));
      if (kind === "agency") {
        // The rewrite drops the agency's dateline and credits the agency at the end.
        paragraphs[0]![0] = paragraphs[0]![0]!.replace(/^.*?\) - /, "");
        paragraphs.push([AGENCIES[lang].credit]);
      }
      derived = { ...origin, id, source: `Outlet ${int(400)}`, date: kind === "agency" ? null : laterDate, paragraphs, quote: null };
    } else {
      const host = fresh(id);
      const q = origin.quote!;
      // The same statement reworded: its content words in another order, other function words, another verb.
      const content = q.words.filter((w) => !FUNCTION_WORDS[lang].includes(w));
      const reworded = shuffleNear(content, rnd).flatMap((w) => (rnd() < 0.4 ? [pick(FUNCTION_WORDS[lang]), w] : [w]));
      const line = lang === "de" ? `${q.speaker} erklärte: „${sentence(reworded)}“` : `${q.speaker} stated: "${sentence(reworded)}"`;
      derived = { ...host, language: lang, date: laterDate, paragraphs: [[line], ...(host.language === lang ? host.paragraphs : [])] };
    }
    drafts.push(derived);
    truth.push({ origin: origin.id, derived: id, kind, dated: kind !== "agency" && origin.date !== null && derived.date !== null });
  }
  const files = drafts.map((d) => {
    const header = [d.source ? `source: ${d.source}` : null, d.date ? `date: ${d.date}` : null].filter(Boolean).join("\n");
    const body = d.paragraphs.map((p) => p.join(" ")).join("\n\n");
    return { name: `${d.id}.txt`, content: header ? `${header}\n\n${body}\n` : `${body}\n` };
  });
  return { files, truth };
}

function vocabulary(lang: Language, rnd: () => number): string[] {
  const words = new Set<string>();
  const syllables = SYLLABLES[lang];
  while (words.size < VOCABULARY) {
    const n = 2 + Math.floor(rnd() * 3);
    let w = "";
    for (let i = 0; i < n; i++) w += syllables[Math.floor(rnd() * syllables.length)];
    words.add(w);
  }
  return [...words];
}

function capital(w: string): string {
  return w[0]!.toUpperCase() + w.slice(1);
}

function dayOf(date: string): number {
  const [, m, d] = date.split("-").map(Number);
  return (m! - 1) * 28 + d! - 1;
}

/** Sentences regrouped into paragraphs of the given sizes. */
function regroup(sentences: string[], sizes: number[]): string[][] {
  let at = 0;
  return sizes.map((n) => sentences.slice(at, (at += n)));
}

/** A light reordering: each word moves at most two places. */
function shuffleNear(words: string[], rnd: () => number): string[] {
  const out = [...words];
  for (let i = 0; i + 1 < out.length; i += 2) if (rnd() < 0.5) [out[i], out[i + 1]] = [out[i + 1]!, out[i]!];
  return out;
}
